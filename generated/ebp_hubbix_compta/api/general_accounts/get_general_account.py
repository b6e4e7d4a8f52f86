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
from ...models.general_account import GeneralAccount
from ...types import UNSET, Response, Unset

OPERATION = "getGeneralAccount"
_SUCCESS = frozenset([200])


def _get_kwargs(
    number_or_uuid: str,
    *,
    tenantid: UUID | Unset = UNSET,
) -> dict[str, Any]:
    number_or_uuid = check_arg(
        "getGeneralAccount", "numberOrUuid", number_or_uuid, "str", required=True, path_segment=True
    )
    tenantid = check_arg("getGeneralAccount", "tenantid", tenantid, "uuid", required=True)
    headers: dict[str, Any] = {"Accept": "application/json"}
    header_tenantid = str(tenantid)
    headers["tenantid"] = str(header_tenantid)

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/general-account/{number_or_uuid}".format(
            number_or_uuid=quote(str(number_or_uuid), safe=""),
        ),
        "extensions": {"openapi_security": [["bearerAuth", "subscriptionKey"]]},
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> EbpError | GeneralAccount | None:
    """The documented value of a documented status (success or error model); None for any other status."""
    if response.status_code == 200:
        document = json_body(response)
        if document is None:
            raise invalid("", None, "a JSON value other than null", document)
        return cast("GeneralAccount", GeneralAccount._read(document, "", None))

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
    number_or_uuid: str,
    *,
    client: AuthenticatedClient | Client,
    tenantid: UUID | Unset = UNSET,
) -> Response[EbpError | GeneralAccount]:
    """Récupérer un compte général

     Cette requête retourne le compte général dont le numéro est passé en paramètre
    (`GET /v1/general-account/{number}` dans la documentation).

    Args:
        number_or_uuid (str):
        tenantid (UUID):

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[EbpError | GeneralAccount]
    """

    tenantid = client_default(client, "tenantid", tenantid, UNSET)
    kwargs = _get_kwargs(
        number_or_uuid=number_or_uuid,
        tenantid=tenantid,
    )
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


def sync(
    number_or_uuid: str,
    *,
    client: AuthenticatedClient | Client,
    tenantid: UUID | Unset = UNSET,
) -> GeneralAccount:
    """Récupérer un compte général

     Cette requête retourne le compte général dont le numéro est passé en paramètre
    (`GET /v1/general-account/{number}` dans la documentation).

    Args:
        number_or_uuid (str):
        tenantid (UUID):

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        GeneralAccount
    """

    tenantid = client_default(client, "tenantid", tenantid, UNSET)
    kwargs = _get_kwargs(
        number_or_uuid=number_or_uuid,
        tenantid=tenantid,
    )
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: GeneralAccount = success(response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS)
    return parsed


async def asyncio_detailed(
    number_or_uuid: str,
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    tenantid: UUID | Unset = UNSET,
) -> Response[EbpError | GeneralAccount]:
    """Récupérer un compte général

     Cette requête retourne le compte général dont le numéro est passé en paramètre
    (`GET /v1/general-account/{number}` dans la documentation).

    Args:
        number_or_uuid (str):
        tenantid (UUID):

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[EbpError | GeneralAccount]
    """

    tenantid = client_default(client, "tenantid", tenantid, UNSET)
    kwargs = _get_kwargs(
        number_or_uuid=number_or_uuid,
        tenantid=tenantid,
    )
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


async def asyncio(
    number_or_uuid: str,
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    tenantid: UUID | Unset = UNSET,
) -> GeneralAccount:
    """Récupérer un compte général

     Cette requête retourne le compte général dont le numéro est passé en paramètre
    (`GET /v1/general-account/{number}` dans la documentation).

    Args:
        number_or_uuid (str):
        tenantid (UUID):

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        GeneralAccount
    """

    tenantid = client_default(client, "tenantid", tenantid, UNSET)
    kwargs = _get_kwargs(
        number_or_uuid=number_or_uuid,
        tenantid=tenantid,
    )
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: GeneralAccount = success(response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS)
    return parsed
