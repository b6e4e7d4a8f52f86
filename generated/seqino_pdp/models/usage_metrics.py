from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from comptoir.runtime.checks import dump, to_json
from comptoir.runtime.reading import (
    invalid,
    pointer,
    read_any,
    read_date,
    read_datetime,
    read_decimal,
    read_int,
    read_list,
    read_str,
    read_union,
)

from ..models.period import Period
from ..types import UNSET, Unset

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

    company_id: str | None | Unset = UNSET
    period: Period | str | None | Unset = UNSET
    start_date: datetime.date | None | Unset = UNSET
    end_date: datetime.date | None | Unset = UNSET
    total_api_calls: int | None | Unset = UNSET
    total_successful_calls: int | None | Unset = UNSET
    total_failed_calls: int | None | Unset = UNSET
    success_rate: Decimal | None | Unset = UNSET
    endpoint_usage: list[EndpointUsage] | None | Unset = UNSET
    generated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.company_id
        if value is not UNSET:
            field_dict["company_id"] = dump(value, "UsageMetrics.company_id", "str", False)
        value = self.period
        if value is not UNSET:
            field_dict["period"] = to_json(value)
        value = self.start_date
        if value is not UNSET:
            field_dict["start_date"] = dump(value, "UsageMetrics.start_date", "date", False)
        value = self.end_date
        if value is not UNSET:
            field_dict["end_date"] = dump(value, "UsageMetrics.end_date", "date", False)
        value = self.total_api_calls
        if value is not UNSET:
            field_dict["total_api_calls"] = dump(value, "UsageMetrics.total_api_calls", "int", False)
        value = self.total_successful_calls
        if value is not UNSET:
            field_dict["total_successful_calls"] = dump(value, "UsageMetrics.total_successful_calls", "int", False)
        value = self.total_failed_calls
        if value is not UNSET:
            field_dict["total_failed_calls"] = dump(value, "UsageMetrics.total_failed_calls", "int", False)
        value = self.success_rate
        if value is not UNSET:
            field_dict["success_rate"] = dump(value, "UsageMetrics.success_rate", "number", False)
        value = self.endpoint_usage
        if value is not UNSET:
            field_dict["endpoint_usage"] = dump(value, "UsageMetrics.endpoint_usage", "list", False)
        value = self.generated_at
        if value is not UNSET:
            field_dict["generated_at"] = dump(value, "UsageMetrics.generated_at", "datetime", False)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object (a response body or part of one) at JSON pointer ``_path``.

        ``null`` reads as None; numeric strings, dates given as date-times and enum names are accepted;
        anything else that does not fit raises ``ResponseValidationError`` naming its path.
        """
        from ..models.endpoint_usage import EndpointUsage  # noqa: PLC0415

        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise invalid(_path, None, "an object", src_dict)
        get = src_dict.get
        company_id = get("company_id", UNSET)
        if company_id.__class__ is not str:
            company_id = read_str(company_id, _path, "company_id")
        period = get("period", UNSET)
        if period is not UNSET:
            period = read_union(
                period,
                _path,
                "period",
                (
                    Period._read,
                    read_str,
                ),
                "a Period or a string",
            )
        start_date = get("start_date", UNSET)
        if start_date is not UNSET:
            start_date = read_date(start_date, _path, "start_date")
        end_date = get("end_date", UNSET)
        if end_date is not UNSET:
            end_date = read_date(end_date, _path, "end_date")
        total_api_calls = get("total_api_calls", UNSET)
        if total_api_calls.__class__ is not int:
            total_api_calls = read_int(total_api_calls, _path, "total_api_calls")
        total_successful_calls = get("total_successful_calls", UNSET)
        if total_successful_calls.__class__ is not int:
            total_successful_calls = read_int(total_successful_calls, _path, "total_successful_calls")
        total_failed_calls = get("total_failed_calls", UNSET)
        if total_failed_calls.__class__ is not int:
            total_failed_calls = read_int(total_failed_calls, _path, "total_failed_calls")
        success_rate = get("success_rate", UNSET)
        if success_rate.__class__ is not Decimal:
            success_rate = read_decimal(success_rate, _path, "success_rate")
        endpoint_usage = get("endpoint_usage", UNSET)
        if endpoint_usage is not UNSET:
            endpoint_usage = read_list(endpoint_usage, _path, "endpoint_usage", EndpointUsage._read)
        generated_at = get("generated_at", UNSET)
        if generated_at is not UNSET:
            generated_at = read_datetime(generated_at, _path, "generated_at")
        usage_metrics = object.__new__(cls)
        usage_metrics.company_id = company_id
        usage_metrics.period = period
        usage_metrics.start_date = start_date
        usage_metrics.end_date = end_date
        usage_metrics.total_api_calls = total_api_calls
        usage_metrics.total_successful_calls = total_successful_calls
        usage_metrics.total_failed_calls = total_failed_calls
        usage_metrics.success_rate = success_rate
        usage_metrics.endpoint_usage = endpoint_usage
        usage_metrics.generated_at = generated_at
        usage_metrics.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            usage_metrics.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return usage_metrics

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (UsageMetrics)", value)

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
        "period",
        "start_date",
        "end_date",
        "total_api_calls",
        "total_successful_calls",
        "total_failed_calls",
        "success_rate",
        "endpoint_usage",
        "generated_at",
    }
)
