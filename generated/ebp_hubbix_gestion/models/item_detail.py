from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, to_decimal

if TYPE_CHECKING:
    from ..models.cost_price_and_margin import CostPriceAndMargin


T = TypeVar("T", bound="ItemDetail")


@_attrs_define
class ItemDetail:
    """Article de type [Marchandise] ou [Service].

    Attributes:
        id (int | Unset): Identifiant de l'article.
        code (str | Unset): Code unique de l'article.
        label (str | Unset): Libellé ou désignation de l'article.
        nature_id (int | None | Unset): Identifiant de la nature d'article.
        item_group_id (int | None | Unset): Identifiant de la famille d'article.
        price_vat_excluded (Decimal | Unset): Prix HT de l'article (la documentation écrit aussi `prixVatExcluded`).
        vat_id (int | Unset): Identifiant du taux de TVA.
        vat_rate (Decimal | Unset): Taux de TVA associé.
        price_vat_included (Decimal | Unset): Prix TTC de l'article.
        description (str | Unset): Description détaillée de l'article.
        sales_quantity (Decimal | Unset): Quantité de vente de l'article.
        sale_unit_id (int | None | Unset): Identifiant de l'unité de vente de l'article.
        can_delete (bool | Unset): Indique si l'article peut être supprimé.
        cost_price_and_margin (CostPriceAndMargin | None | Unset): Prix de revient et marge de l'article (null pour
            l'article service de l'exemple).
    """

    id: int | Unset = UNSET
    code: str | Unset = UNSET
    label: str | Unset = UNSET
    nature_id: int | None | Unset = UNSET
    item_group_id: int | None | Unset = UNSET
    price_vat_excluded: Decimal | Unset = UNSET
    vat_id: int | Unset = UNSET
    vat_rate: Decimal | Unset = UNSET
    price_vat_included: Decimal | Unset = UNSET
    description: str | Unset = UNSET
    sales_quantity: Decimal | Unset = UNSET
    sale_unit_id: int | None | Unset = UNSET
    can_delete: bool | Unset = UNSET
    cost_price_and_margin: CostPriceAndMargin | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.cost_price_and_margin import CostPriceAndMargin  # noqa: PLC0415

        id = self.id

        code = self.code

        label = self.label

        nature_id: int | None | Unset
        if isinstance(self.nature_id, Unset):
            nature_id = UNSET
        else:
            nature_id = self.nature_id

        item_group_id: int | None | Unset
        if isinstance(self.item_group_id, Unset):
            item_group_id = UNSET
        else:
            item_group_id = self.item_group_id

        price_vat_excluded = self.price_vat_excluded

        vat_id = self.vat_id

        vat_rate = self.vat_rate

        price_vat_included = self.price_vat_included

        description = self.description

        sales_quantity = self.sales_quantity

        sale_unit_id: int | None | Unset
        if isinstance(self.sale_unit_id, Unset):
            sale_unit_id = UNSET
        else:
            sale_unit_id = self.sale_unit_id

        can_delete = self.can_delete

        cost_price_and_margin: dict[str, Any] | None | Unset
        if isinstance(self.cost_price_and_margin, Unset):
            cost_price_and_margin = UNSET
        elif isinstance(self.cost_price_and_margin, CostPriceAndMargin):
            cost_price_and_margin = self.cost_price_and_margin.to_dict()
        else:
            cost_price_and_margin = self.cost_price_and_margin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if code is not UNSET:
            field_dict["code"] = code
        if label is not UNSET:
            field_dict["label"] = label
        if nature_id is not UNSET:
            field_dict["natureId"] = nature_id
        if item_group_id is not UNSET:
            field_dict["itemGroupId"] = item_group_id
        if price_vat_excluded is not UNSET:
            field_dict["priceVatExcluded"] = price_vat_excluded
        if vat_id is not UNSET:
            field_dict["vatId"] = vat_id
        if vat_rate is not UNSET:
            field_dict["vatRate"] = vat_rate
        if price_vat_included is not UNSET:
            field_dict["priceVatIncluded"] = price_vat_included
        if description is not UNSET:
            field_dict["description"] = description
        if sales_quantity is not UNSET:
            field_dict["salesQuantity"] = sales_quantity
        if sale_unit_id is not UNSET:
            field_dict["saleUnitId"] = sale_unit_id
        if can_delete is not UNSET:
            field_dict["canDelete"] = can_delete
        if cost_price_and_margin is not UNSET:
            field_dict["costPriceAndMargin"] = cost_price_and_margin

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cost_price_and_margin import CostPriceAndMargin  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        code = d.pop("code", UNSET)

        label = d.pop("label", UNSET)

        def _parse_nature_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        nature_id = _parse_nature_id(d.pop("natureId", UNSET))

        def _parse_item_group_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        item_group_id = _parse_item_group_id(d.pop("itemGroupId", UNSET))

        _price_vat_excluded = d.pop("priceVatExcluded", UNSET)
        price_vat_excluded: Decimal | Unset
        if isinstance(_price_vat_excluded, Unset):
            price_vat_excluded = UNSET
        else:
            price_vat_excluded = to_decimal(_price_vat_excluded)

        vat_id = d.pop("vatId", UNSET)

        _vat_rate = d.pop("vatRate", UNSET)
        vat_rate: Decimal | Unset
        if isinstance(_vat_rate, Unset):
            vat_rate = UNSET
        else:
            vat_rate = to_decimal(_vat_rate)

        _price_vat_included = d.pop("priceVatIncluded", UNSET)
        price_vat_included: Decimal | Unset
        if isinstance(_price_vat_included, Unset):
            price_vat_included = UNSET
        else:
            price_vat_included = to_decimal(_price_vat_included)

        description = d.pop("description", UNSET)

        _sales_quantity = d.pop("salesQuantity", UNSET)
        sales_quantity: Decimal | Unset
        if isinstance(_sales_quantity, Unset):
            sales_quantity = UNSET
        else:
            sales_quantity = to_decimal(_sales_quantity)

        def _parse_sale_unit_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        sale_unit_id = _parse_sale_unit_id(d.pop("saleUnitId", UNSET))

        can_delete = d.pop("canDelete", UNSET)

        def _parse_cost_price_and_margin(data: object) -> CostPriceAndMargin | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cost_price_and_margin_type_0 = CostPriceAndMargin.from_dict(data)

                return cost_price_and_margin_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CostPriceAndMargin | None | Unset, data)

        cost_price_and_margin = _parse_cost_price_and_margin(d.pop("costPriceAndMargin", UNSET))

        item_detail = cls(
            id=id,
            code=code,
            label=label,
            nature_id=nature_id,
            item_group_id=item_group_id,
            price_vat_excluded=price_vat_excluded,
            vat_id=vat_id,
            vat_rate=vat_rate,
            price_vat_included=price_vat_included,
            description=description,
            sales_quantity=sales_quantity,
            sale_unit_id=sale_unit_id,
            can_delete=can_delete,
            cost_price_and_margin=cost_price_and_margin,
        )

        item_detail.additional_properties = d
        return item_detail

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
