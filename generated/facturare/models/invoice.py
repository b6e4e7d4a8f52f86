from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from comptoir.runtime.checks import dump, dump_model, to_json
from comptoir.runtime.reading import (
    invalid,
    pointer,
    read_any,
    read_bool,
    read_int,
    read_union,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer import Customer
    from ..models.metadata import Metadata


T = TypeVar("T", bound="Invoice")


@_attrs_define
class Invoice:
    """
    Attributes:
        id (int | Unset):
        customer (Customer | int | Unset): The customer's ID, or the customer object with `expand=customer`.
        paid (bool | Unset):
        closed (bool | Unset):
        metadata (Metadata | Unset): Free key/value metadata of an object.
    """

    id: int | None | Unset = UNSET
    customer: Customer | int | None | Unset = UNSET
    paid: bool | None | Unset = UNSET
    closed: bool | None | Unset = UNSET
    metadata: Metadata | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        from ..models.metadata import Metadata  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.id
        if value is not UNSET:
            field_dict["id"] = dump(value, "Invoice.id", "int", False)
        value = self.customer
        if value is not UNSET:
            field_dict["customer"] = to_json(value)
        value = self.paid
        if value is not UNSET:
            field_dict["paid"] = dump(value, "Invoice.paid", "bool", False)
        value = self.closed
        if value is not UNSET:
            field_dict["closed"] = dump(value, "Invoice.closed", "bool", False)
        value = self.metadata
        if value is not UNSET:
            field_dict["metadata"] = dump_model(value, "Invoice.metadata", Metadata, False)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object (a response body or part of one) at JSON pointer ``_path``.

        ``null`` reads as None; numeric strings, dates given as date-times and enum names are accepted;
        anything else that does not fit raises ``ResponseValidationError`` naming its path.
        """
        from ..models.customer import Customer  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415

        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise invalid(_path, None, "an object", src_dict)
        get = src_dict.get
        id = get("id", UNSET)
        if id.__class__ is not int:
            id = read_int(id, _path, "id")
        customer = get("customer", UNSET)
        if customer is not UNSET:
            customer = read_union(
                customer,
                _path,
                "customer",
                (
                    read_int,
                    Customer._read,
                ),
                "an integer or a Customer",
            )
        paid = get("paid", UNSET)
        if paid.__class__ is not bool:
            paid = read_bool(paid, _path, "paid")
        closed = get("closed", UNSET)
        if closed.__class__ is not bool:
            closed = read_bool(closed, _path, "closed")
        metadata = get("metadata", UNSET)
        if metadata is not UNSET:
            metadata = Metadata._read(metadata, _path, "metadata")
        invoice = object.__new__(cls)
        invoice.id = id
        invoice.customer = customer
        invoice.paid = paid
        invoice.closed = closed
        invoice.metadata = metadata
        invoice.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            invoice.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return invoice

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (Invoice)", value)

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
        "id",
        "customer",
        "paid",
        "closed",
        "metadata",
    }
)
