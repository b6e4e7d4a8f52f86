from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.alert_list import AlertList
from ...models.error_detail import ErrorDetail
from ...models.http_validation_error import HTTPValidationError
from ...types import (
    UNSET,
    Response,
    Unset,
    encode_query,
    json_loads,
)


def _get_kwargs(
    *,
    active_only: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["active_only"] = active_only

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/usage/alerts",
        "extensions": {"openapi_security": [["apiKey", "clientId"]]},
    }

    query = encode_query(params)
    if query:
        _kwargs["url"] += "?" + query

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AlertList | ErrorDetail | HTTPValidationError | None:
    if response.status_code == 200:
        response_200 = AlertList.from_dict(json_loads(response.content))

        return response_200

    if response.status_code == 401:
        response_401 = ErrorDetail.from_dict(json_loads(response.content))

        return response_401

    if response.status_code == 422:
        response_422 = HTTPValidationError.from_dict(json_loads(response.content))

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AlertList | ErrorDetail | HTTPValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    active_only: bool | Unset = UNSET,
) -> Response[AlertList | ErrorDetail | HTTPValidationError]:
    """Usage alerts

     Usage alerts raised for the company.

    Args:
        active_only (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlertList | ErrorDetail | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        active_only=active_only,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    active_only: bool | Unset = UNSET,
) -> AlertList | ErrorDetail | HTTPValidationError | None:
    """Usage alerts

     Usage alerts raised for the company.

    Args:
        active_only (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlertList | ErrorDetail | HTTPValidationError
    """

    return sync_detailed(
        client=client,
        active_only=active_only,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    active_only: bool | Unset = UNSET,
) -> Response[AlertList | ErrorDetail | HTTPValidationError]:
    """Usage alerts

     Usage alerts raised for the company.

    Args:
        active_only (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AlertList | ErrorDetail | HTTPValidationError]
    """

    kwargs = _get_kwargs(
        active_only=active_only,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    active_only: bool | Unset = UNSET,
) -> AlertList | ErrorDetail | HTTPValidationError | None:
    """Usage alerts

     Usage alerts raised for the company.

    Args:
        active_only (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AlertList | ErrorDetail | HTTPValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            active_only=active_only,
        )
    ).parsed
