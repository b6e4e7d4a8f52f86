from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

    id: int | Unset = UNSET
    label: str | Unset = UNSET
    lines: list[SettlementTermLine] | Unset = UNSET
    can_delete: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        label = self.label

        lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lines, Unset):
            lines = []
            for lines_item_data in self.lines:
                lines_item = lines_item_data.to_dict()
                lines.append(lines_item)

        can_delete = self.can_delete

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if label is not UNSET:
            field_dict["label"] = label
        if lines is not UNSET:
            field_dict["lines"] = lines
        if can_delete is not UNSET:
            field_dict["canDelete"] = can_delete

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.settlement_term_line import SettlementTermLine  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        label = d.pop("label", UNSET)

        _lines = d.pop("lines", UNSET)
        lines: list[SettlementTermLine] | Unset = UNSET
        if _lines is not UNSET:
            lines = []
            for lines_item_data in _lines:
                lines_item = SettlementTermLine.from_dict(lines_item_data)

                lines.append(lines_item)

        can_delete = d.pop("canDelete", UNSET)

        settlement_term = cls(
            id=id,
            label=label,
            lines=lines,
            can_delete=can_delete,
        )

        settlement_term.additional_properties = d
        return settlement_term

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
