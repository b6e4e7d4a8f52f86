from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, to_decimal

T = TypeVar("T", bound="CostPriceAndMargin")


@_attrs_define
class CostPriceAndMargin:
    """Prix de revient et marge de l'article.

    Attributes:
        cost_price_vat_excluded (Decimal | Unset): Prix de revient HT de l'article.
        margin_amount (Decimal | Unset): Montant de la marge de l'article.
        margin_rate (Decimal | Unset): Taux de la marge de l'article en pourcentage.
    """

    cost_price_vat_excluded: Decimal | Unset = UNSET
    margin_amount: Decimal | Unset = UNSET
    margin_rate: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cost_price_vat_excluded = self.cost_price_vat_excluded

        margin_amount = self.margin_amount

        margin_rate = self.margin_rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cost_price_vat_excluded is not UNSET:
            field_dict["costPriceVatExcluded"] = cost_price_vat_excluded
        if margin_amount is not UNSET:
            field_dict["marginAmount"] = margin_amount
        if margin_rate is not UNSET:
            field_dict["marginRate"] = margin_rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _cost_price_vat_excluded = d.pop("costPriceVatExcluded", UNSET)
        cost_price_vat_excluded: Decimal | Unset
        if isinstance(_cost_price_vat_excluded, Unset):
            cost_price_vat_excluded = UNSET
        else:
            cost_price_vat_excluded = to_decimal(_cost_price_vat_excluded)

        _margin_amount = d.pop("marginAmount", UNSET)
        margin_amount: Decimal | Unset
        if isinstance(_margin_amount, Unset):
            margin_amount = UNSET
        else:
            margin_amount = to_decimal(_margin_amount)

        _margin_rate = d.pop("marginRate", UNSET)
        margin_rate: Decimal | Unset
        if isinstance(_margin_rate, Unset):
            margin_rate = UNSET
        else:
            margin_rate = to_decimal(_margin_rate)

        cost_price_and_margin = cls(
            cost_price_vat_excluded=cost_price_vat_excluded,
            margin_amount=margin_amount,
            margin_rate=margin_rate,
        )

        cost_price_and_margin.additional_properties = d
        return cost_price_and_margin

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
