from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from comptoir.runtime.checks import dump, to_json
from comptoir.runtime.reading import (
    invalid,
    pointer,
    read_any,
    read_decimal,
    read_int,
)

from ..models.settlement_term_line_type import SettlementTermLineType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SettlementTermLine")


@_attrs_define
class SettlementTermLine:
    """Ligne de répartition d'une condition de règlement.

    Attributes:
        id (int | Unset): Identifiant de la répartition.
        percent (Decimal | Unset): Pourcentage du montant de la répartition.
        number_of_days (int | None | Unset): Nombre de jours de la répartition.
        settlement_term_line_type (SettlementTermLineType | Unset): SettlementTermLineType - Type de ligne de condition
            de règlement.
            0 = Cash (Comptant), 1 = NumberOfDaysNet (Nombre de jours net),
            2 = NumberOfDaysEndOfMonth (Nombre de jours fin de mois),
            3 = NumberOfDaysEndOfMonthOn (Nombre de jours fin de mois, le),
            4 = NumberOfDaysNetOn (Nombre de jours nets, le),
            5 = NumberOfDaysBeginningOfMonth (Nombre de jours début de mois),
            6 = NumberOfDaysBeginningOfMonthOn (Nombre de jours début de mois, le),
            7 = BeginningOfMonthWithNumberOfDays (Début de mois + nombre de jours),
            8 = BeginningOfMonthWithNumberOfDaysOn (Début de mois + nombre de jours, le),
            9 = NumberOfDaysEndOfDecade (Nombre de jours fin de décade),
            10 = EndMonthWithNumberOfDays (Fin de mois + nombre de jours),
            11 = EndMonthWithNumberOfDaysOn (Fin de mois + nombre de jours, le).
        day_of_month (int | None | Unset): N° du jour dans le mois de la répartition.
        payment_mode_id (int | None | Unset): Moyen de paiement de la répartition.
    """

    id: int | None | Unset = UNSET
    percent: Decimal | None | Unset = UNSET
    number_of_days: int | None | Unset = UNSET
    settlement_term_line_type: SettlementTermLineType | None | Unset = UNSET
    day_of_month: int | None | Unset = UNSET
    payment_mode_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.id
        if value is not UNSET:
            field_dict["id"] = dump(value, "SettlementTermLine.id", "int", False)
        value = self.percent
        if value is not UNSET:
            field_dict["percent"] = dump(value, "SettlementTermLine.percent", "number", False)
        value = self.number_of_days
        if value is not UNSET:
            field_dict["numberOfDays"] = to_json(value)
        value = self.settlement_term_line_type
        if value is not UNSET:
            field_dict["settlementTermLineType"] = dump(
                value, "SettlementTermLine.settlement_term_line_type", "enum", False, SettlementTermLineType
            )
        value = self.day_of_month
        if value is not UNSET:
            field_dict["dayOfMonth"] = to_json(value)
        value = self.payment_mode_id
        if value is not UNSET:
            field_dict["paymentModeId"] = to_json(value)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object (a response body or part of one) at JSON pointer ``_path``.

        ``null`` reads as None; numeric strings, dates given as date-times and enum names are accepted;
        anything else that does not fit raises ``ResponseValidationError`` naming its path.
        """
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise invalid(_path, None, "an object", src_dict)
        get = src_dict.get
        id = get("id", UNSET)
        if id.__class__ is not int:
            id = read_int(id, _path, "id")
        percent = get("percent", UNSET)
        if percent.__class__ is not Decimal:
            percent = read_decimal(percent, _path, "percent")
        number_of_days = get("numberOfDays", UNSET)
        if number_of_days.__class__ is not int:
            number_of_days = read_int(number_of_days, _path, "numberOfDays")
        settlement_term_line_type = get("settlementTermLineType", UNSET)
        if (
            settlement_term_line_type.__class__ is int
            and settlement_term_line_type in SettlementTermLineType._value2member_map_
        ):
            settlement_term_line_type = SettlementTermLineType._value2member_map_[settlement_term_line_type]
        elif settlement_term_line_type is not UNSET:
            settlement_term_line_type = SettlementTermLineType._read(
                settlement_term_line_type, _path, "settlementTermLineType"
            )
        day_of_month = get("dayOfMonth", UNSET)
        if day_of_month.__class__ is not int:
            day_of_month = read_int(day_of_month, _path, "dayOfMonth")
        payment_mode_id = get("paymentModeId", UNSET)
        if payment_mode_id.__class__ is not int:
            payment_mode_id = read_int(payment_mode_id, _path, "paymentModeId")
        settlement_term_line = object.__new__(cls)
        settlement_term_line.id = id
        settlement_term_line.percent = percent
        settlement_term_line.number_of_days = number_of_days
        settlement_term_line.settlement_term_line_type = settlement_term_line_type
        settlement_term_line.day_of_month = day_of_month
        settlement_term_line.payment_mode_id = payment_mode_id
        settlement_term_line.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            settlement_term_line.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return settlement_term_line

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (SettlementTermLine)", value)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "percent",
        "numberOfDays",
        "settlementTermLineType",
        "dayOfMonth",
        "paymentModeId",
    }
)
