from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from comptoir.runtime.checks import dump, dump_model, to_json
from comptoir.runtime.reading import (
    invalid,
    pointer,
    read_any,
    read_bool,
    read_datetime,
    read_decimal,
    read_int,
    read_str,
    read_uuid,
)

from ..models.accounting_transfer_status import AccountingTransferStatus
from ..models.territoriality import Territoriality
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sale_document_addresses import SaleDocumentAddresses


T = TypeVar("T", bound="SaleDepositCredit")


@_attrs_define
class SaleDepositCredit:
    """Avoir d'acompte.

    Attributes:
        id (int | Unset): Identifiant de l'avoir d'acompte.
        from_sale_quote_id (int | None | Unset): Identifiant du devis d'origine.
        number (str | Unset): Numéro du document.
        date (datetime.datetime | Unset): Date et heure.
        customer_id (int | Unset): Identifiant du client.
        customer_type_id (int | Unset): Identifiant du type de client.
        name (str | Unset): Nom ou raison sociale du client.
        addresses (SaleDocumentAddresses | Unset): Adresses d'un document de vente (facturation, livraison, siège
            social).
        siret (str | Unset): N° de siret.
        intracommunity_vat_number (str | Unset): N° de TVA intracommunautaire.
        territoriality (Territoriality | Unset): Territoriality - Types de territorialité.
            0 = France (France métropolitaine), 1 = Corse (Corse), 2 = Dom (Départements d'outre-mer),
            3 = ImportExport (Import/Export), 4 = Intracommunautaire (Territoire intracommunautaire),
            5 = Monaco (Monaco), 6 = HorsFrance (Tous les autres territoires).
        order_number (str | Unset): N° de commande client.
        delivery_date (datetime.datetime | None | Unset): Date de livraison / d'exécution.
        commitment_date (datetime.datetime | None | Unset): Date de l'échéance.
        commitment_id (None | Unset | UUID): Identifiant de l'échéance.
        sale_quote_total_amount_vat_included (Decimal | Unset): Montant TTC total du devis.
        sale_deposit_max_possible_amount_vat_included (Decimal | Unset): Montant TTC maximum possible pour l'acompte.
        amount_vat_included (Decimal | Unset): Montant net TTC.
        rate_vat_included (Decimal | Unset): Pourcentage TTC de l'acompte (la documentation le décrit « Montant net de
            TVA »).
        vat_rate (Decimal | Unset): Taux de TVA.
        vat_amount (Decimal | Unset): Montant de la TVA.
        amount_vat_excluded (Decimal | Unset): Montant net HT.
        detailed_description (str | Unset): Description détaillée.
        accounting_transfer_status (AccountingTransferStatus | None | Unset): Etat du transfert comptable de la pièce.
        exemption_notice_id (int | None | Unset): Identifiant de l'exemption de TVA.
        is_exemption_vat (bool | Unset): Document exempté de TVA ?
    """

    id: int | None | Unset = UNSET
    from_sale_quote_id: int | None | Unset = UNSET
    number: str | None | Unset = UNSET
    date: datetime.datetime | None | Unset = UNSET
    customer_id: int | None | Unset = UNSET
    customer_type_id: int | None | Unset = UNSET
    name: str | None | Unset = UNSET
    addresses: SaleDocumentAddresses | None | Unset = UNSET
    siret: str | None | Unset = UNSET
    intracommunity_vat_number: str | None | Unset = UNSET
    territoriality: Territoriality | None | Unset = UNSET
    order_number: str | None | Unset = UNSET
    delivery_date: datetime.datetime | None | Unset = UNSET
    commitment_date: datetime.datetime | None | Unset = UNSET
    commitment_id: None | Unset | UUID = UNSET
    sale_quote_total_amount_vat_included: Decimal | None | Unset = UNSET
    sale_deposit_max_possible_amount_vat_included: Decimal | None | Unset = UNSET
    amount_vat_included: Decimal | None | Unset = UNSET
    rate_vat_included: Decimal | None | Unset = UNSET
    vat_rate: Decimal | None | Unset = UNSET
    vat_amount: Decimal | None | Unset = UNSET
    amount_vat_excluded: Decimal | None | Unset = UNSET
    detailed_description: str | None | Unset = UNSET
    accounting_transfer_status: AccountingTransferStatus | None | Unset = UNSET
    exemption_notice_id: int | None | Unset = UNSET
    is_exemption_vat: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        from ..models.sale_document_addresses import SaleDocumentAddresses  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.id
        if value is not UNSET:
            field_dict["id"] = dump(value, "SaleDepositCredit.id", "int", False)
        value = self.from_sale_quote_id
        if value is not UNSET:
            field_dict["fromSaleQuoteId"] = to_json(value)
        value = self.number
        if value is not UNSET:
            field_dict["number"] = dump(value, "SaleDepositCredit.number", "str", False)
        value = self.date
        if value is not UNSET:
            field_dict["date"] = dump(value, "SaleDepositCredit.date", "datetime", False)
        value = self.customer_id
        if value is not UNSET:
            field_dict["customerId"] = dump(value, "SaleDepositCredit.customer_id", "int", False)
        value = self.customer_type_id
        if value is not UNSET:
            field_dict["customerTypeId"] = dump(value, "SaleDepositCredit.customer_type_id", "int", False)
        value = self.name
        if value is not UNSET:
            field_dict["name"] = dump(value, "SaleDepositCredit.name", "str", False)
        value = self.addresses
        if value is not UNSET:
            field_dict["addresses"] = dump_model(value, "SaleDepositCredit.addresses", SaleDocumentAddresses, False)
        value = self.siret
        if value is not UNSET:
            field_dict["siret"] = dump(value, "SaleDepositCredit.siret", "str", False)
        value = self.intracommunity_vat_number
        if value is not UNSET:
            field_dict["intracommunityVatNumber"] = dump(
                value, "SaleDepositCredit.intracommunity_vat_number", "str", False
            )
        value = self.territoriality
        if value is not UNSET:
            field_dict["territoriality"] = dump(
                value, "SaleDepositCredit.territoriality", "enum", False, Territoriality
            )
        value = self.order_number
        if value is not UNSET:
            field_dict["orderNumber"] = dump(value, "SaleDepositCredit.order_number", "str", False)
        value = self.delivery_date
        if value is not UNSET:
            field_dict["deliveryDate"] = to_json(value)
        value = self.commitment_date
        if value is not UNSET:
            field_dict["commitmentDate"] = to_json(value)
        value = self.commitment_id
        if value is not UNSET:
            field_dict["commitmentId"] = to_json(value)
        value = self.sale_quote_total_amount_vat_included
        if value is not UNSET:
            field_dict["saleQuoteTotalAmountVatIncluded"] = dump(
                value, "SaleDepositCredit.sale_quote_total_amount_vat_included", "number", False
            )
        value = self.sale_deposit_max_possible_amount_vat_included
        if value is not UNSET:
            field_dict["saleDepositMaxPossibleAmountVatIncluded"] = dump(
                value, "SaleDepositCredit.sale_deposit_max_possible_amount_vat_included", "number", False
            )
        value = self.amount_vat_included
        if value is not UNSET:
            field_dict["amountVatIncluded"] = dump(value, "SaleDepositCredit.amount_vat_included", "number", False)
        value = self.rate_vat_included
        if value is not UNSET:
            field_dict["rateVatIncluded"] = dump(value, "SaleDepositCredit.rate_vat_included", "number", False)
        value = self.vat_rate
        if value is not UNSET:
            field_dict["vatRate"] = dump(value, "SaleDepositCredit.vat_rate", "number", False)
        value = self.vat_amount
        if value is not UNSET:
            field_dict["vatAmount"] = dump(value, "SaleDepositCredit.vat_amount", "number", False)
        value = self.amount_vat_excluded
        if value is not UNSET:
            field_dict["amountVatExcluded"] = dump(value, "SaleDepositCredit.amount_vat_excluded", "number", False)
        value = self.detailed_description
        if value is not UNSET:
            field_dict["detailedDescription"] = dump(value, "SaleDepositCredit.detailed_description", "str", False)
        value = self.accounting_transfer_status
        if value is not UNSET:
            field_dict["accountingTransferStatus"] = to_json(value)
        value = self.exemption_notice_id
        if value is not UNSET:
            field_dict["exemptionNoticeId"] = to_json(value)
        value = self.is_exemption_vat
        if value is not UNSET:
            field_dict["isExemptionVat"] = dump(value, "SaleDepositCredit.is_exemption_vat", "bool", False)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object (a response body or part of one) at JSON pointer ``_path``.

        ``null`` reads as None; numeric strings, dates given as date-times and enum names are accepted;
        anything else that does not fit raises ``ResponseValidationError`` naming its path.
        """
        from ..models.sale_document_addresses import SaleDocumentAddresses  # noqa: PLC0415

        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise invalid(_path, None, "an object", src_dict)
        get = src_dict.get
        id = get("id", UNSET)
        if id.__class__ is not int:
            id = read_int(id, _path, "id")
        from_sale_quote_id = get("fromSaleQuoteId", UNSET)
        if from_sale_quote_id.__class__ is not int:
            from_sale_quote_id = read_int(from_sale_quote_id, _path, "fromSaleQuoteId")
        number = get("number", UNSET)
        if number.__class__ is not str:
            number = read_str(number, _path, "number")
        date = get("date", UNSET)
        if date is not UNSET:
            date = read_datetime(date, _path, "date")
        customer_id = get("customerId", UNSET)
        if customer_id.__class__ is not int:
            customer_id = read_int(customer_id, _path, "customerId")
        customer_type_id = get("customerTypeId", UNSET)
        if customer_type_id.__class__ is not int:
            customer_type_id = read_int(customer_type_id, _path, "customerTypeId")
        name = get("name", UNSET)
        if name.__class__ is not str:
            name = read_str(name, _path, "name")
        addresses = get("addresses", UNSET)
        if addresses is not UNSET:
            addresses = SaleDocumentAddresses._read(addresses, _path, "addresses")
        siret = get("siret", UNSET)
        if siret.__class__ is not str:
            siret = read_str(siret, _path, "siret")
        intracommunity_vat_number = get("intracommunityVatNumber", UNSET)
        if intracommunity_vat_number.__class__ is not str:
            intracommunity_vat_number = read_str(intracommunity_vat_number, _path, "intracommunityVatNumber")
        territoriality = get("territoriality", UNSET)
        if territoriality.__class__ is int and territoriality in Territoriality._value2member_map_:
            territoriality = Territoriality._value2member_map_[territoriality]
        elif territoriality is not UNSET:
            territoriality = Territoriality._read(territoriality, _path, "territoriality")
        order_number = get("orderNumber", UNSET)
        if order_number.__class__ is not str:
            order_number = read_str(order_number, _path, "orderNumber")
        delivery_date = get("deliveryDate", UNSET)
        if delivery_date is not UNSET:
            delivery_date = read_datetime(delivery_date, _path, "deliveryDate")
        commitment_date = get("commitmentDate", UNSET)
        if commitment_date is not UNSET:
            commitment_date = read_datetime(commitment_date, _path, "commitmentDate")
        commitment_id = get("commitmentId", UNSET)
        if commitment_id is not UNSET:
            commitment_id = read_uuid(commitment_id, _path, "commitmentId")
        sale_quote_total_amount_vat_included = get("saleQuoteTotalAmountVatIncluded", UNSET)
        if sale_quote_total_amount_vat_included.__class__ is not Decimal:
            sale_quote_total_amount_vat_included = read_decimal(
                sale_quote_total_amount_vat_included, _path, "saleQuoteTotalAmountVatIncluded"
            )
        sale_deposit_max_possible_amount_vat_included = get("saleDepositMaxPossibleAmountVatIncluded", UNSET)
        if sale_deposit_max_possible_amount_vat_included.__class__ is not Decimal:
            sale_deposit_max_possible_amount_vat_included = read_decimal(
                sale_deposit_max_possible_amount_vat_included, _path, "saleDepositMaxPossibleAmountVatIncluded"
            )
        amount_vat_included = get("amountVatIncluded", UNSET)
        if amount_vat_included.__class__ is not Decimal:
            amount_vat_included = read_decimal(amount_vat_included, _path, "amountVatIncluded")
        rate_vat_included = get("rateVatIncluded", UNSET)
        if rate_vat_included.__class__ is not Decimal:
            rate_vat_included = read_decimal(rate_vat_included, _path, "rateVatIncluded")
        vat_rate = get("vatRate", UNSET)
        if vat_rate.__class__ is not Decimal:
            vat_rate = read_decimal(vat_rate, _path, "vatRate")
        vat_amount = get("vatAmount", UNSET)
        if vat_amount.__class__ is not Decimal:
            vat_amount = read_decimal(vat_amount, _path, "vatAmount")
        amount_vat_excluded = get("amountVatExcluded", UNSET)
        if amount_vat_excluded.__class__ is not Decimal:
            amount_vat_excluded = read_decimal(amount_vat_excluded, _path, "amountVatExcluded")
        detailed_description = get("detailedDescription", UNSET)
        if detailed_description.__class__ is not str:
            detailed_description = read_str(detailed_description, _path, "detailedDescription")
        accounting_transfer_status = get("accountingTransferStatus", UNSET)
        if (
            accounting_transfer_status.__class__ is int
            and accounting_transfer_status in AccountingTransferStatus._value2member_map_
        ):
            accounting_transfer_status = AccountingTransferStatus._value2member_map_[accounting_transfer_status]
        elif accounting_transfer_status is not UNSET:
            accounting_transfer_status = AccountingTransferStatus._read(
                accounting_transfer_status, _path, "accountingTransferStatus"
            )
        exemption_notice_id = get("exemptionNoticeId", UNSET)
        if exemption_notice_id.__class__ is not int:
            exemption_notice_id = read_int(exemption_notice_id, _path, "exemptionNoticeId")
        is_exemption_vat = get("isExemptionVat", UNSET)
        if is_exemption_vat.__class__ is not bool:
            is_exemption_vat = read_bool(is_exemption_vat, _path, "isExemptionVat")
        sale_deposit_credit = object.__new__(cls)
        sale_deposit_credit.id = id
        sale_deposit_credit.from_sale_quote_id = from_sale_quote_id
        sale_deposit_credit.number = number
        sale_deposit_credit.date = date
        sale_deposit_credit.customer_id = customer_id
        sale_deposit_credit.customer_type_id = customer_type_id
        sale_deposit_credit.name = name
        sale_deposit_credit.addresses = addresses
        sale_deposit_credit.siret = siret
        sale_deposit_credit.intracommunity_vat_number = intracommunity_vat_number
        sale_deposit_credit.territoriality = territoriality
        sale_deposit_credit.order_number = order_number
        sale_deposit_credit.delivery_date = delivery_date
        sale_deposit_credit.commitment_date = commitment_date
        sale_deposit_credit.commitment_id = commitment_id
        sale_deposit_credit.sale_quote_total_amount_vat_included = sale_quote_total_amount_vat_included
        sale_deposit_credit.sale_deposit_max_possible_amount_vat_included = (
            sale_deposit_max_possible_amount_vat_included
        )
        sale_deposit_credit.amount_vat_included = amount_vat_included
        sale_deposit_credit.rate_vat_included = rate_vat_included
        sale_deposit_credit.vat_rate = vat_rate
        sale_deposit_credit.vat_amount = vat_amount
        sale_deposit_credit.amount_vat_excluded = amount_vat_excluded
        sale_deposit_credit.detailed_description = detailed_description
        sale_deposit_credit.accounting_transfer_status = accounting_transfer_status
        sale_deposit_credit.exemption_notice_id = exemption_notice_id
        sale_deposit_credit.is_exemption_vat = is_exemption_vat
        sale_deposit_credit.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            sale_deposit_credit.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return sale_deposit_credit

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (SaleDepositCredit)", value)

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
        "fromSaleQuoteId",
        "number",
        "date",
        "customerId",
        "customerTypeId",
        "name",
        "addresses",
        "siret",
        "intracommunityVatNumber",
        "territoriality",
        "orderNumber",
        "deliveryDate",
        "commitmentDate",
        "commitmentId",
        "saleQuoteTotalAmountVatIncluded",
        "saleDepositMaxPossibleAmountVatIncluded",
        "amountVatIncluded",
        "rateVatIncluded",
        "vatRate",
        "vatAmount",
        "amountVatExcluded",
        "detailedDescription",
        "accountingTransferStatus",
        "exemptionNoticeId",
        "isExemptionVat",
    }
)
