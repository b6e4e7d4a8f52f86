from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

    invoicing: InvoicingContactDetail | Unset = UNSET
    delivery_address_is_the_same_as_invoicing: bool | Unset = UNSET
    head_office_address_is_the_same_as_invoicing: bool | Unset = UNSET
    delivery_contact_is_the_same_as_invoicing: bool | Unset = UNSET
    delivery_address: Address | None | Unset = UNSET
    delivery_contact: Contact | None | Unset = UNSET
    head_office_address: Address | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.address import Address  # noqa: PLC0415
        from ..models.contact import Contact  # noqa: PLC0415

        invoicing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoicing, Unset):
            invoicing = self.invoicing.to_dict()

        delivery_address_is_the_same_as_invoicing = self.delivery_address_is_the_same_as_invoicing

        head_office_address_is_the_same_as_invoicing = self.head_office_address_is_the_same_as_invoicing

        delivery_contact_is_the_same_as_invoicing = self.delivery_contact_is_the_same_as_invoicing

        delivery_address: dict[str, Any] | None | Unset
        if isinstance(self.delivery_address, Unset):
            delivery_address = UNSET
        elif isinstance(self.delivery_address, Address):
            delivery_address = self.delivery_address.to_dict()
        else:
            delivery_address = self.delivery_address

        delivery_contact: dict[str, Any] | None | Unset
        if isinstance(self.delivery_contact, Unset):
            delivery_contact = UNSET
        elif isinstance(self.delivery_contact, Contact):
            delivery_contact = self.delivery_contact.to_dict()
        else:
            delivery_contact = self.delivery_contact

        head_office_address: dict[str, Any] | None | Unset
        if isinstance(self.head_office_address, Unset):
            head_office_address = UNSET
        elif isinstance(self.head_office_address, Address):
            head_office_address = self.head_office_address.to_dict()
        else:
            head_office_address = self.head_office_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if invoicing is not UNSET:
            field_dict["invoicing"] = invoicing
        if delivery_address_is_the_same_as_invoicing is not UNSET:
            field_dict["deliveryAddressIsTheSameAsInvoicing"] = delivery_address_is_the_same_as_invoicing
        if head_office_address_is_the_same_as_invoicing is not UNSET:
            field_dict["headOfficeAddressIsTheSameAsInvoicing"] = head_office_address_is_the_same_as_invoicing
        if delivery_contact_is_the_same_as_invoicing is not UNSET:
            field_dict["deliveryContactIsTheSameAsInvoicing"] = delivery_contact_is_the_same_as_invoicing
        if delivery_address is not UNSET:
            field_dict["deliveryAddress"] = delivery_address
        if delivery_contact is not UNSET:
            field_dict["deliveryContact"] = delivery_contact
        if head_office_address is not UNSET:
            field_dict["headOfficeAddress"] = head_office_address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address import Address  # noqa: PLC0415
        from ..models.contact import Contact  # noqa: PLC0415
        from ..models.invoicing_contact_detail import InvoicingContactDetail  # noqa: PLC0415

        d = dict(src_dict)
        _invoicing = d.pop("invoicing", UNSET)
        invoicing: InvoicingContactDetail | Unset
        if isinstance(_invoicing, Unset):
            invoicing = UNSET
        else:
            invoicing = InvoicingContactDetail.from_dict(_invoicing)

        delivery_address_is_the_same_as_invoicing = d.pop("deliveryAddressIsTheSameAsInvoicing", UNSET)

        head_office_address_is_the_same_as_invoicing = d.pop("headOfficeAddressIsTheSameAsInvoicing", UNSET)

        delivery_contact_is_the_same_as_invoicing = d.pop("deliveryContactIsTheSameAsInvoicing", UNSET)

        def _parse_delivery_address(data: object) -> Address | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                delivery_address_type_0 = Address.from_dict(data)

                return delivery_address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Address | None | Unset, data)

        delivery_address = _parse_delivery_address(d.pop("deliveryAddress", UNSET))

        def _parse_delivery_contact(data: object) -> Contact | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                delivery_contact_type_0 = Contact.from_dict(data)

                return delivery_contact_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Contact | None | Unset, data)

        delivery_contact = _parse_delivery_contact(d.pop("deliveryContact", UNSET))

        def _parse_head_office_address(data: object) -> Address | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                head_office_address_type_0 = Address.from_dict(data)

                return head_office_address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Address | None | Unset, data)

        head_office_address = _parse_head_office_address(d.pop("headOfficeAddress", UNSET))

        customer_contacts_detail = cls(
            invoicing=invoicing,
            delivery_address_is_the_same_as_invoicing=delivery_address_is_the_same_as_invoicing,
            head_office_address_is_the_same_as_invoicing=head_office_address_is_the_same_as_invoicing,
            delivery_contact_is_the_same_as_invoicing=delivery_contact_is_the_same_as_invoicing,
            delivery_address=delivery_address,
            delivery_contact=delivery_contact,
            head_office_address=head_office_address,
        )

        customer_contacts_detail.additional_properties = d
        return customer_contacts_detail

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
