from typing import Any, cast

import httpx
from comptoir.runtime import asend, detailed, json_body, send, success
from comptoir.runtime.reading import (
    invalid,
)

from ... import API_NAME
from ...client import AsyncAuthenticatedClient, AsyncClient, AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.http_validation_error import HTTPValidationError
from ...models.usage_summary import UsageSummary
from ...types import Response

OPERATION = "getUsageSummary"
_SUCCESS = frozenset([200])


def _get_kwargs() -> dict[str, Any]:
    headers: dict[str, Any] = {"Accept": "application/json"}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/usage/summary",
        "extensions": {"openapi_security": [["apiKey", "clientId"]]},
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ErrorDetail | HTTPValidationError | UsageSummary | None:
    """The documented value of a documented status (success or error model); None for any other status."""
    if response.status_code == 200:
        document = json_body(response)
        if document is None:
            raise invalid("", None, "a JSON value other than null", document)
        return cast("UsageSummary", UsageSummary._read(document, "", None))

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
) -> Response[ErrorDetail | HTTPValidationError | UsageSummary]:
    """Usage summary

     This month's and last month's call counts, the most and least used endpoints and the peak day.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[ErrorDetail | HTTPValidationError | UsageSummary]
    """

    kwargs = _get_kwargs()
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> UsageSummary:
    """Usage summary

     This month's and last month's call counts, the most and least used endpoints and the peak day.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        UsageSummary
    """

    kwargs = _get_kwargs()
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: UsageSummary = success(response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS)
    return parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
) -> Response[ErrorDetail | HTTPValidationError | UsageSummary]:
    """Usage summary

     This month's and last month's call counts, the most and least used endpoints and the peak day.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[ErrorDetail | HTTPValidationError | UsageSummary]
    """

    kwargs = _get_kwargs()
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


async def asyncio(
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
) -> UsageSummary:
    """Usage summary

     This month's and last month's call counts, the most and least used endpoints and the peak day.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        UsageSummary
    """

    kwargs = _get_kwargs()
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: UsageSummary = success(response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS)
    return parsed
