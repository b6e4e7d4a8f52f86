from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_associated_file_request import AddAssociatedFileRequest
from ...models.associated_file_created import AssociatedFileCreated
from ...models.associated_file_kind import AssociatedFileKind
from ...models.ebp_error import EbpError
from ...types import (
    UNSET,
    Response,
    Unset,
    encode_query,
    json_loads,
)


def _get_kwargs(
    *,
    body: AddAssociatedFileRequest,
    folder_id: str,
    kind: AssociatedFileKind,
    type_: str,
    entity_id: str,
    accept_language: str | Unset = "fr-FR",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    params: dict[str, Any] = {}

    params["FolderId"] = folder_id

    json_kind = kind.value
    params["Kind"] = json_kind

    params["Type"] = type_

    params["EntityId"] = entity_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/AddAssociatedFile",
        "extensions": {"openapi_security": [["bearerAuth", "subscriptionKey"]]},
    }

    _kwargs["files"] = body.to_multipart()

    query = encode_query(params)
    if query:
        _kwargs["url"] += "?" + query

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AssociatedFileCreated | EbpError | None:
    if response.status_code == 202:
        response_202 = AssociatedFileCreated.from_dict(json_loads(response.content))

        return response_202

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
) -> Response[AssociatedFileCreated | EbpError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AddAssociatedFileRequest,
    folder_id: str,
    kind: AssociatedFileKind,
    type_: str,
    entity_id: str,
    accept_language: str | Unset = "fr-FR",
) -> Response[AssociatedFileCreated | EbpError]:
    """Envoyer une demande d'ajout d'une pièce jointe

     Permet d'ajouter une pièce jointe à une fiche (la documentation dit « à un article » ; la
    catégorie `Kind` permet d'autres fiches, voir Annexe 2). Le fichier est envoyé en
    multipart/form-data ; le dossier, la catégorie, le type et la fiche sont passés en
    paramètres de requête. Si tout s'est bien passé, retour 202 avec l'identifiant du fichier
    associé, à suivre avec `AssociatedFileResult`.

    Args:
        folder_id (str):
        kind (AssociatedFileKind): Catégorie du document associé (Annexe 2 - Catégories du
            document associé) :
            - `Item` = Article
            - `Customer` = Client/Prospect
            - `Supplier` = Fournisseur
            - `MaintenanceContract` = Maintenance / SAV
            - `SaleQuote` = Devis (Vente)
            - `SaleOrder` = Commande (Vente)
            - `SaleAmendment` = Avenant (vente)
            - `SaleInvoice` = Facture (vente)
            - `SaleCreditMemo` = Avoirs (Vente)
            - `ScheduleEvent` = Evènements
            - `SaleDepositCreditMemo` = Avoir d'acompte
            - `SaleProgressState` = Situation de projet
            - `SaleReturnOrder` = Bon de retour
            - `SaleDeliveryOrder` = Bon de livraison
            - `SaleOrder` = Commandes
            - `SaleExecutionQuote` = Devis d'étude
             Example: Item.
        type_ (str):
        entity_id (str):
        accept_language (str | Unset):  Default: 'fr-FR'.
        body (AddAssociatedFileRequest): Corps multipart/form-data de la demande d'ajout de pièce
            jointe.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssociatedFileCreated | EbpError]
    """

    kwargs = _get_kwargs(
        body=body,
        folder_id=folder_id,
        kind=kind,
        type_=type_,
        entity_id=entity_id,
        accept_language=accept_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: AddAssociatedFileRequest,
    folder_id: str,
    kind: AssociatedFileKind,
    type_: str,
    entity_id: str,
    accept_language: str | Unset = "fr-FR",
) -> AssociatedFileCreated | EbpError | None:
    """Envoyer une demande d'ajout d'une pièce jointe

     Permet d'ajouter une pièce jointe à une fiche (la documentation dit « à un article » ; la
    catégorie `Kind` permet d'autres fiches, voir Annexe 2). Le fichier est envoyé en
    multipart/form-data ; le dossier, la catégorie, le type et la fiche sont passés en
    paramètres de requête. Si tout s'est bien passé, retour 202 avec l'identifiant du fichier
    associé, à suivre avec `AssociatedFileResult`.

    Args:
        folder_id (str):
        kind (AssociatedFileKind): Catégorie du document associé (Annexe 2 - Catégories du
            document associé) :
            - `Item` = Article
            - `Customer` = Client/Prospect
            - `Supplier` = Fournisseur
            - `MaintenanceContract` = Maintenance / SAV
            - `SaleQuote` = Devis (Vente)
            - `SaleOrder` = Commande (Vente)
            - `SaleAmendment` = Avenant (vente)
            - `SaleInvoice` = Facture (vente)
            - `SaleCreditMemo` = Avoirs (Vente)
            - `ScheduleEvent` = Evènements
            - `SaleDepositCreditMemo` = Avoir d'acompte
            - `SaleProgressState` = Situation de projet
            - `SaleReturnOrder` = Bon de retour
            - `SaleDeliveryOrder` = Bon de livraison
            - `SaleOrder` = Commandes
            - `SaleExecutionQuote` = Devis d'étude
             Example: Item.
        type_ (str):
        entity_id (str):
        accept_language (str | Unset):  Default: 'fr-FR'.
        body (AddAssociatedFileRequest): Corps multipart/form-data de la demande d'ajout de pièce
            jointe.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssociatedFileCreated | EbpError
    """

    return sync_detailed(
        client=client,
        body=body,
        folder_id=folder_id,
        kind=kind,
        type_=type_,
        entity_id=entity_id,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AddAssociatedFileRequest,
    folder_id: str,
    kind: AssociatedFileKind,
    type_: str,
    entity_id: str,
    accept_language: str | Unset = "fr-FR",
) -> Response[AssociatedFileCreated | EbpError]:
    """Envoyer une demande d'ajout d'une pièce jointe

     Permet d'ajouter une pièce jointe à une fiche (la documentation dit « à un article » ; la
    catégorie `Kind` permet d'autres fiches, voir Annexe 2). Le fichier est envoyé en
    multipart/form-data ; le dossier, la catégorie, le type et la fiche sont passés en
    paramètres de requête. Si tout s'est bien passé, retour 202 avec l'identifiant du fichier
    associé, à suivre avec `AssociatedFileResult`.

    Args:
        folder_id (str):
        kind (AssociatedFileKind): Catégorie du document associé (Annexe 2 - Catégories du
            document associé) :
            - `Item` = Article
            - `Customer` = Client/Prospect
            - `Supplier` = Fournisseur
            - `MaintenanceContract` = Maintenance / SAV
            - `SaleQuote` = Devis (Vente)
            - `SaleOrder` = Commande (Vente)
            - `SaleAmendment` = Avenant (vente)
            - `SaleInvoice` = Facture (vente)
            - `SaleCreditMemo` = Avoirs (Vente)
            - `ScheduleEvent` = Evènements
            - `SaleDepositCreditMemo` = Avoir d'acompte
            - `SaleProgressState` = Situation de projet
            - `SaleReturnOrder` = Bon de retour
            - `SaleDeliveryOrder` = Bon de livraison
            - `SaleOrder` = Commandes
            - `SaleExecutionQuote` = Devis d'étude
             Example: Item.
        type_ (str):
        entity_id (str):
        accept_language (str | Unset):  Default: 'fr-FR'.
        body (AddAssociatedFileRequest): Corps multipart/form-data de la demande d'ajout de pièce
            jointe.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssociatedFileCreated | EbpError]
    """

    kwargs = _get_kwargs(
        body=body,
        folder_id=folder_id,
        kind=kind,
        type_=type_,
        entity_id=entity_id,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AddAssociatedFileRequest,
    folder_id: str,
    kind: AssociatedFileKind,
    type_: str,
    entity_id: str,
    accept_language: str | Unset = "fr-FR",
) -> AssociatedFileCreated | EbpError | None:
    """Envoyer une demande d'ajout d'une pièce jointe

     Permet d'ajouter une pièce jointe à une fiche (la documentation dit « à un article » ; la
    catégorie `Kind` permet d'autres fiches, voir Annexe 2). Le fichier est envoyé en
    multipart/form-data ; le dossier, la catégorie, le type et la fiche sont passés en
    paramètres de requête. Si tout s'est bien passé, retour 202 avec l'identifiant du fichier
    associé, à suivre avec `AssociatedFileResult`.

    Args:
        folder_id (str):
        kind (AssociatedFileKind): Catégorie du document associé (Annexe 2 - Catégories du
            document associé) :
            - `Item` = Article
            - `Customer` = Client/Prospect
            - `Supplier` = Fournisseur
            - `MaintenanceContract` = Maintenance / SAV
            - `SaleQuote` = Devis (Vente)
            - `SaleOrder` = Commande (Vente)
            - `SaleAmendment` = Avenant (vente)
            - `SaleInvoice` = Facture (vente)
            - `SaleCreditMemo` = Avoirs (Vente)
            - `ScheduleEvent` = Evènements
            - `SaleDepositCreditMemo` = Avoir d'acompte
            - `SaleProgressState` = Situation de projet
            - `SaleReturnOrder` = Bon de retour
            - `SaleDeliveryOrder` = Bon de livraison
            - `SaleOrder` = Commandes
            - `SaleExecutionQuote` = Devis d'étude
             Example: Item.
        type_ (str):
        entity_id (str):
        accept_language (str | Unset):  Default: 'fr-FR'.
        body (AddAssociatedFileRequest): Corps multipart/form-data de la demande d'ajout de pièce
            jointe.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssociatedFileCreated | EbpError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            folder_id=folder_id,
            kind=kind,
            type_=type_,
            entity_id=entity_id,
            accept_language=accept_language,
        )
    ).parsed
