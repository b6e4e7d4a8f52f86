from typing import Any, cast
from urllib.parse import quote

import httpx
from comptoir.runtime import asend, check_arg, client_default, detailed, json_body, send, success
from comptoir.runtime.reading import (
    invalid,
)

from ... import API_NAME
from ...client import AsyncAuthenticatedClient, AsyncClient, AuthenticatedClient, Client
from ...models.allowed_table import AllowedTable
from ...models.ebp_error import EbpError
from ...models.table_dependencies import TableDependencies
from ...types import UNSET, Response, Unset

OPERATION = "getTableDependencies"
_SUCCESS = frozenset([200])


def _get_kwargs(
    table_name: AllowedTable,
    *,
    accept_language: str | Unset = UNSET,
) -> dict[str, Any]:
    table_name = check_arg(
        "getTableDependencies", "TableName", table_name, "enum", required=True, enum_cls=AllowedTable, path_segment=True
    )
    accept_language = check_arg("getTableDependencies", "Accept-Language", accept_language, "str")
    headers: dict[str, Any] = {"Accept": "application/json"}
    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/Dependencies/{table_name}".format(
            table_name=quote(str(table_name), safe=""),
        ),
        "extensions": {"openapi_security": [["bearerAuth", "subscriptionKey"]]},
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> EbpError | TableDependencies | None:
    """The documented value of a documented status (success or error model); None for any other status."""
    if response.status_code == 200:
        document = json_body(response)
        if document is None:
            raise invalid("", None, "a JSON value other than null", document)
        return cast("TableDependencies", TableDependencies._read(document, "", None))

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
    table_name: AllowedTable,
    *,
    client: AuthenticatedClient | Client,
    accept_language: str | Unset = UNSET,
) -> Response[EbpError | TableDependencies]:
    """Obtenir les tables secondaires autorisées

     Vous avez la possibilité depuis les requêtes génériques de faire appel aux dépendances de la table
    principale. Cette requête renvoie la liste des dépendances disponibles ; ensuite, dans les colonnes
    des requêtes génériques, il suffit de préfixer les colonnes par ces valeurs (Unit.Caption,
    VolumeUnit.Caption, Vat.Caption). Dans le cas où vous utilisez les dépendances, il est conseillé de
    préfixer aussi les colonnes de la table principale (Item.Caption).

    Args:
        table_name (AllowedTable): Tables autorisées pour les requêtes génériques (Annexe 1 ; noms
            pas sensibles à la
            casse) et leur valeur OrderBy par défaut (the default of `OrderByValue`):

            | Table | OrderBy par défaut |
            |---|---|
            | Customer | id |
            | Address | id |
            | Deal | id |
            | DealColleague | id |
            | Item | id |
            | TrackingStockItem | itemid |
            | SaleDocument | id |
            | SaleDocumentLine | id |
            | RangeItem | id |
            | LinkedItem | id |
            | StandardText | id |
            | ConstructionSite | id |
            | Colleague | id |
            | PurchaseDocument | id |
            | PurchaseDocumentLine | id |
            | Contact | id |
            | Ecotax | id |
            | EbpSysOptions | optionHashCode |
            | ItemFamily | id |
            | CustomerFamily | id |
            | SupplierFamily | id |
            | Supplier | id |
            | RangeType | id |
            | RangeTypeElement | id |
            | ClassificationGroup | id |
            | CustomerProduct | id |
            | ScheduleEvent | id |
            | ScheduleEventCustomerProduct | id |
            | StockDocument | id |
            | StockDocumentLine | id |
            | ScheduleEventType | id |
            | TravelExpense | id |
            | Equipment | id |
            | Storehouse | id |
            | PriceList | id |
            | SettlementMode | id |
            | PaymentType | id |
            | MaintenanceContract | id |
            | MaintenanceContractCustomerProduct | id |
            | Incident | id |
            | GeographicSector | id |
            | StockItem | itemid |
            | PriceListCategory | id |
            | Unit | id |
            | Vat | id |
            | SupplierItem | id |
            | Civility | id |
            | ItemComponent | id |
            | ItemSubFamily | id |
            | CustomerSubFamily | id |
            | UnitType | id |
            | CustomerAssociatedFiles | id |
            | CustomerProductAssociatedFiles | id |
            | ItemAssociatedFiles | id |
            | MaintenanceContractAssociatedFiles | id |
            | PurchaseDocumentAssociatedFiles | id |
            | SaleDocumentAssociatedFiles | id |
            | ScheduleEventAssociatedFiles | id |
            | SupplierAssociatedFiles | id |
            | Shipping | id |
            | ThirdReference | id |
            | EcotaxCalculationBase | id |
            | EcotaxFurniture | id |
            | DocumentSerial | id |
            | CurrencyTable | id |
            | SaleDocumentLineTrackingDispatch | id |
            | ItemVatTerritoriality | id |
            | EbpSysGenericImportSettings | categoryId |
            | Country | isocode |
        accept_language (str | Unset):  Default: 'fr-FR'.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[EbpError | TableDependencies]
    """

    accept_language = client_default(client, "Accept-Language", accept_language, "fr-FR")
    kwargs = _get_kwargs(
        table_name=table_name,
        accept_language=accept_language,
    )
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


def sync(
    table_name: AllowedTable,
    *,
    client: AuthenticatedClient | Client,
    accept_language: str | Unset = UNSET,
) -> TableDependencies:
    """Obtenir les tables secondaires autorisées

     Vous avez la possibilité depuis les requêtes génériques de faire appel aux dépendances de la table
    principale. Cette requête renvoie la liste des dépendances disponibles ; ensuite, dans les colonnes
    des requêtes génériques, il suffit de préfixer les colonnes par ces valeurs (Unit.Caption,
    VolumeUnit.Caption, Vat.Caption). Dans le cas où vous utilisez les dépendances, il est conseillé de
    préfixer aussi les colonnes de la table principale (Item.Caption).

    Args:
        table_name (AllowedTable): Tables autorisées pour les requêtes génériques (Annexe 1 ; noms
            pas sensibles à la
            casse) et leur valeur OrderBy par défaut (the default of `OrderByValue`):

            | Table | OrderBy par défaut |
            |---|---|
            | Customer | id |
            | Address | id |
            | Deal | id |
            | DealColleague | id |
            | Item | id |
            | TrackingStockItem | itemid |
            | SaleDocument | id |
            | SaleDocumentLine | id |
            | RangeItem | id |
            | LinkedItem | id |
            | StandardText | id |
            | ConstructionSite | id |
            | Colleague | id |
            | PurchaseDocument | id |
            | PurchaseDocumentLine | id |
            | Contact | id |
            | Ecotax | id |
            | EbpSysOptions | optionHashCode |
            | ItemFamily | id |
            | CustomerFamily | id |
            | SupplierFamily | id |
            | Supplier | id |
            | RangeType | id |
            | RangeTypeElement | id |
            | ClassificationGroup | id |
            | CustomerProduct | id |
            | ScheduleEvent | id |
            | ScheduleEventCustomerProduct | id |
            | StockDocument | id |
            | StockDocumentLine | id |
            | ScheduleEventType | id |
            | TravelExpense | id |
            | Equipment | id |
            | Storehouse | id |
            | PriceList | id |
            | SettlementMode | id |
            | PaymentType | id |
            | MaintenanceContract | id |
            | MaintenanceContractCustomerProduct | id |
            | Incident | id |
            | GeographicSector | id |
            | StockItem | itemid |
            | PriceListCategory | id |
            | Unit | id |
            | Vat | id |
            | SupplierItem | id |
            | Civility | id |
            | ItemComponent | id |
            | ItemSubFamily | id |
            | CustomerSubFamily | id |
            | UnitType | id |
            | CustomerAssociatedFiles | id |
            | CustomerProductAssociatedFiles | id |
            | ItemAssociatedFiles | id |
            | MaintenanceContractAssociatedFiles | id |
            | PurchaseDocumentAssociatedFiles | id |
            | SaleDocumentAssociatedFiles | id |
            | ScheduleEventAssociatedFiles | id |
            | SupplierAssociatedFiles | id |
            | Shipping | id |
            | ThirdReference | id |
            | EcotaxCalculationBase | id |
            | EcotaxFurniture | id |
            | DocumentSerial | id |
            | CurrencyTable | id |
            | SaleDocumentLineTrackingDispatch | id |
            | ItemVatTerritoriality | id |
            | EbpSysGenericImportSettings | categoryId |
            | Country | isocode |
        accept_language (str | Unset):  Default: 'fr-FR'.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        TableDependencies
    """

    accept_language = client_default(client, "Accept-Language", accept_language, "fr-FR")
    kwargs = _get_kwargs(
        table_name=table_name,
        accept_language=accept_language,
    )
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: TableDependencies = success(
        response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS
    )
    return parsed


async def asyncio_detailed(
    table_name: AllowedTable,
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    accept_language: str | Unset = UNSET,
) -> Response[EbpError | TableDependencies]:
    """Obtenir les tables secondaires autorisées

     Vous avez la possibilité depuis les requêtes génériques de faire appel aux dépendances de la table
    principale. Cette requête renvoie la liste des dépendances disponibles ; ensuite, dans les colonnes
    des requêtes génériques, il suffit de préfixer les colonnes par ces valeurs (Unit.Caption,
    VolumeUnit.Caption, Vat.Caption). Dans le cas où vous utilisez les dépendances, il est conseillé de
    préfixer aussi les colonnes de la table principale (Item.Caption).

    Args:
        table_name (AllowedTable): Tables autorisées pour les requêtes génériques (Annexe 1 ; noms
            pas sensibles à la
            casse) et leur valeur OrderBy par défaut (the default of `OrderByValue`):

            | Table | OrderBy par défaut |
            |---|---|
            | Customer | id |
            | Address | id |
            | Deal | id |
            | DealColleague | id |
            | Item | id |
            | TrackingStockItem | itemid |
            | SaleDocument | id |
            | SaleDocumentLine | id |
            | RangeItem | id |
            | LinkedItem | id |
            | StandardText | id |
            | ConstructionSite | id |
            | Colleague | id |
            | PurchaseDocument | id |
            | PurchaseDocumentLine | id |
            | Contact | id |
            | Ecotax | id |
            | EbpSysOptions | optionHashCode |
            | ItemFamily | id |
            | CustomerFamily | id |
            | SupplierFamily | id |
            | Supplier | id |
            | RangeType | id |
            | RangeTypeElement | id |
            | ClassificationGroup | id |
            | CustomerProduct | id |
            | ScheduleEvent | id |
            | ScheduleEventCustomerProduct | id |
            | StockDocument | id |
            | StockDocumentLine | id |
            | ScheduleEventType | id |
            | TravelExpense | id |
            | Equipment | id |
            | Storehouse | id |
            | PriceList | id |
            | SettlementMode | id |
            | PaymentType | id |
            | MaintenanceContract | id |
            | MaintenanceContractCustomerProduct | id |
            | Incident | id |
            | GeographicSector | id |
            | StockItem | itemid |
            | PriceListCategory | id |
            | Unit | id |
            | Vat | id |
            | SupplierItem | id |
            | Civility | id |
            | ItemComponent | id |
            | ItemSubFamily | id |
            | CustomerSubFamily | id |
            | UnitType | id |
            | CustomerAssociatedFiles | id |
            | CustomerProductAssociatedFiles | id |
            | ItemAssociatedFiles | id |
            | MaintenanceContractAssociatedFiles | id |
            | PurchaseDocumentAssociatedFiles | id |
            | SaleDocumentAssociatedFiles | id |
            | ScheduleEventAssociatedFiles | id |
            | SupplierAssociatedFiles | id |
            | Shipping | id |
            | ThirdReference | id |
            | EcotaxCalculationBase | id |
            | EcotaxFurniture | id |
            | DocumentSerial | id |
            | CurrencyTable | id |
            | SaleDocumentLineTrackingDispatch | id |
            | ItemVatTerritoriality | id |
            | EbpSysGenericImportSettings | categoryId |
            | Country | isocode |
        accept_language (str | Unset):  Default: 'fr-FR'.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[EbpError | TableDependencies]
    """

    accept_language = client_default(client, "Accept-Language", accept_language, "fr-FR")
    kwargs = _get_kwargs(
        table_name=table_name,
        accept_language=accept_language,
    )
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


async def asyncio(
    table_name: AllowedTable,
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    accept_language: str | Unset = UNSET,
) -> TableDependencies:
    """Obtenir les tables secondaires autorisées

     Vous avez la possibilité depuis les requêtes génériques de faire appel aux dépendances de la table
    principale. Cette requête renvoie la liste des dépendances disponibles ; ensuite, dans les colonnes
    des requêtes génériques, il suffit de préfixer les colonnes par ces valeurs (Unit.Caption,
    VolumeUnit.Caption, Vat.Caption). Dans le cas où vous utilisez les dépendances, il est conseillé de
    préfixer aussi les colonnes de la table principale (Item.Caption).

    Args:
        table_name (AllowedTable): Tables autorisées pour les requêtes génériques (Annexe 1 ; noms
            pas sensibles à la
            casse) et leur valeur OrderBy par défaut (the default of `OrderByValue`):

            | Table | OrderBy par défaut |
            |---|---|
            | Customer | id |
            | Address | id |
            | Deal | id |
            | DealColleague | id |
            | Item | id |
            | TrackingStockItem | itemid |
            | SaleDocument | id |
            | SaleDocumentLine | id |
            | RangeItem | id |
            | LinkedItem | id |
            | StandardText | id |
            | ConstructionSite | id |
            | Colleague | id |
            | PurchaseDocument | id |
            | PurchaseDocumentLine | id |
            | Contact | id |
            | Ecotax | id |
            | EbpSysOptions | optionHashCode |
            | ItemFamily | id |
            | CustomerFamily | id |
            | SupplierFamily | id |
            | Supplier | id |
            | RangeType | id |
            | RangeTypeElement | id |
            | ClassificationGroup | id |
            | CustomerProduct | id |
            | ScheduleEvent | id |
            | ScheduleEventCustomerProduct | id |
            | StockDocument | id |
            | StockDocumentLine | id |
            | ScheduleEventType | id |
            | TravelExpense | id |
            | Equipment | id |
            | Storehouse | id |
            | PriceList | id |
            | SettlementMode | id |
            | PaymentType | id |
            | MaintenanceContract | id |
            | MaintenanceContractCustomerProduct | id |
            | Incident | id |
            | GeographicSector | id |
            | StockItem | itemid |
            | PriceListCategory | id |
            | Unit | id |
            | Vat | id |
            | SupplierItem | id |
            | Civility | id |
            | ItemComponent | id |
            | ItemSubFamily | id |
            | CustomerSubFamily | id |
            | UnitType | id |
            | CustomerAssociatedFiles | id |
            | CustomerProductAssociatedFiles | id |
            | ItemAssociatedFiles | id |
            | MaintenanceContractAssociatedFiles | id |
            | PurchaseDocumentAssociatedFiles | id |
            | SaleDocumentAssociatedFiles | id |
            | ScheduleEventAssociatedFiles | id |
            | SupplierAssociatedFiles | id |
            | Shipping | id |
            | ThirdReference | id |
            | EcotaxCalculationBase | id |
            | EcotaxFurniture | id |
            | DocumentSerial | id |
            | CurrencyTable | id |
            | SaleDocumentLineTrackingDispatch | id |
            | ItemVatTerritoriality | id |
            | EbpSysGenericImportSettings | categoryId |
            | Country | isocode |
        accept_language (str | Unset):  Default: 'fr-FR'.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        TableDependencies
    """

    accept_language = client_default(client, "Accept-Language", accept_language, "fr-FR")
    kwargs = _get_kwargs(
        table_name=table_name,
        accept_language=accept_language,
    )
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: TableDependencies = success(
        response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS
    )
    return parsed
