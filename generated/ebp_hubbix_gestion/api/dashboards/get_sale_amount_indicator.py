from decimal import Decimal
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ebp_error import EbpError
from ...models.gestion_error import GestionError
from ...types import (
    Response,
    Unset,
    json_loads,
    to_decimal,
)


def _get_kwargs(
    *,
    domain_id: str,
    accept_language: str | Unset = "fr-FR",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["DomainId"] = domain_id

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/public/v1/dashboards/sale-amount-indicator",
        "extensions": {"openapi_security": [["bearerAuth", "subscriptionKey"]]},
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Decimal | EbpError | GestionError | None:
    if response.status_code == 200:
        content_type = response.headers.get("content-type", "").partition(";")[0].strip().lower()
        if content_type == "text/plain":
            return to_decimal(response.text.strip())
        response_200 = to_decimal(json_loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = GestionError.from_dict(json_loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = EbpError.from_dict(json_loads(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = EbpError.from_dict(json_loads(response.content))

        return response_403

    if response.status_code == 404:
        response_404 = EbpError.from_dict(json_loads(response.content))

        return response_404

    if response.status_code == 429:
        response_429 = EbpError.from_dict(json_loads(response.content))

        return response_429

    if response.status_code == 500:
        response_500 = EbpError.from_dict(json_loads(response.content))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Decimal | EbpError | GestionError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    domain_id: str,
    accept_language: str | Unset = "fr-FR",
) -> Response[Decimal | EbpError | GestionError]:
    """Obtenir l'indicateur du montant HT mensuel des ventes

     Récupère le montant total HT mensuel des ventes (retourné comme un nombre décimal nu). Cette
    API ne prend aucun paramètre ; si vous saisissez néanmoins des paramètres, ils seront ignorés.

    Args:
        domain_id (str):
        accept_language (str | Unset):  Default: 'fr-FR'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Decimal | EbpError | GestionError]
    """

    kwargs = _get_kwargs(
        domain_id=domain_id,
        accept_language=accept_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    domain_id: str,
    accept_language: str | Unset = "fr-FR",
) -> Decimal | EbpError | GestionError | None:
    """Obtenir l'indicateur du montant HT mensuel des ventes

     Récupère le montant total HT mensuel des ventes (retourné comme un nombre décimal nu). Cette
    API ne prend aucun paramètre ; si vous saisissez néanmoins des paramètres, ils seront ignorés.

    Args:
        domain_id (str):
        accept_language (str | Unset):  Default: 'fr-FR'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Decimal | EbpError | GestionError
    """

    return sync_detailed(
        client=client,
        domain_id=domain_id,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    domain_id: str,
    accept_language: str | Unset = "fr-FR",
) -> Response[Decimal | EbpError | GestionError]:
    """Obtenir l'indicateur du montant HT mensuel des ventes

     Récupère le montant total HT mensuel des ventes (retourné comme un nombre décimal nu). Cette
    API ne prend aucun paramètre ; si vous saisissez néanmoins des paramètres, ils seront ignorés.

    Args:
        domain_id (str):
        accept_language (str | Unset):  Default: 'fr-FR'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Decimal | EbpError | GestionError]
    """

    kwargs = _get_kwargs(
        domain_id=domain_id,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    domain_id: str,
    accept_language: str | Unset = "fr-FR",
) -> Decimal | EbpError | GestionError | None:
    """Obtenir l'indicateur du montant HT mensuel des ventes

     Récupère le montant total HT mensuel des ventes (retourné comme un nombre décimal nu). Cette
    API ne prend aucun paramètre ; si vous saisissez néanmoins des paramètres, ils seront ignorés.

    Args:
        domain_id (str):
        accept_language (str | Unset):  Default: 'fr-FR'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Decimal | EbpError | GestionError
    """

    return (
        await asyncio_detailed(
            client=client,
            domain_id=domain_id,
            accept_language=accept_language,
        )
    ).parsed
