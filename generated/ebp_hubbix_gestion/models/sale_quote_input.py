from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.territoriality import Territoriality
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sale_document_commitment_input import SaleDocumentCommitmentInput
    from ..models.sale_document_footer_input import SaleDocumentFooterInput
    from ..models.sale_document_line_input import SaleDocumentLineInput
    from ..models.sale_quote_addresses_input import SaleQuoteAddressesInput


T = TypeVar("T", bound="SaleQuoteInput")


@_attrs_define
class SaleQuoteInput:
    """Devis à créer ou modifier.

    Attributes:
        name (str): Nom du client. Example: Nom du client.
        customer_id (int): Identifiant du client. Example: 1.
        quote_status (int): Statut du devis (valeurs non documentées ; 0 ou 3 dans les exemples). Example: 0.
        date (datetime.datetime): Date / heure du document. Example: 2023-11-07T12:00:00Z.
        siret (str | Unset): Siret du client. Example: 12345678901234.
        intracommunity_vat_number (str | Unset): Numéro de TVA intracommunautaire. Example: FR12345678901.
        territoriality (Territoriality | Unset): Territoriality - Types de territorialité.
            0 = France (France métropolitaine), 1 = Corse (Corse), 2 = Dom (Départements d'outre-mer),
            3 = ImportExport (Import/Export), 4 = Intracommunautaire (Territoire intracommunautaire),
            5 = Monaco (Monaco), 6 = HorsFrance (Tous les autres territoires).
        delivery_date (datetime.datetime | None | Unset): Date de livraison / d'exécution. Example:
            2023-11-07T12:00:00Z.
        valid_until (datetime.datetime | None | Unset): Date de validité. Example: 2023-12-07T12:00:00Z.
        settlement_term_id (int | None | Unset): Identifiant de la condition (terme) de règlement. Example: 2.
        title (str | Unset): Titre du document. Example: Titre du document.
        price_category_id (int | None | Unset): Identifiant de la catégorie de prix (tarifaire). Example: 1.
        exemption_notice_id (int | None | Unset): Identifiant de la mention d'exonération de TVA. Example: 4.
        use_vat_included_invoicing_mode (bool | Unset): Utiliser le mode de facturation TTC (TVA incluse). Example:
            True.
        vat_payability_type (int | Unset): Type de redevabilité (paiement) de la TVA (valeurs non documentées). Example:
            1.
        informations_to_print (str | Unset): Informations à imprimer. Example: Informations à imprimer.
        addresses (SaleQuoteAddressesInput | Unset): Adresses d'un devis à créer ou modifier (les indicateurs «
            identique à la facturation »
            sont à la racine du devis, voir SaleQuoteInput).
        delivery_is_the_same_as_invoicing (bool | Unset): La livraison est la même que la facturation. Example: True.
        head_office_is_the_same_as_invoicing (bool | Unset): Le siège social est le même que la facturation. Example:
            True.
        lines (list[SaleDocumentLineInput] | Unset): Lignes du document.
        commitments (list[SaleDocumentCommitmentInput] | Unset): Échéances (engagements) du document (envoyées par
            l'exemple de modification, absentes
            du tableau et de l'exemple de création).
        footer (SaleDocumentFooterInput | Unset): Pied (totaux) d'un document de vente à créer ou modifier.
    """

    name: str
    customer_id: int
    quote_status: int
    date: datetime.datetime
    siret: str | Unset = UNSET
    intracommunity_vat_number: str | Unset = UNSET
    territoriality: Territoriality | Unset = UNSET
    delivery_date: datetime.datetime | None | Unset = UNSET
    valid_until: datetime.datetime | None | Unset = UNSET
    settlement_term_id: int | None | Unset = UNSET
    title: str | Unset = UNSET
    price_category_id: int | None | Unset = UNSET
    exemption_notice_id: int | None | Unset = UNSET
    use_vat_included_invoicing_mode: bool | Unset = UNSET
    vat_payability_type: int | Unset = UNSET
    informations_to_print: str | Unset = UNSET
    addresses: SaleQuoteAddressesInput | Unset = UNSET
    delivery_is_the_same_as_invoicing: bool | Unset = UNSET
    head_office_is_the_same_as_invoicing: bool | Unset = UNSET
    lines: list[SaleDocumentLineInput] | Unset = UNSET
    commitments: list[SaleDocumentCommitmentInput] | Unset = UNSET
    footer: SaleDocumentFooterInput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        customer_id = self.customer_id

        quote_status = self.quote_status

        date = self.date.isoformat()

        siret = self.siret

        intracommunity_vat_number = self.intracommunity_vat_number

        territoriality: int | Unset = UNSET
        if not isinstance(self.territoriality, Unset):
            territoriality = self.territoriality.value

        delivery_date: None | str | Unset
        if isinstance(self.delivery_date, Unset):
            delivery_date = UNSET
        elif isinstance(self.delivery_date, datetime.datetime):
            delivery_date = self.delivery_date.isoformat()
        else:
            delivery_date = self.delivery_date

        valid_until: None | str | Unset
        if isinstance(self.valid_until, Unset):
            valid_until = UNSET
        elif isinstance(self.valid_until, datetime.datetime):
            valid_until = self.valid_until.isoformat()
        else:
            valid_until = self.valid_until

        settlement_term_id: int | None | Unset
        if isinstance(self.settlement_term_id, Unset):
            settlement_term_id = UNSET
        else:
            settlement_term_id = self.settlement_term_id

        title = self.title

        price_category_id: int | None | Unset
        if isinstance(self.price_category_id, Unset):
            price_category_id = UNSET
        else:
            price_category_id = self.price_category_id

        exemption_notice_id: int | None | Unset
        if isinstance(self.exemption_notice_id, Unset):
            exemption_notice_id = UNSET
        else:
            exemption_notice_id = self.exemption_notice_id

        use_vat_included_invoicing_mode = self.use_vat_included_invoicing_mode

        vat_payability_type = self.vat_payability_type

        informations_to_print = self.informations_to_print

        addresses: dict[str, Any] | Unset = UNSET
        if not isinstance(self.addresses, Unset):
            addresses = self.addresses.to_dict()

        delivery_is_the_same_as_invoicing = self.delivery_is_the_same_as_invoicing

        head_office_is_the_same_as_invoicing = self.head_office_is_the_same_as_invoicing

        lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lines, Unset):
            lines = []
            for lines_item_data in self.lines:
                lines_item = lines_item_data.to_dict()
                lines.append(lines_item)

        commitments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.commitments, Unset):
            commitments = []
            for commitments_item_data in self.commitments:
                commitments_item = commitments_item_data.to_dict()
                commitments.append(commitments_item)

        footer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.footer, Unset):
            footer = self.footer.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Name": name,
                "CustomerId": customer_id,
                "QuoteStatus": quote_status,
                "Date": date,
            }
        )
        if siret is not UNSET:
            field_dict["Siret"] = siret
        if intracommunity_vat_number is not UNSET:
            field_dict["IntracommunityVatNumber"] = intracommunity_vat_number
        if territoriality is not UNSET:
            field_dict["Territoriality"] = territoriality
        if delivery_date is not UNSET:
            field_dict["DeliveryDate"] = delivery_date
        if valid_until is not UNSET:
            field_dict["ValidUntil"] = valid_until
        if settlement_term_id is not UNSET:
            field_dict["SettlementTermId"] = settlement_term_id
        if title is not UNSET:
            field_dict["Title"] = title
        if price_category_id is not UNSET:
            field_dict["PriceCategoryId"] = price_category_id
        if exemption_notice_id is not UNSET:
            field_dict["ExemptionNoticeId"] = exemption_notice_id
        if use_vat_included_invoicing_mode is not UNSET:
            field_dict["UseVatIncludedInvoicingMode"] = use_vat_included_invoicing_mode
        if vat_payability_type is not UNSET:
            field_dict["VatPayabilityType"] = vat_payability_type
        if informations_to_print is not UNSET:
            field_dict["InformationsToPrint"] = informations_to_print
        if addresses is not UNSET:
            field_dict["Addresses"] = addresses
        if delivery_is_the_same_as_invoicing is not UNSET:
            field_dict["DeliveryIsTheSameAsInvoicing"] = delivery_is_the_same_as_invoicing
        if head_office_is_the_same_as_invoicing is not UNSET:
            field_dict["HeadOfficeIsTheSameAsInvoicing"] = head_office_is_the_same_as_invoicing
        if lines is not UNSET:
            field_dict["Lines"] = lines
        if commitments is not UNSET:
            field_dict["Commitments"] = commitments
        if footer is not UNSET:
            field_dict["Footer"] = footer

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sale_document_commitment_input import SaleDocumentCommitmentInput  # noqa: PLC0415
        from ..models.sale_document_footer_input import SaleDocumentFooterInput  # noqa: PLC0415
        from ..models.sale_document_line_input import SaleDocumentLineInput  # noqa: PLC0415
        from ..models.sale_quote_addresses_input import SaleQuoteAddressesInput  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("Name")

        customer_id = d.pop("CustomerId")

        quote_status = d.pop("QuoteStatus")

        date = datetime.datetime.fromisoformat(d.pop("Date"))

        siret = d.pop("Siret", UNSET)

        intracommunity_vat_number = d.pop("IntracommunityVatNumber", UNSET)

        _territoriality = d.pop("Territoriality", UNSET)
        territoriality: Territoriality | Unset
        if isinstance(_territoriality, Unset):
            territoriality = UNSET
        else:
            territoriality = Territoriality(_territoriality)

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

        delivery_date = _parse_delivery_date(d.pop("DeliveryDate", UNSET))

        def _parse_valid_until(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                valid_until_type_0 = datetime.datetime.fromisoformat(data)

                return valid_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        valid_until = _parse_valid_until(d.pop("ValidUntil", UNSET))

        def _parse_settlement_term_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        settlement_term_id = _parse_settlement_term_id(d.pop("SettlementTermId", UNSET))

        title = d.pop("Title", UNSET)

        def _parse_price_category_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        price_category_id = _parse_price_category_id(d.pop("PriceCategoryId", UNSET))

        def _parse_exemption_notice_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        exemption_notice_id = _parse_exemption_notice_id(d.pop("ExemptionNoticeId", UNSET))

        use_vat_included_invoicing_mode = d.pop("UseVatIncludedInvoicingMode", UNSET)

        vat_payability_type = d.pop("VatPayabilityType", UNSET)

        informations_to_print = d.pop("InformationsToPrint", UNSET)

        _addresses = d.pop("Addresses", UNSET)
        addresses: SaleQuoteAddressesInput | Unset
        if isinstance(_addresses, Unset):
            addresses = UNSET
        else:
            addresses = SaleQuoteAddressesInput.from_dict(_addresses)

        delivery_is_the_same_as_invoicing = d.pop("DeliveryIsTheSameAsInvoicing", UNSET)

        head_office_is_the_same_as_invoicing = d.pop("HeadOfficeIsTheSameAsInvoicing", UNSET)

        _lines = d.pop("Lines", UNSET)
        lines: list[SaleDocumentLineInput] | Unset = UNSET
        if _lines is not UNSET:
            lines = []
            for lines_item_data in _lines:
                lines_item = SaleDocumentLineInput.from_dict(lines_item_data)

                lines.append(lines_item)

        _commitments = d.pop("Commitments", UNSET)
        commitments: list[SaleDocumentCommitmentInput] | Unset = UNSET
        if _commitments is not UNSET:
            commitments = []
            for commitments_item_data in _commitments:
                commitments_item = SaleDocumentCommitmentInput.from_dict(commitments_item_data)

                commitments.append(commitments_item)

        _footer = d.pop("Footer", UNSET)
        footer: SaleDocumentFooterInput | Unset
        if isinstance(_footer, Unset):
            footer = UNSET
        else:
            footer = SaleDocumentFooterInput.from_dict(_footer)

        sale_quote_input = cls(
            name=name,
            customer_id=customer_id,
            quote_status=quote_status,
            date=date,
            siret=siret,
            intracommunity_vat_number=intracommunity_vat_number,
            territoriality=territoriality,
            delivery_date=delivery_date,
            valid_until=valid_until,
            settlement_term_id=settlement_term_id,
            title=title,
            price_category_id=price_category_id,
            exemption_notice_id=exemption_notice_id,
            use_vat_included_invoicing_mode=use_vat_included_invoicing_mode,
            vat_payability_type=vat_payability_type,
            informations_to_print=informations_to_print,
            addresses=addresses,
            delivery_is_the_same_as_invoicing=delivery_is_the_same_as_invoicing,
            head_office_is_the_same_as_invoicing=head_office_is_the_same_as_invoicing,
            lines=lines,
            commitments=commitments,
            footer=footer,
        )

        sale_quote_input.additional_properties = d
        return sale_quote_input

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
