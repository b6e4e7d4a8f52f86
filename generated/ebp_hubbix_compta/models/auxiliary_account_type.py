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
    read_bool,
    read_int,
    read_str,
    read_uuid,
)

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuxiliaryAccountType")


@_attrs_define
class AuxiliaryAccountType:
    """Catégorie de comptes de tiers.

    Attributes:
        uuid (UUID | Unset): UUID de la catégorie.
        name (str | Unset): Nom de la catégorie.
        prefix (str | Unset): Préfixe des numéros de compte.
        abbreviation (str | Unset): Abréviation.
        is_automatic (bool | Unset): Numérotation automatique.
        next_number (int | Unset): Prochain numéro.
        accounts (int | Unset): Nombre de comptes de la catégorie.
        general_account (str | Unset): Compte général (collectif) associé.
        nature_code (int | Unset): Code nature (16 à 20 dans les exemples).
    """

    uuid: UUID | None | Unset = UNSET
    name: str | None | Unset = UNSET
    prefix: str | None | Unset = UNSET
    abbreviation: str | None | Unset = UNSET
    is_automatic: bool | None | Unset = UNSET
    next_number: int | None | Unset = UNSET
    accounts: int | None | Unset = UNSET
    general_account: str | None | Unset = UNSET
    nature_code: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.uuid
        if value is not UNSET:
            field_dict["uuid"] = dump(value, "AuxiliaryAccountType.uuid", "uuid", False)
        value = self.name
        if value is not UNSET:
            field_dict["name"] = dump(value, "AuxiliaryAccountType.name", "str", False)
        value = self.prefix
        if value is not UNSET:
            field_dict["prefix"] = dump(value, "AuxiliaryAccountType.prefix", "str", False)
        value = self.abbreviation
        if value is not UNSET:
            field_dict["abbreviation"] = dump(value, "AuxiliaryAccountType.abbreviation", "str", False)
        value = self.is_automatic
        if value is not UNSET:
            field_dict["isAutomatic"] = dump(value, "AuxiliaryAccountType.is_automatic", "bool", False)
        value = self.next_number
        if value is not UNSET:
            field_dict["nextNumber"] = dump(value, "AuxiliaryAccountType.next_number", "int", False)
        value = self.accounts
        if value is not UNSET:
            field_dict["accounts"] = dump(value, "AuxiliaryAccountType.accounts", "int", False)
        value = self.general_account
        if value is not UNSET:
            field_dict["generalAccount"] = dump(value, "AuxiliaryAccountType.general_account", "str", False)
        value = self.nature_code
        if value is not UNSET:
            field_dict["natureCode"] = dump(value, "AuxiliaryAccountType.nature_code", "int", False)
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
        name = get("name", UNSET)
        if name.__class__ is not str:
            name = read_str(name, _path, "name")
        prefix = get("prefix", UNSET)
        if prefix.__class__ is not str:
            prefix = read_str(prefix, _path, "prefix")
        abbreviation = get("abbreviation", UNSET)
        if abbreviation.__class__ is not str:
            abbreviation = read_str(abbreviation, _path, "abbreviation")
        is_automatic = get("isAutomatic", UNSET)
        if is_automatic.__class__ is not bool:
            is_automatic = read_bool(is_automatic, _path, "isAutomatic")
        next_number = get("nextNumber", UNSET)
        if next_number.__class__ is not int:
            next_number = read_int(next_number, _path, "nextNumber")
        accounts = get("accounts", UNSET)
        if accounts.__class__ is not int:
            accounts = read_int(accounts, _path, "accounts")
        general_account = get("generalAccount", UNSET)
        if general_account.__class__ is not str:
            general_account = read_str(general_account, _path, "generalAccount")
        nature_code = get("natureCode", UNSET)
        if nature_code.__class__ is not int:
            nature_code = read_int(nature_code, _path, "natureCode")
        auxiliary_account_type = object.__new__(cls)
        auxiliary_account_type.uuid = uuid
        auxiliary_account_type.name = name
        auxiliary_account_type.prefix = prefix
        auxiliary_account_type.abbreviation = abbreviation
        auxiliary_account_type.is_automatic = is_automatic
        auxiliary_account_type.next_number = next_number
        auxiliary_account_type.accounts = accounts
        auxiliary_account_type.general_account = general_account
        auxiliary_account_type.nature_code = nature_code
        auxiliary_account_type.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            auxiliary_account_type.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return auxiliary_account_type

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (AuxiliaryAccountType)", value)

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
        "name",
        "prefix",
        "abbreviation",
        "isAutomatic",
        "nextNumber",
        "accounts",
        "generalAccount",
        "natureCode",
    }
)
