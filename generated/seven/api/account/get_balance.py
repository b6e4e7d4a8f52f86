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
) -> Any | Balance | int | Decimal | None:
    if response.status_code == 200:
        content_type = response.headers.get("content-type", "").partition(";")[0].strip().lower()
        if content_type == "text/plain":
            return to_decimal(response.text.strip())

        def _parse_response_200(data: object) -> Balance | int:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = Balance.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Balance | int, data)

        response_200 = _parse_response_200(json_loads(response.content))

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
) -> Response[Any | Balance | int | Decimal]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Balance | int | Decimal]:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Balance | int | Decimal]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> Any | Balance | int | Decimal | None:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Balance | int | Decimal
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | Balance | int | Decimal]:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Balance | int | Decimal]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> Any | Balance | int | Decimal | None:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Balance | int | Decimal
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
