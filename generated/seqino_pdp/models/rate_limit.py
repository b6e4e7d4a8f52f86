from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from comptoir.errors import ArgumentTypeError
from comptoir.runtime.checks import dump, to_json
from comptoir.runtime.reading import (
    invalid,
    missing,
    pointer,
    read_any,
    read_int,
    read_str,
)

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

    company_id: str | None
    endpoint: str | None
    method: str | None
    limit_per_minute: int | None | Unset = UNSET
    limit_per_hour: int | None | Unset = UNSET
    limit_per_day: int | None | Unset = UNSET
    limit_per_month: int | None | Unset = UNSET
    current_usage_minute: int | None | Unset = 0
    current_usage_hour: int | None | Unset = 0
    current_usage_day: int | None | Unset = 0
    current_usage_month: int | None | Unset = 0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.company_id
        if value is UNSET:
            raise ArgumentTypeError("is required", parameter="RateLimit.company_id")
        field_dict["company_id"] = dump(value, "RateLimit.company_id", "str", False)
        value = self.endpoint
        if value is UNSET:
            raise ArgumentTypeError("is required", parameter="RateLimit.endpoint")
        field_dict["endpoint"] = dump(value, "RateLimit.endpoint", "str", False)
        value = self.method
        if value is UNSET:
            raise ArgumentTypeError("is required", parameter="RateLimit.method")
        field_dict["method"] = dump(value, "RateLimit.method", "str", False)
        value = self.limit_per_minute
        if value is not UNSET:
            field_dict["limit_per_minute"] = dump(value, "RateLimit.limit_per_minute", "int", False)
        value = self.limit_per_hour
        if value is not UNSET:
            field_dict["limit_per_hour"] = dump(value, "RateLimit.limit_per_hour", "int", False)
        value = self.limit_per_day
        if value is not UNSET:
            field_dict["limit_per_day"] = dump(value, "RateLimit.limit_per_day", "int", False)
        value = self.limit_per_month
        if value is not UNSET:
            field_dict["limit_per_month"] = dump(value, "RateLimit.limit_per_month", "int", False)
        value = self.current_usage_minute
        if value is not UNSET:
            field_dict["current_usage_minute"] = dump(value, "RateLimit.current_usage_minute", "int", False)
        value = self.current_usage_hour
        if value is not UNSET:
            field_dict["current_usage_hour"] = dump(value, "RateLimit.current_usage_hour", "int", False)
        value = self.current_usage_day
        if value is not UNSET:
            field_dict["current_usage_day"] = dump(value, "RateLimit.current_usage_day", "int", False)
        value = self.current_usage_month
        if value is not UNSET:
            field_dict["current_usage_month"] = dump(value, "RateLimit.current_usage_month", "int", False)
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
        if company_id is UNSET:
            raise missing(_path, "company_id", "a string")
        if company_id.__class__ is not str:
            company_id = read_str(company_id, _path, "company_id")
        endpoint = get("endpoint", UNSET)
        if endpoint is UNSET:
            raise missing(_path, "endpoint", "a string")
        if endpoint.__class__ is not str:
            endpoint = read_str(endpoint, _path, "endpoint")
        method = get("method", UNSET)
        if method is UNSET:
            raise missing(_path, "method", "a string")
        if method.__class__ is not str:
            method = read_str(method, _path, "method")
        limit_per_minute = get("limit_per_minute", UNSET)
        if limit_per_minute.__class__ is not int:
            limit_per_minute = read_int(limit_per_minute, _path, "limit_per_minute")
        limit_per_hour = get("limit_per_hour", UNSET)
        if limit_per_hour.__class__ is not int:
            limit_per_hour = read_int(limit_per_hour, _path, "limit_per_hour")
        limit_per_day = get("limit_per_day", UNSET)
        if limit_per_day.__class__ is not int:
            limit_per_day = read_int(limit_per_day, _path, "limit_per_day")
        limit_per_month = get("limit_per_month", UNSET)
        if limit_per_month.__class__ is not int:
            limit_per_month = read_int(limit_per_month, _path, "limit_per_month")
        current_usage_minute = get("current_usage_minute", UNSET)
        if current_usage_minute.__class__ is not int:
            current_usage_minute = read_int(current_usage_minute, _path, "current_usage_minute")
        current_usage_hour = get("current_usage_hour", UNSET)
        if current_usage_hour.__class__ is not int:
            current_usage_hour = read_int(current_usage_hour, _path, "current_usage_hour")
        current_usage_day = get("current_usage_day", UNSET)
        if current_usage_day.__class__ is not int:
            current_usage_day = read_int(current_usage_day, _path, "current_usage_day")
        current_usage_month = get("current_usage_month", UNSET)
        if current_usage_month.__class__ is not int:
            current_usage_month = read_int(current_usage_month, _path, "current_usage_month")
        rate_limit = object.__new__(cls)
        rate_limit.company_id = company_id
        rate_limit.endpoint = endpoint
        rate_limit.method = method
        rate_limit.limit_per_minute = limit_per_minute
        rate_limit.limit_per_hour = limit_per_hour
        rate_limit.limit_per_day = limit_per_day
        rate_limit.limit_per_month = limit_per_month
        rate_limit.current_usage_minute = current_usage_minute
        rate_limit.current_usage_hour = current_usage_hour
        rate_limit.current_usage_day = current_usage_day
        rate_limit.current_usage_month = current_usage_month
        rate_limit.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            rate_limit.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return rate_limit

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (RateLimit)", value)

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
        "endpoint",
        "method",
        "limit_per_minute",
        "limit_per_hour",
        "limit_per_day",
        "limit_per_month",
        "current_usage_minute",
        "current_usage_hour",
        "current_usage_day",
        "current_usage_month",
    }
)
