from __future__ import annotations

import datetime
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
    read_date,
    read_decimal,
    read_int,
    read_str,
)

from ..types import UNSET, Unset

T = TypeVar("T", bound="UsageSummary")


@_attrs_define
class UsageSummary:
    """
    Attributes:
        company_id (str | Unset):
        current_month_calls (int | Unset):
        previous_month_calls (int | Unset):
        month_over_month_change (Decimal | Unset): Change from the previous month, in percent.
        most_used_endpoint (None | str | Unset): Most frequently used endpoint
        least_used_endpoint (None | str | Unset): Least frequently used endpoint
        peak_usage_day (datetime.date | None | Unset): Day with highest usage
        peak_usage_count (int | Unset):
    """

    company_id: str | None | Unset = UNSET
    current_month_calls: int | None | Unset = UNSET
    previous_month_calls: int | None | Unset = UNSET
    month_over_month_change: Decimal | None | Unset = UNSET
    most_used_endpoint: None | str | Unset = UNSET
    least_used_endpoint: None | str | Unset = UNSET
    peak_usage_day: datetime.date | None | Unset = UNSET
    peak_usage_count: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.company_id
        if value is not UNSET:
            field_dict["company_id"] = dump(value, "UsageSummary.company_id", "str", False)
        value = self.current_month_calls
        if value is not UNSET:
            field_dict["current_month_calls"] = dump(value, "UsageSummary.current_month_calls", "int", False)
        value = self.previous_month_calls
        if value is not UNSET:
            field_dict["previous_month_calls"] = dump(value, "UsageSummary.previous_month_calls", "int", False)
        value = self.month_over_month_change
        if value is not UNSET:
            field_dict["month_over_month_change"] = dump(value, "UsageSummary.month_over_month_change", "number", False)
        value = self.most_used_endpoint
        if value is not UNSET:
            field_dict["most_used_endpoint"] = to_json(value)
        value = self.least_used_endpoint
        if value is not UNSET:
            field_dict["least_used_endpoint"] = to_json(value)
        value = self.peak_usage_day
        if value is not UNSET:
            field_dict["peak_usage_day"] = to_json(value)
        value = self.peak_usage_count
        if value is not UNSET:
            field_dict["peak_usage_count"] = dump(value, "UsageSummary.peak_usage_count", "int", False)
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
        company_id = get("company_id", UNSET)
        if company_id.__class__ is not str:
            company_id = read_str(company_id, _path, "company_id")
        current_month_calls = get("current_month_calls", UNSET)
        if current_month_calls.__class__ is not int:
            current_month_calls = read_int(current_month_calls, _path, "current_month_calls")
        previous_month_calls = get("previous_month_calls", UNSET)
        if previous_month_calls.__class__ is not int:
            previous_month_calls = read_int(previous_month_calls, _path, "previous_month_calls")
        month_over_month_change = get("month_over_month_change", UNSET)
        if month_over_month_change.__class__ is not Decimal:
            month_over_month_change = read_decimal(month_over_month_change, _path, "month_over_month_change")
        most_used_endpoint = get("most_used_endpoint", UNSET)
        if most_used_endpoint.__class__ is not str:
            most_used_endpoint = read_str(most_used_endpoint, _path, "most_used_endpoint")
        least_used_endpoint = get("least_used_endpoint", UNSET)
        if least_used_endpoint.__class__ is not str:
            least_used_endpoint = read_str(least_used_endpoint, _path, "least_used_endpoint")
        peak_usage_day = get("peak_usage_day", UNSET)
        if peak_usage_day is not UNSET:
            peak_usage_day = read_date(peak_usage_day, _path, "peak_usage_day")
        peak_usage_count = get("peak_usage_count", UNSET)
        if peak_usage_count.__class__ is not int:
            peak_usage_count = read_int(peak_usage_count, _path, "peak_usage_count")
        usage_summary = object.__new__(cls)
        usage_summary.company_id = company_id
        usage_summary.current_month_calls = current_month_calls
        usage_summary.previous_month_calls = previous_month_calls
        usage_summary.month_over_month_change = month_over_month_change
        usage_summary.most_used_endpoint = most_used_endpoint
        usage_summary.least_used_endpoint = least_used_endpoint
        usage_summary.peak_usage_day = peak_usage_day
        usage_summary.peak_usage_count = peak_usage_count
        usage_summary.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            usage_summary.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return usage_summary

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (UsageSummary)", value)

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
        "company_id",
        "current_month_calls",
        "previous_month_calls",
        "month_over_month_change",
        "most_used_endpoint",
        "least_used_endpoint",
        "peak_usage_day",
        "peak_usage_count",
    }
)
