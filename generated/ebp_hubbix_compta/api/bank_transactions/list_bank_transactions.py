import datetime
from collections.abc import AsyncIterator, Iterator
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
from ...models.bank_transaction_list import BankTransactionList
from ...models.ebp_error import EbpError
from ...models.list_bank_transactions_sort import ListBankTransactionsSort
from ...types import UNSET, Response, Unset, encode_query

OPERATION = "listBankTransactions"
_SUCCESS = frozenset([200])


def _get_kwargs(
    *,
    take: int | Unset = 100,
    skip: int | Unset = 0,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    status: int | Unset = UNSET,
    bank_account: UUID | Unset = UNSET,
    bank_accounts: str | Unset = UNSET,
    uuid: UUID | Unset = UNSET,
    sort: ListBankTransactionsSort | Unset = ListBankTransactionsSort.CHRONOLOGICAL,
    with_assignment_suggestion: bool | Unset = False,
    tenantid: UUID | Unset = UNSET,
) -> dict[str, Any]:
    take = check_arg("listBankTransactions", "take", take, "int", minimum=1, maximum=100)
    skip = check_arg("listBankTransactions", "skip", skip, "int", minimum=0)
    start_date = check_arg("listBankTransactions", "startDate", start_date, "date")
    end_date = check_arg("listBankTransactions", "endDate", end_date, "date")
    status = check_arg("listBankTransactions", "status", status, "int", minimum=0, maximum=2)
    bank_account = check_arg("listBankTransactions", "bankAccount", bank_account, "uuid")
    bank_accounts = check_arg("listBankTransactions", "bankAccounts", bank_accounts, "str")
    uuid = check_arg("listBankTransactions", "uuid", uuid, "uuid")
    sort = check_arg("listBankTransactions", "sort", sort, "enum", enum_cls=ListBankTransactionsSort)
    with_assignment_suggestion = check_arg(
        "listBankTransactions", "withAssignmentSuggestion", with_assignment_suggestion, "bool"
    )
    tenantid = check_arg("listBankTransactions", "tenantid", tenantid, "uuid", required=True)
    headers: dict[str, Any] = {"Accept": "application/json"}
    header_tenantid = str(tenantid)
    headers["tenantid"] = str(header_tenantid)

    params: dict[str, Any] = {}

    params["take"] = take

    params["skip"] = skip

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["startDate"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["endDate"] = json_end_date

    params["status"] = status

    json_bank_account: str | Unset = UNSET
    if not isinstance(bank_account, Unset):
        json_bank_account = str(bank_account)
    params["bankAccount"] = json_bank_account

    params["bankAccounts"] = bank_accounts

    json_uuid: str | Unset = UNSET
    if not isinstance(uuid, Unset):
        json_uuid = str(uuid)
    params["uuid"] = json_uuid

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params["withAssignmentSuggestion"] = with_assignment_suggestion

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/bank-transactions",
        "extensions": {"openapi_security": [["bearerAuth", "subscriptionKey"]]},
    }

    query = encode_query(params)
    if query:
        _kwargs["url"] += "?" + query

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> BankTransactionList | EbpError | None:
    """The documented value of a documented status (success or error model); None for any other status."""
    if response.status_code == 200:
        document = json_body(response)
        if document is None:
            raise invalid("", None, "a JSON value other than null", document)
        return cast("BankTransactionList", BankTransactionList._read(document, "", None))

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
    take: int | Unset = 100,
    skip: int | Unset = 0,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    status: int | Unset = UNSET,
    bank_account: UUID | Unset = UNSET,
    bank_accounts: str | Unset = UNSET,
    uuid: UUID | Unset = UNSET,
    sort: ListBankTransactionsSort | Unset = ListBankTransactionsSort.CHRONOLOGICAL,
    with_assignment_suggestion: bool | Unset = False,
    tenantid: UUID | Unset = UNSET,
) -> Response[BankTransactionList | EbpError]:
    """Récupération des opérations bancaires

     Cette requête retourne des opérations bancaires selon les filtres.

    Args:
        take (int | Unset):  Default: 100.
        skip (int | Unset):  Default: 0.
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        status (int | Unset):
        bank_account (UUID | Unset):
        bank_accounts (str | Unset):
        uuid (UUID | Unset):
        sort (ListBankTransactionsSort | Unset):  Default: ListBankTransactionsSort.CHRONOLOGICAL.
        with_assignment_suggestion (bool | Unset):  Default: False.
        tenantid (UUID):

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[BankTransactionList | EbpError]
    """

    tenantid = client_default(client, "tenantid", tenantid, UNSET)
    kwargs = _get_kwargs(
        take=take,
        skip=skip,
        start_date=start_date,
        end_date=end_date,
        status=status,
        bank_account=bank_account,
        bank_accounts=bank_accounts,
        uuid=uuid,
        sort=sort,
        with_assignment_suggestion=with_assignment_suggestion,
        tenantid=tenantid,
    )
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


def sync(
    *,
    client: AuthenticatedClient | Client,
    take: int | Unset = 100,
    skip: int | Unset = 0,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    status: int | Unset = UNSET,
    bank_account: UUID | Unset = UNSET,
    bank_accounts: str | Unset = UNSET,
    uuid: UUID | Unset = UNSET,
    sort: ListBankTransactionsSort | Unset = ListBankTransactionsSort.CHRONOLOGICAL,
    with_assignment_suggestion: bool | Unset = False,
    tenantid: UUID | Unset = UNSET,
) -> BankTransactionList:
    """Récupération des opérations bancaires

     Cette requête retourne des opérations bancaires selon les filtres.

    Args:
        take (int | Unset):  Default: 100.
        skip (int | Unset):  Default: 0.
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        status (int | Unset):
        bank_account (UUID | Unset):
        bank_accounts (str | Unset):
        uuid (UUID | Unset):
        sort (ListBankTransactionsSort | Unset):  Default: ListBankTransactionsSort.CHRONOLOGICAL.
        with_assignment_suggestion (bool | Unset):  Default: False.
        tenantid (UUID):

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        BankTransactionList
    """

    tenantid = client_default(client, "tenantid", tenantid, UNSET)
    kwargs = _get_kwargs(
        take=take,
        skip=skip,
        start_date=start_date,
        end_date=end_date,
        status=status,
        bank_account=bank_account,
        bank_accounts=bank_accounts,
        uuid=uuid,
        sort=sort,
        with_assignment_suggestion=with_assignment_suggestion,
        tenantid=tenantid,
    )
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: BankTransactionList = success(
        response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS
    )
    return parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    take: int | Unset = 100,
    skip: int | Unset = 0,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    status: int | Unset = UNSET,
    bank_account: UUID | Unset = UNSET,
    bank_accounts: str | Unset = UNSET,
    uuid: UUID | Unset = UNSET,
    sort: ListBankTransactionsSort | Unset = ListBankTransactionsSort.CHRONOLOGICAL,
    with_assignment_suggestion: bool | Unset = False,
    tenantid: UUID | Unset = UNSET,
) -> Response[BankTransactionList | EbpError]:
    """Récupération des opérations bancaires

     Cette requête retourne des opérations bancaires selon les filtres.

    Args:
        take (int | Unset):  Default: 100.
        skip (int | Unset):  Default: 0.
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        status (int | Unset):
        bank_account (UUID | Unset):
        bank_accounts (str | Unset):
        uuid (UUID | Unset):
        sort (ListBankTransactionsSort | Unset):  Default: ListBankTransactionsSort.CHRONOLOGICAL.
        with_assignment_suggestion (bool | Unset):  Default: False.
        tenantid (UUID):

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[BankTransactionList | EbpError]
    """

    tenantid = client_default(client, "tenantid", tenantid, UNSET)
    kwargs = _get_kwargs(
        take=take,
        skip=skip,
        start_date=start_date,
        end_date=end_date,
        status=status,
        bank_account=bank_account,
        bank_accounts=bank_accounts,
        uuid=uuid,
        sort=sort,
        with_assignment_suggestion=with_assignment_suggestion,
        tenantid=tenantid,
    )
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


async def asyncio(
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    take: int | Unset = 100,
    skip: int | Unset = 0,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    status: int | Unset = UNSET,
    bank_account: UUID | Unset = UNSET,
    bank_accounts: str | Unset = UNSET,
    uuid: UUID | Unset = UNSET,
    sort: ListBankTransactionsSort | Unset = ListBankTransactionsSort.CHRONOLOGICAL,
    with_assignment_suggestion: bool | Unset = False,
    tenantid: UUID | Unset = UNSET,
) -> BankTransactionList:
    """Récupération des opérations bancaires

     Cette requête retourne des opérations bancaires selon les filtres.

    Args:
        take (int | Unset):  Default: 100.
        skip (int | Unset):  Default: 0.
        start_date (datetime.date | Unset):
        end_date (datetime.date | Unset):
        status (int | Unset):
        bank_account (UUID | Unset):
        bank_accounts (str | Unset):
        uuid (UUID | Unset):
        sort (ListBankTransactionsSort | Unset):  Default: ListBankTransactionsSort.CHRONOLOGICAL.
        with_assignment_suggestion (bool | Unset):  Default: False.
        tenantid (UUID):

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        BankTransactionList
    """

    tenantid = client_default(client, "tenantid", tenantid, UNSET)
    kwargs = _get_kwargs(
        take=take,
        skip=skip,
        start_date=start_date,
        end_date=end_date,
        status=status,
        bank_account=bank_account,
        bank_accounts=bank_accounts,
        uuid=uuid,
        sort=sort,
        with_assignment_suggestion=with_assignment_suggestion,
        tenantid=tenantid,
    )
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: BankTransactionList = success(
        response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS
    )
    return parsed


MAXIMUM_PAGE_SIZE = 100


def _items(page: BankTransactionList) -> list[models.BankTransaction]:
    items = page.data
    return items if isinstance(items, list) else []


def _total(page: BankTransactionList) -> int | None:
    return total_at(page, ())


def pages(
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    status: int | Unset = UNSET,
    bank_account: UUID | Unset = UNSET,
    bank_accounts: str | Unset = UNSET,
    uuid: UUID | Unset = UNSET,
    sort: ListBankTransactionsSort | Unset = ListBankTransactionsSort.CHRONOLOGICAL,
    with_assignment_suggestion: bool | Unset = False,
    tenantid: UUID | Unset = UNSET,
    start: int = 0,
    page_size: int | None = None,
) -> Iterator[BankTransactionList]:
    """Every page of ``listBankTransactions``, fetched lazily from offset ``start``, ``page_size`` items each.

    ``page_size`` defaults to the largest the API accepts (100); more is refused. Paging stops when
    the total is reached, or on an empty or short page; the next offset counts the items actually
    received, so nothing is repeated or skipped when the server returns fewer than asked.
    """

    def fetch(offset: int, limit: int) -> BankTransactionList:
        return sync(
            client=client,
            start_date=start_date,
            end_date=end_date,
            status=status,
            bank_account=bank_account,
            bank_accounts=bank_accounts,
            uuid=uuid,
            sort=sort,
            with_assignment_suggestion=with_assignment_suggestion,
            tenantid=tenantid,
            skip=offset,
            take=limit,
        )

    return paging.pages(fetch, _items, _total, maximum=MAXIMUM_PAGE_SIZE, start=start, page_size=page_size)


def iterate(
    *,
    client: AuthenticatedClient | Client,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    status: int | Unset = UNSET,
    bank_account: UUID | Unset = UNSET,
    bank_accounts: str | Unset = UNSET,
    uuid: UUID | Unset = UNSET,
    sort: ListBankTransactionsSort | Unset = ListBankTransactionsSort.CHRONOLOGICAL,
    with_assignment_suggestion: bool | Unset = False,
    tenantid: UUID | Unset = UNSET,
    start: int = 0,
    page_size: int | None = None,
) -> Iterator[models.BankTransaction]:
    """Every item of ``listBankTransactions``, in order, each once, across as many pages as needed (see :func:`pages`)."""
    page_iterator = pages(
        client=client,
        start_date=start_date,
        end_date=end_date,
        status=status,
        bank_account=bank_account,
        bank_accounts=bank_accounts,
        uuid=uuid,
        sort=sort,
        with_assignment_suggestion=with_assignment_suggestion,
        tenantid=tenantid,
        start=start,
        page_size=page_size,
    )
    return (item for page in page_iterator for item in _items(page))


def aiterate(
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    status: int | Unset = UNSET,
    bank_account: UUID | Unset = UNSET,
    bank_accounts: str | Unset = UNSET,
    uuid: UUID | Unset = UNSET,
    sort: ListBankTransactionsSort | Unset = ListBankTransactionsSort.CHRONOLOGICAL,
    with_assignment_suggestion: bool | Unset = False,
    tenantid: UUID | Unset = UNSET,
    start: int = 0,
    page_size: int | None = None,
) -> AsyncIterator[models.BankTransaction]:
    """:func:`iterate` for asyncio: ``async for item in aiterate(...)``."""

    async def fetch(offset: int, limit: int) -> BankTransactionList:
        return await asyncio(
            client=client,
            start_date=start_date,
            end_date=end_date,
            status=status,
            bank_account=bank_account,
            bank_accounts=bank_accounts,
            uuid=uuid,
            sort=sort,
            with_assignment_suggestion=with_assignment_suggestion,
            tenantid=tenantid,
            skip=offset,
            take=limit,
        )

    return paging.aiterate(fetch, _items, _total, maximum=MAXIMUM_PAGE_SIZE, start=start, page_size=page_size)
