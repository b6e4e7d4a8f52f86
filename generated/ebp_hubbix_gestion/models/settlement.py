from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.settlement_type import SettlementType
from ..types import UNSET, Unset, to_decimal

T = TypeVar("T", bound="Settlement")


@_attrs_define
class Settlement:
    """Règlement.

    Attributes:
        id (int | Unset): Identifiant du règlement.
        code (str | Unset): Code unique du règlement.
        date (datetime.date | datetime.datetime | Unset): Date du règlement (a date per the table, a date-time in the
            doc's example; both parse).
        customer_name (str | Unset): Nom du client.
        amount (Decimal | Unset): Montant TTC du règlement.
        still_to_be_distributed_amount (Decimal | Unset): Montant TTC du règlement restant à répartir.
        payment_mode_label (str | Unset): Moyen de paiement.
        payment_reference (str | Unset): N° de référence du règlement.
        settlement_type (int | SettlementType | Unset): Type de règlement: a SettlementType value, or any other integer
            the server sends (an open enum; the doc's example shows 0).
    """

    id: int | Unset = UNSET
    code: str | Unset = UNSET
    date: datetime.date | datetime.datetime | Unset = UNSET
    customer_name: str | Unset = UNSET
    amount: Decimal | Unset = UNSET
    still_to_be_distributed_amount: Decimal | Unset = UNSET
    payment_mode_label: str | Unset = UNSET
    payment_reference: str | Unset = UNSET
    settlement_type: int | SettlementType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        code = self.code

        date: str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.date):
            date = self.date.isoformat()
        else:
            date = self.date.isoformat()

        customer_name = self.customer_name

        amount = self.amount

        still_to_be_distributed_amount = self.still_to_be_distributed_amount

        payment_mode_label = self.payment_mode_label

        payment_reference = self.payment_reference

        settlement_type: int | Unset
        if isinstance(self.settlement_type, Unset):
            settlement_type = UNSET
        elif isinstance(self.settlement_type, SettlementType):
            settlement_type = self.settlement_type.value
        else:
            settlement_type = self.settlement_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if code is not UNSET:
            field_dict["code"] = code
        if date is not UNSET:
            field_dict["date"] = date
        if customer_name is not UNSET:
            field_dict["customerName"] = customer_name
        if amount is not UNSET:
            field_dict["amount"] = amount
        if still_to_be_distributed_amount is not UNSET:
            field_dict["stillToBeDistributedAmount"] = still_to_be_distributed_amount
        if payment_mode_label is not UNSET:
            field_dict["paymentModeLabel"] = payment_mode_label
        if payment_reference is not UNSET:
            field_dict["paymentReference"] = payment_reference
        if settlement_type is not UNSET:
            field_dict["settlementType"] = settlement_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        code = d.pop("code", UNSET)

        def _parse_date(data: object) -> datetime.date | datetime.datetime | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_type_0 = datetime.date.fromisoformat(data)

                return date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            date_type_1 = datetime.datetime.fromisoformat(data)

            return date_type_1

        date = _parse_date(d.pop("date", UNSET))

        customer_name = d.pop("customerName", UNSET)

        _amount = d.pop("amount", UNSET)
        amount: Decimal | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = to_decimal(_amount)

        _still_to_be_distributed_amount = d.pop("stillToBeDistributedAmount", UNSET)
        still_to_be_distributed_amount: Decimal | Unset
        if isinstance(_still_to_be_distributed_amount, Unset):
            still_to_be_distributed_amount = UNSET
        else:
            still_to_be_distributed_amount = to_decimal(_still_to_be_distributed_amount)

        payment_mode_label = d.pop("paymentModeLabel", UNSET)

        payment_reference = d.pop("paymentReference", UNSET)

        def _parse_settlement_type(data: object) -> int | SettlementType | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                settlement_type_type_0 = SettlementType(data)

                return settlement_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | SettlementType | Unset, data)

        settlement_type = _parse_settlement_type(d.pop("settlementType", UNSET))

        settlement = cls(
            id=id,
            code=code,
            date=date,
            customer_name=customer_name,
            amount=amount,
            still_to_be_distributed_amount=still_to_be_distributed_amount,
            payment_mode_label=payment_mode_label,
            payment_reference=payment_reference,
            settlement_type=settlement_type,
        )

        settlement.additional_properties = d
        return settlement

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
