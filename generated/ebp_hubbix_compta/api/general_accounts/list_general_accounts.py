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
from ...models.general_account_page import GeneralAccountPage
from ...types import UNSET, Response, Unset, encode_query

OPERATION = "listGeneralAccounts"
_SUCCESS = frozenset([200])


def _get_kwargs(
    *,
    skip: int | Unset = 0,
    take: int | Unset = 100,
    search: str | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    is_racine: bool | Unset = UNSET,
    is_collective: bool | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_direction: str | Unset = UNSET,
    number_from: int | Unset = UNSET,
    class_number: int | Unset = UNSET,
    vat_rate: Decimal | Unset = UNSET,
    vat_rate_uuid: UUID | Unset = UNSET,
    calculation_option: str | Unset = UNSET,
    territoriality: str | Unset = UNSET,
    tenantid: UUID | Unset = UNSET,
) -> dict[str, Any]:
    skip = check_arg("listGeneralAccounts", "skip", skip, "int", minimum=0)
    take = check_arg("listGeneralAccounts", "take", take, "int", minimum=1, maximum=100)
    search = check_arg("listGeneralAccounts", "search", search, "str")
    is_active = check_arg("listGeneralAccounts", "isActive", is_active, "bool")
    is_racine = check_arg("listGeneralAccounts", "isRacine", is_racine, "bool")
    is_collective = check_arg("listGeneralAccounts", "isCollective", is_collective, "bool")
    sort_field = check_arg("listGeneralAccounts", "sortField", sort_field, "str")
    sort_direction = check_arg("listGeneralAccounts", "sortDirection", sort_direction, "str")
    number_from = check_arg("listGeneralAccounts", "numberFrom", number_from, "int")
    class_number = check_arg("listGeneralAccounts", "classNumber", class_number, "int")
    vat_rate = check_arg("listGeneralAccounts", "vatRate", vat_rate, "number")
    vat_rate_uuid = check_arg("listGeneralAccounts", "vatRateUuid", vat_rate_uuid, "uuid")
    calculation_option = check_arg("listGeneralAccounts", "calculationOption", calculation_option, "str")
    territoriality = check_arg("listGeneralAccounts", "territoriality", territoriality, "str")
    tenantid = check_arg("listGeneralAccounts", "tenantid", tenantid, "uuid", required=True)
    headers: dict[str, Any] = {"Accept": "application/json"}
    header_tenantid = str(tenantid)
    headers["tenantid"] = str(header_tenantid)

    params: dict[str, Any] = {}

    params["skip"] = skip

    params["take"] = take

    params["search"] = search

    params["isActive"] = is_active

    params["isRacine"] = is_racine

    params["isCollective"] = is_collective

    params["sortField"] = sort_field

    params["sortDirection"] = sort_direction

    params["numberFrom"] = number_from

    params["classNumber"] = class_number

    params["vatRate"] = vat_rate

    json_vat_rate_uuid: str | Unset = UNSET
    if not isinstance(vat_rate_uuid, Unset):
        json_vat_rate_uuid = str(vat_rate_uuid)
    params["vatRateUuid"] = json_vat_rate_uuid

    params["calculationOption"] = calculation_option

    params["territoriality"] = territoriality

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/general-account",
        "extensions": {"openapi_security": [["bearerAuth", "subscriptionKey"]]},
    }

    query = encode_query(params)
    if query:
        _kwargs["url"] += "?" + query

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> EbpError | GeneralAccountPage | None:
    """The documented value of a documented status (success or error model); None for any other status."""
    if response.status_code == 200:
        document = json_body(response)
        if document is None:
            raise invalid("", None, "a JSON value other than null", document)
        return cast("GeneralAccountPage", GeneralAccountPage._read(document, "", None))

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
    search: str | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    is_racine: bool | Unset = UNSET,
    is_collective: bool | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_direction: str | Unset = UNSET,
    number_from: int | Unset = UNSET,
    class_number: int | Unset = UNSET,
    vat_rate: Decimal | Unset = UNSET,
    vat_rate_uuid: UUID | Unset = UNSET,
    calculation_option: str | Unset = UNSET,
    territoriality: str | Unset = UNSET,
    tenantid: UUID | Unset = UNSET,
) -> Response[EbpError | GeneralAccountPage]:
    """Récupérer des comptes généraux

     Cette requête retourne les comptes généraux selon les filtres.

    Args:
        skip (int | Unset):  Default: 0.
        take (int | Unset):  Default: 100.
        search (str | Unset):
        is_active (bool | Unset):
        is_racine (bool | Unset):
        is_collective (bool | Unset):
        sort_field (str | Unset):
        sort_direction (str | Unset):
        number_from (int | Unset):
        class_number (int | Unset):
        vat_rate (Decimal | Unset):
        vat_rate_uuid (UUID | Unset):
        calculation_option (str | Unset):
        territoriality (str | Unset):
        tenantid (UUID):

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[EbpError | GeneralAccountPage]
    """

    tenantid = client_default(client, "tenantid", tenantid, UNSET)
    kwargs = _get_kwargs(
        skip=skip,
        take=take,
        search=search,
        is_active=is_active,
        is_racine=is_racine,
        is_collective=is_collective,
        sort_field=sort_field,
        sort_direction=sort_direction,
        number_from=number_from,
        class_number=class_number,
        vat_rate=vat_rate,
        vat_rate_uuid=vat_rate_uuid,
        calculation_option=calculation_option,
        territoriality=territoriality,
        tenantid=tenantid,
    )
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


def sync(
    *,
    client: AuthenticatedClient | Client,
    skip: int | Unset = 0,
    take: int | Unset = 100,
    search: str | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    is_racine: bool | Unset = UNSET,
    is_collective: bool | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_direction: str | Unset = UNSET,
    number_from: int | Unset = UNSET,
    class_number: int | Unset = UNSET,
    vat_rate: Decimal | Unset = UNSET,
    vat_rate_uuid: UUID | Unset = UNSET,
    calculation_option: str | Unset = UNSET,
    territoriality: str | Unset = UNSET,
    tenantid: UUID | Unset = UNSET,
) -> GeneralAccountPage:
    """Récupérer des comptes généraux

     Cette requête retourne les comptes généraux selon les filtres.

    Args:
        skip (int | Unset):  Default: 0.
        take (int | Unset):  Default: 100.
        search (str | Unset):
        is_active (bool | Unset):
        is_racine (bool | Unset):
        is_collective (bool | Unset):
        sort_field (str | Unset):
        sort_direction (str | Unset):
        number_from (int | Unset):
        class_number (int | Unset):
        vat_rate (Decimal | Unset):
        vat_rate_uuid (UUID | Unset):
        calculation_option (str | Unset):
        territoriality (str | Unset):
        tenantid (UUID):

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        GeneralAccountPage
    """

    tenantid = client_default(client, "tenantid", tenantid, UNSET)
    kwargs = _get_kwargs(
        skip=skip,
        take=take,
        search=search,
        is_active=is_active,
        is_racine=is_racine,
        is_collective=is_collective,
        sort_field=sort_field,
        sort_direction=sort_direction,
        number_from=number_from,
        class_number=class_number,
        vat_rate=vat_rate,
        vat_rate_uuid=vat_rate_uuid,
        calculation_option=calculation_option,
        territoriality=territoriality,
        tenantid=tenantid,
    )
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: GeneralAccountPage = success(
        response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS
    )
    return parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    skip: int | Unset = 0,
    take: int | Unset = 100,
    search: str | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    is_racine: bool | Unset = UNSET,
    is_collective: bool | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_direction: str | Unset = UNSET,
    number_from: int | Unset = UNSET,
    class_number: int | Unset = UNSET,
    vat_rate: Decimal | Unset = UNSET,
    vat_rate_uuid: UUID | Unset = UNSET,
    calculation_option: str | Unset = UNSET,
    territoriality: str | Unset = UNSET,
    tenantid: UUID | Unset = UNSET,
) -> Response[EbpError | GeneralAccountPage]:
    """Récupérer des comptes généraux

     Cette requête retourne les comptes généraux selon les filtres.

    Args:
        skip (int | Unset):  Default: 0.
        take (int | Unset):  Default: 100.
        search (str | Unset):
        is_active (bool | Unset):
        is_racine (bool | Unset):
        is_collective (bool | Unset):
        sort_field (str | Unset):
        sort_direction (str | Unset):
        number_from (int | Unset):
        class_number (int | Unset):
        vat_rate (Decimal | Unset):
        vat_rate_uuid (UUID | Unset):
        calculation_option (str | Unset):
        territoriality (str | Unset):
        tenantid (UUID):

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[EbpError | GeneralAccountPage]
    """

    tenantid = client_default(client, "tenantid", tenantid, UNSET)
    kwargs = _get_kwargs(
        skip=skip,
        take=take,
        search=search,
        is_active=is_active,
        is_racine=is_racine,
        is_collective=is_collective,
        sort_field=sort_field,
        sort_direction=sort_direction,
        number_from=number_from,
        class_number=class_number,
        vat_rate=vat_rate,
        vat_rate_uuid=vat_rate_uuid,
        calculation_option=calculation_option,
        territoriality=territoriality,
        tenantid=tenantid,
    )
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


async def asyncio(
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    skip: int | Unset = 0,
    take: int | Unset = 100,
    search: str | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    is_racine: bool | Unset = UNSET,
    is_collective: bool | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_direction: str | Unset = UNSET,
    number_from: int | Unset = UNSET,
    class_number: int | Unset = UNSET,
    vat_rate: Decimal | Unset = UNSET,
    vat_rate_uuid: UUID | Unset = UNSET,
    calculation_option: str | Unset = UNSET,
    territoriality: str | Unset = UNSET,
    tenantid: UUID | Unset = UNSET,
) -> GeneralAccountPage:
    """Récupérer des comptes généraux

     Cette requête retourne les comptes généraux selon les filtres.

    Args:
        skip (int | Unset):  Default: 0.
        take (int | Unset):  Default: 100.
        search (str | Unset):
        is_active (bool | Unset):
        is_racine (bool | Unset):
        is_collective (bool | Unset):
        sort_field (str | Unset):
        sort_direction (str | Unset):
        number_from (int | Unset):
        class_number (int | Unset):
        vat_rate (Decimal | Unset):
        vat_rate_uuid (UUID | Unset):
        calculation_option (str | Unset):
        territoriality (str | Unset):
        tenantid (UUID):

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        GeneralAccountPage
    """

    tenantid = client_default(client, "tenantid", tenantid, UNSET)
    kwargs = _get_kwargs(
        skip=skip,
        take=take,
        search=search,
        is_active=is_active,
        is_racine=is_racine,
        is_collective=is_collective,
        sort_field=sort_field,
        sort_direction=sort_direction,
        number_from=number_from,
        class_number=class_number,
        vat_rate=vat_rate,
        vat_rate_uuid=vat_rate_uuid,
        calculation_option=calculation_option,
        territoriality=territoriality,
        tenantid=tenantid,
    )
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: GeneralAccountPage = success(
        response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS
    )
    return parsed


MAXIMUM_PAGE_SIZE = 100


def _items(page: GeneralAccountPage) -> list[models.GeneralAccount]:
    items = page.data
    return items if isinstance(items, list) else []


def _total(page: GeneralAccountPage) -> int | None:
    return total_at(page, ("total_records",))


def pages(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    is_racine: bool | Unset = UNSET,
    is_collective: bool | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_direction: str | Unset = UNSET,
    number_from: int | Unset = UNSET,
    class_number: int | Unset = UNSET,
    vat_rate: Decimal | Unset = UNSET,
    vat_rate_uuid: UUID | Unset = UNSET,
    calculation_option: str | Unset = UNSET,
    territoriality: str | Unset = UNSET,
    tenantid: UUID | Unset = UNSET,
    start: int = 0,
    page_size: int | None = None,
) -> Iterator[GeneralAccountPage]:
    """Every page of ``listGeneralAccounts``, fetched lazily from offset ``start``, ``page_size`` items each.

    ``page_size`` defaults to the largest the API accepts (100); more is refused. Paging stops when
    the total is reached, or on an empty or short page; the next offset counts the items actually
    received, so nothing is repeated or skipped when the server returns fewer than asked.
    """

    def fetch(offset: int, limit: int) -> GeneralAccountPage:
        return sync(
            client=client,
            search=search,
            is_active=is_active,
            is_racine=is_racine,
            is_collective=is_collective,
            sort_field=sort_field,
            sort_direction=sort_direction,
            number_from=number_from,
            class_number=class_number,
            vat_rate=vat_rate,
            vat_rate_uuid=vat_rate_uuid,
            calculation_option=calculation_option,
            territoriality=territoriality,
            tenantid=tenantid,
            skip=offset,
            take=limit,
        )

    return paging.pages(fetch, _items, _total, maximum=MAXIMUM_PAGE_SIZE, start=start, page_size=page_size)


def iterate(
    *,
    client: AuthenticatedClient | Client,
    search: str | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    is_racine: bool | Unset = UNSET,
    is_collective: bool | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_direction: str | Unset = UNSET,
    number_from: int | Unset = UNSET,
    class_number: int | Unset = UNSET,
    vat_rate: Decimal | Unset = UNSET,
    vat_rate_uuid: UUID | Unset = UNSET,
    calculation_option: str | Unset = UNSET,
    territoriality: str | Unset = UNSET,
    tenantid: UUID | Unset = UNSET,
    start: int = 0,
    page_size: int | None = None,
) -> Iterator[models.GeneralAccount]:
    """Every item of ``listGeneralAccounts``, in order, each once, across as many pages as needed (see :func:`pages`)."""
    page_iterator = pages(
        client=client,
        search=search,
        is_active=is_active,
        is_racine=is_racine,
        is_collective=is_collective,
        sort_field=sort_field,
        sort_direction=sort_direction,
        number_from=number_from,
        class_number=class_number,
        vat_rate=vat_rate,
        vat_rate_uuid=vat_rate_uuid,
        calculation_option=calculation_option,
        territoriality=territoriality,
        tenantid=tenantid,
        start=start,
        page_size=page_size,
    )
    return (item for page in page_iterator for item in _items(page))


def aiterate(
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    search: str | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    is_racine: bool | Unset = UNSET,
    is_collective: bool | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_direction: str | Unset = UNSET,
    number_from: int | Unset = UNSET,
    class_number: int | Unset = UNSET,
    vat_rate: Decimal | Unset = UNSET,
    vat_rate_uuid: UUID | Unset = UNSET,
    calculation_option: str | Unset = UNSET,
    territoriality: str | Unset = UNSET,
    tenantid: UUID | Unset = UNSET,
    start: int = 0,
    page_size: int | None = None,
) -> AsyncIterator[models.GeneralAccount]:
    """:func:`iterate` for asyncio: ``async for item in aiterate(...)``."""

    async def fetch(offset: int, limit: int) -> GeneralAccountPage:
        return await asyncio(
            client=client,
            search=search,
            is_active=is_active,
            is_racine=is_racine,
            is_collective=is_collective,
            sort_field=sort_field,
            sort_direction=sort_direction,
            number_from=number_from,
            class_number=class_number,
            vat_rate=vat_rate,
            vat_rate_uuid=vat_rate_uuid,
            calculation_option=calculation_option,
            territoriality=territoriality,
            tenantid=tenantid,
            skip=offset,
            take=limit,
        )

    return paging.aiterate(fetch, _items, _total, maximum=MAXIMUM_PAGE_SIZE, start=start, page_size=page_size)
