from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ebp_error import EbpError
from ...models.gestion_error import GestionError
from ...models.item_summary_page import ItemSummaryPage
from ...models.sort_type import SortType
from ...types import (
    UNSET,
    Response,
    Unset,
    encode_query,
    json_loads,
)


def _get_kwargs(
    *,
    take: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sorting_order_property: str | Unset = UNSET,
    sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
    filter_query: str | Unset = UNSET,
    domain_id: str,
    accept_language: str | Unset = "fr-FR",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["DomainId"] = domain_id

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    params: dict[str, Any] = {}

    params["take"] = take

    params["skip"] = skip

    params["sortingOrder.property"] = sorting_order_property

    json_sorting_order_sort_type: int | Unset = UNSET
    if not isinstance(sorting_order_sort_type, Unset):
        json_sorting_order_sort_type = sorting_order_sort_type.value

    params["sortingOrder.sortType"] = json_sorting_order_sort_type

    params["filter.query"] = filter_query

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/public/v1/items",
        "extensions": {"openapi_security": [["bearerAuth", "subscriptionKey"]]},
    }

    query = encode_query(params)
    if query:
        _kwargs["url"] += "?" + query

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EbpError | GestionError | ItemSummaryPage | None:
    if response.status_code == 200:
        response_200 = ItemSummaryPage.from_dict(json_loads(response.content))

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
) -> Response[EbpError | GestionError | ItemSummaryPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    take: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sorting_order_property: str | Unset = UNSET,
    sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
    filter_query: str | Unset = UNSET,
    domain_id: str,
    accept_language: str | Unset = "fr-FR",
) -> Response[EbpError | GestionError | ItemSummaryPage]:
    """Obtenir une liste des articles

     Récupère la liste des articles (tout type confondu) que vous pouvez filtrer et/ou paginer à
    votre convenance.

    Args:
        take (int | Unset):
        skip (int | Unset):
        sorting_order_property (str | Unset):
        sorting_order_sort_type (SortType | Unset): SortType - Ordres de tri.
            0 = Ascending (Croissant / ordre alphabétique), 1 = Descending (Décroissant / ordre
            alphabétique inversé).
             Default: SortType.ASCENDING.
        filter_query (str | Unset):
        domain_id (str):
        accept_language (str | Unset):  Default: 'fr-FR'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EbpError | GestionError | ItemSummaryPage]
    """

    kwargs = _get_kwargs(
        take=take,
        skip=skip,
        sorting_order_property=sorting_order_property,
        sorting_order_sort_type=sorting_order_sort_type,
        filter_query=filter_query,
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
    take: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sorting_order_property: str | Unset = UNSET,
    sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
    filter_query: str | Unset = UNSET,
    domain_id: str,
    accept_language: str | Unset = "fr-FR",
) -> EbpError | GestionError | ItemSummaryPage | None:
    """Obtenir une liste des articles

     Récupère la liste des articles (tout type confondu) que vous pouvez filtrer et/ou paginer à
    votre convenance.

    Args:
        take (int | Unset):
        skip (int | Unset):
        sorting_order_property (str | Unset):
        sorting_order_sort_type (SortType | Unset): SortType - Ordres de tri.
            0 = Ascending (Croissant / ordre alphabétique), 1 = Descending (Décroissant / ordre
            alphabétique inversé).
             Default: SortType.ASCENDING.
        filter_query (str | Unset):
        domain_id (str):
        accept_language (str | Unset):  Default: 'fr-FR'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EbpError | GestionError | ItemSummaryPage
    """

    return sync_detailed(
        client=client,
        take=take,
        skip=skip,
        sorting_order_property=sorting_order_property,
        sorting_order_sort_type=sorting_order_sort_type,
        filter_query=filter_query,
        domain_id=domain_id,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    take: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sorting_order_property: str | Unset = UNSET,
    sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
    filter_query: str | Unset = UNSET,
    domain_id: str,
    accept_language: str | Unset = "fr-FR",
) -> Response[EbpError | GestionError | ItemSummaryPage]:
    """Obtenir une liste des articles

     Récupère la liste des articles (tout type confondu) que vous pouvez filtrer et/ou paginer à
    votre convenance.

    Args:
        take (int | Unset):
        skip (int | Unset):
        sorting_order_property (str | Unset):
        sorting_order_sort_type (SortType | Unset): SortType - Ordres de tri.
            0 = Ascending (Croissant / ordre alphabétique), 1 = Descending (Décroissant / ordre
            alphabétique inversé).
             Default: SortType.ASCENDING.
        filter_query (str | Unset):
        domain_id (str):
        accept_language (str | Unset):  Default: 'fr-FR'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EbpError | GestionError | ItemSummaryPage]
    """

    kwargs = _get_kwargs(
        take=take,
        skip=skip,
        sorting_order_property=sorting_order_property,
        sorting_order_sort_type=sorting_order_sort_type,
        filter_query=filter_query,
        domain_id=domain_id,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    take: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sorting_order_property: str | Unset = UNSET,
    sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
    filter_query: str | Unset = UNSET,
    domain_id: str,
    accept_language: str | Unset = "fr-FR",
) -> EbpError | GestionError | ItemSummaryPage | None:
    """Obtenir une liste des articles

     Récupère la liste des articles (tout type confondu) que vous pouvez filtrer et/ou paginer à
    votre convenance.

    Args:
        take (int | Unset):
        skip (int | Unset):
        sorting_order_property (str | Unset):
        sorting_order_sort_type (SortType | Unset): SortType - Ordres de tri.
            0 = Ascending (Croissant / ordre alphabétique), 1 = Descending (Décroissant / ordre
            alphabétique inversé).
             Default: SortType.ASCENDING.
        filter_query (str | Unset):
        domain_id (str):
        accept_language (str | Unset):  Default: 'fr-FR'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EbpError | GestionError | ItemSummaryPage
    """

    return (
        await asyncio_detailed(
            client=client,
            take=take,
            skip=skip,
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
        )
    ).parsed
