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
from ...models.rate_limit_list import RateLimitList
from ...types import UNSET, Response, Unset, encode_query

OPERATION = "getUsageLimits"
_SUCCESS = frozenset([200])


def _get_kwargs(
    *,
    endpoint: str | Unset = UNSET,
) -> dict[str, Any]:
    endpoint = check_arg("getUsageLimits", "endpoint", endpoint, "str")
    headers: dict[str, Any] = {"Accept": "application/json"}

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

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ErrorDetail | HTTPValidationError | RateLimitList | None:
    """The documented value of a documented status (success or error model); None for any other status."""
    if response.status_code == 200:
        document = json_body(response)
        if document is None:
            raise invalid("", None, "a JSON value other than null", document)
        return cast("RateLimitList", RateLimitList._read(document, "", None))

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
    endpoint: str | Unset = UNSET,
) -> Response[ErrorDetail | HTTPValidationError | RateLimitList]:
    """Rate limits

     The company's rate limits and their current usage, optionally for one endpoint.

    Args:
        endpoint (str | Unset):

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[ErrorDetail | HTTPValidationError | RateLimitList]
    """

    kwargs = _get_kwargs(
        endpoint=endpoint,
    )
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


def sync(
    *,
    client: AuthenticatedClient | Client,
    endpoint: str | Unset = UNSET,
) -> RateLimitList:
    """Rate limits

     The company's rate limits and their current usage, optionally for one endpoint.

    Args:
        endpoint (str | Unset):

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        RateLimitList
    """

    kwargs = _get_kwargs(
        endpoint=endpoint,
    )
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: RateLimitList = success(response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS)
    return parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    endpoint: str | Unset = UNSET,
) -> Response[ErrorDetail | HTTPValidationError | RateLimitList]:
    """Rate limits

     The company's rate limits and their current usage, optionally for one endpoint.

    Args:
        endpoint (str | Unset):

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[ErrorDetail | HTTPValidationError | RateLimitList]
    """

    kwargs = _get_kwargs(
        endpoint=endpoint,
    )
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


async def asyncio(
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    endpoint: str | Unset = UNSET,
) -> RateLimitList:
    """Rate limits

     The company's rate limits and their current usage, optionally for one endpoint.

    Args:
        endpoint (str | Unset):

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        RateLimitList
    """

    kwargs = _get_kwargs(
        endpoint=endpoint,
    )
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: RateLimitList = success(response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS)
    return parsed
