from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
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
    read_decimal,
    read_str,
    read_uuid,
)

from ..types import UNSET, Unset

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

    uuid: UUID | None | Unset = UNSET
    entry: EntrySummary | None | Unset = UNSET
    general_account: str | None | Unset = UNSET
    auxiliary_account: None | str | Unset = UNSET
    label: str | None | Unset = UNSET
    debit: Decimal | None | Unset = UNSET
    credit: Decimal | None | Unset = UNSET
    piece: None | str | Unset = UNSET
    document: None | str | Unset = UNSET
    deadline: datetime.date | None | Unset = UNSET
    lettering: None | str | Unset = UNSET
    lettering_date: datetime.date | None | Unset = UNSET
    partial_lettering: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        from ..models.entry_summary import EntrySummary  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.uuid
        if value is not UNSET:
            field_dict["uuid"] = dump(value, "LineEntry.uuid", "uuid", False)
        value = self.entry
        if value is not UNSET:
            field_dict["entry"] = dump_model(value, "LineEntry.entry", EntrySummary, False)
        value = self.general_account
        if value is not UNSET:
            field_dict["generalAccount"] = dump(value, "LineEntry.general_account", "str", False)
        value = self.auxiliary_account
        if value is not UNSET:
            field_dict["auxiliaryAccount"] = to_json(value)
        value = self.label
        if value is not UNSET:
            field_dict["label"] = dump(value, "LineEntry.label", "str", False)
        value = self.debit
        if value is not UNSET:
            field_dict["debit"] = dump(value, "LineEntry.debit", "number", False)
        value = self.credit
        if value is not UNSET:
            field_dict["credit"] = dump(value, "LineEntry.credit", "number", False)
        value = self.piece
        if value is not UNSET:
            field_dict["piece"] = to_json(value)
        value = self.document
        if value is not UNSET:
            field_dict["document"] = to_json(value)
        value = self.deadline
        if value is not UNSET:
            field_dict["deadline"] = to_json(value)
        value = self.lettering
        if value is not UNSET:
            field_dict["lettering"] = to_json(value)
        value = self.lettering_date
        if value is not UNSET:
            field_dict["letteringDate"] = to_json(value)
        value = self.partial_lettering
        if value is not UNSET:
            field_dict["partialLettering"] = to_json(value)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object (a response body or part of one) at JSON pointer ``_path``.

        ``null`` reads as None; numeric strings, dates given as date-times and enum names are accepted;
        anything else that does not fit raises ``ResponseValidationError`` naming its path.
        """
        from ..models.entry_summary import EntrySummary  # noqa: PLC0415

        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise invalid(_path, None, "an object", src_dict)
        get = src_dict.get
        uuid = get("uuid", UNSET)
        if uuid is not UNSET:
            uuid = read_uuid(uuid, _path, "uuid")
        entry = get("entry", UNSET)
        if entry is not UNSET:
            entry = EntrySummary._read(entry, _path, "entry")
        general_account = get("generalAccount", UNSET)
        if general_account.__class__ is not str:
            general_account = read_str(general_account, _path, "generalAccount")
        auxiliary_account = get("auxiliaryAccount", UNSET)
        if auxiliary_account.__class__ is not str:
            auxiliary_account = read_str(auxiliary_account, _path, "auxiliaryAccount")
        label = get("label", UNSET)
        if label.__class__ is not str:
            label = read_str(label, _path, "label")
        debit = get("debit", UNSET)
        if debit.__class__ is not Decimal:
            debit = read_decimal(debit, _path, "debit")
        credit = get("credit", UNSET)
        if credit.__class__ is not Decimal:
            credit = read_decimal(credit, _path, "credit")
        piece = get("piece", UNSET)
        if piece.__class__ is not str:
            piece = read_str(piece, _path, "piece")
        document = get("document", UNSET)
        if document.__class__ is not str:
            document = read_str(document, _path, "document")
        deadline = get("deadline", UNSET)
        if deadline is not UNSET:
            deadline = read_date(deadline, _path, "deadline")
        lettering = get("lettering", UNSET)
        if lettering.__class__ is not str:
            lettering = read_str(lettering, _path, "lettering")
        lettering_date = get("letteringDate", UNSET)
        if lettering_date is not UNSET:
            lettering_date = read_date(lettering_date, _path, "letteringDate")
        partial_lettering = get("partialLettering", UNSET)
        if partial_lettering.__class__ is not str:
            partial_lettering = read_str(partial_lettering, _path, "partialLettering")
        line_entry = object.__new__(cls)
        line_entry.uuid = uuid
        line_entry.entry = entry
        line_entry.general_account = general_account
        line_entry.auxiliary_account = auxiliary_account
        line_entry.label = label
        line_entry.debit = debit
        line_entry.credit = credit
        line_entry.piece = piece
        line_entry.document = document
        line_entry.deadline = deadline
        line_entry.lettering = lettering
        line_entry.lettering_date = lettering_date
        line_entry.partial_lettering = partial_lettering
        line_entry.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            line_entry.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return line_entry

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (LineEntry)", value)

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
        "entry",
        "generalAccount",
        "auxiliaryAccount",
        "label",
        "debit",
        "credit",
        "piece",
        "document",
        "deadline",
        "lettering",
        "letteringDate",
        "partialLettering",
    }
)
