from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address


T = TypeVar("T", bound="SaleDocumentAddresses")


@_attrs_define
class SaleDocumentAddresses:
    """Adresses d'un document de vente (facturation, livraison, siège social).

    Attributes:
        invoicing (Address | Unset): Adresse (rue, complément, code postal, ville, pays).
        delivery (Address | None | Unset): Adresse de livraison.
        head_office (Address | None | Unset): Adresse du siège social.
        delivery_is_the_same_as_invoicing (bool | Unset): Livraison identique à la facturation.
        head_office_is_the_same_as_invoicing (bool | Unset): Siège social identique à la facturation.
    """

    invoicing: Address | Unset = UNSET
    delivery: Address | None | Unset = UNSET
    head_office: Address | None | Unset = UNSET
    delivery_is_the_same_as_invoicing: bool | Unset = UNSET
    head_office_is_the_same_as_invoicing: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.address import Address  # noqa: PLC0415

        invoicing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoicing, Unset):
            invoicing = self.invoicing.to_dict()

        delivery: dict[str, Any] | None | Unset
        if isinstance(self.delivery, Unset):
            delivery = UNSET
        elif isinstance(self.delivery, Address):
            delivery = self.delivery.to_dict()
        else:
            delivery = self.delivery

        head_office: dict[str, Any] | None | Unset
        if isinstance(self.head_office, Unset):
            head_office = UNSET
        elif isinstance(self.head_office, Address):
            head_office = self.head_office.to_dict()
        else:
            head_office = self.head_office

        delivery_is_the_same_as_invoicing = self.delivery_is_the_same_as_invoicing

        head_office_is_the_same_as_invoicing = self.head_office_is_the_same_as_invoicing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if invoicing is not UNSET:
            field_dict["invoicing"] = invoicing
        if delivery is not UNSET:
            field_dict["delivery"] = delivery
        if head_office is not UNSET:
            field_dict["headOffice"] = head_office
        if delivery_is_the_same_as_invoicing is not UNSET:
            field_dict["deliveryIsTheSameAsInvoicing"] = delivery_is_the_same_as_invoicing
        if head_office_is_the_same_as_invoicing is not UNSET:
            field_dict["headOfficeIsTheSameAsInvoicing"] = head_office_is_the_same_as_invoicing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address import Address  # noqa: PLC0415

        d = dict(src_dict)
        _invoicing = d.pop("invoicing", UNSET)
        invoicing: Address | Unset
        if isinstance(_invoicing, Unset):
            invoicing = UNSET
        else:
            invoicing = Address.from_dict(_invoicing)

        def _parse_delivery(data: object) -> Address | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                delivery_type_0 = Address.from_dict(data)

                return delivery_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Address | None | Unset, data)

        delivery = _parse_delivery(d.pop("delivery", UNSET))

        def _parse_head_office(data: object) -> Address | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                head_office_type_0 = Address.from_dict(data)

                return head_office_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Address | None | Unset, data)

        head_office = _parse_head_office(d.pop("headOffice", UNSET))

        delivery_is_the_same_as_invoicing = d.pop("deliveryIsTheSameAsInvoicing", UNSET)

        head_office_is_the_same_as_invoicing = d.pop("headOfficeIsTheSameAsInvoicing", UNSET)

        sale_document_addresses = cls(
            invoicing=invoicing,
            delivery=delivery,
            head_office=head_office,
            delivery_is_the_same_as_invoicing=delivery_is_the_same_as_invoicing,
            head_office_is_the_same_as_invoicing=head_office_is_the_same_as_invoicing,
        )

        sale_document_addresses.additional_properties = d
        return sale_document_addresses

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
