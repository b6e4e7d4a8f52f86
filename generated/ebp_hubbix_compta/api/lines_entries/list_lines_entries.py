import datetime
from decimal import Decimal
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ebp_error import EbpError
from ...models.line_entry_page import LineEntryPage
from ...types import (
    UNSET,
    Response,
    Unset,
    encode_query,
    json_loads,
)


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
    tenantid: UUID,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EbpError | LineEntryPage | None:
    if response.status_code == 200:
        response_200 = LineEntryPage.from_dict(json_loads(response.content))

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
) -> Response[EbpError | LineEntryPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


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
    tenantid: UUID,
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EbpError | LineEntryPage]
    """

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

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


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
    tenantid: UUID,
) -> EbpError | LineEntryPage | None:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EbpError | LineEntryPage
    """

    return sync_detailed(
        client=client,
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
    ).parsed


async def asyncio_detailed(
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
    tenantid: UUID,
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EbpError | LineEntryPage]
    """

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

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
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
    tenantid: UUID,
) -> EbpError | LineEntryPage | None:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EbpError | LineEntryPage
    """

    return (
        await asyncio_detailed(
            client=client,
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
    ).parsed
