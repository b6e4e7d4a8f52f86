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
from ...models.query_item_result import QueryItemResult
from ...types import UNSET, Response, Unset, encode_query

OPERATION = "getGenericQueryRow"
_SUCCESS = frozenset([200])


def _get_kwargs(
    folder_id: str,
    id: str,
    *,
    table_name: AllowedTable,
    columns: list[str] | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> dict[str, Any]:
    folder_id = check_arg("getGenericQueryRow", "FolderId", folder_id, "str", required=True, path_segment=True)
    id = check_arg("getGenericQueryRow", "id", id, "str", required=True, path_segment=True)
    table_name = check_arg("getGenericQueryRow", "TableName", table_name, "enum", required=True, enum_cls=AllowedTable)
    columns = check_arg("getGenericQueryRow", "Columns", columns, "list", items="str")
    accept_language = check_arg("getGenericQueryRow", "Accept-Language", accept_language, "str")
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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/Folders/{folder_id}/GenericQuery/{id}".format(
            folder_id=quote(str(folder_id), safe=""),
            id=quote(str(id), safe=""),
        ),
        "extensions": {"openapi_security": [["bearerAuth", "subscriptionKey"]]},
    }

    query = encode_query(params)
    if query:
        _kwargs["url"] += "?" + query

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> EbpError | QueryItemResult | None:
    """The documented value of a documented status (success or error model); None for any other status."""
    if response.status_code == 200:
        document = json_body(response)
        if document is None:
            raise invalid("", None, "a JSON value other than null", document)
        return cast("QueryItemResult", QueryItemResult._read(document, "", None))

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
    folder_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    table_name: AllowedTable,
    columns: list[str] | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[EbpError | QueryItemResult]:
    """Obtenir le résultat d'une requête générique pour un identifiant de table spécifique

     Cette requête permet d’aller interroger une table de la base d’un dossier client parmi une liste de
    tables autorisées pour un id sur la clé primaire de la table.

    Args:
        folder_id (str):
        id (str):
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
        accept_language (str | Unset):  Default: 'fr-FR'.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[EbpError | QueryItemResult]
    """

    accept_language = client_default(client, "Accept-Language", accept_language, "fr-FR")
    kwargs = _get_kwargs(
        folder_id=folder_id,
        id=id,
        table_name=table_name,
        columns=columns,
        accept_language=accept_language,
    )
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


def sync(
    folder_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client,
    table_name: AllowedTable,
    columns: list[str] | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> QueryItemResult:
    """Obtenir le résultat d'une requête générique pour un identifiant de table spécifique

     Cette requête permet d’aller interroger une table de la base d’un dossier client parmi une liste de
    tables autorisées pour un id sur la clé primaire de la table.

    Args:
        folder_id (str):
        id (str):
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
        accept_language (str | Unset):  Default: 'fr-FR'.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        QueryItemResult
    """

    accept_language = client_default(client, "Accept-Language", accept_language, "fr-FR")
    kwargs = _get_kwargs(
        folder_id=folder_id,
        id=id,
        table_name=table_name,
        columns=columns,
        accept_language=accept_language,
    )
    response = send(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: QueryItemResult = success(response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS)
    return parsed


async def asyncio_detailed(
    folder_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    table_name: AllowedTable,
    columns: list[str] | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> Response[EbpError | QueryItemResult]:
    """Obtenir le résultat d'une requête générique pour un identifiant de table spécifique

     Cette requête permet d’aller interroger une table de la base d’un dossier client parmi une liste de
    tables autorisées pour un id sur la clé primaire de la table.

    Args:
        folder_id (str):
        id (str):
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
        accept_language (str | Unset):  Default: 'fr-FR'.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer whose body does not fit the spec.

    Returns:
        Response[EbpError | QueryItemResult]
    """

    accept_language = client_default(client, "Accept-Language", accept_language, "fr-FR")
    kwargs = _get_kwargs(
        folder_id=folder_id,
        id=id,
        table_name=table_name,
        columns=columns,
        accept_language=accept_language,
    )
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    return detailed(response, _parse_response, api=API_NAME, operation=OPERATION)


async def asyncio(
    folder_id: str,
    id: str,
    *,
    client: AuthenticatedClient | Client | AsyncAuthenticatedClient | AsyncClient,
    table_name: AllowedTable,
    columns: list[str] | Unset = UNSET,
    accept_language: str | Unset = UNSET,
) -> QueryItemResult:
    """Obtenir le résultat d'une requête générique pour un identifiant de table spécifique

     Cette requête permet d’aller interroger une table de la base d’un dossier client parmi une liste de
    tables autorisées pour un id sur la clé primaire de la table.

    Args:
        folder_id (str):
        id (str):
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
        accept_language (str | Unset):  Default: 'fr-FR'.

    Raises:
        comptoir.errors.InvalidArgument: An argument does not fit the spec (nothing was sent).
        comptoir.errors.APIStatusError: Any non-2xx answer (NotFoundError, RateLimitError…).
        comptoir.errors.APIConnectionError: No answer (APITimeoutError when it took too long).
        comptoir.errors.ResponseValidationError: A 2xx answer that is undocumented or does not fit the spec.

    Returns:
        QueryItemResult
    """

    accept_language = client_default(client, "Accept-Language", accept_language, "fr-FR")
    kwargs = _get_kwargs(
        folder_id=folder_id,
        id=id,
        table_name=table_name,
        columns=columns,
        accept_language=accept_language,
    )
    response = await asend(client, kwargs, api=API_NAME, operation=OPERATION)
    parsed: QueryItemResult = success(response, _parse_response, api=API_NAME, operation=OPERATION, documented=_SUCCESS)
    return parsed
