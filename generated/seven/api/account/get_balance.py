from decimal import Decimal
from typing import Any, cast

import httpx
from comptoir.runtime import asend, detailed, json_body, send, success

from ... import API_NAME
from ...client import AuthenticatedClient, Client
from ...models.balance import Balance
from ...types import Response, to_decimal

OPERATION = "getBalance"
_SUCCESS = frozenset([200])


def _get_kwargs() -> dict[str, Any]:
    headers: dict[str, Any] = {"Accept": "text/plain, application/json"}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/balance",
        "extensions": {"openapi_security": [["apiKey"]]},
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Balance | Decimal | None:
    """The documented value of a documented status (success or error model); None for any other status."""
    if response.status_code == 200:
        content_type = response.headers.get("content-type", "").partition(";")[0].strip().lower()
        if content_type == "application/json":
            return cast(Balance, Balance._read(json_body(response), "", None))
        return to_decimal(response.text.strip())

    if response.status_code == 401:
        return None

    return None


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Balance | Decimal | None]:
    """Solde

     Interroge le solde actuel du compte. Aucun paramètre n'est requis. Le retour documenté est un
    simple texte : le solde sous forme de nombre décimal avec un point comme séparateur décimal.
    Le service répond aussi en JSON `{amount, currency}` quand on demande `application/json`;
    le client comptoir rend un nombre dans les deux cas.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[Balance | Decimal | None]
    """

    kwargs = _get_kwargs()
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> Balance | Decimal:
    """Solde

     Interroge le solde actuel du compte. Aucun paramètre n'est requis. Le retour documenté est un
    simple texte : le solde sous forme de nombre décimal avec un point comme séparateur décimal.
    Le service répond aussi en JSON `{amount, currency}` quand on demande `application/json`;
    le client comptoir rend un nombre dans les deux cas.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        Balance | Decimal
    """

    kwargs = _get_kwargs()
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: Balance | Decimal = success(
        response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS
    )
    return parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Balance | Decimal | None]:
    """Solde

     Interroge le solde actuel du compte. Aucun paramètre n'est requis. Le retour documenté est un
    simple texte : le solde sous forme de nombre décimal avec un point comme séparateur décimal.
    Le service répond aussi en JSON `{amount, currency}` quand on demande `application/json`;
    le client comptoir rend un nombre dans les deux cas.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[Balance | Decimal | None]
    """

    kwargs = _get_kwargs()
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> Balance | Decimal:
    """Solde

     Interroge le solde actuel du compte. Aucun paramètre n'est requis. Le retour documenté est un
    simple texte : le solde sous forme de nombre décimal avec un point comme séparateur décimal.
    Le service répond aussi en JSON `{amount, currency}` quand on demande `application/json`;
    le client comptoir rend un nombre dans les deux cas.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        Balance | Decimal
    """

    kwargs = _get_kwargs()
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: Balance | Decimal = success(
        response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS
    )
    return parsed
