from decimal import Decimal
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ebp_error import EbpError
from ...models.general_account_page import GeneralAccountPage
from ...types import (
    UNSET,
    Response,
    Unset,
    encode_query,
    json_loads,
)


def _get_kwargs(
    *,
    skip: int | Unset = 0,
    take: int | Unset = 100,
    search: str | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    is_racine: bool | Unset = UNSET,
    is_collective: bool | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_direction: str | Unset = UNSET,
    number_from: int | Unset = UNSET,
    class_number: int | Unset = UNSET,
    vat_rate: Decimal | Unset = UNSET,
    vat_rate_uuid: UUID | Unset = UNSET,
    calculation_option: str | Unset = UNSET,
    territoriality: str | Unset = UNSET,
    tenantid: UUID,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    header_tenantid = str(tenantid)
    headers["tenantid"] = str(header_tenantid)

    params: dict[str, Any] = {}

    params["skip"] = skip

    params["take"] = take

    params["search"] = search

    params["isActive"] = is_active

    params["isRacine"] = is_racine

    params["isCollective"] = is_collective

    params["sortField"] = sort_field

    params["sortDirection"] = sort_direction

    params["numberFrom"] = number_from

    params["classNumber"] = class_number

    params["vatRate"] = vat_rate

    json_vat_rate_uuid: str | Unset = UNSET
    if not isinstance(vat_rate_uuid, Unset):
        json_vat_rate_uuid = str(vat_rate_uuid)
    params["vatRateUuid"] = json_vat_rate_uuid

    params["calculationOption"] = calculation_option

    params["territoriality"] = territoriality

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/general-account",
        "extensions": {"openapi_security": [["bearerAuth", "subscriptionKey"]]},
    }

    query = encode_query(params)
    if query:
        _kwargs["url"] += "?" + query

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EbpError | GeneralAccountPage | None:
    if response.status_code == 200:
        response_200 = GeneralAccountPage.from_dict(json_loads(response.content))

        return response_200

    if response.status_code == 400:
        response_400 = EbpError.from_dict(json_loads(response.content))

        return response_400

    if response.status_code == 401:
        response_401 = EbpError.from_dict(json_loads(response.content))

        return response_401

    if response.status_code == 403:
        response_403 = EbpError.from_dict(json_loads(response.content))

        return response_403

    if response.status_code == 404:
        response_404 = EbpError.from_dict(json_loads(response.content))

        return response_404

    if response.status_code == 429:
        response_429 = EbpError.from_dict(json_loads(response.content))

        return response_429

    if response.status_code == 500:
        response_500 = EbpError.from_dict(json_loads(response.content))

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EbpError | GeneralAccountPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    skip: int | Unset = 0,
    take: int | Unset = 100,
    search: str | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    is_racine: bool | Unset = UNSET,
    is_collective: bool | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_direction: str | Unset = UNSET,
    number_from: int | Unset = UNSET,
    class_number: int | Unset = UNSET,
    vat_rate: Decimal | Unset = UNSET,
    vat_rate_uuid: UUID | Unset = UNSET,
    calculation_option: str | Unset = UNSET,
    territoriality: str | Unset = UNSET,
    tenantid: UUID,
) -> Response[EbpError | GeneralAccountPage]:
    """Récupérer des comptes généraux

     Cette requête retourne les comptes généraux selon les filtres.

    Args:
        skip (int | Unset):  Default: 0.
        take (int | Unset):  Default: 100.
        search (str | Unset):
        is_active (bool | Unset):
        is_racine (bool | Unset):
        is_collective (bool | Unset):
        sort_field (str | Unset):
        sort_direction (str | Unset):
        number_from (int | Unset):
        class_number (int | Unset):
        vat_rate (Decimal | Unset):
        vat_rate_uuid (UUID | Unset):
        calculation_option (str | Unset):
        territoriality (str | Unset):
        tenantid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EbpError | GeneralAccountPage]
    """

    kwargs = _get_kwargs(
        skip=skip,
        take=take,
        search=search,
        is_active=is_active,
        is_racine=is_racine,
        is_collective=is_collective,
        sort_field=sort_field,
        sort_direction=sort_direction,
        number_from=number_from,
        class_number=class_number,
        vat_rate=vat_rate,
        vat_rate_uuid=vat_rate_uuid,
        calculation_option=calculation_option,
        territoriality=territoriality,
        tenantid=tenantid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    skip: int | Unset = 0,
    take: int | Unset = 100,
    search: str | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    is_racine: bool | Unset = UNSET,
    is_collective: bool | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_direction: str | Unset = UNSET,
    number_from: int | Unset = UNSET,
    class_number: int | Unset = UNSET,
    vat_rate: Decimal | Unset = UNSET,
    vat_rate_uuid: UUID | Unset = UNSET,
    calculation_option: str | Unset = UNSET,
    territoriality: str | Unset = UNSET,
    tenantid: UUID,
) -> EbpError | GeneralAccountPage | None:
    """Récupérer des comptes généraux

     Cette requête retourne les comptes généraux selon les filtres.

    Args:
        skip (int | Unset):  Default: 0.
        take (int | Unset):  Default: 100.
        search (str | Unset):
        is_active (bool | Unset):
        is_racine (bool | Unset):
        is_collective (bool | Unset):
        sort_field (str | Unset):
        sort_direction (str | Unset):
        number_from (int | Unset):
        class_number (int | Unset):
        vat_rate (Decimal | Unset):
        vat_rate_uuid (UUID | Unset):
        calculation_option (str | Unset):
        territoriality (str | Unset):
        tenantid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EbpError | GeneralAccountPage
    """

    return sync_detailed(
        client=client,
        skip=skip,
        take=take,
        search=search,
        is_active=is_active,
        is_racine=is_racine,
        is_collective=is_collective,
        sort_field=sort_field,
        sort_direction=sort_direction,
        number_from=number_from,
        class_number=class_number,
        vat_rate=vat_rate,
        vat_rate_uuid=vat_rate_uuid,
        calculation_option=calculation_option,
        territoriality=territoriality,
        tenantid=tenantid,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    skip: int | Unset = 0,
    take: int | Unset = 100,
    search: str | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    is_racine: bool | Unset = UNSET,
    is_collective: bool | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_direction: str | Unset = UNSET,
    number_from: int | Unset = UNSET,
    class_number: int | Unset = UNSET,
    vat_rate: Decimal | Unset = UNSET,
    vat_rate_uuid: UUID | Unset = UNSET,
    calculation_option: str | Unset = UNSET,
    territoriality: str | Unset = UNSET,
    tenantid: UUID,
) -> Response[EbpError | GeneralAccountPage]:
    """Récupérer des comptes généraux

     Cette requête retourne les comptes généraux selon les filtres.

    Args:
        skip (int | Unset):  Default: 0.
        take (int | Unset):  Default: 100.
        search (str | Unset):
        is_active (bool | Unset):
        is_racine (bool | Unset):
        is_collective (bool | Unset):
        sort_field (str | Unset):
        sort_direction (str | Unset):
        number_from (int | Unset):
        class_number (int | Unset):
        vat_rate (Decimal | Unset):
        vat_rate_uuid (UUID | Unset):
        calculation_option (str | Unset):
        territoriality (str | Unset):
        tenantid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EbpError | GeneralAccountPage]
    """

    kwargs = _get_kwargs(
        skip=skip,
        take=take,
        search=search,
        is_active=is_active,
        is_racine=is_racine,
        is_collective=is_collective,
        sort_field=sort_field,
        sort_direction=sort_direction,
        number_from=number_from,
        class_number=class_number,
        vat_rate=vat_rate,
        vat_rate_uuid=vat_rate_uuid,
        calculation_option=calculation_option,
        territoriality=territoriality,
        tenantid=tenantid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    skip: int | Unset = 0,
    take: int | Unset = 100,
    search: str | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    is_racine: bool | Unset = UNSET,
    is_collective: bool | Unset = UNSET,
    sort_field: str | Unset = UNSET,
    sort_direction: str | Unset = UNSET,
    number_from: int | Unset = UNSET,
    class_number: int | Unset = UNSET,
    vat_rate: Decimal | Unset = UNSET,
    vat_rate_uuid: UUID | Unset = UNSET,
    calculation_option: str | Unset = UNSET,
    territoriality: str | Unset = UNSET,
    tenantid: UUID,
) -> EbpError | GeneralAccountPage | None:
    """Récupérer des comptes généraux

     Cette requête retourne les comptes généraux selon les filtres.

    Args:
        skip (int | Unset):  Default: 0.
        take (int | Unset):  Default: 100.
        search (str | Unset):
        is_active (bool | Unset):
        is_racine (bool | Unset):
        is_collective (bool | Unset):
        sort_field (str | Unset):
        sort_direction (str | Unset):
        number_from (int | Unset):
        class_number (int | Unset):
        vat_rate (Decimal | Unset):
        vat_rate_uuid (UUID | Unset):
        calculation_option (str | Unset):
        territoriality (str | Unset):
        tenantid (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EbpError | GeneralAccountPage
    """

    return (
        await asyncio_detailed(
            client=client,
            skip=skip,
            take=take,
            search=search,
            is_active=is_active,
            is_racine=is_racine,
            is_collective=is_collective,
            sort_field=sort_field,
            sort_direction=sort_direction,
            number_from=number_from,
            class_number=class_number,
            vat_rate=vat_rate,
            vat_rate_uuid=vat_rate_uuid,
            calculation_option=calculation_option,
            territoriality=territoriality,
            tenantid=tenantid,
        )
    ).parsed
