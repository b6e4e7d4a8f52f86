from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar
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
    read_datetime,
    read_decimal,
    read_str,
    read_uuid,
)

from ..types import UNSET, Unset

T = TypeVar("T", bound="LigneSaisieEcrituresRequest")


@_attrs_define
class LigneSaisieEcrituresRequest:
    """Ligne d'écriture à créer ou modifier (saisie journal).

    Attributes:
        identifiant_provisoire_ecriture (str): Sert à identifier l'écriture de la ligne.
        date (datetime.datetime): Date d'écriture.
        general_account (str): Compte général.
        label (str): Libellé.
        uuid (UUID | Unset): Identifiant de la ligne, utilisé en édition seulement.
        auxiliary_account (str | Unset): Compte de tiers.
        debit (Decimal | Unset): Débit.
        credit (Decimal | Unset): Crédit.
        piece (str | Unset): Numéro de pièce.
        document_number (str | Unset): Numéro de document.
        deadline (datetime.datetime | Unset): Date d'échéance.
        attachment_uuid (UUID | Unset): Identifiant de pièce jointe.
    """

    identifiant_provisoire_ecriture: str | None
    date: datetime.datetime | None
    general_account: str | None
    label: str | None
    uuid: UUID | None | Unset = UNSET
    auxiliary_account: str | None | Unset = UNSET
    debit: Decimal | None | Unset = UNSET
    credit: Decimal | None | Unset = UNSET
    piece: str | None | Unset = UNSET
    document_number: str | None | Unset = UNSET
    deadline: datetime.datetime | None | Unset = UNSET
    attachment_uuid: UUID | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.identifiant_provisoire_ecriture
        if value is UNSET:
            raise ArgumentTypeError(
                "is required", parameter="LigneSaisieEcrituresRequest.identifiant_provisoire_ecriture"
            )
        field_dict["identifiantProvisoireEcriture"] = dump(
            value, "LigneSaisieEcrituresRequest.identifiant_provisoire_ecriture", "str", False
        )
        value = self.date
        if value is UNSET:
            raise ArgumentTypeError("is required", parameter="LigneSaisieEcrituresRequest.date")
        field_dict["date"] = dump(value, "LigneSaisieEcrituresRequest.date", "datetime", False)
        value = self.general_account
        if value is UNSET:
            raise ArgumentTypeError("is required", parameter="LigneSaisieEcrituresRequest.general_account")
        field_dict["generalAccount"] = dump(value, "LigneSaisieEcrituresRequest.general_account", "str", False)
        value = self.label
        if value is UNSET:
            raise ArgumentTypeError("is required", parameter="LigneSaisieEcrituresRequest.label")
        field_dict["label"] = dump(value, "LigneSaisieEcrituresRequest.label", "str", False)
        value = self.uuid
        if value is not UNSET:
            field_dict["uuid"] = dump(value, "LigneSaisieEcrituresRequest.uuid", "uuid", False)
        value = self.auxiliary_account
        if value is not UNSET:
            field_dict["auxiliaryAccount"] = dump(value, "LigneSaisieEcrituresRequest.auxiliary_account", "str", False)
        value = self.debit
        if value is not UNSET:
            field_dict["debit"] = dump(value, "LigneSaisieEcrituresRequest.debit", "number", False)
        value = self.credit
        if value is not UNSET:
            field_dict["credit"] = dump(value, "LigneSaisieEcrituresRequest.credit", "number", False)
        value = self.piece
        if value is not UNSET:
            field_dict["piece"] = dump(value, "LigneSaisieEcrituresRequest.piece", "str", False)
        value = self.document_number
        if value is not UNSET:
            field_dict["documentNumber"] = dump(value, "LigneSaisieEcrituresRequest.document_number", "str", False)
        value = self.deadline
        if value is not UNSET:
            field_dict["deadline"] = dump(value, "LigneSaisieEcrituresRequest.deadline", "datetime", False)
        value = self.attachment_uuid
        if value is not UNSET:
            field_dict["attachmentUuid"] = dump(value, "LigneSaisieEcrituresRequest.attachment_uuid", "uuid", False)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object (a response body or part of one) at JSON pointer ``_path``.

        ``null`` reads as None; numeric strings, dates given as date-times and enum names are accepted;
        anything else that does not fit raises ``ResponseValidationError`` naming its path.
        """
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise invalid(_path, None, "an object", src_dict)
        get = src_dict.get
        identifiant_provisoire_ecriture = get("identifiantProvisoireEcriture", UNSET)
        if identifiant_provisoire_ecriture is UNSET:
            raise missing(_path, "identifiantProvisoireEcriture", "a string")
        if identifiant_provisoire_ecriture.__class__ is not str:
            identifiant_provisoire_ecriture = read_str(
                identifiant_provisoire_ecriture, _path, "identifiantProvisoireEcriture"
            )
        date = get("date", UNSET)
        if date is UNSET:
            raise missing(_path, "date", "a date-time")
        if date is not UNSET:
            date = read_datetime(date, _path, "date")
        general_account = get("generalAccount", UNSET)
        if general_account is UNSET:
            raise missing(_path, "generalAccount", "a string")
        if general_account.__class__ is not str:
            general_account = read_str(general_account, _path, "generalAccount")
        label = get("label", UNSET)
        if label is UNSET:
            raise missing(_path, "label", "a string")
        if label.__class__ is not str:
            label = read_str(label, _path, "label")
        uuid = get("uuid", UNSET)
        if uuid is not UNSET:
            uuid = read_uuid(uuid, _path, "uuid")
        auxiliary_account = get("auxiliaryAccount", UNSET)
        if auxiliary_account.__class__ is not str:
            auxiliary_account = read_str(auxiliary_account, _path, "auxiliaryAccount")
        debit = get("debit", UNSET)
        if debit.__class__ is not Decimal:
            debit = read_decimal(debit, _path, "debit")
        credit = get("credit", UNSET)
        if credit.__class__ is not Decimal:
            credit = read_decimal(credit, _path, "credit")
        piece = get("piece", UNSET)
        if piece.__class__ is not str:
            piece = read_str(piece, _path, "piece")
        document_number = get("documentNumber", UNSET)
        if document_number.__class__ is not str:
            document_number = read_str(document_number, _path, "documentNumber")
        deadline = get("deadline", UNSET)
        if deadline is not UNSET:
            deadline = read_datetime(deadline, _path, "deadline")
        attachment_uuid = get("attachmentUuid", UNSET)
        if attachment_uuid is not UNSET:
            attachment_uuid = read_uuid(attachment_uuid, _path, "attachmentUuid")
        ligne_saisie_ecritures_request = object.__new__(cls)
        ligne_saisie_ecritures_request.identifiant_provisoire_ecriture = identifiant_provisoire_ecriture
        ligne_saisie_ecritures_request.date = date
        ligne_saisie_ecritures_request.general_account = general_account
        ligne_saisie_ecritures_request.label = label
        ligne_saisie_ecritures_request.uuid = uuid
        ligne_saisie_ecritures_request.auxiliary_account = auxiliary_account
        ligne_saisie_ecritures_request.debit = debit
        ligne_saisie_ecritures_request.credit = credit
        ligne_saisie_ecritures_request.piece = piece
        ligne_saisie_ecritures_request.document_number = document_number
        ligne_saisie_ecritures_request.deadline = deadline
        ligne_saisie_ecritures_request.attachment_uuid = attachment_uuid
        ligne_saisie_ecritures_request.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            ligne_saisie_ecritures_request.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return ligne_saisie_ecritures_request

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (LigneSaisieEcrituresRequest)", value)

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
        "identifiantProvisoireEcriture",
        "date",
        "generalAccount",
        "label",
        "uuid",
        "auxiliaryAccount",
        "debit",
        "credit",
        "piece",
        "documentNumber",
        "deadline",
        "attachmentUuid",
    }
)
