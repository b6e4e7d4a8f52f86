from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from comptoir.runtime.checks import dump, dump_model, to_json
from comptoir.runtime.reading import (
    invalid,
    pointer,
    read_any,
    read_int,
    read_list,
)

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

    line_number: int | None | Unset = UNSET
    errors: list[ImportLineError] | None | Unset = UNSET
    created: ImportEntityReference | None | Unset = UNSET
    updated: ImportEntityReference | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        from ..models.import_entity_reference import ImportEntityReference  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.line_number
        if value is not UNSET:
            field_dict["lineNumber"] = dump(value, "ImportLineDetail.line_number", "int", False)
        value = self.errors
        if value is not UNSET:
            field_dict["errors"] = dump(value, "ImportLineDetail.errors", "list", False)
        value = self.created
        if value is not UNSET:
            field_dict["created"] = dump_model(value, "ImportLineDetail.created", ImportEntityReference, False)
        value = self.updated
        if value is not UNSET:
            field_dict["updated"] = dump_model(value, "ImportLineDetail.updated", ImportEntityReference, False)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object (a response body or part of one) at JSON pointer ``_path``.

        ``null`` reads as None; numeric strings, dates given as date-times and enum names are accepted;
        anything else that does not fit raises ``ResponseValidationError`` naming its path.
        """
        from ..models.import_entity_reference import ImportEntityReference  # noqa: PLC0415
        from ..models.import_line_error import ImportLineError  # noqa: PLC0415

        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise invalid(_path, None, "an object", src_dict)
        get = src_dict.get
        line_number = get("lineNumber", UNSET)
        if line_number.__class__ is not int:
            line_number = read_int(line_number, _path, "lineNumber")
        errors = get("errors", UNSET)
        if errors is not UNSET:
            errors = read_list(errors, _path, "errors", ImportLineError._read)
        created = get("created", UNSET)
        if created is not UNSET:
            created = ImportEntityReference._read(created, _path, "created")
        updated = get("updated", UNSET)
        if updated is not UNSET:
            updated = ImportEntityReference._read(updated, _path, "updated")
        import_line_detail = object.__new__(cls)
        import_line_detail.line_number = line_number
        import_line_detail.errors = errors
        import_line_detail.created = created
        import_line_detail.updated = updated
        import_line_detail.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            import_line_detail.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return import_line_detail

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (ImportLineDetail)", value)

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
        "lineNumber",
        "errors",
        "created",
        "updated",
    }
)
