from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address_input import AddressInput


T = TypeVar("T", bound="SaleQuoteAddressesInput")


@_attrs_define
class SaleQuoteAddressesInput:
    """Adresses d'un devis à créer ou modifier (les indicateurs « identique à la facturation »
    sont à la racine du devis, voir SaleQuoteInput).

        Attributes:
            invoicing (AddressInput | Unset): Adresse d'un document de vente à créer ou modifier.
            delivery (AddressInput | None | Unset): Adresse de livraison.
            head_office (AddressInput | None | Unset): Adresse du siège social.
    """

    invoicing: AddressInput | Unset = UNSET
    delivery: AddressInput | None | Unset = UNSET
    head_office: AddressInput | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.address_input import AddressInput  # noqa: PLC0415

        invoicing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invoicing, Unset):
            invoicing = self.invoicing.to_dict()

        delivery: dict[str, Any] | None | Unset
        if isinstance(self.delivery, Unset):
            delivery = UNSET
        elif isinstance(self.delivery, AddressInput):
            delivery = self.delivery.to_dict()
        else:
            delivery = self.delivery

        head_office: dict[str, Any] | None | Unset
        if isinstance(self.head_office, Unset):
            head_office = UNSET
        elif isinstance(self.head_office, AddressInput):
            head_office = self.head_office.to_dict()
        else:
            head_office = self.head_office

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if invoicing is not UNSET:
            field_dict["Invoicing"] = invoicing
        if delivery is not UNSET:
            field_dict["Delivery"] = delivery
        if head_office is not UNSET:
            field_dict["HeadOffice"] = head_office

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address_input import AddressInput  # noqa: PLC0415

        d = dict(src_dict)
        _invoicing = d.pop("Invoicing", UNSET)
        invoicing: AddressInput | Unset
        if isinstance(_invoicing, Unset):
            invoicing = UNSET
        else:
            invoicing = AddressInput.from_dict(_invoicing)

        def _parse_delivery(data: object) -> AddressInput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                delivery_type_0 = AddressInput.from_dict(data)

                return delivery_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AddressInput | None | Unset, data)

        delivery = _parse_delivery(d.pop("Delivery", UNSET))

        def _parse_head_office(data: object) -> AddressInput | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                head_office_type_0 = AddressInput.from_dict(data)

                return head_office_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AddressInput | None | Unset, data)

        head_office = _parse_head_office(d.pop("HeadOffice", UNSET))

        sale_quote_addresses_input = cls(
            invoicing=invoicing,
            delivery=delivery,
            head_office=head_office,
        )

        sale_quote_addresses_input.additional_properties = d
        return sale_quote_addresses_input

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
