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
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address
    from ..models.contact import Contact
    from ..models.invoicing_contact_detail import InvoicingContactDetail


T = TypeVar("T", bound="CustomerContactsDetail")


@_attrs_define
class CustomerContactsDetail:
    """Coordonnées du client : facturation, livraison et siège social. Les trois booléens
    `...IsTheSameAsInvoicing` sont renvoyés par la lecture ; les tableaux de création et de
    modification ne les mentionnent pas.

        Attributes:
            invoicing (InvoicingContactDetail | Unset): Adresse et contact de facturation.
            delivery_address_is_the_same_as_invoicing (bool | Unset): Indique si l'adresse de livraison est celle de
                facturation.
            head_office_address_is_the_same_as_invoicing (bool | Unset): Indique si l'adresse du siège social est celle de
                facturation.
            delivery_contact_is_the_same_as_invoicing (bool | Unset): Indique si le contact de livraison est celui de
                facturation.
            delivery_address (Address | None | Unset): Adresse de livraison.
            delivery_contact (Contact | None | Unset): Contact de l'adresse de livraison.
            head_office_address (Address | None | Unset): Adresse du siège social.
    """

    invoicing: InvoicingContactDetail | None | Unset = UNSET
    delivery_address_is_the_same_as_invoicing: bool | None | Unset = UNSET
    head_office_address_is_the_same_as_invoicing: bool | None | Unset = UNSET
    delivery_contact_is_the_same_as_invoicing: bool | None | Unset = UNSET
    delivery_address: Address | None | Unset = UNSET
    delivery_contact: Contact | None | Unset = UNSET
    head_office_address: Address | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        from ..models.invoicing_contact_detail import InvoicingContactDetail  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.invoicing
        if value is not UNSET:
            field_dict["invoicing"] = dump_model(
                value, "CustomerContactsDetail.invoicing", InvoicingContactDetail, False
            )
        value = self.delivery_address_is_the_same_as_invoicing
        if value is not UNSET:
            field_dict["deliveryAddressIsTheSameAsInvoicing"] = dump(
                value, "CustomerContactsDetail.delivery_address_is_the_same_as_invoicing", "bool", False
            )
        value = self.head_office_address_is_the_same_as_invoicing
        if value is not UNSET:
            field_dict["headOfficeAddressIsTheSameAsInvoicing"] = dump(
                value, "CustomerContactsDetail.head_office_address_is_the_same_as_invoicing", "bool", False
            )
        value = self.delivery_contact_is_the_same_as_invoicing
        if value is not UNSET:
            field_dict["deliveryContactIsTheSameAsInvoicing"] = dump(
                value, "CustomerContactsDetail.delivery_contact_is_the_same_as_invoicing", "bool", False
            )
        value = self.delivery_address
        if value is not UNSET:
            field_dict["deliveryAddress"] = to_json(value)
        value = self.delivery_contact
        if value is not UNSET:
            field_dict["deliveryContact"] = to_json(value)
        value = self.head_office_address
        if value is not UNSET:
            field_dict["headOfficeAddress"] = to_json(value)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object (a response body or part of one) at JSON pointer ``_path``.

        ``null`` reads as None; numeric strings, dates given as date-times and enum names are accepted;
        anything else that does not fit raises ``ResponseValidationError`` naming its path.
        """
        from ..models.address import Address  # noqa: PLC0415
        from ..models.contact import Contact  # noqa: PLC0415
        from ..models.invoicing_contact_detail import InvoicingContactDetail  # noqa: PLC0415

        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise invalid(_path, None, "an object", src_dict)
        get = src_dict.get
        invoicing = get("invoicing", UNSET)
        if invoicing is not UNSET:
            invoicing = InvoicingContactDetail._read(invoicing, _path, "invoicing")
        delivery_address_is_the_same_as_invoicing = get("deliveryAddressIsTheSameAsInvoicing", UNSET)
        if delivery_address_is_the_same_as_invoicing.__class__ is not bool:
            delivery_address_is_the_same_as_invoicing = read_bool(
                delivery_address_is_the_same_as_invoicing, _path, "deliveryAddressIsTheSameAsInvoicing"
            )
        head_office_address_is_the_same_as_invoicing = get("headOfficeAddressIsTheSameAsInvoicing", UNSET)
        if head_office_address_is_the_same_as_invoicing.__class__ is not bool:
            head_office_address_is_the_same_as_invoicing = read_bool(
                head_office_address_is_the_same_as_invoicing, _path, "headOfficeAddressIsTheSameAsInvoicing"
            )
        delivery_contact_is_the_same_as_invoicing = get("deliveryContactIsTheSameAsInvoicing", UNSET)
        if delivery_contact_is_the_same_as_invoicing.__class__ is not bool:
            delivery_contact_is_the_same_as_invoicing = read_bool(
                delivery_contact_is_the_same_as_invoicing, _path, "deliveryContactIsTheSameAsInvoicing"
            )
        delivery_address = get("deliveryAddress", UNSET)
        if delivery_address is not UNSET:
            delivery_address = Address._read(delivery_address, _path, "deliveryAddress")
        delivery_contact = get("deliveryContact", UNSET)
        if delivery_contact is not UNSET:
            delivery_contact = Contact._read(delivery_contact, _path, "deliveryContact")
        head_office_address = get("headOfficeAddress", UNSET)
        if head_office_address is not UNSET:
            head_office_address = Address._read(head_office_address, _path, "headOfficeAddress")
        customer_contacts_detail = object.__new__(cls)
        customer_contacts_detail.invoicing = invoicing
        customer_contacts_detail.delivery_address_is_the_same_as_invoicing = delivery_address_is_the_same_as_invoicing
        customer_contacts_detail.head_office_address_is_the_same_as_invoicing = (
            head_office_address_is_the_same_as_invoicing
        )
        customer_contacts_detail.delivery_contact_is_the_same_as_invoicing = delivery_contact_is_the_same_as_invoicing
        customer_contacts_detail.delivery_address = delivery_address
        customer_contacts_detail.delivery_contact = delivery_contact
        customer_contacts_detail.head_office_address = head_office_address
        customer_contacts_detail.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            customer_contacts_detail.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return customer_contacts_detail

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (CustomerContactsDetail)", value)

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
        "invoicing",
        "deliveryAddressIsTheSameAsInvoicing",
        "headOfficeAddressIsTheSameAsInvoicing",
        "deliveryContactIsTheSameAsInvoicing",
        "deliveryAddress",
        "deliveryContact",
        "headOfficeAddress",
    }
)
