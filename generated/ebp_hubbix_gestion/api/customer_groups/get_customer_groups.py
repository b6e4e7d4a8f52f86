from collections.abc import AsyncIterator, Iterator
from typing import Any, cast

import httpx
from comptoir.runtime import asend, check_arg, client_default, detailed, json_body, paging, send, success
from comptoir.runtime.paging import total_at
from comptoir.runtime.reading import (
    invalid,
)

from ... import API_NAME, models
from ...client import AsyncAuthenticatedClient, AsyncClient, AuthenticatedClient, Client
from ...models.customer_group_page import CustomerGroupPage
from ...models.ebp_error import EbpError
from ...models.gestion_error import GestionError
from ...models.sort_type import SortType
from ...types import UNSET, Response, Unset, encode_query

OPERATION = "getCustomerGroups"
_SUCCESS = frozenset([200])


def _get_kwargs(
    *,
    take: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sorting_order_property: str | Unset = UNSET,
    sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
    filter_query: str | Unset = UNSET,
    domain_id: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> dict[str, Any]:
    take = check_arg("getCustomerGroups", "take", take, "int", minimum=0, maximum=100)
    skip = check_arg("getCustomerGroups", "skip", skip, "int", minimum=0)
    sorting_order_property = check_arg("getCustomerGroups", "sortingOrder.property", sorting_order_property, "str")
    sorting_order_sort_type = check_arg(
        "getCustomerGroups", "sortingOrder.sortType", sorting_order_sort_type, "enum", enum_cls=SortType
    )
    filter_query = check_arg("getCustomerGroups", "filter.query", filter_query, "str")
    domain_id = check_arg("getCustomerGroups", "DomainId", domain_id, "str", required=True)
    accept_language = check_arg("getCustomerGroups", "Accept-Language", accept_language, "str")
    headers: dict[str, Any] = {"Accept": "application/json"}
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
        "url": "/public/v1/customer-groups",
        "extensions": {"openapi_security": [["bearerAuth", "subscriptionKey"]]},
    }

    query = encode_query(params)
    if query:
        _kwargs["url"] += "?" + query

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> CustomerGroupPage | EbpError | GestionError | None:
    """The documented value of a documented status (success or error model); None for any other status."""
    if response.status_code == 200:
        document = json_body(response)
        if document is None:
            raise invalid("", None, "a JSON value other than null", document)
        return cast("CustomerGroupPage", CustomerGroupPage._read(document, "", None))

    if response.status_code == 400:
        document = json_body(response)
        if document is None:
            raise invalid("", None, "a JSON value other than null", document)
        return cast("GestionError", GestionError._read(document, "", None))

    if response.status_code == 401:
        document = json_body(response)
        if document is None:
            raise invalid("", None, "a JSON value other than null", document)
        return cast("EbpError", EbpError._read(document, "", None))

    if response.status_code == 403:
        document = json_body(response)
        if document is None:
            raise invalid("", None, "a JSON value other than null", document)
        return cast("EbpError", EbpError._read(document, "", None))

    if response.status_code == 404:
        document = json_body(response)
        if document is None:
            raise invalid("", None, "a JSON value other than null", document)
        return cast("EbpError", EbpError._read(document, "", None))

    if response.status_code == 429:
        document = json_body(response)
        if document is None:
            raise invalid("", None, "a JSON value other than null", document)
        return cast("EbpError", EbpError._read(document, "", None))

    if response.status_code == 500:
        document = json_body(response)
        if document is None:
            raise invalid("", None, "a JSON value other than null", document)
        return cast("EbpError", EbpError._read(document, "", None))

    return None


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    take: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sorting_order_property: str | Unset = UNSET,
    sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
    filter_query: str | Unset = UNSET,
    domain_id: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[CustomerGroupPage | EbpError | GestionError]:
    """Obtenir une liste des familles de client

     Retourne la liste des familles de clients que vous pouvez filtrer et/ou paginer à votre
    convenance.

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
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[CustomerGroupPage | EbpError | GestionError]
    """

    domain_id = client_default(client, "DomainId", domain_id, UNSET)
    accept_language = client_default(client, "Accept-Language", accept_language, "fr-FR")
    kwargs = _get_kwargs(
        take=take,
        skip=skip,
        sorting_order_property=sorting_order_property,
        sorting_order_sort_type=sorting_order_sort_type,
        filter_query=filter_query,
        domain_id=domain_id,
        accept_language=accept_language,
    )
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


def sync(
    *,
    client: AuthenticatedClient | Client,
    take: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sorting_order_property: str | Unset = UNSET,
    sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
    filter_query: str | Unset = UNSET,
    domain_id: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> CustomerGroupPage:
    """Obtenir une liste des familles de client

     Retourne la liste des familles de clients que vous pouvez filtrer et/ou paginer à votre
    convenance.

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
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        CustomerGroupPage
    """

    domain_id = client_default(client, "DomainId", domain_id, UNSET)
    accept_language = client_default(client, "Accept-Language", accept_language, "fr-FR")
    kwargs = _get_kwargs(
        take=take,
        skip=skip,
        sorting_order_property=sorting_order_property,
        sorting_order_sort_type=sorting_order_sort_type,
        filter_query=filter_query,
        domain_id=domain_id,
        accept_language=accept_language,
    )
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: CustomerGroupPage = success(
        response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS
    )
    return parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    take: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sorting_order_property: str | Unset = UNSET,
    sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
    filter_query: str | Unset = UNSET,
    domain_id: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[CustomerGroupPage | EbpError | GestionError]:
    """Obtenir une liste des familles de client

     Retourne la liste des familles de clients que vous pouvez filtrer et/ou paginer à votre
    convenance.

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
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[CustomerGroupPage | EbpError | GestionError]
    """

    domain_id = client_default(client, "DomainId", domain_id, UNSET)
    accept_language = client_default(client, "Accept-Language", accept_language, "fr-FR")
    kwargs = _get_kwargs(
        take=take,
        skip=skip,
        sorting_order_property=sorting_order_property,
        sorting_order_sort_type=sorting_order_sort_type,
        filter_query=filter_query,
        domain_id=domain_id,
        accept_language=accept_language,
    )
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


async def asyncio(
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    take: int | Unset = UNSET,
    skip: int | Unset = UNSET,
    sorting_order_property: str | Unset = UNSET,
    sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
    filter_query: str | Unset = UNSET,
    domain_id: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> CustomerGroupPage:
    """Obtenir une liste des familles de client

     Retourne la liste des familles de clients que vous pouvez filtrer et/ou paginer à votre
    convenance.

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
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        CustomerGroupPage
    """

    domain_id = client_default(client, "DomainId", domain_id, UNSET)
    accept_language = client_default(client, "Accept-Language", accept_language, "fr-FR")
    kwargs = _get_kwargs(
        take=take,
        skip=skip,
        sorting_order_property=sorting_order_property,
        sorting_order_sort_type=sorting_order_sort_type,
        filter_query=filter_query,
        domain_id=domain_id,
        accept_language=accept_language,
    )
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: CustomerGroupPage = success(
        response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS
    )
    return parsed


MAXIMUM_PAGE_SIZE = 100


def _items(page: CustomerGroupPage) -> list[models.CustomerGroup]:
    items = page.elements
    return items if isinstance(items, list) else []


def _total(page: CustomerGroupPage) -> int | None:
    return total_at(page, ("total",))


def pages(
    *,
    client: AuthenticatedClient | Client,
    sorting_order_property: str | Unset = UNSET,
    sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
    filter_query: str | Unset = UNSET,
    domain_id: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    start: int = 0,
    page_size: int | None = None,
) -> Iterator[CustomerGroupPage]:
    """Every page of ``getCustomerGroups``, fetched lazily from offset ``start``, ``page_size`` items each.

    ``page_size`` defaults to the largest the API accepts (100); more is refused. Paging stops when
    the total is reached, or on an empty or short page; the next offset counts the items actually
    received, so nothing is repeated or skipped when the server returns fewer than asked.
    """

    def fetch(offset: int, limit: int) -> CustomerGroupPage:
        return sync(
            client=client,
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            skip=offset,
            take=limit,
        )

    return paging.pages(fetch, _items, _total, maximum=MAXIMUM_PAGE_SIZE, start=start, page_size=page_size)


def iterate(
    *,
    client: AuthenticatedClient | Client,
    sorting_order_property: str | Unset = UNSET,
    sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
    filter_query: str | Unset = UNSET,
    domain_id: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    start: int = 0,
    page_size: int | None = None,
) -> Iterator[models.CustomerGroup]:
    """Every item of ``getCustomerGroups``, in order, each once, across as many pages as needed (see :func:`pages`)."""
    page_iterator = pages(
        client=client,
        sorting_order_property=sorting_order_property,
        sorting_order_sort_type=sorting_order_sort_type,
        filter_query=filter_query,
        domain_id=domain_id,
        accept_language=accept_language,
        start=start,
        page_size=page_size,
    )
    return (item for page in page_iterator for item in _items(page))


def aiterate(
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    sorting_order_property: str | Unset = UNSET,
    sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
    filter_query: str | Unset = UNSET,
    domain_id: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    start: int = 0,
    page_size: int | None = None,
) -> AsyncIterator[models.CustomerGroup]:
    """:func:`iterate` for asyncio: ``async for item in aiterate(...)``."""

    async def fetch(offset: int, limit: int) -> CustomerGroupPage:
        return await asyncio(
            client=client,
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            skip=offset,
            take=limit,
        )

    return paging.aiterate(fetch, _items, _total, maximum=MAXIMUM_PAGE_SIZE, start=start, page_size=page_size)
