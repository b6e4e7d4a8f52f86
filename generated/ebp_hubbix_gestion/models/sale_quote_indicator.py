from __future__ import annotations

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
    read_decimal,
    read_int,
)

from ..types import UNSET, Unset

T = TypeVar("T", bound="SaleQuoteIndicator")


@_attrs_define
class SaleQuoteIndicator:
    """Taux de transformation des devis.

    Attributes:
        rate (Decimal | Unset): Taux de transformation en pourcentage.
        invoiced_sale_quotes_count (int | Unset): Nombre de devis facturés.
        total_sale_quotes_count (int | Unset): Nombre total de devis.
    """

    rate: Decimal | None | Unset = UNSET
    invoiced_sale_quotes_count: int | None | Unset = UNSET
    total_sale_quotes_count: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.rate
        if value is not UNSET:
            field_dict["rate"] = dump(value, "SaleQuoteIndicator.rate", "number", False)
        value = self.invoiced_sale_quotes_count
        if value is not UNSET:
            field_dict["invoicedSaleQuotesCount"] = dump(
                value, "SaleQuoteIndicator.invoiced_sale_quotes_count", "int", False
            )
        value = self.total_sale_quotes_count
        if value is not UNSET:
            field_dict["totalSaleQuotesCount"] = dump(value, "SaleQuoteIndicator.total_sale_quotes_count", "int", False)
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
        rate = get("rate", UNSET)
        if rate.__class__ is not Decimal:
            rate = read_decimal(rate, _path, "rate")
        invoiced_sale_quotes_count = get("invoicedSaleQuotesCount", UNSET)
        if invoiced_sale_quotes_count.__class__ is not int:
            invoiced_sale_quotes_count = read_int(invoiced_sale_quotes_count, _path, "invoicedSaleQuotesCount")
        total_sale_quotes_count = get("totalSaleQuotesCount", UNSET)
        if total_sale_quotes_count.__class__ is not int:
            total_sale_quotes_count = read_int(total_sale_quotes_count, _path, "totalSaleQuotesCount")
        sale_quote_indicator = object.__new__(cls)
        sale_quote_indicator.rate = rate
        sale_quote_indicator.invoiced_sale_quotes_count = invoiced_sale_quotes_count
        sale_quote_indicator.total_sale_quotes_count = total_sale_quotes_count
        sale_quote_indicator.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            sale_quote_indicator.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return sale_quote_indicator

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (SaleQuoteIndicator)", value)

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
        "rate",
        "invoicedSaleQuotesCount",
        "totalSaleQuotesCount",
    }
)
