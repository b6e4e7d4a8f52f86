from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from comptoir.errors import ArgumentTypeError
from comptoir.runtime.checks import dump, to_json
from comptoir.runtime.reading import (
    invalid,
    missing,
    pointer,
    read_any,
    read_str,
)

from ..models.error_type import ErrorType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """The body of every 4xx and 5xx response.

    Attributes:
        type_ (ErrorType): Type of error.
        message (str): Explanation of the error.
        param (str | Unset): Available when a specific request parameter was responsible.
    """

    type_: ErrorType | None
    message: str | None
    param: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.type_
        if value is UNSET:
            raise ArgumentTypeError("is required", parameter="Error.type_")
        field_dict["type"] = dump(value, "Error.type_", "enum", False, ErrorType)
        value = self.message
        if value is UNSET:
            raise ArgumentTypeError("is required", parameter="Error.message")
        field_dict["message"] = dump(value, "Error.message", "str", False)
        value = self.param
        if value is not UNSET:
            field_dict["param"] = dump(value, "Error.param", "str", False)
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
        type_ = get("type", UNSET)
        if type_ is UNSET:
            raise missing(_path, "type", "an enum value")
        if type_.__class__ is str and type_ in ErrorType._value2member_map_:
            type_ = ErrorType._value2member_map_[type_]
        elif type_ is not UNSET:
            type_ = ErrorType._read(type_, _path, "type")
        message = get("message", UNSET)
        if message is UNSET:
            raise missing(_path, "message", "a string")
        if message.__class__ is not str:
            message = read_str(message, _path, "message")
        param = get("param", UNSET)
        if param.__class__ is not str:
            param = read_str(param, _path, "param")
        error = object.__new__(cls)
        error.type_ = type_
        error.message = message
        error.param = param
        error.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            error.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return error

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (Error)", value)

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
        "type",
        "message",
        "param",
    }
)
