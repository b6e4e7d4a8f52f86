from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from comptoir.runtime.checks import dump, to_json
from comptoir.runtime.reading import (
    invalid,
    pointer,
    read_any,
    read_str,
)

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddressInput")


@_attrs_define
class AddressInput:
    """Adresse d'un document de vente à créer ou modifier.

    Attributes:
        street (str | Unset): Rue. Example: 123 Rue de la Facturation.
        additional_street (str | Unset): Complément d'adresse. Example: Appartement 5.
        post_code (str | Unset): Code postal. Example: 75001.
        city (str | Unset): Ville. Example: Paris.
        country (str | Unset): Pays. Example: France.
    """

    street: str | None | Unset = UNSET
    additional_street: str | None | Unset = UNSET
    post_code: str | None | Unset = UNSET
    city: str | None | Unset = UNSET
    country: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.street
        if value is not UNSET:
            field_dict["Street"] = dump(value, "AddressInput.street", "str", False)
        value = self.additional_street
        if value is not UNSET:
            field_dict["AdditionalStreet"] = dump(value, "AddressInput.additional_street", "str", False)
        value = self.post_code
        if value is not UNSET:
            field_dict["PostCode"] = dump(value, "AddressInput.post_code", "str", False)
        value = self.city
        if value is not UNSET:
            field_dict["City"] = dump(value, "AddressInput.city", "str", False)
        value = self.country
        if value is not UNSET:
            field_dict["Country"] = dump(value, "AddressInput.country", "str", False)
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
        street = get("Street", UNSET)
        if street.__class__ is not str:
            street = read_str(street, _path, "Street")
        additional_street = get("AdditionalStreet", UNSET)
        if additional_street.__class__ is not str:
            additional_street = read_str(additional_street, _path, "AdditionalStreet")
        post_code = get("PostCode", UNSET)
        if post_code.__class__ is not str:
            post_code = read_str(post_code, _path, "PostCode")
        city = get("City", UNSET)
        if city.__class__ is not str:
            city = read_str(city, _path, "City")
        country = get("Country", UNSET)
        if country.__class__ is not str:
            country = read_str(country, _path, "Country")
        address_input = object.__new__(cls)
        address_input.street = street
        address_input.additional_street = additional_street
        address_input.post_code = post_code
        address_input.city = city
        address_input.country = country
        address_input.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            address_input.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return address_input

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (AddressInput)", value)

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
        "Street",
        "AdditionalStreet",
        "PostCode",
        "City",
        "Country",
    }
)
