from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

    count_countries: int | Unset = UNSET
    count_networks: int | Unset = UNSET
    countries: list[CountryPricing] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count_countries = self.count_countries

        count_networks = self.count_networks

        countries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.countries, Unset):
            countries = []
            for countries_item_data in self.countries:
                countries_item = countries_item_data.to_dict()
                countries.append(countries_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count_countries is not UNSET:
            field_dict["countCountries"] = count_countries
        if count_networks is not UNSET:
            field_dict["countNetworks"] = count_networks
        if countries is not UNSET:
            field_dict["countries"] = countries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.country_pricing import CountryPricing  # noqa: PLC0415

        d = dict(src_dict)
        count_countries = d.pop("countCountries", UNSET)

        count_networks = d.pop("countNetworks", UNSET)

        _countries = d.pop("countries", UNSET)
        countries: list[CountryPricing] | Unset = UNSET
        if _countries is not UNSET:
            countries = []
            for countries_item_data in _countries:
                countries_item = CountryPricing.from_dict(countries_item_data)

                countries.append(countries_item)

        pricing = cls(
            count_countries=count_countries,
            count_networks=count_networks,
            countries=countries,
        )

        pricing.additional_properties = d
        return pricing

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
