from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from comptoir.runtime.checks import dump, dump_model, to_json
from comptoir.runtime.reading import (
    invalid,
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
    from ..models.profitability import Profitability
    from ..models.sale_document_addresses import SaleDocumentAddresses
    from ..models.sale_document_commitment import SaleDocumentCommitment
    from ..models.sale_document_footer import SaleDocumentFooter
    from ..models.sale_document_line import SaleDocumentLine
    from ..models.vat_summary_line import VatSummaryLine


T = TypeVar("T", bound="SaleInvoice")


@_attrs_define
class SaleInvoice:
    """Facture (provisoire ou validée).

    Attributes:
        id (int | Unset): Identifiant du document.
        name (str | Unset): Nom (du client).
        price_category_id (int | None | Unset): Identifiant de la catégorie tarifaire.
        siret (str | Unset): Numéro de SIRET.
        intracommunity_vat_number (str | Unset): N° de TVA intracommunautaire.
        is_exemption_vat (bool | Unset): Indique si une exonération de TVA est appliquée.
        territoriality (Territoriality | Unset): Territoriality - Types de territorialité.
            0 = France (France métropolitaine), 1 = Corse (Corse), 2 = Dom (Départements d'outre-mer),
            3 = ImportExport (Import/Export), 4 = Intracommunautaire (Territoire intracommunautaire),
            5 = Monaco (Monaco), 6 = HorsFrance (Tous les autres territoires).
        customer_id (int | Unset): Identifiant du client.
        customer_type_id (int | Unset): Identifiant du type de client.
        date (datetime.datetime | Unset): Date du document.
        title (None | str | Unset): Titre du document.
        number (str | Unset): Numéro du document.
        exemption_notice_id (int | None | Unset): Identifiant de l'exemption de TVA.
        use_vat_included_invoicing_mode (bool | Unset): Indique si le mode de facturation inclut la TVA.
        vat_payability_type (int | Unset): Type de redevabilité de la TVA (valeurs non documentées).
        informations_to_print (str | Unset): Informations à imprimer.
        addresses (SaleDocumentAddresses | Unset): Adresses d'un document de vente (facturation, livraison, siège
            social).
        lines (list[SaleDocumentLine] | Unset): Lignes du document.
        footer (SaleDocumentFooter | Unset): Pied (totaux) d'un document de vente.
        vat_summary_lines (list[VatSummaryLine] | Unset): Lignes de récapitulatif de la TVA.
        delivery_date (datetime.datetime | None | Unset): Date de livraison.
        sale_quote_id (int | None | Unset): Identifiant du devis de vente associé.
        settlement_term_id (int | None | Unset): Identifiant de la condition de règlement.
        commitments (list[SaleDocumentCommitment] | Unset): Échéances de la facture.
        profitability (Profitability | Unset): Indicateurs de rentabilité.
    """

    id: int | None | Unset = UNSET
    name: str | None | Unset = UNSET
    price_category_id: int | None | Unset = UNSET
    siret: str | None | Unset = UNSET
    intracommunity_vat_number: str | None | Unset = UNSET
    is_exemption_vat: bool | None | Unset = UNSET
    territoriality: Territoriality | None | Unset = UNSET
    customer_id: int | None | Unset = UNSET
    customer_type_id: int | None | Unset = UNSET
    date: datetime.datetime | None | Unset = UNSET
    title: None | str | Unset = UNSET
    number: str | None | Unset = UNSET
    exemption_notice_id: int | None | Unset = UNSET
    use_vat_included_invoicing_mode: bool | None | Unset = UNSET
    vat_payability_type: int | None | Unset = UNSET
    informations_to_print: str | None | Unset = UNSET
    addresses: SaleDocumentAddresses | None | Unset = UNSET
    lines: list[SaleDocumentLine] | None | Unset = UNSET
    footer: SaleDocumentFooter | None | Unset = UNSET
    vat_summary_lines: list[VatSummaryLine] | None | Unset = UNSET
    delivery_date: datetime.datetime | None | Unset = UNSET
    sale_quote_id: int | None | Unset = UNSET
    settlement_term_id: int | None | Unset = UNSET
    commitments: list[SaleDocumentCommitment] | None | Unset = UNSET
    profitability: Profitability | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        from ..models.profitability import Profitability  # noqa: PLC0415
        from ..models.sale_document_addresses import SaleDocumentAddresses  # noqa: PLC0415
        from ..models.sale_document_footer import SaleDocumentFooter  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.id
        if value is not UNSET:
            field_dict["id"] = dump(value, "SaleInvoice.id", "int", False)
        value = self.name
        if value is not UNSET:
            field_dict["name"] = dump(value, "SaleInvoice.name", "str", False)
        value = self.price_category_id
        if value is not UNSET:
            field_dict["priceCategoryId"] = to_json(value)
        value = self.siret
        if value is not UNSET:
            field_dict["siret"] = dump(value, "SaleInvoice.siret", "str", False)
        value = self.intracommunity_vat_number
        if value is not UNSET:
            field_dict["intracommunityVatNumber"] = dump(value, "SaleInvoice.intracommunity_vat_number", "str", False)
        value = self.is_exemption_vat
        if value is not UNSET:
            field_dict["isExemptionVat"] = dump(value, "SaleInvoice.is_exemption_vat", "bool", False)
        value = self.territoriality
        if value is not UNSET:
            field_dict["territoriality"] = dump(value, "SaleInvoice.territoriality", "enum", False, Territoriality)
        value = self.customer_id
        if value is not UNSET:
            field_dict["customerId"] = dump(value, "SaleInvoice.customer_id", "int", False)
        value = self.customer_type_id
        if value is not UNSET:
            field_dict["customerTypeId"] = dump(value, "SaleInvoice.customer_type_id", "int", False)
        value = self.date
        if value is not UNSET:
            field_dict["date"] = dump(value, "SaleInvoice.date", "datetime", False)
        value = self.title
        if value is not UNSET:
            field_dict["title"] = to_json(value)
        value = self.number
        if value is not UNSET:
            field_dict["number"] = dump(value, "SaleInvoice.number", "str", False)
        value = self.exemption_notice_id
        if value is not UNSET:
            field_dict["exemptionNoticeId"] = to_json(value)
        value = self.use_vat_included_invoicing_mode
        if value is not UNSET:
            field_dict["useVatIncludedInvoicingMode"] = dump(
                value, "SaleInvoice.use_vat_included_invoicing_mode", "bool", False
            )
        value = self.vat_payability_type
        if value is not UNSET:
            field_dict["vatPayabilityType"] = dump(value, "SaleInvoice.vat_payability_type", "int", False)
        value = self.informations_to_print
        if value is not UNSET:
            field_dict["informationsToPrint"] = dump(value, "SaleInvoice.informations_to_print", "str", False)
        value = self.addresses
        if value is not UNSET:
            field_dict["addresses"] = dump_model(value, "SaleInvoice.addresses", SaleDocumentAddresses, False)
        value = self.lines
        if value is not UNSET:
            field_dict["lines"] = dump(value, "SaleInvoice.lines", "list", False)
        value = self.footer
        if value is not UNSET:
            field_dict["footer"] = dump_model(value, "SaleInvoice.footer", SaleDocumentFooter, False)
        value = self.vat_summary_lines
        if value is not UNSET:
            field_dict["vatSummaryLines"] = dump(value, "SaleInvoice.vat_summary_lines", "list", False)
        value = self.delivery_date
        if value is not UNSET:
            field_dict["deliveryDate"] = to_json(value)
        value = self.sale_quote_id
        if value is not UNSET:
            field_dict["saleQuoteId"] = to_json(value)
        value = self.settlement_term_id
        if value is not UNSET:
            field_dict["settlementTermId"] = to_json(value)
        value = self.commitments
        if value is not UNSET:
            field_dict["commitments"] = dump(value, "SaleInvoice.commitments", "list", False)
        value = self.profitability
        if value is not UNSET:
            field_dict["profitability"] = dump_model(value, "SaleInvoice.profitability", Profitability, False)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object (a response body or part of one) at JSON pointer ``_path``.

        ``null`` reads as None; numeric strings, dates given as date-times and enum names are accepted;
        anything else that does not fit raises ``ResponseValidationError`` naming its path.
        """
        from ..models.profitability import Profitability  # noqa: PLC0415
        from ..models.sale_document_addresses import SaleDocumentAddresses  # noqa: PLC0415
        from ..models.sale_document_commitment import SaleDocumentCommitment  # noqa: PLC0415
        from ..models.sale_document_footer import SaleDocumentFooter  # noqa: PLC0415
        from ..models.sale_document_line import SaleDocumentLine  # noqa: PLC0415
        from ..models.vat_summary_line import VatSummaryLine  # noqa: PLC0415

        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise invalid(_path, None, "an object", src_dict)
        get = src_dict.get
        id = get("id", UNSET)
        if id.__class__ is not int:
            id = read_int(id, _path, "id")
        name = get("name", UNSET)
        if name.__class__ is not str:
            name = read_str(name, _path, "name")
        price_category_id = get("priceCategoryId", UNSET)
        if price_category_id.__class__ is not int:
            price_category_id = read_int(price_category_id, _path, "priceCategoryId")
        siret = get("siret", UNSET)
        if siret.__class__ is not str:
            siret = read_str(siret, _path, "siret")
        intracommunity_vat_number = get("intracommunityVatNumber", UNSET)
        if intracommunity_vat_number.__class__ is not str:
            intracommunity_vat_number = read_str(intracommunity_vat_number, _path, "intracommunityVatNumber")
        is_exemption_vat = get("isExemptionVat", UNSET)
        if is_exemption_vat.__class__ is not bool:
            is_exemption_vat = read_bool(is_exemption_vat, _path, "isExemptionVat")
        territoriality = get("territoriality", UNSET)
        if territoriality.__class__ is int and territoriality in Territoriality._value2member_map_:
            territoriality = Territoriality._value2member_map_[territoriality]
        elif territoriality is not UNSET:
            territoriality = Territoriality._read(territoriality, _path, "territoriality")
        customer_id = get("customerId", UNSET)
        if customer_id.__class__ is not int:
            customer_id = read_int(customer_id, _path, "customerId")
        customer_type_id = get("customerTypeId", UNSET)
        if customer_type_id.__class__ is not int:
            customer_type_id = read_int(customer_type_id, _path, "customerTypeId")
        date = get("date", UNSET)
        if date is not UNSET:
            date = read_datetime(date, _path, "date")
        title = get("title", UNSET)
        if title.__class__ is not str:
            title = read_str(title, _path, "title")
        number = get("number", UNSET)
        if number.__class__ is not str:
            number = read_str(number, _path, "number")
        exemption_notice_id = get("exemptionNoticeId", UNSET)
        if exemption_notice_id.__class__ is not int:
            exemption_notice_id = read_int(exemption_notice_id, _path, "exemptionNoticeId")
        use_vat_included_invoicing_mode = get("useVatIncludedInvoicingMode", UNSET)
        if use_vat_included_invoicing_mode.__class__ is not bool:
            use_vat_included_invoicing_mode = read_bool(
                use_vat_included_invoicing_mode, _path, "useVatIncludedInvoicingMode"
            )
        vat_payability_type = get("vatPayabilityType", UNSET)
        if vat_payability_type.__class__ is not int:
            vat_payability_type = read_int(vat_payability_type, _path, "vatPayabilityType")
        informations_to_print = get("informationsToPrint", UNSET)
        if informations_to_print.__class__ is not str:
            informations_to_print = read_str(informations_to_print, _path, "informationsToPrint")
        addresses = get("addresses", UNSET)
        if addresses is not UNSET:
            addresses = SaleDocumentAddresses._read(addresses, _path, "addresses")
        lines = get("lines", UNSET)
        if lines is not UNSET:
            lines = read_list(lines, _path, "lines", SaleDocumentLine._read)
        footer = get("footer", UNSET)
        if footer is not UNSET:
            footer = SaleDocumentFooter._read(footer, _path, "footer")
        vat_summary_lines = get("vatSummaryLines", UNSET)
        if vat_summary_lines is not UNSET:
            vat_summary_lines = read_list(vat_summary_lines, _path, "vatSummaryLines", VatSummaryLine._read)
        delivery_date = get("deliveryDate", UNSET)
        if delivery_date is not UNSET:
            delivery_date = read_datetime(delivery_date, _path, "deliveryDate")
        sale_quote_id = get("saleQuoteId", UNSET)
        if sale_quote_id.__class__ is not int:
            sale_quote_id = read_int(sale_quote_id, _path, "saleQuoteId")
        settlement_term_id = get("settlementTermId", UNSET)
        if settlement_term_id.__class__ is not int:
            settlement_term_id = read_int(settlement_term_id, _path, "settlementTermId")
        commitments = get("commitments", UNSET)
        if commitments is not UNSET:
            commitments = read_list(commitments, _path, "commitments", SaleDocumentCommitment._read)
        profitability = get("profitability", UNSET)
        if profitability is not UNSET:
            profitability = Profitability._read(profitability, _path, "profitability")
        sale_invoice = object.__new__(cls)
        sale_invoice.id = id
        sale_invoice.name = name
        sale_invoice.price_category_id = price_category_id
        sale_invoice.siret = siret
        sale_invoice.intracommunity_vat_number = intracommunity_vat_number
        sale_invoice.is_exemption_vat = is_exemption_vat
        sale_invoice.territoriality = territoriality
        sale_invoice.customer_id = customer_id
        sale_invoice.customer_type_id = customer_type_id
        sale_invoice.date = date
        sale_invoice.title = title
        sale_invoice.number = number
        sale_invoice.exemption_notice_id = exemption_notice_id
        sale_invoice.use_vat_included_invoicing_mode = use_vat_included_invoicing_mode
        sale_invoice.vat_payability_type = vat_payability_type
        sale_invoice.informations_to_print = informations_to_print
        sale_invoice.addresses = addresses
        sale_invoice.lines = lines
        sale_invoice.footer = footer
        sale_invoice.vat_summary_lines = vat_summary_lines
        sale_invoice.delivery_date = delivery_date
        sale_invoice.sale_quote_id = sale_quote_id
        sale_invoice.settlement_term_id = settlement_term_id
        sale_invoice.commitments = commitments
        sale_invoice.profitability = profitability
        sale_invoice.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            sale_invoice.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return sale_invoice

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (SaleInvoice)", value)

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
        "name",
        "priceCategoryId",
        "siret",
        "intracommunityVatNumber",
        "isExemptionVat",
        "territoriality",
        "customerId",
        "customerTypeId",
        "date",
        "title",
        "number",
        "exemptionNoticeId",
        "useVatIncludedInvoicingMode",
        "vatPayabilityType",
        "informationsToPrint",
        "addresses",
        "lines",
        "footer",
        "vatSummaryLines",
        "deliveryDate",
        "saleQuoteId",
        "settlementTermId",
        "commitments",
        "profitability",
    }
)
