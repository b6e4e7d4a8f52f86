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
)

from ..types import UNSET, Unset

T = TypeVar("T", bound="SaleDocumentFooterInput")


@_attrs_define
class SaleDocumentFooterInput:
    """Pied (totaux) d'un document de vente à créer ou modifier.

    Attributes:
        total_amount_vat_excluded (Decimal | Unset): Montant total HT. Example: 650.0.
        total_amount_vat_included (Decimal | Unset): Montant total TTC. Example: 765.0.
        total_deposits_amount_vat_included (Decimal | Unset): Montant total des acomptes TTC. Example: 50.0.
        net_amount_vat_included (Decimal | Unset): Montant net TTC. Example: 715.0.
        total_vat_amount (Decimal | Unset): Montant total de la TVA. Example: 65.0.
        shipping_cost (Decimal | Unset): Frais de livraison. Example: 10.0.
        shipping_vat_rate_id (int | None | Unset): Identifiant du taux de TVA des frais de livraison. Example: 5.
        shipping_vat_rate (Decimal | Unset): Taux de TVA des frais de livraison. Example: 20.0.
        discount_rate (Decimal | Unset): Taux de remise. Example: 5.0.
        discount_amount (Decimal | Unset): Montant de la remise. Example: 30.0.
        total_amount_net_vat_excluded (Decimal | Unset): Montant total net HT. Example: 620.0.
        total_amount_net_vat_included (Decimal | Unset): Montant total net TTC. Example: 735.0.
        eco_contribution (Decimal | None | Unset): Éco-contribution.
    """

    total_amount_vat_excluded: Decimal | None | Unset = UNSET
    total_amount_vat_included: Decimal | None | Unset = UNSET
    total_deposits_amount_vat_included: Decimal | None | Unset = UNSET
    net_amount_vat_included: Decimal | None | Unset = UNSET
    total_vat_amount: Decimal | None | Unset = UNSET
    shipping_cost: Decimal | None | Unset = UNSET
    shipping_vat_rate_id: int | None | Unset = UNSET
    shipping_vat_rate: Decimal | None | Unset = UNSET
    discount_rate: Decimal | None | Unset = UNSET
    discount_amount: Decimal | None | Unset = UNSET
    total_amount_net_vat_excluded: Decimal | None | Unset = UNSET
    total_amount_net_vat_included: Decimal | None | Unset = UNSET
    eco_contribution: Decimal | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.total_amount_vat_excluded
        if value is not UNSET:
            field_dict["TotalAmountVatExcluded"] = dump(
                value, "SaleDocumentFooterInput.total_amount_vat_excluded", "number", False
            )
        value = self.total_amount_vat_included
        if value is not UNSET:
            field_dict["TotalAmountVatIncluded"] = dump(
                value, "SaleDocumentFooterInput.total_amount_vat_included", "number", False
            )
        value = self.total_deposits_amount_vat_included
        if value is not UNSET:
            field_dict["TotalDepositsAmountVatIncluded"] = dump(
                value, "SaleDocumentFooterInput.total_deposits_amount_vat_included", "number", False
            )
        value = self.net_amount_vat_included
        if value is not UNSET:
            field_dict["NetAmountVatIncluded"] = dump(
                value, "SaleDocumentFooterInput.net_amount_vat_included", "number", False
            )
        value = self.total_vat_amount
        if value is not UNSET:
            field_dict["TotalVatAmount"] = dump(value, "SaleDocumentFooterInput.total_vat_amount", "number", False)
        value = self.shipping_cost
        if value is not UNSET:
            field_dict["ShippingCost"] = dump(value, "SaleDocumentFooterInput.shipping_cost", "number", False)
        value = self.shipping_vat_rate_id
        if value is not UNSET:
            field_dict["ShippingVatRateId"] = to_json(value)
        value = self.shipping_vat_rate
        if value is not UNSET:
            field_dict["ShippingVatRate"] = dump(value, "SaleDocumentFooterInput.shipping_vat_rate", "number", False)
        value = self.discount_rate
        if value is not UNSET:
            field_dict["DiscountRate"] = dump(value, "SaleDocumentFooterInput.discount_rate", "number", False)
        value = self.discount_amount
        if value is not UNSET:
            field_dict["DiscountAmount"] = dump(value, "SaleDocumentFooterInput.discount_amount", "number", False)
        value = self.total_amount_net_vat_excluded
        if value is not UNSET:
            field_dict["TotalAmountNetVatExcluded"] = dump(
                value, "SaleDocumentFooterInput.total_amount_net_vat_excluded", "number", False
            )
        value = self.total_amount_net_vat_included
        if value is not UNSET:
            field_dict["TotalAmountNetVatIncluded"] = dump(
                value, "SaleDocumentFooterInput.total_amount_net_vat_included", "number", False
            )
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
        total_amount_vat_excluded = get("TotalAmountVatExcluded", UNSET)
        if total_amount_vat_excluded.__class__ is not Decimal:
            total_amount_vat_excluded = read_decimal(total_amount_vat_excluded, _path, "TotalAmountVatExcluded")
        total_amount_vat_included = get("TotalAmountVatIncluded", UNSET)
        if total_amount_vat_included.__class__ is not Decimal:
            total_amount_vat_included = read_decimal(total_amount_vat_included, _path, "TotalAmountVatIncluded")
        total_deposits_amount_vat_included = get("TotalDepositsAmountVatIncluded", UNSET)
        if total_deposits_amount_vat_included.__class__ is not Decimal:
            total_deposits_amount_vat_included = read_decimal(
                total_deposits_amount_vat_included, _path, "TotalDepositsAmountVatIncluded"
            )
        net_amount_vat_included = get("NetAmountVatIncluded", UNSET)
        if net_amount_vat_included.__class__ is not Decimal:
            net_amount_vat_included = read_decimal(net_amount_vat_included, _path, "NetAmountVatIncluded")
        total_vat_amount = get("TotalVatAmount", UNSET)
        if total_vat_amount.__class__ is not Decimal:
            total_vat_amount = read_decimal(total_vat_amount, _path, "TotalVatAmount")
        shipping_cost = get("ShippingCost", UNSET)
        if shipping_cost.__class__ is not Decimal:
            shipping_cost = read_decimal(shipping_cost, _path, "ShippingCost")
        shipping_vat_rate_id = get("ShippingVatRateId", UNSET)
        if shipping_vat_rate_id.__class__ is not int:
            shipping_vat_rate_id = read_int(shipping_vat_rate_id, _path, "ShippingVatRateId")
        shipping_vat_rate = get("ShippingVatRate", UNSET)
        if shipping_vat_rate.__class__ is not Decimal:
            shipping_vat_rate = read_decimal(shipping_vat_rate, _path, "ShippingVatRate")
        discount_rate = get("DiscountRate", UNSET)
        if discount_rate.__class__ is not Decimal:
            discount_rate = read_decimal(discount_rate, _path, "DiscountRate")
        discount_amount = get("DiscountAmount", UNSET)
        if discount_amount.__class__ is not Decimal:
            discount_amount = read_decimal(discount_amount, _path, "DiscountAmount")
        total_amount_net_vat_excluded = get("TotalAmountNetVatExcluded", UNSET)
        if total_amount_net_vat_excluded.__class__ is not Decimal:
            total_amount_net_vat_excluded = read_decimal(
                total_amount_net_vat_excluded, _path, "TotalAmountNetVatExcluded"
            )
        total_amount_net_vat_included = get("TotalAmountNetVatIncluded", UNSET)
        if total_amount_net_vat_included.__class__ is not Decimal:
            total_amount_net_vat_included = read_decimal(
                total_amount_net_vat_included, _path, "TotalAmountNetVatIncluded"
            )
        eco_contribution = get("EcoContribution", UNSET)
        if eco_contribution.__class__ is not Decimal:
            eco_contribution = read_decimal(eco_contribution, _path, "EcoContribution")
        sale_document_footer_input = object.__new__(cls)
        sale_document_footer_input.total_amount_vat_excluded = total_amount_vat_excluded
        sale_document_footer_input.total_amount_vat_included = total_amount_vat_included
        sale_document_footer_input.total_deposits_amount_vat_included = total_deposits_amount_vat_included
        sale_document_footer_input.net_amount_vat_included = net_amount_vat_included
        sale_document_footer_input.total_vat_amount = total_vat_amount
        sale_document_footer_input.shipping_cost = shipping_cost
        sale_document_footer_input.shipping_vat_rate_id = shipping_vat_rate_id
        sale_document_footer_input.shipping_vat_rate = shipping_vat_rate
        sale_document_footer_input.discount_rate = discount_rate
        sale_document_footer_input.discount_amount = discount_amount
        sale_document_footer_input.total_amount_net_vat_excluded = total_amount_net_vat_excluded
        sale_document_footer_input.total_amount_net_vat_included = total_amount_net_vat_included
        sale_document_footer_input.eco_contribution = eco_contribution
        sale_document_footer_input.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            sale_document_footer_input.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return sale_document_footer_input

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (SaleDocumentFooterInput)", value)

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
        "TotalAmountVatExcluded",
        "TotalAmountVatIncluded",
        "TotalDepositsAmountVatIncluded",
        "NetAmountVatIncluded",
        "TotalVatAmount",
        "ShippingCost",
        "ShippingVatRateId",
        "ShippingVatRate",
        "DiscountRate",
        "DiscountAmount",
        "TotalAmountNetVatExcluded",
        "TotalAmountNetVatIncluded",
        "EcoContribution",
    }
)
