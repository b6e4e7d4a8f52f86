from typing import Any, cast

import httpx
from comptoir.runtime import asend, check_arg, detailed, json_body, send, success
from comptoir.runtime.reading import (
    invalid,
    read_list,
)

from ... import API_NAME
from ...client import AsyncAuthenticatedClient, AsyncClient, AuthenticatedClient, Client
from ...models.error import Error
from ...models.invoice import Invoice
from ...models.invoice_filter import InvoiceFilter
from ...models.list_invoices_metadata import ListInvoicesMetadata
from ...types import UNSET, CommaSeparated, Response, Unset, encode_query

OPERATION = "listInvoices"
_SUCCESS = frozenset([200])


def _get_kwargs(
    *,
    expand: list[str] | Unset = UNSET,
    filter_: InvoiceFilter | Unset = UNSET,
    metadata: ListInvoicesMetadata | Unset = UNSET,
) -> dict[str, Any]:
    expand = check_arg("listInvoices", "expand", expand, "list", items="str")
    filter_ = check_arg("listInvoices", "filter", filter_, "model", model=InvoiceFilter)
    metadata = check_arg("listInvoices", "metadata", metadata, "model", model=ListInvoicesMetadata)
    headers: dict[str, Any] = {"Accept": "application/json"}

    params: dict[str, Any] = {}

    json_expand: list[str] | Unset = UNSET
    if not isinstance(expand, Unset):
        json_expand = expand

    if not isinstance(json_expand, Unset):
        params["expand"] = CommaSeparated(json_expand)

    json_filter_: dict[str, Any] | Unset = UNSET
    if not isinstance(filter_, Unset):
        json_filter_ = filter_.to_dict()
    if not isinstance(json_filter_, Unset):
        params.update({f"filter[{key}]": value for key, value in json_filter_.items()})

    json_metadata: dict[str, Any] | Unset = UNSET
    if not isinstance(metadata, Unset):
        json_metadata = metadata.to_dict()
    if not isinstance(json_metadata, Unset):
        params.update({f"metadata[{key}]": value for key, value in json_metadata.items()})

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/invoices",
        "extensions": {"openapi_security": [["basicAuth"]]},
    }

    query = encode_query(params)
    if query:
        _kwargs["url"] += "?" + query

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Error | list[Invoice] | None:
    """The documented value of a documented status (success or error model); None for any other status."""
    if response.status_code == 200:
        document = json_body(response)
        if document is None:
            raise invalid("", None, "a JSON value other than null", document)
        return cast("list[Invoice]", read_list(document, "", None, Invoice._read))

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
    *,
    client: AuthenticatedClient | Client,
    expand: list[str] | Unset = UNSET,
    filter_: InvoiceFilter | Unset = UNSET,
    metadata: ListInvoicesMetadata | Unset = UNSET,
) -> Response[Error | list[Invoice]]:
    """List invoices

     Lists invoices, optionally filtered on exact property values and on metadata. Example from
    the doc, the outstanding invoices of a customer:
    `GET /invoices?filter%5Bpaid%5D=0&filter%5Bclosed%5D=0&filter%5Bcustomer%5D=1234`.

    Args:
        expand (list[str] | Unset):
        filter_ (InvoiceFilter | Unset): Exact-match invoice filter
            (`filter[paid]=0&filter[closed]=0&filter[customer]=1234`).
        metadata (ListInvoicesMetadata | Unset):

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[Error | list[Invoice]]
    """

    kwargs = _get_kwargs(
        expand=expand,
        filter_=filter_,
        metadata=metadata,
    )
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


def sync(
    *,
    client: AuthenticatedClient | Client,
    expand: list[str] | Unset = UNSET,
    filter_: InvoiceFilter | Unset = UNSET,
    metadata: ListInvoicesMetadata | Unset = UNSET,
) -> list[Invoice]:
    """List invoices

     Lists invoices, optionally filtered on exact property values and on metadata. Example from
    the doc, the outstanding invoices of a customer:
    `GET /invoices?filter%5Bpaid%5D=0&filter%5Bclosed%5D=0&filter%5Bcustomer%5D=1234`.

    Args:
        expand (list[str] | Unset):
        filter_ (InvoiceFilter | Unset): Exact-match invoice filter
            (`filter[paid]=0&filter[closed]=0&filter[customer]=1234`).
        metadata (ListInvoicesMetadata | Unset):

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        list[Invoice]
    """

    kwargs = _get_kwargs(
        expand=expand,
        filter_=filter_,
        metadata=metadata,
    )
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: list[Invoice] = success(response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS)
    return parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    expand: list[str] | Unset = UNSET,
    filter_: InvoiceFilter | Unset = UNSET,
    metadata: ListInvoicesMetadata | Unset = UNSET,
) -> Response[Error | list[Invoice]]:
    """List invoices

     Lists invoices, optionally filtered on exact property values and on metadata. Example from
    the doc, the outstanding invoices of a customer:
    `GET /invoices?filter%5Bpaid%5D=0&filter%5Bclosed%5D=0&filter%5Bcustomer%5D=1234`.

    Args:
        expand (list[str] | Unset):
        filter_ (InvoiceFilter | Unset): Exact-match invoice filter
            (`filter[paid]=0&filter[closed]=0&filter[customer]=1234`).
        metadata (ListInvoicesMetadata | Unset):

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[Error | list[Invoice]]
    """

    kwargs = _get_kwargs(
        expand=expand,
        filter_=filter_,
        metadata=metadata,
    )
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


async def asyncio(
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    expand: list[str] | Unset = UNSET,
    filter_: InvoiceFilter | Unset = UNSET,
    metadata: ListInvoicesMetadata | Unset = UNSET,
) -> list[Invoice]:
    """List invoices

     Lists invoices, optionally filtered on exact property values and on metadata. Example from
    the doc, the outstanding invoices of a customer:
    `GET /invoices?filter%5Bpaid%5D=0&filter%5Bclosed%5D=0&filter%5Bcustomer%5D=1234`.

    Args:
        expand (list[str] | Unset):
        filter_ (InvoiceFilter | Unset): Exact-match invoice filter
            (`filter[paid]=0&filter[closed]=0&filter[customer]=1234`).
        metadata (ListInvoicesMetadata | Unset):

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        list[Invoice]
    """

    kwargs = _get_kwargs(
        expand=expand,
        filter_=filter_,
        metadata=metadata,
    )
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: list[Invoice] = success(response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS)
    return parsed
