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
    from ..models.address_input import AddressInput


T = TypeVar("T", bound="SaleDocumentAddressesInput")


@_attrs_define
class SaleDocumentAddressesInput:
    """Adresses d'un document de vente à créer ou modifier.

    Attributes:
        invoicing (AddressInput | Unset): Adresse d'un document de vente à créer ou modifier.
        delivery (AddressInput | None | Unset): Adresse de livraison.
        head_office (AddressInput | None | Unset): Adresse du siège social.
        delivery_is_the_same_as_invoicing (bool | Unset): Livraison identique à la facturation. Example: True.
        head_office_is_the_same_as_invoicing (bool | Unset): Siège social identique à la facturation. Example: True.
    """

    invoicing: AddressInput | None | Unset = UNSET
    delivery: AddressInput | None | Unset = UNSET
    head_office: AddressInput | None | Unset = UNSET
    delivery_is_the_same_as_invoicing: bool | None | Unset = UNSET
    head_office_is_the_same_as_invoicing: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        from ..models.address_input import AddressInput  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.invoicing
        if value is not UNSET:
            field_dict["Invoicing"] = dump_model(value, "SaleDocumentAddressesInput.invoicing", AddressInput, False)
        value = self.delivery
        if value is not UNSET:
            field_dict["Delivery"] = to_json(value)
        value = self.head_office
        if value is not UNSET:
            field_dict["HeadOffice"] = to_json(value)
        value = self.delivery_is_the_same_as_invoicing
        if value is not UNSET:
            field_dict["DeliveryIsTheSameAsInvoicing"] = dump(
                value, "SaleDocumentAddressesInput.delivery_is_the_same_as_invoicing", "bool", False
            )
        value = self.head_office_is_the_same_as_invoicing
        if value is not UNSET:
            field_dict["HeadOfficeIsTheSameAsInvoicing"] = dump(
                value, "SaleDocumentAddressesInput.head_office_is_the_same_as_invoicing", "bool", False
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object (a response body or part of one) at JSON pointer ``_path``.

        ``null`` reads as None; numeric strings, dates given as date-times and enum names are accepted;
        anything else that does not fit raises ``ResponseValidationError`` naming its path.
        """
        from ..models.address_input import AddressInput  # noqa: PLC0415

        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise invalid(_path, None, "an object", src_dict)
        get = src_dict.get
        invoicing = get("Invoicing", UNSET)
        if invoicing is not UNSET:
            invoicing = AddressInput._read(invoicing, _path, "Invoicing")
        delivery = get("Delivery", UNSET)
        if delivery is not UNSET:
            delivery = AddressInput._read(delivery, _path, "Delivery")
        head_office = get("HeadOffice", UNSET)
        if head_office is not UNSET:
            head_office = AddressInput._read(head_office, _path, "HeadOffice")
        delivery_is_the_same_as_invoicing = get("DeliveryIsTheSameAsInvoicing", UNSET)
        if delivery_is_the_same_as_invoicing.__class__ is not bool:
            delivery_is_the_same_as_invoicing = read_bool(
                delivery_is_the_same_as_invoicing, _path, "DeliveryIsTheSameAsInvoicing"
            )
        head_office_is_the_same_as_invoicing = get("HeadOfficeIsTheSameAsInvoicing", UNSET)
        if head_office_is_the_same_as_invoicing.__class__ is not bool:
            head_office_is_the_same_as_invoicing = read_bool(
                head_office_is_the_same_as_invoicing, _path, "HeadOfficeIsTheSameAsInvoicing"
            )
        sale_document_addresses_input = object.__new__(cls)
        sale_document_addresses_input.invoicing = invoicing
        sale_document_addresses_input.delivery = delivery
        sale_document_addresses_input.head_office = head_office
        sale_document_addresses_input.delivery_is_the_same_as_invoicing = delivery_is_the_same_as_invoicing
        sale_document_addresses_input.head_office_is_the_same_as_invoicing = head_office_is_the_same_as_invoicing
        sale_document_addresses_input.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            sale_document_addresses_input.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return sale_document_addresses_input

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (SaleDocumentAddressesInput)", value)

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
        "Invoicing",
        "Delivery",
        "HeadOffice",
        "DeliveryIsTheSameAsInvoicing",
        "HeadOfficeIsTheSameAsInvoicing",
    }
)
