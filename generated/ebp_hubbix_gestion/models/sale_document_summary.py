from __future__ import annotations

import datetime
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
    read_datetime,
    read_decimal,
    read_int,
    read_str,
)

from ..models.accounting_transfer_status import AccountingTransferStatus
from ..models.sale_document_status import SaleDocumentStatus
from ..models.sale_document_type import SaleDocumentType
from ..types import UNSET, Unset

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

    id: int | None | Unset = UNSET
    document_type: SaleDocumentType | None | Unset = UNSET
    document_status: SaleDocumentStatus | None | Unset = UNSET
    name: str | None | Unset = UNSET
    date: datetime.datetime | None | Unset = UNSET
    city: str | None | Unset = UNSET
    number: str | None | Unset = UNSET
    total_amount_vat_excluded: Decimal | None | Unset = UNSET
    total_amount_vat_included: Decimal | None | Unset = UNSET
    net_amount_vat_included: Decimal | None | Unset = UNSET
    due_amount: Decimal | None | Unset = UNSET
    accounting_transfer_status: AccountingTransferStatus | None | Unset = UNSET
    title: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.id
        if value is not UNSET:
            field_dict["id"] = dump(value, "SaleDocumentSummary.id", "int", False)
        value = self.document_type
        if value is not UNSET:
            field_dict["documentType"] = dump(
                value, "SaleDocumentSummary.document_type", "enum", False, SaleDocumentType
            )
        value = self.document_status
        if value is not UNSET:
            field_dict["documentStatus"] = dump(
                value, "SaleDocumentSummary.document_status", "enum", False, SaleDocumentStatus
            )
        value = self.name
        if value is not UNSET:
            field_dict["name"] = dump(value, "SaleDocumentSummary.name", "str", False)
        value = self.date
        if value is not UNSET:
            field_dict["date"] = dump(value, "SaleDocumentSummary.date", "datetime", False)
        value = self.city
        if value is not UNSET:
            field_dict["city"] = dump(value, "SaleDocumentSummary.city", "str", False)
        value = self.number
        if value is not UNSET:
            field_dict["number"] = dump(value, "SaleDocumentSummary.number", "str", False)
        value = self.total_amount_vat_excluded
        if value is not UNSET:
            field_dict["totalAmountVatExcluded"] = dump(
                value, "SaleDocumentSummary.total_amount_vat_excluded", "number", False
            )
        value = self.total_amount_vat_included
        if value is not UNSET:
            field_dict["totalAmountVatIncluded"] = dump(
                value, "SaleDocumentSummary.total_amount_vat_included", "number", False
            )
        value = self.net_amount_vat_included
        if value is not UNSET:
            field_dict["netAmountVatIncluded"] = dump(
                value, "SaleDocumentSummary.net_amount_vat_included", "number", False
            )
        value = self.due_amount
        if value is not UNSET:
            field_dict["dueAmount"] = dump(value, "SaleDocumentSummary.due_amount", "number", False)
        value = self.accounting_transfer_status
        if value is not UNSET:
            field_dict["accountingTransferStatus"] = to_json(value)
        value = self.title
        if value is not UNSET:
            field_dict["title"] = to_json(value)
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
        id = get("id", UNSET)
        if id.__class__ is not int:
            id = read_int(id, _path, "id")
        document_type = get("documentType", UNSET)
        if document_type.__class__ is int and document_type in SaleDocumentType._value2member_map_:
            document_type = SaleDocumentType._value2member_map_[document_type]
        elif document_type is not UNSET:
            document_type = SaleDocumentType._read(document_type, _path, "documentType")
        document_status = get("documentStatus", UNSET)
        if document_status.__class__ is int and document_status in SaleDocumentStatus._value2member_map_:
            document_status = SaleDocumentStatus._value2member_map_[document_status]
        elif document_status is not UNSET:
            document_status = SaleDocumentStatus._read(document_status, _path, "documentStatus")
        name = get("name", UNSET)
        if name.__class__ is not str:
            name = read_str(name, _path, "name")
        date = get("date", UNSET)
        if date is not UNSET:
            date = read_datetime(date, _path, "date")
        city = get("city", UNSET)
        if city.__class__ is not str:
            city = read_str(city, _path, "city")
        number = get("number", UNSET)
        if number.__class__ is not str:
            number = read_str(number, _path, "number")
        total_amount_vat_excluded = get("totalAmountVatExcluded", UNSET)
        if total_amount_vat_excluded.__class__ is not Decimal:
            total_amount_vat_excluded = read_decimal(total_amount_vat_excluded, _path, "totalAmountVatExcluded")
        total_amount_vat_included = get("totalAmountVatIncluded", UNSET)
        if total_amount_vat_included.__class__ is not Decimal:
            total_amount_vat_included = read_decimal(total_amount_vat_included, _path, "totalAmountVatIncluded")
        net_amount_vat_included = get("netAmountVatIncluded", UNSET)
        if net_amount_vat_included.__class__ is not Decimal:
            net_amount_vat_included = read_decimal(net_amount_vat_included, _path, "netAmountVatIncluded")
        due_amount = get("dueAmount", UNSET)
        if due_amount.__class__ is not Decimal:
            due_amount = read_decimal(due_amount, _path, "dueAmount")
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
        title = get("title", UNSET)
        if title.__class__ is not str:
            title = read_str(title, _path, "title")
        sale_document_summary = object.__new__(cls)
        sale_document_summary.id = id
        sale_document_summary.document_type = document_type
        sale_document_summary.document_status = document_status
        sale_document_summary.name = name
        sale_document_summary.date = date
        sale_document_summary.city = city
        sale_document_summary.number = number
        sale_document_summary.total_amount_vat_excluded = total_amount_vat_excluded
        sale_document_summary.total_amount_vat_included = total_amount_vat_included
        sale_document_summary.net_amount_vat_included = net_amount_vat_included
        sale_document_summary.due_amount = due_amount
        sale_document_summary.accounting_transfer_status = accounting_transfer_status
        sale_document_summary.title = title
        sale_document_summary.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            sale_document_summary.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return sale_document_summary

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (SaleDocumentSummary)", value)

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
        "documentType",
        "documentStatus",
        "name",
        "date",
        "city",
        "number",
        "totalAmountVatExcluded",
        "totalAmountVatIncluded",
        "netAmountVatIncluded",
        "dueAmount",
        "accountingTransferStatus",
        "title",
    }
)
