from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, to_decimal

if TYPE_CHECKING:
    from ..models.entry_summary import EntrySummary


T = TypeVar("T", bound="LineEntry")


@_attrs_define
class LineEntry:
    """Ligne d'écriture avec l'en-tête de son écriture.

    Attributes:
        uuid (UUID | Unset): UUID de la ligne.
        entry (EntrySummary | Unset): Écriture (en-tête) à laquelle appartient une ligne.
        general_account (str | Unset): Numéro du compte général.
        auxiliary_account (None | str | Unset): Numéro du compte de tiers.
        label (str | Unset): Libellé.
        debit (Decimal | Unset): Débit.
        credit (Decimal | Unset): Crédit.
        piece (None | str | Unset): Numéro de pièce.
        document (None | str | Unset): Numéro de document.
        deadline (datetime.date | None | Unset): Date d'échéance.
        lettering (None | str | Unset): Code de lettrage.
        lettering_date (datetime.date | None | Unset): Date de lettrage.
        partial_lettering (None | str | Unset): Lettrage partiel (toujours null dans les exemples ; type non documenté).
    """

    uuid: UUID | Unset = UNSET
    entry: EntrySummary | Unset = UNSET
    general_account: str | Unset = UNSET
    auxiliary_account: None | str | Unset = UNSET
    label: str | Unset = UNSET
    debit: Decimal | Unset = UNSET
    credit: Decimal | Unset = UNSET
    piece: None | str | Unset = UNSET
    document: None | str | Unset = UNSET
    deadline: datetime.date | None | Unset = UNSET
    lettering: None | str | Unset = UNSET
    lettering_date: datetime.date | None | Unset = UNSET
    partial_lettering: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid)

        entry: dict[str, Any] | Unset = UNSET
        if not isinstance(self.entry, Unset):
            entry = self.entry.to_dict()

        general_account = self.general_account

        auxiliary_account: None | str | Unset
        if isinstance(self.auxiliary_account, Unset):
            auxiliary_account = UNSET
        else:
            auxiliary_account = self.auxiliary_account

        label = self.label

        debit = self.debit

        credit = self.credit

        piece: None | str | Unset
        if isinstance(self.piece, Unset):
            piece = UNSET
        else:
            piece = self.piece

        document: None | str | Unset
        if isinstance(self.document, Unset):
            document = UNSET
        else:
            document = self.document

        deadline: None | str | Unset
        if isinstance(self.deadline, Unset):
            deadline = UNSET
        elif isinstance(self.deadline, datetime.date):
            deadline = self.deadline.isoformat()
        else:
            deadline = self.deadline

        lettering: None | str | Unset
        if isinstance(self.lettering, Unset):
            lettering = UNSET
        else:
            lettering = self.lettering

        lettering_date: None | str | Unset
        if isinstance(self.lettering_date, Unset):
            lettering_date = UNSET
        elif isinstance(self.lettering_date, datetime.date):
            lettering_date = self.lettering_date.isoformat()
        else:
            lettering_date = self.lettering_date

        partial_lettering: None | str | Unset
        if isinstance(self.partial_lettering, Unset):
            partial_lettering = UNSET
        else:
            partial_lettering = self.partial_lettering

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if entry is not UNSET:
            field_dict["entry"] = entry
        if general_account is not UNSET:
            field_dict["generalAccount"] = general_account
        if auxiliary_account is not UNSET:
            field_dict["auxiliaryAccount"] = auxiliary_account
        if label is not UNSET:
            field_dict["label"] = label
        if debit is not UNSET:
            field_dict["debit"] = debit
        if credit is not UNSET:
            field_dict["credit"] = credit
        if piece is not UNSET:
            field_dict["piece"] = piece
        if document is not UNSET:
            field_dict["document"] = document
        if deadline is not UNSET:
            field_dict["deadline"] = deadline
        if lettering is not UNSET:
            field_dict["lettering"] = lettering
        if lettering_date is not UNSET:
            field_dict["letteringDate"] = lettering_date
        if partial_lettering is not UNSET:
            field_dict["partialLettering"] = partial_lettering

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.entry_summary import EntrySummary  # noqa: PLC0415

        d = dict(src_dict)
        _uuid = d.pop("uuid", UNSET)
        uuid: UUID | Unset
        if isinstance(_uuid, Unset):
            uuid = UNSET
        else:
            uuid = UUID(_uuid)

        _entry = d.pop("entry", UNSET)
        entry: EntrySummary | Unset
        if isinstance(_entry, Unset):
            entry = UNSET
        else:
            entry = EntrySummary.from_dict(_entry)

        general_account = d.pop("generalAccount", UNSET)

        def _parse_auxiliary_account(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        auxiliary_account = _parse_auxiliary_account(d.pop("auxiliaryAccount", UNSET))

        label = d.pop("label", UNSET)

        _debit = d.pop("debit", UNSET)
        debit: Decimal | Unset
        if isinstance(_debit, Unset):
            debit = UNSET
        else:
            debit = to_decimal(_debit)

        _credit = d.pop("credit", UNSET)
        credit: Decimal | Unset
        if isinstance(_credit, Unset):
            credit = UNSET
        else:
            credit = to_decimal(_credit)

        def _parse_piece(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        piece = _parse_piece(d.pop("piece", UNSET))

        def _parse_document(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        document = _parse_document(d.pop("document", UNSET))

        def _parse_deadline(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                deadline_type_0 = datetime.date.fromisoformat(data)

                return deadline_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        deadline = _parse_deadline(d.pop("deadline", UNSET))

        def _parse_lettering(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lettering = _parse_lettering(d.pop("lettering", UNSET))

        def _parse_lettering_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                lettering_date_type_0 = datetime.date.fromisoformat(data)

                return lettering_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        lettering_date = _parse_lettering_date(d.pop("letteringDate", UNSET))

        def _parse_partial_lettering(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        partial_lettering = _parse_partial_lettering(d.pop("partialLettering", UNSET))

        line_entry = cls(
            uuid=uuid,
            entry=entry,
            general_account=general_account,
            auxiliary_account=auxiliary_account,
            label=label,
            debit=debit,
            credit=credit,
            piece=piece,
            document=document,
            deadline=deadline,
            lettering=lettering,
            lettering_date=lettering_date,
            partial_lettering=partial_lettering,
        )

        line_entry.additional_properties = d
        return line_entry

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
