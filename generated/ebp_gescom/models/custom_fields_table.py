from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from comptoir.runtime.checks import dump, to_json
from comptoir.runtime.reading import (
    invalid,
    pointer,
    read_any,
    read_list,
    read_str,
)

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

    indexes: str | None | Unset = UNSET
    options: list[CustomFieldsOptions] | None | Unset = UNSET
    columns: list[CustomFieldsColumn] | None | Unset = UNSET
    relations: list[CustomFieldsRelation] | None | Unset = UNSET
    name: str | None | Unset = UNSET
    label: str | None | Unset = UNSET
    description: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.indexes
        if value is not UNSET:
            field_dict["indexes"] = dump(value, "CustomFieldsTable.indexes", "str", False)
        value = self.options
        if value is not UNSET:
            field_dict["options"] = dump(value, "CustomFieldsTable.options", "list", False)
        value = self.columns
        if value is not UNSET:
            field_dict["columns"] = dump(value, "CustomFieldsTable.columns", "list", False)
        value = self.relations
        if value is not UNSET:
            field_dict["relations"] = dump(value, "CustomFieldsTable.relations", "list", False)
        value = self.name
        if value is not UNSET:
            field_dict["name"] = dump(value, "CustomFieldsTable.name", "str", False)
        value = self.label
        if value is not UNSET:
            field_dict["label"] = dump(value, "CustomFieldsTable.label", "str", False)
        value = self.description
        if value is not UNSET:
            field_dict["description"] = dump(value, "CustomFieldsTable.description", "str", False)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object (a response body or part of one) at JSON pointer ``_path``.

        ``null`` reads as None; numeric strings, dates given as date-times and enum names are accepted;
        anything else that does not fit raises ``ResponseValidationError`` naming its path.
        """
        from ..models.custom_fields_column import CustomFieldsColumn  # noqa: PLC0415
        from ..models.custom_fields_options import CustomFieldsOptions  # noqa: PLC0415
        from ..models.custom_fields_relation import CustomFieldsRelation  # noqa: PLC0415

        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise invalid(_path, None, "an object", src_dict)
        get = src_dict.get
        indexes = get("indexes", UNSET)
        if indexes.__class__ is not str:
            indexes = read_str(indexes, _path, "indexes")
        options = get("options", UNSET)
        if options is not UNSET:
            options = read_list(options, _path, "options", CustomFieldsOptions._read)
        columns = get("columns", UNSET)
        if columns is not UNSET:
            columns = read_list(columns, _path, "columns", CustomFieldsColumn._read)
        relations = get("relations", UNSET)
        if relations is not UNSET:
            relations = read_list(relations, _path, "relations", CustomFieldsRelation._read)
        name = get("name", UNSET)
        if name.__class__ is not str:
            name = read_str(name, _path, "name")
        label = get("label", UNSET)
        if label.__class__ is not str:
            label = read_str(label, _path, "label")
        description = get("description", UNSET)
        if description.__class__ is not str:
            description = read_str(description, _path, "description")
        custom_fields_table = object.__new__(cls)
        custom_fields_table.indexes = indexes
        custom_fields_table.options = options
        custom_fields_table.columns = columns
        custom_fields_table.relations = relations
        custom_fields_table.name = name
        custom_fields_table.label = label
        custom_fields_table.description = description
        custom_fields_table.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            custom_fields_table.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return custom_fields_table

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (CustomFieldsTable)", value)

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
        "indexes",
        "options",
        "columns",
        "relations",
        "name",
        "label",
        "description",
    }
)
