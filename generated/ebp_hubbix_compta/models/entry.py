from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from comptoir.runtime.checks import dump, dump_model, to_json
from comptoir.runtime.reading import (
    invalid,
    pointer,
    read_any,
    read_date,
    read_list,
    read_str,
    read_uuid,
)

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

    uuid: UUID | None | Unset = UNSET
    journal: JournalSummary | None | Unset = UNSET
    entry_mode: EntryMode | None | Unset = UNSET
    date: datetime.date | None | Unset = UNSET
    temporary_identifier: None | str | Unset = UNSET
    valid_identifier: None | str | Unset = UNSET
    lines: list[EntryLine] | None | Unset = UNSET
    attachment: None | str | Unset = UNSET
    origin: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        from ..models.journal_summary import JournalSummary  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.uuid
        if value is not UNSET:
            field_dict["uuid"] = dump(value, "Entry.uuid", "uuid", False)
        value = self.journal
        if value is not UNSET:
            field_dict["journal"] = dump_model(value, "Entry.journal", JournalSummary, False)
        value = self.entry_mode
        if value is not UNSET:
            field_dict["entryMode"] = dump(value, "Entry.entry_mode", "enum", False, EntryMode)
        value = self.date
        if value is not UNSET:
            field_dict["date"] = dump(value, "Entry.date", "date", False)
        value = self.temporary_identifier
        if value is not UNSET:
            field_dict["temporaryIdentifier"] = to_json(value)
        value = self.valid_identifier
        if value is not UNSET:
            field_dict["validIdentifier"] = to_json(value)
        value = self.lines
        if value is not UNSET:
            field_dict["lines"] = dump(value, "Entry.lines", "list", False)
        value = self.attachment
        if value is not UNSET:
            field_dict["attachment"] = to_json(value)
        value = self.origin
        if value is not UNSET:
            field_dict["origin"] = dump(value, "Entry.origin", "str", False)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object (a response body or part of one) at JSON pointer ``_path``.

        ``null`` reads as None; numeric strings, dates given as date-times and enum names are accepted;
        anything else that does not fit raises ``ResponseValidationError`` naming its path.
        """
        from ..models.entry_line import EntryLine  # noqa: PLC0415
        from ..models.journal_summary import JournalSummary  # noqa: PLC0415

        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise invalid(_path, None, "an object", src_dict)
        get = src_dict.get
        uuid = get("uuid", UNSET)
        if uuid is not UNSET:
            uuid = read_uuid(uuid, _path, "uuid")
        journal = get("journal", UNSET)
        if journal is not UNSET:
            journal = JournalSummary._read(journal, _path, "journal")
        entry_mode = get("entryMode", UNSET)
        if entry_mode.__class__ is str and entry_mode in EntryMode._value2member_map_:
            entry_mode = EntryMode._value2member_map_[entry_mode]
        elif entry_mode is not UNSET:
            entry_mode = EntryMode._read(entry_mode, _path, "entryMode")
        date = get("date", UNSET)
        if date is not UNSET:
            date = read_date(date, _path, "date")
        temporary_identifier = get("temporaryIdentifier", UNSET)
        if temporary_identifier.__class__ is not str:
            temporary_identifier = read_str(temporary_identifier, _path, "temporaryIdentifier")
        valid_identifier = get("validIdentifier", UNSET)
        if valid_identifier.__class__ is not str:
            valid_identifier = read_str(valid_identifier, _path, "validIdentifier")
        lines = get("lines", UNSET)
        if lines is not UNSET:
            lines = read_list(lines, _path, "lines", EntryLine._read)
        attachment = get("attachment", UNSET)
        if attachment.__class__ is not str:
            attachment = read_str(attachment, _path, "attachment")
        origin = get("origin", UNSET)
        if origin.__class__ is not str:
            origin = read_str(origin, _path, "origin")
        entry = object.__new__(cls)
        entry.uuid = uuid
        entry.journal = journal
        entry.entry_mode = entry_mode
        entry.date = date
        entry.temporary_identifier = temporary_identifier
        entry.valid_identifier = valid_identifier
        entry.lines = lines
        entry.attachment = attachment
        entry.origin = origin
        entry.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            entry.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return entry

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (Entry)", value)

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
        "uuid",
        "journal",
        "entryMode",
        "date",
        "temporaryIdentifier",
        "validIdentifier",
        "lines",
        "attachment",
        "origin",
    }
)
