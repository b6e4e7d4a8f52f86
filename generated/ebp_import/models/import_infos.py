from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from comptoir.runtime.checks import dump, to_json
from comptoir.runtime.reading import (
    invalid,
    pointer,
    read_any,
    read_int,
    read_list,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.import_line_detail import ImportLineDetail


T = TypeVar("T", bound="ImportInfos")


@_attrs_define
class ImportInfos:
    """Résultat détaillé de l'import.

    Attributes:
        item_total (int | Unset): Nombre total d'éléments traités.
        item_created (int | Unset): Nombre d'éléments créés.
        item_updated (int | Unset): Nombre d'éléments mis à jour.
        item_error (int | Unset): Nombre d'éléments en erreur.
        details (list[ImportLineDetail] | Unset): Détail par ligne du fichier importé.
    """

    item_total: int | None | Unset = UNSET
    item_created: int | None | Unset = UNSET
    item_updated: int | None | Unset = UNSET
    item_error: int | None | Unset = UNSET
    details: list[ImportLineDetail] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.item_total
        if value is not UNSET:
            field_dict["itemTotal"] = dump(value, "ImportInfos.item_total", "int", False)
        value = self.item_created
        if value is not UNSET:
            field_dict["itemCreated"] = dump(value, "ImportInfos.item_created", "int", False)
        value = self.item_updated
        if value is not UNSET:
            field_dict["itemUpdated"] = dump(value, "ImportInfos.item_updated", "int", False)
        value = self.item_error
        if value is not UNSET:
            field_dict["itemError"] = dump(value, "ImportInfos.item_error", "int", False)
        value = self.details
        if value is not UNSET:
            field_dict["details"] = dump(value, "ImportInfos.details", "list", False)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object (a response body or part of one) at JSON pointer ``_path``.

        ``null`` reads as None; numeric strings, dates given as date-times and enum names are accepted;
        anything else that does not fit raises ``ResponseValidationError`` naming its path.
        """
        from ..models.import_line_detail import ImportLineDetail  # noqa: PLC0415

        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise invalid(_path, None, "an object", src_dict)
        get = src_dict.get
        item_total = get("itemTotal", UNSET)
        if item_total.__class__ is not int:
            item_total = read_int(item_total, _path, "itemTotal")
        item_created = get("itemCreated", UNSET)
        if item_created.__class__ is not int:
            item_created = read_int(item_created, _path, "itemCreated")
        item_updated = get("itemUpdated", UNSET)
        if item_updated.__class__ is not int:
            item_updated = read_int(item_updated, _path, "itemUpdated")
        item_error = get("itemError", UNSET)
        if item_error.__class__ is not int:
            item_error = read_int(item_error, _path, "itemError")
        details = get("details", UNSET)
        if details is not UNSET:
            details = read_list(details, _path, "details", ImportLineDetail._read)
        import_infos = object.__new__(cls)
        import_infos.item_total = item_total
        import_infos.item_created = item_created
        import_infos.item_updated = item_updated
        import_infos.item_error = item_error
        import_infos.details = details
        import_infos.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            import_infos.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return import_infos

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (ImportInfos)", value)

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
        "itemTotal",
        "itemCreated",
        "itemUpdated",
        "itemError",
        "details",
    }
)
