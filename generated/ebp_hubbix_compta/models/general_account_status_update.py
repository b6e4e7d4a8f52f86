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
    read_list,
    read_str,
    read_uuid,
)

from ..models.status_change_method import StatusChangeMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="GeneralAccountStatusUpdate")


@_attrs_define
class GeneralAccountStatusUpdate:
    """Modification du statut d'un ou plusieurs comptes généraux. Les champs `isActive`,
    `isRacine`, `isCollective`, `search` et `class` sont des filtres.

        Attributes:
            uuids (list[UUID] | Unset): UUIDs des comptes.
            method (StatusChangeMethod | Unset): Portée de la modification de statut :
                1 = ne change que les UUIDs listés (OnlyUuids) ;
                2 = change tout sauf les UUIDs listés (AllExceptUuids).
            active (bool | Unset): Mettre true pour rendre actif.
            is_active (bool | Unset): Filtre : est actif.
            is_racine (bool | Unset): Filtre : est un compte racine.
            is_collective (bool | Unset): Filtre : est collectif.
            search (str | Unset): Filtre : recherche globale.
            class_ (int | Unset): Filtre : classe de comptes.
    """

    uuids: list[UUID] | None | Unset = UNSET
    method: StatusChangeMethod | None | Unset = UNSET
    active: bool | None | Unset = UNSET
    is_active: bool | None | Unset = UNSET
    is_racine: bool | None | Unset = UNSET
    is_collective: bool | None | Unset = UNSET
    search: str | None | Unset = UNSET
    class_: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.uuids
        if value is not UNSET:
            field_dict["uuids"] = dump(value, "GeneralAccountStatusUpdate.uuids", "list", False)
        value = self.method
        if value is not UNSET:
            field_dict["method"] = dump(value, "GeneralAccountStatusUpdate.method", "enum", False, StatusChangeMethod)
        value = self.active
        if value is not UNSET:
            field_dict["active"] = dump(value, "GeneralAccountStatusUpdate.active", "bool", False)
        value = self.is_active
        if value is not UNSET:
            field_dict["isActive"] = dump(value, "GeneralAccountStatusUpdate.is_active", "bool", False)
        value = self.is_racine
        if value is not UNSET:
            field_dict["isRacine"] = dump(value, "GeneralAccountStatusUpdate.is_racine", "bool", False)
        value = self.is_collective
        if value is not UNSET:
            field_dict["isCollective"] = dump(value, "GeneralAccountStatusUpdate.is_collective", "bool", False)
        value = self.search
        if value is not UNSET:
            field_dict["search"] = dump(value, "GeneralAccountStatusUpdate.search", "str", False)
        value = self.class_
        if value is not UNSET:
            field_dict["class"] = dump(value, "GeneralAccountStatusUpdate.class_", "int", False)
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
        uuids = get("uuids", UNSET)
        if uuids is not UNSET:
            uuids = read_list(uuids, _path, "uuids", read_uuid)
        method = get("method", UNSET)
        if method.__class__ is int and method in StatusChangeMethod._value2member_map_:
            method = StatusChangeMethod._value2member_map_[method]
        elif method is not UNSET:
            method = StatusChangeMethod._read(method, _path, "method")
        active = get("active", UNSET)
        if active.__class__ is not bool:
            active = read_bool(active, _path, "active")
        is_active = get("isActive", UNSET)
        if is_active.__class__ is not bool:
            is_active = read_bool(is_active, _path, "isActive")
        is_racine = get("isRacine", UNSET)
        if is_racine.__class__ is not bool:
            is_racine = read_bool(is_racine, _path, "isRacine")
        is_collective = get("isCollective", UNSET)
        if is_collective.__class__ is not bool:
            is_collective = read_bool(is_collective, _path, "isCollective")
        search = get("search", UNSET)
        if search.__class__ is not str:
            search = read_str(search, _path, "search")
        class_ = get("class", UNSET)
        if class_.__class__ is not int:
            class_ = read_int(class_, _path, "class")
        general_account_status_update = object.__new__(cls)
        general_account_status_update.uuids = uuids
        general_account_status_update.method = method
        general_account_status_update.active = active
        general_account_status_update.is_active = is_active
        general_account_status_update.is_racine = is_racine
        general_account_status_update.is_collective = is_collective
        general_account_status_update.search = search
        general_account_status_update.class_ = class_
        general_account_status_update.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            general_account_status_update.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return general_account_status_update

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (GeneralAccountStatusUpdate)", value)

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
        "uuids",
        "method",
        "active",
        "isActive",
        "isRacine",
        "isCollective",
        "search",
        "class",
    }
)
