from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_fields_column import CustomFieldsColumn
    from ..models.custom_fields_related_column import CustomFieldsRelatedColumn


T = TypeVar("T", bound="CustomFieldsAssociation")


@_attrs_define
class CustomFieldsAssociation:
    """Une association de colonnes d'une relation.

    Attributes:
        column (list[CustomFieldsColumn] | Unset):
        related_column (list[CustomFieldsRelatedColumn] | Unset):
        name (str | Unset):
    """

    column: list[CustomFieldsColumn] | Unset = UNSET
    related_column: list[CustomFieldsRelatedColumn] | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        column: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.column, Unset):
            column = []
            for column_item_data in self.column:
                column_item = column_item_data.to_dict()
                column.append(column_item)

        related_column: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.related_column, Unset):
            related_column = []
            for related_column_item_data in self.related_column:
                related_column_item = related_column_item_data.to_dict()
                related_column.append(related_column_item)

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if column is not UNSET:
            field_dict["column"] = column
        if related_column is not UNSET:
            field_dict["relatedColumn"] = related_column
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_fields_column import CustomFieldsColumn  # noqa: PLC0415
        from ..models.custom_fields_related_column import CustomFieldsRelatedColumn  # noqa: PLC0415

        d = dict(src_dict)
        _column = d.pop("column", UNSET)
        column: list[CustomFieldsColumn] | Unset = UNSET
        if _column is not UNSET:
            column = []
            for column_item_data in _column:
                column_item = CustomFieldsColumn.from_dict(column_item_data)

                column.append(column_item)

        _related_column = d.pop("relatedColumn", UNSET)
        related_column: list[CustomFieldsRelatedColumn] | Unset = UNSET
        if _related_column is not UNSET:
            related_column = []
            for related_column_item_data in _related_column:
                related_column_item = CustomFieldsRelatedColumn.from_dict(related_column_item_data)

                related_column.append(related_column_item)

        name = d.pop("name", UNSET)

        custom_fields_association = cls(
            column=column,
            related_column=related_column,
            name=name,
        )

        custom_fields_association.additional_properties = d
        return custom_fields_association

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
