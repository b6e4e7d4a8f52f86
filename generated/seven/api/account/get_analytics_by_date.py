import datetime
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.analytics_row import AnalyticsRow
from ...models.subaccount_scope import SubaccountScope
from ...types import (
    UNSET,
    Response,
    Unset,
    encode_query,
    json_loads,
)


def _get_kwargs(
    *,
    start: datetime.date | Unset = UNSET,
    end: datetime.date | Unset = UNSET,
    label: str | Unset = UNSET,
    subaccounts: int | SubaccountScope | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start: str | Unset = UNSET
    if not isinstance(start, Unset):
        json_start = start.isoformat()
    params["start"] = json_start

    json_end: str | Unset = UNSET
    if not isinstance(end, Unset):
        json_end = end.isoformat()
    params["end"] = json_end

    params["label"] = label

    json_subaccounts: int | str | Unset
    if isinstance(subaccounts, Unset):
        json_subaccounts = UNSET
    elif isinstance(subaccounts, SubaccountScope):
        json_subaccounts = subaccounts.value
    else:
        json_subaccounts = subaccounts
    params["subaccounts"] = json_subaccounts

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/analytics/date",
        "extensions": {"openapi_security": [["apiKey"]]},
    }

    query = encode_query(params)
    if query:
        _kwargs["url"] += "?" + query

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | list[AnalyticsRow] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = json_loads(response.content)
        for response_200_item_data in _response_200:
            response_200_item = AnalyticsRow.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | list[AnalyticsRow]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    start: datetime.date | Unset = UNSET,
    end: datetime.date | Unset = UNSET,
    label: str | Unset = UNSET,
    subaccounts: int | SubaccountScope | Unset = UNSET,
) -> Response[Any | list[AnalyticsRow]]:
    """Statistiques par date

     Statistiques du compte groupées par date (comme `/analytics?group_by=date`), une ligne par groupe
    avec la clé `date`. Not in the French doc: seven.io's published OpenAPI description and its SDKs
    serve the grouping in the path; the query parameters are those of `/analytics` without `group_by`.

    Args:
        start (datetime.date | Unset):
        end (datetime.date | Unset):
        label (str | Unset):
        subaccounts (int | SubaccountScope | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[AnalyticsRow]]
    """

    kwargs = _get_kwargs(
        start=start,
        end=end,
        label=label,
        subaccounts=subaccounts,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    start: datetime.date | Unset = UNSET,
    end: datetime.date | Unset = UNSET,
    label: str | Unset = UNSET,
    subaccounts: int | SubaccountScope | Unset = UNSET,
) -> Any | list[AnalyticsRow] | None:
    """Statistiques par date

     Statistiques du compte groupées par date (comme `/analytics?group_by=date`), une ligne par groupe
    avec la clé `date`. Not in the French doc: seven.io's published OpenAPI description and its SDKs
    serve the grouping in the path; the query parameters are those of `/analytics` without `group_by`.

    Args:
        start (datetime.date | Unset):
        end (datetime.date | Unset):
        label (str | Unset):
        subaccounts (int | SubaccountScope | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[AnalyticsRow]
    """

    return sync_detailed(
        client=client,
        start=start,
        end=end,
        label=label,
        subaccounts=subaccounts,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    start: datetime.date | Unset = UNSET,
    end: datetime.date | Unset = UNSET,
    label: str | Unset = UNSET,
    subaccounts: int | SubaccountScope | Unset = UNSET,
) -> Response[Any | list[AnalyticsRow]]:
    """Statistiques par date

     Statistiques du compte groupées par date (comme `/analytics?group_by=date`), une ligne par groupe
    avec la clé `date`. Not in the French doc: seven.io's published OpenAPI description and its SDKs
    serve the grouping in the path; the query parameters are those of `/analytics` without `group_by`.

    Args:
        start (datetime.date | Unset):
        end (datetime.date | Unset):
        label (str | Unset):
        subaccounts (int | SubaccountScope | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | list[AnalyticsRow]]
    """

    kwargs = _get_kwargs(
        start=start,
        end=end,
        label=label,
        subaccounts=subaccounts,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    start: datetime.date | Unset = UNSET,
    end: datetime.date | Unset = UNSET,
    label: str | Unset = UNSET,
    subaccounts: int | SubaccountScope | Unset = UNSET,
) -> Any | list[AnalyticsRow] | None:
    """Statistiques par date

     Statistiques du compte groupées par date (comme `/analytics?group_by=date`), une ligne par groupe
    avec la clé `date`. Not in the French doc: seven.io's published OpenAPI description and its SDKs
    serve the grouping in the path; the query parameters are those of `/analytics` without `group_by`.

    Args:
        start (datetime.date | Unset):
        end (datetime.date | Unset):
        label (str | Unset):
        subaccounts (int | SubaccountScope | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | list[AnalyticsRow]
    """

    return (
        await asyncio_detailed(
            client=client,
            start=start,
            end=end,
            label=label,
            subaccounts=subaccounts,
        )
    ).parsed
