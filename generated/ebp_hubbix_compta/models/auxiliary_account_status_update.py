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
    read_list,
    read_uuid,
)

from ..models.status_change_method import StatusChangeMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuxiliaryAccountStatusUpdate")


@_attrs_define
class AuxiliaryAccountStatusUpdate:
    """Modification du statut d'un ou plusieurs comptes de tiers.

    Attributes:
        uuids (list[UUID] | Unset): Identifiants des comptes.
        method (StatusChangeMethod | Unset): Portée de la modification de statut :
            1 = ne change que les UUIDs listés (OnlyUuids) ;
            2 = change tout sauf les UUIDs listés (AllExceptUuids).
        active (bool | Unset): Actif ou non.
    """

    uuids: list[UUID] | None | Unset = UNSET
    method: StatusChangeMethod | None | Unset = UNSET
    active: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.uuids
        if value is not UNSET:
            field_dict["uuids"] = dump(value, "AuxiliaryAccountStatusUpdate.uuids", "list", False)
        value = self.method
        if value is not UNSET:
            field_dict["method"] = dump(value, "AuxiliaryAccountStatusUpdate.method", "enum", False, StatusChangeMethod)
        value = self.active
        if value is not UNSET:
            field_dict["active"] = dump(value, "AuxiliaryAccountStatusUpdate.active", "bool", False)
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
        auxiliary_account_status_update = object.__new__(cls)
        auxiliary_account_status_update.uuids = uuids
        auxiliary_account_status_update.method = method
        auxiliary_account_status_update.active = active
        auxiliary_account_status_update.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            auxiliary_account_status_update.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return auxiliary_account_status_update

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (AuxiliaryAccountStatusUpdate)", value)

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
    }
)
