from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, to_decimal

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

    company_id: str | Unset = UNSET
    current_month_calls: int | Unset = UNSET
    previous_month_calls: int | Unset = UNSET
    month_over_month_change: Decimal | Unset = UNSET
    most_used_endpoint: None | str | Unset = UNSET
    least_used_endpoint: None | str | Unset = UNSET
    peak_usage_day: datetime.date | None | Unset = UNSET
    peak_usage_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        current_month_calls = self.current_month_calls

        previous_month_calls = self.previous_month_calls

        month_over_month_change = self.month_over_month_change

        most_used_endpoint: None | str | Unset
        if isinstance(self.most_used_endpoint, Unset):
            most_used_endpoint = UNSET
        else:
            most_used_endpoint = self.most_used_endpoint

        least_used_endpoint: None | str | Unset
        if isinstance(self.least_used_endpoint, Unset):
            least_used_endpoint = UNSET
        else:
            least_used_endpoint = self.least_used_endpoint

        peak_usage_day: None | str | Unset
        if isinstance(self.peak_usage_day, Unset):
            peak_usage_day = UNSET
        elif isinstance(self.peak_usage_day, datetime.date):
            peak_usage_day = self.peak_usage_day.isoformat()
        else:
            peak_usage_day = self.peak_usage_day

        peak_usage_count = self.peak_usage_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if current_month_calls is not UNSET:
            field_dict["current_month_calls"] = current_month_calls
        if previous_month_calls is not UNSET:
            field_dict["previous_month_calls"] = previous_month_calls
        if month_over_month_change is not UNSET:
            field_dict["month_over_month_change"] = month_over_month_change
        if most_used_endpoint is not UNSET:
            field_dict["most_used_endpoint"] = most_used_endpoint
        if least_used_endpoint is not UNSET:
            field_dict["least_used_endpoint"] = least_used_endpoint
        if peak_usage_day is not UNSET:
            field_dict["peak_usage_day"] = peak_usage_day
        if peak_usage_count is not UNSET:
            field_dict["peak_usage_count"] = peak_usage_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        company_id = d.pop("company_id", UNSET)

        current_month_calls = d.pop("current_month_calls", UNSET)

        previous_month_calls = d.pop("previous_month_calls", UNSET)

        _month_over_month_change = d.pop("month_over_month_change", UNSET)
        month_over_month_change: Decimal | Unset
        if isinstance(_month_over_month_change, Unset):
            month_over_month_change = UNSET
        else:
            month_over_month_change = to_decimal(_month_over_month_change)

        def _parse_most_used_endpoint(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        most_used_endpoint = _parse_most_used_endpoint(d.pop("most_used_endpoint", UNSET))

        def _parse_least_used_endpoint(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        least_used_endpoint = _parse_least_used_endpoint(d.pop("least_used_endpoint", UNSET))

        def _parse_peak_usage_day(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                peak_usage_day_type_0 = datetime.date.fromisoformat(data)

                return peak_usage_day_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        peak_usage_day = _parse_peak_usage_day(d.pop("peak_usage_day", UNSET))

        peak_usage_count = d.pop("peak_usage_count", UNSET)

        usage_summary = cls(
            company_id=company_id,
            current_month_calls=current_month_calls,
            previous_month_calls=previous_month_calls,
            month_over_month_change=month_over_month_change,
            most_used_endpoint=most_used_endpoint,
            least_used_endpoint=least_used_endpoint,
            peak_usage_day=peak_usage_day,
            peak_usage_count=peak_usage_count,
        )

        usage_summary.additional_properties = d
        return usage_summary

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
