from collections.abc import AsyncIterator, Iterator
from typing import Any, cast

import httpx
from comptoir.runtime import asend, check_arg, client_default, detailed, json_body, paging, send, success
from comptoir.runtime.paging import total_at
from comptoir.runtime.reading import (
    invalid,
    read_list,
)

from ... import API_NAME, models
from ...client import AsyncAuthenticatedClient, AsyncClient, AuthenticatedClient, Client
from ...models.ebp_error import EbpError
from ...models.gestion_error import GestionError
from ...models.sort_type import SortType
from ...models.vat_rate import VatRate
from ...types import UNSET, Response, Unset, encode_query

OPERATION = "getVatRates"
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
    take = check_arg("getVatRates", "take", take, "int", minimum=0, maximum=100)
    skip = check_arg("getVatRates", "skip", skip, "int", minimum=0)
    sorting_order_property = check_arg("getVatRates", "sortingOrder.property", sorting_order_property, "str")
    sorting_order_sort_type = check_arg(
        "getVatRates", "sortingOrder.sortType", sorting_order_sort_type, "enum", enum_cls=SortType
    )
    filter_query = check_arg("getVatRates", "filter.query", filter_query, "str")
    domain_id = check_arg("getVatRates", "DomainId", domain_id, "str", required=True)
    accept_language = check_arg("getVatRates", "Accept-Language", accept_language, "str")
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
        "url": "/public/v1/vat-rates",
        "extensions": {"openapi_security": [["bearerAuth", "subscriptionKey"]]},
    }

    query = encode_query(params)
    if query:
        _kwargs["url"] += "?" + query

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> EbpError | GestionError | list[VatRate] | None:
    """The documented value of a documented status (success or error model); None for any other status."""
    if response.status_code == 200:
        document = json_body(response)
        if document is None:
            raise invalid("", None, "a JSON value other than null", document)
        return cast("list[VatRate]", read_list(document, "", None, VatRate._read))

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
) -> Response[EbpError | GestionError | list[VatRate]]:
    """Obtenir une liste des taux de TVA

     Retourne l'ensemble des taux de TVA. Vous pouvez filtrer et paginer les résultats à votre
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
        Response[EbpError | GestionError | list[VatRate]]
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
) -> list[VatRate]:
    """Obtenir une liste des taux de TVA

     Retourne l'ensemble des taux de TVA. Vous pouvez filtrer et paginer les résultats à votre
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
        list[VatRate]
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
    parsed: list[VatRate] = success(response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS)
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
) -> Response[EbpError | GestionError | list[VatRate]]:
    """Obtenir une liste des taux de TVA

     Retourne l'ensemble des taux de TVA. Vous pouvez filtrer et paginer les résultats à votre
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
        Response[EbpError | GestionError | list[VatRate]]
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
) -> list[VatRate]:
    """Obtenir une liste des taux de TVA

     Retourne l'ensemble des taux de TVA. Vous pouvez filtrer et paginer les résultats à votre
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
        list[VatRate]
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
    parsed: list[VatRate] = success(response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS)
    return parsed


MAXIMUM_PAGE_SIZE = 100


def _items(page: list[VatRate]) -> list[models.VatRate]:
    items = page
    return items if isinstance(items, list) else []


def _total(page: list[VatRate]) -> int | None:
    return total_at(page, ())


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
) -> Iterator[list[VatRate]]:
    """Every page of ``getVatRates``, fetched lazily from offset ``start``, ``page_size`` items each.

    ``page_size`` defaults to the largest the API accepts (100); more is refused. Paging stops when
    the total is reached, or on an empty or short page; the next offset counts the items actually
    received, so nothing is repeated or skipped when the server returns fewer than asked.
    """

    def fetch(offset: int, limit: int) -> list[VatRate]:
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
) -> Iterator[models.VatRate]:
    """Every item of ``getVatRates``, in order, each once, across as many pages as needed (see :func:`pages`)."""
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
) -> AsyncIterator[models.VatRate]:
    """:func:`iterate` for asyncio: ``async for item in aiterate(...)``."""

    async def fetch(offset: int, limit: int) -> list[VatRate]:
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
