import datetime
from collections.abc import AsyncIterator, Iterator
from decimal import Decimal
from typing import Any, cast
from uuid import UUID

import httpx
from comptoir.runtime import asend, check_arg, client_default, detailed, json_body, paging, send, success
from comptoir.runtime.paging import total_at
from comptoir.runtime.reading import (
    invalid,
)

from ... import API_NAME, models
from ...client import AsyncAuthenticatedClient, AsyncClient, AuthenticatedClient, Client
from ...models.ebp_error import EbpError
from ...models.line_entry_page import LineEntryPage
from ...types import UNSET, Response, Unset, encode_query

OPERATION = "listLinesEntries"
_SUCCESS = frozenset([200])


def _get_kwargs(
    *,
    skip: int | Unset = 0,
    take: int | Unset = 100,
    general_account: str | Unset = UNSET,
    auxiliary_account: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    valid: bool | Unset = UNSET,
    lettered: bool | Unset = UNSET,
    assigned: bool | Unset = UNSET,
    search: str | Unset = UNSET,
    amount: Decimal | Unset = UNSET,
    bank_deposit: bool | Unset = UNSET,
    nature: str | Unset = UNSET,
    journals: str | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_direction: str | Unset = UNSET,
    tenantid: UUID | Unset = UNSET,
) -> dict[str, Any]:
    skip = check_arg("listLinesEntries", "skip", skip, "int", minimum=0)
    take = check_arg("listLinesEntries", "take", take, "int", minimum=1, maximum=100)
    general_account = check_arg("listLinesEntries", "generalAccount", general_account, "str")
    auxiliary_account = check_arg("listLinesEntries", "auxiliaryAccount", auxiliary_account, "str")
    start_date = check_arg("listLinesEntries", "startDate", start_date, "date")
    end_date = check_arg("listLinesEntries", "endDate", end_date, "date")
    valid = check_arg("listLinesEntries", "valid", valid, "bool")
    lettered = check_arg("listLinesEntries", "lettered", lettered, "bool")
    assigned = check_arg("listLinesEntries", "assigned", assigned, "bool")
    search = check_arg("listLinesEntries", "search", search, "str")
    amount = check_arg("listLinesEntries", "amount", amount, "number")
    bank_deposit = check_arg("listLinesEntries", "bankDeposit", bank_deposit, "bool")
    nature = check_arg("listLinesEntries", "nature", nature, "str")
    journals = check_arg("listLinesEntries", "journals", journals, "str")
    sort_field = check_arg("listLinesEntries", "sortField", sort_field, "str")
    sort_direction = check_arg("listLinesEntries", "sortDirection", sort_direction, "str")
    tenantid = check_arg("listLinesEntries", "tenantid", tenantid, "uuid", required=True)
    headers: dict[str, Any] = {"Accept": "application/json"}
    header_tenantid = str(tenantid)
    headers["tenantid"] = str(header_tenantid)

    params: dict[str, Any] = {}

    params["skip"] = skip

    params["take"] = take

    params["generalAccount"] = general_account

    params["auxiliaryAccount"] = auxiliary_account

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["startDate"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["endDate"] = json_end_date

    params["valid"] = valid

    params["lettered"] = lettered

    params["assigned"] = assigned

    params["search"] = search

    params["amount"] = amount

    params["bankDeposit"] = bank_deposit

    params["nature"] = nature

    params["journals"] = journals

    params["sortField"] = sort_field

    params["sortDirection"] = sort_direction

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/lines-entries",
        "extensions": {"openapi_security": [["bearerAuth", "subscriptionKey"]]},
    }

    query = encode_query(params)
    if query:
        _kwargs["url"] += "?" + query

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> EbpError | LineEntryPage | None:
    """The documented value of a documented status (success or error model); None for any other status."""
    if response.status_code == 200:
        document = json_body(response)
        if document is None:
            raise invalid("", None, "a JSON value other than null", document)
        return cast("LineEntryPage", LineEntryPage._read(document, "", None))

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
    *,
    client: AuthenticatedClient | Client,
    skip: int | Unset = 0,
    take: int | Unset = 100,
    general_account: str | Unset = UNSET,
    auxiliary_account: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    valid: bool | Unset = UNSET,
    lettered: bool | Unset = UNSET,
    assigned: bool | Unset = UNSET,
    search: str | Unset = UNSET,
    amount: Decimal | Unset = UNSET,
    bank_deposit: bool | Unset = UNSET,
    nature: str | Unset = UNSET,
    journals: str | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_direction: str | Unset = UNSET,
    tenantid: UUID | Unset = UNSET,
) -> Response[EbpError | LineEntryPage]:
    """Récupération des écritures

     Cette requête retourne des écritures (lignes d'écritures) selon les filtres.

    Args:
        skip (int | Unset):  Default: 0.
        take (int | Unset):  Default: 100.
        general_account (str | Unset):
        auxiliary_account (str | Unset):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        valid (bool | Unset):
        lettered (bool | Unset):
        assigned (bool | Unset):
        search (str | Unset):
        amount (Decimal | Unset):
        bank_deposit (bool | Unset):
        nature (str | Unset):
        journals (str | Unset):
        sort_field (str | Unset):
        sort_direction (str | Unset):
        tenantid (UUID):

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[EbpError | LineEntryPage]
    """

    tenantid = client_default(client, "tenantid", tenantid, UNSET)
    kwargs = _get_kwargs(
        skip=skip,
        take=take,
        general_account=general_account,
        auxiliary_account=auxiliary_account,
        start_date=start_date,
        end_date=end_date,
        valid=valid,
        lettered=lettered,
        assigned=assigned,
        search=search,
        amount=amount,
        bank_deposit=bank_deposit,
        nature=nature,
        journals=journals,
        sort_field=sort_field,
        sort_direction=sort_direction,
        tenantid=tenantid,
    )
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


def sync(
    *,
    client: AuthenticatedClient | Client,
    skip: int | Unset = 0,
    take: int | Unset = 100,
    general_account: str | Unset = UNSET,
    auxiliary_account: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    valid: bool | Unset = UNSET,
    lettered: bool | Unset = UNSET,
    assigned: bool | Unset = UNSET,
    search: str | Unset = UNSET,
    amount: Decimal | Unset = UNSET,
    bank_deposit: bool | Unset = UNSET,
    nature: str | Unset = UNSET,
    journals: str | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_direction: str | Unset = UNSET,
    tenantid: UUID | Unset = UNSET,
) -> LineEntryPage:
    """Récupération des écritures

     Cette requête retourne des écritures (lignes d'écritures) selon les filtres.

    Args:
        skip (int | Unset):  Default: 0.
        take (int | Unset):  Default: 100.
        general_account (str | Unset):
        auxiliary_account (str | Unset):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        valid (bool | Unset):
        lettered (bool | Unset):
        assigned (bool | Unset):
        search (str | Unset):
        amount (Decimal | Unset):
        bank_deposit (bool | Unset):
        nature (str | Unset):
        journals (str | Unset):
        sort_field (str | Unset):
        sort_direction (str | Unset):
        tenantid (UUID):

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        LineEntryPage
    """

    tenantid = client_default(client, "tenantid", tenantid, UNSET)
    kwargs = _get_kwargs(
        skip=skip,
        take=take,
        general_account=general_account,
        auxiliary_account=auxiliary_account,
        start_date=start_date,
        end_date=end_date,
        valid=valid,
        lettered=lettered,
        assigned=assigned,
        search=search,
        amount=amount,
        bank_deposit=bank_deposit,
        nature=nature,
        journals=journals,
        sort_field=sort_field,
        sort_direction=sort_direction,
        tenantid=tenantid,
    )
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: LineEntryPage = success(response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS)
    return parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    skip: int | Unset = 0,
    take: int | Unset = 100,
    general_account: str | Unset = UNSET,
    auxiliary_account: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    valid: bool | Unset = UNSET,
    lettered: bool | Unset = UNSET,
    assigned: bool | Unset = UNSET,
    search: str | Unset = UNSET,
    amount: Decimal | Unset = UNSET,
    bank_deposit: bool | Unset = UNSET,
    nature: str | Unset = UNSET,
    journals: str | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_direction: str | Unset = UNSET,
    tenantid: UUID | Unset = UNSET,
) -> Response[EbpError | LineEntryPage]:
    """Récupération des écritures

     Cette requête retourne des écritures (lignes d'écritures) selon les filtres.

    Args:
        skip (int | Unset):  Default: 0.
        take (int | Unset):  Default: 100.
        general_account (str | Unset):
        auxiliary_account (str | Unset):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        valid (bool | Unset):
        lettered (bool | Unset):
        assigned (bool | Unset):
        search (str | Unset):
        amount (Decimal | Unset):
        bank_deposit (bool | Unset):
        nature (str | Unset):
        journals (str | Unset):
        sort_field (str | Unset):
        sort_direction (str | Unset):
        tenantid (UUID):

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[EbpError | LineEntryPage]
    """

    tenantid = client_default(client, "tenantid", tenantid, UNSET)
    kwargs = _get_kwargs(
        skip=skip,
        take=take,
        general_account=general_account,
        auxiliary_account=auxiliary_account,
        start_date=start_date,
        end_date=end_date,
        valid=valid,
        lettered=lettered,
        assigned=assigned,
        search=search,
        amount=amount,
        bank_deposit=bank_deposit,
        nature=nature,
        journals=journals,
        sort_field=sort_field,
        sort_direction=sort_direction,
        tenantid=tenantid,
    )
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


async def asyncio(
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    skip: int | Unset = 0,
    take: int | Unset = 100,
    general_account: str | Unset = UNSET,
    auxiliary_account: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    valid: bool | Unset = UNSET,
    lettered: bool | Unset = UNSET,
    assigned: bool | Unset = UNSET,
    search: str | Unset = UNSET,
    amount: Decimal | Unset = UNSET,
    bank_deposit: bool | Unset = UNSET,
    nature: str | Unset = UNSET,
    journals: str | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_direction: str | Unset = UNSET,
    tenantid: UUID | Unset = UNSET,
) -> LineEntryPage:
    """Récupération des écritures

     Cette requête retourne des écritures (lignes d'écritures) selon les filtres.

    Args:
        skip (int | Unset):  Default: 0.
        take (int | Unset):  Default: 100.
        general_account (str | Unset):
        auxiliary_account (str | Unset):
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        valid (bool | Unset):
        lettered (bool | Unset):
        assigned (bool | Unset):
        search (str | Unset):
        amount (Decimal | Unset):
        bank_deposit (bool | Unset):
        nature (str | Unset):
        journals (str | Unset):
        sort_field (str | Unset):
        sort_direction (str | Unset):
        tenantid (UUID):

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        LineEntryPage
    """

    tenantid = client_default(client, "tenantid", tenantid, UNSET)
    kwargs = _get_kwargs(
        skip=skip,
        take=take,
        general_account=general_account,
        auxiliary_account=auxiliary_account,
        start_date=start_date,
        end_date=end_date,
        valid=valid,
        lettered=lettered,
        assigned=assigned,
        search=search,
        amount=amount,
        bank_deposit=bank_deposit,
        nature=nature,
        journals=journals,
        sort_field=sort_field,
        sort_direction=sort_direction,
        tenantid=tenantid,
    )
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: LineEntryPage = success(response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS)
    return parsed


MAXIMUM_PAGE_SIZE = 100


def _items(page: LineEntryPage) -> list[models.LineEntry]:
    items = page.lines_entries
    return items if isinstance(items, list) else []


def _total(page: LineEntryPage) -> int | None:
    return total_at(page, ("total_records",))


def pages(
    *,
    client: AuthenticatedClient | Client,
    general_account: str | Unset = UNSET,
    auxiliary_account: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    valid: bool | Unset = UNSET,
    lettered: bool | Unset = UNSET,
    assigned: bool | Unset = UNSET,
    search: str | Unset = UNSET,
    amount: Decimal | Unset = UNSET,
    bank_deposit: bool | Unset = UNSET,
    nature: str | Unset = UNSET,
    journals: str | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_direction: str | Unset = UNSET,
    tenantid: UUID | Unset = UNSET,
    start: int = 0,
    page_size: int | None = None,
) -> Iterator[LineEntryPage]:
    """Every page of ``listLinesEntries``, fetched lazily from offset ``start``, ``page_size`` items each.

    ``page_size`` defaults to the largest the API accepts (100); more is refused. Paging stops when
    the total is reached, or on an empty or short page; the next offset counts the items actually
    received, so nothing is repeated or skipped when the server returns fewer than asked.
    """

    def fetch(offset: int, limit: int) -> LineEntryPage:
        return sync(
            client=client,
            general_account=general_account,
            auxiliary_account=auxiliary_account,
            start_date=start_date,
            end_date=end_date,
            valid=valid,
            lettered=lettered,
            assigned=assigned,
            search=search,
            amount=amount,
            bank_deposit=bank_deposit,
            nature=nature,
            journals=journals,
            sort_field=sort_field,
            sort_direction=sort_direction,
            tenantid=tenantid,
            skip=offset,
            take=limit,
        )

    return paging.pages(fetch, _items, _total, maximum=MAXIMUM_PAGE_SIZE, start=start, page_size=page_size)


def iterate(
    *,
    client: AuthenticatedClient | Client,
    general_account: str | Unset = UNSET,
    auxiliary_account: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    valid: bool | Unset = UNSET,
    lettered: bool | Unset = UNSET,
    assigned: bool | Unset = UNSET,
    search: str | Unset = UNSET,
    amount: Decimal | Unset = UNSET,
    bank_deposit: bool | Unset = UNSET,
    nature: str | Unset = UNSET,
    journals: str | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_direction: str | Unset = UNSET,
    tenantid: UUID | Unset = UNSET,
    start: int = 0,
    page_size: int | None = None,
) -> Iterator[models.LineEntry]:
    """Every item of ``listLinesEntries``, in order, each once, across as many pages as needed (see :func:`pages`)."""
    page_iterator = pages(
        client=client,
        general_account=general_account,
        auxiliary_account=auxiliary_account,
        start_date=start_date,
        end_date=end_date,
        valid=valid,
        lettered=lettered,
        assigned=assigned,
        search=search,
        amount=amount,
        bank_deposit=bank_deposit,
        nature=nature,
        journals=journals,
        sort_field=sort_field,
        sort_direction=sort_direction,
        tenantid=tenantid,
        start=start,
        page_size=page_size,
    )
    return (item for page in page_iterator for item in _items(page))


def aiterate(
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    general_account: str | Unset = UNSET,
    auxiliary_account: str | Unset = UNSET,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    valid: bool | Unset = UNSET,
    lettered: bool | Unset = UNSET,
    assigned: bool | Unset = UNSET,
    search: str | Unset = UNSET,
    amount: Decimal | Unset = UNSET,
    bank_deposit: bool | Unset = UNSET,
    nature: str | Unset = UNSET,
    journals: str | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_direction: str | Unset = UNSET,
    tenantid: UUID | Unset = UNSET,
    start: int = 0,
    page_size: int | None = None,
) -> AsyncIterator[models.LineEntry]:
    """:func:`iterate` for asyncio: ``async for item in aiterate(...)``."""

    async def fetch(offset: int, limit: int) -> LineEntryPage:
        return await asyncio(
            client=client,
            general_account=general_account,
            auxiliary_account=auxiliary_account,
            start_date=start_date,
            end_date=end_date,
            valid=valid,
            lettered=lettered,
            assigned=assigned,
            search=search,
            amount=amount,
            bank_deposit=bank_deposit,
            nature=nature,
            journals=journals,
            sort_field=sort_field,
            sort_direction=sort_direction,
            tenantid=tenantid,
            skip=offset,
            take=limit,
        )

    return paging.aiterate(fetch, _items, _total, maximum=MAXIMUM_PAGE_SIZE, start=start, page_size=page_size)
