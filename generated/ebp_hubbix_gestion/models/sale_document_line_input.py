from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, to_decimal

T = TypeVar("T", bound="SaleDocumentLineInput")


@_attrs_define
class SaleDocumentLineInput:
    """Ligne d'un document de vente à créer ou modifier. Les tableaux ne décrivent que ItemId,
    Description, LineType, Quantity, UnitPrice et VatRate ; les autres champs viennent des
    exemples.

        Attributes:
            item_id (int | None | Unset): Identifiant de l'article. Example: 3.
            description (str | Unset): Description de l'article. Example: Produit 1.
            line_type (int | Unset): Type de ligne (valeurs non documentées ; 1 dans les exemples). Example: 1.
            quantity (Decimal | Unset): Quantité. Example: 5.0.
            unit_price (Decimal | Unset): Prix unitaire. Example: 100.0.
            vat_rate (Decimal | Unset): Taux de TVA. Example: 20.0.
            total_amount_vat_excluded (Decimal | Unset): Montant total HT de la ligne. Example: 500.0.
            total_vat_amount (Decimal | Unset): Montant total de la TVA de la ligne. Example: 100.0.
            total_amount_vat_included (Decimal | Unset): Montant total TTC de la ligne. Example: 600.0.
            discount_rate (Decimal | Unset): Taux de remise de la ligne. Example: 0.0.
            discount_amount (Decimal | None | Unset): Montant de remise de la ligne.
            detailed_description (str | Unset): Description détaillée de la ligne.
            line_order (int | Unset): Ordre d'affichage de la ligne. Example: 0.
            vat_rate_id (int | None | Unset): Identifiant du taux de TVA de la ligne. Example: 5.
            eco_contribution (Decimal | None | Unset): Contribution écologique de la ligne.
    """

    item_id: int | None | Unset = UNSET
    description: str | Unset = UNSET
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
    vat_rate_id: int | None | Unset = UNSET
    eco_contribution: Decimal | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_id: int | None | Unset
        if isinstance(self.item_id, Unset):
            item_id = UNSET
        else:
            item_id = self.item_id

        description = self.description

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

        vat_rate_id: int | None | Unset
        if isinstance(self.vat_rate_id, Unset):
            vat_rate_id = UNSET
        else:
            vat_rate_id = self.vat_rate_id

        eco_contribution: Decimal | None | Unset
        if isinstance(self.eco_contribution, Unset):
            eco_contribution = UNSET
        else:
            eco_contribution = self.eco_contribution

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if item_id is not UNSET:
            field_dict["ItemId"] = item_id
        if description is not UNSET:
            field_dict["Description"] = description
        if line_type is not UNSET:
            field_dict["LineType"] = line_type
        if quantity is not UNSET:
            field_dict["Quantity"] = quantity
        if unit_price is not UNSET:
            field_dict["UnitPrice"] = unit_price
        if vat_rate is not UNSET:
            field_dict["VatRate"] = vat_rate
        if total_amount_vat_excluded is not UNSET:
            field_dict["TotalAmountVatExcluded"] = total_amount_vat_excluded
        if total_vat_amount is not UNSET:
            field_dict["TotalVatAmount"] = total_vat_amount
        if total_amount_vat_included is not UNSET:
            field_dict["TotalAmountVatIncluded"] = total_amount_vat_included
        if discount_rate is not UNSET:
            field_dict["DiscountRate"] = discount_rate
        if discount_amount is not UNSET:
            field_dict["DiscountAmount"] = discount_amount
        if detailed_description is not UNSET:
            field_dict["DetailedDescription"] = detailed_description
        if line_order is not UNSET:
            field_dict["LineOrder"] = line_order
        if vat_rate_id is not UNSET:
            field_dict["VatRateId"] = vat_rate_id
        if eco_contribution is not UNSET:
            field_dict["EcoContribution"] = eco_contribution

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_item_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        item_id = _parse_item_id(d.pop("ItemId", UNSET))

        description = d.pop("Description", UNSET)

        line_type = d.pop("LineType", UNSET)

        _quantity = d.pop("Quantity", UNSET)
        quantity: Decimal | Unset
        if isinstance(_quantity, Unset):
            quantity = UNSET
        else:
            quantity = to_decimal(_quantity)

        _unit_price = d.pop("UnitPrice", UNSET)
        unit_price: Decimal | Unset
        if isinstance(_unit_price, Unset):
            unit_price = UNSET
        else:
            unit_price = to_decimal(_unit_price)

        _vat_rate = d.pop("VatRate", UNSET)
        vat_rate: Decimal | Unset
        if isinstance(_vat_rate, Unset):
            vat_rate = UNSET
        else:
            vat_rate = to_decimal(_vat_rate)

        _total_amount_vat_excluded = d.pop("TotalAmountVatExcluded", UNSET)
        total_amount_vat_excluded: Decimal | Unset
        if isinstance(_total_amount_vat_excluded, Unset):
            total_amount_vat_excluded = UNSET
        else:
            total_amount_vat_excluded = to_decimal(_total_amount_vat_excluded)

        _total_vat_amount = d.pop("TotalVatAmount", UNSET)
        total_vat_amount: Decimal | Unset
        if isinstance(_total_vat_amount, Unset):
            total_vat_amount = UNSET
        else:
            total_vat_amount = to_decimal(_total_vat_amount)

        _total_amount_vat_included = d.pop("TotalAmountVatIncluded", UNSET)
        total_amount_vat_included: Decimal | Unset
        if isinstance(_total_amount_vat_included, Unset):
            total_amount_vat_included = UNSET
        else:
            total_amount_vat_included = to_decimal(_total_amount_vat_included)

        _discount_rate = d.pop("DiscountRate", UNSET)
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

        discount_amount = _parse_discount_amount(d.pop("DiscountAmount", UNSET))

        detailed_description = d.pop("DetailedDescription", UNSET)

        line_order = d.pop("LineOrder", UNSET)

        def _parse_vat_rate_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        vat_rate_id = _parse_vat_rate_id(d.pop("VatRateId", UNSET))

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

        eco_contribution = _parse_eco_contribution(d.pop("EcoContribution", UNSET))

        sale_document_line_input = cls(
            item_id=item_id,
            description=description,
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
            vat_rate_id=vat_rate_id,
            eco_contribution=eco_contribution,
        )

        sale_document_line_input.additional_properties = d
        return sale_document_line_input

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
