from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.import_category import ImportCategory
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportModel")


@_attrs_define
class ImportModel:
    """Un modèle d'import avec son contenu XML.

    Attributes:
        import_settings (str | Unset): Nom du modèle d'import.
        import_category (ImportCategory | str | Unset): Catégorie de l'import: an ImportCategory value (Annexe 1), or
            any other string the server sends (an open enum in responses; the doc's examples show "string").
        content_xml (str | Unset): Modèle au format XML.
    """

    import_settings: str | Unset = UNSET
    import_category: ImportCategory | str | Unset = UNSET
    content_xml: str | Unset = UNSET
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

        content_xml = self.content_xml

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if import_settings is not UNSET:
            field_dict["importSettings"] = import_settings
        if import_category is not UNSET:
            field_dict["importCategory"] = import_category
        if content_xml is not UNSET:
            field_dict["contentXml"] = content_xml

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

        content_xml = d.pop("contentXml", UNSET)

        import_model = cls(
            import_settings=import_settings,
            import_category=import_category,
            content_xml=content_xml,
        )

        import_model.additional_properties = d
        return import_model

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
