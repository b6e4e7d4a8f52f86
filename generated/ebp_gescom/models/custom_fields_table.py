from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_fields_column import CustomFieldsColumn
    from ..models.custom_fields_options import CustomFieldsOptions
    from ..models.custom_fields_relation import CustomFieldsRelation


T = TypeVar("T", bound="CustomFieldsTable")


@_attrs_define
class CustomFieldsTable:
    """Une table du schéma.

    Attributes:
        indexes (str | Unset):
        options (list[CustomFieldsOptions] | Unset):
        columns (list[CustomFieldsColumn] | Unset):
        relations (list[CustomFieldsRelation] | Unset):
        name (str | Unset):
        label (str | Unset):
        description (str | Unset):
    """

    indexes: str | Unset = UNSET
    options: list[CustomFieldsOptions] | Unset = UNSET
    columns: list[CustomFieldsColumn] | Unset = UNSET
    relations: list[CustomFieldsRelation] | Unset = UNSET
    name: str | Unset = UNSET
    label: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        indexes = self.indexes

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        columns: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.columns, Unset):
            columns = []
            for columns_item_data in self.columns:
                columns_item = columns_item_data.to_dict()
                columns.append(columns_item)

        relations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.relations, Unset):
            relations = []
            for relations_item_data in self.relations:
                relations_item = relations_item_data.to_dict()
                relations.append(relations_item)

        name = self.name

        label = self.label

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if indexes is not UNSET:
            field_dict["indexes"] = indexes
        if options is not UNSET:
            field_dict["options"] = options
        if columns is not UNSET:
            field_dict["columns"] = columns
        if relations is not UNSET:
            field_dict["relations"] = relations
        if name is not UNSET:
            field_dict["name"] = name
        if label is not UNSET:
            field_dict["label"] = label
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_fields_column import CustomFieldsColumn  # noqa: PLC0415
        from ..models.custom_fields_options import CustomFieldsOptions  # noqa: PLC0415
        from ..models.custom_fields_relation import CustomFieldsRelation  # noqa: PLC0415

        d = dict(src_dict)
        indexes = d.pop("indexes", UNSET)

        _options = d.pop("options", UNSET)
        options: list[CustomFieldsOptions] | Unset = UNSET
        if _options is not UNSET:
            options = []
            for options_item_data in _options:
                options_item = CustomFieldsOptions.from_dict(options_item_data)

                options.append(options_item)

        _columns = d.pop("columns", UNSET)
        columns: list[CustomFieldsColumn] | Unset = UNSET
        if _columns is not UNSET:
            columns = []
            for columns_item_data in _columns:
                columns_item = CustomFieldsColumn.from_dict(columns_item_data)

                columns.append(columns_item)

        _relations = d.pop("relations", UNSET)
        relations: list[CustomFieldsRelation] | Unset = UNSET
        if _relations is not UNSET:
            relations = []
            for relations_item_data in _relations:
                relations_item = CustomFieldsRelation.from_dict(relations_item_data)

                relations.append(relations_item)

        name = d.pop("name", UNSET)

        label = d.pop("label", UNSET)

        description = d.pop("description", UNSET)

        custom_fields_table = cls(
            indexes=indexes,
            options=options,
            columns=columns,
            relations=relations,
            name=name,
            label=label,
            description=description,
        )

        custom_fields_table.additional_properties = d
        return custom_fields_table

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
