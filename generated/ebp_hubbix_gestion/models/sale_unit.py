from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.unit_type import UnitType
from ..types import UNSET, Unset, to_decimal

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

    id: int | Unset = UNSET
    unit: str | Unset = UNSET
    label: str | Unset = UNSET
    unit_type: UnitType | Unset = UNSET
    decimal_precision: int | Unset = UNSET
    equivalence: Decimal | Unset = UNSET
    comment: None | str | Unset = UNSET
    is_active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        unit = self.unit

        label = self.label

        unit_type: int | Unset = UNSET
        if not isinstance(self.unit_type, Unset):
            unit_type = self.unit_type.value

        decimal_precision = self.decimal_precision

        equivalence = self.equivalence

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        is_active = self.is_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if unit is not UNSET:
            field_dict["unit"] = unit
        if label is not UNSET:
            field_dict["label"] = label
        if unit_type is not UNSET:
            field_dict["unitType"] = unit_type
        if decimal_precision is not UNSET:
            field_dict["decimalPrecision"] = decimal_precision
        if equivalence is not UNSET:
            field_dict["equivalence"] = equivalence
        if comment is not UNSET:
            field_dict["comment"] = comment
        if is_active is not UNSET:
            field_dict["isActive"] = is_active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        unit = d.pop("unit", UNSET)

        label = d.pop("label", UNSET)

        _unit_type = d.pop("unitType", UNSET)
        unit_type: UnitType | Unset
        if isinstance(_unit_type, Unset):
            unit_type = UNSET
        else:
            unit_type = UnitType(_unit_type)

        decimal_precision = d.pop("decimalPrecision", UNSET)

        _equivalence = d.pop("equivalence", UNSET)
        equivalence: Decimal | Unset
        if isinstance(_equivalence, Unset):
            equivalence = UNSET
        else:
            equivalence = to_decimal(_equivalence)

        def _parse_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comment = _parse_comment(d.pop("comment", UNSET))

        is_active = d.pop("isActive", UNSET)

        sale_unit = cls(
            id=id,
            unit=unit,
            label=label,
            unit_type=unit_type,
            decimal_precision=decimal_precision,
            equivalence=equivalence,
            comment=comment,
            is_active=is_active,
        )

        sale_unit.additional_properties = d
        return sale_unit

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
