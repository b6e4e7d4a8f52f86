from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.settlement_term_line_type import SettlementTermLineType
from ..types import UNSET, Unset, to_decimal

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

    id: int | Unset = UNSET
    percent: Decimal | Unset = UNSET
    number_of_days: int | None | Unset = UNSET
    settlement_term_line_type: SettlementTermLineType | Unset = UNSET
    day_of_month: int | None | Unset = UNSET
    payment_mode_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        percent = self.percent

        number_of_days: int | None | Unset
        if isinstance(self.number_of_days, Unset):
            number_of_days = UNSET
        else:
            number_of_days = self.number_of_days

        settlement_term_line_type: int | Unset = UNSET
        if not isinstance(self.settlement_term_line_type, Unset):
            settlement_term_line_type = self.settlement_term_line_type.value

        day_of_month: int | None | Unset
        if isinstance(self.day_of_month, Unset):
            day_of_month = UNSET
        else:
            day_of_month = self.day_of_month

        payment_mode_id: int | None | Unset
        if isinstance(self.payment_mode_id, Unset):
            payment_mode_id = UNSET
        else:
            payment_mode_id = self.payment_mode_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if percent is not UNSET:
            field_dict["percent"] = percent
        if number_of_days is not UNSET:
            field_dict["numberOfDays"] = number_of_days
        if settlement_term_line_type is not UNSET:
            field_dict["settlementTermLineType"] = settlement_term_line_type
        if day_of_month is not UNSET:
            field_dict["dayOfMonth"] = day_of_month
        if payment_mode_id is not UNSET:
            field_dict["paymentModeId"] = payment_mode_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _percent = d.pop("percent", UNSET)
        percent: Decimal | Unset
        if isinstance(_percent, Unset):
            percent = UNSET
        else:
            percent = to_decimal(_percent)

        def _parse_number_of_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        number_of_days = _parse_number_of_days(d.pop("numberOfDays", UNSET))

        _settlement_term_line_type = d.pop("settlementTermLineType", UNSET)
        settlement_term_line_type: SettlementTermLineType | Unset
        if isinstance(_settlement_term_line_type, Unset):
            settlement_term_line_type = UNSET
        else:
            settlement_term_line_type = SettlementTermLineType(_settlement_term_line_type)

        def _parse_day_of_month(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        day_of_month = _parse_day_of_month(d.pop("dayOfMonth", UNSET))

        def _parse_payment_mode_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        payment_mode_id = _parse_payment_mode_id(d.pop("paymentModeId", UNSET))

        settlement_term_line = cls(
            id=id,
            percent=percent,
            number_of_days=number_of_days,
            settlement_term_line_type=settlement_term_line_type,
            day_of_month=day_of_month,
            payment_mode_id=payment_mode_id,
        )

        settlement_term_line.additional_properties = d
        return settlement_term_line

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
