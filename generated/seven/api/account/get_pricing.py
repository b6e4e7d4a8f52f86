from typing import Any, cast

import httpx
from comptoir.runtime import asend, check_arg, detailed, json_body, send, success
from comptoir.runtime.reading import (
    invalid,
)

from ... import API_NAME
from ...client import AsyncAuthenticatedClient, AsyncClient, AuthenticatedClient, Client
from ...models.pricing import Pricing
from ...models.pricing_format import PricingFormat
from ...types import UNSET, File, Response, Unset, encode_query, file_from_response

OPERATION = "getPricing"
_SUCCESS = frozenset([200])


def _get_kwargs(
    *,
    country: str | Unset = UNSET,
    format_: PricingFormat | Unset = UNSET,
) -> dict[str, Any]:
    country = check_arg("getPricing", "country", country, "str", pattern="^[A-Za-z]{2}$")
    format_ = check_arg("getPricing", "format", format_, "enum", enum_cls=PricingFormat)
    headers: dict[str, Any] = {"Accept": "application/json, text/csv"}

    params: dict[str, Any] = {}

    params["country"] = country

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/pricing",
        "extensions": {"openapi_security": [["apiKey"]]},
    }

    query = encode_query(params)
    if query:
        _kwargs["url"] += "?" + query

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> File | None | Pricing:
    """The documented value of a documented status (success or error model); None for any other status."""
    if response.status_code == 200:
        content_type = response.headers.get("content-type", "").partition(";")[0].strip().lower()
        if content_type == "text/csv":
            return file_from_response(response)
        document = json_body(response)
        if document is None:
            raise invalid("", None, "a JSON value other than null", document)
        return cast("Pricing", Pricing._read(document, "", None))

    if response.status_code == 401:
        return None

    return None


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    country: str | Unset = UNSET,
    format_: PricingFormat | Unset = UNSET,
) -> Response[File | None | Pricing]:
    """Tarifs

     Récupère les tarifs actuels du compte pour l'envoi de SMS, pour un pays ou pour tous les
    pays. Par défaut en JSON ; `format=csv` donne un fichier CSV séparé par des points-virgules.

    Args:
        country (str | Unset):
        format_ (PricingFormat | Unset): Format de réponse des tarifs.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[File | None | Pricing]
    """

    kwargs = _get_kwargs(
        country=country,
        format_=format_,
    )
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


def sync(
    *,
    client: AuthenticatedClient | Client,
    country: str | Unset = UNSET,
    format_: PricingFormat | Unset = UNSET,
) -> File | Pricing:
    """Tarifs

     Récupère les tarifs actuels du compte pour l'envoi de SMS, pour un pays ou pour tous les
    pays. Par défaut en JSON ; `format=csv` donne un fichier CSV séparé par des points-virgules.

    Args:
        country (str | Unset):
        format_ (PricingFormat | Unset): Format de réponse des tarifs.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        File | Pricing
    """

    kwargs = _get_kwargs(
        country=country,
        format_=format_,
    )
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: File | Pricing = success(response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS)
    return parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    country: str | Unset = UNSET,
    format_: PricingFormat | Unset = UNSET,
) -> Response[File | None | Pricing]:
    """Tarifs

     Récupère les tarifs actuels du compte pour l'envoi de SMS, pour un pays ou pour tous les
    pays. Par défaut en JSON ; `format=csv` donne un fichier CSV séparé par des points-virgules.

    Args:
        country (str | Unset):
        format_ (PricingFormat | Unset): Format de réponse des tarifs.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[File | None | Pricing]
    """

    kwargs = _get_kwargs(
        country=country,
        format_=format_,
    )
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


async def asyncio(
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    country: str | Unset = UNSET,
    format_: PricingFormat | Unset = UNSET,
) -> File | Pricing:
    """Tarifs

     Récupère les tarifs actuels du compte pour l'envoi de SMS, pour un pays ou pour tous les
    pays. Par défaut en JSON ; `format=csv` donne un fichier CSV séparé par des points-virgules.

    Args:
        country (str | Unset):
        format_ (PricingFormat | Unset): Format de réponse des tarifs.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        File | Pricing
    """

    kwargs = _get_kwargs(
        country=country,
        format_=format_,
    )
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: File | Pricing = success(response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS)
    return parsed
