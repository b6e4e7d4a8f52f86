from typing import Any, cast
from uuid import UUID

import httpx
from comptoir.runtime import asend, check_arg, client_default, detailed, json_body, send, success
from comptoir.runtime.reading import (
    invalid,
)

from ... import API_NAME
from ...client import AsyncAuthenticatedClient, AsyncClient, AuthenticatedClient, Client
from ...models.ebp_error import EbpError
from ...models.journal_entry_created import JournalEntryCreated
from ...models.journal_entry_request import JournalEntryRequest
from ...types import UNSET, Response, Unset, json_dumps

OPERATION = "createJournalEntry"
_SUCCESS = frozenset([200])


def _get_kwargs(
    *,
    body: JournalEntryRequest,
    tenantid: UUID | Unset = UNSET,
) -> dict[str, Any]:
    tenantid = check_arg("createJournalEntry", "tenantid", tenantid, "uuid", required=True)
    body = check_arg("createJournalEntry", "body", body, "model", required=True, model=JournalEntryRequest)
    headers: dict[str, Any] = {"Accept": "application/json"}
    header_tenantid = str(tenantid)
    headers["tenantid"] = str(header_tenantid)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/journal-entry",
        "extensions": {"openapi_security": [["bearerAuth", "subscriptionKey"]]},
    }

    json_body = body.to_dict()
    _kwargs["content"] = json_dumps(json_body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> EbpError | JournalEntryCreated | None:
    """The documented value of a documented status (success or error model); None for any other status."""
    if response.status_code == 200:
        document = json_body(response)
        if document is None:
            raise invalid("", None, "a JSON value other than null", document)
        return cast("JournalEntryCreated", JournalEntryCreated._read(document, "", None))

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
    body: JournalEntryRequest,
    tenantid: UUID | Unset = UNSET,
) -> Response[EbpError | JournalEntryCreated]:
    """Ajouter une saisie journal

     Cette requête crée une écriture via la saisie journal. Les UUIDs des écritures créées sont
    renvoyés.

    Args:
        tenantid (UUID):
        body (JournalEntryRequest): Saisie journal (création ou modification d'écritures).

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[EbpError | JournalEntryCreated]
    """

    tenantid = client_default(client, "tenantid", tenantid, UNSET)
    kwargs = _get_kwargs(
        body=body,
        tenantid=tenantid,
    )
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: JournalEntryRequest,
    tenantid: UUID | Unset = UNSET,
) -> JournalEntryCreated:
    """Ajouter une saisie journal

     Cette requête crée une écriture via la saisie journal. Les UUIDs des écritures créées sont
    renvoyés.

    Args:
        tenantid (UUID):
        body (JournalEntryRequest): Saisie journal (création ou modification d'écritures).

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        JournalEntryCreated
    """

    tenantid = client_default(client, "tenantid", tenantid, UNSET)
    kwargs = _get_kwargs(
        body=body,
        tenantid=tenantid,
    )
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: JournalEntryCreated = success(
        response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS
    )
    return parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    body: JournalEntryRequest,
    tenantid: UUID | Unset = UNSET,
) -> Response[EbpError | JournalEntryCreated]:
    """Ajouter une saisie journal

     Cette requête crée une écriture via la saisie journal. Les UUIDs des écritures créées sont
    renvoyés.

    Args:
        tenantid (UUID):
        body (JournalEntryRequest): Saisie journal (création ou modification d'écritures).

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[EbpError | JournalEntryCreated]
    """

    tenantid = client_default(client, "tenantid", tenantid, UNSET)
    kwargs = _get_kwargs(
        body=body,
        tenantid=tenantid,
    )
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


async def asyncio(
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    body: JournalEntryRequest,
    tenantid: UUID | Unset = UNSET,
) -> JournalEntryCreated:
    """Ajouter une saisie journal

     Cette requête crée une écriture via la saisie journal. Les UUIDs des écritures créées sont
    renvoyés.

    Args:
        tenantid (UUID):
        body (JournalEntryRequest): Saisie journal (création ou modification d'écritures).

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        JournalEntryCreated
    """

    tenantid = client_default(client, "tenantid", tenantid, UNSET)
    kwargs = _get_kwargs(
        body=body,
        tenantid=tenantid,
    )
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: JournalEntryCreated = success(
        response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS
    )
    return parsed
