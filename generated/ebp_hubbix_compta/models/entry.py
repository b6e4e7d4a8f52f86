from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.entry_mode import EntryMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.entry_line import EntryLine
    from ..models.journal_summary import JournalSummary


T = TypeVar("T", bound="Entry")


@_attrs_define
class Entry:
    """Écriture comptable et ses lignes.

    Attributes:
        uuid (UUID | Unset): UUID de l'écriture.
        journal (JournalSummary | Unset): Journal (forme abrégée) d'une écriture.
        entry_mode (EntryMode | Unset): Mode de saisie (Provisoire, Validé).
        date (datetime.date | Unset): Date d'écriture.
        temporary_identifier (None | str | Unset): Numéro provisoire de l'écriture.
        valid_identifier (None | str | Unset): Numéro définitif (validé) de l'écriture.
        lines (list[EntryLine] | Unset):
        attachment (None | str | Unset): Pièce jointe (toujours null dans les exemples ; type non documenté).
        origin (str | Unset): Origine de l'écriture (par exemple `Saisie journal`).
    """

    uuid: UUID | Unset = UNSET
    journal: JournalSummary | Unset = UNSET
    entry_mode: EntryMode | Unset = UNSET
    date: datetime.date | Unset = UNSET
    temporary_identifier: None | str | Unset = UNSET
    valid_identifier: None | str | Unset = UNSET
    lines: list[EntryLine] | Unset = UNSET
    attachment: None | str | Unset = UNSET
    origin: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid)

        journal: dict[str, Any] | Unset = UNSET
        if not isinstance(self.journal, Unset):
            journal = self.journal.to_dict()

        entry_mode: str | Unset = UNSET
        if not isinstance(self.entry_mode, Unset):
            entry_mode = self.entry_mode.value

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

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

        lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lines, Unset):
            lines = []
            for lines_item_data in self.lines:
                lines_item = lines_item_data.to_dict()
                lines.append(lines_item)

        attachment: None | str | Unset
        if isinstance(self.attachment, Unset):
            attachment = UNSET
        else:
            attachment = self.attachment

        origin = self.origin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if journal is not UNSET:
            field_dict["journal"] = journal
        if entry_mode is not UNSET:
            field_dict["entryMode"] = entry_mode
        if date is not UNSET:
            field_dict["date"] = date
        if temporary_identifier is not UNSET:
            field_dict["temporaryIdentifier"] = temporary_identifier
        if valid_identifier is not UNSET:
            field_dict["validIdentifier"] = valid_identifier
        if lines is not UNSET:
            field_dict["lines"] = lines
        if attachment is not UNSET:
            field_dict["attachment"] = attachment
        if origin is not UNSET:
            field_dict["origin"] = origin

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.entry_line import EntryLine  # noqa: PLC0415
        from ..models.journal_summary import JournalSummary  # noqa: PLC0415

        d = dict(src_dict)
        _uuid = d.pop("uuid", UNSET)
        uuid: UUID | Unset
        if isinstance(_uuid, Unset):
            uuid = UNSET
        else:
            uuid = UUID(_uuid)

        _journal = d.pop("journal", UNSET)
        journal: JournalSummary | Unset
        if isinstance(_journal, Unset):
            journal = UNSET
        else:
            journal = JournalSummary.from_dict(_journal)

        _entry_mode = d.pop("entryMode", UNSET)
        entry_mode: EntryMode | Unset
        if isinstance(_entry_mode, Unset):
            entry_mode = UNSET
        else:
            entry_mode = EntryMode(_entry_mode)

        _date = d.pop("date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.date.fromisoformat(_date)

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

        _lines = d.pop("lines", UNSET)
        lines: list[EntryLine] | Unset = UNSET
        if _lines is not UNSET:
            lines = []
            for lines_item_data in _lines:
                lines_item = EntryLine.from_dict(lines_item_data)

                lines.append(lines_item)

        def _parse_attachment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        attachment = _parse_attachment(d.pop("attachment", UNSET))

        origin = d.pop("origin", UNSET)

        entry = cls(
            uuid=uuid,
            journal=journal,
            entry_mode=entry_mode,
            date=date,
            temporary_identifier=temporary_identifier,
            valid_identifier=valid_identifier,
            lines=lines,
            attachment=attachment,
            origin=origin,
        )

        entry.additional_properties = d
        return entry

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
