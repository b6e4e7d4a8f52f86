from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from comptoir.runtime.checks import dump, to_json
from comptoir.runtime.reading import (
    invalid,
    pointer,
    read_any,
    read_str,
    read_uuid,
)

from ..types import UNSET, Unset

T = TypeVar("T", bound="AdresseUpdateDto")


@_attrs_define
class AdresseUpdateDto:
    """Adresse d'un compte de tiers modifié (AdresseDTO de la mise à jour, avec UUID).

    Attributes:
        uuid (UUID | Unset): UUID de l'adresse.
        address (str | Unset): Rue.
        address2 (str | Unset): Complément.
        postal_code (str | Unset): Code postal.
        city (str | Unset): Ville.
        country (str | Unset): Pays.
    """

    uuid: UUID | None | Unset = UNSET
    address: str | None | Unset = UNSET
    address2: str | None | Unset = UNSET
    postal_code: str | None | Unset = UNSET
    city: str | None | Unset = UNSET
    country: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.uuid
        if value is not UNSET:
            field_dict["uuid"] = dump(value, "AdresseUpdateDto.uuid", "uuid", False)
        value = self.address
        if value is not UNSET:
            field_dict["address"] = dump(value, "AdresseUpdateDto.address", "str", False)
        value = self.address2
        if value is not UNSET:
            field_dict["address2"] = dump(value, "AdresseUpdateDto.address2", "str", False)
        value = self.postal_code
        if value is not UNSET:
            field_dict["postalCode"] = dump(value, "AdresseUpdateDto.postal_code", "str", False)
        value = self.city
        if value is not UNSET:
            field_dict["city"] = dump(value, "AdresseUpdateDto.city", "str", False)
        value = self.country
        if value is not UNSET:
            field_dict["country"] = dump(value, "AdresseUpdateDto.country", "str", False)
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
        uuid = get("uuid", UNSET)
        if uuid is not UNSET:
            uuid = read_uuid(uuid, _path, "uuid")
        address = get("address", UNSET)
        if address.__class__ is not str:
            address = read_str(address, _path, "address")
        address2 = get("address2", UNSET)
        if address2.__class__ is not str:
            address2 = read_str(address2, _path, "address2")
        postal_code = get("postalCode", UNSET)
        if postal_code.__class__ is not str:
            postal_code = read_str(postal_code, _path, "postalCode")
        city = get("city", UNSET)
        if city.__class__ is not str:
            city = read_str(city, _path, "city")
        country = get("country", UNSET)
        if country.__class__ is not str:
            country = read_str(country, _path, "country")
        adresse_update_dto = object.__new__(cls)
        adresse_update_dto.uuid = uuid
        adresse_update_dto.address = address
        adresse_update_dto.address2 = address2
        adresse_update_dto.postal_code = postal_code
        adresse_update_dto.city = city
        adresse_update_dto.country = country
        adresse_update_dto.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            adresse_update_dto.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return adresse_update_dto

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (AdresseUpdateDto)", value)

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
        "uuid",
        "address",
        "address2",
        "postalCode",
        "city",
        "country",
    }
)
