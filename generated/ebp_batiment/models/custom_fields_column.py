from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

    description: str | Unset = UNSET
    default_expression: str | Unset = UNSET
    column_values: str | Unset = UNSET
    program: str | Unset = UNSET
    options: list[CustomFieldsOptions] | Unset = UNSET
    type_: str | Unset = UNSET
    name: str | Unset = UNSET
    nullable: str | Unset = UNSET
    auto_increment: str | Unset = UNSET
    label: str | Unset = UNSET
    system: str | Unset = UNSET
    user_defined_nullable: str | Unset = UNSET
    from_link_tables_to_copy_user_defined: str | Unset = UNSET
    character_casing: str | Unset = UNSET
    length: str | Unset = UNSET
    user_defined_lookup_table_name: str | Unset = UNSET
    internal_column_id: str | Unset = UNSET
    allow_display_zeros_as_empty: str | Unset = UNSET
    min_value: str | Unset = UNSET
    max_value: str | Unset = UNSET
    associated_clear_memo: str | Unset = UNSET
    display_time: str | Unset = UNSET
    use_seconds: str | Unset = UNSET
    precision: str | Unset = UNSET
    scale: str | Unset = UNSET
    decimal_number: str | Unset = UNSET
    display_decimal_number: str | Unset = UNSET
    table_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        default_expression = self.default_expression

        column_values = self.column_values

        program = self.program

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        type_ = self.type_

        name = self.name

        nullable = self.nullable

        auto_increment = self.auto_increment

        label = self.label

        system = self.system

        user_defined_nullable = self.user_defined_nullable

        from_link_tables_to_copy_user_defined = self.from_link_tables_to_copy_user_defined

        character_casing = self.character_casing

        length = self.length

        user_defined_lookup_table_name = self.user_defined_lookup_table_name

        internal_column_id = self.internal_column_id

        allow_display_zeros_as_empty = self.allow_display_zeros_as_empty

        min_value = self.min_value

        max_value = self.max_value

        associated_clear_memo = self.associated_clear_memo

        display_time = self.display_time

        use_seconds = self.use_seconds

        precision = self.precision

        scale = self.scale

        decimal_number = self.decimal_number

        display_decimal_number = self.display_decimal_number

        table_name = self.table_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if default_expression is not UNSET:
            field_dict["defaultExpression"] = default_expression
        if column_values is not UNSET:
            field_dict["columnValues"] = column_values
        if program is not UNSET:
            field_dict["program"] = program
        if options is not UNSET:
            field_dict["options"] = options
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if nullable is not UNSET:
            field_dict["nullable"] = nullable
        if auto_increment is not UNSET:
            field_dict["autoIncrement"] = auto_increment
        if label is not UNSET:
            field_dict["label"] = label
        if system is not UNSET:
            field_dict["system"] = system
        if user_defined_nullable is not UNSET:
            field_dict["userDefinedNullable"] = user_defined_nullable
        if from_link_tables_to_copy_user_defined is not UNSET:
            field_dict["fromLinkTablesToCopyUserDefined"] = from_link_tables_to_copy_user_defined
        if character_casing is not UNSET:
            field_dict["characterCasing"] = character_casing
        if length is not UNSET:
            field_dict["length"] = length
        if user_defined_lookup_table_name is not UNSET:
            field_dict["userDefinedLookupTableName"] = user_defined_lookup_table_name
        if internal_column_id is not UNSET:
            field_dict["internalColumnId"] = internal_column_id
        if allow_display_zeros_as_empty is not UNSET:
            field_dict["allowDisplayZerosAsEmpty"] = allow_display_zeros_as_empty
        if min_value is not UNSET:
            field_dict["minValue"] = min_value
        if max_value is not UNSET:
            field_dict["maxValue"] = max_value
        if associated_clear_memo is not UNSET:
            field_dict["associatedClearMemo"] = associated_clear_memo
        if display_time is not UNSET:
            field_dict["displayTime"] = display_time
        if use_seconds is not UNSET:
            field_dict["useSeconds"] = use_seconds
        if precision is not UNSET:
            field_dict["precision"] = precision
        if scale is not UNSET:
            field_dict["scale"] = scale
        if decimal_number is not UNSET:
            field_dict["decimalNumber"] = decimal_number
        if display_decimal_number is not UNSET:
            field_dict["displayDecimalNumber"] = display_decimal_number
        if table_name is not UNSET:
            field_dict["tableName"] = table_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_fields_options import CustomFieldsOptions  # noqa: PLC0415

        d = dict(src_dict)
        description = d.pop("description", UNSET)

        default_expression = d.pop("defaultExpression", UNSET)

        column_values = d.pop("columnValues", UNSET)

        program = d.pop("program", UNSET)

        _options = d.pop("options", UNSET)
        options: list[CustomFieldsOptions] | Unset = UNSET
        if _options is not UNSET:
            options = []
            for options_item_data in _options:
                options_item = CustomFieldsOptions.from_dict(options_item_data)

                options.append(options_item)

        type_ = d.pop("type", UNSET)

        name = d.pop("name", UNSET)

        nullable = d.pop("nullable", UNSET)

        auto_increment = d.pop("autoIncrement", UNSET)

        label = d.pop("label", UNSET)

        system = d.pop("system", UNSET)

        user_defined_nullable = d.pop("userDefinedNullable", UNSET)

        from_link_tables_to_copy_user_defined = d.pop("fromLinkTablesToCopyUserDefined", UNSET)

        character_casing = d.pop("characterCasing", UNSET)

        length = d.pop("length", UNSET)

        user_defined_lookup_table_name = d.pop("userDefinedLookupTableName", UNSET)

        internal_column_id = d.pop("internalColumnId", UNSET)

        allow_display_zeros_as_empty = d.pop("allowDisplayZerosAsEmpty", UNSET)

        min_value = d.pop("minValue", UNSET)

        max_value = d.pop("maxValue", UNSET)

        associated_clear_memo = d.pop("associatedClearMemo", UNSET)

        display_time = d.pop("displayTime", UNSET)

        use_seconds = d.pop("useSeconds", UNSET)

        precision = d.pop("precision", UNSET)

        scale = d.pop("scale", UNSET)

        decimal_number = d.pop("decimalNumber", UNSET)

        display_decimal_number = d.pop("displayDecimalNumber", UNSET)

        table_name = d.pop("tableName", UNSET)

        custom_fields_column = cls(
            description=description,
            default_expression=default_expression,
            column_values=column_values,
            program=program,
            options=options,
            type_=type_,
            name=name,
            nullable=nullable,
            auto_increment=auto_increment,
            label=label,
            system=system,
            user_defined_nullable=user_defined_nullable,
            from_link_tables_to_copy_user_defined=from_link_tables_to_copy_user_defined,
            character_casing=character_casing,
            length=length,
            user_defined_lookup_table_name=user_defined_lookup_table_name,
            internal_column_id=internal_column_id,
            allow_display_zeros_as_empty=allow_display_zeros_as_empty,
            min_value=min_value,
            max_value=max_value,
            associated_clear_memo=associated_clear_memo,
            display_time=display_time,
            use_seconds=use_seconds,
            precision=precision,
            scale=scale,
            decimal_number=decimal_number,
            display_decimal_number=display_decimal_number,
            table_name=table_name,
        )

        custom_fields_column.additional_properties = d
        return custom_fields_column

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
