from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_configurable_export_request import CreateConfigurableExportRequest
from ...models.ebp_error import EbpError
from ...models.export_created import ExportCreated
from ...types import (
    Response,
    Unset,
    json_dumps,
    json_loads,
)


def _get_kwargs(
    *,
    body: CreateConfigurableExportRequest,
    accept_language: str | Unset = "fr-FR",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/CreateConfigurableExport",
        "extensions": {"openapi_security": [["bearerAuth", "subscriptionKey"]]},
    }

    json_body = body.to_dict()
    _kwargs["content"] = json_dumps(json_body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EbpError | ExportCreated | None:
    if response.status_code == 202:
        response_202 = ExportCreated.from_dict(json_loads(response.content))

        return response_202

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
) -> Response[EbpError | ExportCreated]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateConfigurableExportRequest,
    accept_language: str | Unset = "fr-FR",
) -> Response[EbpError | ExportCreated]:
    """Envoyer une demande de création d'export paramétrable

     Cette action permet de créer une demande d'export paramétrable, à partir d'un modèle
    d'export créé dans le dossier (`modelName`). Si tout s'est bien passé, retour 202 avec
    l'identifiant de l'export.

    Args:
        accept_language (str | Unset):  Default: 'fr-FR'.
        body (CreateConfigurableExportRequest): Demande d'export paramétrable.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EbpError | ExportCreated]
    """

    kwargs = _get_kwargs(
        body=body,
        accept_language=accept_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateConfigurableExportRequest,
    accept_language: str | Unset = "fr-FR",
) -> EbpError | ExportCreated | None:
    """Envoyer une demande de création d'export paramétrable

     Cette action permet de créer une demande d'export paramétrable, à partir d'un modèle
    d'export créé dans le dossier (`modelName`). Si tout s'est bien passé, retour 202 avec
    l'identifiant de l'export.

    Args:
        accept_language (str | Unset):  Default: 'fr-FR'.
        body (CreateConfigurableExportRequest): Demande d'export paramétrable.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EbpError | ExportCreated
    """

    return sync_detailed(
        client=client,
        body=body,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateConfigurableExportRequest,
    accept_language: str | Unset = "fr-FR",
) -> Response[EbpError | ExportCreated]:
    """Envoyer une demande de création d'export paramétrable

     Cette action permet de créer une demande d'export paramétrable, à partir d'un modèle
    d'export créé dans le dossier (`modelName`). Si tout s'est bien passé, retour 202 avec
    l'identifiant de l'export.

    Args:
        accept_language (str | Unset):  Default: 'fr-FR'.
        body (CreateConfigurableExportRequest): Demande d'export paramétrable.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EbpError | ExportCreated]
    """

    kwargs = _get_kwargs(
        body=body,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateConfigurableExportRequest,
    accept_language: str | Unset = "fr-FR",
) -> EbpError | ExportCreated | None:
    """Envoyer une demande de création d'export paramétrable

     Cette action permet de créer une demande d'export paramétrable, à partir d'un modèle
    d'export créé dans le dossier (`modelName`). Si tout s'est bien passé, retour 202 avec
    l'identifiant de l'export.

    Args:
        accept_language (str | Unset):  Default: 'fr-FR'.
        body (CreateConfigurableExportRequest): Demande d'export paramétrable.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EbpError | ExportCreated
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            accept_language=accept_language,
        )
    ).parsed
