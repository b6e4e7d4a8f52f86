from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.import_entity_reference import ImportEntityReference
    from ..models.import_line_error import ImportLineError


T = TypeVar("T", bound="ImportLineDetail")


@_attrs_define
class ImportLineDetail:
    """Résultat de l'import d'une ligne du fichier.

    Attributes:
        line_number (int | Unset): Numéro de la ligne dans le fichier importé.
        errors (list[ImportLineError] | Unset): Erreurs rencontrées sur la ligne.
        created (ImportEntityReference | Unset): Référence de la fiche créée ou mise à jour par une ligne importée.
        updated (ImportEntityReference | Unset): Référence de la fiche créée ou mise à jour par une ligne importée.
    """

    line_number: int | Unset = UNSET
    errors: list[ImportLineError] | Unset = UNSET
    created: ImportEntityReference | Unset = UNSET
    updated: ImportEntityReference | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        line_number = self.line_number

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        created: dict[str, Any] | Unset = UNSET
        if not isinstance(self.created, Unset):
            created = self.created.to_dict()

        updated: dict[str, Any] | Unset = UNSET
        if not isinstance(self.updated, Unset):
            updated = self.updated.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if line_number is not UNSET:
            field_dict["lineNumber"] = line_number
        if errors is not UNSET:
            field_dict["errors"] = errors
        if created is not UNSET:
            field_dict["created"] = created
        if updated is not UNSET:
            field_dict["updated"] = updated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.import_entity_reference import ImportEntityReference  # noqa: PLC0415
        from ..models.import_line_error import ImportLineError  # noqa: PLC0415

        d = dict(src_dict)
        line_number = d.pop("lineNumber", UNSET)

        _errors = d.pop("errors", UNSET)
        errors: list[ImportLineError] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = ImportLineError.from_dict(errors_item_data)

                errors.append(errors_item)

        _created = d.pop("created", UNSET)
        created: ImportEntityReference | Unset
        if isinstance(_created, Unset):
            created = UNSET
        else:
            created = ImportEntityReference.from_dict(_created)

        _updated = d.pop("updated", UNSET)
        updated: ImportEntityReference | Unset
        if isinstance(_updated, Unset):
            updated = UNSET
        else:
            updated = ImportEntityReference.from_dict(_updated)

        import_line_detail = cls(
            line_number=line_number,
            errors=errors,
            created=created,
            updated=updated,
        )

        import_line_detail.additional_properties = d
        return import_line_detail

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
