from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

    label: str
    lines: list[SettlementTermLineInput]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "lines": lines,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.settlement_term_line_input import SettlementTermLineInput  # noqa: PLC0415

        d = dict(src_dict)
        label = d.pop("label")

        lines = []
        _lines = d.pop("lines")
        for lines_item_data in _lines:
            lines_item = SettlementTermLineInput.from_dict(lines_item_data)

            lines.append(lines_item)

        settlement_term_input = cls(
            label=label,
            lines=lines,
        )

        settlement_term_input.additional_properties = d
        return settlement_term_input

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
