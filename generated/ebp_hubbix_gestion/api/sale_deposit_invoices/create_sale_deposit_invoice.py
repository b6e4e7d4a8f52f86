from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ebp_error import EbpError
from ...models.gestion_error import GestionError
from ...models.sale_deposit_invoice_input import SaleDepositInvoiceInput
from ...types import (
    Response,
    Unset,
    json_dumps,
    json_loads,
)


def _get_kwargs(
    *,
    body: SaleDepositInvoiceInput,
    domain_id: str,
    accept_language: str | Unset = "fr-FR",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["DomainId"] = domain_id

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/public/v1/sale-deposit-invoices",
        "extensions": {"openapi_security": [["bearerAuth", "subscriptionKey"]]},
    }

    json_body = body.to_dict()
    _kwargs["content"] = json_dumps(json_body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EbpError | GestionError | int | None:
    if response.status_code == 200:
        response_200 = cast(int, json_loads(response.content))
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
) -> Response[EbpError | GestionError | int]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SaleDepositInvoiceInput,
    domain_id: str,
    accept_language: str | Unset = "fr-FR",
) -> Response[EbpError | GestionError | int]:
    """Créer une facture d'acompte

     Crée une facture d'acompte à partir d'un devis. Retourne l'identifiant de la facture
    d'acompte créée.

    Args:
        domain_id (str):
        accept_language (str | Unset):  Default: 'fr-FR'.
        body (SaleDepositInvoiceInput): Facture d'acompte à créer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EbpError | GestionError | int]
    """

    kwargs = _get_kwargs(
        body=body,
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
    body: SaleDepositInvoiceInput,
    domain_id: str,
    accept_language: str | Unset = "fr-FR",
) -> EbpError | GestionError | int | None:
    """Créer une facture d'acompte

     Crée une facture d'acompte à partir d'un devis. Retourne l'identifiant de la facture
    d'acompte créée.

    Args:
        domain_id (str):
        accept_language (str | Unset):  Default: 'fr-FR'.
        body (SaleDepositInvoiceInput): Facture d'acompte à créer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EbpError | GestionError | int
    """

    return sync_detailed(
        client=client,
        body=body,
        domain_id=domain_id,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SaleDepositInvoiceInput,
    domain_id: str,
    accept_language: str | Unset = "fr-FR",
) -> Response[EbpError | GestionError | int]:
    """Créer une facture d'acompte

     Crée une facture d'acompte à partir d'un devis. Retourne l'identifiant de la facture
    d'acompte créée.

    Args:
        domain_id (str):
        accept_language (str | Unset):  Default: 'fr-FR'.
        body (SaleDepositInvoiceInput): Facture d'acompte à créer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EbpError | GestionError | int]
    """

    kwargs = _get_kwargs(
        body=body,
        domain_id=domain_id,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SaleDepositInvoiceInput,
    domain_id: str,
    accept_language: str | Unset = "fr-FR",
) -> EbpError | GestionError | int | None:
    """Créer une facture d'acompte

     Crée une facture d'acompte à partir d'un devis. Retourne l'identifiant de la facture
    d'acompte créée.

    Args:
        domain_id (str):
        accept_language (str | Unset):  Default: 'fr-FR'.
        body (SaleDepositInvoiceInput): Facture d'acompte à créer.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EbpError | GestionError | int
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
        )
    ).parsed
