from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from comptoir.errors import ArgumentTypeError
from comptoir.runtime.checks import dump, to_json
from comptoir.runtime.reading import (
    invalid,
    missing,
    pointer,
    read_any,
    read_int,
    read_str,
    read_uuid,
)

from ..types import UNSET, Unset

T = TypeVar("T", bound="CategoriesDeTiersDto")


@_attrs_define
class CategoriesDeTiersDto:
    """Catégorie de tiers (CategoriesDeTiersDTO).

    Attributes:
        uuid (UUID): UUID de la catégorie.
        prefix (str): Préfixe.
        next_number (int): Prochain numéro.
        is_automatic (int | Unset): Numérotation automatique (« Est Automatique »).
        general_account (str | Unset): Compte général.
    """

    uuid: UUID | None
    prefix: str | None
    next_number: int | None
    is_automatic: int | None | Unset = UNSET
    general_account: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.uuid
        if value is UNSET:
            raise ArgumentTypeError("is required", parameter="CategoriesDeTiersDto.uuid")
        field_dict["uuid"] = dump(value, "CategoriesDeTiersDto.uuid", "uuid", False)
        value = self.prefix
        if value is UNSET:
            raise ArgumentTypeError("is required", parameter="CategoriesDeTiersDto.prefix")
        field_dict["prefix"] = dump(value, "CategoriesDeTiersDto.prefix", "str", False)
        value = self.next_number
        if value is UNSET:
            raise ArgumentTypeError("is required", parameter="CategoriesDeTiersDto.next_number")
        field_dict["nextNumber"] = dump(value, "CategoriesDeTiersDto.next_number", "int", False)
        value = self.is_automatic
        if value is not UNSET:
            field_dict["isAutomatic"] = dump(value, "CategoriesDeTiersDto.is_automatic", "int", False)
        value = self.general_account
        if value is not UNSET:
            field_dict["generalAccount"] = dump(value, "CategoriesDeTiersDto.general_account", "str", False)
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
        if uuid is UNSET:
            raise missing(_path, "uuid", "a UUID")
        if uuid is not UNSET:
            uuid = read_uuid(uuid, _path, "uuid")
        prefix = get("prefix", UNSET)
        if prefix is UNSET:
            raise missing(_path, "prefix", "a string")
        if prefix.__class__ is not str:
            prefix = read_str(prefix, _path, "prefix")
        next_number = get("nextNumber", UNSET)
        if next_number is UNSET:
            raise missing(_path, "nextNumber", "an integer")
        if next_number.__class__ is not int:
            next_number = read_int(next_number, _path, "nextNumber")
        is_automatic = get("isAutomatic", UNSET)
        if is_automatic.__class__ is not int:
            is_automatic = read_int(is_automatic, _path, "isAutomatic")
        general_account = get("generalAccount", UNSET)
        if general_account.__class__ is not str:
            general_account = read_str(general_account, _path, "generalAccount")
        categories_de_tiers_dto = object.__new__(cls)
        categories_de_tiers_dto.uuid = uuid
        categories_de_tiers_dto.prefix = prefix
        categories_de_tiers_dto.next_number = next_number
        categories_de_tiers_dto.is_automatic = is_automatic
        categories_de_tiers_dto.general_account = general_account
        categories_de_tiers_dto.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            categories_de_tiers_dto.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return categories_de_tiers_dto

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (CategoriesDeTiersDto)", value)

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
        "prefix",
        "nextNumber",
        "isAutomatic",
        "generalAccount",
    }
)
