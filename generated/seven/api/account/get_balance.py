from decimal import Decimal
from typing import Any, cast

import httpx
from comptoir.runtime import asend, detailed, json_body, send, success
from comptoir.runtime.reading import (
    invalid,
    read_int,
    read_union,
)

from ... import API_NAME
from ...client import AsyncAuthenticatedClient, AsyncClient, AuthenticatedClient, Client
from ...models.balance import Balance
from ...types import Response, to_decimal

OPERATION = "getBalance"
_SUCCESS = frozenset([200])


def _get_kwargs() -> dict[str, Any]:
    headers: dict[str, Any] = {"Accept": "application/json, text/plain"}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/balance",
        "extensions": {"openapi_security": [["apiKey"]]},
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Balance | int | Decimal | None:
    """The documented value of a documented status (success or error model); None for any other status."""
    if response.status_code == 200:
        content_type = response.headers.get("content-type", "").partition(";")[0].strip().lower()
        if content_type == "text/plain":
            return to_decimal(response.text.strip())
        document = json_body(response)
        if document is None:
            raise invalid("", None, "a JSON value other than null", document)
        return cast(
            "Balance | int",
            read_union(
                document,
                "",
                None,
                (
                    Balance._read,
                    read_int,
                ),
                "a Balance or an integer",
            ),
        )

    if response.status_code == 401:
        return None

    return None


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Balance | int | Decimal | None]:
    """Solde

     Interroge le solde actuel du compte. Aucun paramètre n'est requis. Le retour documenté est un
    simple texte : le solde sous forme de nombre décimal avec un point comme séparateur décimal.
    Le service répond aussi en JSON `{amount, currency}` quand on demande `application/json`
    (seven.io's published OpenAPI description and SDKs); the JSON form is declared first, so
    a client asks for it first and still reads the documented text. The gateway has also been
    known to answer some errors as HTTP 200 with a bare numeric code in the body (900 invalid
    API key, 902 API deactivated, 903 IP not allowed): as JSON, a bare number is such a code,
    never a balance (`comptoir.seven.balance()` raises `GatewayError`); as text, `900` cannot
    be told apart from a balance of 900.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[Balance | int | Decimal | None]
    """

    kwargs = _get_kwargs()
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> Balance | int | Decimal:
    """Solde

     Interroge le solde actuel du compte. Aucun paramètre n'est requis. Le retour documenté est un
    simple texte : le solde sous forme de nombre décimal avec un point comme séparateur décimal.
    Le service répond aussi en JSON `{amount, currency}` quand on demande `application/json`
    (seven.io's published OpenAPI description and SDKs); the JSON form is declared first, so
    a client asks for it first and still reads the documented text. The gateway has also been
    known to answer some errors as HTTP 200 with a bare numeric code in the body (900 invalid
    API key, 902 API deactivated, 903 IP not allowed): as JSON, a bare number is such a code,
    never a balance (`comptoir.seven.balance()` raises `GatewayError`); as text, `900` cannot
    be told apart from a balance of 900.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        Balance | int | Decimal
    """

    kwargs = _get_kwargs()
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: Balance | int | Decimal = success(
        response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS
    )
    return parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
) -> Response[Balance | int | Decimal | None]:
    """Solde

     Interroge le solde actuel du compte. Aucun paramètre n'est requis. Le retour documenté est un
    simple texte : le solde sous forme de nombre décimal avec un point comme séparateur décimal.
    Le service répond aussi en JSON `{amount, currency}` quand on demande `application/json`
    (seven.io's published OpenAPI description and SDKs); the JSON form is declared first, so
    a client asks for it first and still reads the documented text. The gateway has also been
    known to answer some errors as HTTP 200 with a bare numeric code in the body (900 invalid
    API key, 902 API deactivated, 903 IP not allowed): as JSON, a bare number is such a code,
    never a balance (`comptoir.seven.balance()` raises `GatewayError`); as text, `900` cannot
    be told apart from a balance of 900.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[Balance | int | Decimal | None]
    """

    kwargs = _get_kwargs()
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


async def asyncio(
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
) -> Balance | int | Decimal:
    """Solde

     Interroge le solde actuel du compte. Aucun paramètre n'est requis. Le retour documenté est un
    simple texte : le solde sous forme de nombre décimal avec un point comme séparateur décimal.
    Le service répond aussi en JSON `{amount, currency}` quand on demande `application/json`
    (seven.io's published OpenAPI description and SDKs); the JSON form is declared first, so
    a client asks for it first and still reads the documented text. The gateway has also been
    known to answer some errors as HTTP 200 with a bare numeric code in the body (900 invalid
    API key, 902 API deactivated, 903 IP not allowed): as JSON, a bare number is such a code,
    never a balance (`comptoir.seven.balance()` raises `GatewayError`); as text, `900` cannot
    be told apart from a balance of 900.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        Balance | int | Decimal
    """

    kwargs = _get_kwargs()
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: Balance | int | Decimal = success(
        response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS
    )
    return parsed
