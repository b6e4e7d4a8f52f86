from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, to_decimal

T = TypeVar("T", bound="SaleDocumentCommitment")


@_attrs_define
class SaleDocumentCommitment:
    """Échéance (engagement) d'un document de vente.

    Attributes:
        date (datetime.datetime | Unset): Date de l'engagement.
        percent (Decimal | Unset): Pourcentage de l'engagement.
        amount (Decimal | Unset): Montant de l'engagement.
        remaining_amount (Decimal | Unset): Montant restant de l'engagement.
        payment_mode_id (int | Unset): Identifiant du mode de paiement de l'engagement.
    """

    date: datetime.datetime | Unset = UNSET
    percent: Decimal | Unset = UNSET
    amount: Decimal | Unset = UNSET
    remaining_amount: Decimal | Unset = UNSET
    payment_mode_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        percent = self.percent

        amount = self.amount

        remaining_amount = self.remaining_amount

        payment_mode_id = self.payment_mode_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if percent is not UNSET:
            field_dict["percent"] = percent
        if amount is not UNSET:
            field_dict["amount"] = amount
        if remaining_amount is not UNSET:
            field_dict["remainingAmount"] = remaining_amount
        if payment_mode_id is not UNSET:
            field_dict["paymentModeId"] = payment_mode_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _date = d.pop("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.datetime.fromisoformat(_date)

        _percent = d.pop("percent", UNSET)
        percent: Decimal | Unset
        if isinstance(_percent, Unset):
            percent = UNSET
        else:
            percent = to_decimal(_percent)

        _amount = d.pop("amount", UNSET)
        amount: Decimal | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = to_decimal(_amount)

        _remaining_amount = d.pop("remainingAmount", UNSET)
        remaining_amount: Decimal | Unset
        if isinstance(_remaining_amount, Unset):
            remaining_amount = UNSET
        else:
            remaining_amount = to_decimal(_remaining_amount)

        payment_mode_id = d.pop("paymentModeId", UNSET)

        sale_document_commitment = cls(
            date=date,
            percent=percent,
            amount=amount,
            remaining_amount=remaining_amount,
            payment_mode_id=payment_mode_id,
        )

        sale_document_commitment.additional_properties = d
        return sale_document_commitment

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
