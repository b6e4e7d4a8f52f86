from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.auxiliary_account_page import AuxiliaryAccountPage
from ...models.ebp_error import EbpError
from ...types import (
    UNSET,
    Response,
    Unset,
    encode_query,
    json_loads,
)


def _get_kwargs(
    *,
    category: str | Unset = UNSET,
    skip: int | Unset = 0,
    take: int | Unset = 100,
    search: str | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    number_from: str | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_direction: str | Unset = UNSET,
    tenantid: UUID,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    header_tenantid = str(tenantid)
    headers["tenantid"] = str(header_tenantid)

    params: dict[str, Any] = {}

    params["category"] = category

    params["skip"] = skip

    params["take"] = take

    params["search"] = search

    params["isActive"] = is_active

    params["numberFrom"] = number_from

    params["sortField"] = sort_field

    params["sortDirection"] = sort_direction

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/auxiliary-accounts",
        "extensions": {"openapi_security": [["bearerAuth", "subscriptionKey"]]},
    }

    query = encode_query(params)
    if query:
        _kwargs["url"] += "?" + query

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuxiliaryAccountPage | EbpError | None:
    if response.status_code == 200:
        response_200 = AuxiliaryAccountPage.from_dict(json_loads(response.content))

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
) -> Response[AuxiliaryAccountPage | EbpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    category: str | Unset = UNSET,
    skip: int | Unset = 0,
    take: int | Unset = 100,
    search: str | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    number_from: str | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_direction: str | Unset = UNSET,
    tenantid: UUID,
) -> Response[AuxiliaryAccountPage | EbpError]:
    """Récupérer des tiers

     Cette requête retourne les tiers selon les filtres.

    Args:
        category (str | Unset):
        skip (int | Unset):  Default: 0.
        take (int | Unset):  Default: 100.
        search (str | Unset):
        is_active (bool | Unset):
        number_from (str | Unset):
        sort_field (str | Unset):
        sort_direction (str | Unset):
        tenantid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuxiliaryAccountPage | EbpError]
    """

    kwargs = _get_kwargs(
        category=category,
        skip=skip,
        take=take,
        search=search,
        is_active=is_active,
        number_from=number_from,
        sort_field=sort_field,
        sort_direction=sort_direction,
        tenantid=tenantid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    category: str | Unset = UNSET,
    skip: int | Unset = 0,
    take: int | Unset = 100,
    search: str | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    number_from: str | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_direction: str | Unset = UNSET,
    tenantid: UUID,
) -> AuxiliaryAccountPage | EbpError | None:
    """Récupérer des tiers

     Cette requête retourne les tiers selon les filtres.

    Args:
        category (str | Unset):
        skip (int | Unset):  Default: 0.
        take (int | Unset):  Default: 100.
        search (str | Unset):
        is_active (bool | Unset):
        number_from (str | Unset):
        sort_field (str | Unset):
        sort_direction (str | Unset):
        tenantid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuxiliaryAccountPage | EbpError
    """

    return sync_detailed(
        client=client,
        category=category,
        skip=skip,
        take=take,
        search=search,
        is_active=is_active,
        number_from=number_from,
        sort_field=sort_field,
        sort_direction=sort_direction,
        tenantid=tenantid,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    category: str | Unset = UNSET,
    skip: int | Unset = 0,
    take: int | Unset = 100,
    search: str | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    number_from: str | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_direction: str | Unset = UNSET,
    tenantid: UUID,
) -> Response[AuxiliaryAccountPage | EbpError]:
    """Récupérer des tiers

     Cette requête retourne les tiers selon les filtres.

    Args:
        category (str | Unset):
        skip (int | Unset):  Default: 0.
        take (int | Unset):  Default: 100.
        search (str | Unset):
        is_active (bool | Unset):
        number_from (str | Unset):
        sort_field (str | Unset):
        sort_direction (str | Unset):
        tenantid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuxiliaryAccountPage | EbpError]
    """

    kwargs = _get_kwargs(
        category=category,
        skip=skip,
        take=take,
        search=search,
        is_active=is_active,
        number_from=number_from,
        sort_field=sort_field,
        sort_direction=sort_direction,
        tenantid=tenantid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    category: str | Unset = UNSET,
    skip: int | Unset = 0,
    take: int | Unset = 100,
    search: str | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    number_from: str | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_direction: str | Unset = UNSET,
    tenantid: UUID,
) -> AuxiliaryAccountPage | EbpError | None:
    """Récupérer des tiers

     Cette requête retourne les tiers selon les filtres.

    Args:
        category (str | Unset):
        skip (int | Unset):  Default: 0.
        take (int | Unset):  Default: 100.
        search (str | Unset):
        is_active (bool | Unset):
        number_from (str | Unset):
        sort_field (str | Unset):
        sort_direction (str | Unset):
        tenantid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuxiliaryAccountPage | EbpError
    """

    return (
        await asyncio_detailed(
            client=client,
            category=category,
            skip=skip,
            take=take,
            search=search,
            is_active=is_active,
            number_from=number_from,
            sort_field=sort_field,
            sort_direction=sort_direction,
            tenantid=tenantid,
        )
    ).parsed
