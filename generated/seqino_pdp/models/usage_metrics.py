from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.period import Period
from ..types import UNSET, Unset, to_decimal

if TYPE_CHECKING:
    from ..models.endpoint_usage import EndpointUsage


T = TypeVar("T", bound="UsageMetrics")


@_attrs_define
class UsageMetrics:
    """
    Attributes:
        company_id (str | Unset):
        period (Period | str | Unset): Aggregation period: a Period value, or any other string the server sends (an open
            enum in responses).
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        total_api_calls (int | Unset):
        total_successful_calls (int | Unset):
        total_failed_calls (int | Unset):
        success_rate (Decimal | Unset): Share of successful calls, in percent.
        endpoint_usage (list[EndpointUsage] | Unset):
        generated_at (datetime.datetime | Unset):
    """

    company_id: str | Unset = UNSET
    period: Period | str | Unset = UNSET
    start_date: datetime.date | Unset = UNSET
    end_date: datetime.date | Unset = UNSET
    total_api_calls: int | Unset = UNSET
    total_successful_calls: int | Unset = UNSET
    total_failed_calls: int | Unset = UNSET
    success_rate: Decimal | Unset = UNSET
    endpoint_usage: list[EndpointUsage] | Unset = UNSET
    generated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        period: str | Unset
        if isinstance(self.period, Unset):
            period = UNSET
        elif isinstance(self.period, Period):
            period = self.period.value
        else:
            period = self.period

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat()

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat()

        total_api_calls = self.total_api_calls

        total_successful_calls = self.total_successful_calls

        total_failed_calls = self.total_failed_calls

        success_rate = self.success_rate

        endpoint_usage: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.endpoint_usage, Unset):
            endpoint_usage = []
            for endpoint_usage_item_data in self.endpoint_usage:
                endpoint_usage_item = endpoint_usage_item_data.to_dict()
                endpoint_usage.append(endpoint_usage_item)

        generated_at: str | Unset = UNSET
        if not isinstance(self.generated_at, Unset):
            generated_at = self.generated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if period is not UNSET:
            field_dict["period"] = period
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if total_api_calls is not UNSET:
            field_dict["total_api_calls"] = total_api_calls
        if total_successful_calls is not UNSET:
            field_dict["total_successful_calls"] = total_successful_calls
        if total_failed_calls is not UNSET:
            field_dict["total_failed_calls"] = total_failed_calls
        if success_rate is not UNSET:
            field_dict["success_rate"] = success_rate
        if endpoint_usage is not UNSET:
            field_dict["endpoint_usage"] = endpoint_usage
        if generated_at is not UNSET:
            field_dict["generated_at"] = generated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.endpoint_usage import EndpointUsage  # noqa: PLC0415

        d = dict(src_dict)
        company_id = d.pop("company_id", UNSET)

        def _parse_period(data: object) -> Period | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                period_type_0 = Period(data)

                return period_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Period | str | Unset, data)

        period = _parse_period(d.pop("period", UNSET))

        _start_date = d.pop("start_date", UNSET)
        start_date: datetime.date | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = datetime.date.fromisoformat(_start_date)

        _end_date = d.pop("end_date", UNSET)
        end_date: datetime.date | Unset
        if isinstance(_end_date, Unset):
            end_date = UNSET
        else:
            end_date = datetime.date.fromisoformat(_end_date)

        total_api_calls = d.pop("total_api_calls", UNSET)

        total_successful_calls = d.pop("total_successful_calls", UNSET)

        total_failed_calls = d.pop("total_failed_calls", UNSET)

        _success_rate = d.pop("success_rate", UNSET)
        success_rate: Decimal | Unset
        if isinstance(_success_rate, Unset):
            success_rate = UNSET
        else:
            success_rate = to_decimal(_success_rate)

        _endpoint_usage = d.pop("endpoint_usage", UNSET)
        endpoint_usage: list[EndpointUsage] | Unset = UNSET
        if _endpoint_usage is not UNSET:
            endpoint_usage = []
            for endpoint_usage_item_data in _endpoint_usage:
                endpoint_usage_item = EndpointUsage.from_dict(endpoint_usage_item_data)

                endpoint_usage.append(endpoint_usage_item)

        _generated_at = d.pop("generated_at", UNSET)
        generated_at: datetime.datetime | Unset
        if isinstance(_generated_at, Unset):
            generated_at = UNSET
        else:
            generated_at = datetime.datetime.fromisoformat(_generated_at)

        usage_metrics = cls(
            company_id=company_id,
            period=period,
            start_date=start_date,
            end_date=end_date,
            total_api_calls=total_api_calls,
            total_successful_calls=total_successful_calls,
            total_failed_calls=total_failed_calls,
            success_rate=success_rate,
            endpoint_usage=endpoint_usage,
            generated_at=generated_at,
        )

        usage_metrics.additional_properties = d
        return usage_metrics

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
