from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from comptoir.runtime.checks import dump, to_json
from comptoir.runtime.reading import (
    invalid,
    pointer,
    read_int,
    read_str,
)

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

    paid: Flag | None | Unset = UNSET
    closed: Flag | None | Unset = UNSET
    customer: int | None | Unset = UNSET
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.paid
        if value is not UNSET:
            field_dict["paid"] = dump(value, "InvoiceFilter.paid", "enum", False, Flag)
        value = self.closed
        if value is not UNSET:
            field_dict["closed"] = dump(value, "InvoiceFilter.closed", "enum", False, Flag)
        value = self.customer
        if value is not UNSET:
            field_dict["customer"] = dump(value, "InvoiceFilter.customer", "int", False)
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
        paid = get("paid", UNSET)
        if paid.__class__ is int and paid in Flag._value2member_map_:
            paid = Flag._value2member_map_[paid]
        elif paid is not UNSET:
            paid = Flag._read(paid, _path, "paid")
        closed = get("closed", UNSET)
        if closed.__class__ is int and closed in Flag._value2member_map_:
            closed = Flag._value2member_map_[closed]
        elif closed is not UNSET:
            closed = Flag._read(closed, _path, "closed")
        customer = get("customer", UNSET)
        if customer.__class__ is not int:
            customer = read_int(customer, _path, "customer")
        invoice_filter = object.__new__(cls)
        invoice_filter.paid = paid
        invoice_filter.closed = closed
        invoice_filter.customer = customer
        invoice_filter.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            invoice_filter.additional_properties = {
                key: read_str(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return invoice_filter

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (InvoiceFilter)", value)

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


_KNOWN: frozenset[str] = frozenset(
    {
        "paid",
        "closed",
        "customer",
    }
)
