from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_fields_schema import CustomFieldsSchema
from ...models.ebp_error import EbpError
from ...types import (
    Response,
    Unset,
    json_loads,
)


def _get_kwargs(
    folder_id: str,
    *,
    accept_language: str | Unset = "fr-FR",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/Folders/{folder_id}/CustomFields".format(
            folder_id=quote(str(folder_id), safe=""),
        ),
        "extensions": {"openapi_security": [["bearerAuth", "subscriptionKey"]]},
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomFieldsSchema | EbpError | None:
    if response.status_code == 200:
        response_200 = CustomFieldsSchema.from_dict(json_loads(response.content))

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
) -> Response[CustomFieldsSchema | EbpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    folder_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept_language: str | Unset = "fr-FR",
) -> Response[CustomFieldsSchema | EbpError]:
    """Obtenir les champs personnalisés

     Cette requête récupère tous les champs personnalisés de la base cliente (arbre du schéma de la base
    : tables, colonnes, relations).

    Args:
        folder_id (str):
        accept_language (str | Unset):  Default: 'fr-FR'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomFieldsSchema | EbpError]
    """

    kwargs = _get_kwargs(
        folder_id=folder_id,
        accept_language=accept_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    folder_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept_language: str | Unset = "fr-FR",
) -> CustomFieldsSchema | EbpError | None:
    """Obtenir les champs personnalisés

     Cette requête récupère tous les champs personnalisés de la base cliente (arbre du schéma de la base
    : tables, colonnes, relations).

    Args:
        folder_id (str):
        accept_language (str | Unset):  Default: 'fr-FR'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomFieldsSchema | EbpError
    """

    return sync_detailed(
        folder_id=folder_id,
        client=client,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    folder_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept_language: str | Unset = "fr-FR",
) -> Response[CustomFieldsSchema | EbpError]:
    """Obtenir les champs personnalisés

     Cette requête récupère tous les champs personnalisés de la base cliente (arbre du schéma de la base
    : tables, colonnes, relations).

    Args:
        folder_id (str):
        accept_language (str | Unset):  Default: 'fr-FR'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomFieldsSchema | EbpError]
    """

    kwargs = _get_kwargs(
        folder_id=folder_id,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    folder_id: str,
    *,
    client: AuthenticatedClient | Client,
    accept_language: str | Unset = "fr-FR",
) -> CustomFieldsSchema | EbpError | None:
    """Obtenir les champs personnalisés

     Cette requête récupère tous les champs personnalisés de la base cliente (arbre du schéma de la base
    : tables, colonnes, relations).

    Args:
        folder_id (str):
        accept_language (str | Unset):  Default: 'fr-FR'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomFieldsSchema | EbpError
    """

    return (
        await asyncio_detailed(
            folder_id=folder_id,
            client=client,
            accept_language=accept_language,
        )
    ).parsed
