from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.http_validation_error import HTTPValidationError
from ...models.rate_limit_list import RateLimitList
from ...types import (
    UNSET,
    Response,
    Unset,
    encode_query,
    json_loads,
)


def _get_kwargs(
    *,
    endpoint: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["endpoint"] = endpoint

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/usage/limits",
        "extensions": {"openapi_security": [["apiKey", "clientId"]]},
    }

    query = encode_query(params)
    if query:
        _kwargs["url"] += "?" + query

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | HTTPValidationError | RateLimitList | None:
    if response.status_code == 200:
        response_200 = RateLimitList.from_dict(json_loads(response.content))

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
) -> Response[ErrorDetail | HTTPValidationError | RateLimitList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    endpoint: str | Unset = UNSET,
) -> Response[ErrorDetail | HTTPValidationError | RateLimitList]:
    """Rate limits

     The company's rate limits and their current usage, optionally for one endpoint.

    Args:
        endpoint (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | HTTPValidationError | RateLimitList]
    """

    kwargs = _get_kwargs(
        endpoint=endpoint,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    endpoint: str | Unset = UNSET,
) -> ErrorDetail | HTTPValidationError | RateLimitList | None:
    """Rate limits

     The company's rate limits and their current usage, optionally for one endpoint.

    Args:
        endpoint (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | HTTPValidationError | RateLimitList
    """

    return sync_detailed(
        client=client,
        endpoint=endpoint,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    endpoint: str | Unset = UNSET,
) -> Response[ErrorDetail | HTTPValidationError | RateLimitList]:
    """Rate limits

     The company's rate limits and their current usage, optionally for one endpoint.

    Args:
        endpoint (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | HTTPValidationError | RateLimitList]
    """

    kwargs = _get_kwargs(
        endpoint=endpoint,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    endpoint: str | Unset = UNSET,
) -> ErrorDetail | HTTPValidationError | RateLimitList | None:
    """Rate limits

     The company's rate limits and their current usage, optionally for one endpoint.

    Args:
        endpoint (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | HTTPValidationError | RateLimitList
    """

    return (
        await asyncio_detailed(
            client=client,
            endpoint=endpoint,
        )
    ).parsed
