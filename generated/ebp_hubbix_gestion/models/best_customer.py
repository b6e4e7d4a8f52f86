from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, to_decimal

T = TypeVar("T", bound="BestCustomer")


@_attrs_define
class BestCustomer:
    """Client du palmarès.

    Attributes:
        name (str | Unset): Nom du client.
        total_amount (Decimal | Unset): Montant total pour ce client.
    """

    name: str | Unset = UNSET
    total_amount: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        total_amount = self.total_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if total_amount is not UNSET:
            field_dict["totalAmount"] = total_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _total_amount = d.pop("totalAmount", UNSET)
        total_amount: Decimal | Unset
        if isinstance(_total_amount, Unset):
            total_amount = UNSET
        else:
            total_amount = to_decimal(_total_amount)

        best_customer = cls(
            name=name,
            total_amount=total_amount,
        )

        best_customer.additional_properties = d
        return best_customer

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
