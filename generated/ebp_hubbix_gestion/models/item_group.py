from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

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
)

from ..types import UNSET, Unset

T = TypeVar("T", bound="ItemGroup")


@_attrs_define
class ItemGroup:
    """Famille d'articles.

    Attributes:
        id (int | Unset): Identifiant de la famille d'articles.
        label (str | Unset): Libellé.
        vat_id (int | Unset): Identifiant du taux de TVA.
        can_delete (bool | Unset): Indique si la famille d'articles peut être supprimée.
    """

    id: int | None | Unset = UNSET
    label: str | None | Unset = UNSET
    vat_id: int | None | Unset = UNSET
    can_delete: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.id
        if value is not UNSET:
            field_dict["id"] = dump(value, "ItemGroup.id", "int", False)
        value = self.label
        if value is not UNSET:
            field_dict["label"] = dump(value, "ItemGroup.label", "str", False)
        value = self.vat_id
        if value is not UNSET:
            field_dict["vatId"] = dump(value, "ItemGroup.vat_id", "int", False)
        value = self.can_delete
        if value is not UNSET:
            field_dict["canDelete"] = dump(value, "ItemGroup.can_delete", "bool", False)
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
        id = get("id", UNSET)
        if id.__class__ is not int:
            id = read_int(id, _path, "id")
        label = get("label", UNSET)
        if label.__class__ is not str:
            label = read_str(label, _path, "label")
        vat_id = get("vatId", UNSET)
        if vat_id.__class__ is not int:
            vat_id = read_int(vat_id, _path, "vatId")
        can_delete = get("canDelete", UNSET)
        if can_delete.__class__ is not bool:
            can_delete = read_bool(can_delete, _path, "canDelete")
        item_group = object.__new__(cls)
        item_group.id = id
        item_group.label = label
        item_group.vat_id = vat_id
        item_group.can_delete = can_delete
        item_group.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            item_group.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return item_group

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (ItemGroup)", value)

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
        "id",
        "label",
        "vatId",
        "canDelete",
    }
)
