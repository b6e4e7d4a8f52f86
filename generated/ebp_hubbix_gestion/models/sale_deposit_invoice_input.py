from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from comptoir.errors import ArgumentTypeError
from comptoir.runtime.checks import dump, dump_model, to_json
from comptoir.runtime.reading import (
    invalid,
    missing,
    pointer,
    read_any,
    read_datetime,
    read_decimal,
    read_int,
    read_str,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sale_deposit_addresses_input import SaleDepositAddressesInput


T = TypeVar("T", bound="SaleDepositInvoiceInput")


@_attrs_define
class SaleDepositInvoiceInput:
    """Facture d'acompte à créer.

    Attributes:
        from_sale_quote_id (int): Identifiant du devis d'origine de la facture d'acompte. Example: 23.
        date (datetime.datetime): Date/heure du document. Example: 2023-11-16T06:34:56.789Z.
        siret (str | Unset): N° de SIRET. Example: 12345678901234.
        intracommunity_vat_number (str | Unset): N° de TVA intracommunautaire. Example: FR12345678901.
        order_number (str | Unset): Numéro de commande client. Example: ORD123456.
        delivery_date (datetime.datetime | None | Unset): Date de livraison/exécution. Example:
            2023-11-24T12:34:56.789Z.
        payment_mode_id (int | None | Unset): Identifiant du moyen de paiement. Example: 1.
        exemption_notice_id (int | None | Unset): Identifiant de l'exemption de TVA.
        commitment_date (datetime.datetime | None | Unset): Date de l'échéance. Example: 2023-12-17T12:34:56.789Z.
        amount_vat_included (Decimal | Unset): Montant total de l'acompte incluant la TVA. Example: 500.0.
        rate_vat_included (Decimal | Unset): Pourcentage TTC de l'acompte (la documentation le décrit « Montant total de
            la TVA »). Example: 20.0.
        vat_rate (Decimal | Unset): Taux de TVA. Example: 20.0.
        vat_rate_id (int | None | Unset): Identifiant de la TVA. Example: 5.
        detailed_description (str | Unset): Description détaillée.
        addresses (SaleDepositAddressesInput | Unset): Adresses d'un avoir ou d'une facture d'acompte à créer.
    """

    from_sale_quote_id: int | None
    date: datetime.datetime | None
    siret: str | None | Unset = UNSET
    intracommunity_vat_number: str | None | Unset = UNSET
    order_number: str | None | Unset = UNSET
    delivery_date: datetime.datetime | None | Unset = UNSET
    payment_mode_id: int | None | Unset = UNSET
    exemption_notice_id: int | None | Unset = UNSET
    commitment_date: datetime.datetime | None | Unset = UNSET
    amount_vat_included: Decimal | None | Unset = UNSET
    rate_vat_included: Decimal | None | Unset = UNSET
    vat_rate: Decimal | None | Unset = UNSET
    vat_rate_id: int | None | Unset = UNSET
    detailed_description: str | None | Unset = UNSET
    addresses: SaleDepositAddressesInput | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        from ..models.sale_deposit_addresses_input import SaleDepositAddressesInput  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.from_sale_quote_id
        if value is UNSET:
            raise ArgumentTypeError("is required", parameter="SaleDepositInvoiceInput.from_sale_quote_id")
        field_dict["fromSaleQuoteId"] = dump(value, "SaleDepositInvoiceInput.from_sale_quote_id", "int", False)
        value = self.date
        if value is UNSET:
            raise ArgumentTypeError("is required", parameter="SaleDepositInvoiceInput.date")
        field_dict["date"] = dump(value, "SaleDepositInvoiceInput.date", "datetime", False)
        value = self.siret
        if value is not UNSET:
            field_dict["siret"] = dump(value, "SaleDepositInvoiceInput.siret", "str", False)
        value = self.intracommunity_vat_number
        if value is not UNSET:
            field_dict["intracommunityVatNumber"] = dump(
                value, "SaleDepositInvoiceInput.intracommunity_vat_number", "str", False
            )
        value = self.order_number
        if value is not UNSET:
            field_dict["orderNumber"] = dump(value, "SaleDepositInvoiceInput.order_number", "str", False)
        value = self.delivery_date
        if value is not UNSET:
            field_dict["deliveryDate"] = to_json(value)
        value = self.payment_mode_id
        if value is not UNSET:
            field_dict["paymentModeId"] = to_json(value)
        value = self.exemption_notice_id
        if value is not UNSET:
            field_dict["exemptionNoticeId"] = to_json(value)
        value = self.commitment_date
        if value is not UNSET:
            field_dict["commitmentDate"] = to_json(value)
        value = self.amount_vat_included
        if value is not UNSET:
            field_dict["amountVatIncluded"] = dump(
                value, "SaleDepositInvoiceInput.amount_vat_included", "number", False
            )
        value = self.rate_vat_included
        if value is not UNSET:
            field_dict["rateVatIncluded"] = dump(value, "SaleDepositInvoiceInput.rate_vat_included", "number", False)
        value = self.vat_rate
        if value is not UNSET:
            field_dict["vatRate"] = dump(value, "SaleDepositInvoiceInput.vat_rate", "number", False)
        value = self.vat_rate_id
        if value is not UNSET:
            field_dict["vatRateId"] = to_json(value)
        value = self.detailed_description
        if value is not UNSET:
            field_dict["detailedDescription"] = dump(
                value, "SaleDepositInvoiceInput.detailed_description", "str", False
            )
        value = self.addresses
        if value is not UNSET:
            field_dict["addresses"] = dump_model(
                value, "SaleDepositInvoiceInput.addresses", SaleDepositAddressesInput, False
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object (a response body or part of one) at JSON pointer ``_path``.

        ``null`` reads as None; numeric strings, dates given as date-times and enum names are accepted;
        anything else that does not fit raises ``ResponseValidationError`` naming its path.
        """
        from ..models.sale_deposit_addresses_input import SaleDepositAddressesInput  # noqa: PLC0415

        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise invalid(_path, None, "an object", src_dict)
        get = src_dict.get
        from_sale_quote_id = get("fromSaleQuoteId", UNSET)
        if from_sale_quote_id is UNSET:
            raise missing(_path, "fromSaleQuoteId", "an integer")
        if from_sale_quote_id.__class__ is not int:
            from_sale_quote_id = read_int(from_sale_quote_id, _path, "fromSaleQuoteId")
        date = get("date", UNSET)
        if date is UNSET:
            raise missing(_path, "date", "a date-time")
        if date is not UNSET:
            date = read_datetime(date, _path, "date")
        siret = get("siret", UNSET)
        if siret.__class__ is not str:
            siret = read_str(siret, _path, "siret")
        intracommunity_vat_number = get("intracommunityVatNumber", UNSET)
        if intracommunity_vat_number.__class__ is not str:
            intracommunity_vat_number = read_str(intracommunity_vat_number, _path, "intracommunityVatNumber")
        order_number = get("orderNumber", UNSET)
        if order_number.__class__ is not str:
            order_number = read_str(order_number, _path, "orderNumber")
        delivery_date = get("deliveryDate", UNSET)
        if delivery_date is not UNSET:
            delivery_date = read_datetime(delivery_date, _path, "deliveryDate")
        payment_mode_id = get("paymentModeId", UNSET)
        if payment_mode_id.__class__ is not int:
            payment_mode_id = read_int(payment_mode_id, _path, "paymentModeId")
        exemption_notice_id = get("exemptionNoticeId", UNSET)
        if exemption_notice_id.__class__ is not int:
            exemption_notice_id = read_int(exemption_notice_id, _path, "exemptionNoticeId")
        commitment_date = get("commitmentDate", UNSET)
        if commitment_date is not UNSET:
            commitment_date = read_datetime(commitment_date, _path, "commitmentDate")
        amount_vat_included = get("amountVatIncluded", UNSET)
        if amount_vat_included.__class__ is not Decimal:
            amount_vat_included = read_decimal(amount_vat_included, _path, "amountVatIncluded")
        rate_vat_included = get("rateVatIncluded", UNSET)
        if rate_vat_included.__class__ is not Decimal:
            rate_vat_included = read_decimal(rate_vat_included, _path, "rateVatIncluded")
        vat_rate = get("vatRate", UNSET)
        if vat_rate.__class__ is not Decimal:
            vat_rate = read_decimal(vat_rate, _path, "vatRate")
        vat_rate_id = get("vatRateId", UNSET)
        if vat_rate_id.__class__ is not int:
            vat_rate_id = read_int(vat_rate_id, _path, "vatRateId")
        detailed_description = get("detailedDescription", UNSET)
        if detailed_description.__class__ is not str:
            detailed_description = read_str(detailed_description, _path, "detailedDescription")
        addresses = get("addresses", UNSET)
        if addresses is not UNSET:
            addresses = SaleDepositAddressesInput._read(addresses, _path, "addresses")
        sale_deposit_invoice_input = object.__new__(cls)
        sale_deposit_invoice_input.from_sale_quote_id = from_sale_quote_id
        sale_deposit_invoice_input.date = date
        sale_deposit_invoice_input.siret = siret
        sale_deposit_invoice_input.intracommunity_vat_number = intracommunity_vat_number
        sale_deposit_invoice_input.order_number = order_number
        sale_deposit_invoice_input.delivery_date = delivery_date
        sale_deposit_invoice_input.payment_mode_id = payment_mode_id
        sale_deposit_invoice_input.exemption_notice_id = exemption_notice_id
        sale_deposit_invoice_input.commitment_date = commitment_date
        sale_deposit_invoice_input.amount_vat_included = amount_vat_included
        sale_deposit_invoice_input.rate_vat_included = rate_vat_included
        sale_deposit_invoice_input.vat_rate = vat_rate
        sale_deposit_invoice_input.vat_rate_id = vat_rate_id
        sale_deposit_invoice_input.detailed_description = detailed_description
        sale_deposit_invoice_input.addresses = addresses
        sale_deposit_invoice_input.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            sale_deposit_invoice_input.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return sale_deposit_invoice_input

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (SaleDepositInvoiceInput)", value)

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
        "fromSaleQuoteId",
        "date",
        "siret",
        "intracommunityVatNumber",
        "orderNumber",
        "deliveryDate",
        "paymentModeId",
        "exemptionNoticeId",
        "commitmentDate",
        "amountVatIncluded",
        "rateVatIncluded",
        "vatRate",
        "vatRateId",
        "detailedDescription",
        "addresses",
    }
)
