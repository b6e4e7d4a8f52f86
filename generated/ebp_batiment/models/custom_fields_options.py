from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomFieldsOptions")


@_attrs_define
class CustomFieldsOptions:
    """Options d'une table ou d'une colonne.

    Attributes:
        ebp_system_table (str | Unset):
        edit_counter (str | Unset):
        lockable (str | Unset):
        record_synchronization_info (str | Unset):
        record_synchronization_version_info (str | Unset):
        system_info (str | Unset):
        tree_categories (str | Unset):
        user_defined_columns_count (str | Unset):
        user_defined_visible (str | Unset):
        user_defined_table_count (str | Unset):
        allow_calculated_user_fields (str | Unset):
        is_always_editable (str | Unset):
    """

    ebp_system_table: str | Unset = UNSET
    edit_counter: str | Unset = UNSET
    lockable: str | Unset = UNSET
    record_synchronization_info: str | Unset = UNSET
    record_synchronization_version_info: str | Unset = UNSET
    system_info: str | Unset = UNSET
    tree_categories: str | Unset = UNSET
    user_defined_columns_count: str | Unset = UNSET
    user_defined_visible: str | Unset = UNSET
    user_defined_table_count: str | Unset = UNSET
    allow_calculated_user_fields: str | Unset = UNSET
    is_always_editable: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ebp_system_table = self.ebp_system_table

        edit_counter = self.edit_counter

        lockable = self.lockable

        record_synchronization_info = self.record_synchronization_info

        record_synchronization_version_info = self.record_synchronization_version_info

        system_info = self.system_info

        tree_categories = self.tree_categories

        user_defined_columns_count = self.user_defined_columns_count

        user_defined_visible = self.user_defined_visible

        user_defined_table_count = self.user_defined_table_count

        allow_calculated_user_fields = self.allow_calculated_user_fields

        is_always_editable = self.is_always_editable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ebp_system_table is not UNSET:
            field_dict["ebpSystemTable"] = ebp_system_table
        if edit_counter is not UNSET:
            field_dict["editCounter"] = edit_counter
        if lockable is not UNSET:
            field_dict["lockable"] = lockable
        if record_synchronization_info is not UNSET:
            field_dict["recordSynchronizationInfo"] = record_synchronization_info
        if record_synchronization_version_info is not UNSET:
            field_dict["recordSynchronizationVersionInfo"] = record_synchronization_version_info
        if system_info is not UNSET:
            field_dict["systemInfo"] = system_info
        if tree_categories is not UNSET:
            field_dict["treeCategories"] = tree_categories
        if user_defined_columns_count is not UNSET:
            field_dict["userDefinedColumnsCount"] = user_defined_columns_count
        if user_defined_visible is not UNSET:
            field_dict["userDefinedVisible"] = user_defined_visible
        if user_defined_table_count is not UNSET:
            field_dict["userDefinedTableCount"] = user_defined_table_count
        if allow_calculated_user_fields is not UNSET:
            field_dict["allowCalculatedUserFields"] = allow_calculated_user_fields
        if is_always_editable is not UNSET:
            field_dict["isAlwaysEditable"] = is_always_editable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ebp_system_table = d.pop("ebpSystemTable", UNSET)

        edit_counter = d.pop("editCounter", UNSET)

        lockable = d.pop("lockable", UNSET)

        record_synchronization_info = d.pop("recordSynchronizationInfo", UNSET)

        record_synchronization_version_info = d.pop("recordSynchronizationVersionInfo", UNSET)

        system_info = d.pop("systemInfo", UNSET)

        tree_categories = d.pop("treeCategories", UNSET)

        user_defined_columns_count = d.pop("userDefinedColumnsCount", UNSET)

        user_defined_visible = d.pop("userDefinedVisible", UNSET)

        user_defined_table_count = d.pop("userDefinedTableCount", UNSET)

        allow_calculated_user_fields = d.pop("allowCalculatedUserFields", UNSET)

        is_always_editable = d.pop("isAlwaysEditable", UNSET)

        custom_fields_options = cls(
            ebp_system_table=ebp_system_table,
            edit_counter=edit_counter,
            lockable=lockable,
            record_synchronization_info=record_synchronization_info,
            record_synchronization_version_info=record_synchronization_version_info,
            system_info=system_info,
            tree_categories=tree_categories,
            user_defined_columns_count=user_defined_columns_count,
            user_defined_visible=user_defined_visible,
            user_defined_table_count=user_defined_table_count,
            allow_calculated_user_fields=allow_calculated_user_fields,
            is_always_editable=is_always_editable,
        )

        custom_fields_options.additional_properties = d
        return custom_fields_options

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
