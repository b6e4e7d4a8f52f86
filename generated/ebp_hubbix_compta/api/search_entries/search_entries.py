from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ebp_error import EbpError
from ...models.search_entry import SearchEntry
from ...types import (
    UNSET,
    Response,
    encode_query,
    json_loads,
)


def _get_kwargs(
    *,
    uuids: str,
    tenantid: UUID,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    header_tenantid = str(tenantid)
    headers["tenantid"] = str(header_tenantid)

    params: dict[str, Any] = {}

    params["uuids"] = uuids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/search-entries/entries",
        "extensions": {"openapi_security": [["bearerAuth", "subscriptionKey"]]},
    }

    query = encode_query(params)
    if query:
        _kwargs["url"] += "?" + query

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EbpError | list[SearchEntry] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = json_loads(response.content)
        for response_200_item_data in _response_200:
            response_200_item = SearchEntry.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[EbpError | list[SearchEntry]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    uuids: str,
    tenantid: UUID,
) -> Response[EbpError | list[SearchEntry]]:
    """Rechercher des écritures

     Cette requête effectue une recherche d'écritures par leurs identifiants.

    Args:
        uuids (str):
        tenantid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EbpError | list[SearchEntry]]
    """

    kwargs = _get_kwargs(
        uuids=uuids,
        tenantid=tenantid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    uuids: str,
    tenantid: UUID,
) -> EbpError | list[SearchEntry] | None:
    """Rechercher des écritures

     Cette requête effectue une recherche d'écritures par leurs identifiants.

    Args:
        uuids (str):
        tenantid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EbpError | list[SearchEntry]
    """

    return sync_detailed(
        client=client,
        uuids=uuids,
        tenantid=tenantid,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    uuids: str,
    tenantid: UUID,
) -> Response[EbpError | list[SearchEntry]]:
    """Rechercher des écritures

     Cette requête effectue une recherche d'écritures par leurs identifiants.

    Args:
        uuids (str):
        tenantid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EbpError | list[SearchEntry]]
    """

    kwargs = _get_kwargs(
        uuids=uuids,
        tenantid=tenantid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    uuids: str,
    tenantid: UUID,
) -> EbpError | list[SearchEntry] | None:
    """Rechercher des écritures

     Cette requête effectue une recherche d'écritures par leurs identifiants.

    Args:
        uuids (str):
        tenantid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EbpError | list[SearchEntry]
    """

    return (
        await asyncio_detailed(
            client=client,
            uuids=uuids,
            tenantid=tenantid,
        )
    ).parsed
