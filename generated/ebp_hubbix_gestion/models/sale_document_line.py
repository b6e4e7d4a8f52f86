from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, to_decimal

T = TypeVar("T", bound="SaleDocumentLine")


@_attrs_define
class SaleDocumentLine:
    """Ligne d'un document de vente.

    Attributes:
        cost_price_vat_excluded (Decimal | Unset): Prix de revient HT.
        vat_rate_id (int | None | Unset): Identifiant du taux de TVA de la ligne.
        sale_unit_id (int | None | Unset): Identifiant de l'unité de vente de la ligne.
        id (int | Unset): Identifiant de la ligne.
        description (str | Unset): Description de la ligne d'article.
        item_id (int | None | Unset): Identifiant de l'article.
        apply_margin (bool | Unset): Indique si la marge est appliquée à la ligne.
        line_type (int | Unset): Type de ligne (valeurs non documentées ; 0 dans les exemples).
        quantity (Decimal | Unset): Quantité de la ligne.
        unit_price (Decimal | Unset): Prix unitaire de la ligne.
        vat_rate (Decimal | Unset): Taux de TVA de la ligne.
        total_amount_vat_excluded (Decimal | Unset): Montant total HT de la ligne.
        total_vat_amount (Decimal | Unset): Montant total de la TVA de la ligne.
        total_amount_vat_included (Decimal | Unset): Montant total TTC de la ligne.
        discount_rate (Decimal | Unset): Taux de remise de la ligne.
        discount_amount (Decimal | None | Unset): Montant de remise de la ligne.
        detailed_description (str | Unset): Description détaillée de la ligne.
        line_order (int | Unset): Ordre d'affichage de la ligne.
        eco_contribution (Decimal | None | Unset): Contribution écologique de la ligne.
    """

    cost_price_vat_excluded: Decimal | Unset = UNSET
    vat_rate_id: int | None | Unset = UNSET
    sale_unit_id: int | None | Unset = UNSET
    id: int | Unset = UNSET
    description: str | Unset = UNSET
    item_id: int | None | Unset = UNSET
    apply_margin: bool | Unset = UNSET
    line_type: int | Unset = UNSET
    quantity: Decimal | Unset = UNSET
    unit_price: Decimal | Unset = UNSET
    vat_rate: Decimal | Unset = UNSET
    total_amount_vat_excluded: Decimal | Unset = UNSET
    total_vat_amount: Decimal | Unset = UNSET
    total_amount_vat_included: Decimal | Unset = UNSET
    discount_rate: Decimal | Unset = UNSET
    discount_amount: Decimal | None | Unset = UNSET
    detailed_description: str | Unset = UNSET
    line_order: int | Unset = UNSET
    eco_contribution: Decimal | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cost_price_vat_excluded = self.cost_price_vat_excluded

        vat_rate_id: int | None | Unset
        if isinstance(self.vat_rate_id, Unset):
            vat_rate_id = UNSET
        else:
            vat_rate_id = self.vat_rate_id

        sale_unit_id: int | None | Unset
        if isinstance(self.sale_unit_id, Unset):
            sale_unit_id = UNSET
        else:
            sale_unit_id = self.sale_unit_id

        id = self.id

        description = self.description

        item_id: int | None | Unset
        if isinstance(self.item_id, Unset):
            item_id = UNSET
        else:
            item_id = self.item_id

        apply_margin = self.apply_margin

        line_type = self.line_type

        quantity = self.quantity

        unit_price = self.unit_price

        vat_rate = self.vat_rate

        total_amount_vat_excluded = self.total_amount_vat_excluded

        total_vat_amount = self.total_vat_amount

        total_amount_vat_included = self.total_amount_vat_included

        discount_rate = self.discount_rate

        discount_amount: Decimal | None | Unset
        if isinstance(self.discount_amount, Unset):
            discount_amount = UNSET
        else:
            discount_amount = self.discount_amount

        detailed_description = self.detailed_description

        line_order = self.line_order

        eco_contribution: Decimal | None | Unset
        if isinstance(self.eco_contribution, Unset):
            eco_contribution = UNSET
        else:
            eco_contribution = self.eco_contribution

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cost_price_vat_excluded is not UNSET:
            field_dict["costPriceVatExcluded"] = cost_price_vat_excluded
        if vat_rate_id is not UNSET:
            field_dict["vatRateId"] = vat_rate_id
        if sale_unit_id is not UNSET:
            field_dict["saleUnitId"] = sale_unit_id
        if id is not UNSET:
            field_dict["id"] = id
        if description is not UNSET:
            field_dict["description"] = description
        if item_id is not UNSET:
            field_dict["itemId"] = item_id
        if apply_margin is not UNSET:
            field_dict["applyMargin"] = apply_margin
        if line_type is not UNSET:
            field_dict["lineType"] = line_type
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if unit_price is not UNSET:
            field_dict["unitPrice"] = unit_price
        if vat_rate is not UNSET:
            field_dict["vatRate"] = vat_rate
        if total_amount_vat_excluded is not UNSET:
            field_dict["totalAmountVatExcluded"] = total_amount_vat_excluded
        if total_vat_amount is not UNSET:
            field_dict["totalVatAmount"] = total_vat_amount
        if total_amount_vat_included is not UNSET:
            field_dict["totalAmountVatIncluded"] = total_amount_vat_included
        if discount_rate is not UNSET:
            field_dict["discountRate"] = discount_rate
        if discount_amount is not UNSET:
            field_dict["discountAmount"] = discount_amount
        if detailed_description is not UNSET:
            field_dict["detailedDescription"] = detailed_description
        if line_order is not UNSET:
            field_dict["lineOrder"] = line_order
        if eco_contribution is not UNSET:
            field_dict["ecoContribution"] = eco_contribution

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _cost_price_vat_excluded = d.pop("costPriceVatExcluded", UNSET)
        cost_price_vat_excluded: Decimal | Unset
        if isinstance(_cost_price_vat_excluded, Unset):
            cost_price_vat_excluded = UNSET
        else:
            cost_price_vat_excluded = to_decimal(_cost_price_vat_excluded)

        def _parse_vat_rate_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        vat_rate_id = _parse_vat_rate_id(d.pop("vatRateId", UNSET))

        def _parse_sale_unit_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        sale_unit_id = _parse_sale_unit_id(d.pop("saleUnitId", UNSET))

        id = d.pop("id", UNSET)

        description = d.pop("description", UNSET)

        def _parse_item_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        item_id = _parse_item_id(d.pop("itemId", UNSET))

        apply_margin = d.pop("applyMargin", UNSET)

        line_type = d.pop("lineType", UNSET)

        _quantity = d.pop("quantity", UNSET)
        quantity: Decimal | Unset
        if isinstance(_quantity, Unset):
            quantity = UNSET
        else:
            quantity = to_decimal(_quantity)

        _unit_price = d.pop("unitPrice", UNSET)
        unit_price: Decimal | Unset
        if isinstance(_unit_price, Unset):
            unit_price = UNSET
        else:
            unit_price = to_decimal(_unit_price)

        _vat_rate = d.pop("vatRate", UNSET)
        vat_rate: Decimal | Unset
        if isinstance(_vat_rate, Unset):
            vat_rate = UNSET
        else:
            vat_rate = to_decimal(_vat_rate)

        _total_amount_vat_excluded = d.pop("totalAmountVatExcluded", UNSET)
        total_amount_vat_excluded: Decimal | Unset
        if isinstance(_total_amount_vat_excluded, Unset):
            total_amount_vat_excluded = UNSET
        else:
            total_amount_vat_excluded = to_decimal(_total_amount_vat_excluded)

        _total_vat_amount = d.pop("totalVatAmount", UNSET)
        total_vat_amount: Decimal | Unset
        if isinstance(_total_vat_amount, Unset):
            total_vat_amount = UNSET
        else:
            total_vat_amount = to_decimal(_total_vat_amount)

        _total_amount_vat_included = d.pop("totalAmountVatIncluded", UNSET)
        total_amount_vat_included: Decimal | Unset
        if isinstance(_total_amount_vat_included, Unset):
            total_amount_vat_included = UNSET
        else:
            total_amount_vat_included = to_decimal(_total_amount_vat_included)

        _discount_rate = d.pop("discountRate", UNSET)
        discount_rate: Decimal | Unset
        if isinstance(_discount_rate, Unset):
            discount_rate = UNSET
        else:
            discount_rate = to_decimal(_discount_rate)

        def _parse_discount_amount(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (int, float, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                discount_amount_type_0 = to_decimal(data)

                return discount_amount_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        discount_amount = _parse_discount_amount(d.pop("discountAmount", UNSET))

        detailed_description = d.pop("detailedDescription", UNSET)

        line_order = d.pop("lineOrder", UNSET)

        def _parse_eco_contribution(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (int, float, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                eco_contribution_type_0 = to_decimal(data)

                return eco_contribution_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        eco_contribution = _parse_eco_contribution(d.pop("ecoContribution", UNSET))

        sale_document_line = cls(
            cost_price_vat_excluded=cost_price_vat_excluded,
            vat_rate_id=vat_rate_id,
            sale_unit_id=sale_unit_id,
            id=id,
            description=description,
            item_id=item_id,
            apply_margin=apply_margin,
            line_type=line_type,
            quantity=quantity,
            unit_price=unit_price,
            vat_rate=vat_rate,
            total_amount_vat_excluded=total_amount_vat_excluded,
            total_vat_amount=total_vat_amount,
            total_amount_vat_included=total_amount_vat_included,
            discount_rate=discount_rate,
            discount_amount=discount_amount,
            detailed_description=detailed_description,
            line_order=line_order,
            eco_contribution=eco_contribution,
        )

        sale_document_line.additional_properties = d
        return sale_document_line

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
