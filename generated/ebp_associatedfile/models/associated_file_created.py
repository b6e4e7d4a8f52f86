from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AssociatedFileCreated")


@_attrs_define
class AssociatedFileCreated:
    """Réponse 202 d'une demande d'ajout de pièce jointe.

    Attributes:
        associated_file_id (str | Unset): Identifiant du fichier associé, à passer à `AssociatedFileResult`. Example:
            string.
    """

    associated_file_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        associated_file_id = self.associated_file_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if associated_file_id is not UNSET:
            field_dict["associatedFileId"] = associated_file_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        associated_file_id = d.pop("associatedFileId", UNSET)

        associated_file_created = cls(
            associated_file_id=associated_file_id,
        )

        associated_file_created.additional_properties = d
        return associated_file_created

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
