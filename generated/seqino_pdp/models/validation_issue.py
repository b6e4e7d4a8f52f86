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
    read_int,
    read_list,
    read_str,
    read_union,
)

from ..types import UNSET, Unset

T = TypeVar("T", bound="ValidationIssue")


@_attrs_define
class ValidationIssue:
    """
    Attributes:
        loc (list[int | str] | Unset):
        msg (str | Unset):
        type_ (str | Unset):
    """

    loc: list[int | str] | None | Unset = UNSET
    msg: str | None | Unset = UNSET
    type_: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.loc
        if value is not UNSET:
            field_dict["loc"] = dump(value, "ValidationIssue.loc", "list", False)
        value = self.msg
        if value is not UNSET:
            field_dict["msg"] = dump(value, "ValidationIssue.msg", "str", False)
        value = self.type_
        if value is not UNSET:
            field_dict["type"] = dump(value, "ValidationIssue.type_", "str", False)
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
        loc = get("loc", UNSET)
        if loc is not UNSET:
            loc = read_list(
                loc,
                _path,
                "loc",
                lambda v, p, k: read_union(
                    v,
                    p,
                    k,
                    (
                        read_str,
                        read_int,
                    ),
                    "a string or an integer",
                ),
            )
        msg = get("msg", UNSET)
        if msg.__class__ is not str:
            msg = read_str(msg, _path, "msg")
        type_ = get("type", UNSET)
        if type_.__class__ is not str:
            type_ = read_str(type_, _path, "type")
        validation_issue = object.__new__(cls)
        validation_issue.loc = loc
        validation_issue.msg = msg
        validation_issue.type_ = type_
        validation_issue.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            validation_issue.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return validation_issue

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (ValidationIssue)", value)

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
        "loc",
        "msg",
        "type",
    }
)
