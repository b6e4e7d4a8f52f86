from typing import Any, cast

import httpx
from comptoir.runtime import asend, check_arg, client_default, detailed, json_body, send, success
from comptoir.runtime.reading import (
    invalid,
)

from ... import API_NAME
from ...client import AsyncAuthenticatedClient, AsyncClient, AuthenticatedClient, Client
from ...models.add_associated_file_request import AddAssociatedFileRequest
from ...models.associated_file_created import AssociatedFileCreated
from ...models.associated_file_kind import AssociatedFileKind
from ...models.ebp_error import EbpError
from ...types import UNSET, Response, Unset, encode_query

OPERATION = "addAssociatedFile"
_SUCCESS = frozenset([202])


def _get_kwargs(
    *,
    body: AddAssociatedFileRequest,
    folder_id: str,
    kind: AssociatedFileKind,
    type_: str,
    entity_id: str,
    accept_language: str | Unset = UNSET,
) -> dict[str, Any]:
    folder_id = check_arg("addAssociatedFile", "FolderId", folder_id, "str", required=True)
    kind = check_arg("addAssociatedFile", "Kind", kind, "enum", required=True, enum_cls=AssociatedFileKind)
    type_ = check_arg("addAssociatedFile", "Type", type_, "str", required=True)
    entity_id = check_arg("addAssociatedFile", "EntityId", entity_id, "str", required=True)
    accept_language = check_arg("addAssociatedFile", "Accept-Language", accept_language, "str")
    body = check_arg("addAssociatedFile", "body", body, "model", required=True, model=AddAssociatedFileRequest)
    headers: dict[str, Any] = {"Accept": "application/json"}
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


def _parse_response(response: httpx.Response) -> AssociatedFileCreated | EbpError | None:
    """The documented value of a documented status (success or error model); None for any other status."""
    if response.status_code == 202:
        document = json_body(response)
        if document is None:
            raise invalid("", None, "a JSON value other than null", document)
        return cast("AssociatedFileCreated", AssociatedFileCreated._read(document, "", None))

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
    body: AddAssociatedFileRequest,
    folder_id: str,
    kind: AssociatedFileKind,
    type_: str,
    entity_id: str,
    accept_language: str | Unset = UNSET,
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
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[AssociatedFileCreated | EbpError]
    """

    accept_language = client_default(client, "Accept-Language", accept_language, "fr-FR")
    kwargs = _get_kwargs(
        body=body,
        folder_id=folder_id,
        kind=kind,
        type_=type_,
        entity_id=entity_id,
        accept_language=accept_language,
    )
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: AddAssociatedFileRequest,
    folder_id: str,
    kind: AssociatedFileKind,
    type_: str,
    entity_id: str,
    accept_language: str | Unset = UNSET,
) -> AssociatedFileCreated:
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
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        AssociatedFileCreated
    """

    accept_language = client_default(client, "Accept-Language", accept_language, "fr-FR")
    kwargs = _get_kwargs(
        body=body,
        folder_id=folder_id,
        kind=kind,
        type_=type_,
        entity_id=entity_id,
        accept_language=accept_language,
    )
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: AssociatedFileCreated = success(
        response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS
    )
    return parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    body: AddAssociatedFileRequest,
    folder_id: str,
    kind: AssociatedFileKind,
    type_: str,
    entity_id: str,
    accept_language: str | Unset = UNSET,
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
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[AssociatedFileCreated | EbpError]
    """

    accept_language = client_default(client, "Accept-Language", accept_language, "fr-FR")
    kwargs = _get_kwargs(
        body=body,
        folder_id=folder_id,
        kind=kind,
        type_=type_,
        entity_id=entity_id,
        accept_language=accept_language,
    )
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


async def asyncio(
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    body: AddAssociatedFileRequest,
    folder_id: str,
    kind: AssociatedFileKind,
    type_: str,
    entity_id: str,
    accept_language: str | Unset = UNSET,
) -> AssociatedFileCreated:
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
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        AssociatedFileCreated
    """

    accept_language = client_default(client, "Accept-Language", accept_language, "fr-FR")
    kwargs = _get_kwargs(
        body=body,
        folder_id=folder_id,
        kind=kind,
        type_=type_,
        entity_id=entity_id,
        accept_language=accept_language,
    )
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: AssociatedFileCreated = success(
        response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS
    )
    return parsed
