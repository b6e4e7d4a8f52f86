from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from comptoir.errors import ArgumentTypeError
from comptoir.runtime.checks import dump, to_json
from comptoir.runtime.reading import (
    invalid,
    missing,
    pointer,
    read_any,
    read_decimal,
    read_int,
)

from ..models.settlement_term_line_type import SettlementTermLineType
from ..types import UNSET

T = TypeVar("T", bound="SettlementTermLineInput")


@_attrs_define
class SettlementTermLineInput:
    """Ligne de répartition d'une condition de règlement à créer ou modifier.

    Attributes:
        percent (Decimal): Pourcentage du montant total du règlement. Example: 30.
        number_of_days (int | None): Nombre de jours pour l'exigibilité du règlement. Example: 2.
        day_of_month (int | None): N° du jour dans le mois. Example: 30.
        settlement_term_line_type (SettlementTermLineType): SettlementTermLineType - Type de ligne de condition de
            règlement.
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
        payment_mode_id (int | None): Identifiant du moyen de paiement. Example: 1.
    """

    percent: Decimal | None
    number_of_days: int | None
    day_of_month: int | None
    settlement_term_line_type: SettlementTermLineType | None
    payment_mode_id: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.percent
        if value is UNSET:
            raise ArgumentTypeError("is required", parameter="SettlementTermLineInput.percent")
        field_dict["percent"] = dump(value, "SettlementTermLineInput.percent", "number", False)
        value = self.number_of_days
        if value is UNSET:
            raise ArgumentTypeError("is required", parameter="SettlementTermLineInput.number_of_days")
        field_dict["numberOfDays"] = to_json(value)
        value = self.day_of_month
        if value is UNSET:
            raise ArgumentTypeError("is required", parameter="SettlementTermLineInput.day_of_month")
        field_dict["dayOfMonth"] = to_json(value)
        value = self.settlement_term_line_type
        if value is UNSET:
            raise ArgumentTypeError("is required", parameter="SettlementTermLineInput.settlement_term_line_type")
        field_dict["settlementTermLineType"] = dump(
            value, "SettlementTermLineInput.settlement_term_line_type", "enum", False, SettlementTermLineType
        )
        value = self.payment_mode_id
        if value is UNSET:
            raise ArgumentTypeError("is required", parameter="SettlementTermLineInput.payment_mode_id")
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
        percent = get("percent", UNSET)
        if percent is UNSET:
            raise missing(_path, "percent", "a number")
        if percent.__class__ is not Decimal:
            percent = read_decimal(percent, _path, "percent")
        number_of_days = get("numberOfDays", UNSET)
        if number_of_days is UNSET:
            raise missing(_path, "numberOfDays", "an integer")
        if number_of_days.__class__ is not int:
            number_of_days = read_int(number_of_days, _path, "numberOfDays")
        day_of_month = get("dayOfMonth", UNSET)
        if day_of_month is UNSET:
            raise missing(_path, "dayOfMonth", "an integer")
        if day_of_month.__class__ is not int:
            day_of_month = read_int(day_of_month, _path, "dayOfMonth")
        settlement_term_line_type = get("settlementTermLineType", UNSET)
        if settlement_term_line_type is UNSET:
            raise missing(_path, "settlementTermLineType", "an enum value")
        if (
            settlement_term_line_type.__class__ is int
            and settlement_term_line_type in SettlementTermLineType._value2member_map_
        ):
            settlement_term_line_type = SettlementTermLineType._value2member_map_[settlement_term_line_type]
        elif settlement_term_line_type is not UNSET:
            settlement_term_line_type = SettlementTermLineType._read(
                settlement_term_line_type, _path, "settlementTermLineType"
            )
        payment_mode_id = get("paymentModeId", UNSET)
        if payment_mode_id is UNSET:
            raise missing(_path, "paymentModeId", "an integer")
        if payment_mode_id.__class__ is not int:
            payment_mode_id = read_int(payment_mode_id, _path, "paymentModeId")
        settlement_term_line_input = object.__new__(cls)
        settlement_term_line_input.percent = percent
        settlement_term_line_input.number_of_days = number_of_days
        settlement_term_line_input.day_of_month = day_of_month
        settlement_term_line_input.settlement_term_line_type = settlement_term_line_type
        settlement_term_line_input.payment_mode_id = payment_mode_id
        settlement_term_line_input.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            settlement_term_line_input.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return settlement_term_line_input

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (SettlementTermLineInput)", value)

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
        "percent",
        "numberOfDays",
        "dayOfMonth",
        "settlementTermLineType",
        "paymentModeId",
    }
)
