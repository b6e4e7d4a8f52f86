from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_fields_database import CustomFieldsDatabase


T = TypeVar("T", bound="CustomFieldsSchema")


@_attrs_define
class CustomFieldsSchema:
    """Schéma de la base cliente avec les champs personnalisés.

    Attributes:
        schema (list[CustomFieldsDatabase] | Unset):
        version (str | Unset):
    """

    schema: list[CustomFieldsDatabase] | Unset = UNSET
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        schema: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.schema, Unset):
            schema = []
            for schema_item_data in self.schema:
                schema_item = schema_item_data.to_dict()
                schema.append(schema_item)

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if schema is not UNSET:
            field_dict["schema"] = schema
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_fields_database import CustomFieldsDatabase  # noqa: PLC0415

        d = dict(src_dict)
        _schema = d.pop("schema", UNSET)
        schema: list[CustomFieldsDatabase] | Unset = UNSET
        if _schema is not UNSET:
            schema = []
            for schema_item_data in _schema:
                schema_item = CustomFieldsDatabase.from_dict(schema_item_data)

                schema.append(schema_item)

        version = d.pop("version", UNSET)

        custom_fields_schema = cls(
            schema=schema,
            version=version,
        )

        custom_fields_schema.additional_properties = d
        return custom_fields_schema

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
