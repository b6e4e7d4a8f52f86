import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.http_validation_error import HTTPValidationError
from ...models.period import Period
from ...models.usage_metrics import UsageMetrics
from ...types import (
    UNSET,
    Response,
    Unset,
    encode_query,
    json_loads,
)


def _get_kwargs(
    *,
    period: Period | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
) -> dict[str, Any]:

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

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | HTTPValidationError | UsageMetrics | None:
    if response.status_code == 200:
        response_200 = UsageMetrics.from_dict(json_loads(response.content))

        return response_200

    if response.status_code == 401:
        response_401 = ErrorDetail.from_dict(json_loads(response.content))

        return response_401

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(json_loads(response.content))

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorDetail | HTTPValidationError | UsageMetrics]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | HTTPValidationError | UsageMetrics]
    """

    kwargs = _get_kwargs(
        period=period,
        start_date=start_date,
        end_date=end_date,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    period: Period | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
) -> ErrorDetail | HTTPValidationError | UsageMetrics | None:
    """Usage metrics

     API call counts and success rate of the company for a period, per endpoint.

    Args:
        period (Period | Unset): Aggregation period.
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | HTTPValidationError | UsageMetrics
    """

    return sync_detailed(
        client=client,
        period=period,
        start_date=start_date,
        end_date=end_date,
    ).parsed


async def asyncio_detailed(
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | HTTPValidationError | UsageMetrics]
    """

    kwargs = _get_kwargs(
        period=period,
        start_date=start_date,
        end_date=end_date,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    period: Period | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
) -> ErrorDetail | HTTPValidationError | UsageMetrics | None:
    """Usage metrics

     API call counts and success rate of the company for a period, per endpoint.

    Args:
        period (Period | Unset): Aggregation period.
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | HTTPValidationError | UsageMetrics
    """

    return (
        await asyncio_detailed(
            client=client,
            period=period,
            start_date=start_date,
            end_date=end_date,
        )
    ).parsed
