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
    read_str,
)

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

    ebp_system_table: str | None | Unset = UNSET
    edit_counter: str | None | Unset = UNSET
    lockable: str | None | Unset = UNSET
    record_synchronization_info: str | None | Unset = UNSET
    record_synchronization_version_info: str | None | Unset = UNSET
    system_info: str | None | Unset = UNSET
    tree_categories: str | None | Unset = UNSET
    user_defined_columns_count: str | None | Unset = UNSET
    user_defined_visible: str | None | Unset = UNSET
    user_defined_table_count: str | None | Unset = UNSET
    allow_calculated_user_fields: str | None | Unset = UNSET
    is_always_editable: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.ebp_system_table
        if value is not UNSET:
            field_dict["ebpSystemTable"] = dump(value, "CustomFieldsOptions.ebp_system_table", "str", False)
        value = self.edit_counter
        if value is not UNSET:
            field_dict["editCounter"] = dump(value, "CustomFieldsOptions.edit_counter", "str", False)
        value = self.lockable
        if value is not UNSET:
            field_dict["lockable"] = dump(value, "CustomFieldsOptions.lockable", "str", False)
        value = self.record_synchronization_info
        if value is not UNSET:
            field_dict["recordSynchronizationInfo"] = dump(
                value, "CustomFieldsOptions.record_synchronization_info", "str", False
            )
        value = self.record_synchronization_version_info
        if value is not UNSET:
            field_dict["recordSynchronizationVersionInfo"] = dump(
                value, "CustomFieldsOptions.record_synchronization_version_info", "str", False
            )
        value = self.system_info
        if value is not UNSET:
            field_dict["systemInfo"] = dump(value, "CustomFieldsOptions.system_info", "str", False)
        value = self.tree_categories
        if value is not UNSET:
            field_dict["treeCategories"] = dump(value, "CustomFieldsOptions.tree_categories", "str", False)
        value = self.user_defined_columns_count
        if value is not UNSET:
            field_dict["userDefinedColumnsCount"] = dump(
                value, "CustomFieldsOptions.user_defined_columns_count", "str", False
            )
        value = self.user_defined_visible
        if value is not UNSET:
            field_dict["userDefinedVisible"] = dump(value, "CustomFieldsOptions.user_defined_visible", "str", False)
        value = self.user_defined_table_count
        if value is not UNSET:
            field_dict["userDefinedTableCount"] = dump(
                value, "CustomFieldsOptions.user_defined_table_count", "str", False
            )
        value = self.allow_calculated_user_fields
        if value is not UNSET:
            field_dict["allowCalculatedUserFields"] = dump(
                value, "CustomFieldsOptions.allow_calculated_user_fields", "str", False
            )
        value = self.is_always_editable
        if value is not UNSET:
            field_dict["isAlwaysEditable"] = dump(value, "CustomFieldsOptions.is_always_editable", "str", False)
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
        ebp_system_table = get("ebpSystemTable", UNSET)
        if ebp_system_table.__class__ is not str:
            ebp_system_table = read_str(ebp_system_table, _path, "ebpSystemTable")
        edit_counter = get("editCounter", UNSET)
        if edit_counter.__class__ is not str:
            edit_counter = read_str(edit_counter, _path, "editCounter")
        lockable = get("lockable", UNSET)
        if lockable.__class__ is not str:
            lockable = read_str(lockable, _path, "lockable")
        record_synchronization_info = get("recordSynchronizationInfo", UNSET)
        if record_synchronization_info.__class__ is not str:
            record_synchronization_info = read_str(record_synchronization_info, _path, "recordSynchronizationInfo")
        record_synchronization_version_info = get("recordSynchronizationVersionInfo", UNSET)
        if record_synchronization_version_info.__class__ is not str:
            record_synchronization_version_info = read_str(
                record_synchronization_version_info, _path, "recordSynchronizationVersionInfo"
            )
        system_info = get("systemInfo", UNSET)
        if system_info.__class__ is not str:
            system_info = read_str(system_info, _path, "systemInfo")
        tree_categories = get("treeCategories", UNSET)
        if tree_categories.__class__ is not str:
            tree_categories = read_str(tree_categories, _path, "treeCategories")
        user_defined_columns_count = get("userDefinedColumnsCount", UNSET)
        if user_defined_columns_count.__class__ is not str:
            user_defined_columns_count = read_str(user_defined_columns_count, _path, "userDefinedColumnsCount")
        user_defined_visible = get("userDefinedVisible", UNSET)
        if user_defined_visible.__class__ is not str:
            user_defined_visible = read_str(user_defined_visible, _path, "userDefinedVisible")
        user_defined_table_count = get("userDefinedTableCount", UNSET)
        if user_defined_table_count.__class__ is not str:
            user_defined_table_count = read_str(user_defined_table_count, _path, "userDefinedTableCount")
        allow_calculated_user_fields = get("allowCalculatedUserFields", UNSET)
        if allow_calculated_user_fields.__class__ is not str:
            allow_calculated_user_fields = read_str(allow_calculated_user_fields, _path, "allowCalculatedUserFields")
        is_always_editable = get("isAlwaysEditable", UNSET)
        if is_always_editable.__class__ is not str:
            is_always_editable = read_str(is_always_editable, _path, "isAlwaysEditable")
        custom_fields_options = object.__new__(cls)
        custom_fields_options.ebp_system_table = ebp_system_table
        custom_fields_options.edit_counter = edit_counter
        custom_fields_options.lockable = lockable
        custom_fields_options.record_synchronization_info = record_synchronization_info
        custom_fields_options.record_synchronization_version_info = record_synchronization_version_info
        custom_fields_options.system_info = system_info
        custom_fields_options.tree_categories = tree_categories
        custom_fields_options.user_defined_columns_count = user_defined_columns_count
        custom_fields_options.user_defined_visible = user_defined_visible
        custom_fields_options.user_defined_table_count = user_defined_table_count
        custom_fields_options.allow_calculated_user_fields = allow_calculated_user_fields
        custom_fields_options.is_always_editable = is_always_editable
        custom_fields_options.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            custom_fields_options.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return custom_fields_options

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (CustomFieldsOptions)", value)

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
        "ebpSystemTable",
        "editCounter",
        "lockable",
        "recordSynchronizationInfo",
        "recordSynchronizationVersionInfo",
        "systemInfo",
        "treeCategories",
        "userDefinedColumnsCount",
        "userDefinedVisible",
        "userDefinedTableCount",
        "allowCalculatedUserFields",
        "isAlwaysEditable",
    }
)
