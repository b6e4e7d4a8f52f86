from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from comptoir.runtime.checks import dump, to_json
from comptoir.runtime.reading import (
    invalid,
    pointer,
    read_any,
    read_date,
    read_datetime,
    read_int,
    read_str,
    read_uuid,
)

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

    uuid: UUID | None | Unset = UNSET
    start_date: datetime.date | None | Unset = UNSET
    end_date: datetime.date | None | Unset = UNSET
    exercice_number: int | None | Unset = UNSET
    closing_date: datetime.date | None | Unset = UNSET
    attachment_uuid: None | str | Unset = UNSET
    archive_date: datetime.datetime | None | Unset = UNSET
    prints_attachment_uuid: None | str | Unset = UNSET
    prints_date: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.uuid
        if value is not UNSET:
            field_dict["uuid"] = dump(value, "Exercice.uuid", "uuid", False)
        value = self.start_date
        if value is not UNSET:
            field_dict["startDate"] = dump(value, "Exercice.start_date", "date", False)
        value = self.end_date
        if value is not UNSET:
            field_dict["endDate"] = dump(value, "Exercice.end_date", "date", False)
        value = self.exercice_number
        if value is not UNSET:
            field_dict["exerciceNumber"] = dump(value, "Exercice.exercice_number", "int", False)
        value = self.closing_date
        if value is not UNSET:
            field_dict["closingDate"] = to_json(value)
        value = self.attachment_uuid
        if value is not UNSET:
            field_dict["attachmentUuid"] = to_json(value)
        value = self.archive_date
        if value is not UNSET:
            field_dict["archiveDate"] = to_json(value)
        value = self.prints_attachment_uuid
        if value is not UNSET:
            field_dict["printsAttachmentUuid"] = to_json(value)
        value = self.prints_date
        if value is not UNSET:
            field_dict["printsDate"] = to_json(value)
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
        uuid = get("uuid", UNSET)
        if uuid is not UNSET:
            uuid = read_uuid(uuid, _path, "uuid")
        start_date = get("startDate", UNSET)
        if start_date is not UNSET:
            start_date = read_date(start_date, _path, "startDate")
        end_date = get("endDate", UNSET)
        if end_date is not UNSET:
            end_date = read_date(end_date, _path, "endDate")
        exercice_number = get("exerciceNumber", UNSET)
        if exercice_number.__class__ is not int:
            exercice_number = read_int(exercice_number, _path, "exerciceNumber")
        closing_date = get("closingDate", UNSET)
        if closing_date is not UNSET:
            closing_date = read_date(closing_date, _path, "closingDate")
        attachment_uuid = get("attachmentUuid", UNSET)
        if attachment_uuid.__class__ is not str:
            attachment_uuid = read_str(attachment_uuid, _path, "attachmentUuid")
        archive_date = get("archiveDate", UNSET)
        if archive_date is not UNSET:
            archive_date = read_datetime(archive_date, _path, "archiveDate")
        prints_attachment_uuid = get("printsAttachmentUuid", UNSET)
        if prints_attachment_uuid.__class__ is not str:
            prints_attachment_uuid = read_str(prints_attachment_uuid, _path, "printsAttachmentUuid")
        prints_date = get("printsDate", UNSET)
        if prints_date is not UNSET:
            prints_date = read_datetime(prints_date, _path, "printsDate")
        exercice = object.__new__(cls)
        exercice.uuid = uuid
        exercice.start_date = start_date
        exercice.end_date = end_date
        exercice.exercice_number = exercice_number
        exercice.closing_date = closing_date
        exercice.attachment_uuid = attachment_uuid
        exercice.archive_date = archive_date
        exercice.prints_attachment_uuid = prints_attachment_uuid
        exercice.prints_date = prints_date
        exercice.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            exercice.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return exercice

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (Exercice)", value)

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
        "startDate",
        "endDate",
        "exerciceNumber",
        "closingDate",
        "attachmentUuid",
        "archiveDate",
        "printsAttachmentUuid",
        "printsDate",
    }
)
