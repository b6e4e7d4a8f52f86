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

from ..types import UNSET, Unset

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

    cost_price_vat_excluded: Decimal | None | Unset = UNSET
    vat_rate_id: int | None | Unset = UNSET
    sale_unit_id: int | None | Unset = UNSET
    id: int | None | Unset = UNSET
    description: str | None | Unset = UNSET
    item_id: int | None | Unset = UNSET
    apply_margin: bool | None | Unset = UNSET
    line_type: int | None | Unset = UNSET
    quantity: Decimal | None | Unset = UNSET
    unit_price: Decimal | None | Unset = UNSET
    vat_rate: Decimal | None | Unset = UNSET
    total_amount_vat_excluded: Decimal | None | Unset = UNSET
    total_vat_amount: Decimal | None | Unset = UNSET
    total_amount_vat_included: Decimal | None | Unset = UNSET
    discount_rate: Decimal | None | Unset = UNSET
    discount_amount: Decimal | None | Unset = UNSET
    detailed_description: str | None | Unset = UNSET
    line_order: int | None | Unset = UNSET
    eco_contribution: Decimal | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.cost_price_vat_excluded
        if value is not UNSET:
            field_dict["costPriceVatExcluded"] = dump(
                value, "SaleDocumentLine.cost_price_vat_excluded", "number", False
            )
        value = self.vat_rate_id
        if value is not UNSET:
            field_dict["vatRateId"] = to_json(value)
        value = self.sale_unit_id
        if value is not UNSET:
            field_dict["saleUnitId"] = to_json(value)
        value = self.id
        if value is not UNSET:
            field_dict["id"] = dump(value, "SaleDocumentLine.id", "int", False)
        value = self.description
        if value is not UNSET:
            field_dict["description"] = dump(value, "SaleDocumentLine.description", "str", False)
        value = self.item_id
        if value is not UNSET:
            field_dict["itemId"] = to_json(value)
        value = self.apply_margin
        if value is not UNSET:
            field_dict["applyMargin"] = dump(value, "SaleDocumentLine.apply_margin", "bool", False)
        value = self.line_type
        if value is not UNSET:
            field_dict["lineType"] = dump(value, "SaleDocumentLine.line_type", "int", False)
        value = self.quantity
        if value is not UNSET:
            field_dict["quantity"] = dump(value, "SaleDocumentLine.quantity", "number", False)
        value = self.unit_price
        if value is not UNSET:
            field_dict["unitPrice"] = dump(value, "SaleDocumentLine.unit_price", "number", False)
        value = self.vat_rate
        if value is not UNSET:
            field_dict["vatRate"] = dump(value, "SaleDocumentLine.vat_rate", "number", False)
        value = self.total_amount_vat_excluded
        if value is not UNSET:
            field_dict["totalAmountVatExcluded"] = dump(
                value, "SaleDocumentLine.total_amount_vat_excluded", "number", False
            )
        value = self.total_vat_amount
        if value is not UNSET:
            field_dict["totalVatAmount"] = dump(value, "SaleDocumentLine.total_vat_amount", "number", False)
        value = self.total_amount_vat_included
        if value is not UNSET:
            field_dict["totalAmountVatIncluded"] = dump(
                value, "SaleDocumentLine.total_amount_vat_included", "number", False
            )
        value = self.discount_rate
        if value is not UNSET:
            field_dict["discountRate"] = dump(value, "SaleDocumentLine.discount_rate", "number", False)
        value = self.discount_amount
        if value is not UNSET:
            field_dict["discountAmount"] = to_json(value)
        value = self.detailed_description
        if value is not UNSET:
            field_dict["detailedDescription"] = dump(value, "SaleDocumentLine.detailed_description", "str", False)
        value = self.line_order
        if value is not UNSET:
            field_dict["lineOrder"] = dump(value, "SaleDocumentLine.line_order", "int", False)
        value = self.eco_contribution
        if value is not UNSET:
            field_dict["ecoContribution"] = to_json(value)
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
        cost_price_vat_excluded = get("costPriceVatExcluded", UNSET)
        if cost_price_vat_excluded.__class__ is not Decimal:
            cost_price_vat_excluded = read_decimal(cost_price_vat_excluded, _path, "costPriceVatExcluded")
        vat_rate_id = get("vatRateId", UNSET)
        if vat_rate_id.__class__ is not int:
            vat_rate_id = read_int(vat_rate_id, _path, "vatRateId")
        sale_unit_id = get("saleUnitId", UNSET)
        if sale_unit_id.__class__ is not int:
            sale_unit_id = read_int(sale_unit_id, _path, "saleUnitId")
        id = get("id", UNSET)
        if id.__class__ is not int:
            id = read_int(id, _path, "id")
        description = get("description", UNSET)
        if description.__class__ is not str:
            description = read_str(description, _path, "description")
        item_id = get("itemId", UNSET)
        if item_id.__class__ is not int:
            item_id = read_int(item_id, _path, "itemId")
        apply_margin = get("applyMargin", UNSET)
        if apply_margin.__class__ is not bool:
            apply_margin = read_bool(apply_margin, _path, "applyMargin")
        line_type = get("lineType", UNSET)
        if line_type.__class__ is not int:
            line_type = read_int(line_type, _path, "lineType")
        quantity = get("quantity", UNSET)
        if quantity.__class__ is not Decimal:
            quantity = read_decimal(quantity, _path, "quantity")
        unit_price = get("unitPrice", UNSET)
        if unit_price.__class__ is not Decimal:
            unit_price = read_decimal(unit_price, _path, "unitPrice")
        vat_rate = get("vatRate", UNSET)
        if vat_rate.__class__ is not Decimal:
            vat_rate = read_decimal(vat_rate, _path, "vatRate")
        total_amount_vat_excluded = get("totalAmountVatExcluded", UNSET)
        if total_amount_vat_excluded.__class__ is not Decimal:
            total_amount_vat_excluded = read_decimal(total_amount_vat_excluded, _path, "totalAmountVatExcluded")
        total_vat_amount = get("totalVatAmount", UNSET)
        if total_vat_amount.__class__ is not Decimal:
            total_vat_amount = read_decimal(total_vat_amount, _path, "totalVatAmount")
        total_amount_vat_included = get("totalAmountVatIncluded", UNSET)
        if total_amount_vat_included.__class__ is not Decimal:
            total_amount_vat_included = read_decimal(total_amount_vat_included, _path, "totalAmountVatIncluded")
        discount_rate = get("discountRate", UNSET)
        if discount_rate.__class__ is not Decimal:
            discount_rate = read_decimal(discount_rate, _path, "discountRate")
        discount_amount = get("discountAmount", UNSET)
        if discount_amount.__class__ is not Decimal:
            discount_amount = read_decimal(discount_amount, _path, "discountAmount")
        detailed_description = get("detailedDescription", UNSET)
        if detailed_description.__class__ is not str:
            detailed_description = read_str(detailed_description, _path, "detailedDescription")
        line_order = get("lineOrder", UNSET)
        if line_order.__class__ is not int:
            line_order = read_int(line_order, _path, "lineOrder")
        eco_contribution = get("ecoContribution", UNSET)
        if eco_contribution.__class__ is not Decimal:
            eco_contribution = read_decimal(eco_contribution, _path, "ecoContribution")
        sale_document_line = object.__new__(cls)
        sale_document_line.cost_price_vat_excluded = cost_price_vat_excluded
        sale_document_line.vat_rate_id = vat_rate_id
        sale_document_line.sale_unit_id = sale_unit_id
        sale_document_line.id = id
        sale_document_line.description = description
        sale_document_line.item_id = item_id
        sale_document_line.apply_margin = apply_margin
        sale_document_line.line_type = line_type
        sale_document_line.quantity = quantity
        sale_document_line.unit_price = unit_price
        sale_document_line.vat_rate = vat_rate
        sale_document_line.total_amount_vat_excluded = total_amount_vat_excluded
        sale_document_line.total_vat_amount = total_vat_amount
        sale_document_line.total_amount_vat_included = total_amount_vat_included
        sale_document_line.discount_rate = discount_rate
        sale_document_line.discount_amount = discount_amount
        sale_document_line.detailed_description = detailed_description
        sale_document_line.line_order = line_order
        sale_document_line.eco_contribution = eco_contribution
        sale_document_line.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            sale_document_line.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return sale_document_line

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (SaleDocumentLine)", value)

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
        "costPriceVatExcluded",
        "vatRateId",
        "saleUnitId",
        "id",
        "description",
        "itemId",
        "applyMargin",
        "lineType",
        "quantity",
        "unitPrice",
        "vatRate",
        "totalAmountVatExcluded",
        "totalVatAmount",
        "totalAmountVatIncluded",
        "discountRate",
        "discountAmount",
        "detailedDescription",
        "lineOrder",
        "ecoContribution",
    }
)
