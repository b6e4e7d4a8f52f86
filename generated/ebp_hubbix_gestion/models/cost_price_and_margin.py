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
)

from ..types import UNSET, Unset

T = TypeVar("T", bound="CostPriceAndMargin")


@_attrs_define
class CostPriceAndMargin:
    """Prix de revient et marge de l'article.

    Attributes:
        cost_price_vat_excluded (Decimal | Unset): Prix de revient HT de l'article.
        margin_amount (Decimal | Unset): Montant de la marge de l'article.
        margin_rate (Decimal | Unset): Taux de la marge de l'article en pourcentage.
    """

    cost_price_vat_excluded: Decimal | None | Unset = UNSET
    margin_amount: Decimal | None | Unset = UNSET
    margin_rate: Decimal | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.cost_price_vat_excluded
        if value is not UNSET:
            field_dict["costPriceVatExcluded"] = dump(
                value, "CostPriceAndMargin.cost_price_vat_excluded", "number", False
            )
        value = self.margin_amount
        if value is not UNSET:
            field_dict["marginAmount"] = dump(value, "CostPriceAndMargin.margin_amount", "number", False)
        value = self.margin_rate
        if value is not UNSET:
            field_dict["marginRate"] = dump(value, "CostPriceAndMargin.margin_rate", "number", False)
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
        cost_price_vat_excluded = get("costPriceVatExcluded", UNSET)
        if cost_price_vat_excluded.__class__ is not Decimal:
            cost_price_vat_excluded = read_decimal(cost_price_vat_excluded, _path, "costPriceVatExcluded")
        margin_amount = get("marginAmount", UNSET)
        if margin_amount.__class__ is not Decimal:
            margin_amount = read_decimal(margin_amount, _path, "marginAmount")
        margin_rate = get("marginRate", UNSET)
        if margin_rate.__class__ is not Decimal:
            margin_rate = read_decimal(margin_rate, _path, "marginRate")
        cost_price_and_margin = object.__new__(cls)
        cost_price_and_margin.cost_price_vat_excluded = cost_price_vat_excluded
        cost_price_and_margin.margin_amount = margin_amount
        cost_price_and_margin.margin_rate = margin_rate
        cost_price_and_margin.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            cost_price_and_margin.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return cost_price_and_margin

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (CostPriceAndMargin)", value)

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
        "costPriceVatExcluded",
        "marginAmount",
        "marginRate",
    }
)
