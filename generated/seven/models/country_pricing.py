from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

    country_code: str | Unset = UNSET
    country_name: str | Unset = UNSET
    country_prefix: str | Unset = UNSET
    networks: list[NetworkPricing] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country_code = self.country_code

        country_name = self.country_name

        country_prefix = self.country_prefix

        networks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.networks, Unset):
            networks = []
            for networks_item_data in self.networks:
                networks_item = networks_item_data.to_dict()
                networks.append(networks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if country_code is not UNSET:
            field_dict["countryCode"] = country_code
        if country_name is not UNSET:
            field_dict["countryName"] = country_name
        if country_prefix is not UNSET:
            field_dict["countryPrefix"] = country_prefix
        if networks is not UNSET:
            field_dict["networks"] = networks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.network_pricing import NetworkPricing  # noqa: PLC0415

        d = dict(src_dict)
        country_code = d.pop("countryCode", UNSET)

        country_name = d.pop("countryName", UNSET)

        country_prefix = d.pop("countryPrefix", UNSET)

        _networks = d.pop("networks", UNSET)
        networks: list[NetworkPricing] | Unset = UNSET
        if _networks is not UNSET:
            networks = []
            for networks_item_data in _networks:
                networks_item = NetworkPricing.from_dict(networks_item_data)

                networks.append(networks_item)

        country_pricing = cls(
            country_code=country_code,
            country_name=country_name,
            country_prefix=country_prefix,
            networks=networks,
        )

        country_pricing.additional_properties = d
        return country_pricing

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
