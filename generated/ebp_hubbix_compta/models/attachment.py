from __future__ import annotations

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
    read_str,
    read_uuid,
)

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

    attachment_name: str | None | Unset = UNSET
    data: str | None | Unset = UNSET
    uuid_ms: UUID | None | Unset = UNSET
    folder: str | None | Unset = UNSET
    tag: None | str | Unset = UNSET
    exercise: None | str | Unset = UNSET
    entry: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.attachment_name
        if value is not UNSET:
            field_dict["attachmentName"] = dump(value, "Attachment.attachment_name", "str", False)
        value = self.data
        if value is not UNSET:
            field_dict["data"] = dump(value, "Attachment.data", "str", False)
        value = self.uuid_ms
        if value is not UNSET:
            field_dict["uuidMs"] = dump(value, "Attachment.uuid_ms", "uuid", False)
        value = self.folder
        if value is not UNSET:
            field_dict["folder"] = dump(value, "Attachment.folder", "str", False)
        value = self.tag
        if value is not UNSET:
            field_dict["tag"] = to_json(value)
        value = self.exercise
        if value is not UNSET:
            field_dict["exercise"] = to_json(value)
        value = self.entry
        if value is not UNSET:
            field_dict["entry"] = to_json(value)
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
        attachment_name = get("attachmentName", UNSET)
        if attachment_name.__class__ is not str:
            attachment_name = read_str(attachment_name, _path, "attachmentName")
        data = get("data", UNSET)
        if data.__class__ is not str:
            data = read_str(data, _path, "data")
        uuid_ms = get("uuidMs", UNSET)
        if uuid_ms is not UNSET:
            uuid_ms = read_uuid(uuid_ms, _path, "uuidMs")
        folder = get("folder", UNSET)
        if folder.__class__ is not str:
            folder = read_str(folder, _path, "folder")
        tag = get("tag", UNSET)
        if tag.__class__ is not str:
            tag = read_str(tag, _path, "tag")
        exercise = get("exercise", UNSET)
        if exercise.__class__ is not str:
            exercise = read_str(exercise, _path, "exercise")
        entry = get("entry", UNSET)
        if entry.__class__ is not str:
            entry = read_str(entry, _path, "entry")
        attachment = object.__new__(cls)
        attachment.attachment_name = attachment_name
        attachment.data = data
        attachment.uuid_ms = uuid_ms
        attachment.folder = folder
        attachment.tag = tag
        attachment.exercise = exercise
        attachment.entry = entry
        attachment.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            attachment.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return attachment

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (Attachment)", value)

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
        "attachmentName",
        "data",
        "uuidMs",
        "folder",
        "tag",
        "exercise",
        "entry",
    }
)
