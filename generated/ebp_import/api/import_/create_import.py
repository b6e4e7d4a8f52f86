from typing import Any, cast

import httpx
from comptoir.runtime import asend, check_arg, client_default, detailed, json_body, send, success
from comptoir.runtime.reading import (
    invalid,
)

from ... import API_NAME
from ...client import AsyncAuthenticatedClient, AsyncClient, AuthenticatedClient, Client
from ...models.create_import_request import CreateImportRequest
from ...models.ebp_error import EbpError
from ...models.import_category import ImportCategory
from ...models.import_created import ImportCreated
from ...types import UNSET, Response, Unset, encode_query

OPERATION = "createImport"
_SUCCESS = frozenset([202])


def _get_kwargs(
    *,
    body: CreateImportRequest,
    folder_id: str,
    import_category: ImportCategory,
    import_settings: str,
    accept_language: str | Unset = UNSET,
) -> dict[str, Any]:
    folder_id = check_arg("createImport", "FolderId", folder_id, "str", required=True)
    import_category = check_arg(
        "createImport", "ImportCategory", import_category, "enum", required=True, enum_cls=ImportCategory
    )
    import_settings = check_arg("createImport", "ImportSettings", import_settings, "str", required=True)
    accept_language = check_arg("createImport", "Accept-Language", accept_language, "str")
    body = check_arg("createImport", "body", body, "model", required=True, model=CreateImportRequest)
    headers: dict[str, Any] = {"Accept": "application/json"}
    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    params: dict[str, Any] = {}

    params["FolderId"] = folder_id

    json_import_category = import_category.value
    params["ImportCategory"] = json_import_category

    params["ImportSettings"] = import_settings

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/CreateImport",
        "extensions": {"openapi_security": [["bearerAuth", "subscriptionKey"]]},
    }

    _kwargs["files"] = body.to_multipart()

    query = encode_query(params)
    if query:
        _kwargs["url"] += "?" + query

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> EbpError | ImportCreated | None:
    """The documented value of a documented status (success or error model); None for any other status."""
    if response.status_code == 202:
        document = json_body(response)
        if document is None:
            raise invalid("", None, "a JSON value other than null", document)
        return cast("ImportCreated", ImportCreated._read(document, "", None))

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
    body: CreateImportRequest,
    folder_id: str,
    import_category: ImportCategory,
    import_settings: str,
    accept_language: str | Unset = UNSET,
) -> Response[EbpError | ImportCreated]:
    """Envoyer une demande d'import paramétrable

     Permet de faire des imports de fichiers paramétrables et des imports de modèles. Le fichier
    est envoyé en multipart/form-data ; le dossier, la catégorie et le modèle d'import sont
    passés en paramètres de requête. Si tout s'est bien passé, retour 202 avec l'identifiant de
    l'import, à suivre avec `StatutResultImport`.

    Args:
        folder_id (str):
        import_category (ImportCategory): Catégorie liée à l'import (Annexe 1 - Catégories
            d'import) :
            - `Items` = Articles
            - `StockItem` = Article en stock
            - `ItemFamilies` = Familles articles
            - `ItemSubFamilies` = Sous-familles articles
            - `RangeItems` = Articles gammes
            - `Customers` = Clients/Prospects
            - `CustomersAddresses` = Adresses clients/Prospects
            - `CustomerFamilies` = Familles clients/prospects
            - `CustomerSubFamilies` = Sous-familles clients/prospects
            - `ThirdReference` = Références article/client
            - `Suppliers` = Fournisseurs
            - `SuppliersAdresses` = Adresses fournisseurs
            - `SupplierItemPrices` = Articles (informations fournisseurs)
            - `SupplierFamilies` = Familles fournisseurs
            - `SupplierSubFamilies` = Sous-familles fournisseurs
            - `SupplierThirdReference` = Références article/fournisseur
            - `Contacts` = Contacts
            - `Colleagues` = Commerciaux/collaborateurs
            - `ColleagueFamilies` = Familles commerciaux/collaborateurs
            - `SaleQuotes` = Devis (Vente)
            - `SaleOrders` = Commandes (Vente)
            - `SaleDelivery` = Bons de livraison(Vente)
            - `SaleAmendments` = Avenants (vente)
            - `SaleInvoices` = Factures (vente)
            - `TemporarySaleInvoices` = Factures en cours de rédaction (vente)
            - `SaleCreditMemo` = Avoirs (Vente)
            - `TemporarySaleCreditMemo` = Avoirs en cours de rédaction (Vente)
            - `PurchaseQuotes` = Demandes de prix (Achat)
            - `PurchaseOrders` = Commandes (Achat)
            - `PurchaseReceipt` = Bons de réception (Achat)
            - `PurchaseInvoices` = Factures (Achat)
            - `PurchaseCreditMemo` = Avoirs (Achat)
            - `PutAways` = Bon d’entrée
            - `PickUp` = Bons de sortie
            - `Inventories` = Inventaires
            - `AssemblyRequests` = Ordres de fabrication
            - `Assemblies` = Bons de fabrication
            - `TransferRequests` = Ordres de transfert
            - `TransferOrders` = Bons de transfert
            - `SaleSettlements` = Règlements client
            - `PurchaseSettlements` = Règlements fournisseur
            - `Currencies` = Devises
            - `Ecotaxes` = Barème des éco-contributions
            - `ClassificationGroups` = Groupes
            - `GeographicSectors` = Secteurs géographiques
            - `RecoveredSaleDocuments` = Historique de récupération (Vente)
            - `RecoveredPurchaseDocuments` = Historique de récupération (Achat)
            - `CustomerPriceListCategories` = Catégorie tarifaire client
            - `SupplierPriceListCategories` = Catégorie tarifaire fournisseur
            - `CustomerPriceLists` = Tarif/Promotion client
            - `SupplierPriceLists` = Tarif/Promotion fournisseur
            - `EcotaxCalculationBase` = Base de calcul de l'éco-contribution
            - `EcotaxFurniture` = Eco-contribution mobilier
            - `CustomerProduct` = Produit client
            - `CustomerProductFamily` = Famille produit client
            - `GuaranteeType` = Type de garantie
            - `MaintenanceContractFamily` = Famille de contrat de maintenance
            - `MaintenanceContractTemplates` = Modèles de contrat de maintenance
            - `Incidents` = Suivis incident
            - `MaintenanceContracts` = Contrats de maintenance
            - `PayrollScheduleTimeEvent` = Saisie des temps et variables de paie
            - `ScheduleEventTemplates` = Modèles d'évènements
            - `ScheduleEvent` = Evènements
            - `StandardTexts` = Textes standards
            - `Shipping` = Frais de port
            - `Vats` = Taux de TVA
            - `Range` = Types Gammes
            - `Competences` = Compétences
            - `EquipmentTypes` = Types de matériels
            - `Equipments` = Matériels
            - `EquipmentsFamilies` = Familles matériels
            - `Location` = Emplacements
            - `Storehouse` = Dépôts
            - `Users` = Utilisateurs
            - `UserGroups` = Groupes d’utilisateurs
            - `Deal` = Affaires
             Example: Items.
        import_settings (str):
        accept_language (str | Unset):  Default: 'fr-FR'.
        body (CreateImportRequest): Corps multipart/form-data de la demande d'import.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[EbpError | ImportCreated]
    """

    accept_language = client_default(client, "Accept-Language", accept_language, "fr-FR")
    kwargs = _get_kwargs(
        body=body,
        folder_id=folder_id,
        import_category=import_category,
        import_settings=import_settings,
        accept_language=accept_language,
    )
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateImportRequest,
    folder_id: str,
    import_category: ImportCategory,
    import_settings: str,
    accept_language: str | Unset = UNSET,
) -> ImportCreated:
    """Envoyer une demande d'import paramétrable

     Permet de faire des imports de fichiers paramétrables et des imports de modèles. Le fichier
    est envoyé en multipart/form-data ; le dossier, la catégorie et le modèle d'import sont
    passés en paramètres de requête. Si tout s'est bien passé, retour 202 avec l'identifiant de
    l'import, à suivre avec `StatutResultImport`.

    Args:
        folder_id (str):
        import_category (ImportCategory): Catégorie liée à l'import (Annexe 1 - Catégories
            d'import) :
            - `Items` = Articles
            - `StockItem` = Article en stock
            - `ItemFamilies` = Familles articles
            - `ItemSubFamilies` = Sous-familles articles
            - `RangeItems` = Articles gammes
            - `Customers` = Clients/Prospects
            - `CustomersAddresses` = Adresses clients/Prospects
            - `CustomerFamilies` = Familles clients/prospects
            - `CustomerSubFamilies` = Sous-familles clients/prospects
            - `ThirdReference` = Références article/client
            - `Suppliers` = Fournisseurs
            - `SuppliersAdresses` = Adresses fournisseurs
            - `SupplierItemPrices` = Articles (informations fournisseurs)
            - `SupplierFamilies` = Familles fournisseurs
            - `SupplierSubFamilies` = Sous-familles fournisseurs
            - `SupplierThirdReference` = Références article/fournisseur
            - `Contacts` = Contacts
            - `Colleagues` = Commerciaux/collaborateurs
            - `ColleagueFamilies` = Familles commerciaux/collaborateurs
            - `SaleQuotes` = Devis (Vente)
            - `SaleOrders` = Commandes (Vente)
            - `SaleDelivery` = Bons de livraison(Vente)
            - `SaleAmendments` = Avenants (vente)
            - `SaleInvoices` = Factures (vente)
            - `TemporarySaleInvoices` = Factures en cours de rédaction (vente)
            - `SaleCreditMemo` = Avoirs (Vente)
            - `TemporarySaleCreditMemo` = Avoirs en cours de rédaction (Vente)
            - `PurchaseQuotes` = Demandes de prix (Achat)
            - `PurchaseOrders` = Commandes (Achat)
            - `PurchaseReceipt` = Bons de réception (Achat)
            - `PurchaseInvoices` = Factures (Achat)
            - `PurchaseCreditMemo` = Avoirs (Achat)
            - `PutAways` = Bon d’entrée
            - `PickUp` = Bons de sortie
            - `Inventories` = Inventaires
            - `AssemblyRequests` = Ordres de fabrication
            - `Assemblies` = Bons de fabrication
            - `TransferRequests` = Ordres de transfert
            - `TransferOrders` = Bons de transfert
            - `SaleSettlements` = Règlements client
            - `PurchaseSettlements` = Règlements fournisseur
            - `Currencies` = Devises
            - `Ecotaxes` = Barème des éco-contributions
            - `ClassificationGroups` = Groupes
            - `GeographicSectors` = Secteurs géographiques
            - `RecoveredSaleDocuments` = Historique de récupération (Vente)
            - `RecoveredPurchaseDocuments` = Historique de récupération (Achat)
            - `CustomerPriceListCategories` = Catégorie tarifaire client
            - `SupplierPriceListCategories` = Catégorie tarifaire fournisseur
            - `CustomerPriceLists` = Tarif/Promotion client
            - `SupplierPriceLists` = Tarif/Promotion fournisseur
            - `EcotaxCalculationBase` = Base de calcul de l'éco-contribution
            - `EcotaxFurniture` = Eco-contribution mobilier
            - `CustomerProduct` = Produit client
            - `CustomerProductFamily` = Famille produit client
            - `GuaranteeType` = Type de garantie
            - `MaintenanceContractFamily` = Famille de contrat de maintenance
            - `MaintenanceContractTemplates` = Modèles de contrat de maintenance
            - `Incidents` = Suivis incident
            - `MaintenanceContracts` = Contrats de maintenance
            - `PayrollScheduleTimeEvent` = Saisie des temps et variables de paie
            - `ScheduleEventTemplates` = Modèles d'évènements
            - `ScheduleEvent` = Evènements
            - `StandardTexts` = Textes standards
            - `Shipping` = Frais de port
            - `Vats` = Taux de TVA
            - `Range` = Types Gammes
            - `Competences` = Compétences
            - `EquipmentTypes` = Types de matériels
            - `Equipments` = Matériels
            - `EquipmentsFamilies` = Familles matériels
            - `Location` = Emplacements
            - `Storehouse` = Dépôts
            - `Users` = Utilisateurs
            - `UserGroups` = Groupes d’utilisateurs
            - `Deal` = Affaires
             Example: Items.
        import_settings (str):
        accept_language (str | Unset):  Default: 'fr-FR'.
        body (CreateImportRequest): Corps multipart/form-data de la demande d'import.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        ImportCreated
    """

    accept_language = client_default(client, "Accept-Language", accept_language, "fr-FR")
    kwargs = _get_kwargs(
        body=body,
        folder_id=folder_id,
        import_category=import_category,
        import_settings=import_settings,
        accept_language=accept_language,
    )
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: ImportCreated = success(response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS)
    return parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    body: CreateImportRequest,
    folder_id: str,
    import_category: ImportCategory,
    import_settings: str,
    accept_language: str | Unset = UNSET,
) -> Response[EbpError | ImportCreated]:
    """Envoyer une demande d'import paramétrable

     Permet de faire des imports de fichiers paramétrables et des imports de modèles. Le fichier
    est envoyé en multipart/form-data ; le dossier, la catégorie et le modèle d'import sont
    passés en paramètres de requête. Si tout s'est bien passé, retour 202 avec l'identifiant de
    l'import, à suivre avec `StatutResultImport`.

    Args:
        folder_id (str):
        import_category (ImportCategory): Catégorie liée à l'import (Annexe 1 - Catégories
            d'import) :
            - `Items` = Articles
            - `StockItem` = Article en stock
            - `ItemFamilies` = Familles articles
            - `ItemSubFamilies` = Sous-familles articles
            - `RangeItems` = Articles gammes
            - `Customers` = Clients/Prospects
            - `CustomersAddresses` = Adresses clients/Prospects
            - `CustomerFamilies` = Familles clients/prospects
            - `CustomerSubFamilies` = Sous-familles clients/prospects
            - `ThirdReference` = Références article/client
            - `Suppliers` = Fournisseurs
            - `SuppliersAdresses` = Adresses fournisseurs
            - `SupplierItemPrices` = Articles (informations fournisseurs)
            - `SupplierFamilies` = Familles fournisseurs
            - `SupplierSubFamilies` = Sous-familles fournisseurs
            - `SupplierThirdReference` = Références article/fournisseur
            - `Contacts` = Contacts
            - `Colleagues` = Commerciaux/collaborateurs
            - `ColleagueFamilies` = Familles commerciaux/collaborateurs
            - `SaleQuotes` = Devis (Vente)
            - `SaleOrders` = Commandes (Vente)
            - `SaleDelivery` = Bons de livraison(Vente)
            - `SaleAmendments` = Avenants (vente)
            - `SaleInvoices` = Factures (vente)
            - `TemporarySaleInvoices` = Factures en cours de rédaction (vente)
            - `SaleCreditMemo` = Avoirs (Vente)
            - `TemporarySaleCreditMemo` = Avoirs en cours de rédaction (Vente)
            - `PurchaseQuotes` = Demandes de prix (Achat)
            - `PurchaseOrders` = Commandes (Achat)
            - `PurchaseReceipt` = Bons de réception (Achat)
            - `PurchaseInvoices` = Factures (Achat)
            - `PurchaseCreditMemo` = Avoirs (Achat)
            - `PutAways` = Bon d’entrée
            - `PickUp` = Bons de sortie
            - `Inventories` = Inventaires
            - `AssemblyRequests` = Ordres de fabrication
            - `Assemblies` = Bons de fabrication
            - `TransferRequests` = Ordres de transfert
            - `TransferOrders` = Bons de transfert
            - `SaleSettlements` = Règlements client
            - `PurchaseSettlements` = Règlements fournisseur
            - `Currencies` = Devises
            - `Ecotaxes` = Barème des éco-contributions
            - `ClassificationGroups` = Groupes
            - `GeographicSectors` = Secteurs géographiques
            - `RecoveredSaleDocuments` = Historique de récupération (Vente)
            - `RecoveredPurchaseDocuments` = Historique de récupération (Achat)
            - `CustomerPriceListCategories` = Catégorie tarifaire client
            - `SupplierPriceListCategories` = Catégorie tarifaire fournisseur
            - `CustomerPriceLists` = Tarif/Promotion client
            - `SupplierPriceLists` = Tarif/Promotion fournisseur
            - `EcotaxCalculationBase` = Base de calcul de l'éco-contribution
            - `EcotaxFurniture` = Eco-contribution mobilier
            - `CustomerProduct` = Produit client
            - `CustomerProductFamily` = Famille produit client
            - `GuaranteeType` = Type de garantie
            - `MaintenanceContractFamily` = Famille de contrat de maintenance
            - `MaintenanceContractTemplates` = Modèles de contrat de maintenance
            - `Incidents` = Suivis incident
            - `MaintenanceContracts` = Contrats de maintenance
            - `PayrollScheduleTimeEvent` = Saisie des temps et variables de paie
            - `ScheduleEventTemplates` = Modèles d'évènements
            - `ScheduleEvent` = Evènements
            - `StandardTexts` = Textes standards
            - `Shipping` = Frais de port
            - `Vats` = Taux de TVA
            - `Range` = Types Gammes
            - `Competences` = Compétences
            - `EquipmentTypes` = Types de matériels
            - `Equipments` = Matériels
            - `EquipmentsFamilies` = Familles matériels
            - `Location` = Emplacements
            - `Storehouse` = Dépôts
            - `Users` = Utilisateurs
            - `UserGroups` = Groupes d’utilisateurs
            - `Deal` = Affaires
             Example: Items.
        import_settings (str):
        accept_language (str | Unset):  Default: 'fr-FR'.
        body (CreateImportRequest): Corps multipart/form-data de la demande d'import.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[EbpError | ImportCreated]
    """

    accept_language = client_default(client, "Accept-Language", accept_language, "fr-FR")
    kwargs = _get_kwargs(
        body=body,
        folder_id=folder_id,
        import_category=import_category,
        import_settings=import_settings,
        accept_language=accept_language,
    )
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


async def asyncio(
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    body: CreateImportRequest,
    folder_id: str,
    import_category: ImportCategory,
    import_settings: str,
    accept_language: str | Unset = UNSET,
) -> ImportCreated:
    """Envoyer une demande d'import paramétrable

     Permet de faire des imports de fichiers paramétrables et des imports de modèles. Le fichier
    est envoyé en multipart/form-data ; le dossier, la catégorie et le modèle d'import sont
    passés en paramètres de requête. Si tout s'est bien passé, retour 202 avec l'identifiant de
    l'import, à suivre avec `StatutResultImport`.

    Args:
        folder_id (str):
        import_category (ImportCategory): Catégorie liée à l'import (Annexe 1 - Catégories
            d'import) :
            - `Items` = Articles
            - `StockItem` = Article en stock
            - `ItemFamilies` = Familles articles
            - `ItemSubFamilies` = Sous-familles articles
            - `RangeItems` = Articles gammes
            - `Customers` = Clients/Prospects
            - `CustomersAddresses` = Adresses clients/Prospects
            - `CustomerFamilies` = Familles clients/prospects
            - `CustomerSubFamilies` = Sous-familles clients/prospects
            - `ThirdReference` = Références article/client
            - `Suppliers` = Fournisseurs
            - `SuppliersAdresses` = Adresses fournisseurs
            - `SupplierItemPrices` = Articles (informations fournisseurs)
            - `SupplierFamilies` = Familles fournisseurs
            - `SupplierSubFamilies` = Sous-familles fournisseurs
            - `SupplierThirdReference` = Références article/fournisseur
            - `Contacts` = Contacts
            - `Colleagues` = Commerciaux/collaborateurs
            - `ColleagueFamilies` = Familles commerciaux/collaborateurs
            - `SaleQuotes` = Devis (Vente)
            - `SaleOrders` = Commandes (Vente)
            - `SaleDelivery` = Bons de livraison(Vente)
            - `SaleAmendments` = Avenants (vente)
            - `SaleInvoices` = Factures (vente)
            - `TemporarySaleInvoices` = Factures en cours de rédaction (vente)
            - `SaleCreditMemo` = Avoirs (Vente)
            - `TemporarySaleCreditMemo` = Avoirs en cours de rédaction (Vente)
            - `PurchaseQuotes` = Demandes de prix (Achat)
            - `PurchaseOrders` = Commandes (Achat)
            - `PurchaseReceipt` = Bons de réception (Achat)
            - `PurchaseInvoices` = Factures (Achat)
            - `PurchaseCreditMemo` = Avoirs (Achat)
            - `PutAways` = Bon d’entrée
            - `PickUp` = Bons de sortie
            - `Inventories` = Inventaires
            - `AssemblyRequests` = Ordres de fabrication
            - `Assemblies` = Bons de fabrication
            - `TransferRequests` = Ordres de transfert
            - `TransferOrders` = Bons de transfert
            - `SaleSettlements` = Règlements client
            - `PurchaseSettlements` = Règlements fournisseur
            - `Currencies` = Devises
            - `Ecotaxes` = Barème des éco-contributions
            - `ClassificationGroups` = Groupes
            - `GeographicSectors` = Secteurs géographiques
            - `RecoveredSaleDocuments` = Historique de récupération (Vente)
            - `RecoveredPurchaseDocuments` = Historique de récupération (Achat)
            - `CustomerPriceListCategories` = Catégorie tarifaire client
            - `SupplierPriceListCategories` = Catégorie tarifaire fournisseur
            - `CustomerPriceLists` = Tarif/Promotion client
            - `SupplierPriceLists` = Tarif/Promotion fournisseur
            - `EcotaxCalculationBase` = Base de calcul de l'éco-contribution
            - `EcotaxFurniture` = Eco-contribution mobilier
            - `CustomerProduct` = Produit client
            - `CustomerProductFamily` = Famille produit client
            - `GuaranteeType` = Type de garantie
            - `MaintenanceContractFamily` = Famille de contrat de maintenance
            - `MaintenanceContractTemplates` = Modèles de contrat de maintenance
            - `Incidents` = Suivis incident
            - `MaintenanceContracts` = Contrats de maintenance
            - `PayrollScheduleTimeEvent` = Saisie des temps et variables de paie
            - `ScheduleEventTemplates` = Modèles d'évènements
            - `ScheduleEvent` = Evènements
            - `StandardTexts` = Textes standards
            - `Shipping` = Frais de port
            - `Vats` = Taux de TVA
            - `Range` = Types Gammes
            - `Competences` = Compétences
            - `EquipmentTypes` = Types de matériels
            - `Equipments` = Matériels
            - `EquipmentsFamilies` = Familles matériels
            - `Location` = Emplacements
            - `Storehouse` = Dépôts
            - `Users` = Utilisateurs
            - `UserGroups` = Groupes d’utilisateurs
            - `Deal` = Affaires
             Example: Items.
        import_settings (str):
        accept_language (str | Unset):  Default: 'fr-FR'.
        body (CreateImportRequest): Corps multipart/form-data de la demande d'import.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        ImportCreated
    """

    accept_language = client_default(client, "Accept-Language", accept_language, "fr-FR")
    kwargs = _get_kwargs(
        body=body,
        folder_id=folder_id,
        import_category=import_category,
        import_settings=import_settings,
        accept_language=accept_language,
    )
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: ImportCreated = success(response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS)
    return parsed
