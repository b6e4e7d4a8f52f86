import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bank_transaction_list import BankTransactionList
from ...models.ebp_error import EbpError
from ...models.list_bank_transactions_sort import ListBankTransactionsSort
from ...types import (
    UNSET,
    Response,
    Unset,
    encode_query,
    json_loads,
)


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
    tenantid: UUID,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BankTransactionList | EbpError | None:
    if response.status_code == 200:
        response_200 = BankTransactionList.from_dict(json_loads(response.content))

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
) -> Response[BankTransactionList | EbpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


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
    tenantid: UUID,
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BankTransactionList | EbpError]
    """

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

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


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
    tenantid: UUID,
) -> BankTransactionList | EbpError | None:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BankTransactionList | EbpError
    """

    return sync_detailed(
        client=client,
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
    ).parsed


async def asyncio_detailed(
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
    tenantid: UUID,
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BankTransactionList | EbpError]
    """

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

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
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
    tenantid: UUID,
) -> BankTransactionList | EbpError | None:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BankTransactionList | EbpError
    """

    return (
        await asyncio_detailed(
            client=client,
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
    ).parsed
