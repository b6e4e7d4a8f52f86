from typing import Any, cast

import httpx
from comptoir.runtime import asend, check_arg, client_default, detailed, json_body, send, success
from comptoir.runtime.reading import (
    invalid,
)

from ... import API_NAME
from ...client import AsyncAuthenticatedClient, AsyncClient, AuthenticatedClient, Client
from ...models.ebp_error import EbpError
from ...models.export_status_result import ExportStatusResult
from ...types import UNSET, Response, Unset, encode_query

OPERATION = "getExportStatus"
_SUCCESS = frozenset([200])


def _get_kwargs(
    *,
    export_id: str,
    accept_language: str | Unset = UNSET,
) -> dict[str, Any]:
    export_id = check_arg("getExportStatus", "exportId", export_id, "str", required=True)
    accept_language = check_arg("getExportStatus", "Accept-Language", accept_language, "str")
    headers: dict[str, Any] = {"Accept": "application/json"}
    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    params: dict[str, Any] = {}

    params["exportId"] = export_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/Status",
        "extensions": {"openapi_security": [["bearerAuth", "subscriptionKey"]]},
    }

    query = encode_query(params)
    if query:
        _kwargs["url"] += "?" + query

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> EbpError | ExportStatusResult | None:
    """The documented value of a documented status (success or error model); None for any other status."""
    if response.status_code == 200:
        document = json_body(response)
        if document is None:
            raise invalid("", None, "a JSON value other than null", document)
        return cast("ExportStatusResult", ExportStatusResult._read(document, "", None))

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
    export_id: str,
    accept_language: str | Unset = UNSET,
) -> Response[EbpError | ExportStatusResult]:
    """Obtenir le statut de l'exécution d'un export

     Cette action permet d'obtenir le statut d'un export (valeurs du champ `status` : voir
    Annexe 3 - Détail des valeurs du champ statut - Exports). Un CRON relance toutes les heures
    les exports en attente, jusqu'à 5 fois par export : ne relancez pas d'export manuellement.

    Args:
        export_id (str):
        accept_language (str | Unset):  Default: 'fr-FR'.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[EbpError | ExportStatusResult]
    """

    accept_language = client_default(client, "Accept-Language", accept_language, "fr-FR")
    kwargs = _get_kwargs(
        export_id=export_id,
        accept_language=accept_language,
    )
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


def sync(
    *,
    client: AuthenticatedClient | Client,
    export_id: str,
    accept_language: str | Unset = UNSET,
) -> ExportStatusResult:
    """Obtenir le statut de l'exécution d'un export

     Cette action permet d'obtenir le statut d'un export (valeurs du champ `status` : voir
    Annexe 3 - Détail des valeurs du champ statut - Exports). Un CRON relance toutes les heures
    les exports en attente, jusqu'à 5 fois par export : ne relancez pas d'export manuellement.

    Args:
        export_id (str):
        accept_language (str | Unset):  Default: 'fr-FR'.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        ExportStatusResult
    """

    accept_language = client_default(client, "Accept-Language", accept_language, "fr-FR")
    kwargs = _get_kwargs(
        export_id=export_id,
        accept_language=accept_language,
    )
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: ExportStatusResult = success(
        response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS
    )
    return parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    export_id: str,
    accept_language: str | Unset = UNSET,
) -> Response[EbpError | ExportStatusResult]:
    """Obtenir le statut de l'exécution d'un export

     Cette action permet d'obtenir le statut d'un export (valeurs du champ `status` : voir
    Annexe 3 - Détail des valeurs du champ statut - Exports). Un CRON relance toutes les heures
    les exports en attente, jusqu'à 5 fois par export : ne relancez pas d'export manuellement.

    Args:
        export_id (str):
        accept_language (str | Unset):  Default: 'fr-FR'.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[EbpError | ExportStatusResult]
    """

    accept_language = client_default(client, "Accept-Language", accept_language, "fr-FR")
    kwargs = _get_kwargs(
        export_id=export_id,
        accept_language=accept_language,
    )
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


async def asyncio(
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    export_id: str,
    accept_language: str | Unset = UNSET,
) -> ExportStatusResult:
    """Obtenir le statut de l'exécution d'un export

     Cette action permet d'obtenir le statut d'un export (valeurs du champ `status` : voir
    Annexe 3 - Détail des valeurs du champ statut - Exports). Un CRON relance toutes les heures
    les exports en attente, jusqu'à 5 fois par export : ne relancez pas d'export manuellement.

    Args:
        export_id (str):
        accept_language (str | Unset):  Default: 'fr-FR'.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        ExportStatusResult
    """

    accept_language = client_default(client, "Accept-Language", accept_language, "fr-FR")
    kwargs = _get_kwargs(
        export_id=export_id,
        accept_language=accept_language,
    )
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: ExportStatusResult = success(
        response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS
    )
    return parsed
