from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from comptoir.errors import ArgumentTypeError
from comptoir.runtime.checks import dump, to_json
from comptoir.runtime.reading import (
    invalid,
    missing,
    pointer,
    read_any,
    read_bool,
    read_list,
    read_str,
    read_uuid,
)

from ..models.entry_mode import EntryMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ligne_saisie_ecritures_request import LigneSaisieEcrituresRequest


T = TypeVar("T", bound="JournalEntryRequest")


@_attrs_define
class JournalEntryRequest:
    """Saisie journal (création ou modification d'écritures).

    Attributes:
        entry_mode (EntryMode): Mode de saisie (Provisoire, Validé).
        journal (str): Code journal.
        lines_edition (list[LigneSaisieEcrituresRequest] | Unset): Lignes modifiées.
        lines_deletion (list[UUID] | Unset): Identifiants des lignes à supprimer.
        verification (bool | Unset): Vérification des lignes.
        transaction (str | Unset): Identifiant de la transaction.
        accounted_lines_uuids (list[UUID] | Unset): Identifiants des lignes affectées à la transaction.
        avoid_lettering (bool | Unset): Ne pas lettrer.
    """

    entry_mode: EntryMode | None
    journal: str | None
    lines_edition: list[LigneSaisieEcrituresRequest] | None | Unset = UNSET
    lines_deletion: list[UUID] | None | Unset = UNSET
    verification: bool | None | Unset = UNSET
    transaction: str | None | Unset = UNSET
    accounted_lines_uuids: list[UUID] | None | Unset = UNSET
    avoid_lettering: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.entry_mode
        if value is UNSET:
            raise ArgumentTypeError("is required", parameter="JournalEntryRequest.entry_mode")
        field_dict["entryMode"] = dump(value, "JournalEntryRequest.entry_mode", "enum", False, EntryMode)
        value = self.journal
        if value is UNSET:
            raise ArgumentTypeError("is required", parameter="JournalEntryRequest.journal")
        field_dict["journal"] = dump(value, "JournalEntryRequest.journal", "str", False)
        value = self.lines_edition
        if value is not UNSET:
            field_dict["linesEdition"] = dump(value, "JournalEntryRequest.lines_edition", "list", False)
        value = self.lines_deletion
        if value is not UNSET:
            field_dict["linesDeletion"] = dump(value, "JournalEntryRequest.lines_deletion", "list", False)
        value = self.verification
        if value is not UNSET:
            field_dict["verification"] = dump(value, "JournalEntryRequest.verification", "bool", False)
        value = self.transaction
        if value is not UNSET:
            field_dict["transaction"] = dump(value, "JournalEntryRequest.transaction", "str", False)
        value = self.accounted_lines_uuids
        if value is not UNSET:
            field_dict["accountedLinesUuids"] = dump(value, "JournalEntryRequest.accounted_lines_uuids", "list", False)
        value = self.avoid_lettering
        if value is not UNSET:
            field_dict["avoidLettering"] = dump(value, "JournalEntryRequest.avoid_lettering", "bool", False)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object (a response body or part of one) at JSON pointer ``_path``.

        ``null`` reads as None; numeric strings, dates given as date-times and enum names are accepted;
        anything else that does not fit raises ``ResponseValidationError`` naming its path.
        """
        from ..models.ligne_saisie_ecritures_request import LigneSaisieEcrituresRequest  # noqa: PLC0415

        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise invalid(_path, None, "an object", src_dict)
        get = src_dict.get
        entry_mode = get("entryMode", UNSET)
        if entry_mode is UNSET:
            raise missing(_path, "entryMode", "an enum value")
        if entry_mode.__class__ is str and entry_mode in EntryMode._value2member_map_:
            entry_mode = EntryMode._value2member_map_[entry_mode]
        elif entry_mode is not UNSET:
            entry_mode = EntryMode._read(entry_mode, _path, "entryMode")
        journal = get("journal", UNSET)
        if journal is UNSET:
            raise missing(_path, "journal", "a string")
        if journal.__class__ is not str:
            journal = read_str(journal, _path, "journal")
        lines_edition = get("linesEdition", UNSET)
        if lines_edition is not UNSET:
            lines_edition = read_list(lines_edition, _path, "linesEdition", LigneSaisieEcrituresRequest._read)
        lines_deletion = get("linesDeletion", UNSET)
        if lines_deletion is not UNSET:
            lines_deletion = read_list(lines_deletion, _path, "linesDeletion", read_uuid)
        verification = get("verification", UNSET)
        if verification.__class__ is not bool:
            verification = read_bool(verification, _path, "verification")
        transaction = get("transaction", UNSET)
        if transaction.__class__ is not str:
            transaction = read_str(transaction, _path, "transaction")
        accounted_lines_uuids = get("accountedLinesUuids", UNSET)
        if accounted_lines_uuids is not UNSET:
            accounted_lines_uuids = read_list(accounted_lines_uuids, _path, "accountedLinesUuids", read_uuid)
        avoid_lettering = get("avoidLettering", UNSET)
        if avoid_lettering.__class__ is not bool:
            avoid_lettering = read_bool(avoid_lettering, _path, "avoidLettering")
        journal_entry_request = object.__new__(cls)
        journal_entry_request.entry_mode = entry_mode
        journal_entry_request.journal = journal
        journal_entry_request.lines_edition = lines_edition
        journal_entry_request.lines_deletion = lines_deletion
        journal_entry_request.verification = verification
        journal_entry_request.transaction = transaction
        journal_entry_request.accounted_lines_uuids = accounted_lines_uuids
        journal_entry_request.avoid_lettering = avoid_lettering
        journal_entry_request.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            journal_entry_request.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return journal_entry_request

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (JournalEntryRequest)", value)

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
        "entryMode",
        "journal",
        "linesEdition",
        "linesDeletion",
        "verification",
        "transaction",
        "accountedLinesUuids",
        "avoidLettering",
    }
)
