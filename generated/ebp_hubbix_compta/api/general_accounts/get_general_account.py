from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ebp_error import EbpError
from ...models.general_account import GeneralAccount
from ...types import (
    Response,
    json_loads,
)


def _get_kwargs(
    number_or_uuid: str,
    *,
    tenantid: UUID,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    header_tenantid = str(tenantid)
    headers["tenantid"] = str(header_tenantid)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/general-account/{number_or_uuid}".format(
            number_or_uuid=quote(str(number_or_uuid), safe=""),
        ),
        "extensions": {"openapi_security": [["bearerAuth", "subscriptionKey"]]},
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EbpError | GeneralAccount | None:
    if response.status_code == 200:
        response_200 = GeneralAccount.from_dict(json_loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = EbpError.from_dict(json_loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = EbpError.from_dict(json_loads(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = EbpError.from_dict(json_loads(response.content))

        return response_403

    if response.status_code == 404:
        response_404 = EbpError.from_dict(json_loads(response.content))

        return response_404

    if response.status_code == 429:
        response_429 = EbpError.from_dict(json_loads(response.content))

        return response_429

    if response.status_code == 500:
        response_500 = EbpError.from_dict(json_loads(response.content))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EbpError | GeneralAccount]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    number_or_uuid: str,
    *,
    client: AuthenticatedClient | Client,
    tenantid: UUID,
) -> Response[EbpError | GeneralAccount]:
    """Récupérer un compte général

     Cette requête retourne le compte général dont le numéro est passé en paramètre
    (`GET /v1/general-account/{number}` dans la documentation).

    Args:
        number_or_uuid (str):
        tenantid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EbpError | GeneralAccount]
    """

    kwargs = _get_kwargs(
        number_or_uuid=number_or_uuid,
        tenantid=tenantid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    number_or_uuid: str,
    *,
    client: AuthenticatedClient | Client,
    tenantid: UUID,
) -> EbpError | GeneralAccount | None:
    """Récupérer un compte général

     Cette requête retourne le compte général dont le numéro est passé en paramètre
    (`GET /v1/general-account/{number}` dans la documentation).

    Args:
        number_or_uuid (str):
        tenantid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EbpError | GeneralAccount
    """

    return sync_detailed(
        number_or_uuid=number_or_uuid,
        client=client,
        tenantid=tenantid,
    ).parsed


async def asyncio_detailed(
    number_or_uuid: str,
    *,
    client: AuthenticatedClient | Client,
    tenantid: UUID,
) -> Response[EbpError | GeneralAccount]:
    """Récupérer un compte général

     Cette requête retourne le compte général dont le numéro est passé en paramètre
    (`GET /v1/general-account/{number}` dans la documentation).

    Args:
        number_or_uuid (str):
        tenantid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EbpError | GeneralAccount]
    """

    kwargs = _get_kwargs(
        number_or_uuid=number_or_uuid,
        tenantid=tenantid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    number_or_uuid: str,
    *,
    client: AuthenticatedClient | Client,
    tenantid: UUID,
) -> EbpError | GeneralAccount | None:
    """Récupérer un compte général

     Cette requête retourne le compte général dont le numéro est passé en paramètre
    (`GET /v1/general-account/{number}` dans la documentation).

    Args:
        number_or_uuid (str):
        tenantid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EbpError | GeneralAccount
    """

    return (
        await asyncio_detailed(
            number_or_uuid=number_or_uuid,
            client=client,
            tenantid=tenantid,
        )
    ).parsed
