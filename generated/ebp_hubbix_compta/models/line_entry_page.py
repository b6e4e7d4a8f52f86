from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.line_entry import LineEntry


T = TypeVar("T", bound="LineEntryPage")


@_attrs_define
class LineEntryPage:
    """Page de lignes d'écritures (la liste est dans `linesEntries`, pas `data`).

    Attributes:
        take (int | Unset): Nombre d'éléments demandés.
        skip (int | Unset): Nombre d'éléments ignorés.
        lines_entries (list[LineEntry] | Unset):
        total_records (int | Unset): Nombre total d'éléments.
    """

    take: int | Unset = UNSET
    skip: int | Unset = UNSET
    lines_entries: list[LineEntry] | Unset = UNSET
    total_records: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        take = self.take

        skip = self.skip

        lines_entries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lines_entries, Unset):
            lines_entries = []
            for lines_entries_item_data in self.lines_entries:
                lines_entries_item = lines_entries_item_data.to_dict()
                lines_entries.append(lines_entries_item)

        total_records = self.total_records

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if take is not UNSET:
            field_dict["take"] = take
        if skip is not UNSET:
            field_dict["skip"] = skip
        if lines_entries is not UNSET:
            field_dict["linesEntries"] = lines_entries
        if total_records is not UNSET:
            field_dict["totalRecords"] = total_records

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.line_entry import LineEntry  # noqa: PLC0415

        d = dict(src_dict)
        take = d.pop("take", UNSET)

        skip = d.pop("skip", UNSET)

        _lines_entries = d.pop("linesEntries", UNSET)
        lines_entries: list[LineEntry] | Unset = UNSET
        if _lines_entries is not UNSET:
            lines_entries = []
            for lines_entries_item_data in _lines_entries:
                lines_entries_item = LineEntry.from_dict(lines_entries_item_data)

                lines_entries.append(lines_entries_item)

        total_records = d.pop("totalRecords", UNSET)

        line_entry_page = cls(
            take=take,
            skip=skip,
            lines_entries=lines_entries,
            total_records=total_records,
        )

        line_entry_page.additional_properties = d
        return line_entry_page

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
