from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from comptoir.errors import ArgumentTypeError
from comptoir.runtime.checks import dump, to_json
from comptoir.runtime.reading import (
    invalid,
    missing,
    pointer,
    read_any,
    read_file,
    read_str,
)

from .. import types
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="AttachmentUpload")


@_attrs_define
class AttachmentUpload:
    """Pièce jointe à envoyer (multipart/form-data).

    Attributes:
        attachment_name (str): Nom de la pièce jointe.
        data (File): Données (contenu du fichier).
        folder (str | Unset): Répertoire (par exemple documents).
    """

    attachment_name: str | None
    data: File | None
    folder: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.attachment_name
        if value is UNSET:
            raise ArgumentTypeError("is required", parameter="AttachmentUpload.attachment_name")
        field_dict["attachmentName"] = dump(value, "AttachmentUpload.attachment_name", "str", False)
        value = self.data
        if value is UNSET:
            raise ArgumentTypeError("is required", parameter="AttachmentUpload.data")
        field_dict["data"] = dump(value, "AttachmentUpload.data", "file", False)
        value = self.folder
        if value is not UNSET:
            field_dict["folder"] = dump(value, "AttachmentUpload.folder", "str", False)
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        """This object as multipart/form-data parts."""
        files: types.RequestFiles = []

        if self.attachment_name is None:
            raise ArgumentTypeError("cannot be None (leave it unset)", parameter="AttachmentUpload.attachment_name")
        dump(self.attachment_name, "AttachmentUpload.attachment_name", "str", False)
        files.extend(types.form_parts("attachmentName", self.attachment_name))

        if self.data is None:
            raise ArgumentTypeError("cannot be None (leave it unset)", parameter="AttachmentUpload.data")
        dump(self.data, "AttachmentUpload.data", "file", False)
        files.append(("data", self.data.to_tuple()))

        if self.folder is None:
            raise ArgumentTypeError("cannot be None (leave it unset)", parameter="AttachmentUpload.folder")
        if not isinstance(self.folder, Unset):
            dump(self.folder, "AttachmentUpload.folder", "str", False)
        if not isinstance(self.folder, Unset):
            files.extend(types.form_parts("folder", self.folder))

        for prop_name, prop in self.additional_properties.items():
            files.extend(types.form_parts(prop_name, prop))

        return files

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
        if attachment_name is UNSET:
            raise missing(_path, "attachmentName", "a string")
        if attachment_name.__class__ is not str:
            attachment_name = read_str(attachment_name, _path, "attachmentName")
        data = get("data", UNSET)
        if data is UNSET:
            raise missing(_path, "data", "a value")
        if data is not UNSET:
            data = read_file(data, _path, "data")
        folder = get("folder", UNSET)
        if folder.__class__ is not str:
            folder = read_str(folder, _path, "folder")
        attachment_upload = object.__new__(cls)
        attachment_upload.attachment_name = attachment_name
        attachment_upload.data = data
        attachment_upload.folder = folder
        attachment_upload.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            attachment_upload.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return attachment_upload

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (AttachmentUpload)", value)

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
        "folder",
    }
)
