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
    from ..models.custom_fields_options import CustomFieldsOptions


T = TypeVar("T", bound="CustomFieldsColumn")


@_attrs_define
class CustomFieldsColumn:
    """Une colonne d'une table.

    Attributes:
        description (str | Unset):
        default_expression (str | Unset):
        column_values (str | Unset):
        program (str | Unset):
        options (list[CustomFieldsOptions] | Unset):
        type_ (str | Unset):
        name (str | Unset):
        nullable (str | Unset):
        auto_increment (str | Unset):
        label (str | Unset):
        system (str | Unset):
        user_defined_nullable (str | Unset):
        from_link_tables_to_copy_user_defined (str | Unset):
        character_casing (str | Unset):
        length (str | Unset):
        user_defined_lookup_table_name (str | Unset):
        internal_column_id (str | Unset):
        allow_display_zeros_as_empty (str | Unset):
        min_value (str | Unset):
        max_value (str | Unset):
        associated_clear_memo (str | Unset):
        display_time (str | Unset):
        use_seconds (str | Unset):
        precision (str | Unset):
        scale (str | Unset):
        decimal_number (str | Unset):
        display_decimal_number (str | Unset):
        table_name (str | Unset):
    """

    description: str | None | Unset = UNSET
    default_expression: str | None | Unset = UNSET
    column_values: str | None | Unset = UNSET
    program: str | None | Unset = UNSET
    options: list[CustomFieldsOptions] | None | Unset = UNSET
    type_: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    nullable: str | None | Unset = UNSET
    auto_increment: str | None | Unset = UNSET
    label: str | None | Unset = UNSET
    system: str | None | Unset = UNSET
    user_defined_nullable: str | None | Unset = UNSET
    from_link_tables_to_copy_user_defined: str | None | Unset = UNSET
    character_casing: str | None | Unset = UNSET
    length: str | None | Unset = UNSET
    user_defined_lookup_table_name: str | None | Unset = UNSET
    internal_column_id: str | None | Unset = UNSET
    allow_display_zeros_as_empty: str | None | Unset = UNSET
    min_value: str | None | Unset = UNSET
    max_value: str | None | Unset = UNSET
    associated_clear_memo: str | None | Unset = UNSET
    display_time: str | None | Unset = UNSET
    use_seconds: str | None | Unset = UNSET
    precision: str | None | Unset = UNSET
    scale: str | None | Unset = UNSET
    decimal_number: str | None | Unset = UNSET
    display_decimal_number: str | None | Unset = UNSET
    table_name: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.description
        if value is not UNSET:
            field_dict["description"] = dump(value, "CustomFieldsColumn.description", "str", False)
        value = self.default_expression
        if value is not UNSET:
            field_dict["defaultExpression"] = dump(value, "CustomFieldsColumn.default_expression", "str", False)
        value = self.column_values
        if value is not UNSET:
            field_dict["columnValues"] = dump(value, "CustomFieldsColumn.column_values", "str", False)
        value = self.program
        if value is not UNSET:
            field_dict["program"] = dump(value, "CustomFieldsColumn.program", "str", False)
        value = self.options
        if value is not UNSET:
            field_dict["options"] = dump(value, "CustomFieldsColumn.options", "list", False)
        value = self.type_
        if value is not UNSET:
            field_dict["type"] = dump(value, "CustomFieldsColumn.type_", "str", False)
        value = self.name
        if value is not UNSET:
            field_dict["name"] = dump(value, "CustomFieldsColumn.name", "str", False)
        value = self.nullable
        if value is not UNSET:
            field_dict["nullable"] = dump(value, "CustomFieldsColumn.nullable", "str", False)
        value = self.auto_increment
        if value is not UNSET:
            field_dict["autoIncrement"] = dump(value, "CustomFieldsColumn.auto_increment", "str", False)
        value = self.label
        if value is not UNSET:
            field_dict["label"] = dump(value, "CustomFieldsColumn.label", "str", False)
        value = self.system
        if value is not UNSET:
            field_dict["system"] = dump(value, "CustomFieldsColumn.system", "str", False)
        value = self.user_defined_nullable
        if value is not UNSET:
            field_dict["userDefinedNullable"] = dump(value, "CustomFieldsColumn.user_defined_nullable", "str", False)
        value = self.from_link_tables_to_copy_user_defined
        if value is not UNSET:
            field_dict["fromLinkTablesToCopyUserDefined"] = dump(
                value, "CustomFieldsColumn.from_link_tables_to_copy_user_defined", "str", False
            )
        value = self.character_casing
        if value is not UNSET:
            field_dict["characterCasing"] = dump(value, "CustomFieldsColumn.character_casing", "str", False)
        value = self.length
        if value is not UNSET:
            field_dict["length"] = dump(value, "CustomFieldsColumn.length", "str", False)
        value = self.user_defined_lookup_table_name
        if value is not UNSET:
            field_dict["userDefinedLookupTableName"] = dump(
                value, "CustomFieldsColumn.user_defined_lookup_table_name", "str", False
            )
        value = self.internal_column_id
        if value is not UNSET:
            field_dict["internalColumnId"] = dump(value, "CustomFieldsColumn.internal_column_id", "str", False)
        value = self.allow_display_zeros_as_empty
        if value is not UNSET:
            field_dict["allowDisplayZerosAsEmpty"] = dump(
                value, "CustomFieldsColumn.allow_display_zeros_as_empty", "str", False
            )
        value = self.min_value
        if value is not UNSET:
            field_dict["minValue"] = dump(value, "CustomFieldsColumn.min_value", "str", False)
        value = self.max_value
        if value is not UNSET:
            field_dict["maxValue"] = dump(value, "CustomFieldsColumn.max_value", "str", False)
        value = self.associated_clear_memo
        if value is not UNSET:
            field_dict["associatedClearMemo"] = dump(value, "CustomFieldsColumn.associated_clear_memo", "str", False)
        value = self.display_time
        if value is not UNSET:
            field_dict["displayTime"] = dump(value, "CustomFieldsColumn.display_time", "str", False)
        value = self.use_seconds
        if value is not UNSET:
            field_dict["useSeconds"] = dump(value, "CustomFieldsColumn.use_seconds", "str", False)
        value = self.precision
        if value is not UNSET:
            field_dict["precision"] = dump(value, "CustomFieldsColumn.precision", "str", False)
        value = self.scale
        if value is not UNSET:
            field_dict["scale"] = dump(value, "CustomFieldsColumn.scale", "str", False)
        value = self.decimal_number
        if value is not UNSET:
            field_dict["decimalNumber"] = dump(value, "CustomFieldsColumn.decimal_number", "str", False)
        value = self.display_decimal_number
        if value is not UNSET:
            field_dict["displayDecimalNumber"] = dump(value, "CustomFieldsColumn.display_decimal_number", "str", False)
        value = self.table_name
        if value is not UNSET:
            field_dict["tableName"] = dump(value, "CustomFieldsColumn.table_name", "str", False)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object (a response body or part of one) at JSON pointer ``_path``.

        ``null`` reads as None; numeric strings, dates given as date-times and enum names are accepted;
        anything else that does not fit raises ``ResponseValidationError`` naming its path.
        """
        from ..models.custom_fields_options import CustomFieldsOptions  # noqa: PLC0415

        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise invalid(_path, None, "an object", src_dict)
        get = src_dict.get
        description = get("description", UNSET)
        if description.__class__ is not str:
            description = read_str(description, _path, "description")
        default_expression = get("defaultExpression", UNSET)
        if default_expression.__class__ is not str:
            default_expression = read_str(default_expression, _path, "defaultExpression")
        column_values = get("columnValues", UNSET)
        if column_values.__class__ is not str:
            column_values = read_str(column_values, _path, "columnValues")
        program = get("program", UNSET)
        if program.__class__ is not str:
            program = read_str(program, _path, "program")
        options = get("options", UNSET)
        if options is not UNSET:
            options = read_list(options, _path, "options", CustomFieldsOptions._read)
        type_ = get("type", UNSET)
        if type_.__class__ is not str:
            type_ = read_str(type_, _path, "type")
        name = get("name", UNSET)
        if name.__class__ is not str:
            name = read_str(name, _path, "name")
        nullable = get("nullable", UNSET)
        if nullable.__class__ is not str:
            nullable = read_str(nullable, _path, "nullable")
        auto_increment = get("autoIncrement", UNSET)
        if auto_increment.__class__ is not str:
            auto_increment = read_str(auto_increment, _path, "autoIncrement")
        label = get("label", UNSET)
        if label.__class__ is not str:
            label = read_str(label, _path, "label")
        system = get("system", UNSET)
        if system.__class__ is not str:
            system = read_str(system, _path, "system")
        user_defined_nullable = get("userDefinedNullable", UNSET)
        if user_defined_nullable.__class__ is not str:
            user_defined_nullable = read_str(user_defined_nullable, _path, "userDefinedNullable")
        from_link_tables_to_copy_user_defined = get("fromLinkTablesToCopyUserDefined", UNSET)
        if from_link_tables_to_copy_user_defined.__class__ is not str:
            from_link_tables_to_copy_user_defined = read_str(
                from_link_tables_to_copy_user_defined, _path, "fromLinkTablesToCopyUserDefined"
            )
        character_casing = get("characterCasing", UNSET)
        if character_casing.__class__ is not str:
            character_casing = read_str(character_casing, _path, "characterCasing")
        length = get("length", UNSET)
        if length.__class__ is not str:
            length = read_str(length, _path, "length")
        user_defined_lookup_table_name = get("userDefinedLookupTableName", UNSET)
        if user_defined_lookup_table_name.__class__ is not str:
            user_defined_lookup_table_name = read_str(
                user_defined_lookup_table_name, _path, "userDefinedLookupTableName"
            )
        internal_column_id = get("internalColumnId", UNSET)
        if internal_column_id.__class__ is not str:
            internal_column_id = read_str(internal_column_id, _path, "internalColumnId")
        allow_display_zeros_as_empty = get("allowDisplayZerosAsEmpty", UNSET)
        if allow_display_zeros_as_empty.__class__ is not str:
            allow_display_zeros_as_empty = read_str(allow_display_zeros_as_empty, _path, "allowDisplayZerosAsEmpty")
        min_value = get("minValue", UNSET)
        if min_value.__class__ is not str:
            min_value = read_str(min_value, _path, "minValue")
        max_value = get("maxValue", UNSET)
        if max_value.__class__ is not str:
            max_value = read_str(max_value, _path, "maxValue")
        associated_clear_memo = get("associatedClearMemo", UNSET)
        if associated_clear_memo.__class__ is not str:
            associated_clear_memo = read_str(associated_clear_memo, _path, "associatedClearMemo")
        display_time = get("displayTime", UNSET)
        if display_time.__class__ is not str:
            display_time = read_str(display_time, _path, "displayTime")
        use_seconds = get("useSeconds", UNSET)
        if use_seconds.__class__ is not str:
            use_seconds = read_str(use_seconds, _path, "useSeconds")
        precision = get("precision", UNSET)
        if precision.__class__ is not str:
            precision = read_str(precision, _path, "precision")
        scale = get("scale", UNSET)
        if scale.__class__ is not str:
            scale = read_str(scale, _path, "scale")
        decimal_number = get("decimalNumber", UNSET)
        if decimal_number.__class__ is not str:
            decimal_number = read_str(decimal_number, _path, "decimalNumber")
        display_decimal_number = get("displayDecimalNumber", UNSET)
        if display_decimal_number.__class__ is not str:
            display_decimal_number = read_str(display_decimal_number, _path, "displayDecimalNumber")
        table_name = get("tableName", UNSET)
        if table_name.__class__ is not str:
            table_name = read_str(table_name, _path, "tableName")
        custom_fields_column = object.__new__(cls)
        custom_fields_column.description = description
        custom_fields_column.default_expression = default_expression
        custom_fields_column.column_values = column_values
        custom_fields_column.program = program
        custom_fields_column.options = options
        custom_fields_column.type_ = type_
        custom_fields_column.name = name
        custom_fields_column.nullable = nullable
        custom_fields_column.auto_increment = auto_increment
        custom_fields_column.label = label
        custom_fields_column.system = system
        custom_fields_column.user_defined_nullable = user_defined_nullable
        custom_fields_column.from_link_tables_to_copy_user_defined = from_link_tables_to_copy_user_defined
        custom_fields_column.character_casing = character_casing
        custom_fields_column.length = length
        custom_fields_column.user_defined_lookup_table_name = user_defined_lookup_table_name
        custom_fields_column.internal_column_id = internal_column_id
        custom_fields_column.allow_display_zeros_as_empty = allow_display_zeros_as_empty
        custom_fields_column.min_value = min_value
        custom_fields_column.max_value = max_value
        custom_fields_column.associated_clear_memo = associated_clear_memo
        custom_fields_column.display_time = display_time
        custom_fields_column.use_seconds = use_seconds
        custom_fields_column.precision = precision
        custom_fields_column.scale = scale
        custom_fields_column.decimal_number = decimal_number
        custom_fields_column.display_decimal_number = display_decimal_number
        custom_fields_column.table_name = table_name
        custom_fields_column.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            custom_fields_column.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return custom_fields_column

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (CustomFieldsColumn)", value)

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
        "description",
        "defaultExpression",
        "columnValues",
        "program",
        "options",
        "type",
        "name",
        "nullable",
        "autoIncrement",
        "label",
        "system",
        "userDefinedNullable",
        "fromLinkTablesToCopyUserDefined",
        "characterCasing",
        "length",
        "userDefinedLookupTableName",
        "internalColumnId",
        "allowDisplayZerosAsEmpty",
        "minValue",
        "maxValue",
        "associatedClearMemo",
        "displayTime",
        "useSeconds",
        "precision",
        "scale",
        "decimalNumber",
        "displayDecimalNumber",
        "tableName",
    }
)
