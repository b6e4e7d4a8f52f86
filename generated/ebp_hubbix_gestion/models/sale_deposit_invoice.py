from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.accounting_transfer_status import AccountingTransferStatus
from ..models.territoriality import Territoriality
from ..types import UNSET, Unset, to_decimal

if TYPE_CHECKING:
    from ..models.sale_document_addresses import SaleDocumentAddresses


T = TypeVar("T", bound="SaleDepositInvoice")


@_attrs_define
class SaleDepositInvoice:
    """Facture d'acompte.

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
        cash_receipt_total_amount (Decimal | Unset): Montant total des encaissements.
        late_amount (Decimal | Unset): Montant en retard.
        payment_mode_id (int | None | Unset): Identifiant du moyen de paiement.
        remaining_amount (Decimal | Unset): Montant restant dû.
    """

    id: int | Unset = UNSET
    from_sale_quote_id: int | None | Unset = UNSET
    number: str | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    customer_id: int | Unset = UNSET
    customer_type_id: int | Unset = UNSET
    name: str | Unset = UNSET
    addresses: SaleDocumentAddresses | Unset = UNSET
    siret: str | Unset = UNSET
    intracommunity_vat_number: str | Unset = UNSET
    territoriality: Territoriality | Unset = UNSET
    order_number: str | Unset = UNSET
    delivery_date: datetime.datetime | None | Unset = UNSET
    commitment_date: datetime.datetime | None | Unset = UNSET
    commitment_id: None | Unset | UUID = UNSET
    sale_quote_total_amount_vat_included: Decimal | Unset = UNSET
    sale_deposit_max_possible_amount_vat_included: Decimal | Unset = UNSET
    amount_vat_included: Decimal | Unset = UNSET
    rate_vat_included: Decimal | Unset = UNSET
    vat_rate: Decimal | Unset = UNSET
    vat_amount: Decimal | Unset = UNSET
    amount_vat_excluded: Decimal | Unset = UNSET
    detailed_description: str | Unset = UNSET
    accounting_transfer_status: AccountingTransferStatus | None | Unset = UNSET
    exemption_notice_id: int | None | Unset = UNSET
    is_exemption_vat: bool | Unset = UNSET
    cash_receipt_total_amount: Decimal | Unset = UNSET
    late_amount: Decimal | Unset = UNSET
    payment_mode_id: int | None | Unset = UNSET
    remaining_amount: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        from_sale_quote_id: int | None | Unset
        if isinstance(self.from_sale_quote_id, Unset):
            from_sale_quote_id = UNSET
        else:
            from_sale_quote_id = self.from_sale_quote_id

        number = self.number

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        customer_id = self.customer_id

        customer_type_id = self.customer_type_id

        name = self.name

        addresses: dict[str, Any] | Unset = UNSET
        if not isinstance(self.addresses, Unset):
            addresses = self.addresses.to_dict()

        siret = self.siret

        intracommunity_vat_number = self.intracommunity_vat_number

        territoriality: int | Unset = UNSET
        if not isinstance(self.territoriality, Unset):
            territoriality = self.territoriality.value

        order_number = self.order_number

        delivery_date: None | str | Unset
        if isinstance(self.delivery_date, Unset):
            delivery_date = UNSET
        elif isinstance(self.delivery_date, datetime.datetime):
            delivery_date = self.delivery_date.isoformat()
        else:
            delivery_date = self.delivery_date

        commitment_date: None | str | Unset
        if isinstance(self.commitment_date, Unset):
            commitment_date = UNSET
        elif isinstance(self.commitment_date, datetime.datetime):
            commitment_date = self.commitment_date.isoformat()
        else:
            commitment_date = self.commitment_date

        commitment_id: None | str | Unset
        if isinstance(self.commitment_id, Unset):
            commitment_id = UNSET
        elif isinstance(self.commitment_id, UUID):
            commitment_id = str(self.commitment_id)
        else:
            commitment_id = self.commitment_id

        sale_quote_total_amount_vat_included = self.sale_quote_total_amount_vat_included

        sale_deposit_max_possible_amount_vat_included = self.sale_deposit_max_possible_amount_vat_included

        amount_vat_included = self.amount_vat_included

        rate_vat_included = self.rate_vat_included

        vat_rate = self.vat_rate

        vat_amount = self.vat_amount

        amount_vat_excluded = self.amount_vat_excluded

        detailed_description = self.detailed_description

        accounting_transfer_status: int | None | Unset
        if isinstance(self.accounting_transfer_status, Unset):
            accounting_transfer_status = UNSET
        elif isinstance(self.accounting_transfer_status, AccountingTransferStatus):
            accounting_transfer_status = self.accounting_transfer_status.value
        else:
            accounting_transfer_status = self.accounting_transfer_status

        exemption_notice_id: int | None | Unset
        if isinstance(self.exemption_notice_id, Unset):
            exemption_notice_id = UNSET
        else:
            exemption_notice_id = self.exemption_notice_id

        is_exemption_vat = self.is_exemption_vat

        cash_receipt_total_amount = self.cash_receipt_total_amount

        late_amount = self.late_amount

        payment_mode_id: int | None | Unset
        if isinstance(self.payment_mode_id, Unset):
            payment_mode_id = UNSET
        else:
            payment_mode_id = self.payment_mode_id

        remaining_amount = self.remaining_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if from_sale_quote_id is not UNSET:
            field_dict["fromSaleQuoteId"] = from_sale_quote_id
        if number is not UNSET:
            field_dict["number"] = number
        if date is not UNSET:
            field_dict["date"] = date
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if customer_type_id is not UNSET:
            field_dict["customerTypeId"] = customer_type_id
        if name is not UNSET:
            field_dict["name"] = name
        if addresses is not UNSET:
            field_dict["addresses"] = addresses
        if siret is not UNSET:
            field_dict["siret"] = siret
        if intracommunity_vat_number is not UNSET:
            field_dict["intracommunityVatNumber"] = intracommunity_vat_number
        if territoriality is not UNSET:
            field_dict["territoriality"] = territoriality
        if order_number is not UNSET:
            field_dict["orderNumber"] = order_number
        if delivery_date is not UNSET:
            field_dict["deliveryDate"] = delivery_date
        if commitment_date is not UNSET:
            field_dict["commitmentDate"] = commitment_date
        if commitment_id is not UNSET:
            field_dict["commitmentId"] = commitment_id
        if sale_quote_total_amount_vat_included is not UNSET:
            field_dict["saleQuoteTotalAmountVatIncluded"] = sale_quote_total_amount_vat_included
        if sale_deposit_max_possible_amount_vat_included is not UNSET:
            field_dict["saleDepositMaxPossibleAmountVatIncluded"] = sale_deposit_max_possible_amount_vat_included
        if amount_vat_included is not UNSET:
            field_dict["amountVatIncluded"] = amount_vat_included
        if rate_vat_included is not UNSET:
            field_dict["rateVatIncluded"] = rate_vat_included
        if vat_rate is not UNSET:
            field_dict["vatRate"] = vat_rate
        if vat_amount is not UNSET:
            field_dict["vatAmount"] = vat_amount
        if amount_vat_excluded is not UNSET:
            field_dict["amountVatExcluded"] = amount_vat_excluded
        if detailed_description is not UNSET:
            field_dict["detailedDescription"] = detailed_description
        if accounting_transfer_status is not UNSET:
            field_dict["accountingTransferStatus"] = accounting_transfer_status
        if exemption_notice_id is not UNSET:
            field_dict["exemptionNoticeId"] = exemption_notice_id
        if is_exemption_vat is not UNSET:
            field_dict["isExemptionVat"] = is_exemption_vat
        if cash_receipt_total_amount is not UNSET:
            field_dict["cashReceiptTotalAmount"] = cash_receipt_total_amount
        if late_amount is not UNSET:
            field_dict["lateAmount"] = late_amount
        if payment_mode_id is not UNSET:
            field_dict["paymentModeId"] = payment_mode_id
        if remaining_amount is not UNSET:
            field_dict["remainingAmount"] = remaining_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sale_document_addresses import SaleDocumentAddresses  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_from_sale_quote_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        from_sale_quote_id = _parse_from_sale_quote_id(d.pop("fromSaleQuoteId", UNSET))

        number = d.pop("number", UNSET)

        _date = d.pop("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.datetime.fromisoformat(_date)

        customer_id = d.pop("customerId", UNSET)

        customer_type_id = d.pop("customerTypeId", UNSET)

        name = d.pop("name", UNSET)

        _addresses = d.pop("addresses", UNSET)
        addresses: SaleDocumentAddresses | Unset
        if isinstance(_addresses, Unset):
            addresses = UNSET
        else:
            addresses = SaleDocumentAddresses.from_dict(_addresses)

        siret = d.pop("siret", UNSET)

        intracommunity_vat_number = d.pop("intracommunityVatNumber", UNSET)

        _territoriality = d.pop("territoriality", UNSET)
        territoriality: Territoriality | Unset
        if isinstance(_territoriality, Unset):
            territoriality = UNSET
        else:
            territoriality = Territoriality(_territoriality)

        order_number = d.pop("orderNumber", UNSET)

        def _parse_delivery_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                delivery_date_type_0 = datetime.datetime.fromisoformat(data)

                return delivery_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        delivery_date = _parse_delivery_date(d.pop("deliveryDate", UNSET))

        def _parse_commitment_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                commitment_date_type_0 = datetime.datetime.fromisoformat(data)

                return commitment_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        commitment_date = _parse_commitment_date(d.pop("commitmentDate", UNSET))

        def _parse_commitment_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                commitment_id_type_0 = UUID(data)

                return commitment_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        commitment_id = _parse_commitment_id(d.pop("commitmentId", UNSET))

        _sale_quote_total_amount_vat_included = d.pop("saleQuoteTotalAmountVatIncluded", UNSET)
        sale_quote_total_amount_vat_included: Decimal | Unset
        if isinstance(_sale_quote_total_amount_vat_included, Unset):
            sale_quote_total_amount_vat_included = UNSET
        else:
            sale_quote_total_amount_vat_included = to_decimal(_sale_quote_total_amount_vat_included)

        _sale_deposit_max_possible_amount_vat_included = d.pop("saleDepositMaxPossibleAmountVatIncluded", UNSET)
        sale_deposit_max_possible_amount_vat_included: Decimal | Unset
        if isinstance(_sale_deposit_max_possible_amount_vat_included, Unset):
            sale_deposit_max_possible_amount_vat_included = UNSET
        else:
            sale_deposit_max_possible_amount_vat_included = to_decimal(_sale_deposit_max_possible_amount_vat_included)

        _amount_vat_included = d.pop("amountVatIncluded", UNSET)
        amount_vat_included: Decimal | Unset
        if isinstance(_amount_vat_included, Unset):
            amount_vat_included = UNSET
        else:
            amount_vat_included = to_decimal(_amount_vat_included)

        _rate_vat_included = d.pop("rateVatIncluded", UNSET)
        rate_vat_included: Decimal | Unset
        if isinstance(_rate_vat_included, Unset):
            rate_vat_included = UNSET
        else:
            rate_vat_included = to_decimal(_rate_vat_included)

        _vat_rate = d.pop("vatRate", UNSET)
        vat_rate: Decimal | Unset
        if isinstance(_vat_rate, Unset):
            vat_rate = UNSET
        else:
            vat_rate = to_decimal(_vat_rate)

        _vat_amount = d.pop("vatAmount", UNSET)
        vat_amount: Decimal | Unset
        if isinstance(_vat_amount, Unset):
            vat_amount = UNSET
        else:
            vat_amount = to_decimal(_vat_amount)

        _amount_vat_excluded = d.pop("amountVatExcluded", UNSET)
        amount_vat_excluded: Decimal | Unset
        if isinstance(_amount_vat_excluded, Unset):
            amount_vat_excluded = UNSET
        else:
            amount_vat_excluded = to_decimal(_amount_vat_excluded)

        detailed_description = d.pop("detailedDescription", UNSET)

        def _parse_accounting_transfer_status(data: object) -> AccountingTransferStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                accounting_transfer_status_type_0 = AccountingTransferStatus(data)

                return accounting_transfer_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountingTransferStatus | None | Unset, data)

        accounting_transfer_status = _parse_accounting_transfer_status(d.pop("accountingTransferStatus", UNSET))

        def _parse_exemption_notice_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        exemption_notice_id = _parse_exemption_notice_id(d.pop("exemptionNoticeId", UNSET))

        is_exemption_vat = d.pop("isExemptionVat", UNSET)

        _cash_receipt_total_amount = d.pop("cashReceiptTotalAmount", UNSET)
        cash_receipt_total_amount: Decimal | Unset
        if isinstance(_cash_receipt_total_amount, Unset):
            cash_receipt_total_amount = UNSET
        else:
            cash_receipt_total_amount = to_decimal(_cash_receipt_total_amount)

        _late_amount = d.pop("lateAmount", UNSET)
        late_amount: Decimal | Unset
        if isinstance(_late_amount, Unset):
            late_amount = UNSET
        else:
            late_amount = to_decimal(_late_amount)

        def _parse_payment_mode_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        payment_mode_id = _parse_payment_mode_id(d.pop("paymentModeId", UNSET))

        _remaining_amount = d.pop("remainingAmount", UNSET)
        remaining_amount: Decimal | Unset
        if isinstance(_remaining_amount, Unset):
            remaining_amount = UNSET
        else:
            remaining_amount = to_decimal(_remaining_amount)

        sale_deposit_invoice = cls(
            id=id,
            from_sale_quote_id=from_sale_quote_id,
            number=number,
            date=date,
            customer_id=customer_id,
            customer_type_id=customer_type_id,
            name=name,
            addresses=addresses,
            siret=siret,
            intracommunity_vat_number=intracommunity_vat_number,
            territoriality=territoriality,
            order_number=order_number,
            delivery_date=delivery_date,
            commitment_date=commitment_date,
            commitment_id=commitment_id,
            sale_quote_total_amount_vat_included=sale_quote_total_amount_vat_included,
            sale_deposit_max_possible_amount_vat_included=sale_deposit_max_possible_amount_vat_included,
            amount_vat_included=amount_vat_included,
            rate_vat_included=rate_vat_included,
            vat_rate=vat_rate,
            vat_amount=vat_amount,
            amount_vat_excluded=amount_vat_excluded,
            detailed_description=detailed_description,
            accounting_transfer_status=accounting_transfer_status,
            exemption_notice_id=exemption_notice_id,
            is_exemption_vat=is_exemption_vat,
            cash_receipt_total_amount=cash_receipt_total_amount,
            late_amount=late_amount,
            payment_mode_id=payment_mode_id,
            remaining_amount=remaining_amount,
        )

        sale_deposit_invoice.additional_properties = d
        return sale_deposit_invoice

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
