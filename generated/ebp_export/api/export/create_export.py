from typing import Any, cast
from urllib.parse import quote

import httpx
from comptoir.runtime import asend, check_arg, client_default, detailed, json_body, send, success
from comptoir.runtime.reading import (
    invalid,
)

from ... import API_NAME
from ...client import AsyncAuthenticatedClient, AsyncClient, AuthenticatedClient, Client
from ...models.create_export_request import CreateExportRequest
from ...models.ebp_error import EbpError
from ...models.export_created import ExportCreated
from ...models.export_format import ExportFormat
from ...types import UNSET, Response, Unset, json_dumps

OPERATION = "createExport"
_SUCCESS = frozenset([202])


def _get_kwargs(
    format_: ExportFormat,
    *,
    body: CreateExportRequest,
    accept_language: str | Unset = UNSET,
) -> dict[str, Any]:
    format_ = check_arg(
        "createExport", "format", format_, "enum", required=True, enum_cls=ExportFormat, path_segment=True
    )
    accept_language = check_arg("createExport", "Accept-Language", accept_language, "str")
    body = check_arg("createExport", "body", body, "model", required=True, model=CreateExportRequest)
    headers: dict[str, Any] = {"Accept": "application/json"}
    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/CreateExport/{format_}".format(
            format_=quote(str(format_), safe=""),
        ),
        "extensions": {"openapi_security": [["bearerAuth", "subscriptionKey"]]},
    }

    json_body = body.to_dict()
    _kwargs["content"] = json_dumps(json_body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> EbpError | ExportCreated | None:
    """The documented value of a documented status (success or error model); None for any other status."""
    if response.status_code == 202:
        document = json_body(response)
        if document is None:
            raise invalid("", None, "a JSON value other than null", document)
        return cast("ExportCreated", ExportCreated._read(document, "", None))

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
    format_: ExportFormat,
    *,
    client: AuthenticatedClient | Client,
    body: CreateExportRequest,
    accept_language: str | Unset = UNSET,
) -> Response[EbpError | ExportCreated]:
    """Envoyer une demande de création d'export

     Cette action permet de créer une demande d'export d'une fiche (`kind` + `entityId`) du
    dossier au format demandé (Pdf ou Csv), éventuellement avec un modèle d'impression
    (`reportId`). Si tout s'est bien passé, retour 202 avec l'identifiant de l'export.

    Args:
        format_ (ExportFormat): Type (format) d'export. Example: Pdf.
        accept_language (str | Unset):  Default: 'fr-FR'.
        body (CreateExportRequest): Demande d'export d'une fiche.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[EbpError | ExportCreated]
    """

    accept_language = client_default(client, "Accept-Language", accept_language, "fr-FR")
    kwargs = _get_kwargs(
        format_=format_,
        body=body,
        accept_language=accept_language,
    )
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


def sync(
    format_: ExportFormat,
    *,
    client: AuthenticatedClient | Client,
    body: CreateExportRequest,
    accept_language: str | Unset = UNSET,
) -> ExportCreated:
    """Envoyer une demande de création d'export

     Cette action permet de créer une demande d'export d'une fiche (`kind` + `entityId`) du
    dossier au format demandé (Pdf ou Csv), éventuellement avec un modèle d'impression
    (`reportId`). Si tout s'est bien passé, retour 202 avec l'identifiant de l'export.

    Args:
        format_ (ExportFormat): Type (format) d'export. Example: Pdf.
        accept_language (str | Unset):  Default: 'fr-FR'.
        body (CreateExportRequest): Demande d'export d'une fiche.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        ExportCreated
    """

    accept_language = client_default(client, "Accept-Language", accept_language, "fr-FR")
    kwargs = _get_kwargs(
        format_=format_,
        body=body,
        accept_language=accept_language,
    )
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: ExportCreated = success(response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS)
    return parsed


async def asyncio_detailed(
    format_: ExportFormat,
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    body: CreateExportRequest,
    accept_language: str | Unset = UNSET,
) -> Response[EbpError | ExportCreated]:
    """Envoyer une demande de création d'export

     Cette action permet de créer une demande d'export d'une fiche (`kind` + `entityId`) du
    dossier au format demandé (Pdf ou Csv), éventuellement avec un modèle d'impression
    (`reportId`). Si tout s'est bien passé, retour 202 avec l'identifiant de l'export.

    Args:
        format_ (ExportFormat): Type (format) d'export. Example: Pdf.
        accept_language (str | Unset):  Default: 'fr-FR'.
        body (CreateExportRequest): Demande d'export d'une fiche.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[EbpError | ExportCreated]
    """

    accept_language = client_default(client, "Accept-Language", accept_language, "fr-FR")
    kwargs = _get_kwargs(
        format_=format_,
        body=body,
        accept_language=accept_language,
    )
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


async def asyncio(
    format_: ExportFormat,
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    body: CreateExportRequest,
    accept_language: str | Unset = UNSET,
) -> ExportCreated:
    """Envoyer une demande de création d'export

     Cette action permet de créer une demande d'export d'une fiche (`kind` + `entityId`) du
    dossier au format demandé (Pdf ou Csv), éventuellement avec un modèle d'impression
    (`reportId`). Si tout s'est bien passé, retour 202 avec l'identifiant de l'export.

    Args:
        format_ (ExportFormat): Type (format) d'export. Example: Pdf.
        accept_language (str | Unset):  Default: 'fr-FR'.
        body (CreateExportRequest): Demande d'export d'une fiche.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        ExportCreated
    """

    accept_language = client_default(client, "Accept-Language", accept_language, "fr-FR")
    kwargs = _get_kwargs(
        format_=format_,
        body=body,
        accept_language=accept_language,
    )
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: ExportCreated = success(response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS)
    return parsed
