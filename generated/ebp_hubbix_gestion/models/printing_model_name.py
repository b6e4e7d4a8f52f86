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
    read_int,
    read_str,
)

from ..models.printing_model_type import PrintingModelType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PrintingModelName")


@_attrs_define
class PrintingModelName:
    """Nom d'un modèle d'impression.

    Attributes:
        id (int | Unset): Identifiant du modèle d'impression.
        type_ (PrintingModelType | Unset): PrintingModelType - Type de modèle d'impression.
            0 = Epure (Modèle épuré), 1 = Classic (Modèle classique), 2 = ColoredMargin (Modèle épuré
            en dégradé de couleur).
        name (str | Unset): Nom du modèle d'impression.
    """

    id: int | None | Unset = UNSET
    type_: PrintingModelType | None | Unset = UNSET
    name: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.id
        if value is not UNSET:
            field_dict["id"] = dump(value, "PrintingModelName.id", "int", False)
        value = self.type_
        if value is not UNSET:
            field_dict["type"] = dump(value, "PrintingModelName.type_", "enum", False, PrintingModelType)
        value = self.name
        if value is not UNSET:
            field_dict["name"] = dump(value, "PrintingModelName.name", "str", False)
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
        id = get("id", UNSET)
        if id.__class__ is not int:
            id = read_int(id, _path, "id")
        type_ = get("type", UNSET)
        if type_.__class__ is int and type_ in PrintingModelType._value2member_map_:
            type_ = PrintingModelType._value2member_map_[type_]
        elif type_ is not UNSET:
            type_ = PrintingModelType._read(type_, _path, "type")
        name = get("name", UNSET)
        if name.__class__ is not str:
            name = read_str(name, _path, "name")
        printing_model_name = object.__new__(cls)
        printing_model_name.id = id
        printing_model_name.type_ = type_
        printing_model_name.name = name
        printing_model_name.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            printing_model_name.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return printing_model_name

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (PrintingModelName)", value)

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
        "id",
        "type",
        "name",
    }
)
