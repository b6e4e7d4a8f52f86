from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Address")


@_attrs_define
class Address:
    """Adresse (rue, complément, code postal, ville, pays).

    Attributes:
        street (str | Unset): Adresse. Example: Rue des Bosses.
        additional_street (str | Unset): Complément d'adresse.
        post_code (str | Unset): Code postal. Example: 22440.
        city (str | Unset): Ville. Example: Ploufragan.
        country (str | Unset): Pays. Example: France.
    """

    street: str | Unset = UNSET
    additional_street: str | Unset = UNSET
    post_code: str | Unset = UNSET
    city: str | Unset = UNSET
    country: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        street = self.street

        additional_street = self.additional_street

        post_code = self.post_code

        city = self.city

        country = self.country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if street is not UNSET:
            field_dict["street"] = street
        if additional_street is not UNSET:
            field_dict["additionalStreet"] = additional_street
        if post_code is not UNSET:
            field_dict["postCode"] = post_code
        if city is not UNSET:
            field_dict["city"] = city
        if country is not UNSET:
            field_dict["country"] = country

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        street = d.pop("street", UNSET)

        additional_street = d.pop("additionalStreet", UNSET)

        post_code = d.pop("postCode", UNSET)

        city = d.pop("city", UNSET)

        country = d.pop("country", UNSET)

        address = cls(
            street=street,
            additional_street=additional_street,
            post_code=post_code,
            city=city,
            country=country,
        )

        address.additional_properties = d
        return address

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
