from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from comptoir.errors import ArgumentTypeError
from comptoir.runtime.checks import dump, to_json
from comptoir.runtime.reading import (
    invalid,
    missing,
    pointer,
    read_any,
    read_list,
    read_str,
)

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.settlement_term_line_input import SettlementTermLineInput


T = TypeVar("T", bound="SettlementTermInput")


@_attrs_define
class SettlementTermInput:
    """Condition de règlement à créer ou modifier.

    Attributes:
        label (str): Libellé de la condition de règlement. Example: Test de condition.
        lines (list[SettlementTermLineInput]): Lignes de répartition.
    """

    label: str | None
    lines: list[SettlementTermLineInput] | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.label
        if value is UNSET:
            raise ArgumentTypeError("is required", parameter="SettlementTermInput.label")
        field_dict["label"] = dump(value, "SettlementTermInput.label", "str", False)
        value = self.lines
        if value is UNSET:
            raise ArgumentTypeError("is required", parameter="SettlementTermInput.lines")
        field_dict["lines"] = dump(value, "SettlementTermInput.lines", "list", False)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object (a response body or part of one) at JSON pointer ``_path``.

        ``null`` reads as None; numeric strings, dates given as date-times and enum names are accepted;
        anything else that does not fit raises ``ResponseValidationError`` naming its path.
        """
        from ..models.settlement_term_line_input import SettlementTermLineInput  # noqa: PLC0415

        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise invalid(_path, None, "an object", src_dict)
        get = src_dict.get
        label = get("label", UNSET)
        if label is UNSET:
            raise missing(_path, "label", "a string")
        if label.__class__ is not str:
            label = read_str(label, _path, "label")
        lines = get("lines", UNSET)
        if lines is UNSET:
            raise missing(_path, "lines", "an array")
        if lines is not UNSET:
            lines = read_list(lines, _path, "lines", SettlementTermLineInput._read)
        settlement_term_input = object.__new__(cls)
        settlement_term_input.label = label
        settlement_term_input.lines = lines
        settlement_term_input.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            settlement_term_input.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return settlement_term_input

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (SettlementTermInput)", value)

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
        "label",
        "lines",
    }
)
