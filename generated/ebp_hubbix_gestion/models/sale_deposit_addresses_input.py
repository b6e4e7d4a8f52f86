from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address import Address


T = TypeVar("T", bound="SaleDepositAddressesInput")


@_attrs_define
class SaleDepositAddressesInput:
    """Adresses d'un avoir ou d'une facture d'acompte à créer.

    Attributes:
        invoicing (Address | Unset): Adresse (rue, complément, code postal, ville, pays).
        delivery_address (Address | None | Unset): Adresse de livraison.
        head_office_address (Address | None | Unset): Adresse du siège social.
        delivery_is_the_same_as_invoicing (bool | Unset): Livraison identique à la facturation (exemple seulement,
            absent du tableau).
        head_office_is_the_same_as_invoicing (bool | Unset): Siège social identique à la facturation (exemple seulement,
            absent du tableau).
    """

    invoicing: Address | Unset = UNSET
    delivery_address: Address | None | Unset = UNSET
    head_office_address: Address | None | Unset = UNSET
    delivery_is_the_same_as_invoicing: bool | Unset = UNSET
    head_office_is_the_same_as_invoicing: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.address import Address  # noqa: PLC0415

        invoicing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoicing, Unset):
            invoicing = self.invoicing.to_dict()

        delivery_address: dict[str, Any] | None | Unset
        if isinstance(self.delivery_address, Unset):
            delivery_address = UNSET
        elif isinstance(self.delivery_address, Address):
            delivery_address = self.delivery_address.to_dict()
        else:
            delivery_address = self.delivery_address

        head_office_address: dict[str, Any] | None | Unset
        if isinstance(self.head_office_address, Unset):
            head_office_address = UNSET
        elif isinstance(self.head_office_address, Address):
            head_office_address = self.head_office_address.to_dict()
        else:
            head_office_address = self.head_office_address

        delivery_is_the_same_as_invoicing = self.delivery_is_the_same_as_invoicing

        head_office_is_the_same_as_invoicing = self.head_office_is_the_same_as_invoicing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if invoicing is not UNSET:
            field_dict["invoicing"] = invoicing
        if delivery_address is not UNSET:
            field_dict["deliveryAddress"] = delivery_address
        if head_office_address is not UNSET:
            field_dict["headOfficeAddress"] = head_office_address
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

        delivery_is_the_same_as_invoicing = d.pop("deliveryIsTheSameAsInvoicing", UNSET)

        head_office_is_the_same_as_invoicing = d.pop("headOfficeIsTheSameAsInvoicing", UNSET)

        sale_deposit_addresses_input = cls(
            invoicing=invoicing,
            delivery_address=delivery_address,
            head_office_address=head_office_address,
            delivery_is_the_same_as_invoicing=delivery_is_the_same_as_invoicing,
            head_office_is_the_same_as_invoicing=head_office_is_the_same_as_invoicing,
        )

        sale_deposit_addresses_input.additional_properties = d
        return sale_deposit_addresses_input

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
