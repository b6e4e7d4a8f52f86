from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TableDependencies")


@_attrs_define
class TableDependencies:
    """Dépendances (tables secondaires) utilisables comme préfixes de colonnes.

    Attributes:
        linked_tables (list[str] | Unset):
    """

    linked_tables: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        linked_tables: list[str] | Unset = UNSET
        if not isinstance(self.linked_tables, Unset):
            linked_tables = self.linked_tables

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if linked_tables is not UNSET:
            field_dict["linkedTables"] = linked_tables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        linked_tables = cast(list[str], d.pop("linkedTables", UNSET))

        table_dependencies = cls(
            linked_tables=linked_tables,
        )

        table_dependencies.additional_properties = d
        return table_dependencies

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
