from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flag import Flag
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceFilter")


@_attrs_define
class InvoiceFilter:
    """Exact-match invoice filter (`filter[paid]=0&filter[closed]=0&filter[customer]=1234`).

    Attributes:
        paid (Flag | Unset): A boolean filter value as the API spells it, `0` or `1`.
        closed (Flag | Unset): A boolean filter value as the API spells it, `0` or `1`.
        customer (int | Unset): Customer ID.
    """

    paid: Flag | Unset = UNSET
    closed: Flag | Unset = UNSET
    customer: int | Unset = UNSET
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        paid: int | Unset = UNSET
        if not isinstance(self.paid, Unset):
            paid = self.paid.value

        closed: int | Unset = UNSET
        if not isinstance(self.closed, Unset):
            closed = self.closed.value

        customer = self.customer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if paid is not UNSET:
            field_dict["paid"] = paid
        if closed is not UNSET:
            field_dict["closed"] = closed
        if customer is not UNSET:
            field_dict["customer"] = customer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _paid = d.pop("paid", UNSET)
        paid: Flag | Unset
        if isinstance(_paid, Unset):
            paid = UNSET
        else:
            paid = Flag(_paid)

        _closed = d.pop("closed", UNSET)
        closed: Flag | Unset
        if isinstance(_closed, Unset):
            closed = UNSET
        else:
            closed = Flag(_closed)

        customer = d.pop("customer", UNSET)

        invoice_filter = cls(
            paid=paid,
            closed=closed,
            customer=customer,
        )

        invoice_filter.additional_properties = d
        return invoice_filter

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
