from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, to_decimal

T = TypeVar("T", bound="SaleDocumentCommitmentInput")


@_attrs_define
class SaleDocumentCommitmentInput:
    """Échéance (engagement) d'un document de vente à créer ou modifier.

    Attributes:
        date (datetime.datetime | Unset): Date d'engagement. Example: 2023-11-07T12:00:00Z.
        amount (Decimal | Unset): Montant d'engagement. Example: 630.0.
        rate (Decimal | Unset): Pourcentage d'engagement. Example: 0.0.
        remaining_amount (Decimal | Unset): Montant restant. Example: 0.0.
        payment_mode_id (int | Unset): Identifiant du moyen de paiement. Example: 1.
    """

    date: datetime.datetime | Unset = UNSET
    amount: Decimal | Unset = UNSET
    rate: Decimal | Unset = UNSET
    remaining_amount: Decimal | Unset = UNSET
    payment_mode_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        amount = self.amount

        rate = self.rate

        remaining_amount = self.remaining_amount

        payment_mode_id = self.payment_mode_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["Date"] = date
        if amount is not UNSET:
            field_dict["Amount"] = amount
        if rate is not UNSET:
            field_dict["Rate"] = rate
        if remaining_amount is not UNSET:
            field_dict["RemainingAmount"] = remaining_amount
        if payment_mode_id is not UNSET:
            field_dict["PaymentModeId"] = payment_mode_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _date = d.pop("Date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.datetime.fromisoformat(_date)

        _amount = d.pop("Amount", UNSET)
        amount: Decimal | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = to_decimal(_amount)

        _rate = d.pop("Rate", UNSET)
        rate: Decimal | Unset
        if isinstance(_rate, Unset):
            rate = UNSET
        else:
            rate = to_decimal(_rate)

        _remaining_amount = d.pop("RemainingAmount", UNSET)
        remaining_amount: Decimal | Unset
        if isinstance(_remaining_amount, Unset):
            remaining_amount = UNSET
        else:
            remaining_amount = to_decimal(_remaining_amount)

        payment_mode_id = d.pop("PaymentModeId", UNSET)

        sale_document_commitment_input = cls(
            date=date,
            amount=amount,
            rate=rate,
            remaining_amount=remaining_amount,
            payment_mode_id=payment_mode_id,
        )

        sale_document_commitment_input.additional_properties = d
        return sale_document_commitment_input

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
