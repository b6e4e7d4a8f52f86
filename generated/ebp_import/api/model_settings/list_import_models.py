from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ebp_error import EbpError
from ...models.import_model_list import ImportModelList
from ...types import (
    UNSET,
    Response,
    Unset,
    encode_query,
    json_loads,
)


def _get_kwargs(
    *,
    folder_id: str,
    accept_language: str | Unset = "fr-FR",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    params: dict[str, Any] = {}

    params["FolderId"] = folder_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/ModelSettings",
        "extensions": {"openapi_security": [["bearerAuth", "subscriptionKey"]]},
    }

    query = encode_query(params)
    if query:
        _kwargs["url"] += "?" + query

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EbpError | ImportModelList | None:
    if response.status_code == 200:
        response_200 = ImportModelList.from_dict(json_loads(response.content))

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
) -> Response[EbpError | ImportModelList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    folder_id: str,
    accept_language: str | Unset = "fr-FR",
) -> Response[EbpError | ImportModelList]:
    """Obtenir les modèles d'import

     Cette action permet de récupérer la liste des modèles d'import du dossier.

    Args:
        folder_id (str):
        accept_language (str | Unset):  Default: 'fr-FR'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EbpError | ImportModelList]
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
    *,
    client: AuthenticatedClient | Client,
    folder_id: str,
    accept_language: str | Unset = "fr-FR",
) -> EbpError | ImportModelList | None:
    """Obtenir les modèles d'import

     Cette action permet de récupérer la liste des modèles d'import du dossier.

    Args:
        folder_id (str):
        accept_language (str | Unset):  Default: 'fr-FR'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EbpError | ImportModelList
    """

    return sync_detailed(
        client=client,
        folder_id=folder_id,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    folder_id: str,
    accept_language: str | Unset = "fr-FR",
) -> Response[EbpError | ImportModelList]:
    """Obtenir les modèles d'import

     Cette action permet de récupérer la liste des modèles d'import du dossier.

    Args:
        folder_id (str):
        accept_language (str | Unset):  Default: 'fr-FR'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EbpError | ImportModelList]
    """

    kwargs = _get_kwargs(
        folder_id=folder_id,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    folder_id: str,
    accept_language: str | Unset = "fr-FR",
) -> EbpError | ImportModelList | None:
    """Obtenir les modèles d'import

     Cette action permet de récupérer la liste des modèles d'import du dossier.

    Args:
        folder_id (str):
        accept_language (str | Unset):  Default: 'fr-FR'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EbpError | ImportModelList
    """

    return (
        await asyncio_detailed(
            client=client,
            folder_id=folder_id,
            accept_language=accept_language,
        )
    ).parsed
