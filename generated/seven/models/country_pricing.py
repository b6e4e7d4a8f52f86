from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.network_pricing import NetworkPricing


T = TypeVar("T", bound="CountryPricing")


@_attrs_define
class CountryPricing:
    """
    Attributes:
        country_code (str): Code pays ISO-3166 alpha-2.
        country_name (str):
        country_prefix (str): Indicatif téléphonique du pays, sans `+`.
        networks (list[NetworkPricing]):
    """

    country_code: str
    country_name: str
    country_prefix: str
    networks: list[NetworkPricing]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country_code = self.country_code

        country_name = self.country_name

        country_prefix = self.country_prefix

        networks = []
        for networks_item_data in self.networks:
            networks_item = networks_item_data.to_dict()
            networks.append(networks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "countryCode": country_code,
                "countryName": country_name,
                "countryPrefix": country_prefix,
                "networks": networks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.network_pricing import NetworkPricing  # noqa: PLC0415

        d = dict(src_dict)
        country_code = d.pop("countryCode")

        country_name = d.pop("countryName")

        country_prefix = d.pop("countryPrefix")

        networks = []
        _networks = d.pop("networks")
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
