from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, to_decimal

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

    identifiant_provisoire_ecriture: str
    date: datetime.datetime
    general_account: str
    label: str
    uuid: UUID | Unset = UNSET
    auxiliary_account: str | Unset = UNSET
    debit: Decimal | Unset = UNSET
    credit: Decimal | Unset = UNSET
    piece: str | Unset = UNSET
    document_number: str | Unset = UNSET
    deadline: datetime.datetime | Unset = UNSET
    attachment_uuid: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifiant_provisoire_ecriture = self.identifiant_provisoire_ecriture

        date = self.date.isoformat()

        general_account = self.general_account

        label = self.label

        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid)

        auxiliary_account = self.auxiliary_account

        debit = self.debit

        credit = self.credit

        piece = self.piece

        document_number = self.document_number

        deadline: str | Unset = UNSET
        if not isinstance(self.deadline, Unset):
            deadline = self.deadline.isoformat()

        attachment_uuid: str | Unset = UNSET
        if not isinstance(self.attachment_uuid, Unset):
            attachment_uuid = str(self.attachment_uuid)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identifiantProvisoireEcriture": identifiant_provisoire_ecriture,
                "date": date,
                "generalAccount": general_account,
                "label": label,
            }
        )
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if auxiliary_account is not UNSET:
            field_dict["auxiliaryAccount"] = auxiliary_account
        if debit is not UNSET:
            field_dict["debit"] = debit
        if credit is not UNSET:
            field_dict["credit"] = credit
        if piece is not UNSET:
            field_dict["piece"] = piece
        if document_number is not UNSET:
            field_dict["documentNumber"] = document_number
        if deadline is not UNSET:
            field_dict["deadline"] = deadline
        if attachment_uuid is not UNSET:
            field_dict["attachmentUuid"] = attachment_uuid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        identifiant_provisoire_ecriture = d.pop("identifiantProvisoireEcriture")

        date = datetime.datetime.fromisoformat(d.pop("date"))

        general_account = d.pop("generalAccount")

        label = d.pop("label")

        _uuid = d.pop("uuid", UNSET)
        uuid: UUID | Unset
        if isinstance(_uuid, Unset):
            uuid = UNSET
        else:
            uuid = UUID(_uuid)

        auxiliary_account = d.pop("auxiliaryAccount", UNSET)

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

        piece = d.pop("piece", UNSET)

        document_number = d.pop("documentNumber", UNSET)

        _deadline = d.pop("deadline", UNSET)
        deadline: datetime.datetime | Unset
        if isinstance(_deadline, Unset):
            deadline = UNSET
        else:
            deadline = datetime.datetime.fromisoformat(_deadline)

        _attachment_uuid = d.pop("attachmentUuid", UNSET)
        attachment_uuid: UUID | Unset
        if isinstance(_attachment_uuid, Unset):
            attachment_uuid = UNSET
        else:
            attachment_uuid = UUID(_attachment_uuid)

        ligne_saisie_ecritures_request = cls(
            identifiant_provisoire_ecriture=identifiant_provisoire_ecriture,
            date=date,
            general_account=general_account,
            label=label,
            uuid=uuid,
            auxiliary_account=auxiliary_account,
            debit=debit,
            credit=credit,
            piece=piece,
            document_number=document_number,
            deadline=deadline,
            attachment_uuid=attachment_uuid,
        )

        ligne_saisie_ecritures_request.additional_properties = d
        return ligne_saisie_ecritures_request

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
