from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Attachment")


@_attrs_define
class Attachment:
    """Pièce jointe enregistrée.

    Attributes:
        attachment_name (str | Unset): Nom de la pièce jointe.
        data (str | Unset): URL de téléchargement de la pièce jointe.
        uuid_ms (UUID | Unset): Identifiant de la pièce jointe.
        folder (str | Unset): Répertoire.
        tag (None | str | Unset): Étiquette (par exemple autre_document).
        exercise (None | str | Unset): Exercice associé (null dans l'exemple ; type non documenté).
        entry (None | str | Unset): Écriture associée (null dans l'exemple ; type non documenté).
    """

    attachment_name: str | Unset = UNSET
    data: str | Unset = UNSET
    uuid_ms: UUID | Unset = UNSET
    folder: str | Unset = UNSET
    tag: None | str | Unset = UNSET
    exercise: None | str | Unset = UNSET
    entry: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attachment_name = self.attachment_name

        data = self.data

        uuid_ms: str | Unset = UNSET
        if not isinstance(self.uuid_ms, Unset):
            uuid_ms = str(self.uuid_ms)

        folder = self.folder

        tag: None | str | Unset
        if isinstance(self.tag, Unset):
            tag = UNSET
        else:
            tag = self.tag

        exercise: None | str | Unset
        if isinstance(self.exercise, Unset):
            exercise = UNSET
        else:
            exercise = self.exercise

        entry: None | str | Unset
        if isinstance(self.entry, Unset):
            entry = UNSET
        else:
            entry = self.entry

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attachment_name is not UNSET:
            field_dict["attachmentName"] = attachment_name
        if data is not UNSET:
            field_dict["data"] = data
        if uuid_ms is not UNSET:
            field_dict["uuidMs"] = uuid_ms
        if folder is not UNSET:
            field_dict["folder"] = folder
        if tag is not UNSET:
            field_dict["tag"] = tag
        if exercise is not UNSET:
            field_dict["exercise"] = exercise
        if entry is not UNSET:
            field_dict["entry"] = entry

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attachment_name = d.pop("attachmentName", UNSET)

        data = d.pop("data", UNSET)

        _uuid_ms = d.pop("uuidMs", UNSET)
        uuid_ms: UUID | Unset
        if isinstance(_uuid_ms, Unset):
            uuid_ms = UNSET
        else:
            uuid_ms = UUID(_uuid_ms)

        folder = d.pop("folder", UNSET)

        def _parse_tag(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tag = _parse_tag(d.pop("tag", UNSET))

        def _parse_exercise(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exercise = _parse_exercise(d.pop("exercise", UNSET))

        def _parse_entry(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        entry = _parse_entry(d.pop("entry", UNSET))

        attachment = cls(
            attachment_name=attachment_name,
            data=data,
            uuid_ms=uuid_ms,
            folder=folder,
            tag=tag,
            exercise=exercise,
            entry=entry,
        )

        attachment.additional_properties = d
        return attachment

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
