from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, to_decimal

if TYPE_CHECKING:
    from ..models.sale_deposit_addresses_input import SaleDepositAddressesInput


T = TypeVar("T", bound="SaleDepositCreditInput")


@_attrs_define
class SaleDepositCreditInput:
    """Avoir d'acompte à créer.

    Attributes:
        from_sale_deposit_invoice_id (int): Identifiant de la facture d'acompte d'origine de l'avoir d'acompte. Example:
            23.
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

    from_sale_deposit_invoice_id: int
    date: datetime.datetime
    siret: str | Unset = UNSET
    intracommunity_vat_number: str | Unset = UNSET
    order_number: str | Unset = UNSET
    delivery_date: datetime.datetime | None | Unset = UNSET
    payment_mode_id: int | None | Unset = UNSET
    exemption_notice_id: int | None | Unset = UNSET
    commitment_date: datetime.datetime | None | Unset = UNSET
    amount_vat_included: Decimal | Unset = UNSET
    rate_vat_included: Decimal | Unset = UNSET
    vat_rate: Decimal | Unset = UNSET
    vat_rate_id: int | None | Unset = UNSET
    detailed_description: str | Unset = UNSET
    addresses: SaleDepositAddressesInput | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_sale_deposit_invoice_id = self.from_sale_deposit_invoice_id

        date = self.date.isoformat()

        siret = self.siret

        intracommunity_vat_number = self.intracommunity_vat_number

        order_number = self.order_number

        delivery_date: None | str | Unset
        if isinstance(self.delivery_date, Unset):
            delivery_date = UNSET
        elif isinstance(self.delivery_date, datetime.datetime):
            delivery_date = self.delivery_date.isoformat()
        else:
            delivery_date = self.delivery_date

        payment_mode_id: int | None | Unset
        if isinstance(self.payment_mode_id, Unset):
            payment_mode_id = UNSET
        else:
            payment_mode_id = self.payment_mode_id

        exemption_notice_id: int | None | Unset
        if isinstance(self.exemption_notice_id, Unset):
            exemption_notice_id = UNSET
        else:
            exemption_notice_id = self.exemption_notice_id

        commitment_date: None | str | Unset
        if isinstance(self.commitment_date, Unset):
            commitment_date = UNSET
        elif isinstance(self.commitment_date, datetime.datetime):
            commitment_date = self.commitment_date.isoformat()
        else:
            commitment_date = self.commitment_date

        amount_vat_included = self.amount_vat_included

        rate_vat_included = self.rate_vat_included

        vat_rate = self.vat_rate

        vat_rate_id: int | None | Unset
        if isinstance(self.vat_rate_id, Unset):
            vat_rate_id = UNSET
        else:
            vat_rate_id = self.vat_rate_id

        detailed_description = self.detailed_description

        addresses: dict[str, Any] | Unset = UNSET
        if not isinstance(self.addresses, Unset):
            addresses = self.addresses.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fromSaleDepositInvoiceId": from_sale_deposit_invoice_id,
                "date": date,
            }
        )
        if siret is not UNSET:
            field_dict["siret"] = siret
        if intracommunity_vat_number is not UNSET:
            field_dict["intracommunityVatNumber"] = intracommunity_vat_number
        if order_number is not UNSET:
            field_dict["orderNumber"] = order_number
        if delivery_date is not UNSET:
            field_dict["deliveryDate"] = delivery_date
        if payment_mode_id is not UNSET:
            field_dict["paymentModeId"] = payment_mode_id
        if exemption_notice_id is not UNSET:
            field_dict["exemptionNoticeId"] = exemption_notice_id
        if commitment_date is not UNSET:
            field_dict["commitmentDate"] = commitment_date
        if amount_vat_included is not UNSET:
            field_dict["amountVatIncluded"] = amount_vat_included
        if rate_vat_included is not UNSET:
            field_dict["rateVatIncluded"] = rate_vat_included
        if vat_rate is not UNSET:
            field_dict["vatRate"] = vat_rate
        if vat_rate_id is not UNSET:
            field_dict["vatRateId"] = vat_rate_id
        if detailed_description is not UNSET:
            field_dict["detailedDescription"] = detailed_description
        if addresses is not UNSET:
            field_dict["addresses"] = addresses

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sale_deposit_addresses_input import SaleDepositAddressesInput  # noqa: PLC0415

        d = dict(src_dict)
        from_sale_deposit_invoice_id = d.pop("fromSaleDepositInvoiceId")

        date = datetime.datetime.fromisoformat(d.pop("date"))

        siret = d.pop("siret", UNSET)

        intracommunity_vat_number = d.pop("intracommunityVatNumber", UNSET)

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

        def _parse_payment_mode_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        payment_mode_id = _parse_payment_mode_id(d.pop("paymentModeId", UNSET))

        def _parse_exemption_notice_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        exemption_notice_id = _parse_exemption_notice_id(d.pop("exemptionNoticeId", UNSET))

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

        def _parse_vat_rate_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        vat_rate_id = _parse_vat_rate_id(d.pop("vatRateId", UNSET))

        detailed_description = d.pop("detailedDescription", UNSET)

        _addresses = d.pop("addresses", UNSET)
        addresses: SaleDepositAddressesInput | Unset
        if isinstance(_addresses, Unset):
            addresses = UNSET
        else:
            addresses = SaleDepositAddressesInput.from_dict(_addresses)

        sale_deposit_credit_input = cls(
            from_sale_deposit_invoice_id=from_sale_deposit_invoice_id,
            date=date,
            siret=siret,
            intracommunity_vat_number=intracommunity_vat_number,
            order_number=order_number,
            delivery_date=delivery_date,
            payment_mode_id=payment_mode_id,
            exemption_notice_id=exemption_notice_id,
            commitment_date=commitment_date,
            amount_vat_included=amount_vat_included,
            rate_vat_included=rate_vat_included,
            vat_rate=vat_rate,
            vat_rate_id=vat_rate_id,
            detailed_description=detailed_description,
            addresses=addresses,
        )

        sale_deposit_credit_input.additional_properties = d
        return sale_deposit_credit_input

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
