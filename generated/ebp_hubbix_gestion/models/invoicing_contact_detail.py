from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from comptoir.runtime.checks import dump_model, to_json
from comptoir.runtime.reading import (
    invalid,
    pointer,
    read_any,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.contact import Contact


T = TypeVar("T", bound="InvoicingContactDetail")


@_attrs_define
class InvoicingContactDetail:
    """Adresse et contact de facturation.

    Attributes:
        address (Address | Unset): Adresse (rue, complément, code postal, ville, pays).
        contact (Contact | Unset): Contact (civilité, nom, prénom, téléphones, email, service).
    """

    address: Address | None | Unset = UNSET
    contact: Contact | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        from ..models.address import Address  # noqa: PLC0415
        from ..models.contact import Contact  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.address
        if value is not UNSET:
            field_dict["address"] = dump_model(value, "InvoicingContactDetail.address", Address, False)
        value = self.contact
        if value is not UNSET:
            field_dict["contact"] = dump_model(value, "InvoicingContactDetail.contact", Contact, False)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object (a response body or part of one) at JSON pointer ``_path``.

        ``null`` reads as None; numeric strings, dates given as date-times and enum names are accepted;
        anything else that does not fit raises ``ResponseValidationError`` naming its path.
        """
        from ..models.address import Address  # noqa: PLC0415
        from ..models.contact import Contact  # noqa: PLC0415

        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise invalid(_path, None, "an object", src_dict)
        get = src_dict.get
        address = get("address", UNSET)
        if address is not UNSET:
            address = Address._read(address, _path, "address")
        contact = get("contact", UNSET)
        if contact is not UNSET:
            contact = Contact._read(contact, _path, "contact")
        invoicing_contact_detail = object.__new__(cls)
        invoicing_contact_detail.address = address
        invoicing_contact_detail.contact = contact
        invoicing_contact_detail.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            invoicing_contact_detail.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return invoicing_contact_detail

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (InvoicingContactDetail)", value)

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
        "address",
        "contact",
    }
)
