import datetime
from typing import Any, cast

import httpx
from comptoir.runtime import asend, check_arg, detailed, json_body, send, success
from comptoir.runtime.reading import (
    invalid,
)

from ... import API_NAME
from ...client import AsyncAuthenticatedClient, AsyncClient, AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.http_validation_error import HTTPValidationError
from ...models.period import Period
from ...models.usage_metrics import UsageMetrics
from ...types import UNSET, Response, Unset, encode_query

OPERATION = "getUsageMetrics"
_SUCCESS = frozenset([200])


def _get_kwargs(
    *,
    period: Period | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
) -> dict[str, Any]:
    period = check_arg("getUsageMetrics", "period", period, "enum", enum_cls=Period)
    start_date = check_arg("getUsageMetrics", "start_date", start_date, "date")
    end_date = check_arg("getUsageMetrics", "end_date", end_date, "date")
    headers: dict[str, Any] = {"Accept": "application/json"}

    params: dict[str, Any] = {}

    json_period: str | Unset = UNSET
    if not isinstance(period, Unset):
        json_period = period.value

    params["period"] = json_period

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/usage/metrics",
        "extensions": {"openapi_security": [["apiKey", "clientId"]]},
    }

    query = encode_query(params)
    if query:
        _kwargs["url"] += "?" + query

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ErrorDetail | HTTPValidationError | UsageMetrics | None:
    """The documented value of a documented status (success or error model); None for any other status."""
    if response.status_code == 200:
        document = json_body(response)
        if document is None:
            raise invalid("", None, "a JSON value other than null", document)
        return cast("UsageMetrics", UsageMetrics._read(document, "", None))

    if response.status_code == 401:
        document = json_body(response)
        if document is None:
            raise invalid("", None, "a JSON value other than null", document)
        return cast("ErrorDetail", ErrorDetail._read(document, "", None))

    if response.status_code == 422:
        document = json_body(response)
        if document is None:
            raise invalid("", None, "a JSON value other than null", document)
        return cast("HTTPValidationError", HTTPValidationError._read(document, "", None))

    return None


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    period: Period | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
) -> Response[ErrorDetail | HTTPValidationError | UsageMetrics]:
    """Usage metrics

     API call counts and success rate of the company for a period, per endpoint.

    Args:
        period (Period | Unset): Aggregation period.
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[ErrorDetail | HTTPValidationError | UsageMetrics]
    """

    kwargs = _get_kwargs(
        period=period,
        start_date=start_date,
        end_date=end_date,
    )
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


def sync(
    *,
    client: AuthenticatedClient | Client,
    period: Period | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
) -> UsageMetrics:
    """Usage metrics

     API call counts and success rate of the company for a period, per endpoint.

    Args:
        period (Period | Unset): Aggregation period.
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        UsageMetrics
    """

    kwargs = _get_kwargs(
        period=period,
        start_date=start_date,
        end_date=end_date,
    )
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: UsageMetrics = success(response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS)
    return parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    period: Period | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
) -> Response[ErrorDetail | HTTPValidationError | UsageMetrics]:
    """Usage metrics

     API call counts and success rate of the company for a period, per endpoint.

    Args:
        period (Period | Unset): Aggregation period.
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[ErrorDetail | HTTPValidationError | UsageMetrics]
    """

    kwargs = _get_kwargs(
        period=period,
        start_date=start_date,
        end_date=end_date,
    )
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


async def asyncio(
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    period: Period | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
) -> UsageMetrics:
    """Usage metrics

     API call counts and success rate of the company for a period, per endpoint.

    Args:
        period (Period | Unset): Aggregation period.
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        UsageMetrics
    """

    kwargs = _get_kwargs(
        period=period,
        start_date=start_date,
        end_date=end_date,
    )
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: UsageMetrics = success(response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS)
    return parsed
