from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.invoice import Invoice
from ...models.invoice_filter import InvoiceFilter
from ...models.list_invoices_metadata import ListInvoicesMetadata
from ...types import (
    UNSET,
    CommaSeparated,
    Response,
    Unset,
    encode_query,
    json_loads,
)


def _get_kwargs(
    *,
    expand: list[str] | Unset = UNSET,
    filter_: InvoiceFilter | Unset = UNSET,
    metadata: ListInvoicesMetadata | Unset = UNSET,
) -> dict[str, Any]:

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

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | list[Invoice] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = json_loads(response.content)
        for response_200_item_data in _response_200:
            response_200_item = Invoice.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(json_loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(json_loads(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(json_loads(response.content))

        return response_403

    if response.status_code == 429:
        response_429 = Error.from_dict(json_loads(response.content))

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(json_loads(response.content))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | list[Invoice]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Invoice]]
    """

    kwargs = _get_kwargs(
        expand=expand,
        filter_=filter_,
        metadata=metadata,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    expand: list[str] | Unset = UNSET,
    filter_: InvoiceFilter | Unset = UNSET,
    metadata: ListInvoicesMetadata | Unset = UNSET,
) -> Error | list[Invoice] | None:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Invoice]
    """

    return sync_detailed(
        client=client,
        expand=expand,
        filter_=filter_,
        metadata=metadata,
    ).parsed


async def asyncio_detailed(
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | list[Invoice]]
    """

    kwargs = _get_kwargs(
        expand=expand,
        filter_=filter_,
        metadata=metadata,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    expand: list[str] | Unset = UNSET,
    filter_: InvoiceFilter | Unset = UNSET,
    metadata: ListInvoicesMetadata | Unset = UNSET,
) -> Error | list[Invoice] | None:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | list[Invoice]
    """

    return (
        await asyncio_detailed(
            client=client,
            expand=expand,
            filter_=filter_,
            metadata=metadata,
        )
    ).parsed
