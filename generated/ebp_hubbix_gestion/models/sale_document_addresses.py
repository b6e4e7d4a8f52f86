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

    invoicing: Address | None | Unset = UNSET
    delivery: Address | None | Unset = UNSET
    head_office: Address | None | Unset = UNSET
    delivery_is_the_same_as_invoicing: bool | None | Unset = UNSET
    head_office_is_the_same_as_invoicing: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        from ..models.address import Address  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.invoicing
        if value is not UNSET:
            field_dict["invoicing"] = dump_model(value, "SaleDocumentAddresses.invoicing", Address, False)
        value = self.delivery
        if value is not UNSET:
            field_dict["delivery"] = to_json(value)
        value = self.head_office
        if value is not UNSET:
            field_dict["headOffice"] = to_json(value)
        value = self.delivery_is_the_same_as_invoicing
        if value is not UNSET:
            field_dict["deliveryIsTheSameAsInvoicing"] = dump(
                value, "SaleDocumentAddresses.delivery_is_the_same_as_invoicing", "bool", False
            )
        value = self.head_office_is_the_same_as_invoicing
        if value is not UNSET:
            field_dict["headOfficeIsTheSameAsInvoicing"] = dump(
                value, "SaleDocumentAddresses.head_office_is_the_same_as_invoicing", "bool", False
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object (a response body or part of one) at JSON pointer ``_path``.

        ``null`` reads as None; numeric strings, dates given as date-times and enum names are accepted;
        anything else that does not fit raises ``ResponseValidationError`` naming its path.
        """
        from ..models.address import Address  # noqa: PLC0415

        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise invalid(_path, None, "an object", src_dict)
        get = src_dict.get
        invoicing = get("invoicing", UNSET)
        if invoicing is not UNSET:
            invoicing = Address._read(invoicing, _path, "invoicing")
        delivery = get("delivery", UNSET)
        if delivery is not UNSET:
            delivery = Address._read(delivery, _path, "delivery")
        head_office = get("headOffice", UNSET)
        if head_office is not UNSET:
            head_office = Address._read(head_office, _path, "headOffice")
        delivery_is_the_same_as_invoicing = get("deliveryIsTheSameAsInvoicing", UNSET)
        if delivery_is_the_same_as_invoicing.__class__ is not bool:
            delivery_is_the_same_as_invoicing = read_bool(
                delivery_is_the_same_as_invoicing, _path, "deliveryIsTheSameAsInvoicing"
            )
        head_office_is_the_same_as_invoicing = get("headOfficeIsTheSameAsInvoicing", UNSET)
        if head_office_is_the_same_as_invoicing.__class__ is not bool:
            head_office_is_the_same_as_invoicing = read_bool(
                head_office_is_the_same_as_invoicing, _path, "headOfficeIsTheSameAsInvoicing"
            )
        sale_document_addresses = object.__new__(cls)
        sale_document_addresses.invoicing = invoicing
        sale_document_addresses.delivery = delivery
        sale_document_addresses.head_office = head_office
        sale_document_addresses.delivery_is_the_same_as_invoicing = delivery_is_the_same_as_invoicing
        sale_document_addresses.head_office_is_the_same_as_invoicing = head_office_is_the_same_as_invoicing
        sale_document_addresses.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            sale_document_addresses.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return sale_document_addresses

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (SaleDocumentAddresses)", value)

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
        "delivery",
        "headOffice",
        "deliveryIsTheSameAsInvoicing",
        "headOfficeIsTheSameAsInvoicing",
    }
)
