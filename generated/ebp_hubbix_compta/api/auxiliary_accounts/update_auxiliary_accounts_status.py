from typing import Any, cast
from uuid import UUID

import httpx
from comptoir.runtime import asend, check_arg, client_default, detailed, json_body, send, success
from comptoir.runtime.reading import (
    invalid,
)

from ... import API_NAME
from ...client import AsyncAuthenticatedClient, AsyncClient, AuthenticatedClient, Client
from ...models.auxiliary_account_status_update import AuxiliaryAccountStatusUpdate
from ...models.ebp_error import EbpError
from ...models.status_change_result import StatusChangeResult
from ...types import UNSET, Response, Unset, json_dumps

OPERATION = "updateAuxiliaryAccountsStatus"
_SUCCESS = frozenset([202])


def _get_kwargs(
    *,
    body: AuxiliaryAccountStatusUpdate,
    tenantid: UUID | Unset = UNSET,
) -> dict[str, Any]:
    tenantid = check_arg("updateAuxiliaryAccountsStatus", "tenantid", tenantid, "uuid", required=True)
    body = check_arg(
        "updateAuxiliaryAccountsStatus", "body", body, "model", required=True, model=AuxiliaryAccountStatusUpdate
    )
    headers: dict[str, Any] = {"Accept": "application/json"}
    header_tenantid = str(tenantid)
    headers["tenantid"] = str(header_tenantid)

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/v1/auxiliary-accounts",
        "extensions": {"openapi_security": [["bearerAuth", "subscriptionKey"]]},
    }

    json_body = body.to_dict()
    _kwargs["content"] = json_dumps(json_body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> EbpError | StatusChangeResult | None:
    """The documented value of a documented status (success or error model); None for any other status."""
    if response.status_code == 202:
        document = json_body(response)
        if document is None:
            raise invalid("", None, "a JSON value other than null", document)
        return cast("StatusChangeResult", StatusChangeResult._read(document, "", None))

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
    body: AuxiliaryAccountStatusUpdate,
    tenantid: UUID | Unset = UNSET,
) -> Response[EbpError | StatusChangeResult]:
    """Modifier le statut d'un ou plusieurs tiers

     Cette requête modifie le statut d'un ou plusieurs comptes de tiers.

    Args:
        tenantid (UUID):
        body (AuxiliaryAccountStatusUpdate): Modification du statut d'un ou plusieurs comptes de
            tiers.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[EbpError | StatusChangeResult]
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
    body: AuxiliaryAccountStatusUpdate,
    tenantid: UUID | Unset = UNSET,
) -> StatusChangeResult:
    """Modifier le statut d'un ou plusieurs tiers

     Cette requête modifie le statut d'un ou plusieurs comptes de tiers.

    Args:
        tenantid (UUID):
        body (AuxiliaryAccountStatusUpdate): Modification du statut d'un ou plusieurs comptes de
            tiers.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        StatusChangeResult
    """

    tenantid = client_default(client, "tenantid", tenantid, UNSET)
    kwargs = _get_kwargs(
        body=body,
        tenantid=tenantid,
    )
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: StatusChangeResult = success(
        response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS
    )
    return parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    body: AuxiliaryAccountStatusUpdate,
    tenantid: UUID | Unset = UNSET,
) -> Response[EbpError | StatusChangeResult]:
    """Modifier le statut d'un ou plusieurs tiers

     Cette requête modifie le statut d'un ou plusieurs comptes de tiers.

    Args:
        tenantid (UUID):
        body (AuxiliaryAccountStatusUpdate): Modification du statut d'un ou plusieurs comptes de
            tiers.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[EbpError | StatusChangeResult]
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
    body: AuxiliaryAccountStatusUpdate,
    tenantid: UUID | Unset = UNSET,
) -> StatusChangeResult:
    """Modifier le statut d'un ou plusieurs tiers

     Cette requête modifie le statut d'un ou plusieurs comptes de tiers.

    Args:
        tenantid (UUID):
        body (AuxiliaryAccountStatusUpdate): Modification du statut d'un ou plusieurs comptes de
            tiers.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        StatusChangeResult
    """

    tenantid = client_default(client, "tenantid", tenantid, UNSET)
    kwargs = _get_kwargs(
        body=body,
        tenantid=tenantid,
    )
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: StatusChangeResult = success(
        response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS
    )
    return parsed
