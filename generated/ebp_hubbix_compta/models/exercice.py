from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Exercice")


@_attrs_define
class Exercice:
    """Exercice comptable.

    Attributes:
        uuid (UUID | Unset): UUID de l'exercice.
        start_date (datetime.date | Unset): Date de début.
        end_date (datetime.date | Unset): Date de fin.
        exercice_number (int | Unset): Numéro de l'exercice.
        closing_date (datetime.date | None | Unset): Date de clôture.
        attachment_uuid (None | str | Unset): Identifiant de la pièce jointe d'archive (chaîne vide si aucune).
        archive_date (datetime.datetime | None | Unset): Date d'archivage.
        prints_attachment_uuid (None | str | Unset): Identifiant de la pièce jointe des impressions (chaîne vide si
            aucune).
        prints_date (datetime.datetime | None | Unset): Date des impressions.
    """

    uuid: UUID | Unset = UNSET
    start_date: datetime.date | Unset = UNSET
    end_date: datetime.date | Unset = UNSET
    exercice_number: int | Unset = UNSET
    closing_date: datetime.date | None | Unset = UNSET
    attachment_uuid: None | str | Unset = UNSET
    archive_date: datetime.datetime | None | Unset = UNSET
    prints_attachment_uuid: None | str | Unset = UNSET
    prints_date: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid)

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        exercice_number = self.exercice_number

        closing_date: None | str | Unset
        if isinstance(self.closing_date, Unset):
            closing_date = UNSET
        elif isinstance(self.closing_date, datetime.date):
            closing_date = self.closing_date.isoformat()
        else:
            closing_date = self.closing_date

        attachment_uuid: None | str | Unset
        if isinstance(self.attachment_uuid, Unset):
            attachment_uuid = UNSET
        else:
            attachment_uuid = self.attachment_uuid

        archive_date: None | str | Unset
        if isinstance(self.archive_date, Unset):
            archive_date = UNSET
        elif isinstance(self.archive_date, datetime.datetime):
            archive_date = self.archive_date.isoformat()
        else:
            archive_date = self.archive_date

        prints_attachment_uuid: None | str | Unset
        if isinstance(self.prints_attachment_uuid, Unset):
            prints_attachment_uuid = UNSET
        else:
            prints_attachment_uuid = self.prints_attachment_uuid

        prints_date: None | str | Unset
        if isinstance(self.prints_date, Unset):
            prints_date = UNSET
        elif isinstance(self.prints_date, datetime.datetime):
            prints_date = self.prints_date.isoformat()
        else:
            prints_date = self.prints_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if end_date is not UNSET:
            field_dict["endDate"] = end_date
        if exercice_number is not UNSET:
            field_dict["exerciceNumber"] = exercice_number
        if closing_date is not UNSET:
            field_dict["closingDate"] = closing_date
        if attachment_uuid is not UNSET:
            field_dict["attachmentUuid"] = attachment_uuid
        if archive_date is not UNSET:
            field_dict["archiveDate"] = archive_date
        if prints_attachment_uuid is not UNSET:
            field_dict["printsAttachmentUuid"] = prints_attachment_uuid
        if prints_date is not UNSET:
            field_dict["printsDate"] = prints_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _uuid = d.pop("uuid", UNSET)
        uuid: UUID | Unset
        if isinstance(_uuid, Unset):
            uuid = UNSET
        else:
            uuid = UUID(_uuid)

        _start_date = d.pop("startDate", UNSET)
        start_date: datetime.date | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = datetime.date.fromisoformat(_start_date)

        _end_date = d.pop("endDate", UNSET)
        end_date: datetime.date | Unset
        if isinstance(_end_date, Unset):
            end_date = UNSET
        else:
            end_date = datetime.date.fromisoformat(_end_date)

        exercice_number = d.pop("exerciceNumber", UNSET)

        def _parse_closing_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closing_date_type_0 = datetime.date.fromisoformat(data)

                return closing_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        closing_date = _parse_closing_date(d.pop("closingDate", UNSET))

        def _parse_attachment_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        attachment_uuid = _parse_attachment_uuid(d.pop("attachmentUuid", UNSET))

        def _parse_archive_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                archive_date_type_0 = datetime.datetime.fromisoformat(data)

                return archive_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        archive_date = _parse_archive_date(d.pop("archiveDate", UNSET))

        def _parse_prints_attachment_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prints_attachment_uuid = _parse_prints_attachment_uuid(d.pop("printsAttachmentUuid", UNSET))

        def _parse_prints_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                prints_date_type_0 = datetime.datetime.fromisoformat(data)

                return prints_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        prints_date = _parse_prints_date(d.pop("printsDate", UNSET))

        exercice = cls(
            uuid=uuid,
            start_date=start_date,
            end_date=end_date,
            exercice_number=exercice_number,
            closing_date=closing_date,
            attachment_uuid=attachment_uuid,
            archive_date=archive_date,
            prints_attachment_uuid=prints_attachment_uuid,
            prints_date=prints_date,
        )

        exercice.additional_properties = d
        return exercice

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
