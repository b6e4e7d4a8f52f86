from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.http_validation_error import HTTPValidationError
from ...models.rate_limit import RateLimit
from ...types import (
    Response,
    json_dumps,
    json_loads,
)


def _get_kwargs(
    *,
    body: RateLimit,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/usage/limits",
        "extensions": {"openapi_security": [["apiKey", "clientId"]]},
    }

    json_body = body.to_dict()
    _kwargs["content"] = json_dumps(json_body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | HTTPValidationError | RateLimit | None:
    if response.status_code == 200:
        response_200 = RateLimit.from_dict(json_loads(response.content))

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
) -> Response[ErrorDetail | HTTPValidationError | RateLimit]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RateLimit,
) -> Response[ErrorDetail | HTTPValidationError | RateLimit]:
    """Create or update a rate limit

     Sets the rate limits of one endpoint and method for the company.

    Args:
        body (RateLimit):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | HTTPValidationError | RateLimit]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: RateLimit,
) -> ErrorDetail | HTTPValidationError | RateLimit | None:
    """Create or update a rate limit

     Sets the rate limits of one endpoint and method for the company.

    Args:
        body (RateLimit):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | HTTPValidationError | RateLimit
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RateLimit,
) -> Response[ErrorDetail | HTTPValidationError | RateLimit]:
    """Create or update a rate limit

     Sets the rate limits of one endpoint and method for the company.

    Args:
        body (RateLimit):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | HTTPValidationError | RateLimit]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RateLimit,
) -> ErrorDetail | HTTPValidationError | RateLimit | None:
    """Create or update a rate limit

     Sets the rate limits of one endpoint and method for the company.

    Args:
        body (RateLimit):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | HTTPValidationError | RateLimit
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
