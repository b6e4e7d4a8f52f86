from typing import Any, cast
from urllib.parse import quote

import httpx
from comptoir.runtime import asend, check_arg, detailed, json_body, send, success
from comptoir.runtime.reading import (
    invalid,
)

from ... import API_NAME
from ...client import AsyncAuthenticatedClient, AsyncClient, AuthenticatedClient, Client
from ...models.error import Error
from ...models.invoice import Invoice
from ...types import UNSET, CommaSeparated, Response, Unset, encode_query

OPERATION = "getInvoice"
_SUCCESS = frozenset([200])


def _get_kwargs(
    id: int,
    *,
    expand: list[str] | Unset = UNSET,
) -> dict[str, Any]:
    id = check_arg("getInvoice", "id", id, "int", required=True, path_segment=True)
    expand = check_arg("getInvoice", "expand", expand, "list", items="str")
    headers: dict[str, Any] = {"Accept": "application/json"}

    params: dict[str, Any] = {}

    json_expand: list[str] | Unset = UNSET
    if not isinstance(expand, Unset):
        json_expand = expand

    if not isinstance(json_expand, Unset):
        params["expand"] = CommaSeparated(json_expand)

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/invoices/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "extensions": {"openapi_security": [["basicAuth"]]},
    }

    query = encode_query(params)
    if query:
        _kwargs["url"] += "?" + query

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Error | Invoice | None:
    """The documented value of a documented status (success or error model); None for any other status."""
    if response.status_code == 200:
        document = json_body(response)
        if document is None:
            raise invalid("", None, "a JSON value other than null", document)
        return cast("Invoice", Invoice._read(document, "", None))

    if response.status_code == 400:
        document = json_body(response)
        if document is None:
            raise invalid("", None, "a JSON value other than null", document)
        return cast("Error", Error._read(document, "", None))

    if response.status_code == 401:
        document = json_body(response)
        if document is None:
            raise invalid("", None, "a JSON value other than null", document)
        return cast("Error", Error._read(document, "", None))

    if response.status_code == 403:
        document = json_body(response)
        if document is None:
            raise invalid("", None, "a JSON value other than null", document)
        return cast("Error", Error._read(document, "", None))

    if response.status_code == 404:
        document = json_body(response)
        if document is None:
            raise invalid("", None, "a JSON value other than null", document)
        return cast("Error", Error._read(document, "", None))

    if response.status_code == 429:
        document = json_body(response)
        if document is None:
            raise invalid("", None, "a JSON value other than null", document)
        return cast("Error", Error._read(document, "", None))

    if response.status_code == 500:
        document = json_body(response)
        if document is None:
            raise invalid("", None, "a JSON value other than null", document)
        return cast("Error", Error._read(document, "", None))

    return None


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    expand: list[str] | Unset = UNSET,
) -> Response[Error | Invoice]:
    """Retrieve an invoice

     One invoice. With `expand=customer` the `customer` property holds the customer object
    instead of its ID (doc: `curl "https://api.facturare.md/invoices/:id?expand=customer" -u
    {API_KEY}:`).

    Args:
        id (int):
        expand (list[str] | Unset):

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[Error | Invoice]
    """

    kwargs = _get_kwargs(
        id=id,
        expand=expand,
    )
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    expand: list[str] | Unset = UNSET,
) -> Invoice:
    """Retrieve an invoice

     One invoice. With `expand=customer` the `customer` property holds the customer object
    instead of its ID (doc: `curl "https://api.facturare.md/invoices/:id?expand=customer" -u
    {API_KEY}:`).

    Args:
        id (int):
        expand (list[str] | Unset):

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        Invoice
    """

    kwargs = _get_kwargs(
        id=id,
        expand=expand,
    )
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: Invoice = success(response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS)
    return parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    expand: list[str] | Unset = UNSET,
) -> Response[Error | Invoice]:
    """Retrieve an invoice

     One invoice. With `expand=customer` the `customer` property holds the customer object
    instead of its ID (doc: `curl "https://api.facturare.md/invoices/:id?expand=customer" -u
    {API_KEY}:`).

    Args:
        id (int):
        expand (list[str] | Unset):

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[Error | Invoice]
    """

    kwargs = _get_kwargs(
        id=id,
        expand=expand,
    )
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    expand: list[str] | Unset = UNSET,
) -> Invoice:
    """Retrieve an invoice

     One invoice. With `expand=customer` the `customer` property holds the customer object
    instead of its ID (doc: `curl "https://api.facturare.md/invoices/:id?expand=customer" -u
    {API_KEY}:`).

    Args:
        id (int):
        expand (list[str] | Unset):

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        Invoice
    """

    kwargs = _get_kwargs(
        id=id,
        expand=expand,
    )
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: Invoice = success(response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS)
    return parsed
