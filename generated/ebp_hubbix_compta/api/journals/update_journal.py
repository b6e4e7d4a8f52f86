from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ebp_error import EbpError
from ...models.journal_update import JournalUpdate
from ...models.message_response import MessageResponse
from ...types import (
    Response,
    json_dumps,
    json_loads,
)


def _get_kwargs(
    code_or_uuid: UUID,
    *,
    body: JournalUpdate,
    tenantid: UUID,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    header_tenantid = str(tenantid)
    headers["tenantid"] = str(header_tenantid)

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/journals/{code_or_uuid}".format(
            code_or_uuid=quote(str(code_or_uuid), safe=""),
        ),
        "extensions": {"openapi_security": [["bearerAuth", "subscriptionKey"]]},
    }

    json_body = body.to_dict()
    _kwargs["content"] = json_dumps(json_body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EbpError | MessageResponse | None:
    if response.status_code == 200:
        response_200 = MessageResponse.from_dict(json_loads(response.content))

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
) -> Response[EbpError | MessageResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    code_or_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: JournalUpdate,
    tenantid: UUID,
) -> Response[EbpError | MessageResponse]:
    """Modifier un journal

     Cette requête modifie un journal (`PUT /v1/journals/{journalUuid}` dans la documentation).

    Args:
        code_or_uuid (UUID):
        tenantid (UUID):
        body (JournalUpdate): Modification d'un journal (champs repris de l'exemple de la
            documentation).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EbpError | MessageResponse]
    """

    kwargs = _get_kwargs(
        code_or_uuid=code_or_uuid,
        body=body,
        tenantid=tenantid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    code_or_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: JournalUpdate,
    tenantid: UUID,
) -> EbpError | MessageResponse | None:
    """Modifier un journal

     Cette requête modifie un journal (`PUT /v1/journals/{journalUuid}` dans la documentation).

    Args:
        code_or_uuid (UUID):
        tenantid (UUID):
        body (JournalUpdate): Modification d'un journal (champs repris de l'exemple de la
            documentation).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EbpError | MessageResponse
    """

    return sync_detailed(
        code_or_uuid=code_or_uuid,
        client=client,
        body=body,
        tenantid=tenantid,
    ).parsed


async def asyncio_detailed(
    code_or_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: JournalUpdate,
    tenantid: UUID,
) -> Response[EbpError | MessageResponse]:
    """Modifier un journal

     Cette requête modifie un journal (`PUT /v1/journals/{journalUuid}` dans la documentation).

    Args:
        code_or_uuid (UUID):
        tenantid (UUID):
        body (JournalUpdate): Modification d'un journal (champs repris de l'exemple de la
            documentation).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EbpError | MessageResponse]
    """

    kwargs = _get_kwargs(
        code_or_uuid=code_or_uuid,
        body=body,
        tenantid=tenantid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    code_or_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: JournalUpdate,
    tenantid: UUID,
) -> EbpError | MessageResponse | None:
    """Modifier un journal

     Cette requête modifie un journal (`PUT /v1/journals/{journalUuid}` dans la documentation).

    Args:
        code_or_uuid (UUID):
        tenantid (UUID):
        body (JournalUpdate): Modification d'un journal (champs repris de l'exemple de la
            documentation).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EbpError | MessageResponse
    """

    return (
        await asyncio_detailed(
            code_or_uuid=code_or_uuid,
            client=client,
            body=body,
            tenantid=tenantid,
        )
    ).parsed
