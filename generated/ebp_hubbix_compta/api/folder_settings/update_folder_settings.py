from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ebp_error import EbpError
from ...models.folder_settings_update import FolderSettingsUpdate
from ...models.message_response import MessageResponse
from ...types import (
    Response,
    json_dumps,
    json_loads,
)


def _get_kwargs(
    *,
    body: FolderSettingsUpdate,
    tenantid: UUID,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    header_tenantid = str(tenantid)
    headers["tenantid"] = str(header_tenantid)

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/folder-settings",
        "extensions": {"openapi_security": [["bearerAuth", "subscriptionKey"]]},
    }

    json_body = body.to_dict()
    _kwargs["content"] = json_dumps(json_body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EbpError | MessageResponse | None:
    if response.status_code == 200:
        response_200 = MessageResponse.from_dict(json_loads(response.content))

        return response_200

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
) -> Response[EbpError | MessageResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FolderSettingsUpdate,
    tenantid: UUID,
) -> Response[EbpError | MessageResponse]:
    """Modifier les paramètres du domaine

     Cette requête modifie les paramètres du domaine.

    Args:
        tenantid (UUID):
        body (FolderSettingsUpdate): Modification des paramètres du domaine.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EbpError | MessageResponse]
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
    body: FolderSettingsUpdate,
    tenantid: UUID,
) -> EbpError | MessageResponse | None:
    """Modifier les paramètres du domaine

     Cette requête modifie les paramètres du domaine.

    Args:
        tenantid (UUID):
        body (FolderSettingsUpdate): Modification des paramètres du domaine.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EbpError | MessageResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        tenantid=tenantid,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FolderSettingsUpdate,
    tenantid: UUID,
) -> Response[EbpError | MessageResponse]:
    """Modifier les paramètres du domaine

     Cette requête modifie les paramètres du domaine.

    Args:
        tenantid (UUID):
        body (FolderSettingsUpdate): Modification des paramètres du domaine.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EbpError | MessageResponse]
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
    body: FolderSettingsUpdate,
    tenantid: UUID,
) -> EbpError | MessageResponse | None:
    """Modifier les paramètres du domaine

     Cette requête modifie les paramètres du domaine.

    Args:
        tenantid (UUID):
        body (FolderSettingsUpdate): Modification des paramètres du domaine.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EbpError | MessageResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            tenantid=tenantid,
        )
    ).parsed
