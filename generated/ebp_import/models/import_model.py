from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from comptoir.runtime.checks import dump, to_json
from comptoir.runtime.reading import (
    invalid,
    pointer,
    read_any,
    read_str,
    read_union,
)

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

    import_settings: str | None | Unset = UNSET
    import_category: ImportCategory | str | None | Unset = UNSET
    content_xml: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.import_settings
        if value is not UNSET:
            field_dict["importSettings"] = dump(value, "ImportModel.import_settings", "str", False)
        value = self.import_category
        if value is not UNSET:
            field_dict["importCategory"] = to_json(value)
        value = self.content_xml
        if value is not UNSET:
            field_dict["contentXml"] = dump(value, "ImportModel.content_xml", "str", False)
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
        import_settings = get("importSettings", UNSET)
        if import_settings.__class__ is not str:
            import_settings = read_str(import_settings, _path, "importSettings")
        import_category = get("importCategory", UNSET)
        if import_category is not UNSET:
            import_category = read_union(
                import_category,
                _path,
                "importCategory",
                (
                    ImportCategory._read,
                    read_str,
                ),
                "a ImportCategory or a string",
            )
        content_xml = get("contentXml", UNSET)
        if content_xml.__class__ is not str:
            content_xml = read_str(content_xml, _path, "contentXml")
        import_model = object.__new__(cls)
        import_model.import_settings = import_settings
        import_model.import_category = import_category
        import_model.content_xml = content_xml
        import_model.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            import_model.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return import_model

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (ImportModel)", value)

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
        "importSettings",
        "importCategory",
        "contentXml",
    }
)
