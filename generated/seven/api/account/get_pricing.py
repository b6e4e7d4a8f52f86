from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.pricing import Pricing
from ...models.pricing_format import PricingFormat
from ...types import (
    UNSET,
    File,
    Response,
    Unset,
    encode_query,
    file_from_response,
    json_loads,
)


def _get_kwargs(
    *,
    country: str | Unset = UNSET,
    format_: PricingFormat | Unset = UNSET,
) -> dict[str, Any]:

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

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | File | Pricing | None:
    if response.status_code == 200:
        content_type = response.headers.get("content-type", "").partition(";")[0].strip().lower()
        if content_type == "text/csv":
            return file_from_response(response)
        response_200 = Pricing.from_dict(json_loads(response.content))

        return response_200

    if response.status_code == 401:
        response_401 = cast(Any, None)
        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | File | Pricing]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    country: str | Unset = UNSET,
    format_: PricingFormat | Unset = UNSET,
) -> Response[Any | File | Pricing]:
    """Tarifs

     Récupère les tarifs actuels du compte pour l'envoi de SMS, pour un pays ou pour tous les
    pays. Par défaut en JSON ; `format=csv` donne un fichier CSV séparé par des points-virgules.

    Args:
        country (str | Unset):
        format_ (PricingFormat | Unset): Format de réponse des tarifs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | File | Pricing]
    """

    kwargs = _get_kwargs(
        country=country,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    country: str | Unset = UNSET,
    format_: PricingFormat | Unset = UNSET,
) -> Any | File | Pricing | None:
    """Tarifs

     Récupère les tarifs actuels du compte pour l'envoi de SMS, pour un pays ou pour tous les
    pays. Par défaut en JSON ; `format=csv` donne un fichier CSV séparé par des points-virgules.

    Args:
        country (str | Unset):
        format_ (PricingFormat | Unset): Format de réponse des tarifs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | File | Pricing
    """

    return sync_detailed(
        client=client,
        country=country,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    country: str | Unset = UNSET,
    format_: PricingFormat | Unset = UNSET,
) -> Response[Any | File | Pricing]:
    """Tarifs

     Récupère les tarifs actuels du compte pour l'envoi de SMS, pour un pays ou pour tous les
    pays. Par défaut en JSON ; `format=csv` donne un fichier CSV séparé par des points-virgules.

    Args:
        country (str | Unset):
        format_ (PricingFormat | Unset): Format de réponse des tarifs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | File | Pricing]
    """

    kwargs = _get_kwargs(
        country=country,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    country: str | Unset = UNSET,
    format_: PricingFormat | Unset = UNSET,
) -> Any | File | Pricing | None:
    """Tarifs

     Récupère les tarifs actuels du compte pour l'envoi de SMS, pour un pays ou pour tous les
    pays. Par défaut en JSON ; `format=csv` donne un fichier CSV séparé par des points-virgules.

    Args:
        country (str | Unset):
        format_ (PricingFormat | Unset): Format de réponse des tarifs.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | File | Pricing
    """

    return (
        await asyncio_detailed(
            client=client,
            country=country,
            format_=format_,
        )
    ).parsed
