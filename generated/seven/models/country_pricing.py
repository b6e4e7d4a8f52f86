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
    read_list,
    read_str,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.network_pricing import NetworkPricing


T = TypeVar("T", bound="CountryPricing")


@_attrs_define
class CountryPricing:
    """
    Attributes:
        country_code (str | Unset): Code pays ISO-3166 alpha-2.
        country_name (str | Unset):
        country_prefix (str | Unset): Indicatif téléphonique du pays, sans `+`.
        networks (list[NetworkPricing] | Unset):
    """

    country_code: str | None | Unset = UNSET
    country_name: str | None | Unset = UNSET
    country_prefix: str | None | Unset = UNSET
    networks: list[NetworkPricing] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.country_code
        if value is not UNSET:
            field_dict["countryCode"] = dump(value, "CountryPricing.country_code", "str", False)
        value = self.country_name
        if value is not UNSET:
            field_dict["countryName"] = dump(value, "CountryPricing.country_name", "str", False)
        value = self.country_prefix
        if value is not UNSET:
            field_dict["countryPrefix"] = dump(value, "CountryPricing.country_prefix", "str", False)
        value = self.networks
        if value is not UNSET:
            field_dict["networks"] = dump(value, "CountryPricing.networks", "list", False)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object (a response body or part of one) at JSON pointer ``_path``.

        ``null`` reads as None; numeric strings, dates given as date-times and enum names are accepted;
        anything else that does not fit raises ``ResponseValidationError`` naming its path.
        """
        from ..models.network_pricing import NetworkPricing  # noqa: PLC0415

        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise invalid(_path, None, "an object", src_dict)
        get = src_dict.get
        country_code = get("countryCode", UNSET)
        if country_code.__class__ is not str:
            country_code = read_str(country_code, _path, "countryCode")
        country_name = get("countryName", UNSET)
        if country_name.__class__ is not str:
            country_name = read_str(country_name, _path, "countryName")
        country_prefix = get("countryPrefix", UNSET)
        if country_prefix.__class__ is not str:
            country_prefix = read_str(country_prefix, _path, "countryPrefix")
        networks = get("networks", UNSET)
        if networks is not UNSET:
            networks = read_list(networks, _path, "networks", NetworkPricing._read)
        country_pricing = object.__new__(cls)
        country_pricing.country_code = country_code
        country_pricing.country_name = country_name
        country_pricing.country_prefix = country_prefix
        country_pricing.networks = networks
        country_pricing.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            country_pricing.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return country_pricing

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (CountryPricing)", value)

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
        "countryCode",
        "countryName",
        "countryPrefix",
        "networks",
    }
)
