from typing import Any, cast

import httpx
from comptoir.runtime import asend, check_arg, detailed, json_body, send, success
from comptoir.runtime.reading import (
    invalid,
    read_list,
)

from ... import API_NAME
from ...client import AsyncAuthenticatedClient, AsyncClient, AuthenticatedClient, Client
from ...models.customer import Customer
from ...models.customer_filter import CustomerFilter
from ...models.error import Error
from ...models.list_customers_metadata import ListCustomersMetadata
from ...types import UNSET, Response, Unset, encode_query

OPERATION = "listCustomers"
_SUCCESS = frozenset([200])


def _get_kwargs(
    *,
    filter_: CustomerFilter | Unset = UNSET,
    metadata: ListCustomersMetadata | Unset = UNSET,
) -> dict[str, Any]:
    filter_ = check_arg("listCustomers", "filter", filter_, "model", model=CustomerFilter)
    metadata = check_arg("listCustomers", "metadata", metadata, "model", model=ListCustomersMetadata)
    headers: dict[str, Any] = {"Accept": "application/json"}

    params: dict[str, Any] = {}

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
        "url": "/customers",
        "extensions": {"openapi_security": [["basicAuth"]]},
    }

    query = encode_query(params)
    if query:
        _kwargs["url"] += "?" + query

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Error | list[Customer] | None:
    """The documented value of a documented status (success or error model); None for any other status."""
    if response.status_code == 200:
        document = json_body(response)
        if document is None:
            raise invalid("", None, "a JSON value other than null", document)
        return cast("list[Customer]", read_list(document, "", None, Customer._read))

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
    filter_: CustomerFilter | Unset = UNSET,
    metadata: ListCustomersMetadata | Unset = UNSET,
) -> Response[Error | list[Customer]]:
    """List customers

     Lists customers, optionally filtered on exact property values (e.g. the name) and on
    metadata. Example from the doc: `GET /customers?metadata%5Baccount-rep%5D=Jan`.

    Args:
        filter_ (CustomerFilter | Unset): Exact-match customer filter (`filter[name]=Acme SRL`).
        metadata (ListCustomersMetadata | Unset):

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[Error | list[Customer]]
    """

    kwargs = _get_kwargs(
        filter_=filter_,
        metadata=metadata,
    )
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


def sync(
    *,
    client: AuthenticatedClient | Client,
    filter_: CustomerFilter | Unset = UNSET,
    metadata: ListCustomersMetadata | Unset = UNSET,
) -> list[Customer]:
    """List customers

     Lists customers, optionally filtered on exact property values (e.g. the name) and on
    metadata. Example from the doc: `GET /customers?metadata%5Baccount-rep%5D=Jan`.

    Args:
        filter_ (CustomerFilter | Unset): Exact-match customer filter (`filter[name]=Acme SRL`).
        metadata (ListCustomersMetadata | Unset):

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        list[Customer]
    """

    kwargs = _get_kwargs(
        filter_=filter_,
        metadata=metadata,
    )
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: list[Customer] = success(response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS)
    return parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    filter_: CustomerFilter | Unset = UNSET,
    metadata: ListCustomersMetadata | Unset = UNSET,
) -> Response[Error | list[Customer]]:
    """List customers

     Lists customers, optionally filtered on exact property values (e.g. the name) and on
    metadata. Example from the doc: `GET /customers?metadata%5Baccount-rep%5D=Jan`.

    Args:
        filter_ (CustomerFilter | Unset): Exact-match customer filter (`filter[name]=Acme SRL`).
        metadata (ListCustomersMetadata | Unset):

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[Error | list[Customer]]
    """

    kwargs = _get_kwargs(
        filter_=filter_,
        metadata=metadata,
    )
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


async def asyncio(
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    filter_: CustomerFilter | Unset = UNSET,
    metadata: ListCustomersMetadata | Unset = UNSET,
) -> list[Customer]:
    """List customers

     Lists customers, optionally filtered on exact property values (e.g. the name) and on
    metadata. Example from the doc: `GET /customers?metadata%5Baccount-rep%5D=Jan`.

    Args:
        filter_ (CustomerFilter | Unset): Exact-match customer filter (`filter[name]=Acme SRL`).
        metadata (ListCustomersMetadata | Unset):

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        list[Customer]
    """

    kwargs = _get_kwargs(
        filter_=filter_,
        metadata=metadata,
    )
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: list[Customer] = success(response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS)
    return parsed
