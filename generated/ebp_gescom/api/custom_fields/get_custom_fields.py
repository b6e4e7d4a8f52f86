from typing import Any, cast
from urllib.parse import quote

import httpx
from comptoir.runtime import asend, check_arg, client_default, detailed, json_body, send, success
from comptoir.runtime.reading import (
    invalid,
)

from ... import API_NAME
from ...client import AsyncAuthenticatedClient, AsyncClient, AuthenticatedClient, Client
from ...models.custom_fields_schema import CustomFieldsSchema
from ...models.ebp_error import EbpError
from ...types import UNSET, Response, Unset

OPERATION = "getCustomFields"
_SUCCESS = frozenset([200])


def _get_kwargs(
    folder_id: str | Unset = UNSET,
    *,
    accept_language: str | Unset = UNSET,
) -> dict[str, Any]:
    folder_id = check_arg("getCustomFields", "FolderId", folder_id, "str", required=True, path_segment=True)
    accept_language = check_arg("getCustomFields", "Accept-Language", accept_language, "str")
    headers: dict[str, Any] = {"Accept": "application/json"}
    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/Folders/{folder_id}/CustomFields".format(
            folder_id=quote(str(folder_id), safe=""),
        ),
        "extensions": {"openapi_security": [["bearerAuth", "subscriptionKey"]]},
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> CustomFieldsSchema | EbpError | None:
    """The documented value of a documented status (success or error model); None for any other status."""
    if response.status_code == 200:
        document = json_body(response)
        if document is None:
            raise invalid("", None, "a JSON value other than null", document)
        return cast("CustomFieldsSchema", CustomFieldsSchema._read(document, "", None))

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
    accept_language: str | Unset = UNSET,
) -> Response[CustomFieldsSchema | EbpError]:
    """Obtenir les champs personnalisés

     Cette requête récupère tous les champs personnalisés de la base cliente (arbre du schéma de la base
    : tables, colonnes, relations).

    Args:
        folder_id (str):
        accept_language (str | Unset):  Default: 'fr-FR'.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[CustomFieldsSchema | EbpError]
    """

    folder_id = client_default(client, "FolderId", folder_id, UNSET)
    accept_language = client_default(client, "Accept-Language", accept_language, "fr-FR")
    kwargs = _get_kwargs(
        folder_id=folder_id,
        accept_language=accept_language,
    )
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


def sync(
    folder_id: str | Unset = UNSET,
    *,
    client: AuthenticatedClient | Client,
    accept_language: str | Unset = UNSET,
) -> CustomFieldsSchema:
    """Obtenir les champs personnalisés

     Cette requête récupère tous les champs personnalisés de la base cliente (arbre du schéma de la base
    : tables, colonnes, relations).

    Args:
        folder_id (str):
        accept_language (str | Unset):  Default: 'fr-FR'.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        CustomFieldsSchema
    """

    folder_id = client_default(client, "FolderId", folder_id, UNSET)
    accept_language = client_default(client, "Accept-Language", accept_language, "fr-FR")
    kwargs = _get_kwargs(
        folder_id=folder_id,
        accept_language=accept_language,
    )
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: CustomFieldsSchema = success(
        response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS
    )
    return parsed


async def asyncio_detailed(
    folder_id: str | Unset = UNSET,
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    accept_language: str | Unset = UNSET,
) -> Response[CustomFieldsSchema | EbpError]:
    """Obtenir les champs personnalisés

     Cette requête récupère tous les champs personnalisés de la base cliente (arbre du schéma de la base
    : tables, colonnes, relations).

    Args:
        folder_id (str):
        accept_language (str | Unset):  Default: 'fr-FR'.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[CustomFieldsSchema | EbpError]
    """

    folder_id = client_default(client, "FolderId", folder_id, UNSET)
    accept_language = client_default(client, "Accept-Language", accept_language, "fr-FR")
    kwargs = _get_kwargs(
        folder_id=folder_id,
        accept_language=accept_language,
    )
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


async def asyncio(
    folder_id: str | Unset = UNSET,
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    accept_language: str | Unset = UNSET,
) -> CustomFieldsSchema:
    """Obtenir les champs personnalisés

     Cette requête récupère tous les champs personnalisés de la base cliente (arbre du schéma de la base
    : tables, colonnes, relations).

    Args:
        folder_id (str):
        accept_language (str | Unset):  Default: 'fr-FR'.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        CustomFieldsSchema
    """

    folder_id = client_default(client, "FolderId", folder_id, UNSET)
    accept_language = client_default(client, "Accept-Language", accept_language, "fr-FR")
    kwargs = _get_kwargs(
        folder_id=folder_id,
        accept_language=accept_language,
    )
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: CustomFieldsSchema = success(
        response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS
    )
    return parsed
