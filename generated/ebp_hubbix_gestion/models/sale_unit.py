from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from comptoir.runtime.checks import dump, to_json
from comptoir.runtime.reading import (
    invalid,
    pointer,
    read_any,
    read_bool,
    read_decimal,
    read_int,
    read_str,
)

from ..models.unit_type import UnitType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SaleUnit")


@_attrs_define
class SaleUnit:
    """Unité de vente.

    Attributes:
        id (int | Unset): Identifiant de l'unité de vente.
        unit (str | Unset): Nom de l'unité (symbole).
        label (str | Unset): Libellé ou description de l'unité.
        unit_type (UnitType | Unset): UnitType - Types d'unités.
            1 = Time (Unité temporelle basée sur l'heure), 2 = Weight (Unité de poids),
            3 = Area (Unité de surface), 4 = Volume (Unité de volume), 5 = Size (Unité de taille),
            6 = Other (Unité autre), 7 = Unit (Unité basique).
        decimal_precision (int | Unset): Précision ou nombre de décimales.
        equivalence (Decimal | Unset): Equivalence dans son unité d'origine.
        comment (None | str | Unset): Commentaires.
        is_active (bool | Unset): Indique si l'unité est active.
    """

    id: int | None | Unset = UNSET
    unit: str | None | Unset = UNSET
    label: str | None | Unset = UNSET
    unit_type: UnitType | None | Unset = UNSET
    decimal_precision: int | None | Unset = UNSET
    equivalence: Decimal | None | Unset = UNSET
    comment: None | str | Unset = UNSET
    is_active: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.id
        if value is not UNSET:
            field_dict["id"] = dump(value, "SaleUnit.id", "int", False)
        value = self.unit
        if value is not UNSET:
            field_dict["unit"] = dump(value, "SaleUnit.unit", "str", False)
        value = self.label
        if value is not UNSET:
            field_dict["label"] = dump(value, "SaleUnit.label", "str", False)
        value = self.unit_type
        if value is not UNSET:
            field_dict["unitType"] = dump(value, "SaleUnit.unit_type", "enum", False, UnitType)
        value = self.decimal_precision
        if value is not UNSET:
            field_dict["decimalPrecision"] = dump(value, "SaleUnit.decimal_precision", "int", False)
        value = self.equivalence
        if value is not UNSET:
            field_dict["equivalence"] = dump(value, "SaleUnit.equivalence", "number", False)
        value = self.comment
        if value is not UNSET:
            field_dict["comment"] = to_json(value)
        value = self.is_active
        if value is not UNSET:
            field_dict["isActive"] = dump(value, "SaleUnit.is_active", "bool", False)
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
        unit = get("unit", UNSET)
        if unit.__class__ is not str:
            unit = read_str(unit, _path, "unit")
        label = get("label", UNSET)
        if label.__class__ is not str:
            label = read_str(label, _path, "label")
        unit_type = get("unitType", UNSET)
        if unit_type.__class__ is int and unit_type in UnitType._value2member_map_:
            unit_type = UnitType._value2member_map_[unit_type]
        elif unit_type is not UNSET:
            unit_type = UnitType._read(unit_type, _path, "unitType")
        decimal_precision = get("decimalPrecision", UNSET)
        if decimal_precision.__class__ is not int:
            decimal_precision = read_int(decimal_precision, _path, "decimalPrecision")
        equivalence = get("equivalence", UNSET)
        if equivalence.__class__ is not Decimal:
            equivalence = read_decimal(equivalence, _path, "equivalence")
        comment = get("comment", UNSET)
        if comment.__class__ is not str:
            comment = read_str(comment, _path, "comment")
        is_active = get("isActive", UNSET)
        if is_active.__class__ is not bool:
            is_active = read_bool(is_active, _path, "isActive")
        sale_unit = object.__new__(cls)
        sale_unit.id = id
        sale_unit.unit = unit
        sale_unit.label = label
        sale_unit.unit_type = unit_type
        sale_unit.decimal_precision = decimal_precision
        sale_unit.equivalence = equivalence
        sale_unit.comment = comment
        sale_unit.is_active = is_active
        sale_unit.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            sale_unit.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return sale_unit

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (SaleUnit)", value)

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
        "unit",
        "label",
        "unitType",
        "decimalPrecision",
        "equivalence",
        "comment",
        "isActive",
    }
)
