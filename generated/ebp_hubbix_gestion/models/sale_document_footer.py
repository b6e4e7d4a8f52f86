from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, to_decimal

T = TypeVar("T", bound="SaleDocumentFooter")


@_attrs_define
class SaleDocumentFooter:
    """Pied (totaux) d'un document de vente.

    Attributes:
        total_amount_vat_excluded (Decimal | Unset): Montant total HT du document.
        total_amount_vat_included (Decimal | Unset): Montant total TTC du document.
        total_deposits_amount_vat_included (Decimal | Unset): Montant total des acomptes TTC.
        net_amount_vat_included (Decimal | Unset): Montant net TTC du document.
        total_vat_amount (Decimal | Unset): Montant total de la TVA du document.
        shipping_cost (Decimal | Unset): Coût d'expédition.
        shipping_vat_rate_id (int | None | Unset): Identifiant du taux de TVA pour l'expédition.
        shipping_vat_rate (Decimal | Unset): Taux de TVA pour l'expédition.
        discount_rate (Decimal | Unset): Taux de remise du document.
        discount_amount (Decimal | Unset): Montant de remise du document.
        total_amount_net_vat_excluded (Decimal | Unset): Montant total net HT du document.
        total_amount_net_vat_included (Decimal | Unset): Montant total net TTC du document.
        eco_contribution (Decimal | None | Unset): Contribution écologique du document (null dans tous les exemples).
    """

    total_amount_vat_excluded: Decimal | Unset = UNSET
    total_amount_vat_included: Decimal | Unset = UNSET
    total_deposits_amount_vat_included: Decimal | Unset = UNSET
    net_amount_vat_included: Decimal | Unset = UNSET
    total_vat_amount: Decimal | Unset = UNSET
    shipping_cost: Decimal | Unset = UNSET
    shipping_vat_rate_id: int | None | Unset = UNSET
    shipping_vat_rate: Decimal | Unset = UNSET
    discount_rate: Decimal | Unset = UNSET
    discount_amount: Decimal | Unset = UNSET
    total_amount_net_vat_excluded: Decimal | Unset = UNSET
    total_amount_net_vat_included: Decimal | Unset = UNSET
    eco_contribution: Decimal | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_amount_vat_excluded = self.total_amount_vat_excluded

        total_amount_vat_included = self.total_amount_vat_included

        total_deposits_amount_vat_included = self.total_deposits_amount_vat_included

        net_amount_vat_included = self.net_amount_vat_included

        total_vat_amount = self.total_vat_amount

        shipping_cost = self.shipping_cost

        shipping_vat_rate_id: int | None | Unset
        if isinstance(self.shipping_vat_rate_id, Unset):
            shipping_vat_rate_id = UNSET
        else:
            shipping_vat_rate_id = self.shipping_vat_rate_id

        shipping_vat_rate = self.shipping_vat_rate

        discount_rate = self.discount_rate

        discount_amount = self.discount_amount

        total_amount_net_vat_excluded = self.total_amount_net_vat_excluded

        total_amount_net_vat_included = self.total_amount_net_vat_included

        eco_contribution: Decimal | None | Unset
        if isinstance(self.eco_contribution, Unset):
            eco_contribution = UNSET
        else:
            eco_contribution = self.eco_contribution

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_amount_vat_excluded is not UNSET:
            field_dict["totalAmountVatExcluded"] = total_amount_vat_excluded
        if total_amount_vat_included is not UNSET:
            field_dict["totalAmountVatIncluded"] = total_amount_vat_included
        if total_deposits_amount_vat_included is not UNSET:
            field_dict["totalDepositsAmountVatIncluded"] = total_deposits_amount_vat_included
        if net_amount_vat_included is not UNSET:
            field_dict["netAmountVatIncluded"] = net_amount_vat_included
        if total_vat_amount is not UNSET:
            field_dict["totalVatAmount"] = total_vat_amount
        if shipping_cost is not UNSET:
            field_dict["shippingCost"] = shipping_cost
        if shipping_vat_rate_id is not UNSET:
            field_dict["shippingVatRateId"] = shipping_vat_rate_id
        if shipping_vat_rate is not UNSET:
            field_dict["shippingVatRate"] = shipping_vat_rate
        if discount_rate is not UNSET:
            field_dict["discountRate"] = discount_rate
        if discount_amount is not UNSET:
            field_dict["discountAmount"] = discount_amount
        if total_amount_net_vat_excluded is not UNSET:
            field_dict["totalAmountNetVatExcluded"] = total_amount_net_vat_excluded
        if total_amount_net_vat_included is not UNSET:
            field_dict["totalAmountNetVatIncluded"] = total_amount_net_vat_included
        if eco_contribution is not UNSET:
            field_dict["ecoContribution"] = eco_contribution

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
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

        _total_deposits_amount_vat_included = d.pop("totalDepositsAmountVatIncluded", UNSET)
        total_deposits_amount_vat_included: Decimal | Unset
        if isinstance(_total_deposits_amount_vat_included, Unset):
            total_deposits_amount_vat_included = UNSET
        else:
            total_deposits_amount_vat_included = to_decimal(_total_deposits_amount_vat_included)

        _net_amount_vat_included = d.pop("netAmountVatIncluded", UNSET)
        net_amount_vat_included: Decimal | Unset
        if isinstance(_net_amount_vat_included, Unset):
            net_amount_vat_included = UNSET
        else:
            net_amount_vat_included = to_decimal(_net_amount_vat_included)

        _total_vat_amount = d.pop("totalVatAmount", UNSET)
        total_vat_amount: Decimal | Unset
        if isinstance(_total_vat_amount, Unset):
            total_vat_amount = UNSET
        else:
            total_vat_amount = to_decimal(_total_vat_amount)

        _shipping_cost = d.pop("shippingCost", UNSET)
        shipping_cost: Decimal | Unset
        if isinstance(_shipping_cost, Unset):
            shipping_cost = UNSET
        else:
            shipping_cost = to_decimal(_shipping_cost)

        def _parse_shipping_vat_rate_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        shipping_vat_rate_id = _parse_shipping_vat_rate_id(d.pop("shippingVatRateId", UNSET))

        _shipping_vat_rate = d.pop("shippingVatRate", UNSET)
        shipping_vat_rate: Decimal | Unset
        if isinstance(_shipping_vat_rate, Unset):
            shipping_vat_rate = UNSET
        else:
            shipping_vat_rate = to_decimal(_shipping_vat_rate)

        _discount_rate = d.pop("discountRate", UNSET)
        discount_rate: Decimal | Unset
        if isinstance(_discount_rate, Unset):
            discount_rate = UNSET
        else:
            discount_rate = to_decimal(_discount_rate)

        _discount_amount = d.pop("discountAmount", UNSET)
        discount_amount: Decimal | Unset
        if isinstance(_discount_amount, Unset):
            discount_amount = UNSET
        else:
            discount_amount = to_decimal(_discount_amount)

        _total_amount_net_vat_excluded = d.pop("totalAmountNetVatExcluded", UNSET)
        total_amount_net_vat_excluded: Decimal | Unset
        if isinstance(_total_amount_net_vat_excluded, Unset):
            total_amount_net_vat_excluded = UNSET
        else:
            total_amount_net_vat_excluded = to_decimal(_total_amount_net_vat_excluded)

        _total_amount_net_vat_included = d.pop("totalAmountNetVatIncluded", UNSET)
        total_amount_net_vat_included: Decimal | Unset
        if isinstance(_total_amount_net_vat_included, Unset):
            total_amount_net_vat_included = UNSET
        else:
            total_amount_net_vat_included = to_decimal(_total_amount_net_vat_included)

        def _parse_eco_contribution(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (int, float, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                eco_contribution_type_0 = to_decimal(data)

                return eco_contribution_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        eco_contribution = _parse_eco_contribution(d.pop("ecoContribution", UNSET))

        sale_document_footer = cls(
            total_amount_vat_excluded=total_amount_vat_excluded,
            total_amount_vat_included=total_amount_vat_included,
            total_deposits_amount_vat_included=total_deposits_amount_vat_included,
            net_amount_vat_included=net_amount_vat_included,
            total_vat_amount=total_vat_amount,
            shipping_cost=shipping_cost,
            shipping_vat_rate_id=shipping_vat_rate_id,
            shipping_vat_rate=shipping_vat_rate,
            discount_rate=discount_rate,
            discount_amount=discount_amount,
            total_amount_net_vat_excluded=total_amount_net_vat_excluded,
            total_amount_net_vat_included=total_amount_net_vat_included,
            eco_contribution=eco_contribution,
        )

        sale_document_footer.additional_properties = d
        return sale_document_footer

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
