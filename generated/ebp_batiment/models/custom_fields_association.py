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

    column: list[CustomFieldsColumn] | None | Unset = UNSET
    related_column: list[CustomFieldsRelatedColumn] | None | Unset = UNSET
    name: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.column
        if value is not UNSET:
            field_dict["column"] = dump(value, "CustomFieldsAssociation.column", "list", False)
        value = self.related_column
        if value is not UNSET:
            field_dict["relatedColumn"] = dump(value, "CustomFieldsAssociation.related_column", "list", False)
        value = self.name
        if value is not UNSET:
            field_dict["name"] = dump(value, "CustomFieldsAssociation.name", "str", False)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object (a response body or part of one) at JSON pointer ``_path``.

        ``null`` reads as None; numeric strings, dates given as date-times and enum names are accepted;
        anything else that does not fit raises ``ResponseValidationError`` naming its path.
        """
        from ..models.custom_fields_column import CustomFieldsColumn  # noqa: PLC0415
        from ..models.custom_fields_related_column import CustomFieldsRelatedColumn  # noqa: PLC0415

        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise invalid(_path, None, "an object", src_dict)
        get = src_dict.get
        column = get("column", UNSET)
        if column is not UNSET:
            column = read_list(column, _path, "column", CustomFieldsColumn._read)
        related_column = get("relatedColumn", UNSET)
        if related_column is not UNSET:
            related_column = read_list(related_column, _path, "relatedColumn", CustomFieldsRelatedColumn._read)
        name = get("name", UNSET)
        if name.__class__ is not str:
            name = read_str(name, _path, "name")
        custom_fields_association = object.__new__(cls)
        custom_fields_association.column = column
        custom_fields_association.related_column = related_column
        custom_fields_association.name = name
        custom_fields_association.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            custom_fields_association.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return custom_fields_association

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (CustomFieldsAssociation)", value)

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
        "column",
        "relatedColumn",
        "name",
    }
)
