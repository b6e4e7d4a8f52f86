from typing import Any, cast

import httpx
from comptoir.runtime import asend, detailed, json_body, send, success
from comptoir.runtime.reading import (
    invalid,
)

from ... import API_NAME
from ...client import AsyncAuthenticatedClient, AuthenticatedClient
from ...models.client_statistics import ClientStatistics
from ...models.error_detail import ErrorDetail
from ...types import Response

OPERATION = "getClientStatistics"
_SUCCESS = frozenset([200])


def _get_kwargs() -> dict[str, Any]:
    headers: dict[str, Any] = {"Accept": "application/json"}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/usage/clients",
        "extensions": {"openapi_security": [["apiKey"]]},
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ClientStatistics | ErrorDetail | None:
    """The documented value of a documented status (success or error model); None for any other status."""
    if response.status_code == 200:
        document = json_body(response)
        if document is None:
            raise invalid("", None, "a JSON value other than null", document)
        return cast("ClientStatistics", ClientStatistics._read(document, "", None))

    if response.status_code == 401:
        document = json_body(response)
        if document is None:
            raise invalid("", None, "a JSON value other than null", document)
        return cast("ErrorDetail", ErrorDetail._read(document, "", None))

    return None


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ClientStatistics | ErrorDetail]:
    """Client statistics

     Number of clients.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[ClientStatistics | ErrorDetail]
    """

    kwargs = _get_kwargs()
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


def sync(
    *,
    client: AuthenticatedClient,
) -> ClientStatistics:
    """Client statistics

     Number of clients.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        ClientStatistics
    """

    kwargs = _get_kwargs()
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: ClientStatistics = success(
        response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS
    )
    return parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
) -> Response[ClientStatistics | ErrorDetail]:
    """Client statistics

     Number of clients.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[ClientStatistics | ErrorDetail]
    """

    kwargs = _get_kwargs()
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


async def asyncio(
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
) -> ClientStatistics:
    """Client statistics

     Number of clients.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        ClientStatistics
    """

    kwargs = _get_kwargs()
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: ClientStatistics = success(
        response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS
    )
    return parsed
