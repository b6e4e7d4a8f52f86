import datetime
from collections.abc import AsyncIterator, Iterator
from typing import Any, cast
from urllib.parse import quote

import httpx
from comptoir.runtime import asend, check_arg, client_default, detailed, json_body, paging, send, success
from comptoir.runtime.paging import total_at
from comptoir.runtime.reading import (
    invalid,
)

from ... import API_NAME, models
from ...client import AsyncAuthenticatedClient, AsyncClient, AuthenticatedClient, Client
from ...models.allowed_table import AllowedTable
from ...models.ebp_error import EbpError
from ...models.query_result import QueryResult
from ...types import UNSET, Response, Unset, encode_query

OPERATION = "runGenericQuery"
_SUCCESS = frozenset([200])


def _get_kwargs(
    folder_id: str | Unset = UNSET,
    *,
    table_name: AllowedTable,
    columns: list[str] | Unset = UNSET,
    from_modified_date: datetime.datetime | Unset = UNSET,
    order_by_value: str | Unset = UNSET,
    where_condition: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    accept_language: str | Unset = UNSET,
) -> dict[str, Any]:
    folder_id = check_arg("runGenericQuery", "FolderId", folder_id, "str", required=True, path_segment=True)
    table_name = check_arg("runGenericQuery", "TableName", table_name, "enum", required=True, enum_cls=AllowedTable)
    columns = check_arg("runGenericQuery", "Columns", columns, "list", items="str")
    from_modified_date = check_arg("runGenericQuery", "FromModifiedDate", from_modified_date, "datetime")
    order_by_value = check_arg("runGenericQuery", "OrderByValue", order_by_value, "str")
    where_condition = check_arg("runGenericQuery", "WhereCondition", where_condition, "str")
    offset = check_arg("runGenericQuery", "Offset", offset, "int")
    limit = check_arg("runGenericQuery", "Limit", limit, "int", maximum=100)
    accept_language = check_arg("runGenericQuery", "Accept-Language", accept_language, "str")
    headers: dict[str, Any] = {"Accept": "application/json"}
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


def _parse_response(response: httpx.Response) -> EbpError | QueryResult | None:
    """The documented value of a documented status (success or error model); None for any other status."""
    if response.status_code == 200:
        document = json_body(response)
        if document is None:
            raise invalid("", None, "a JSON value other than null", document)
        return cast("QueryResult", QueryResult._read(document, "", None))

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
    folder_id: str | Unset = UNSET,
    *,
    client: AuthenticatedClient | Client,
    table_name: AllowedTable,
    columns: list[str] | Unset = UNSET,
    from_modified_date: datetime.datetime | Unset = UNSET,
    order_by_value: str | Unset = UNSET,
    where_condition: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    accept_language: str | Unset = UNSET,
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
            | SaleSettlement | id |
        columns (list[str] | Unset):
        from_modified_date (datetime.datetime | Unset):
        order_by_value (str | Unset):
        where_condition (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        accept_language (str | Unset):  Default: 'fr-FR'.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[EbpError | QueryResult]
    """

    folder_id = client_default(client, "FolderId", folder_id, UNSET)
    accept_language = client_default(client, "Accept-Language", accept_language, "fr-FR")
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
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


def sync(
    folder_id: str | Unset = UNSET,
    *,
    client: AuthenticatedClient | Client,
    table_name: AllowedTable,
    columns: list[str] | Unset = UNSET,
    from_modified_date: datetime.datetime | Unset = UNSET,
    order_by_value: str | Unset = UNSET,
    where_condition: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    accept_language: str | Unset = UNSET,
) -> QueryResult:
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
            | SaleSettlement | id |
        columns (list[str] | Unset):
        from_modified_date (datetime.datetime | Unset):
        order_by_value (str | Unset):
        where_condition (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        accept_language (str | Unset):  Default: 'fr-FR'.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        QueryResult
    """

    folder_id = client_default(client, "FolderId", folder_id, UNSET)
    accept_language = client_default(client, "Accept-Language", accept_language, "fr-FR")
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
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: QueryResult = success(response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS)
    return parsed


async def asyncio_detailed(
    folder_id: str | Unset = UNSET,
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    table_name: AllowedTable,
    columns: list[str] | Unset = UNSET,
    from_modified_date: datetime.datetime | Unset = UNSET,
    order_by_value: str | Unset = UNSET,
    where_condition: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    accept_language: str | Unset = UNSET,
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
            | SaleSettlement | id |
        columns (list[str] | Unset):
        from_modified_date (datetime.datetime | Unset):
        order_by_value (str | Unset):
        where_condition (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        accept_language (str | Unset):  Default: 'fr-FR'.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[EbpError | QueryResult]
    """

    folder_id = client_default(client, "FolderId", folder_id, UNSET)
    accept_language = client_default(client, "Accept-Language", accept_language, "fr-FR")
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
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


async def asyncio(
    folder_id: str | Unset = UNSET,
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    table_name: AllowedTable,
    columns: list[str] | Unset = UNSET,
    from_modified_date: datetime.datetime | Unset = UNSET,
    order_by_value: str | Unset = UNSET,
    where_condition: str | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
    accept_language: str | Unset = UNSET,
) -> QueryResult:
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
            | SaleSettlement | id |
        columns (list[str] | Unset):
        from_modified_date (datetime.datetime | Unset):
        order_by_value (str | Unset):
        where_condition (str | Unset):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):  Default: 100.
        accept_language (str | Unset):  Default: 'fr-FR'.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        QueryResult
    """

    folder_id = client_default(client, "FolderId", folder_id, UNSET)
    accept_language = client_default(client, "Accept-Language", accept_language, "fr-FR")
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
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: QueryResult = success(response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS)
    return parsed


MAXIMUM_PAGE_SIZE = 100


def _items(page: QueryResult) -> list[models.QueryRow]:
    items = page.results
    return items if isinstance(items, list) else []


def _total(page: QueryResult) -> int | None:
    return total_at(page, ("paging", "total"))


def pages(
    folder_id: str | Unset = UNSET,
    *,
    client: AuthenticatedClient | Client,
    table_name: AllowedTable,
    columns: list[str] | Unset = UNSET,
    from_modified_date: datetime.datetime | Unset = UNSET,
    order_by_value: str | Unset = UNSET,
    where_condition: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    start: int = 0,
    page_size: int | None = None,
) -> Iterator[QueryResult]:
    """Every page of ``runGenericQuery``, fetched lazily from offset ``start``, ``page_size`` items each.

    ``page_size`` defaults to the largest the API accepts (100); more is refused. Paging stops when
    the total is reached, or on an empty or short page; the next offset counts the items actually
    received, so nothing is repeated or skipped when the server returns fewer than asked.
    """

    def fetch(offset: int, limit: int) -> QueryResult:
        return sync(
            folder_id=folder_id,
            client=client,
            table_name=table_name,
            columns=columns,
            from_modified_date=from_modified_date,
            order_by_value=order_by_value,
            where_condition=where_condition,
            accept_language=accept_language,
            offset=offset,
            limit=limit,
        )

    return paging.pages(fetch, _items, _total, maximum=MAXIMUM_PAGE_SIZE, start=start, page_size=page_size)


def iterate(
    folder_id: str | Unset = UNSET,
    *,
    client: AuthenticatedClient | Client,
    table_name: AllowedTable,
    columns: list[str] | Unset = UNSET,
    from_modified_date: datetime.datetime | Unset = UNSET,
    order_by_value: str | Unset = UNSET,
    where_condition: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    start: int = 0,
    page_size: int | None = None,
) -> Iterator[models.QueryRow]:
    """Every item of ``runGenericQuery``, in order, each once, across as many pages as needed (see :func:`pages`)."""
    page_iterator = pages(
        folder_id=folder_id,
        client=client,
        table_name=table_name,
        columns=columns,
        from_modified_date=from_modified_date,
        order_by_value=order_by_value,
        where_condition=where_condition,
        accept_language=accept_language,
        start=start,
        page_size=page_size,
    )
    return (item for page in page_iterator for item in _items(page))


def aiterate(
    folder_id: str | Unset = UNSET,
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    table_name: AllowedTable,
    columns: list[str] | Unset = UNSET,
    from_modified_date: datetime.datetime | Unset = UNSET,
    order_by_value: str | Unset = UNSET,
    where_condition: str | Unset = UNSET,
    accept_language: str | Unset = UNSET,
    start: int = 0,
    page_size: int | None = None,
) -> AsyncIterator[models.QueryRow]:
    """:func:`iterate` for asyncio: ``async for item in aiterate(...)``."""

    async def fetch(offset: int, limit: int) -> QueryResult:
        return await asyncio(
            folder_id=folder_id,
            client=client,
            table_name=table_name,
            columns=columns,
            from_modified_date=from_modified_date,
            order_by_value=order_by_value,
            where_condition=where_condition,
            accept_language=accept_language,
            offset=offset,
            limit=limit,
        )

    return paging.aiterate(fetch, _items, _total, maximum=MAXIMUM_PAGE_SIZE, start=start, page_size=page_size)
