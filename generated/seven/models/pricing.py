from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from comptoir.runtime.checks import dump, to_json
from comptoir.runtime.reading import (
    invalid,
    pointer,
    read_any,
    read_int,
    read_list,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.country_pricing import CountryPricing


T = TypeVar("T", bound="Pricing")


@_attrs_define
class Pricing:
    """
    Attributes:
        count_countries (int | Unset): Nombre de pays dans la réponse.
        count_networks (int | Unset): Nombre de réseaux dans la réponse.
        countries (list[CountryPricing] | Unset):
    """

    count_countries: int | None | Unset = UNSET
    count_networks: int | None | Unset = UNSET
    countries: list[CountryPricing] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.count_countries
        if value is not UNSET:
            field_dict["countCountries"] = dump(value, "Pricing.count_countries", "int", False)
        value = self.count_networks
        if value is not UNSET:
            field_dict["countNetworks"] = dump(value, "Pricing.count_networks", "int", False)
        value = self.countries
        if value is not UNSET:
            field_dict["countries"] = dump(value, "Pricing.countries", "list", False)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object (a response body or part of one) at JSON pointer ``_path``.

        ``null`` reads as None; numeric strings, dates given as date-times and enum names are accepted;
        anything else that does not fit raises ``ResponseValidationError`` naming its path.
        """
        from ..models.country_pricing import CountryPricing  # noqa: PLC0415

        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise invalid(_path, None, "an object", src_dict)
        get = src_dict.get
        count_countries = get("countCountries", UNSET)
        if count_countries.__class__ is not int:
            count_countries = read_int(count_countries, _path, "countCountries")
        count_networks = get("countNetworks", UNSET)
        if count_networks.__class__ is not int:
            count_networks = read_int(count_networks, _path, "countNetworks")
        countries = get("countries", UNSET)
        if countries is not UNSET:
            countries = read_list(countries, _path, "countries", CountryPricing._read)
        pricing = object.__new__(cls)
        pricing.count_countries = count_countries
        pricing.count_networks = count_networks
        pricing.countries = countries
        pricing.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            pricing.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return pricing

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (Pricing)", value)

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
        "countCountries",
        "countNetworks",
        "countries",
    }
)
