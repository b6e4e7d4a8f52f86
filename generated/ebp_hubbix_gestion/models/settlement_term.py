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
    read_bool,
    read_int,
    read_list,
    read_str,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.settlement_term_line import SettlementTermLine


T = TypeVar("T", bound="SettlementTerm")


@_attrs_define
class SettlementTerm:
    """Condition de règlement.

    Attributes:
        id (int | Unset): Identifiant de la condition de règlement.
        label (str | Unset): Libellé de la condition de règlement.
        lines (list[SettlementTermLine] | Unset): Lignes de répartition.
        can_delete (bool | Unset): Indique si la condition de règlement peut être supprimée.
    """

    id: int | None | Unset = UNSET
    label: str | None | Unset = UNSET
    lines: list[SettlementTermLine] | None | Unset = UNSET
    can_delete: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.id
        if value is not UNSET:
            field_dict["id"] = dump(value, "SettlementTerm.id", "int", False)
        value = self.label
        if value is not UNSET:
            field_dict["label"] = dump(value, "SettlementTerm.label", "str", False)
        value = self.lines
        if value is not UNSET:
            field_dict["lines"] = dump(value, "SettlementTerm.lines", "list", False)
        value = self.can_delete
        if value is not UNSET:
            field_dict["canDelete"] = dump(value, "SettlementTerm.can_delete", "bool", False)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object (a response body or part of one) at JSON pointer ``_path``.

        ``null`` reads as None; numeric strings, dates given as date-times and enum names are accepted;
        anything else that does not fit raises ``ResponseValidationError`` naming its path.
        """
        from ..models.settlement_term_line import SettlementTermLine  # noqa: PLC0415

        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise invalid(_path, None, "an object", src_dict)
        get = src_dict.get
        id = get("id", UNSET)
        if id.__class__ is not int:
            id = read_int(id, _path, "id")
        label = get("label", UNSET)
        if label.__class__ is not str:
            label = read_str(label, _path, "label")
        lines = get("lines", UNSET)
        if lines is not UNSET:
            lines = read_list(lines, _path, "lines", SettlementTermLine._read)
        can_delete = get("canDelete", UNSET)
        if can_delete.__class__ is not bool:
            can_delete = read_bool(can_delete, _path, "canDelete")
        settlement_term = object.__new__(cls)
        settlement_term.id = id
        settlement_term.label = label
        settlement_term.lines = lines
        settlement_term.can_delete = can_delete
        settlement_term.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            settlement_term.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return settlement_term

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (SettlementTerm)", value)

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
        "id",
        "label",
        "lines",
        "canDelete",
    }
)
