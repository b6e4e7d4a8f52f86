from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_fields_table import CustomFieldsTable


T = TypeVar("T", bound="CustomFieldsDatabase")


@_attrs_define
class CustomFieldsDatabase:
    """Un ensemble de tables.

    Attributes:
        tables (list[CustomFieldsTable] | Unset):
        name (str | Unset):
        label (str | Unset):
    """

    tables: list[CustomFieldsTable] | Unset = UNSET
    name: str | Unset = UNSET
    label: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tables: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tables, Unset):
            tables = []
            for tables_item_data in self.tables:
                tables_item = tables_item_data.to_dict()
                tables.append(tables_item)

        name = self.name

        label = self.label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tables is not UNSET:
            field_dict["tables"] = tables
        if name is not UNSET:
            field_dict["name"] = name
        if label is not UNSET:
            field_dict["label"] = label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_fields_table import CustomFieldsTable  # noqa: PLC0415

        d = dict(src_dict)
        _tables = d.pop("tables", UNSET)
        tables: list[CustomFieldsTable] | Unset = UNSET
        if _tables is not UNSET:
            tables = []
            for tables_item_data in _tables:
                tables_item = CustomFieldsTable.from_dict(tables_item_data)

                tables.append(tables_item)

        name = d.pop("name", UNSET)

        label = d.pop("label", UNSET)

        custom_fields_database = cls(
            tables=tables,
            name=name,
            label=label,
        )

        custom_fields_database.additional_properties = d
        return custom_fields_database

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
