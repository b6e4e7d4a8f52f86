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
    read_decimal,
    read_int,
    read_str,
)

from ..types import UNSET, Unset

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
    description: str | None | Unset = UNSET
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
    vat_rate_id: int | None | Unset = UNSET
    eco_contribution: Decimal | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.item_id
        if value is not UNSET:
            field_dict["ItemId"] = to_json(value)
        value = self.description
        if value is not UNSET:
            field_dict["Description"] = dump(value, "SaleDocumentLineInput.description", "str", False)
        value = self.line_type
        if value is not UNSET:
            field_dict["LineType"] = dump(value, "SaleDocumentLineInput.line_type", "int", False)
        value = self.quantity
        if value is not UNSET:
            field_dict["Quantity"] = dump(value, "SaleDocumentLineInput.quantity", "number", False)
        value = self.unit_price
        if value is not UNSET:
            field_dict["UnitPrice"] = dump(value, "SaleDocumentLineInput.unit_price", "number", False)
        value = self.vat_rate
        if value is not UNSET:
            field_dict["VatRate"] = dump(value, "SaleDocumentLineInput.vat_rate", "number", False)
        value = self.total_amount_vat_excluded
        if value is not UNSET:
            field_dict["TotalAmountVatExcluded"] = dump(
                value, "SaleDocumentLineInput.total_amount_vat_excluded", "number", False
            )
        value = self.total_vat_amount
        if value is not UNSET:
            field_dict["TotalVatAmount"] = dump(value, "SaleDocumentLineInput.total_vat_amount", "number", False)
        value = self.total_amount_vat_included
        if value is not UNSET:
            field_dict["TotalAmountVatIncluded"] = dump(
                value, "SaleDocumentLineInput.total_amount_vat_included", "number", False
            )
        value = self.discount_rate
        if value is not UNSET:
            field_dict["DiscountRate"] = dump(value, "SaleDocumentLineInput.discount_rate", "number", False)
        value = self.discount_amount
        if value is not UNSET:
            field_dict["DiscountAmount"] = to_json(value)
        value = self.detailed_description
        if value is not UNSET:
            field_dict["DetailedDescription"] = dump(value, "SaleDocumentLineInput.detailed_description", "str", False)
        value = self.line_order
        if value is not UNSET:
            field_dict["LineOrder"] = dump(value, "SaleDocumentLineInput.line_order", "int", False)
        value = self.vat_rate_id
        if value is not UNSET:
            field_dict["VatRateId"] = to_json(value)
        value = self.eco_contribution
        if value is not UNSET:
            field_dict["EcoContribution"] = to_json(value)
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
        item_id = get("ItemId", UNSET)
        if item_id.__class__ is not int:
            item_id = read_int(item_id, _path, "ItemId")
        description = get("Description", UNSET)
        if description.__class__ is not str:
            description = read_str(description, _path, "Description")
        line_type = get("LineType", UNSET)
        if line_type.__class__ is not int:
            line_type = read_int(line_type, _path, "LineType")
        quantity = get("Quantity", UNSET)
        if quantity.__class__ is not Decimal:
            quantity = read_decimal(quantity, _path, "Quantity")
        unit_price = get("UnitPrice", UNSET)
        if unit_price.__class__ is not Decimal:
            unit_price = read_decimal(unit_price, _path, "UnitPrice")
        vat_rate = get("VatRate", UNSET)
        if vat_rate.__class__ is not Decimal:
            vat_rate = read_decimal(vat_rate, _path, "VatRate")
        total_amount_vat_excluded = get("TotalAmountVatExcluded", UNSET)
        if total_amount_vat_excluded.__class__ is not Decimal:
            total_amount_vat_excluded = read_decimal(total_amount_vat_excluded, _path, "TotalAmountVatExcluded")
        total_vat_amount = get("TotalVatAmount", UNSET)
        if total_vat_amount.__class__ is not Decimal:
            total_vat_amount = read_decimal(total_vat_amount, _path, "TotalVatAmount")
        total_amount_vat_included = get("TotalAmountVatIncluded", UNSET)
        if total_amount_vat_included.__class__ is not Decimal:
            total_amount_vat_included = read_decimal(total_amount_vat_included, _path, "TotalAmountVatIncluded")
        discount_rate = get("DiscountRate", UNSET)
        if discount_rate.__class__ is not Decimal:
            discount_rate = read_decimal(discount_rate, _path, "DiscountRate")
        discount_amount = get("DiscountAmount", UNSET)
        if discount_amount.__class__ is not Decimal:
            discount_amount = read_decimal(discount_amount, _path, "DiscountAmount")
        detailed_description = get("DetailedDescription", UNSET)
        if detailed_description.__class__ is not str:
            detailed_description = read_str(detailed_description, _path, "DetailedDescription")
        line_order = get("LineOrder", UNSET)
        if line_order.__class__ is not int:
            line_order = read_int(line_order, _path, "LineOrder")
        vat_rate_id = get("VatRateId", UNSET)
        if vat_rate_id.__class__ is not int:
            vat_rate_id = read_int(vat_rate_id, _path, "VatRateId")
        eco_contribution = get("EcoContribution", UNSET)
        if eco_contribution.__class__ is not Decimal:
            eco_contribution = read_decimal(eco_contribution, _path, "EcoContribution")
        sale_document_line_input = object.__new__(cls)
        sale_document_line_input.item_id = item_id
        sale_document_line_input.description = description
        sale_document_line_input.line_type = line_type
        sale_document_line_input.quantity = quantity
        sale_document_line_input.unit_price = unit_price
        sale_document_line_input.vat_rate = vat_rate
        sale_document_line_input.total_amount_vat_excluded = total_amount_vat_excluded
        sale_document_line_input.total_vat_amount = total_vat_amount
        sale_document_line_input.total_amount_vat_included = total_amount_vat_included
        sale_document_line_input.discount_rate = discount_rate
        sale_document_line_input.discount_amount = discount_amount
        sale_document_line_input.detailed_description = detailed_description
        sale_document_line_input.line_order = line_order
        sale_document_line_input.vat_rate_id = vat_rate_id
        sale_document_line_input.eco_contribution = eco_contribution
        sale_document_line_input.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            sale_document_line_input.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return sale_document_line_input

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (SaleDocumentLineInput)", value)

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
        "ItemId",
        "Description",
        "LineType",
        "Quantity",
        "UnitPrice",
        "VatRate",
        "TotalAmountVatExcluded",
        "TotalVatAmount",
        "TotalAmountVatIncluded",
        "DiscountRate",
        "DiscountAmount",
        "DetailedDescription",
        "LineOrder",
        "VatRateId",
        "EcoContribution",
    }
)
