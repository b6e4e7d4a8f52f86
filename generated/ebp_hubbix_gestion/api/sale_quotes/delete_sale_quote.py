from typing import Any, cast
from urllib.parse import quote

import httpx
from comptoir.runtime import asend, check_arg, client_default, detailed, json_body, send, success
from comptoir.runtime.reading import (
    invalid,
    read_int,
)

from ... import API_NAME
from ...client import AsyncAuthenticatedClient, AsyncClient, AuthenticatedClient, Client
from ...models.ebp_error import EbpError
from ...models.gestion_error import GestionError
from ...types import UNSET, Response, Unset

OPERATION = "deleteSaleQuote"
_SUCCESS = frozenset([200])


def _get_kwargs(
    id_sale_quote: int,
    *,
    domain_id: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> dict[str, Any]:
    id_sale_quote = check_arg("deleteSaleQuote", "IdSaleQuote", id_sale_quote, "int", required=True, path_segment=True)
    domain_id = check_arg("deleteSaleQuote", "DomainId", domain_id, "str", required=True)
    accept_language = check_arg("deleteSaleQuote", "Accept-Language", accept_language, "str")
    headers: dict[str, Any] = {"Accept": "application/json"}
    headers["DomainId"] = domain_id

    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/public/v1/sale-quotes/{id_sale_quote}".format(
            id_sale_quote=quote(str(id_sale_quote), safe=""),
        ),
        "extensions": {"openapi_security": [["bearerAuth", "subscriptionKey"]]},
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> EbpError | GestionError | int | None:
    """The documented value of a documented status (success or error model); None for any other status."""
    if response.status_code == 200:
        document = json_body(response)
        if document is None:
            raise invalid("", None, "a JSON value other than null", document)
        return cast("int", read_int(document, "", None))

    if response.status_code == 400:
        document = json_body(response)
        if document is None:
            raise invalid("", None, "a JSON value other than null", document)
        return cast("GestionError", GestionError._read(document, "", None))

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
        return cast("GestionError", GestionError._read(document, "", None))

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
    id_sale_quote: int,
    *,
    client: AuthenticatedClient | Client,
    domain_id: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[EbpError | GestionError | int]:
    """Supprimer un devis

     Supprime un devis. Si le devis n'existe pas, une erreur HTTP 404 est retournée avec un retour
    JSON spécifique.

    Args:
        id_sale_quote (int):
        domain_id (str):
        accept_language (str | Unset):  Default: 'fr-FR'.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[EbpError | GestionError | int]
    """

    domain_id = client_default(client, "DomainId", domain_id, UNSET)
    accept_language = client_default(client, "Accept-Language", accept_language, "fr-FR")
    kwargs = _get_kwargs(
        id_sale_quote=id_sale_quote,
        domain_id=domain_id,
        accept_language=accept_language,
    )
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


def sync(
    id_sale_quote: int,
    *,
    client: AuthenticatedClient | Client,
    domain_id: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> int:
    """Supprimer un devis

     Supprime un devis. Si le devis n'existe pas, une erreur HTTP 404 est retournée avec un retour
    JSON spécifique.

    Args:
        id_sale_quote (int):
        domain_id (str):
        accept_language (str | Unset):  Default: 'fr-FR'.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        int
    """

    domain_id = client_default(client, "DomainId", domain_id, UNSET)
    accept_language = client_default(client, "Accept-Language", accept_language, "fr-FR")
    kwargs = _get_kwargs(
        id_sale_quote=id_sale_quote,
        domain_id=domain_id,
        accept_language=accept_language,
    )
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: int = success(response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS)
    return parsed


async def asyncio_detailed(
    id_sale_quote: int,
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    domain_id: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[EbpError | GestionError | int]:
    """Supprimer un devis

     Supprime un devis. Si le devis n'existe pas, une erreur HTTP 404 est retournée avec un retour
    JSON spécifique.

    Args:
        id_sale_quote (int):
        domain_id (str):
        accept_language (str | Unset):  Default: 'fr-FR'.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[EbpError | GestionError | int]
    """

    domain_id = client_default(client, "DomainId", domain_id, UNSET)
    accept_language = client_default(client, "Accept-Language", accept_language, "fr-FR")
    kwargs = _get_kwargs(
        id_sale_quote=id_sale_quote,
        domain_id=domain_id,
        accept_language=accept_language,
    )
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


async def asyncio(
    id_sale_quote: int,
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    domain_id: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> int:
    """Supprimer un devis

     Supprime un devis. Si le devis n'existe pas, une erreur HTTP 404 est retournée avec un retour
    JSON spécifique.

    Args:
        id_sale_quote (int):
        domain_id (str):
        accept_language (str | Unset):  Default: 'fr-FR'.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        int
    """

    domain_id = client_default(client, "DomainId", domain_id, UNSET)
    accept_language = client_default(client, "Accept-Language", accept_language, "fr-FR")
    kwargs = _get_kwargs(
        id_sale_quote=id_sale_quote,
        domain_id=domain_id,
        accept_language=accept_language,
    )
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: int = success(response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS)
    return parsed
