from decimal import Decimal
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.balance import Balance
from ...types import (
    Response,
    json_loads,
    to_decimal,
)


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/balance",
        "extensions": {"openapi_security": [["apiKey"]]},
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Balance | Decimal | None:
    if response.status_code == 200:
        content_type = response.headers.get("content-type", "").partition(";")[0].strip().lower()
        if content_type == "application/json":
            return Balance.from_dict(json_loads(response.content))
        response_200 = to_decimal(response.text.strip())
        return response_200

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | Balance | Decimal]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Balance | Decimal]:
    """Solde

     Interroge le solde actuel du compte. Aucun paramètre n'est requis. Le retour documenté est un
    simple texte : le solde sous forme de nombre décimal avec un point comme séparateur décimal.
    Le service répond aussi en JSON `{amount, currency}` quand on demande `application/json`;
    le client comptoir rend un nombre dans les deux cas.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Balance | Decimal]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> Any | Balance | Decimal | None:
    """Solde

     Interroge le solde actuel du compte. Aucun paramètre n'est requis. Le retour documenté est un
    simple texte : le solde sous forme de nombre décimal avec un point comme séparateur décimal.
    Le service répond aussi en JSON `{amount, currency}` quand on demande `application/json`;
    le client comptoir rend un nombre dans les deux cas.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Balance | Decimal
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Balance | Decimal]:
    """Solde

     Interroge le solde actuel du compte. Aucun paramètre n'est requis. Le retour documenté est un
    simple texte : le solde sous forme de nombre décimal avec un point comme séparateur décimal.
    Le service répond aussi en JSON `{amount, currency}` quand on demande `application/json`;
    le client comptoir rend un nombre dans les deux cas.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Balance | Decimal]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> Any | Balance | Decimal | None:
    """Solde

     Interroge le solde actuel du compte. Aucun paramètre n'est requis. Le retour documenté est un
    simple texte : le solde sous forme de nombre décimal avec un point comme séparateur décimal.
    Le service répond aussi en JSON `{amount, currency}` quand on demande `application/json`;
    le client comptoir rend un nombre dans les deux cas.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Balance | Decimal
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
