from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx
from comptoir.runtime import asend, check_arg, client_default, detailed, json_body, send, success
from comptoir.runtime.reading import (
    invalid,
)

from ... import API_NAME
from ...client import AsyncAuthenticatedClient, AsyncClient, AuthenticatedClient, Client
from ...models.ebp_error import EbpError
from ...models.general_account_update import GeneralAccountUpdate
from ...models.message_response import MessageResponse
from ...types import UNSET, Response, Unset, json_dumps

OPERATION = "updateGeneralAccount"
_SUCCESS = frozenset([201])


def _get_kwargs(
    number_or_uuid: UUID,
    *,
    body: GeneralAccountUpdate,
    tenantid: UUID | Unset = UNSET,
) -> dict[str, Any]:
    number_or_uuid = check_arg(
        "updateGeneralAccount", "numberOrUuid", number_or_uuid, "uuid", required=True, path_segment=True
    )
    tenantid = check_arg("updateGeneralAccount", "tenantid", tenantid, "uuid", required=True)
    body = check_arg("updateGeneralAccount", "body", body, "model", required=True, model=GeneralAccountUpdate)
    headers: dict[str, Any] = {"Accept": "application/json"}
    header_tenantid = str(tenantid)
    headers["tenantid"] = str(header_tenantid)

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/v1/general-account/{number_or_uuid}".format(
            number_or_uuid=quote(str(number_or_uuid), safe=""),
        ),
        "extensions": {"openapi_security": [["bearerAuth", "subscriptionKey"]]},
    }

    json_body = body.to_dict()
    _kwargs["content"] = json_dumps(json_body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> EbpError | MessageResponse | None:
    """The documented value of a documented status (success or error model); None for any other status."""
    if response.status_code == 201:
        document = json_body(response)
        if document is None:
            raise invalid("", None, "a JSON value other than null", document)
        return cast("MessageResponse", MessageResponse._read(document, "", None))

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
    number_or_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: GeneralAccountUpdate,
    tenantid: UUID | Unset = UNSET,
) -> Response[EbpError | MessageResponse]:
    """Mettre à jour un compte général

     Cette requête modifie un compte général (`PUT /v1/general-account/{uuid}` dans la
    documentation). La documentation annonce un code 201 pour la modification.

    Args:
        number_or_uuid (UUID):
        tenantid (UUID):
        body (GeneralAccountUpdate): Modification d'un compte général.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[EbpError | MessageResponse]
    """

    tenantid = client_default(client, "tenantid", tenantid, UNSET)
    kwargs = _get_kwargs(
        number_or_uuid=number_or_uuid,
        body=body,
        tenantid=tenantid,
    )
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


def sync(
    number_or_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: GeneralAccountUpdate,
    tenantid: UUID | Unset = UNSET,
) -> MessageResponse:
    """Mettre à jour un compte général

     Cette requête modifie un compte général (`PUT /v1/general-account/{uuid}` dans la
    documentation). La documentation annonce un code 201 pour la modification.

    Args:
        number_or_uuid (UUID):
        tenantid (UUID):
        body (GeneralAccountUpdate): Modification d'un compte général.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        MessageResponse
    """

    tenantid = client_default(client, "tenantid", tenantid, UNSET)
    kwargs = _get_kwargs(
        number_or_uuid=number_or_uuid,
        body=body,
        tenantid=tenantid,
    )
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: MessageResponse = success(response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS)
    return parsed


async def asyncio_detailed(
    number_or_uuid: UUID,
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    body: GeneralAccountUpdate,
    tenantid: UUID | Unset = UNSET,
) -> Response[EbpError | MessageResponse]:
    """Mettre à jour un compte général

     Cette requête modifie un compte général (`PUT /v1/general-account/{uuid}` dans la
    documentation). La documentation annonce un code 201 pour la modification.

    Args:
        number_or_uuid (UUID):
        tenantid (UUID):
        body (GeneralAccountUpdate): Modification d'un compte général.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[EbpError | MessageResponse]
    """

    tenantid = client_default(client, "tenantid", tenantid, UNSET)
    kwargs = _get_kwargs(
        number_or_uuid=number_or_uuid,
        body=body,
        tenantid=tenantid,
    )
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


async def asyncio(
    number_or_uuid: UUID,
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    body: GeneralAccountUpdate,
    tenantid: UUID | Unset = UNSET,
) -> MessageResponse:
    """Mettre à jour un compte général

     Cette requête modifie un compte général (`PUT /v1/general-account/{uuid}` dans la
    documentation). La documentation annonce un code 201 pour la modification.

    Args:
        number_or_uuid (UUID):
        tenantid (UUID):
        body (GeneralAccountUpdate): Modification d'un compte général.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        MessageResponse
    """

    tenantid = client_default(client, "tenantid", tenantid, UNSET)
    kwargs = _get_kwargs(
        number_or_uuid=number_or_uuid,
        body=body,
        tenantid=tenantid,
    )
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: MessageResponse = success(response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS)
    return parsed
