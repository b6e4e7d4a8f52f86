from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.allowed_table import AllowedTable
from ...models.ebp_error import EbpError
from ...models.table_dependencies import TableDependencies
from ...types import (
    Response,
    Unset,
    json_loads,
)


def _get_kwargs(
    table_name: AllowedTable,
    *,
    accept_language: str | Unset = "fr-FR",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EbpError | TableDependencies | None:
    if response.status_code == 200:
        response_200 = TableDependencies.from_dict(json_loads(response.content))

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
) -> Response[EbpError | TableDependencies]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    table_name: AllowedTable,
    *,
    client: AuthenticatedClient | Client,
    accept_language: str | Unset = "fr-FR",
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
            | SaleSettlement | id |
        accept_language (str | Unset):  Default: 'fr-FR'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EbpError | TableDependencies]
    """

    kwargs = _get_kwargs(
        table_name=table_name,
        accept_language=accept_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    table_name: AllowedTable,
    *,
    client: AuthenticatedClient | Client,
    accept_language: str | Unset = "fr-FR",
) -> EbpError | TableDependencies | None:
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
            | SaleSettlement | id |
        accept_language (str | Unset):  Default: 'fr-FR'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EbpError | TableDependencies
    """

    return sync_detailed(
        table_name=table_name,
        client=client,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    table_name: AllowedTable,
    *,
    client: AuthenticatedClient | Client,
    accept_language: str | Unset = "fr-FR",
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
            | SaleSettlement | id |
        accept_language (str | Unset):  Default: 'fr-FR'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EbpError | TableDependencies]
    """

    kwargs = _get_kwargs(
        table_name=table_name,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    table_name: AllowedTable,
    *,
    client: AuthenticatedClient | Client,
    accept_language: str | Unset = "fr-FR",
) -> EbpError | TableDependencies | None:
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
            | SaleSettlement | id |
        accept_language (str | Unset):  Default: 'fr-FR'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EbpError | TableDependencies
    """

    return (
        await asyncio_detailed(
            table_name=table_name,
            client=client,
            accept_language=accept_language,
        )
    ).parsed
