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
from ...models.folder_settings import FolderSettings
from ...types import UNSET, Response, Unset

OPERATION = "getFolderSettings"
_SUCCESS = frozenset([200])


def _get_kwargs(
    *,
    tenantid: UUID | Unset = UNSET,
) -> dict[str, Any]:
    tenantid = check_arg("getFolderSettings", "tenantid", tenantid, "uuid", required=True)
    headers: dict[str, Any] = {"Accept": "application/json"}
    header_tenantid = str(tenantid)
    headers["tenantid"] = str(header_tenantid)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/folder-settings",
        "extensions": {"openapi_security": [["bearerAuth", "subscriptionKey"]]},
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> EbpError | FolderSettings | None:
    """The documented value of a documented status (success or error model); None for any other status."""
    if response.status_code == 200:
        document = json_body(response)
        if document is None:
            raise invalid("", None, "a JSON value other than null", document)
        return cast("FolderSettings", FolderSettings._read(document, "", None))

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
    tenantid: UUID | Unset = UNSET,
) -> Response[EbpError | FolderSettings]:
    """Récupération des paramètres du domaine

     Cette requête retourne les paramètres du domaine.

    Args:
        tenantid (UUID):

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[EbpError | FolderSettings]
    """

    tenantid = client_default(client, "tenantid", tenantid, UNSET)
    kwargs = _get_kwargs(
        tenantid=tenantid,
    )
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


def sync(
    *,
    client: AuthenticatedClient | Client,
    tenantid: UUID | Unset = UNSET,
) -> FolderSettings:
    """Récupération des paramètres du domaine

     Cette requête retourne les paramètres du domaine.

    Args:
        tenantid (UUID):

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        FolderSettings
    """

    tenantid = client_default(client, "tenantid", tenantid, UNSET)
    kwargs = _get_kwargs(
        tenantid=tenantid,
    )
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: FolderSettings = success(response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS)
    return parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    tenantid: UUID | Unset = UNSET,
) -> Response[EbpError | FolderSettings]:
    """Récupération des paramètres du domaine

     Cette requête retourne les paramètres du domaine.

    Args:
        tenantid (UUID):

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[EbpError | FolderSettings]
    """

    tenantid = client_default(client, "tenantid", tenantid, UNSET)
    kwargs = _get_kwargs(
        tenantid=tenantid,
    )
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


async def asyncio(
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    tenantid: UUID | Unset = UNSET,
) -> FolderSettings:
    """Récupération des paramètres du domaine

     Cette requête retourne les paramètres du domaine.

    Args:
        tenantid (UUID):

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        FolderSettings
    """

    tenantid = client_default(client, "tenantid", tenantid, UNSET)
    kwargs = _get_kwargs(
        tenantid=tenantid,
    )
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: FolderSettings = success(response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS)
    return parsed
