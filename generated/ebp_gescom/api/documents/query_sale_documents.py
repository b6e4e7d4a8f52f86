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

OPERATION = "querySaleDocuments"
_SUCCESS = frozenset([200])


def _get_kwargs(
    folder_id: str | Unset = UNSET,
    *,
    columns: list[str] | Unset = UNSET,
    sys_modified_date: datetime.datetime | Unset = UNSET,
    order_by_value: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    to_date: datetime.datetime | Unset = UNSET,
    duration: int,
    where_condition: str | Unset = UNSET,
    document_type: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> dict[str, Any]:
    folder_id = check_arg("querySaleDocuments", "FolderId", folder_id, "str", required=True, path_segment=True)
    columns = check_arg("querySaleDocuments", "Columns", columns, "list", items="str")
    sys_modified_date = check_arg("querySaleDocuments", "SysModifiedDate", sys_modified_date, "datetime")
    order_by_value = check_arg("querySaleDocuments", "OrderByValue", order_by_value, "str")
    offset = check_arg("querySaleDocuments", "Offset", offset, "int")
    limit = check_arg("querySaleDocuments", "Limit", limit, "int", maximum=100)
    to_date = check_arg("querySaleDocuments", "ToDate", to_date, "datetime")
    duration = check_arg("querySaleDocuments", "Duration", duration, "int", required=True)
    where_condition = check_arg("querySaleDocuments", "WhereCondition", where_condition, "str")
    document_type = check_arg("querySaleDocuments", "DocumentType", document_type, "str")
    accept_language = check_arg("querySaleDocuments", "Accept-Language", accept_language, "str")
    headers: dict[str, Any] = {"Accept": "application/json"}
    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    params: dict[str, Any] = {}

    json_columns: list[str] | Unset = UNSET
    if not isinstance(columns, Unset):
        json_columns = columns

    params["Columns"] = json_columns

    json_sys_modified_date: str | Unset = UNSET
    if not isinstance(sys_modified_date, Unset):
        json_sys_modified_date = sys_modified_date.isoformat()
    params["SysModifiedDate"] = json_sys_modified_date

    params["OrderByValue"] = order_by_value

    params["Offset"] = offset

    params["Limit"] = limit

    json_to_date: str | Unset = UNSET
    if not isinstance(to_date, Unset):
        json_to_date = to_date.isoformat()
    params["ToDate"] = json_to_date

    params["Duration"] = duration

    params["WhereCondition"] = where_condition

    params["DocumentType"] = document_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/Folders/{folder_id}/Documents/SaleDocument".format(
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
    sys_modified_date: datetime.datetime | Unset = UNSET,
    order_by_value: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    to_date: datetime.datetime | Unset = UNSET,
    duration: int,
    where_condition: str | Unset = UNSET,
    document_type: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[EbpError | QueryResult]:
    """Obtenir les documents de ventes filtrés (SaleDocument)

     Cette requête permet de récupérer la liste des documents de vente “brut” d’un dossier avec des
    filtres paramétrables (table "SaleDocument"). The rows' columns depend on `Columns`.

    Exemples de filtres : ToDate "2020-12-23 10:03:56.000" + Duration 30 => `WHERE( DATEDIFF(day,
    DocumentDate,'2020-12-23T10:03:56') < 30`; SysModifiedDate "2020-11-08" => `WHERE
    SaleDocument.sysModifiedDate > '2020-11-08T00:00:00'`.

    Args:
        folder_id (str):
        columns (list[str] | Unset):
        sys_modified_date (datetime.datetime | Unset):
        order_by_value (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        to_date (datetime.datetime | Unset):
        duration (int):
        where_condition (str | Unset):
        document_type (str | Unset):
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
        sys_modified_date=sys_modified_date,
        order_by_value=order_by_value,
        offset=offset,
        limit=limit,
        to_date=to_date,
        duration=duration,
        where_condition=where_condition,
        document_type=document_type,
        accept_language=accept_language,
    )
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


def sync(
    folder_id: str | Unset = UNSET,
    *,
    client: AuthenticatedClient | Client,
    columns: list[str] | Unset = UNSET,
    sys_modified_date: datetime.datetime | Unset = UNSET,
    order_by_value: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    to_date: datetime.datetime | Unset = UNSET,
    duration: int,
    where_condition: str | Unset = UNSET,
    document_type: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> QueryResult:
    """Obtenir les documents de ventes filtrés (SaleDocument)

     Cette requête permet de récupérer la liste des documents de vente “brut” d’un dossier avec des
    filtres paramétrables (table "SaleDocument"). The rows' columns depend on `Columns`.

    Exemples de filtres : ToDate "2020-12-23 10:03:56.000" + Duration 30 => `WHERE( DATEDIFF(day,
    DocumentDate,'2020-12-23T10:03:56') < 30`; SysModifiedDate "2020-11-08" => `WHERE
    SaleDocument.sysModifiedDate > '2020-11-08T00:00:00'`.

    Args:
        folder_id (str):
        columns (list[str] | Unset):
        sys_modified_date (datetime.datetime | Unset):
        order_by_value (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        to_date (datetime.datetime | Unset):
        duration (int):
        where_condition (str | Unset):
        document_type (str | Unset):
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
        sys_modified_date=sys_modified_date,
        order_by_value=order_by_value,
        offset=offset,
        limit=limit,
        to_date=to_date,
        duration=duration,
        where_condition=where_condition,
        document_type=document_type,
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
    sys_modified_date: datetime.datetime | Unset = UNSET,
    order_by_value: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    to_date: datetime.datetime | Unset = UNSET,
    duration: int,
    where_condition: str | Unset = UNSET,
    document_type: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[EbpError | QueryResult]:
    """Obtenir les documents de ventes filtrés (SaleDocument)

     Cette requête permet de récupérer la liste des documents de vente “brut” d’un dossier avec des
    filtres paramétrables (table "SaleDocument"). The rows' columns depend on `Columns`.

    Exemples de filtres : ToDate "2020-12-23 10:03:56.000" + Duration 30 => `WHERE( DATEDIFF(day,
    DocumentDate,'2020-12-23T10:03:56') < 30`; SysModifiedDate "2020-11-08" => `WHERE
    SaleDocument.sysModifiedDate > '2020-11-08T00:00:00'`.

    Args:
        folder_id (str):
        columns (list[str] | Unset):
        sys_modified_date (datetime.datetime | Unset):
        order_by_value (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        to_date (datetime.datetime | Unset):
        duration (int):
        where_condition (str | Unset):
        document_type (str | Unset):
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
        sys_modified_date=sys_modified_date,
        order_by_value=order_by_value,
        offset=offset,
        limit=limit,
        to_date=to_date,
        duration=duration,
        where_condition=where_condition,
        document_type=document_type,
        accept_language=accept_language,
    )
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


async def asyncio(
    folder_id: str | Unset = UNSET,
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    columns: list[str] | Unset = UNSET,
    sys_modified_date: datetime.datetime | Unset = UNSET,
    order_by_value: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    to_date: datetime.datetime | Unset = UNSET,
    duration: int,
    where_condition: str | Unset = UNSET,
    document_type: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> QueryResult:
    """Obtenir les documents de ventes filtrés (SaleDocument)

     Cette requête permet de récupérer la liste des documents de vente “brut” d’un dossier avec des
    filtres paramétrables (table "SaleDocument"). The rows' columns depend on `Columns`.

    Exemples de filtres : ToDate "2020-12-23 10:03:56.000" + Duration 30 => `WHERE( DATEDIFF(day,
    DocumentDate,'2020-12-23T10:03:56') < 30`; SysModifiedDate "2020-11-08" => `WHERE
    SaleDocument.sysModifiedDate > '2020-11-08T00:00:00'`.

    Args:
        folder_id (str):
        columns (list[str] | Unset):
        sys_modified_date (datetime.datetime | Unset):
        order_by_value (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        to_date (datetime.datetime | Unset):
        duration (int):
        where_condition (str | Unset):
        document_type (str | Unset):
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
        sys_modified_date=sys_modified_date,
        order_by_value=order_by_value,
        offset=offset,
        limit=limit,
        to_date=to_date,
        duration=duration,
        where_condition=where_condition,
        document_type=document_type,
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
    sys_modified_date: datetime.datetime | Unset = UNSET,
    order_by_value: str | Unset = UNSET,
    to_date: datetime.datetime | Unset = UNSET,
    duration: int,
    where_condition: str | Unset = UNSET,
    document_type: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    start: int = 0,
    page_size: int | None = None,
) -> Iterator[QueryResult]:
    """Every page of ``querySaleDocuments``, fetched lazily from offset ``start``, ``page_size`` items each.

    ``page_size`` defaults to the largest the API accepts (100); more is refused. Paging stops when
    the total is reached, or on an empty or short page; the next offset counts the items actually
    received, so nothing is repeated or skipped when the server returns fewer than asked.
    """

    def fetch(offset: int, limit: int) -> QueryResult:
        return sync(
            folder_id=folder_id,
            client=client,
            columns=columns,
            sys_modified_date=sys_modified_date,
            order_by_value=order_by_value,
            to_date=to_date,
            duration=duration,
            where_condition=where_condition,
            document_type=document_type,
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
    sys_modified_date: datetime.datetime | Unset = UNSET,
    order_by_value: str | Unset = UNSET,
    to_date: datetime.datetime | Unset = UNSET,
    duration: int,
    where_condition: str | Unset = UNSET,
    document_type: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    start: int = 0,
    page_size: int | None = None,
) -> Iterator[models.QueryRow]:
    """Every item of ``querySaleDocuments``, in order, each once, across as many pages as needed (see :func:`pages`)."""
    page_iterator = pages(
        folder_id=folder_id,
        client=client,
        columns=columns,
        sys_modified_date=sys_modified_date,
        order_by_value=order_by_value,
        to_date=to_date,
        duration=duration,
        where_condition=where_condition,
        document_type=document_type,
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
    sys_modified_date: datetime.datetime | Unset = UNSET,
    order_by_value: str | Unset = UNSET,
    to_date: datetime.datetime | Unset = UNSET,
    duration: int,
    where_condition: str | Unset = UNSET,
    document_type: str | Unset = UNSET,
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
            sys_modified_date=sys_modified_date,
            order_by_value=order_by_value,
            to_date=to_date,
            duration=duration,
            where_condition=where_condition,
            document_type=document_type,
            accept_language=accept_language,
            offset=offset,
            limit=limit,
        )

    return paging.aiterate(fetch, _items, _total, maximum=MAXIMUM_PAGE_SIZE, start=start, page_size=page_size)
