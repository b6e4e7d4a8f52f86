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
from ...models.client_list import ClientList
from ...models.ebp_error import EbpError
from ...types import UNSET, Response, Unset, encode_query

OPERATION = "listClients"
_SUCCESS = frozenset([200])


def _get_kwargs(
    folder_id: str | Unset = UNSET,
    *,
    type_client: str | Unset = UNSET,
    search_term: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    accept_language: str | Unset = UNSET,
) -> dict[str, Any]:
    folder_id = check_arg("listClients", "FolderId", folder_id, "str", required=True, path_segment=True)
    type_client = check_arg("listClients", "TypeClient", type_client, "str")
    search_term = check_arg("listClients", "SearchTerm", search_term, "str")
    offset = check_arg("listClients", "Offset", offset, "int")
    limit = check_arg("listClients", "Limit", limit, "int", maximum=100)
    accept_language = check_arg("listClients", "Accept-Language", accept_language, "str")
    headers: dict[str, Any] = {"Accept": "application/json"}
    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    params: dict[str, Any] = {}

    params["TypeClient"] = type_client

    params["SearchTerm"] = search_term

    params["Offset"] = offset

    params["Limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/Folders/{folder_id}/Clients".format(
            folder_id=quote(str(folder_id), safe=""),
        ),
        "extensions": {"openapi_security": [["bearerAuth", "subscriptionKey"]]},
    }

    query = encode_query(params)
    if query:
        _kwargs["url"] += "?" + query

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ClientList | EbpError | None:
    """The documented value of a documented status (success or error model); None for any other status."""
    if response.status_code == 200:
        document = json_body(response)
        if document is None:
            raise invalid("", None, "a JSON value other than null", document)
        return cast("ClientList", ClientList._read(document, "", None))

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
    type_client: str | Unset = UNSET,
    search_term: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    accept_language: str | Unset = UNSET,
) -> Response[ClientList | EbpError]:
    """Obtenir les clients (customer)

     Cette requête récupère tous les clients d’un dossier avec gestion des droits. C’est une requête mise
    à disposition et optimisée pour des appels dans des interfaces utilisateurs (exemple Mobilité).

    Gestion des droits : pour visualiser les clients, il faut avoir les droits client et pour visualiser
    les prospects il faut avoir les droits prospects. Si vous n’avez pas ces droits, vous aurez en
    retour un code retour Bad Request (status code 400).

    Each cell of a client row is `{value, hasRight}` (`hasRight` false when the user may not see the
    value); amounts also carry `displayName` (formatted) and `currency`.

    Args:
        folder_id (str):
        type_client (str | Unset):
        search_term (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        accept_language (str | Unset):  Default: 'fr-FR'.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[ClientList | EbpError]
    """

    folder_id = client_default(client, "FolderId", folder_id, UNSET)
    accept_language = client_default(client, "Accept-Language", accept_language, "fr-FR")
    kwargs = _get_kwargs(
        folder_id=folder_id,
        type_client=type_client,
        search_term=search_term,
        offset=offset,
        limit=limit,
        accept_language=accept_language,
    )
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


def sync(
    folder_id: str | Unset = UNSET,
    *,
    client: AuthenticatedClient | Client,
    type_client: str | Unset = UNSET,
    search_term: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    accept_language: str | Unset = UNSET,
) -> ClientList:
    """Obtenir les clients (customer)

     Cette requête récupère tous les clients d’un dossier avec gestion des droits. C’est une requête mise
    à disposition et optimisée pour des appels dans des interfaces utilisateurs (exemple Mobilité).

    Gestion des droits : pour visualiser les clients, il faut avoir les droits client et pour visualiser
    les prospects il faut avoir les droits prospects. Si vous n’avez pas ces droits, vous aurez en
    retour un code retour Bad Request (status code 400).

    Each cell of a client row is `{value, hasRight}` (`hasRight` false when the user may not see the
    value); amounts also carry `displayName` (formatted) and `currency`.

    Args:
        folder_id (str):
        type_client (str | Unset):
        search_term (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        accept_language (str | Unset):  Default: 'fr-FR'.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        ClientList
    """

    folder_id = client_default(client, "FolderId", folder_id, UNSET)
    accept_language = client_default(client, "Accept-Language", accept_language, "fr-FR")
    kwargs = _get_kwargs(
        folder_id=folder_id,
        type_client=type_client,
        search_term=search_term,
        offset=offset,
        limit=limit,
        accept_language=accept_language,
    )
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: ClientList = success(response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS)
    return parsed


async def asyncio_detailed(
    folder_id: str | Unset = UNSET,
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    type_client: str | Unset = UNSET,
    search_term: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    accept_language: str | Unset = UNSET,
) -> Response[ClientList | EbpError]:
    """Obtenir les clients (customer)

     Cette requête récupère tous les clients d’un dossier avec gestion des droits. C’est une requête mise
    à disposition et optimisée pour des appels dans des interfaces utilisateurs (exemple Mobilité).

    Gestion des droits : pour visualiser les clients, il faut avoir les droits client et pour visualiser
    les prospects il faut avoir les droits prospects. Si vous n’avez pas ces droits, vous aurez en
    retour un code retour Bad Request (status code 400).

    Each cell of a client row is `{value, hasRight}` (`hasRight` false when the user may not see the
    value); amounts also carry `displayName` (formatted) and `currency`.

    Args:
        folder_id (str):
        type_client (str | Unset):
        search_term (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        accept_language (str | Unset):  Default: 'fr-FR'.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[ClientList | EbpError]
    """

    folder_id = client_default(client, "FolderId", folder_id, UNSET)
    accept_language = client_default(client, "Accept-Language", accept_language, "fr-FR")
    kwargs = _get_kwargs(
        folder_id=folder_id,
        type_client=type_client,
        search_term=search_term,
        offset=offset,
        limit=limit,
        accept_language=accept_language,
    )
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


async def asyncio(
    folder_id: str | Unset = UNSET,
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    type_client: str | Unset = UNSET,
    search_term: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    accept_language: str | Unset = UNSET,
) -> ClientList:
    """Obtenir les clients (customer)

     Cette requête récupère tous les clients d’un dossier avec gestion des droits. C’est une requête mise
    à disposition et optimisée pour des appels dans des interfaces utilisateurs (exemple Mobilité).

    Gestion des droits : pour visualiser les clients, il faut avoir les droits client et pour visualiser
    les prospects il faut avoir les droits prospects. Si vous n’avez pas ces droits, vous aurez en
    retour un code retour Bad Request (status code 400).

    Each cell of a client row is `{value, hasRight}` (`hasRight` false when the user may not see the
    value); amounts also carry `displayName` (formatted) and `currency`.

    Args:
        folder_id (str):
        type_client (str | Unset):
        search_term (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        accept_language (str | Unset):  Default: 'fr-FR'.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        ClientList
    """

    folder_id = client_default(client, "FolderId", folder_id, UNSET)
    accept_language = client_default(client, "Accept-Language", accept_language, "fr-FR")
    kwargs = _get_kwargs(
        folder_id=folder_id,
        type_client=type_client,
        search_term=search_term,
        offset=offset,
        limit=limit,
        accept_language=accept_language,
    )
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: ClientList = success(response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS)
    return parsed


MAXIMUM_PAGE_SIZE = 100


def _items(page: ClientList) -> list[models.ClientSummary]:
    items = page.clients
    return items if isinstance(items, list) else []


def _total(page: ClientList) -> int | None:
    return total_at(page, ("paging", "total"))


def pages(
    folder_id: str | Unset = UNSET,
    *,
    client: AuthenticatedClient | Client,
    type_client: str | Unset = UNSET,
    search_term: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    start: int = 0,
    page_size: int | None = None,
) -> Iterator[ClientList]:
    """Every page of ``listClients``, fetched lazily from offset ``start``, ``page_size`` items each.

    ``page_size`` defaults to the largest the API accepts (100); more is refused. Paging stops when
    the total is reached, or on an empty or short page; the next offset counts the items actually
    received, so nothing is repeated or skipped when the server returns fewer than asked.
    """

    def fetch(offset: int, limit: int) -> ClientList:
        return sync(
            folder_id=folder_id,
            client=client,
            type_client=type_client,
            search_term=search_term,
            accept_language=accept_language,
            offset=offset,
            limit=limit,
        )

    return paging.pages(fetch, _items, _total, maximum=MAXIMUM_PAGE_SIZE, start=start, page_size=page_size)


def iterate(
    folder_id: str | Unset = UNSET,
    *,
    client: AuthenticatedClient | Client,
    type_client: str | Unset = UNSET,
    search_term: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    start: int = 0,
    page_size: int | None = None,
) -> Iterator[models.ClientSummary]:
    """Every item of ``listClients``, in order, each once, across as many pages as needed (see :func:`pages`)."""
    page_iterator = pages(
        folder_id=folder_id,
        client=client,
        type_client=type_client,
        search_term=search_term,
        accept_language=accept_language,
        start=start,
        page_size=page_size,
    )
    return (item for page in page_iterator for item in _items(page))


def aiterate(
    folder_id: str | Unset = UNSET,
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    type_client: str | Unset = UNSET,
    search_term: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    start: int = 0,
    page_size: int | None = None,
) -> AsyncIterator[models.ClientSummary]:
    """:func:`iterate` for asyncio: ``async for item in aiterate(...)``."""

    async def fetch(offset: int, limit: int) -> ClientList:
        return await asyncio(
            folder_id=folder_id,
            client=client,
            type_client=type_client,
            search_term=search_term,
            accept_language=accept_language,
            offset=offset,
            limit=limit,
        )

    return paging.aiterate(fetch, _items, _total, maximum=MAXIMUM_PAGE_SIZE, start=start, page_size=page_size)
