from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from comptoir.errors import ArgumentTypeError
from comptoir.runtime.checks import dump, dump_model, to_json
from comptoir.runtime.reading import (
    invalid,
    missing,
    pointer,
    read_any,
    read_int,
)

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.categories_de_tiers_dto import CategoriesDeTiersDto


T = TypeVar("T", bound="ParametresTiersDto")


@_attrs_define
class ParametresTiersDto:
    """Paramètres des tiers (ParametresTiersDTO).

    Attributes:
        length (int): Longueur.
        types (CategoriesDeTiersDto): Catégorie de tiers (CategoriesDeTiersDTO).
    """

    length: int | None
    types: CategoriesDeTiersDto | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        from ..models.categories_de_tiers_dto import CategoriesDeTiersDto  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.length
        if value is UNSET:
            raise ArgumentTypeError("is required", parameter="ParametresTiersDto.length")
        field_dict["length"] = dump(value, "ParametresTiersDto.length", "int", False)
        value = self.types
        if value is UNSET:
            raise ArgumentTypeError("is required", parameter="ParametresTiersDto.types")
        field_dict["types"] = dump_model(value, "ParametresTiersDto.types", CategoriesDeTiersDto, False)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object (a response body or part of one) at JSON pointer ``_path``.

        ``null`` reads as None; numeric strings, dates given as date-times and enum names are accepted;
        anything else that does not fit raises ``ResponseValidationError`` naming its path.
        """
        from ..models.categories_de_tiers_dto import CategoriesDeTiersDto  # noqa: PLC0415

        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise invalid(_path, None, "an object", src_dict)
        get = src_dict.get
        length = get("length", UNSET)
        if length is UNSET:
            raise missing(_path, "length", "an integer")
        if length.__class__ is not int:
            length = read_int(length, _path, "length")
        types = get("types", UNSET)
        if types is UNSET:
            raise missing(_path, "types", "an object")
        if types is not UNSET:
            types = CategoriesDeTiersDto._read(types, _path, "types")
        parametres_tiers_dto = object.__new__(cls)
        parametres_tiers_dto.length = length
        parametres_tiers_dto.types = types
        parametres_tiers_dto.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            parametres_tiers_dto.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return parametres_tiers_dto

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (ParametresTiersDto)", value)

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
        "length",
        "types",
    }
)
