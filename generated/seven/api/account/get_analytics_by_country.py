import datetime
from typing import Any, cast

import httpx
from comptoir.runtime import asend, check_arg, detailed, json_body, send, success
from comptoir.runtime.reading import (
    invalid,
    read_list,
)

from ... import API_NAME
from ...client import AsyncAuthenticatedClient, AsyncClient, AuthenticatedClient, Client
from ...models.analytics_row import AnalyticsRow
from ...models.subaccount_scope import SubaccountScope
from ...types import UNSET, Response, Unset, encode_query

OPERATION = "getAnalyticsByCountry"
_SUCCESS = frozenset([200])


def _get_kwargs(
    *,
    start: datetime.date | Unset = UNSET,
    end: datetime.date | Unset = UNSET,
    label: str | Unset = UNSET,
    subaccounts: int | SubaccountScope | Unset = UNSET,
) -> dict[str, Any]:
    start = check_arg("getAnalyticsByCountry", "start", start, "date")
    end = check_arg("getAnalyticsByCountry", "end", end, "date")
    label = check_arg("getAnalyticsByCountry", "label", label, "str")
    subaccounts = check_arg(
        "getAnalyticsByCountry",
        "subaccounts",
        subaccounts,
        "union",
        alternatives=(
            ("enum", SubaccountScope),
            ("int", None),
        ),
    )
    headers: dict[str, Any] = {"Accept": "application/json"}

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
        "url": "/analytics/country",
        "extensions": {"openapi_security": [["apiKey"]]},
    }

    query = encode_query(params)
    if query:
        _kwargs["url"] += "?" + query

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> list[AnalyticsRow] | None:
    """The documented value of a documented status (success or error model); None for any other status."""
    if response.status_code == 200:
        document = json_body(response)
        if document is None:
            raise invalid("", None, "a JSON value other than null", document)
        return cast("list[AnalyticsRow]", read_list(document, "", None, AnalyticsRow._read))

    if response.status_code == 401:
        return None

    return None


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    start: datetime.date | Unset = UNSET,
    end: datetime.date | Unset = UNSET,
    label: str | Unset = UNSET,
    subaccounts: int | SubaccountScope | Unset = UNSET,
) -> Response[list[AnalyticsRow] | None]:
    """Statistiques par pays

     Statistiques du compte groupées par pays (comme `/analytics?group_by=country`), une ligne par groupe
    avec la clé `country`. Not in the French doc: seven.io's published OpenAPI description and its SDKs
    serve the grouping in the path; the query parameters are those of `/analytics` without `group_by`.

    Args:
        start (datetime.date | Unset):
        end (datetime.date | Unset):
        label (str | Unset):
        subaccounts (int | SubaccountScope | Unset):

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[list[AnalyticsRow] | None]
    """

    kwargs = _get_kwargs(
        start=start,
        end=end,
        label=label,
        subaccounts=subaccounts,
    )
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


def sync(
    *,
    client: AuthenticatedClient | Client,
    start: datetime.date | Unset = UNSET,
    end: datetime.date | Unset = UNSET,
    label: str | Unset = UNSET,
    subaccounts: int | SubaccountScope | Unset = UNSET,
) -> list[AnalyticsRow]:
    """Statistiques par pays

     Statistiques du compte groupées par pays (comme `/analytics?group_by=country`), une ligne par groupe
    avec la clé `country`. Not in the French doc: seven.io's published OpenAPI description and its SDKs
    serve the grouping in the path; the query parameters are those of `/analytics` without `group_by`.

    Args:
        start (datetime.date | Unset):
        end (datetime.date | Unset):
        label (str | Unset):
        subaccounts (int | SubaccountScope | Unset):

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        list[AnalyticsRow]
    """

    kwargs = _get_kwargs(
        start=start,
        end=end,
        label=label,
        subaccounts=subaccounts,
    )
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: list[AnalyticsRow] = success(
        response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS
    )
    return parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    start: datetime.date | Unset = UNSET,
    end: datetime.date | Unset = UNSET,
    label: str | Unset = UNSET,
    subaccounts: int | SubaccountScope | Unset = UNSET,
) -> Response[list[AnalyticsRow] | None]:
    """Statistiques par pays

     Statistiques du compte groupées par pays (comme `/analytics?group_by=country`), une ligne par groupe
    avec la clé `country`. Not in the French doc: seven.io's published OpenAPI description and its SDKs
    serve the grouping in the path; the query parameters are those of `/analytics` without `group_by`.

    Args:
        start (datetime.date | Unset):
        end (datetime.date | Unset):
        label (str | Unset):
        subaccounts (int | SubaccountScope | Unset):

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[list[AnalyticsRow] | None]
    """

    kwargs = _get_kwargs(
        start=start,
        end=end,
        label=label,
        subaccounts=subaccounts,
    )
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


async def asyncio(
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    start: datetime.date | Unset = UNSET,
    end: datetime.date | Unset = UNSET,
    label: str | Unset = UNSET,
    subaccounts: int | SubaccountScope | Unset = UNSET,
) -> list[AnalyticsRow]:
    """Statistiques par pays

     Statistiques du compte groupées par pays (comme `/analytics?group_by=country`), une ligne par groupe
    avec la clé `country`. Not in the French doc: seven.io's published OpenAPI description and its SDKs
    serve the grouping in the path; the query parameters are those of `/analytics` without `group_by`.

    Args:
        start (datetime.date | Unset):
        end (datetime.date | Unset):
        label (str | Unset):
        subaccounts (int | SubaccountScope | Unset):

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        list[AnalyticsRow]
    """

    kwargs = _get_kwargs(
        start=start,
        end=end,
        label=label,
        subaccounts=subaccounts,
    )
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: list[AnalyticsRow] = success(
        response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS
    )
    return parsed
