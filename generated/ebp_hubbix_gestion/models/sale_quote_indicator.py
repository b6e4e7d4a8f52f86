from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, to_decimal

T = TypeVar("T", bound="SaleQuoteIndicator")


@_attrs_define
class SaleQuoteIndicator:
    """Taux de transformation des devis.

    Attributes:
        rate (Decimal | Unset): Taux de transformation en pourcentage.
        invoiced_sale_quotes_count (int | Unset): Nombre de devis facturés.
        total_sale_quotes_count (int | Unset): Nombre total de devis.
    """

    rate: Decimal | Unset = UNSET
    invoiced_sale_quotes_count: int | Unset = UNSET
    total_sale_quotes_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rate = self.rate

        invoiced_sale_quotes_count = self.invoiced_sale_quotes_count

        total_sale_quotes_count = self.total_sale_quotes_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rate is not UNSET:
            field_dict["rate"] = rate
        if invoiced_sale_quotes_count is not UNSET:
            field_dict["invoicedSaleQuotesCount"] = invoiced_sale_quotes_count
        if total_sale_quotes_count is not UNSET:
            field_dict["totalSaleQuotesCount"] = total_sale_quotes_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _rate = d.pop("rate", UNSET)
        rate: Decimal | Unset
        if isinstance(_rate, Unset):
            rate = UNSET
        else:
            rate = to_decimal(_rate)

        invoiced_sale_quotes_count = d.pop("invoicedSaleQuotesCount", UNSET)

        total_sale_quotes_count = d.pop("totalSaleQuotesCount", UNSET)

        sale_quote_indicator = cls(
            rate=rate,
            invoiced_sale_quotes_count=invoiced_sale_quotes_count,
            total_sale_quotes_count=total_sale_quotes_count,
        )

        sale_quote_indicator.additional_properties = d
        return sale_quote_indicator

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
