from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.unit_type import UnitType
from ..types import UNSET, Unset, to_decimal

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

    id: int | Unset = UNSET
    unit: str | Unset = UNSET
    label: str | Unset = UNSET
    unit_type: UnitType | Unset = UNSET
    decimal_precision: int | Unset = UNSET
    equivalence: Decimal | Unset = UNSET
    comment: None | str | Unset = UNSET
    is_active: bool | Unset = UNSET
    take: int | None | Unset = UNSET
    skip: int | None | Unset = UNSET
    filter_: None | SaleUnitDetailFilterType0 | Unset = UNSET
    sorting_order: None | SaleUnitDetailSortingOrderType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.sale_unit_detail_filter_type_0 import SaleUnitDetailFilterType0  # noqa: PLC0415
        from ..models.sale_unit_detail_sorting_order_type_0 import SaleUnitDetailSortingOrderType0  # noqa: PLC0415

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

        take: int | None | Unset
        if isinstance(self.take, Unset):
            take = UNSET
        else:
            take = self.take

        skip: int | None | Unset
        if isinstance(self.skip, Unset):
            skip = UNSET
        else:
            skip = self.skip

        filter_: dict[str, Any] | None | Unset
        if isinstance(self.filter_, Unset):
            filter_ = UNSET
        elif isinstance(self.filter_, SaleUnitDetailFilterType0):
            filter_ = self.filter_.to_dict()
        else:
            filter_ = self.filter_

        sorting_order: dict[str, Any] | None | Unset
        if isinstance(self.sorting_order, Unset):
            sorting_order = UNSET
        elif isinstance(self.sorting_order, SaleUnitDetailSortingOrderType0):
            sorting_order = self.sorting_order.to_dict()
        else:
            sorting_order = self.sorting_order

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
        if take is not UNSET:
            field_dict["take"] = take
        if skip is not UNSET:
            field_dict["skip"] = skip
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if sorting_order is not UNSET:
            field_dict["sortingOrder"] = sorting_order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sale_unit_detail_filter_type_0 import SaleUnitDetailFilterType0  # noqa: PLC0415
        from ..models.sale_unit_detail_sorting_order_type_0 import SaleUnitDetailSortingOrderType0  # noqa: PLC0415

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

        def _parse_take(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        take = _parse_take(d.pop("take", UNSET))

        def _parse_skip(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        skip = _parse_skip(d.pop("skip", UNSET))

        def _parse_filter_(data: object) -> None | SaleUnitDetailFilterType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                filter_type_0 = SaleUnitDetailFilterType0.from_dict(data)

                return filter_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SaleUnitDetailFilterType0 | Unset, data)

        filter_ = _parse_filter_(d.pop("filter", UNSET))

        def _parse_sorting_order(data: object) -> None | SaleUnitDetailSortingOrderType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sorting_order_type_0 = SaleUnitDetailSortingOrderType0.from_dict(data)

                return sorting_order_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SaleUnitDetailSortingOrderType0 | Unset, data)

        sorting_order = _parse_sorting_order(d.pop("sortingOrder", UNSET))

        sale_unit_detail = cls(
            id=id,
            unit=unit,
            label=label,
            unit_type=unit_type,
            decimal_precision=decimal_precision,
            equivalence=equivalence,
            comment=comment,
            is_active=is_active,
            take=take,
            skip=skip,
            filter_=filter_,
            sorting_order=sorting_order,
        )

        sale_unit_detail.additional_properties = d
        return sale_unit_detail

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
