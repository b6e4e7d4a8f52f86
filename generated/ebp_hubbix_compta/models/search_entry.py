from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.journal_summary import JournalSummary
    from ..models.search_entry_line import SearchEntryLine


T = TypeVar("T", bound="SearchEntry")


@_attrs_define
class SearchEntry:
    """Écriture trouvée par la recherche.

    Attributes:
        uuid (UUID | Unset): UUID de l'écriture.
        temporary_identifier (None | str | Unset): Numéro provisoire de l'écriture.
        valid_identifier (None | str | Unset): Numéro définitif (validé) de l'écriture.
        date (datetime.date | Unset): Date d'écriture.
        journal (JournalSummary | Unset): Journal (forme abrégée) d'une écriture.
        piece (None | str | Unset): Numéro de pièce.
        lines (list[SearchEntryLine] | Unset):
    """

    uuid: UUID | Unset = UNSET
    temporary_identifier: None | str | Unset = UNSET
    valid_identifier: None | str | Unset = UNSET
    date: datetime.date | Unset = UNSET
    journal: JournalSummary | Unset = UNSET
    piece: None | str | Unset = UNSET
    lines: list[SearchEntryLine] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid)

        temporary_identifier: None | str | Unset
        if isinstance(self.temporary_identifier, Unset):
            temporary_identifier = UNSET
        else:
            temporary_identifier = self.temporary_identifier

        valid_identifier: None | str | Unset
        if isinstance(self.valid_identifier, Unset):
            valid_identifier = UNSET
        else:
            valid_identifier = self.valid_identifier

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        journal: dict[str, Any] | Unset = UNSET
        if not isinstance(self.journal, Unset):
            journal = self.journal.to_dict()

        piece: None | str | Unset
        if isinstance(self.piece, Unset):
            piece = UNSET
        else:
            piece = self.piece

        lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lines, Unset):
            lines = []
            for lines_item_data in self.lines:
                lines_item = lines_item_data.to_dict()
                lines.append(lines_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if temporary_identifier is not UNSET:
            field_dict["temporaryIdentifier"] = temporary_identifier
        if valid_identifier is not UNSET:
            field_dict["validIdentifier"] = valid_identifier
        if date is not UNSET:
            field_dict["date"] = date
        if journal is not UNSET:
            field_dict["journal"] = journal
        if piece is not UNSET:
            field_dict["piece"] = piece
        if lines is not UNSET:
            field_dict["lines"] = lines

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.journal_summary import JournalSummary  # noqa: PLC0415
        from ..models.search_entry_line import SearchEntryLine  # noqa: PLC0415

        d = dict(src_dict)
        _uuid = d.pop("uuid", UNSET)
        uuid: UUID | Unset
        if isinstance(_uuid, Unset):
            uuid = UNSET
        else:
            uuid = UUID(_uuid)

        def _parse_temporary_identifier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        temporary_identifier = _parse_temporary_identifier(d.pop("temporaryIdentifier", UNSET))

        def _parse_valid_identifier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        valid_identifier = _parse_valid_identifier(d.pop("validIdentifier", UNSET))

        _date = d.pop("date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.date.fromisoformat(_date)

        _journal = d.pop("journal", UNSET)
        journal: JournalSummary | Unset
        if isinstance(_journal, Unset):
            journal = UNSET
        else:
            journal = JournalSummary.from_dict(_journal)

        def _parse_piece(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        piece = _parse_piece(d.pop("piece", UNSET))

        _lines = d.pop("lines", UNSET)
        lines: list[SearchEntryLine] | Unset = UNSET
        if _lines is not UNSET:
            lines = []
            for lines_item_data in _lines:
                lines_item = SearchEntryLine.from_dict(lines_item_data)

                lines.append(lines_item)

        search_entry = cls(
            uuid=uuid,
            temporary_identifier=temporary_identifier,
            valid_identifier=valid_identifier,
            date=date,
            journal=journal,
            piece=piece,
            lines=lines,
        )

        search_entry.additional_properties = d
        return search_entry

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
