from typing import Any, cast
from urllib.parse import quote

import httpx
from comptoir.runtime import asend, check_arg, client_default, detailed, json_body, send, success
from comptoir.runtime.reading import (
    invalid,
)

from ... import API_NAME
from ...client import AsyncAuthenticatedClient, AsyncClient, AuthenticatedClient, Client
from ...models.document_transfer_request import DocumentTransferRequest
from ...models.ebp_error import EbpError
from ...types import UNSET, Response, Unset, json_dumps

OPERATION = "transferDocument"
_SUCCESS = frozenset([200])


def _get_kwargs(
    folder_id: str | Unset = UNSET,
    *,
    body: DocumentTransferRequest,
    accept_language: str | Unset = UNSET,
) -> dict[str, Any]:
    folder_id = check_arg("transferDocument", "FolderId", folder_id, "str", required=True, path_segment=True)
    accept_language = check_arg("transferDocument", "Accept-Language", accept_language, "str")
    body = check_arg("transferDocument", "body", body, "model", required=True, model=DocumentTransferRequest)
    headers: dict[str, Any] = {"Accept": "application/json"}
    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/Folders/{folder_id}/Documents/Transfert".format(
            folder_id=quote(str(folder_id), safe=""),
        ),
        "extensions": {"openapi_security": [["bearerAuth", "subscriptionKey"]]},
    }

    json_body = body.to_dict()
    _kwargs["content"] = json_dumps(json_body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> EbpError | None:
    """The documented value of a documented status (success or error model); None for any other status."""
    if response.status_code == 200:
        return None

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
    folder_id: str | Unset = UNSET,
    *,
    client: AuthenticatedClient | Client,
    body: DocumentTransferRequest,
    accept_language: str | Unset = UNSET,
) -> Response[EbpError | None]:
    """Envoyer une demande de transfert de document

     Cette requête permet de transférer un document de vente. Si tout s’est bien passé alors retour 200
    (sans corps documenté).

    Args:
        folder_id (str):
        accept_language (str | Unset):  Default: 'fr-FR'.
        body (DocumentTransferRequest): Demande de transfert de document.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[EbpError | None]
    """

    folder_id = client_default(client, "FolderId", folder_id, UNSET)
    accept_language = client_default(client, "Accept-Language", accept_language, "fr-FR")
    kwargs = _get_kwargs(
        folder_id=folder_id,
        body=body,
        accept_language=accept_language,
    )
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


def sync(
    folder_id: str | Unset = UNSET,
    *,
    client: AuthenticatedClient | Client,
    body: DocumentTransferRequest,
    accept_language: str | Unset = UNSET,
) -> None:
    """Envoyer une demande de transfert de document

     Cette requête permet de transférer un document de vente. Si tout s’est bien passé alors retour 200
    (sans corps documenté).

    Args:
        folder_id (str):
        accept_language (str | Unset):  Default: 'fr-FR'.
        body (DocumentTransferRequest): Demande de transfert de document.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        None
    """

    folder_id = client_default(client, "FolderId", folder_id, UNSET)
    accept_language = client_default(client, "Accept-Language", accept_language, "fr-FR")
    kwargs = _get_kwargs(
        folder_id=folder_id,
        body=body,
        accept_language=accept_language,
    )
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: None = success(response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS)
    return parsed


async def asyncio_detailed(
    folder_id: str | Unset = UNSET,
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    body: DocumentTransferRequest,
    accept_language: str | Unset = UNSET,
) -> Response[EbpError | None]:
    """Envoyer une demande de transfert de document

     Cette requête permet de transférer un document de vente. Si tout s’est bien passé alors retour 200
    (sans corps documenté).

    Args:
        folder_id (str):
        accept_language (str | Unset):  Default: 'fr-FR'.
        body (DocumentTransferRequest): Demande de transfert de document.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[EbpError | None]
    """

    folder_id = client_default(client, "FolderId", folder_id, UNSET)
    accept_language = client_default(client, "Accept-Language", accept_language, "fr-FR")
    kwargs = _get_kwargs(
        folder_id=folder_id,
        body=body,
        accept_language=accept_language,
    )
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


async def asyncio(
    folder_id: str | Unset = UNSET,
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    body: DocumentTransferRequest,
    accept_language: str | Unset = UNSET,
) -> None:
    """Envoyer une demande de transfert de document

     Cette requête permet de transférer un document de vente. Si tout s’est bien passé alors retour 200
    (sans corps documenté).

    Args:
        folder_id (str):
        accept_language (str | Unset):  Default: 'fr-FR'.
        body (DocumentTransferRequest): Demande de transfert de document.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        None
    """

    folder_id = client_default(client, "FolderId", folder_id, UNSET)
    accept_language = client_default(client, "Accept-Language", accept_language, "fr-FR")
    kwargs = _get_kwargs(
        folder_id=folder_id,
        body=body,
        accept_language=accept_language,
    )
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: None = success(response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS)
    return parsed
