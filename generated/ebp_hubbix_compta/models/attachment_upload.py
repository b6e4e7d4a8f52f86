from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

    attachment_name: str
    data: File
    folder: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attachment_name = self.attachment_name

        data = self.data.to_tuple()

        folder = self.folder

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attachmentName": attachment_name,
                "data": data,
            }
        )
        if folder is not UNSET:
            field_dict["folder"] = folder

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.extend(types.form_parts("attachmentName", self.attachment_name))

        files.append(("data", self.data.to_tuple()))

        if not isinstance(self.folder, Unset):
            files.extend(types.form_parts("folder", self.folder))

        for prop_name, prop in self.additional_properties.items():
            files.extend(types.form_parts(prop_name, prop))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attachment_name = d.pop("attachmentName")

        data = File(payload=BytesIO(d.pop("data")))

        folder = d.pop("folder", UNSET)

        attachment_upload = cls(
            attachment_name=attachment_name,
            data=data,
            folder=folder,
        )

        attachment_upload.additional_properties = d
        return attachment_upload

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
