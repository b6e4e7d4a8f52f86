from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.import_category import ImportCategory
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportModelSummary")


@_attrs_define
class ImportModelSummary:
    """Un modèle d'import (sans son contenu XML).

    Attributes:
        import_settings (str | Unset): Nom du modèle d'import.
        import_category (ImportCategory | str | Unset): Catégorie de l'import: an ImportCategory value (Annexe 1), or
            any other string the server sends (an open enum in responses; the doc's examples show "string").
        created_at (datetime.datetime | Unset): Date de création du modèle.
        updated_at (datetime.datetime | Unset): Date de dernière mise à jour du modèle.
        created_by (str | Unset): Auteur du modèle.
    """

    import_settings: str | Unset = UNSET
    import_category: ImportCategory | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    created_by: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        import_settings = self.import_settings

        import_category: str | Unset
        if isinstance(self.import_category, Unset):
            import_category = UNSET
        elif isinstance(self.import_category, ImportCategory):
            import_category = self.import_category.value
        else:
            import_category = self.import_category

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        created_by = self.created_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if import_settings is not UNSET:
            field_dict["importSettings"] = import_settings
        if import_category is not UNSET:
            field_dict["importCategory"] = import_category
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        import_settings = d.pop("importSettings", UNSET)

        def _parse_import_category(data: object) -> ImportCategory | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                import_category_type_0 = ImportCategory(data)

                return import_category_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImportCategory | str | Unset, data)

        import_category = _parse_import_category(d.pop("importCategory", UNSET))

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        created_by = d.pop("createdBy", UNSET)

        import_model_summary = cls(
            import_settings=import_settings,
            import_category=import_category,
            created_at=created_at,
            updated_at=updated_at,
            created_by=created_by,
        )

        import_model_summary.additional_properties = d
        return import_model_summary

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
