from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.settlement_term_line_type import SettlementTermLineType
from ..types import to_decimal

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

    percent: Decimal
    number_of_days: int | None
    day_of_month: int | None
    settlement_term_line_type: SettlementTermLineType
    payment_mode_id: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        percent = self.percent

        number_of_days: int | None
        number_of_days = self.number_of_days

        day_of_month: int | None
        day_of_month = self.day_of_month

        settlement_term_line_type = self.settlement_term_line_type.value

        payment_mode_id: int | None
        payment_mode_id = self.payment_mode_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "percent": percent,
                "numberOfDays": number_of_days,
                "dayOfMonth": day_of_month,
                "settlementTermLineType": settlement_term_line_type,
                "paymentModeId": payment_mode_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        percent = to_decimal(d.pop("percent"))

        def _parse_number_of_days(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        number_of_days = _parse_number_of_days(d.pop("numberOfDays"))

        def _parse_day_of_month(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        day_of_month = _parse_day_of_month(d.pop("dayOfMonth"))

        settlement_term_line_type = SettlementTermLineType(d.pop("settlementTermLineType"))

        def _parse_payment_mode_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        payment_mode_id = _parse_payment_mode_id(d.pop("paymentModeId"))

        settlement_term_line_input = cls(
            percent=percent,
            number_of_days=number_of_days,
            day_of_month=day_of_month,
            settlement_term_line_type=settlement_term_line_type,
            payment_mode_id=payment_mode_id,
        )

        settlement_term_line_input.additional_properties = d
        return settlement_term_line_input

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
