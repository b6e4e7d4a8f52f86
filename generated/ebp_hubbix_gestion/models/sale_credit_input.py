from __future__ import annotations

import datetime
from collections.abc import Mapping
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
    read_bool,
    read_datetime,
    read_int,
    read_list,
    read_str,
)

from ..models.territoriality import Territoriality
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sale_document_addresses_input import SaleDocumentAddressesInput
    from ..models.sale_document_commitment_input import SaleDocumentCommitmentInput
    from ..models.sale_document_footer_input import SaleDocumentFooterInput
    from ..models.sale_document_line_input import SaleDocumentLineInput


T = TypeVar("T", bound="SaleCreditInput")


@_attrs_define
class SaleCreditInput:
    """Avoir à créer ou modifier.

    Attributes:
        name (str): Nom du client. Example: Nom du client.
        siret (str | Unset): Siret du client. Example: 12345678901234.
        intracommunity_vat_number (str | Unset): Numéro de TVA intracommunautaire. Example: FR12345678901.
        territoriality (Territoriality | Unset): Territoriality - Types de territorialité.
            0 = France (France métropolitaine), 1 = Corse (Corse), 2 = Dom (Départements d'outre-mer),
            3 = ImportExport (Import/Export), 4 = Intracommunautaire (Territoire intracommunautaire),
            5 = Monaco (Monaco), 6 = HorsFrance (Tous les autres territoires).
        delivery_date (datetime.datetime | None | Unset): Date de livraison / d'exécution. Example:
            2023-11-07T12:00:00Z.
        valid_until (datetime.datetime | None | Unset): Date de validité. Example: 2023-12-07T12:00:00Z.
        customer_id (int | Unset): Identifiant du client. Example: 1.
        quote_status (int | Unset): Statut du devis (valeurs non documentées ; 0 ou 3 dans les exemples). Example: 3.
        settlement_term_id (int | None | Unset): Identifiant de la condition (terme) de règlement. Example: 2.
        date (datetime.datetime | Unset): Date / heure du document. Example: 2023-11-07T12:00:00Z.
        title (str | Unset): Titre du document. Example: Titre du document.
        price_category_id (int | None | Unset): Identifiant de la catégorie de prix (tarifaire). Example: 1.
        exemption_notice_id (int | None | Unset): Identifiant de la mention d'exonération de TVA. Example: 4.
        use_vat_included_invoicing_mode (bool | Unset): Utiliser le mode de facturation TTC (TVA incluse). Example:
            True.
        vat_payability_type (int | Unset): Type de redevabilité (paiement) de la TVA (valeurs non documentées). Example:
            1.
        informations_to_print (str | Unset): Informations à imprimer. Example: Informations à imprimer.
        addresses (SaleDocumentAddressesInput | Unset): Adresses d'un document de vente à créer ou modifier.
        lines (list[SaleDocumentLineInput] | Unset): Lignes du document.
        commitments (list[SaleDocumentCommitmentInput] | Unset): Échéances (engagements) du document.
        footer (SaleDocumentFooterInput | Unset): Pied (totaux) d'un document de vente à créer ou modifier.
    """

    name: str | None
    siret: str | None | Unset = UNSET
    intracommunity_vat_number: str | None | Unset = UNSET
    territoriality: Territoriality | None | Unset = UNSET
    delivery_date: datetime.datetime | None | Unset = UNSET
    valid_until: datetime.datetime | None | Unset = UNSET
    customer_id: int | None | Unset = UNSET
    quote_status: int | None | Unset = UNSET
    settlement_term_id: int | None | Unset = UNSET
    date: datetime.datetime | None | Unset = UNSET
    title: str | None | Unset = UNSET
    price_category_id: int | None | Unset = UNSET
    exemption_notice_id: int | None | Unset = UNSET
    use_vat_included_invoicing_mode: bool | None | Unset = UNSET
    vat_payability_type: int | None | Unset = UNSET
    informations_to_print: str | None | Unset = UNSET
    addresses: SaleDocumentAddressesInput | None | Unset = UNSET
    lines: list[SaleDocumentLineInput] | None | Unset = UNSET
    commitments: list[SaleDocumentCommitmentInput] | None | Unset = UNSET
    footer: SaleDocumentFooterInput | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        from ..models.sale_document_addresses_input import SaleDocumentAddressesInput  # noqa: PLC0415
        from ..models.sale_document_footer_input import SaleDocumentFooterInput  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.name
        if value is UNSET:
            raise ArgumentTypeError("is required", parameter="SaleCreditInput.name")
        field_dict["Name"] = dump(value, "SaleCreditInput.name", "str", False)
        value = self.siret
        if value is not UNSET:
            field_dict["Siret"] = dump(value, "SaleCreditInput.siret", "str", False)
        value = self.intracommunity_vat_number
        if value is not UNSET:
            field_dict["IntracommunityVatNumber"] = dump(
                value, "SaleCreditInput.intracommunity_vat_number", "str", False
            )
        value = self.territoriality
        if value is not UNSET:
            field_dict["Territoriality"] = dump(value, "SaleCreditInput.territoriality", "enum", False, Territoriality)
        value = self.delivery_date
        if value is not UNSET:
            field_dict["DeliveryDate"] = to_json(value)
        value = self.valid_until
        if value is not UNSET:
            field_dict["ValidUntil"] = to_json(value)
        value = self.customer_id
        if value is not UNSET:
            field_dict["CustomerId"] = dump(value, "SaleCreditInput.customer_id", "int", False)
        value = self.quote_status
        if value is not UNSET:
            field_dict["QuoteStatus"] = dump(value, "SaleCreditInput.quote_status", "int", False)
        value = self.settlement_term_id
        if value is not UNSET:
            field_dict["SettlementTermId"] = to_json(value)
        value = self.date
        if value is not UNSET:
            field_dict["Date"] = dump(value, "SaleCreditInput.date", "datetime", False)
        value = self.title
        if value is not UNSET:
            field_dict["Title"] = dump(value, "SaleCreditInput.title", "str", False)
        value = self.price_category_id
        if value is not UNSET:
            field_dict["PriceCategoryId"] = to_json(value)
        value = self.exemption_notice_id
        if value is not UNSET:
            field_dict["ExemptionNoticeId"] = to_json(value)
        value = self.use_vat_included_invoicing_mode
        if value is not UNSET:
            field_dict["UseVatIncludedInvoicingMode"] = dump(
                value, "SaleCreditInput.use_vat_included_invoicing_mode", "bool", False
            )
        value = self.vat_payability_type
        if value is not UNSET:
            field_dict["VatPayabilityType"] = dump(value, "SaleCreditInput.vat_payability_type", "int", False)
        value = self.informations_to_print
        if value is not UNSET:
            field_dict["InformationsToPrint"] = dump(value, "SaleCreditInput.informations_to_print", "str", False)
        value = self.addresses
        if value is not UNSET:
            field_dict["Addresses"] = dump_model(value, "SaleCreditInput.addresses", SaleDocumentAddressesInput, False)
        value = self.lines
        if value is not UNSET:
            field_dict["Lines"] = dump(value, "SaleCreditInput.lines", "list", False)
        value = self.commitments
        if value is not UNSET:
            field_dict["Commitments"] = dump(value, "SaleCreditInput.commitments", "list", False)
        value = self.footer
        if value is not UNSET:
            field_dict["Footer"] = dump_model(value, "SaleCreditInput.footer", SaleDocumentFooterInput, False)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object (a response body or part of one) at JSON pointer ``_path``.

        ``null`` reads as None; numeric strings, dates given as date-times and enum names are accepted;
        anything else that does not fit raises ``ResponseValidationError`` naming its path.
        """
        from ..models.sale_document_addresses_input import SaleDocumentAddressesInput  # noqa: PLC0415
        from ..models.sale_document_commitment_input import SaleDocumentCommitmentInput  # noqa: PLC0415
        from ..models.sale_document_footer_input import SaleDocumentFooterInput  # noqa: PLC0415
        from ..models.sale_document_line_input import SaleDocumentLineInput  # noqa: PLC0415

        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise invalid(_path, None, "an object", src_dict)
        get = src_dict.get
        name = get("Name", UNSET)
        if name is UNSET:
            raise missing(_path, "Name", "a string")
        if name.__class__ is not str:
            name = read_str(name, _path, "Name")
        siret = get("Siret", UNSET)
        if siret.__class__ is not str:
            siret = read_str(siret, _path, "Siret")
        intracommunity_vat_number = get("IntracommunityVatNumber", UNSET)
        if intracommunity_vat_number.__class__ is not str:
            intracommunity_vat_number = read_str(intracommunity_vat_number, _path, "IntracommunityVatNumber")
        territoriality = get("Territoriality", UNSET)
        if territoriality.__class__ is int and territoriality in Territoriality._value2member_map_:
            territoriality = Territoriality._value2member_map_[territoriality]
        elif territoriality is not UNSET:
            territoriality = Territoriality._read(territoriality, _path, "Territoriality")
        delivery_date = get("DeliveryDate", UNSET)
        if delivery_date is not UNSET:
            delivery_date = read_datetime(delivery_date, _path, "DeliveryDate")
        valid_until = get("ValidUntil", UNSET)
        if valid_until is not UNSET:
            valid_until = read_datetime(valid_until, _path, "ValidUntil")
        customer_id = get("CustomerId", UNSET)
        if customer_id.__class__ is not int:
            customer_id = read_int(customer_id, _path, "CustomerId")
        quote_status = get("QuoteStatus", UNSET)
        if quote_status.__class__ is not int:
            quote_status = read_int(quote_status, _path, "QuoteStatus")
        settlement_term_id = get("SettlementTermId", UNSET)
        if settlement_term_id.__class__ is not int:
            settlement_term_id = read_int(settlement_term_id, _path, "SettlementTermId")
        date = get("Date", UNSET)
        if date is not UNSET:
            date = read_datetime(date, _path, "Date")
        title = get("Title", UNSET)
        if title.__class__ is not str:
            title = read_str(title, _path, "Title")
        price_category_id = get("PriceCategoryId", UNSET)
        if price_category_id.__class__ is not int:
            price_category_id = read_int(price_category_id, _path, "PriceCategoryId")
        exemption_notice_id = get("ExemptionNoticeId", UNSET)
        if exemption_notice_id.__class__ is not int:
            exemption_notice_id = read_int(exemption_notice_id, _path, "ExemptionNoticeId")
        use_vat_included_invoicing_mode = get("UseVatIncludedInvoicingMode", UNSET)
        if use_vat_included_invoicing_mode.__class__ is not bool:
            use_vat_included_invoicing_mode = read_bool(
                use_vat_included_invoicing_mode, _path, "UseVatIncludedInvoicingMode"
            )
        vat_payability_type = get("VatPayabilityType", UNSET)
        if vat_payability_type.__class__ is not int:
            vat_payability_type = read_int(vat_payability_type, _path, "VatPayabilityType")
        informations_to_print = get("InformationsToPrint", UNSET)
        if informations_to_print.__class__ is not str:
            informations_to_print = read_str(informations_to_print, _path, "InformationsToPrint")
        addresses = get("Addresses", UNSET)
        if addresses is not UNSET:
            addresses = SaleDocumentAddressesInput._read(addresses, _path, "Addresses")
        lines = get("Lines", UNSET)
        if lines is not UNSET:
            lines = read_list(lines, _path, "Lines", SaleDocumentLineInput._read)
        commitments = get("Commitments", UNSET)
        if commitments is not UNSET:
            commitments = read_list(commitments, _path, "Commitments", SaleDocumentCommitmentInput._read)
        footer = get("Footer", UNSET)
        if footer is not UNSET:
            footer = SaleDocumentFooterInput._read(footer, _path, "Footer")
        sale_credit_input = object.__new__(cls)
        sale_credit_input.name = name
        sale_credit_input.siret = siret
        sale_credit_input.intracommunity_vat_number = intracommunity_vat_number
        sale_credit_input.territoriality = territoriality
        sale_credit_input.delivery_date = delivery_date
        sale_credit_input.valid_until = valid_until
        sale_credit_input.customer_id = customer_id
        sale_credit_input.quote_status = quote_status
        sale_credit_input.settlement_term_id = settlement_term_id
        sale_credit_input.date = date
        sale_credit_input.title = title
        sale_credit_input.price_category_id = price_category_id
        sale_credit_input.exemption_notice_id = exemption_notice_id
        sale_credit_input.use_vat_included_invoicing_mode = use_vat_included_invoicing_mode
        sale_credit_input.vat_payability_type = vat_payability_type
        sale_credit_input.informations_to_print = informations_to_print
        sale_credit_input.addresses = addresses
        sale_credit_input.lines = lines
        sale_credit_input.commitments = commitments
        sale_credit_input.footer = footer
        sale_credit_input.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            sale_credit_input.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return sale_credit_input

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (SaleCreditInput)", value)

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
        "Name",
        "Siret",
        "IntracommunityVatNumber",
        "Territoriality",
        "DeliveryDate",
        "ValidUntil",
        "CustomerId",
        "QuoteStatus",
        "SettlementTermId",
        "Date",
        "Title",
        "PriceCategoryId",
        "ExemptionNoticeId",
        "UseVatIncludedInvoicingMode",
        "VatPayabilityType",
        "InformationsToPrint",
        "Addresses",
        "Lines",
        "Commitments",
        "Footer",
    }
)
