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
from ...models.rate_limit import RateLimit
from ...types import Response, json_dumps

OPERATION = "setUsageLimit"
_SUCCESS = frozenset([200])


def _get_kwargs(
    *,
    body: RateLimit,
) -> dict[str, Any]:
    body = check_arg("setUsageLimit", "body", body, "model", required=True, model=RateLimit)
    headers: dict[str, Any] = {"Accept": "application/json"}

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


def _parse_response(response: httpx.Response) -> ErrorDetail | HTTPValidationError | RateLimit | None:
    """The documented value of a documented status (success or error model); None for any other status."""
    if response.status_code == 200:
        document = json_body(response)
        if document is None:
            raise invalid("", None, "a JSON value other than null", document)
        return cast("RateLimit", RateLimit._read(document, "", None))

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
    body: RateLimit,
) -> Response[ErrorDetail | HTTPValidationError | RateLimit]:
    """Create or update a rate limit

     Sets the rate limits of one endpoint and method for the company.

    Args:
        body (RateLimit):

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[ErrorDetail | HTTPValidationError | RateLimit]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: RateLimit,
) -> RateLimit:
    """Create or update a rate limit

     Sets the rate limits of one endpoint and method for the company.

    Args:
        body (RateLimit):

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        RateLimit
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: RateLimit = success(response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS)
    return parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    body: RateLimit,
) -> Response[ErrorDetail | HTTPValidationError | RateLimit]:
    """Create or update a rate limit

     Sets the rate limits of one endpoint and method for the company.

    Args:
        body (RateLimit):

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[ErrorDetail | HTTPValidationError | RateLimit]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


async def asyncio(
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    body: RateLimit,
) -> RateLimit:
    """Create or update a rate limit

     Sets the rate limits of one endpoint and method for the company.

    Args:
        body (RateLimit):

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        RateLimit
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: RateLimit = success(response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS)
    return parsed
