from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.period import Period
from ..types import to_decimal

if TYPE_CHECKING:
    from ..models.endpoint_usage import EndpointUsage


T = TypeVar("T", bound="UsageMetrics")


@_attrs_define
class UsageMetrics:
    """
    Attributes:
        company_id (str):
        period (Period): Aggregation period.
        start_date (datetime.date):
        end_date (datetime.date):
        total_api_calls (int):
        total_successful_calls (int):
        total_failed_calls (int):
        success_rate (Decimal): Share of successful calls, in percent.
        endpoint_usage (list[EndpointUsage]):
        generated_at (datetime.datetime):
    """

    company_id: str
    period: Period
    start_date: datetime.date
    end_date: datetime.date
    total_api_calls: int
    total_successful_calls: int
    total_failed_calls: int
    success_rate: Decimal
    endpoint_usage: list[EndpointUsage]
    generated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        period = self.period.value

        start_date = self.start_date.isoformat()

        end_date = self.end_date.isoformat()

        total_api_calls = self.total_api_calls

        total_successful_calls = self.total_successful_calls

        total_failed_calls = self.total_failed_calls

        success_rate = self.success_rate

        endpoint_usage = []
        for endpoint_usage_item_data in self.endpoint_usage:
            endpoint_usage_item = endpoint_usage_item_data.to_dict()
            endpoint_usage.append(endpoint_usage_item)

        generated_at = self.generated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "company_id": company_id,
                "period": period,
                "start_date": start_date,
                "end_date": end_date,
                "total_api_calls": total_api_calls,
                "total_successful_calls": total_successful_calls,
                "total_failed_calls": total_failed_calls,
                "success_rate": success_rate,
                "endpoint_usage": endpoint_usage,
                "generated_at": generated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.endpoint_usage import EndpointUsage  # noqa: PLC0415

        d = dict(src_dict)
        company_id = d.pop("company_id")

        period = Period(d.pop("period"))

        start_date = datetime.date.fromisoformat(d.pop("start_date"))

        end_date = datetime.date.fromisoformat(d.pop("end_date"))

        total_api_calls = d.pop("total_api_calls")

        total_successful_calls = d.pop("total_successful_calls")

        total_failed_calls = d.pop("total_failed_calls")

        success_rate = to_decimal(d.pop("success_rate"))

        endpoint_usage = []
        _endpoint_usage = d.pop("endpoint_usage")
        for endpoint_usage_item_data in _endpoint_usage:
            endpoint_usage_item = EndpointUsage.from_dict(endpoint_usage_item_data)

            endpoint_usage.append(endpoint_usage_item)

        generated_at = datetime.datetime.fromisoformat(d.pop("generated_at"))

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
