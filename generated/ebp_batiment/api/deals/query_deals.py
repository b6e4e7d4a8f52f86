import datetime
from collections.abc import AsyncIterator, Iterator
from typing import Any, cast
from urllib.parse import quote

import httpx
from comptoir.runtime import asend, check_arg, client_default, detailed, json_body, paging, send, success
from comptoir.runtime.paging import total_at
from comptoir.runtime.reading import (
    invalid,
)

from ... import API_NAME, models
from ...client import AsyncAuthenticatedClient, AsyncClient, AuthenticatedClient, Client
from ...models.ebp_error import EbpError
from ...models.query_result import QueryResult
from ...types import UNSET, Response, Unset, encode_query

OPERATION = "queryDeals"
_SUCCESS = frozenset([200])


def _get_kwargs(
    folder_id: str | Unset = UNSET,
    *,
    columns: list[str] | Unset = UNSET,
    deal_state_excluded: list[str] | Unset = UNSET,
    order_by_value: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    to_date: datetime.datetime | Unset = UNSET,
    duration: int = 0,
    where_condition: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> dict[str, Any]:
    folder_id = check_arg("queryDeals", "FolderId", folder_id, "str", required=True, path_segment=True)
    columns = check_arg("queryDeals", "Columns", columns, "list", items="str")
    deal_state_excluded = check_arg("queryDeals", "DealStateExcluded", deal_state_excluded, "list", items="str")
    order_by_value = check_arg("queryDeals", "OrderByValue", order_by_value, "str")
    offset = check_arg("queryDeals", "Offset", offset, "int")
    limit = check_arg("queryDeals", "Limit", limit, "int", maximum=100)
    to_date = check_arg("queryDeals", "ToDate", to_date, "datetime")
    duration = check_arg("queryDeals", "Duration", duration, "int", required=True)
    where_condition = check_arg("queryDeals", "WhereCondition", where_condition, "str")
    accept_language = check_arg("queryDeals", "Accept-Language", accept_language, "str")
    headers: dict[str, Any] = {"Accept": "application/json"}
    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    params: dict[str, Any] = {}

    json_columns: list[str] | Unset = UNSET
    if not isinstance(columns, Unset):
        json_columns = columns

    params["Columns"] = json_columns

    json_deal_state_excluded: list[str] | Unset = UNSET
    if not isinstance(deal_state_excluded, Unset):
        json_deal_state_excluded = deal_state_excluded

    params["DealStateExcluded"] = json_deal_state_excluded

    params["OrderByValue"] = order_by_value

    params["Offset"] = offset

    params["Limit"] = limit

    json_to_date: str | Unset = UNSET
    if not isinstance(to_date, Unset):
        json_to_date = to_date.isoformat()
    params["ToDate"] = json_to_date

    params["Duration"] = duration

    params["WhereCondition"] = where_condition

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/Folders/{folder_id}/Deals/DealsExtendedQuery".format(
            folder_id=quote(str(folder_id), safe=""),
        ),
        "extensions": {"openapi_security": [["bearerAuth", "subscriptionKey"]]},
    }

    query = encode_query(params)
    if query:
        _kwargs["url"] += "?" + query

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> EbpError | QueryResult | None:
    """The documented value of a documented status (success or error model); None for any other status."""
    if response.status_code == 200:
        document = json_body(response)
        if document is None:
            raise invalid("", None, "a JSON value other than null", document)
        return cast("QueryResult", QueryResult._read(document, "", None))

    if response.status_code == 400:
        document = json_body(response)
        if document is None:
            raise invalid("", None, "a JSON value other than null", document)
        return cast("EbpError", EbpError._read(document, "", None))

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
    folder_id: str | Unset = UNSET,
    *,
    client: AuthenticatedClient | Client,
    columns: list[str] | Unset = UNSET,
    deal_state_excluded: list[str] | Unset = UNSET,
    order_by_value: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    to_date: datetime.datetime | Unset = UNSET,
    duration: int = 0,
    where_condition: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[EbpError | QueryResult]:
    """Obtenir les affaires filtrées (Deal)

     Cette requête permet de récupérer la liste des affaires filtrées (table "Deal"). The rows' columns
    depend on `Columns`.

    Exemples de filtres : ToDate 2020-12-06 + Duration 90 => `WHERE (DATEDIFF(day,
    DealDate,'2020-12-06T00:00:00') < 90`; DealStateExcluded "Finished","Canceled" => `WHERE (DealState
    NOT IN (4,5))`.

    Args:
        folder_id (str):
        columns (list[str] | Unset):
        deal_state_excluded (list[str] | Unset):
        order_by_value (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        to_date (datetime.datetime | Unset):
        duration (int):  Default: 0.
        where_condition (str | Unset):
        accept_language (str | Unset):  Default: 'fr-FR'.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[EbpError | QueryResult]
    """

    folder_id = client_default(client, "FolderId", folder_id, UNSET)
    accept_language = client_default(client, "Accept-Language", accept_language, "fr-FR")
    kwargs = _get_kwargs(
        folder_id=folder_id,
        columns=columns,
        deal_state_excluded=deal_state_excluded,
        order_by_value=order_by_value,
        offset=offset,
        limit=limit,
        to_date=to_date,
        duration=duration,
        where_condition=where_condition,
        accept_language=accept_language,
    )
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


def sync(
    folder_id: str | Unset = UNSET,
    *,
    client: AuthenticatedClient | Client,
    columns: list[str] | Unset = UNSET,
    deal_state_excluded: list[str] | Unset = UNSET,
    order_by_value: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    to_date: datetime.datetime | Unset = UNSET,
    duration: int = 0,
    where_condition: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> QueryResult:
    """Obtenir les affaires filtrées (Deal)

     Cette requête permet de récupérer la liste des affaires filtrées (table "Deal"). The rows' columns
    depend on `Columns`.

    Exemples de filtres : ToDate 2020-12-06 + Duration 90 => `WHERE (DATEDIFF(day,
    DealDate,'2020-12-06T00:00:00') < 90`; DealStateExcluded "Finished","Canceled" => `WHERE (DealState
    NOT IN (4,5))`.

    Args:
        folder_id (str):
        columns (list[str] | Unset):
        deal_state_excluded (list[str] | Unset):
        order_by_value (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        to_date (datetime.datetime | Unset):
        duration (int):  Default: 0.
        where_condition (str | Unset):
        accept_language (str | Unset):  Default: 'fr-FR'.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        QueryResult
    """

    folder_id = client_default(client, "FolderId", folder_id, UNSET)
    accept_language = client_default(client, "Accept-Language", accept_language, "fr-FR")
    kwargs = _get_kwargs(
        folder_id=folder_id,
        columns=columns,
        deal_state_excluded=deal_state_excluded,
        order_by_value=order_by_value,
        offset=offset,
        limit=limit,
        to_date=to_date,
        duration=duration,
        where_condition=where_condition,
        accept_language=accept_language,
    )
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: QueryResult = success(response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS)
    return parsed


async def asyncio_detailed(
    folder_id: str | Unset = UNSET,
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    columns: list[str] | Unset = UNSET,
    deal_state_excluded: list[str] | Unset = UNSET,
    order_by_value: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    to_date: datetime.datetime | Unset = UNSET,
    duration: int = 0,
    where_condition: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[EbpError | QueryResult]:
    """Obtenir les affaires filtrées (Deal)

     Cette requête permet de récupérer la liste des affaires filtrées (table "Deal"). The rows' columns
    depend on `Columns`.

    Exemples de filtres : ToDate 2020-12-06 + Duration 90 => `WHERE (DATEDIFF(day,
    DealDate,'2020-12-06T00:00:00') < 90`; DealStateExcluded "Finished","Canceled" => `WHERE (DealState
    NOT IN (4,5))`.

    Args:
        folder_id (str):
        columns (list[str] | Unset):
        deal_state_excluded (list[str] | Unset):
        order_by_value (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        to_date (datetime.datetime | Unset):
        duration (int):  Default: 0.
        where_condition (str | Unset):
        accept_language (str | Unset):  Default: 'fr-FR'.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[EbpError | QueryResult]
    """

    folder_id = client_default(client, "FolderId", folder_id, UNSET)
    accept_language = client_default(client, "Accept-Language", accept_language, "fr-FR")
    kwargs = _get_kwargs(
        folder_id=folder_id,
        columns=columns,
        deal_state_excluded=deal_state_excluded,
        order_by_value=order_by_value,
        offset=offset,
        limit=limit,
        to_date=to_date,
        duration=duration,
        where_condition=where_condition,
        accept_language=accept_language,
    )
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


async def asyncio(
    folder_id: str | Unset = UNSET,
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    columns: list[str] | Unset = UNSET,
    deal_state_excluded: list[str] | Unset = UNSET,
    order_by_value: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    to_date: datetime.datetime | Unset = UNSET,
    duration: int = 0,
    where_condition: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> QueryResult:
    """Obtenir les affaires filtrées (Deal)

     Cette requête permet de récupérer la liste des affaires filtrées (table "Deal"). The rows' columns
    depend on `Columns`.

    Exemples de filtres : ToDate 2020-12-06 + Duration 90 => `WHERE (DATEDIFF(day,
    DealDate,'2020-12-06T00:00:00') < 90`; DealStateExcluded "Finished","Canceled" => `WHERE (DealState
    NOT IN (4,5))`.

    Args:
        folder_id (str):
        columns (list[str] | Unset):
        deal_state_excluded (list[str] | Unset):
        order_by_value (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        to_date (datetime.datetime | Unset):
        duration (int):  Default: 0.
        where_condition (str | Unset):
        accept_language (str | Unset):  Default: 'fr-FR'.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        QueryResult
    """

    folder_id = client_default(client, "FolderId", folder_id, UNSET)
    accept_language = client_default(client, "Accept-Language", accept_language, "fr-FR")
    kwargs = _get_kwargs(
        folder_id=folder_id,
        columns=columns,
        deal_state_excluded=deal_state_excluded,
        order_by_value=order_by_value,
        offset=offset,
        limit=limit,
        to_date=to_date,
        duration=duration,
        where_condition=where_condition,
        accept_language=accept_language,
    )
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: QueryResult = success(response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS)
    return parsed


MAXIMUM_PAGE_SIZE = 100


def _items(page: QueryResult) -> list[models.QueryRow]:
    items = page.results
    return items if isinstance(items, list) else []


def _total(page: QueryResult) -> int | None:
    return total_at(page, ("paging", "total"))


def pages(
    folder_id: str | Unset = UNSET,
    *,
    client: AuthenticatedClient | Client,
    columns: list[str] | Unset = UNSET,
    deal_state_excluded: list[str] | Unset = UNSET,
    order_by_value: str | Unset = UNSET,
    to_date: datetime.datetime | Unset = UNSET,
    duration: int = 0,
    where_condition: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    start: int = 0,
    page_size: int | None = None,
) -> Iterator[QueryResult]:
    """Every page of ``queryDeals``, fetched lazily from offset ``start``, ``page_size`` items each.

    ``page_size`` defaults to the largest the API accepts (100); more is refused. Paging stops when
    the total is reached, or on an empty or short page; the next offset counts the items actually
    received, so nothing is repeated or skipped when the server returns fewer than asked.
    """

    def fetch(offset: int, limit: int) -> QueryResult:
        return sync(
            folder_id=folder_id,
            client=client,
            columns=columns,
            deal_state_excluded=deal_state_excluded,
            order_by_value=order_by_value,
            to_date=to_date,
            duration=duration,
            where_condition=where_condition,
            accept_language=accept_language,
            offset=offset,
            limit=limit,
        )

    return paging.pages(fetch, _items, _total, maximum=MAXIMUM_PAGE_SIZE, start=start, page_size=page_size)


def iterate(
    folder_id: str | Unset = UNSET,
    *,
    client: AuthenticatedClient | Client,
    columns: list[str] | Unset = UNSET,
    deal_state_excluded: list[str] | Unset = UNSET,
    order_by_value: str | Unset = UNSET,
    to_date: datetime.datetime | Unset = UNSET,
    duration: int = 0,
    where_condition: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    start: int = 0,
    page_size: int | None = None,
) -> Iterator[models.QueryRow]:
    """Every item of ``queryDeals``, in order, each once, across as many pages as needed (see :func:`pages`)."""
    page_iterator = pages(
        folder_id=folder_id,
        client=client,
        columns=columns,
        deal_state_excluded=deal_state_excluded,
        order_by_value=order_by_value,
        to_date=to_date,
        duration=duration,
        where_condition=where_condition,
        accept_language=accept_language,
        start=start,
        page_size=page_size,
    )
    return (item for page in page_iterator for item in _items(page))


def aiterate(
    folder_id: str | Unset = UNSET,
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    columns: list[str] | Unset = UNSET,
    deal_state_excluded: list[str] | Unset = UNSET,
    order_by_value: str | Unset = UNSET,
    to_date: datetime.datetime | Unset = UNSET,
    duration: int = 0,
    where_condition: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    start: int = 0,
    page_size: int | None = None,
) -> AsyncIterator[models.QueryRow]:
    """:func:`iterate` for asyncio: ``async for item in aiterate(...)``."""

    async def fetch(offset: int, limit: int) -> QueryResult:
        return await asyncio(
            folder_id=folder_id,
            client=client,
            columns=columns,
            deal_state_excluded=deal_state_excluded,
            order_by_value=order_by_value,
            to_date=to_date,
            duration=duration,
            where_condition=where_condition,
            accept_language=accept_language,
            offset=offset,
            limit=limit,
        )

    return paging.aiterate(fetch, _items, _total, maximum=MAXIMUM_PAGE_SIZE, start=start, page_size=page_size)
