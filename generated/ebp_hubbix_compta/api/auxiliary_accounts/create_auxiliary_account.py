from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auxiliary_account_create import AuxiliaryAccountCreate
from ...models.auxiliary_account_created import AuxiliaryAccountCreated
from ...models.ebp_error import EbpError
from ...types import (
    Response,
    json_dumps,
    json_loads,
)


def _get_kwargs(
    *,
    body: AuxiliaryAccountCreate,
    tenantid: UUID,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    header_tenantid = str(tenantid)
    headers["tenantid"] = str(header_tenantid)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/auxiliary-accounts",
        "extensions": {"openapi_security": [["bearerAuth", "subscriptionKey"]]},
    }

    json_body = body.to_dict()
    _kwargs["content"] = json_dumps(json_body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuxiliaryAccountCreated | EbpError | None:
    if response.status_code == 201:
        response_201 = AuxiliaryAccountCreated.from_dict(json_loads(response.content))

        return response_201

    if response.status_code == 400:
        response_400 = EbpError.from_dict(json_loads(response.content))

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
) -> Response[AuxiliaryAccountCreated | EbpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AuxiliaryAccountCreate,
    tenantid: UUID,
) -> Response[AuxiliaryAccountCreated | EbpError]:
    """Ajouter un tiers

     Cette requête crée un compte de tiers. Le numéro du tiers créé est renvoyé.

    Args:
        tenantid (UUID):
        body (AuxiliaryAccountCreate): Création d'un compte de tiers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuxiliaryAccountCreated | EbpError]
    """

    kwargs = _get_kwargs(
        body=body,
        tenantid=tenantid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: AuxiliaryAccountCreate,
    tenantid: UUID,
) -> AuxiliaryAccountCreated | EbpError | None:
    """Ajouter un tiers

     Cette requête crée un compte de tiers. Le numéro du tiers créé est renvoyé.

    Args:
        tenantid (UUID):
        body (AuxiliaryAccountCreate): Création d'un compte de tiers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuxiliaryAccountCreated | EbpError
    """

    return sync_detailed(
        client=client,
        body=body,
        tenantid=tenantid,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AuxiliaryAccountCreate,
    tenantid: UUID,
) -> Response[AuxiliaryAccountCreated | EbpError]:
    """Ajouter un tiers

     Cette requête crée un compte de tiers. Le numéro du tiers créé est renvoyé.

    Args:
        tenantid (UUID):
        body (AuxiliaryAccountCreate): Création d'un compte de tiers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuxiliaryAccountCreated | EbpError]
    """

    kwargs = _get_kwargs(
        body=body,
        tenantid=tenantid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AuxiliaryAccountCreate,
    tenantid: UUID,
) -> AuxiliaryAccountCreated | EbpError | None:
    """Ajouter un tiers

     Cette requête crée un compte de tiers. Le numéro du tiers créé est renvoyé.

    Args:
        tenantid (UUID):
        body (AuxiliaryAccountCreate): Création d'un compte de tiers.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuxiliaryAccountCreated | EbpError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            tenantid=tenantid,
        )
    ).parsed
