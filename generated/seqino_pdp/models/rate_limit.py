from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RateLimit")


@_attrs_define
class RateLimit:
    """
    Attributes:
        company_id (str):
        endpoint (str):
        method (str): HTTP method the limit applies to.
        limit_per_minute (int | Unset): Rate limit per minute
        limit_per_hour (int | Unset): Rate limit per hour
        limit_per_day (int | Unset): Rate limit per day
        limit_per_month (int | Unset): Rate limit per month
        current_usage_minute (int | Unset): Current usage in the current minute Default: 0.
        current_usage_hour (int | Unset): Current usage in the current hour Default: 0.
        current_usage_day (int | Unset): Current usage in the current day Default: 0.
        current_usage_month (int | Unset): Current usage in the current month Default: 0.
    """

    company_id: str
    endpoint: str
    method: str
    limit_per_minute: int | Unset = UNSET
    limit_per_hour: int | Unset = UNSET
    limit_per_day: int | Unset = UNSET
    limit_per_month: int | Unset = UNSET
    current_usage_minute: int | Unset = 0
    current_usage_hour: int | Unset = 0
    current_usage_day: int | Unset = 0
    current_usage_month: int | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        endpoint = self.endpoint

        method = self.method

        limit_per_minute = self.limit_per_minute

        limit_per_hour = self.limit_per_hour

        limit_per_day = self.limit_per_day

        limit_per_month = self.limit_per_month

        current_usage_minute = self.current_usage_minute

        current_usage_hour = self.current_usage_hour

        current_usage_day = self.current_usage_day

        current_usage_month = self.current_usage_month

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "company_id": company_id,
                "endpoint": endpoint,
                "method": method,
            }
        )
        if limit_per_minute is not UNSET:
            field_dict["limit_per_minute"] = limit_per_minute
        if limit_per_hour is not UNSET:
            field_dict["limit_per_hour"] = limit_per_hour
        if limit_per_day is not UNSET:
            field_dict["limit_per_day"] = limit_per_day
        if limit_per_month is not UNSET:
            field_dict["limit_per_month"] = limit_per_month
        if current_usage_minute is not UNSET:
            field_dict["current_usage_minute"] = current_usage_minute
        if current_usage_hour is not UNSET:
            field_dict["current_usage_hour"] = current_usage_hour
        if current_usage_day is not UNSET:
            field_dict["current_usage_day"] = current_usage_day
        if current_usage_month is not UNSET:
            field_dict["current_usage_month"] = current_usage_month

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        company_id = d.pop("company_id")

        endpoint = d.pop("endpoint")

        method = d.pop("method")

        limit_per_minute = d.pop("limit_per_minute", UNSET)

        limit_per_hour = d.pop("limit_per_hour", UNSET)

        limit_per_day = d.pop("limit_per_day", UNSET)

        limit_per_month = d.pop("limit_per_month", UNSET)

        current_usage_minute = d.pop("current_usage_minute", UNSET)

        current_usage_hour = d.pop("current_usage_hour", UNSET)

        current_usage_day = d.pop("current_usage_day", UNSET)

        current_usage_month = d.pop("current_usage_month", UNSET)

        rate_limit = cls(
            company_id=company_id,
            endpoint=endpoint,
            method=method,
            limit_per_minute=limit_per_minute,
            limit_per_hour=limit_per_hour,
            limit_per_day=limit_per_day,
            limit_per_month=limit_per_month,
            current_usage_minute=current_usage_minute,
            current_usage_hour=current_usage_hour,
            current_usage_day=current_usage_day,
            current_usage_month=current_usage_month,
        )

        rate_limit.additional_properties = d
        return rate_limit

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
