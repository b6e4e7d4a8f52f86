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
from ...types import UNSET, File, Response, Unset, file_from_response

OPERATION = "getAttachment"
_SUCCESS = frozenset([200])


def _get_kwargs(
    uuid_ms: UUID,
    *,
    tenantid: UUID | Unset = UNSET,
) -> dict[str, Any]:
    uuid_ms = check_arg("getAttachment", "uuidMs", uuid_ms, "uuid", required=True, path_segment=True)
    tenantid = check_arg("getAttachment", "tenantid", tenantid, "uuid", required=True)
    headers: dict[str, Any] = {"Accept": "application/octet-stream, image/png, application/json"}
    header_tenantid = str(tenantid)
    headers["tenantid"] = str(header_tenantid)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/pieces-jointes/{uuid_ms}".format(
            uuid_ms=quote(str(uuid_ms), safe=""),
        ),
        "extensions": {"openapi_security": [["bearerAuth", "subscriptionKey"]]},
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> EbpError | File | None:
    """The documented value of a documented status (success or error model); None for any other status."""
    if response.status_code == 200:
        content_type = response.headers.get("content-type", "").partition(";")[0].strip().lower()
        if content_type == "image/png":
            return file_from_response(response)
        return file_from_response(response)

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
    uuid_ms: UUID,
    *,
    client: AuthenticatedClient | Client,
    tenantid: UUID | Unset = UNSET,
) -> Response[EbpError | File]:
    """Récupération d'une pièce jointe par son identifiant

     Cette requête retourne une pièce jointe par son identifiant. La réponse est le contenu
    brut du fichier (l'exemple de la documentation est une image PNG).

    Args:
        uuid_ms (UUID):
        tenantid (UUID):

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[EbpError | File]
    """

    tenantid = client_default(client, "tenantid", tenantid, UNSET)
    kwargs = _get_kwargs(
        uuid_ms=uuid_ms,
        tenantid=tenantid,
    )
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


def sync(
    uuid_ms: UUID,
    *,
    client: AuthenticatedClient | Client,
    tenantid: UUID | Unset = UNSET,
) -> File:
    """Récupération d'une pièce jointe par son identifiant

     Cette requête retourne une pièce jointe par son identifiant. La réponse est le contenu
    brut du fichier (l'exemple de la documentation est une image PNG).

    Args:
        uuid_ms (UUID):
        tenantid (UUID):

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        File
    """

    tenantid = client_default(client, "tenantid", tenantid, UNSET)
    kwargs = _get_kwargs(
        uuid_ms=uuid_ms,
        tenantid=tenantid,
    )
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: File = success(response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS)
    return parsed


async def asyncio_detailed(
    uuid_ms: UUID,
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    tenantid: UUID | Unset = UNSET,
) -> Response[EbpError | File]:
    """Récupération d'une pièce jointe par son identifiant

     Cette requête retourne une pièce jointe par son identifiant. La réponse est le contenu
    brut du fichier (l'exemple de la documentation est une image PNG).

    Args:
        uuid_ms (UUID):
        tenantid (UUID):

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[EbpError | File]
    """

    tenantid = client_default(client, "tenantid", tenantid, UNSET)
    kwargs = _get_kwargs(
        uuid_ms=uuid_ms,
        tenantid=tenantid,
    )
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


async def asyncio(
    uuid_ms: UUID,
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    tenantid: UUID | Unset = UNSET,
) -> File:
    """Récupération d'une pièce jointe par son identifiant

     Cette requête retourne une pièce jointe par son identifiant. La réponse est le contenu
    brut du fichier (l'exemple de la documentation est une image PNG).

    Args:
        uuid_ms (UUID):
        tenantid (UUID):

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        File
    """

    tenantid = client_default(client, "tenantid", tenantid, UNSET)
    kwargs = _get_kwargs(
        uuid_ms=uuid_ms,
        tenantid=tenantid,
    )
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: File = success(response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS)
    return parsed
