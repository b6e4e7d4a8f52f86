from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

    entry_mode: EntryMode
    journal: str
    lines_edition: list[LigneSaisieEcrituresRequest] | Unset = UNSET
    lines_deletion: list[UUID] | Unset = UNSET
    verification: bool | Unset = UNSET
    transaction: str | Unset = UNSET
    accounted_lines_uuids: list[UUID] | Unset = UNSET
    avoid_lettering: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entry_mode = self.entry_mode.value

        journal = self.journal

        lines_edition: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lines_edition, Unset):
            lines_edition = []
            for lines_edition_item_data in self.lines_edition:
                lines_edition_item = lines_edition_item_data.to_dict()
                lines_edition.append(lines_edition_item)

        lines_deletion: list[str] | Unset = UNSET
        if not isinstance(self.lines_deletion, Unset):
            lines_deletion = []
            for lines_deletion_item_data in self.lines_deletion:
                lines_deletion_item = str(lines_deletion_item_data)
                lines_deletion.append(lines_deletion_item)

        verification = self.verification

        transaction = self.transaction

        accounted_lines_uuids: list[str] | Unset = UNSET
        if not isinstance(self.accounted_lines_uuids, Unset):
            accounted_lines_uuids = []
            for accounted_lines_uuids_item_data in self.accounted_lines_uuids:
                accounted_lines_uuids_item = str(accounted_lines_uuids_item_data)
                accounted_lines_uuids.append(accounted_lines_uuids_item)

        avoid_lettering = self.avoid_lettering

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entryMode": entry_mode,
                "journal": journal,
            }
        )
        if lines_edition is not UNSET:
            field_dict["linesEdition"] = lines_edition
        if lines_deletion is not UNSET:
            field_dict["linesDeletion"] = lines_deletion
        if verification is not UNSET:
            field_dict["verification"] = verification
        if transaction is not UNSET:
            field_dict["transaction"] = transaction
        if accounted_lines_uuids is not UNSET:
            field_dict["accountedLinesUuids"] = accounted_lines_uuids
        if avoid_lettering is not UNSET:
            field_dict["avoidLettering"] = avoid_lettering

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ligne_saisie_ecritures_request import LigneSaisieEcrituresRequest  # noqa: PLC0415

        d = dict(src_dict)
        entry_mode = EntryMode(d.pop("entryMode"))

        journal = d.pop("journal")

        _lines_edition = d.pop("linesEdition", UNSET)
        lines_edition: list[LigneSaisieEcrituresRequest] | Unset = UNSET
        if _lines_edition is not UNSET:
            lines_edition = []
            for lines_edition_item_data in _lines_edition:
                lines_edition_item = LigneSaisieEcrituresRequest.from_dict(lines_edition_item_data)

                lines_edition.append(lines_edition_item)

        _lines_deletion = d.pop("linesDeletion", UNSET)
        lines_deletion: list[UUID] | Unset = UNSET
        if _lines_deletion is not UNSET:
            lines_deletion = []
            for lines_deletion_item_data in _lines_deletion:
                lines_deletion_item = UUID(lines_deletion_item_data)

                lines_deletion.append(lines_deletion_item)

        verification = d.pop("verification", UNSET)

        transaction = d.pop("transaction", UNSET)

        _accounted_lines_uuids = d.pop("accountedLinesUuids", UNSET)
        accounted_lines_uuids: list[UUID] | Unset = UNSET
        if _accounted_lines_uuids is not UNSET:
            accounted_lines_uuids = []
            for accounted_lines_uuids_item_data in _accounted_lines_uuids:
                accounted_lines_uuids_item = UUID(accounted_lines_uuids_item_data)

                accounted_lines_uuids.append(accounted_lines_uuids_item)

        avoid_lettering = d.pop("avoidLettering", UNSET)

        journal_entry_request = cls(
            entry_mode=entry_mode,
            journal=journal,
            lines_edition=lines_edition,
            lines_deletion=lines_deletion,
            verification=verification,
            transaction=transaction,
            accounted_lines_uuids=accounted_lines_uuids,
            avoid_lettering=avoid_lettering,
        )

        journal_entry_request.additional_properties = d
        return journal_entry_request

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
