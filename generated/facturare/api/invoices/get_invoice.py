from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.invoice import Invoice
from ...types import (
    UNSET,
    CommaSeparated,
    Response,
    Unset,
    encode_query,
    json_loads,
)


def _get_kwargs(
    id: int,
    *,
    expand: list[str] | Unset = UNSET,
) -> dict[str, Any]:

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

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Invoice | None:
    if response.status_code == 200:
        response_200 = Invoice.from_dict(json_loads(response.content))

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

    if response.status_code == 404:
        response_404 = Error.from_dict(json_loads(response.content))

        return response_404

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Invoice]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Invoice]
    """

    kwargs = _get_kwargs(
        id=id,
        expand=expand,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    expand: list[str] | Unset = UNSET,
) -> Error | Invoice | None:
    """Retrieve an invoice

     One invoice. With `expand=customer` the `customer` property holds the customer object
    instead of its ID (doc: `curl "https://api.facturare.md/invoices/:id?expand=customer" -u
    {API_KEY}:`).

    Args:
        id (int):
        expand (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Invoice
    """

    return sync_detailed(
        id=id,
        client=client,
        expand=expand,
    ).parsed


async def asyncio_detailed(
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Invoice]
    """

    kwargs = _get_kwargs(
        id=id,
        expand=expand,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    expand: list[str] | Unset = UNSET,
) -> Error | Invoice | None:
    """Retrieve an invoice

     One invoice. With `expand=customer` the `customer` property holds the customer object
    instead of its ID (doc: `curl "https://api.facturare.md/invoices/:id?expand=customer" -u
    {API_KEY}:`).

    Args:
        id (int):
        expand (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Invoice
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            expand=expand,
        )
    ).parsed
