from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.accounting_transfer_status import AccountingTransferStatus
from ..models.sale_document_status import SaleDocumentStatus
from ..models.sale_document_type import SaleDocumentType
from ..types import UNSET, Unset, to_decimal

T = TypeVar("T", bound="SaleDocumentSummary")


@_attrs_define
class SaleDocumentSummary:
    """Document de vente dans une liste.

    Attributes:
        id (int | Unset): Identifiant du document de vente.
        document_type (SaleDocumentType | Unset): SaleDocumentType - Types de document.
            0 = SaleInvoice (Facture), 1 = SaleCredit (Avoir), 2 = SaleDepositInvoice (Facture
            d'acompte), 3 = SaleDepositCredit (Avoir d'acompte), 4 = SaleQuote (Devis).
        document_status (SaleDocumentStatus | Unset): SaleDocumentStatus - Statut de document.
            0 = Provisional (Document provisoire), 1 = Validated (Document validé ou facturé selon le
            contexte).
        name (str | Unset): Nom ou raison sociale du client.
        date (datetime.datetime | Unset): Date du document.
        city (str | Unset): Ville.
        number (str | Unset): N° du document. Ex : FA00000019.
        total_amount_vat_excluded (Decimal | Unset): Montant total HT.
        total_amount_vat_included (Decimal | Unset): Montant total TTC.
        net_amount_vat_included (Decimal | Unset): Montant total net.
        due_amount (Decimal | Unset): Restant dû.
        accounting_transfer_status (AccountingTransferStatus | None | Unset): Statut du transfert comptable (null dans
            les exemples).
        title (None | str | Unset): Titre du document.
    """

    id: int | Unset = UNSET
    document_type: SaleDocumentType | Unset = UNSET
    document_status: SaleDocumentStatus | Unset = UNSET
    name: str | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    city: str | Unset = UNSET
    number: str | Unset = UNSET
    total_amount_vat_excluded: Decimal | Unset = UNSET
    total_amount_vat_included: Decimal | Unset = UNSET
    net_amount_vat_included: Decimal | Unset = UNSET
    due_amount: Decimal | Unset = UNSET
    accounting_transfer_status: AccountingTransferStatus | None | Unset = UNSET
    title: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        document_type: int | Unset = UNSET
        if not isinstance(self.document_type, Unset):
            document_type = self.document_type.value

        document_status: int | Unset = UNSET
        if not isinstance(self.document_status, Unset):
            document_status = self.document_status.value

        name = self.name

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        city = self.city

        number = self.number

        total_amount_vat_excluded = self.total_amount_vat_excluded

        total_amount_vat_included = self.total_amount_vat_included

        net_amount_vat_included = self.net_amount_vat_included

        due_amount = self.due_amount

        accounting_transfer_status: int | None | Unset
        if isinstance(self.accounting_transfer_status, Unset):
            accounting_transfer_status = UNSET
        elif isinstance(self.accounting_transfer_status, AccountingTransferStatus):
            accounting_transfer_status = self.accounting_transfer_status.value
        else:
            accounting_transfer_status = self.accounting_transfer_status

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if document_type is not UNSET:
            field_dict["documentType"] = document_type
        if document_status is not UNSET:
            field_dict["documentStatus"] = document_status
        if name is not UNSET:
            field_dict["name"] = name
        if date is not UNSET:
            field_dict["date"] = date
        if city is not UNSET:
            field_dict["city"] = city
        if number is not UNSET:
            field_dict["number"] = number
        if total_amount_vat_excluded is not UNSET:
            field_dict["totalAmountVatExcluded"] = total_amount_vat_excluded
        if total_amount_vat_included is not UNSET:
            field_dict["totalAmountVatIncluded"] = total_amount_vat_included
        if net_amount_vat_included is not UNSET:
            field_dict["netAmountVatIncluded"] = net_amount_vat_included
        if due_amount is not UNSET:
            field_dict["dueAmount"] = due_amount
        if accounting_transfer_status is not UNSET:
            field_dict["accountingTransferStatus"] = accounting_transfer_status
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _document_type = d.pop("documentType", UNSET)
        document_type: SaleDocumentType | Unset
        if isinstance(_document_type, Unset):
            document_type = UNSET
        else:
            document_type = SaleDocumentType(_document_type)

        _document_status = d.pop("documentStatus", UNSET)
        document_status: SaleDocumentStatus | Unset
        if isinstance(_document_status, Unset):
            document_status = UNSET
        else:
            document_status = SaleDocumentStatus(_document_status)

        name = d.pop("name", UNSET)

        _date = d.pop("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.datetime.fromisoformat(_date)

        city = d.pop("city", UNSET)

        number = d.pop("number", UNSET)

        _total_amount_vat_excluded = d.pop("totalAmountVatExcluded", UNSET)
        total_amount_vat_excluded: Decimal | Unset
        if isinstance(_total_amount_vat_excluded, Unset):
            total_amount_vat_excluded = UNSET
        else:
            total_amount_vat_excluded = to_decimal(_total_amount_vat_excluded)

        _total_amount_vat_included = d.pop("totalAmountVatIncluded", UNSET)
        total_amount_vat_included: Decimal | Unset
        if isinstance(_total_amount_vat_included, Unset):
            total_amount_vat_included = UNSET
        else:
            total_amount_vat_included = to_decimal(_total_amount_vat_included)

        _net_amount_vat_included = d.pop("netAmountVatIncluded", UNSET)
        net_amount_vat_included: Decimal | Unset
        if isinstance(_net_amount_vat_included, Unset):
            net_amount_vat_included = UNSET
        else:
            net_amount_vat_included = to_decimal(_net_amount_vat_included)

        _due_amount = d.pop("dueAmount", UNSET)
        due_amount: Decimal | Unset
        if isinstance(_due_amount, Unset):
            due_amount = UNSET
        else:
            due_amount = to_decimal(_due_amount)

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

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        sale_document_summary = cls(
            id=id,
            document_type=document_type,
            document_status=document_status,
            name=name,
            date=date,
            city=city,
            number=number,
            total_amount_vat_excluded=total_amount_vat_excluded,
            total_amount_vat_included=total_amount_vat_included,
            net_amount_vat_included=net_amount_vat_included,
            due_amount=due_amount,
            accounting_transfer_status=accounting_transfer_status,
            title=title,
        )

        sale_document_summary.additional_properties = d
        return sale_document_summary

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
