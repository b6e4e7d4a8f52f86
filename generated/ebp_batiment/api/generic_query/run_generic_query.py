import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.allowed_table import AllowedTable
from ...models.ebp_error import EbpError
from ...models.query_result import QueryResult
from ...types import (
    UNSET,
    Response,
    Unset,
    encode_query,
    json_loads,
)


def _get_kwargs(
    folder_id: str,
    *,
    table_name: AllowedTable,
    columns: list[str] | Unset = UNSET,
    from_modified_date: datetime.datetime | Unset = UNSET,
    order_by_value: str | Unset = UNSET,
    where_condition: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    accept_language: str | Unset = "fr-FR",
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(accept_language, Unset):
        headers["Accept-Language"] = accept_language

    params: dict[str, Any] = {}

    json_table_name = table_name.value
    params["TableName"] = json_table_name

    json_columns: list[str] | Unset = UNSET
    if not isinstance(columns, Unset):
        json_columns = columns

    params["Columns"] = json_columns

    json_from_modified_date: str | Unset = UNSET
    if not isinstance(from_modified_date, Unset):
        json_from_modified_date = from_modified_date.isoformat()
    params["FromModifiedDate"] = json_from_modified_date

    params["OrderByValue"] = order_by_value

    params["WhereCondition"] = where_condition

    params["Offset"] = offset

    params["Limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/Folders/{folder_id}/GenericQuery".format(
            folder_id=quote(str(folder_id), safe=""),
        ),
        "extensions": {"openapi_security": [["bearerAuth", "subscriptionKey"]]},
    }

    query = encode_query(params)
    if query:
        _kwargs["url"] += "?" + query

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EbpError | QueryResult | None:
    if response.status_code == 200:
        response_200 = QueryResult.from_dict(json_loads(response.content))

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
) -> Response[EbpError | QueryResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    folder_id: str,
    *,
    client: AuthenticatedClient | Client,
    table_name: AllowedTable,
    columns: list[str] | Unset = UNSET,
    from_modified_date: datetime.datetime | Unset = UNSET,
    order_by_value: str | Unset = UNSET,
    where_condition: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    accept_language: str | Unset = "fr-FR",
) -> Response[EbpError | QueryResult]:
    """Obtenir le résultat d'une requête générique

     Cette requête permet d’aller interroger une table de la base d’un dossier client parmi une liste de
    tables autorisées (Annexe 1, see `AllowedTable`). The rows' columns depend on `Columns`; columns of
    the table's dependencies (`GET /v1/Dependencies/{TableName}`) can be asked for with a prefix, e.g.
    TableName=Item with Columns Item.Caption, Unit.Caption, VolumeUnit.Caption (returned as Caption,
    Unit_Caption, VolumeUnit_Caption).

    Args:
        folder_id (str):
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
        columns (list[str] | Unset):
        from_modified_date (datetime.datetime | Unset):
        order_by_value (str | Unset):
        where_condition (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        accept_language (str | Unset):  Default: 'fr-FR'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EbpError | QueryResult]
    """

    kwargs = _get_kwargs(
        folder_id=folder_id,
        table_name=table_name,
        columns=columns,
        from_modified_date=from_modified_date,
        order_by_value=order_by_value,
        where_condition=where_condition,
        offset=offset,
        limit=limit,
        accept_language=accept_language,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    folder_id: str,
    *,
    client: AuthenticatedClient | Client,
    table_name: AllowedTable,
    columns: list[str] | Unset = UNSET,
    from_modified_date: datetime.datetime | Unset = UNSET,
    order_by_value: str | Unset = UNSET,
    where_condition: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    accept_language: str | Unset = "fr-FR",
) -> EbpError | QueryResult | None:
    """Obtenir le résultat d'une requête générique

     Cette requête permet d’aller interroger une table de la base d’un dossier client parmi une liste de
    tables autorisées (Annexe 1, see `AllowedTable`). The rows' columns depend on `Columns`; columns of
    the table's dependencies (`GET /v1/Dependencies/{TableName}`) can be asked for with a prefix, e.g.
    TableName=Item with Columns Item.Caption, Unit.Caption, VolumeUnit.Caption (returned as Caption,
    Unit_Caption, VolumeUnit_Caption).

    Args:
        folder_id (str):
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
        columns (list[str] | Unset):
        from_modified_date (datetime.datetime | Unset):
        order_by_value (str | Unset):
        where_condition (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        accept_language (str | Unset):  Default: 'fr-FR'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EbpError | QueryResult
    """

    return sync_detailed(
        folder_id=folder_id,
        client=client,
        table_name=table_name,
        columns=columns,
        from_modified_date=from_modified_date,
        order_by_value=order_by_value,
        where_condition=where_condition,
        offset=offset,
        limit=limit,
        accept_language=accept_language,
    ).parsed


async def asyncio_detailed(
    folder_id: str,
    *,
    client: AuthenticatedClient | Client,
    table_name: AllowedTable,
    columns: list[str] | Unset = UNSET,
    from_modified_date: datetime.datetime | Unset = UNSET,
    order_by_value: str | Unset = UNSET,
    where_condition: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    accept_language: str | Unset = "fr-FR",
) -> Response[EbpError | QueryResult]:
    """Obtenir le résultat d'une requête générique

     Cette requête permet d’aller interroger une table de la base d’un dossier client parmi une liste de
    tables autorisées (Annexe 1, see `AllowedTable`). The rows' columns depend on `Columns`; columns of
    the table's dependencies (`GET /v1/Dependencies/{TableName}`) can be asked for with a prefix, e.g.
    TableName=Item with Columns Item.Caption, Unit.Caption, VolumeUnit.Caption (returned as Caption,
    Unit_Caption, VolumeUnit_Caption).

    Args:
        folder_id (str):
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
        columns (list[str] | Unset):
        from_modified_date (datetime.datetime | Unset):
        order_by_value (str | Unset):
        where_condition (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        accept_language (str | Unset):  Default: 'fr-FR'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EbpError | QueryResult]
    """

    kwargs = _get_kwargs(
        folder_id=folder_id,
        table_name=table_name,
        columns=columns,
        from_modified_date=from_modified_date,
        order_by_value=order_by_value,
        where_condition=where_condition,
        offset=offset,
        limit=limit,
        accept_language=accept_language,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    folder_id: str,
    *,
    client: AuthenticatedClient | Client,
    table_name: AllowedTable,
    columns: list[str] | Unset = UNSET,
    from_modified_date: datetime.datetime | Unset = UNSET,
    order_by_value: str | Unset = UNSET,
    where_condition: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    accept_language: str | Unset = "fr-FR",
) -> EbpError | QueryResult | None:
    """Obtenir le résultat d'une requête générique

     Cette requête permet d’aller interroger une table de la base d’un dossier client parmi une liste de
    tables autorisées (Annexe 1, see `AllowedTable`). The rows' columns depend on `Columns`; columns of
    the table's dependencies (`GET /v1/Dependencies/{TableName}`) can be asked for with a prefix, e.g.
    TableName=Item with Columns Item.Caption, Unit.Caption, VolumeUnit.Caption (returned as Caption,
    Unit_Caption, VolumeUnit_Caption).

    Args:
        folder_id (str):
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
        columns (list[str] | Unset):
        from_modified_date (datetime.datetime | Unset):
        order_by_value (str | Unset):
        where_condition (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        accept_language (str | Unset):  Default: 'fr-FR'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EbpError | QueryResult
    """

    return (
        await asyncio_detailed(
            folder_id=folder_id,
            client=client,
            table_name=table_name,
            columns=columns,
            from_modified_date=from_modified_date,
            order_by_value=order_by_value,
            where_condition=where_condition,
            offset=offset,
            limit=limit,
            accept_language=accept_language,
        )
    ).parsed
