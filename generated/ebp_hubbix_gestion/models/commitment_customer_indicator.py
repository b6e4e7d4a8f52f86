from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, to_decimal

T = TypeVar("T", bound="CommitmentCustomerIndicator")


@_attrs_define
class CommitmentCustomerIndicator:
    """Détail de l'encours clients.

    Attributes:
        total_amount (Decimal | Unset): Montant total, tout client confondu.
        total_overdue_amount (Decimal | Unset): Montant total en retard (échu).
        total_falling_due_amount (Decimal | Unset): Montant total à venir (à échoir).
    """

    total_amount: Decimal | Unset = UNSET
    total_overdue_amount: Decimal | Unset = UNSET
    total_falling_due_amount: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_amount = self.total_amount

        total_overdue_amount = self.total_overdue_amount

        total_falling_due_amount = self.total_falling_due_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_amount is not UNSET:
            field_dict["totalAmount"] = total_amount
        if total_overdue_amount is not UNSET:
            field_dict["totalOverdueAmount"] = total_overdue_amount
        if total_falling_due_amount is not UNSET:
            field_dict["totalFallingDueAmount"] = total_falling_due_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _total_amount = d.pop("totalAmount", UNSET)
        total_amount: Decimal | Unset
        if isinstance(_total_amount, Unset):
            total_amount = UNSET
        else:
            total_amount = to_decimal(_total_amount)

        _total_overdue_amount = d.pop("totalOverdueAmount", UNSET)
        total_overdue_amount: Decimal | Unset
        if isinstance(_total_overdue_amount, Unset):
            total_overdue_amount = UNSET
        else:
            total_overdue_amount = to_decimal(_total_overdue_amount)

        _total_falling_due_amount = d.pop("totalFallingDueAmount", UNSET)
        total_falling_due_amount: Decimal | Unset
        if isinstance(_total_falling_due_amount, Unset):
            total_falling_due_amount = UNSET
        else:
            total_falling_due_amount = to_decimal(_total_falling_due_amount)

        commitment_customer_indicator = cls(
            total_amount=total_amount,
            total_overdue_amount=total_overdue_amount,
            total_falling_due_amount=total_falling_due_amount,
        )

        commitment_customer_indicator.additional_properties = d
        return commitment_customer_indicator

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
