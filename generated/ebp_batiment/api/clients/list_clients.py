from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.client_list import ClientList
from ...models.ebp_error import EbpError
from ...types import (
    UNSET,
    Response,
    Unset,
    encode_query,
    json_loads,
)


def _get_kwargs(
    folder_id: str,
    *,
    type_client: str | Unset = UNSET,
    search_term: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    accept_language: str | Unset = "fr-FR",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    params: dict[str, Any] = {}

    params["TypeClient"] = type_client

    params["SearchTerm"] = search_term

    params["Offset"] = offset

    params["Limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/Folders/{folder_id}/Clients".format(
            folder_id=quote(str(folder_id), safe=""),
        ),
        "extensions": {"openapi_security": [["bearerAuth", "subscriptionKey"]]},
    }

    query = encode_query(params)
    if query:
        _kwargs["url"] += "?" + query

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ClientList | EbpError | None:
    if response.status_code == 200:
        response_200 = ClientList.from_dict(json_loads(response.content))

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
) -> Response[ClientList | EbpError]:
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
    type_client: str | Unset = UNSET,
    search_term: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    accept_language: str | Unset = "fr-FR",
) -> Response[ClientList | EbpError]:
    """Obtenir les clients (customer)

     Cette requête récupère tous les clients d’un dossier avec gestion des droits. C’est une requête mise
    à disposition et optimisée pour des appels dans des interfaces utilisateurs (exemple Mobilité).

    Gestion des droits : pour visualiser les clients, il faut avoir les droits client et pour visualiser
    les prospects il faut avoir les droits prospects. Si vous n’avez pas ces droits, vous aurez en
    retour un code retour Bad Request (status code 400).

    Each cell of a client row is `{value, hasRight}` (`hasRight` false when the user may not see the
    value); amounts also carry `displayName` (formatted) and `currency`.

    Args:
        folder_id (str):
        type_client (str | Unset):
        search_term (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        accept_language (str | Unset):  Default: 'fr-FR'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientList | EbpError]
    """

    kwargs = _get_kwargs(
        folder_id=folder_id,
        type_client=type_client,
        search_term=search_term,
        offset=offset,
        limit=limit,
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
    type_client: str | Unset = UNSET,
    search_term: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    accept_language: str | Unset = "fr-FR",
) -> ClientList | EbpError | None:
    """Obtenir les clients (customer)

     Cette requête récupère tous les clients d’un dossier avec gestion des droits. C’est une requête mise
    à disposition et optimisée pour des appels dans des interfaces utilisateurs (exemple Mobilité).

    Gestion des droits : pour visualiser les clients, il faut avoir les droits client et pour visualiser
    les prospects il faut avoir les droits prospects. Si vous n’avez pas ces droits, vous aurez en
    retour un code retour Bad Request (status code 400).

    Each cell of a client row is `{value, hasRight}` (`hasRight` false when the user may not see the
    value); amounts also carry `displayName` (formatted) and `currency`.

    Args:
        folder_id (str):
        type_client (str | Unset):
        search_term (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        accept_language (str | Unset):  Default: 'fr-FR'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientList | EbpError
    """

    return sync_detailed(
        folder_id=folder_id,
        client=client,
        type_client=type_client,
        search_term=search_term,
        offset=offset,
        limit=limit,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    folder_id: str,
    *,
    client: AuthenticatedClient | Client,
    type_client: str | Unset = UNSET,
    search_term: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    accept_language: str | Unset = "fr-FR",
) -> Response[ClientList | EbpError]:
    """Obtenir les clients (customer)

     Cette requête récupère tous les clients d’un dossier avec gestion des droits. C’est une requête mise
    à disposition et optimisée pour des appels dans des interfaces utilisateurs (exemple Mobilité).

    Gestion des droits : pour visualiser les clients, il faut avoir les droits client et pour visualiser
    les prospects il faut avoir les droits prospects. Si vous n’avez pas ces droits, vous aurez en
    retour un code retour Bad Request (status code 400).

    Each cell of a client row is `{value, hasRight}` (`hasRight` false when the user may not see the
    value); amounts also carry `displayName` (formatted) and `currency`.

    Args:
        folder_id (str):
        type_client (str | Unset):
        search_term (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        accept_language (str | Unset):  Default: 'fr-FR'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientList | EbpError]
    """

    kwargs = _get_kwargs(
        folder_id=folder_id,
        type_client=type_client,
        search_term=search_term,
        offset=offset,
        limit=limit,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    folder_id: str,
    *,
    client: AuthenticatedClient | Client,
    type_client: str | Unset = UNSET,
    search_term: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    accept_language: str | Unset = "fr-FR",
) -> ClientList | EbpError | None:
    """Obtenir les clients (customer)

     Cette requête récupère tous les clients d’un dossier avec gestion des droits. C’est une requête mise
    à disposition et optimisée pour des appels dans des interfaces utilisateurs (exemple Mobilité).

    Gestion des droits : pour visualiser les clients, il faut avoir les droits client et pour visualiser
    les prospects il faut avoir les droits prospects. Si vous n’avez pas ces droits, vous aurez en
    retour un code retour Bad Request (status code 400).

    Each cell of a client row is `{value, hasRight}` (`hasRight` false when the user may not see the
    value); amounts also carry `displayName` (formatted) and `currency`.

    Args:
        folder_id (str):
        type_client (str | Unset):
        search_term (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        accept_language (str | Unset):  Default: 'fr-FR'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientList | EbpError
    """

    return (
        await asyncio_detailed(
            folder_id=folder_id,
            client=client,
            type_client=type_client,
            search_term=search_term,
            offset=offset,
            limit=limit,
            accept_language=accept_language,
        )
    ).parsed
