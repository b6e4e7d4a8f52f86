from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

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

if TYPE_CHECKING:
    from ..models.sale_unit_detail_filter_type_0 import SaleUnitDetailFilterType0
    from ..models.sale_unit_detail_sorting_order_type_0 import SaleUnitDetailSortingOrderType0


T = TypeVar("T", bound="SaleUnitDetail")


@_attrs_define
class SaleUnitDetail:
    """Unité de vente avec son détail. L'exemple de la documentation renvoie en plus quatre champs
    absents de son tableau (`take`, `skip`, `filter`, `sortingOrder`), tous null.

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
            take (int | None | Unset): Non documenté (null dans l'exemple).
            skip (int | None | Unset): Non documenté (null dans l'exemple).
            filter_ (None | SaleUnitDetailFilterType0 | Unset): Non documenté (null dans l'exemple).
            sorting_order (None | SaleUnitDetailSortingOrderType0 | Unset): Non documenté (null dans l'exemple).
    """

    id: int | None | Unset = UNSET
    unit: str | None | Unset = UNSET
    label: str | None | Unset = UNSET
    unit_type: UnitType | None | Unset = UNSET
    decimal_precision: int | None | Unset = UNSET
    equivalence: Decimal | None | Unset = UNSET
    comment: None | str | Unset = UNSET
    is_active: bool | None | Unset = UNSET
    take: int | None | Unset = UNSET
    skip: int | None | Unset = UNSET
    filter_: None | SaleUnitDetailFilterType0 | Unset = UNSET
    sorting_order: None | SaleUnitDetailSortingOrderType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.id
        if value is not UNSET:
            field_dict["id"] = dump(value, "SaleUnitDetail.id", "int", False)
        value = self.unit
        if value is not UNSET:
            field_dict["unit"] = dump(value, "SaleUnitDetail.unit", "str", False)
        value = self.label
        if value is not UNSET:
            field_dict["label"] = dump(value, "SaleUnitDetail.label", "str", False)
        value = self.unit_type
        if value is not UNSET:
            field_dict["unitType"] = dump(value, "SaleUnitDetail.unit_type", "enum", False, UnitType)
        value = self.decimal_precision
        if value is not UNSET:
            field_dict["decimalPrecision"] = dump(value, "SaleUnitDetail.decimal_precision", "int", False)
        value = self.equivalence
        if value is not UNSET:
            field_dict["equivalence"] = dump(value, "SaleUnitDetail.equivalence", "number", False)
        value = self.comment
        if value is not UNSET:
            field_dict["comment"] = to_json(value)
        value = self.is_active
        if value is not UNSET:
            field_dict["isActive"] = dump(value, "SaleUnitDetail.is_active", "bool", False)
        value = self.take
        if value is not UNSET:
            field_dict["take"] = to_json(value)
        value = self.skip
        if value is not UNSET:
            field_dict["skip"] = to_json(value)
        value = self.filter_
        if value is not UNSET:
            field_dict["filter"] = to_json(value)
        value = self.sorting_order
        if value is not UNSET:
            field_dict["sortingOrder"] = to_json(value)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object (a response body or part of one) at JSON pointer ``_path``.

        ``null`` reads as None; numeric strings, dates given as date-times and enum names are accepted;
        anything else that does not fit raises ``ResponseValidationError`` naming its path.
        """
        from ..models.sale_unit_detail_filter_type_0 import SaleUnitDetailFilterType0  # noqa: PLC0415
        from ..models.sale_unit_detail_sorting_order_type_0 import SaleUnitDetailSortingOrderType0  # noqa: PLC0415

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
        take = get("take", UNSET)
        if take.__class__ is not int:
            take = read_int(take, _path, "take")
        skip = get("skip", UNSET)
        if skip.__class__ is not int:
            skip = read_int(skip, _path, "skip")
        filter_ = get("filter", UNSET)
        if filter_ is not UNSET:
            filter_ = SaleUnitDetailFilterType0._read(filter_, _path, "filter")
        sorting_order = get("sortingOrder", UNSET)
        if sorting_order is not UNSET:
            sorting_order = SaleUnitDetailSortingOrderType0._read(sorting_order, _path, "sortingOrder")
        sale_unit_detail = object.__new__(cls)
        sale_unit_detail.id = id
        sale_unit_detail.unit = unit
        sale_unit_detail.label = label
        sale_unit_detail.unit_type = unit_type
        sale_unit_detail.decimal_precision = decimal_precision
        sale_unit_detail.equivalence = equivalence
        sale_unit_detail.comment = comment
        sale_unit_detail.is_active = is_active
        sale_unit_detail.take = take
        sale_unit_detail.skip = skip
        sale_unit_detail.filter_ = filter_
        sale_unit_detail.sorting_order = sorting_order
        sale_unit_detail.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            sale_unit_detail.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return sale_unit_detail

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (SaleUnitDetail)", value)

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
        "take",
        "skip",
        "filter",
        "sortingOrder",
    }
)
