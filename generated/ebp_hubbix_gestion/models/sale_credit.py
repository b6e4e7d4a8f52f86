from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.territoriality import Territoriality
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sale_document_addresses import SaleDocumentAddresses
    from ..models.sale_document_commitment import SaleDocumentCommitment
    from ..models.sale_document_footer import SaleDocumentFooter
    from ..models.sale_document_line import SaleDocumentLine
    from ..models.vat_summary_line import VatSummaryLine


T = TypeVar("T", bound="SaleCredit")


@_attrs_define
class SaleCredit:
    """Avoir (provisoire ou validé).

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
        commitments (list[SaleDocumentCommitment] | Unset): Échéances de l'avoir.
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    price_category_id: int | None | Unset = UNSET
    siret: str | Unset = UNSET
    intracommunity_vat_number: str | Unset = UNSET
    is_exemption_vat: bool | Unset = UNSET
    territoriality: Territoriality | Unset = UNSET
    customer_id: int | Unset = UNSET
    customer_type_id: int | Unset = UNSET
    date: datetime.datetime | Unset = UNSET
    title: None | str | Unset = UNSET
    number: str | Unset = UNSET
    exemption_notice_id: int | None | Unset = UNSET
    use_vat_included_invoicing_mode: bool | Unset = UNSET
    vat_payability_type: int | Unset = UNSET
    informations_to_print: str | Unset = UNSET
    addresses: SaleDocumentAddresses | Unset = UNSET
    lines: list[SaleDocumentLine] | Unset = UNSET
    footer: SaleDocumentFooter | Unset = UNSET
    vat_summary_lines: list[VatSummaryLine] | Unset = UNSET
    commitments: list[SaleDocumentCommitment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        price_category_id: int | None | Unset
        if isinstance(self.price_category_id, Unset):
            price_category_id = UNSET
        else:
            price_category_id = self.price_category_id

        siret = self.siret

        intracommunity_vat_number = self.intracommunity_vat_number

        is_exemption_vat = self.is_exemption_vat

        territoriality: int | Unset = UNSET
        if not isinstance(self.territoriality, Unset):
            territoriality = self.territoriality.value

        customer_id = self.customer_id

        customer_type_id = self.customer_type_id

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        number = self.number

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

        lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lines, Unset):
            lines = []
            for lines_item_data in self.lines:
                lines_item = lines_item_data.to_dict()
                lines.append(lines_item)

        footer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.footer, Unset):
            footer = self.footer.to_dict()

        vat_summary_lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.vat_summary_lines, Unset):
            vat_summary_lines = []
            for vat_summary_lines_item_data in self.vat_summary_lines:
                vat_summary_lines_item = vat_summary_lines_item_data.to_dict()
                vat_summary_lines.append(vat_summary_lines_item)

        commitments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.commitments, Unset):
            commitments = []
            for commitments_item_data in self.commitments:
                commitments_item = commitments_item_data.to_dict()
                commitments.append(commitments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if price_category_id is not UNSET:
            field_dict["priceCategoryId"] = price_category_id
        if siret is not UNSET:
            field_dict["siret"] = siret
        if intracommunity_vat_number is not UNSET:
            field_dict["intracommunityVatNumber"] = intracommunity_vat_number
        if is_exemption_vat is not UNSET:
            field_dict["isExemptionVat"] = is_exemption_vat
        if territoriality is not UNSET:
            field_dict["territoriality"] = territoriality
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if customer_type_id is not UNSET:
            field_dict["customerTypeId"] = customer_type_id
        if date is not UNSET:
            field_dict["date"] = date
        if title is not UNSET:
            field_dict["title"] = title
        if number is not UNSET:
            field_dict["number"] = number
        if exemption_notice_id is not UNSET:
            field_dict["exemptionNoticeId"] = exemption_notice_id
        if use_vat_included_invoicing_mode is not UNSET:
            field_dict["useVatIncludedInvoicingMode"] = use_vat_included_invoicing_mode
        if vat_payability_type is not UNSET:
            field_dict["vatPayabilityType"] = vat_payability_type
        if informations_to_print is not UNSET:
            field_dict["informationsToPrint"] = informations_to_print
        if addresses is not UNSET:
            field_dict["addresses"] = addresses
        if lines is not UNSET:
            field_dict["lines"] = lines
        if footer is not UNSET:
            field_dict["footer"] = footer
        if vat_summary_lines is not UNSET:
            field_dict["vatSummaryLines"] = vat_summary_lines
        if commitments is not UNSET:
            field_dict["commitments"] = commitments

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sale_document_addresses import SaleDocumentAddresses  # noqa: PLC0415
        from ..models.sale_document_commitment import SaleDocumentCommitment  # noqa: PLC0415
        from ..models.sale_document_footer import SaleDocumentFooter  # noqa: PLC0415
        from ..models.sale_document_line import SaleDocumentLine  # noqa: PLC0415
        from ..models.vat_summary_line import VatSummaryLine  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        def _parse_price_category_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        price_category_id = _parse_price_category_id(d.pop("priceCategoryId", UNSET))

        siret = d.pop("siret", UNSET)

        intracommunity_vat_number = d.pop("intracommunityVatNumber", UNSET)

        is_exemption_vat = d.pop("isExemptionVat", UNSET)

        _territoriality = d.pop("territoriality", UNSET)
        territoriality: Territoriality | Unset
        if isinstance(_territoriality, Unset):
            territoriality = UNSET
        else:
            territoriality = Territoriality(_territoriality)

        customer_id = d.pop("customerId", UNSET)

        customer_type_id = d.pop("customerTypeId", UNSET)

        _date = d.pop("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.datetime.fromisoformat(_date)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        number = d.pop("number", UNSET)

        def _parse_exemption_notice_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        exemption_notice_id = _parse_exemption_notice_id(d.pop("exemptionNoticeId", UNSET))

        use_vat_included_invoicing_mode = d.pop("useVatIncludedInvoicingMode", UNSET)

        vat_payability_type = d.pop("vatPayabilityType", UNSET)

        informations_to_print = d.pop("informationsToPrint", UNSET)

        _addresses = d.pop("addresses", UNSET)
        addresses: SaleDocumentAddresses | Unset
        if isinstance(_addresses, Unset):
            addresses = UNSET
        else:
            addresses = SaleDocumentAddresses.from_dict(_addresses)

        _lines = d.pop("lines", UNSET)
        lines: list[SaleDocumentLine] | Unset = UNSET
        if _lines is not UNSET:
            lines = []
            for lines_item_data in _lines:
                lines_item = SaleDocumentLine.from_dict(lines_item_data)

                lines.append(lines_item)

        _footer = d.pop("footer", UNSET)
        footer: SaleDocumentFooter | Unset
        if isinstance(_footer, Unset):
            footer = UNSET
        else:
            footer = SaleDocumentFooter.from_dict(_footer)

        _vat_summary_lines = d.pop("vatSummaryLines", UNSET)
        vat_summary_lines: list[VatSummaryLine] | Unset = UNSET
        if _vat_summary_lines is not UNSET:
            vat_summary_lines = []
            for vat_summary_lines_item_data in _vat_summary_lines:
                vat_summary_lines_item = VatSummaryLine.from_dict(vat_summary_lines_item_data)

                vat_summary_lines.append(vat_summary_lines_item)

        _commitments = d.pop("commitments", UNSET)
        commitments: list[SaleDocumentCommitment] | Unset = UNSET
        if _commitments is not UNSET:
            commitments = []
            for commitments_item_data in _commitments:
                commitments_item = SaleDocumentCommitment.from_dict(commitments_item_data)

                commitments.append(commitments_item)

        sale_credit = cls(
            id=id,
            name=name,
            price_category_id=price_category_id,
            siret=siret,
            intracommunity_vat_number=intracommunity_vat_number,
            is_exemption_vat=is_exemption_vat,
            territoriality=territoriality,
            customer_id=customer_id,
            customer_type_id=customer_type_id,
            date=date,
            title=title,
            number=number,
            exemption_notice_id=exemption_notice_id,
            use_vat_included_invoicing_mode=use_vat_included_invoicing_mode,
            vat_payability_type=vat_payability_type,
            informations_to_print=informations_to_print,
            addresses=addresses,
            lines=lines,
            footer=footer,
            vat_summary_lines=vat_summary_lines,
            commitments=commitments,
        )

        sale_credit.additional_properties = d
        return sale_credit

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
