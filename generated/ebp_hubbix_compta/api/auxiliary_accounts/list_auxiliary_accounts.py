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
from ...models.auxiliary_account_page import AuxiliaryAccountPage
from ...models.ebp_error import EbpError
from ...types import UNSET, Response, Unset, encode_query

OPERATION = "listAuxiliaryAccounts"
_SUCCESS = frozenset([200])


def _get_kwargs(
    *,
    category: str | Unset = UNSET,
    skip: int | Unset = 0,
    take: int | Unset = 100,
    search: str | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    number_from: str | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_direction: str | Unset = UNSET,
    tenantid: UUID | Unset = UNSET,
) -> dict[str, Any]:
    category = check_arg("listAuxiliaryAccounts", "category", category, "str")
    skip = check_arg("listAuxiliaryAccounts", "skip", skip, "int", minimum=0)
    take = check_arg("listAuxiliaryAccounts", "take", take, "int", minimum=1, maximum=100)
    search = check_arg("listAuxiliaryAccounts", "search", search, "str")
    is_active = check_arg("listAuxiliaryAccounts", "isActive", is_active, "bool")
    number_from = check_arg("listAuxiliaryAccounts", "numberFrom", number_from, "str")
    sort_field = check_arg("listAuxiliaryAccounts", "sortField", sort_field, "str")
    sort_direction = check_arg("listAuxiliaryAccounts", "sortDirection", sort_direction, "str")
    tenantid = check_arg("listAuxiliaryAccounts", "tenantid", tenantid, "uuid", required=True)
    headers: dict[str, Any] = {"Accept": "application/json"}
    header_tenantid = str(tenantid)
    headers["tenantid"] = str(header_tenantid)

    params: dict[str, Any] = {}

    params["category"] = category

    params["skip"] = skip

    params["take"] = take

    params["search"] = search

    params["isActive"] = is_active

    params["numberFrom"] = number_from

    params["sortField"] = sort_field

    params["sortDirection"] = sort_direction

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/auxiliary-accounts",
        "extensions": {"openapi_security": [["bearerAuth", "subscriptionKey"]]},
    }

    query = encode_query(params)
    if query:
        _kwargs["url"] += "?" + query

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> AuxiliaryAccountPage | EbpError | None:
    """The documented value of a documented status (success or error model); None for any other status."""
    if response.status_code == 200:
        document = json_body(response)
        if document is None:
            raise invalid("", None, "a JSON value other than null", document)
        return cast("AuxiliaryAccountPage", AuxiliaryAccountPage._read(document, "", None))

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
    category: str | Unset = UNSET,
    skip: int | Unset = 0,
    take: int | Unset = 100,
    search: str | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    number_from: str | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_direction: str | Unset = UNSET,
    tenantid: UUID | Unset = UNSET,
) -> Response[AuxiliaryAccountPage | EbpError]:
    """Récupérer des tiers

     Cette requête retourne les tiers selon les filtres.

    Args:
        category (str | Unset):
        skip (int | Unset):  Default: 0.
        take (int | Unset):  Default: 100.
        search (str | Unset):
        is_active (bool | Unset):
        number_from (str | Unset):
        sort_field (str | Unset):
        sort_direction (str | Unset):
        tenantid (UUID):

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[AuxiliaryAccountPage | EbpError]
    """

    tenantid = client_default(client, "tenantid", tenantid, UNSET)
    kwargs = _get_kwargs(
        category=category,
        skip=skip,
        take=take,
        search=search,
        is_active=is_active,
        number_from=number_from,
        sort_field=sort_field,
        sort_direction=sort_direction,
        tenantid=tenantid,
    )
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


def sync(
    *,
    client: AuthenticatedClient | Client,
    category: str | Unset = UNSET,
    skip: int | Unset = 0,
    take: int | Unset = 100,
    search: str | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    number_from: str | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_direction: str | Unset = UNSET,
    tenantid: UUID | Unset = UNSET,
) -> AuxiliaryAccountPage:
    """Récupérer des tiers

     Cette requête retourne les tiers selon les filtres.

    Args:
        category (str | Unset):
        skip (int | Unset):  Default: 0.
        take (int | Unset):  Default: 100.
        search (str | Unset):
        is_active (bool | Unset):
        number_from (str | Unset):
        sort_field (str | Unset):
        sort_direction (str | Unset):
        tenantid (UUID):

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        AuxiliaryAccountPage
    """

    tenantid = client_default(client, "tenantid", tenantid, UNSET)
    kwargs = _get_kwargs(
        category=category,
        skip=skip,
        take=take,
        search=search,
        is_active=is_active,
        number_from=number_from,
        sort_field=sort_field,
        sort_direction=sort_direction,
        tenantid=tenantid,
    )
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: AuxiliaryAccountPage = success(
        response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS
    )
    return parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    category: str | Unset = UNSET,
    skip: int | Unset = 0,
    take: int | Unset = 100,
    search: str | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    number_from: str | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_direction: str | Unset = UNSET,
    tenantid: UUID | Unset = UNSET,
) -> Response[AuxiliaryAccountPage | EbpError]:
    """Récupérer des tiers

     Cette requête retourne les tiers selon les filtres.

    Args:
        category (str | Unset):
        skip (int | Unset):  Default: 0.
        take (int | Unset):  Default: 100.
        search (str | Unset):
        is_active (bool | Unset):
        number_from (str | Unset):
        sort_field (str | Unset):
        sort_direction (str | Unset):
        tenantid (UUID):

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[AuxiliaryAccountPage | EbpError]
    """

    tenantid = client_default(client, "tenantid", tenantid, UNSET)
    kwargs = _get_kwargs(
        category=category,
        skip=skip,
        take=take,
        search=search,
        is_active=is_active,
        number_from=number_from,
        sort_field=sort_field,
        sort_direction=sort_direction,
        tenantid=tenantid,
    )
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


async def asyncio(
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    category: str | Unset = UNSET,
    skip: int | Unset = 0,
    take: int | Unset = 100,
    search: str | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    number_from: str | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_direction: str | Unset = UNSET,
    tenantid: UUID | Unset = UNSET,
) -> AuxiliaryAccountPage:
    """Récupérer des tiers

     Cette requête retourne les tiers selon les filtres.

    Args:
        category (str | Unset):
        skip (int | Unset):  Default: 0.
        take (int | Unset):  Default: 100.
        search (str | Unset):
        is_active (bool | Unset):
        number_from (str | Unset):
        sort_field (str | Unset):
        sort_direction (str | Unset):
        tenantid (UUID):

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        AuxiliaryAccountPage
    """

    tenantid = client_default(client, "tenantid", tenantid, UNSET)
    kwargs = _get_kwargs(
        category=category,
        skip=skip,
        take=take,
        search=search,
        is_active=is_active,
        number_from=number_from,
        sort_field=sort_field,
        sort_direction=sort_direction,
        tenantid=tenantid,
    )
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: AuxiliaryAccountPage = success(
        response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS
    )
    return parsed


MAXIMUM_PAGE_SIZE = 100


def _items(page: AuxiliaryAccountPage) -> list[models.AuxiliaryAccount]:
    items = page.data
    return items if isinstance(items, list) else []


def _total(page: AuxiliaryAccountPage) -> int | None:
    return total_at(page, ("total_records",))


def pages(
    *,
    client: AuthenticatedClient | Client,
    category: str | Unset = UNSET,
    search: str | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    number_from: str | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_direction: str | Unset = UNSET,
    tenantid: UUID | Unset = UNSET,
    start: int = 0,
    page_size: int | None = None,
) -> Iterator[AuxiliaryAccountPage]:
    """Every page of ``listAuxiliaryAccounts``, fetched lazily from offset ``start``, ``page_size`` items each.

    ``page_size`` defaults to the largest the API accepts (100); more is refused. Paging stops when
    the total is reached, or on an empty or short page; the next offset counts the items actually
    received, so nothing is repeated or skipped when the server returns fewer than asked.
    """

    def fetch(offset: int, limit: int) -> AuxiliaryAccountPage:
        return sync(
            client=client,
            category=category,
            search=search,
            is_active=is_active,
            number_from=number_from,
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
    category: str | Unset = UNSET,
    search: str | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    number_from: str | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_direction: str | Unset = UNSET,
    tenantid: UUID | Unset = UNSET,
    start: int = 0,
    page_size: int | None = None,
) -> Iterator[models.AuxiliaryAccount]:
    """Every item of ``listAuxiliaryAccounts``, in order, each once, across as many pages as needed (see :func:`pages`)."""
    page_iterator = pages(
        client=client,
        category=category,
        search=search,
        is_active=is_active,
        number_from=number_from,
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
    category: str | Unset = UNSET,
    search: str | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    number_from: str | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_direction: str | Unset = UNSET,
    tenantid: UUID | Unset = UNSET,
    start: int = 0,
    page_size: int | None = None,
) -> AsyncIterator[models.AuxiliaryAccount]:
    """:func:`iterate` for asyncio: ``async for item in aiterate(...)``."""

    async def fetch(offset: int, limit: int) -> AuxiliaryAccountPage:
        return await asyncio(
            client=client,
            category=category,
            search=search,
            is_active=is_active,
            number_from=number_from,
            sort_field=sort_field,
            sort_direction=sort_direction,
            tenantid=tenantid,
            skip=offset,
            take=limit,
        )

    return paging.aiterate(fetch, _items, _total, maximum=MAXIMUM_PAGE_SIZE, start=start, page_size=page_size)
