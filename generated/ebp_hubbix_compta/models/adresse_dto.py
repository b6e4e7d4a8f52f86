from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AdresseDto")


@_attrs_define
class AdresseDto:
    """Adresse d'un nouveau compte de tiers (AdresseDTO).

    Attributes:
        address (str | Unset): Rue.
        address2 (str | Unset): Complément.
        postal_code (str | Unset): Code postal.
        city (str | Unset): Ville.
        country (str | Unset): Pays.
    """

    address: str | Unset = UNSET
    address2: str | Unset = UNSET
    postal_code: str | Unset = UNSET
    city: str | Unset = UNSET
    country: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        address2 = self.address2

        postal_code = self.postal_code

        city = self.city

        country = self.country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if address2 is not UNSET:
            field_dict["address2"] = address2
        if postal_code is not UNSET:
            field_dict["postalCode"] = postal_code
        if city is not UNSET:
            field_dict["city"] = city
        if country is not UNSET:
            field_dict["country"] = country

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address = d.pop("address", UNSET)

        address2 = d.pop("address2", UNSET)

        postal_code = d.pop("postalCode", UNSET)

        city = d.pop("city", UNSET)

        country = d.pop("country", UNSET)

        adresse_dto = cls(
            address=address,
            address2=address2,
            postal_code=postal_code,
            city=city,
            country=country,
        )

        adresse_dto.additional_properties = d
        return adresse_dto

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
