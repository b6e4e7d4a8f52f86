import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ebp_error import EbpError
from ...models.query_result import QueryResult
from ...types import (
    UNSET,
    Response,
    Unset,
    encode_query,
    json_loads,
)


def _get_kwargs(
    folder_id: str,
    *,
    columns: list[str] | Unset = UNSET,
    deal_state_excluded: list[str] | Unset = UNSET,
    order_by_value: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    to_date: datetime.datetime | Unset = UNSET,
    duration: int = 0,
    where_condition: str | Unset = UNSET,
    accept_language: str | Unset = "fr-FR",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
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


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EbpError | QueryResult | None:
    if response.status_code == 200:
        response_200 = QueryResult.from_dict(json_loads(response.content))

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
) -> Response[EbpError | QueryResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    folder_id: str,
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
    accept_language: str | Unset = "fr-FR",
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EbpError | QueryResult]
    """

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

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    folder_id: str,
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
    accept_language: str | Unset = "fr-FR",
) -> EbpError | QueryResult | None:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EbpError | QueryResult
    """

    return sync_detailed(
        folder_id=folder_id,
        client=client,
        columns=columns,
        deal_state_excluded=deal_state_excluded,
        order_by_value=order_by_value,
        offset=offset,
        limit=limit,
        to_date=to_date,
        duration=duration,
        where_condition=where_condition,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    folder_id: str,
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
    accept_language: str | Unset = "fr-FR",
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EbpError | QueryResult]
    """

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

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    folder_id: str,
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
    accept_language: str | Unset = "fr-FR",
) -> EbpError | QueryResult | None:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EbpError | QueryResult
    """

    return (
        await asyncio_detailed(
            folder_id=folder_id,
            client=client,
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
    ).parsed
