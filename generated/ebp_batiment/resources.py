"""Resource clients of ebp_batiment: ``BatimentClient`` (sync) and ``AsyncBatimentClient`` (async).

Each is a client of this API (usable as ``client=`` by every function of ``ebp_batiment.api``) with
one namespace per tag, whose methods are the operations (``client.<tag>.<operation>(...)``); each
method has a ``*_detailed`` form returning the whole ``Response``. Generated: do not edit.
"""

import datetime
from collections.abc import AsyncIterator, Iterator, Mapping

from attrs import define
from comptoir.clients import NOT_GIVEN, Namespace, NotGiven, TimeoutOption

from ebp_batiment import models
from ebp_batiment.models.allowed_table import AllowedTable
from ebp_batiment.models.client_list import ClientList
from ebp_batiment.models.custom_fields_schema import CustomFieldsSchema
from ebp_batiment.models.document_transfer_request import DocumentTransferRequest
from ebp_batiment.models.ebp_error import EbpError
from ebp_batiment.models.folder_list import FolderList
from ebp_batiment.models.query_item_result import QueryItemResult
from ebp_batiment.models.query_result import QueryResult
from ebp_batiment.models.table_dependencies import TableDependencies
from ebp_batiment.types import (
    UNSET,
    Response,
    Unset,
)

from .api.clients import list_clients as _clients_list_clients
from .api.clients import query_clients as _clients_query_clients
from .api.clients import query_clients_with_addresses as _clients_query_clients_with_addresses
from .api.custom_fields import get_custom_fields as _custom_fields_get_custom_fields
from .api.deals import query_deals as _deals_query_deals
from .api.deals import query_deals_with_colleagues as _deals_query_deals_with_colleagues
from .api.documents import query_purchase_documents as _documents_query_purchase_documents
from .api.documents import query_purchase_documents_with_lines as _documents_query_purchase_documents_with_lines
from .api.documents import query_sale_documents as _documents_query_sale_documents
from .api.documents import query_sale_documents_with_lines as _documents_query_sale_documents_with_lines
from .api.documents import transfer_document as _documents_transfer_document
from .api.folders import list_folders as _folders_list_folders
from .api.generic_query import get_generic_query_row as _generic_query_get_generic_query_row
from .api.generic_query import get_table_dependencies as _generic_query_get_table_dependencies
from .api.generic_query import run_generic_query as _generic_query_run_generic_query
from .api.items import query_items as _items_query_items
from .api.items import query_items_with_tracking_stock as _items_query_items_with_tracking_stock
from .client import AsyncAuthenticatedClient, AuthenticatedClient

__all__ = ["ASYNC_CLIENT_CLASS", "CLIENT_CLASS", "AsyncBatimentClient", "BatimentClient"]


class ClientsResource(Namespace[AuthenticatedClient]):
    """The ``clients`` operations."""

    def list_clients(
        self,
        folder_id: str | Unset = UNSET,
        *,
        type_client: str | Unset = UNSET,
        search_term: str | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 100,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> ClientList:
        """List clients.

        ``GET /v1/Folders/{FolderId}/Clients`` (operationId ``listClients``)

        Spec summary: Obtenir les clients (customer)

        Args:
            folder_id: Identifiant du dossier (the `id` of a folder returned by `GET /v1/Folders`). (`FolderId`, path)
            type_client: Permet de filtrer en fonction du type de client - (null pour les avoir tous). The doc lists no
                values; its example uses `client` (rows report the type as e.g. `CL`). (`TypeClient`, query)
            search_term: Permet de filtrer en fonction de la colonne "Id" ou de la colonne "Name". null par défaut.
                (`SearchTerm`, query)
            offset: Permet de définir le décalage, les "Offset" premiers résultats à ignorer - Format : int32. (FAQ
                : pour la 3e page de 25 éléments, Offset = 50.) (`Offset`, query)
            limit: Permet de définir le nombre d'éléments à afficher - Format : int32. 100 au maximum par page (FAQ
                : au-dessus, une erreur est renvoyée). (`Limit`, query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            ClientList

        """

        return _clients_list_clients.sync(
            folder_id=folder_id,
            type_client=type_client,
            search_term=search_term,
            offset=offset,
            limit=limit,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def list_clients_detailed(
        self,
        folder_id: str | Unset = UNSET,
        *,
        type_client: str | Unset = UNSET,
        search_term: str | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 100,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[ClientList | EbpError]:
        """List clients. Returns the whole ``Response``.

        ``GET /v1/Folders/{FolderId}/Clients`` (operationId ``listClients``)

        Spec summary: Obtenir les clients (customer)

        Args:
            folder_id: Identifiant du dossier (the `id` of a folder returned by `GET /v1/Folders`). (`FolderId`, path)
            type_client: Permet de filtrer en fonction du type de client - (null pour les avoir tous). The doc lists no
                values; its example uses `client` (rows report the type as e.g. `CL`). (`TypeClient`, query)
            search_term: Permet de filtrer en fonction de la colonne "Id" ou de la colonne "Name". null par défaut.
                (`SearchTerm`, query)
            offset: Permet de définir le décalage, les "Offset" premiers résultats à ignorer - Format : int32. (FAQ
                : pour la 3e page de 25 éléments, Offset = 50.) (`Offset`, query)
            limit: Permet de définir le nombre d'éléments à afficher - Format : int32. 100 au maximum par page (FAQ
                : au-dessus, une erreur est renvoyée). (`Limit`, query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[ClientList | EbpError]

        """

        return _clients_list_clients.sync_detailed(
            folder_id=folder_id,
            type_client=type_client,
            search_term=search_term,
            offset=offset,
            limit=limit,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def iterate_list_clients(
        self,
        folder_id: str | Unset = UNSET,
        *,
        type_client: str | Unset = UNSET,
        search_term: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> Iterator[models.ClientSummary]:
        """Every item of ``listClients``, in order, across pages (``GET /v1/Folders/{FolderId}/Clients``).

        ``start`` is the offset to resume from; ``page_size`` defaults to the largest the API accepts.
        """
        return _clients_list_clients.iterate(
            folder_id=folder_id,
            type_client=type_client,
            search_term=search_term,
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    def pages_list_clients(
        self,
        folder_id: str | Unset = UNSET,
        *,
        type_client: str | Unset = UNSET,
        search_term: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> Iterator[ClientList]:
        """Every page of ``listClients`` (``GET /v1/Folders/{FolderId}/Clients``), fetched lazily."""
        return _clients_list_clients.pages(
            folder_id=folder_id,
            type_client=type_client,
            search_term=search_term,
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    def query_clients(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        from_modified_date: datetime.datetime | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 100,
        customer_type: str | Unset = UNSET,
        customer_active_state: list[str] | Unset = UNSET,
        family_id_not_in: list[str] | Unset = UNSET,
        family_id_in: list[str] | Unset = UNSET,
        family_id_value_null: bool | Unset = False,
        sub_family_id_not_in: list[str] | Unset = UNSET,
        sub_family_id_in: list[str] | Unset = UNSET,
        sub_family_id_value_null: bool | Unset = False,
        where_condition: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> QueryResult:
        """Query clients.

        ``GET /v1/Folders/{FolderId}/Clients/ExtendedQuery`` (operationId ``queryClients``)

        Spec summary: Obtenir les clients filtrés

        Args:
            folder_id: Identifiant du dossier (the `id` of a folder returned by `GET /v1/Folders`). (`FolderId`, path)
            columns: Permet de définir les colonnes de la table "Customer" pour l'obtention des résultats (null =
                toutes). (`Columns`, query)
            from_modified_date: Permet de filtrer les résultats modifiés après cette date - Format : date-time (as date-time in
                RFC3339). null par défaut. (`FromModifiedDate`, query)
            order_by_value: Permet de définir une colonne pour trier les résultats - Obligatoire pour la pagination. Par
                défaut : en fonction de la table (`id`, see Annexe 1). (`OrderByValue`, query)
            offset: Permet de définir le décalage, les "Offset" premiers résultats à ignorer - Format : int32. (FAQ
                : pour la 3e page de 25 éléments, Offset = 50.) (`Offset`, query)
            limit: Permet de définir le nombre d'éléments à afficher - Format : int32. 100 au maximum par page (FAQ
                : au-dessus, une erreur est renvoyée). (`Limit`, query)
            customer_type: Permet de filtrer en fonction du type de client - (null pour les avoir tous). The doc lists no
                values; the example reuses the value of the Clients example (`TypeClient`). (`CustomerType`,
                query)
            customer_active_state: Permet de filtrer les clients avec les statuts définis (liste ; null par défaut). The doc lists
                no values; the example is illustrative only. (`CustomerActiveState`, query)
            family_id_not_in: Permet de filtrer les résultats non liés à la liste des familles. ex : 'FA1', 'FA2'. null par
                défaut. Values containing `%` are LIKE patterns (NOT LIKE). (`FamilyIdNotIN`, query)
            family_id_in: Permet de filtrer les résultats liés à la liste des familles. ex : 'FA1', 'FA2'. null par
                défaut. Values containing `%` are LIKE patterns. (`FamilyIdIN`, query)
            family_id_value_null: Permet de filtrer les résultats sans famille (true : les résultats sans famille sont inclus, `OR
                FamilyId is Null`). (`FamilyIdValueNull`, query)
            sub_family_id_not_in: Permet de filtrer les résultats non liés à la liste des sous familles. ex : 'SFA1', 'SFA2'.
                Values containing `%` are LIKE patterns (NOT LIKE). (`SubFamilyIdNotIN`, query)
            sub_family_id_in: Permet de filtrer les résultats liés à la liste des sous familles. ex : 'SFA1', 'SFA2'. Values
                containing `%` are LIKE patterns. (`SubFamilyIdIN`, query)
            sub_family_id_value_null: Permet de filtrer les résultats sans sous familles (true : les résultats sans sous famille sont
                inclus, `OR SubFamilyId is Null`). (`SubFamilyIdValueNull`, query)
            where_condition: Permet de filtrer les résultats en insérant un filtre générique (une clause WHERE ajoutée à la
                commande SQL). The value is a YAML tree in the format of the doc's "Annexe 2 - Filtre
                personnalisé", sent URL-encoded in the query string (the HTTP client does the URL-encoding;
                build the tree with `comptoir.ebp.where`). Two node types: - `ImbricationFilter` => `(left
                operator right)`: `left` and `right` are ImbricationFilter or CustomFilter nodes, `operator` is
                `Or` or `And`. - `CustomFilter` => a condition: `column` (nom de la colonne), `operator` (`In`,
                `NotIn`, `Like`, `Equal`, `Different`, `Lower`, `LowerOrEqual`, `Upper`, `UpperOrEqual`,
                `IsNull`, `IsNotNull`, `Between`), `valueType` (type des valeurs : `String`, `Int`, `Decimal`,
                `Date`, `Column` pour un nom de colonne), `value` (liste des valeurs). Examples (decoded YAML)
                and the SQL they produce: - CustomFilter sysModifiedDate Equal Date '2021-07-12 13:43:32.000' =>
                `Where sysModifiedDate = '2021-07-12 13:43:32.000'` - CustomFilter
                UseInvoicingAddressAsDeliveryAddress Between Int [1, 5] => `Where
                UseInvoicingAddressAsDeliveryAddress Between 1 And 5` - ImbricationFilter (Id Equal 'ANIM0001')
                or (Id Equal 'BUZZ0001') => `Where (Id = 'ANIM0001' Or Id = 'BUZZ0001')` (`WhereCondition`,
                query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            QueryResult

        """

        return _clients_query_clients.sync(
            folder_id=folder_id,
            columns=columns,
            from_modified_date=from_modified_date,
            order_by_value=order_by_value,
            offset=offset,
            limit=limit,
            customer_type=customer_type,
            customer_active_state=customer_active_state,
            family_id_not_in=family_id_not_in,
            family_id_in=family_id_in,
            family_id_value_null=family_id_value_null,
            sub_family_id_not_in=sub_family_id_not_in,
            sub_family_id_in=sub_family_id_in,
            sub_family_id_value_null=sub_family_id_value_null,
            where_condition=where_condition,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def query_clients_detailed(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        from_modified_date: datetime.datetime | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 100,
        customer_type: str | Unset = UNSET,
        customer_active_state: list[str] | Unset = UNSET,
        family_id_not_in: list[str] | Unset = UNSET,
        family_id_in: list[str] | Unset = UNSET,
        family_id_value_null: bool | Unset = False,
        sub_family_id_not_in: list[str] | Unset = UNSET,
        sub_family_id_in: list[str] | Unset = UNSET,
        sub_family_id_value_null: bool | Unset = False,
        where_condition: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | QueryResult]:
        """Query clients. Returns the whole ``Response``.

        ``GET /v1/Folders/{FolderId}/Clients/ExtendedQuery`` (operationId ``queryClients``)

        Spec summary: Obtenir les clients filtrés

        Args:
            folder_id: Identifiant du dossier (the `id` of a folder returned by `GET /v1/Folders`). (`FolderId`, path)
            columns: Permet de définir les colonnes de la table "Customer" pour l'obtention des résultats (null =
                toutes). (`Columns`, query)
            from_modified_date: Permet de filtrer les résultats modifiés après cette date - Format : date-time (as date-time in
                RFC3339). null par défaut. (`FromModifiedDate`, query)
            order_by_value: Permet de définir une colonne pour trier les résultats - Obligatoire pour la pagination. Par
                défaut : en fonction de la table (`id`, see Annexe 1). (`OrderByValue`, query)
            offset: Permet de définir le décalage, les "Offset" premiers résultats à ignorer - Format : int32. (FAQ
                : pour la 3e page de 25 éléments, Offset = 50.) (`Offset`, query)
            limit: Permet de définir le nombre d'éléments à afficher - Format : int32. 100 au maximum par page (FAQ
                : au-dessus, une erreur est renvoyée). (`Limit`, query)
            customer_type: Permet de filtrer en fonction du type de client - (null pour les avoir tous). The doc lists no
                values; the example reuses the value of the Clients example (`TypeClient`). (`CustomerType`,
                query)
            customer_active_state: Permet de filtrer les clients avec les statuts définis (liste ; null par défaut). The doc lists
                no values; the example is illustrative only. (`CustomerActiveState`, query)
            family_id_not_in: Permet de filtrer les résultats non liés à la liste des familles. ex : 'FA1', 'FA2'. null par
                défaut. Values containing `%` are LIKE patterns (NOT LIKE). (`FamilyIdNotIN`, query)
            family_id_in: Permet de filtrer les résultats liés à la liste des familles. ex : 'FA1', 'FA2'. null par
                défaut. Values containing `%` are LIKE patterns. (`FamilyIdIN`, query)
            family_id_value_null: Permet de filtrer les résultats sans famille (true : les résultats sans famille sont inclus, `OR
                FamilyId is Null`). (`FamilyIdValueNull`, query)
            sub_family_id_not_in: Permet de filtrer les résultats non liés à la liste des sous familles. ex : 'SFA1', 'SFA2'.
                Values containing `%` are LIKE patterns (NOT LIKE). (`SubFamilyIdNotIN`, query)
            sub_family_id_in: Permet de filtrer les résultats liés à la liste des sous familles. ex : 'SFA1', 'SFA2'. Values
                containing `%` are LIKE patterns. (`SubFamilyIdIN`, query)
            sub_family_id_value_null: Permet de filtrer les résultats sans sous familles (true : les résultats sans sous famille sont
                inclus, `OR SubFamilyId is Null`). (`SubFamilyIdValueNull`, query)
            where_condition: Permet de filtrer les résultats en insérant un filtre générique (une clause WHERE ajoutée à la
                commande SQL). The value is a YAML tree in the format of the doc's "Annexe 2 - Filtre
                personnalisé", sent URL-encoded in the query string (the HTTP client does the URL-encoding;
                build the tree with `comptoir.ebp.where`). Two node types: - `ImbricationFilter` => `(left
                operator right)`: `left` and `right` are ImbricationFilter or CustomFilter nodes, `operator` is
                `Or` or `And`. - `CustomFilter` => a condition: `column` (nom de la colonne), `operator` (`In`,
                `NotIn`, `Like`, `Equal`, `Different`, `Lower`, `LowerOrEqual`, `Upper`, `UpperOrEqual`,
                `IsNull`, `IsNotNull`, `Between`), `valueType` (type des valeurs : `String`, `Int`, `Decimal`,
                `Date`, `Column` pour un nom de colonne), `value` (liste des valeurs). Examples (decoded YAML)
                and the SQL they produce: - CustomFilter sysModifiedDate Equal Date '2021-07-12 13:43:32.000' =>
                `Where sysModifiedDate = '2021-07-12 13:43:32.000'` - CustomFilter
                UseInvoicingAddressAsDeliveryAddress Between Int [1, 5] => `Where
                UseInvoicingAddressAsDeliveryAddress Between 1 And 5` - ImbricationFilter (Id Equal 'ANIM0001')
                or (Id Equal 'BUZZ0001') => `Where (Id = 'ANIM0001' Or Id = 'BUZZ0001')` (`WhereCondition`,
                query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | QueryResult]

        """

        return _clients_query_clients.sync_detailed(
            folder_id=folder_id,
            columns=columns,
            from_modified_date=from_modified_date,
            order_by_value=order_by_value,
            offset=offset,
            limit=limit,
            customer_type=customer_type,
            customer_active_state=customer_active_state,
            family_id_not_in=family_id_not_in,
            family_id_in=family_id_in,
            family_id_value_null=family_id_value_null,
            sub_family_id_not_in=sub_family_id_not_in,
            sub_family_id_in=sub_family_id_in,
            sub_family_id_value_null=sub_family_id_value_null,
            where_condition=where_condition,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def iterate_query_clients(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        from_modified_date: datetime.datetime | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        customer_type: str | Unset = UNSET,
        customer_active_state: list[str] | Unset = UNSET,
        family_id_not_in: list[str] | Unset = UNSET,
        family_id_in: list[str] | Unset = UNSET,
        family_id_value_null: bool | Unset = False,
        sub_family_id_not_in: list[str] | Unset = UNSET,
        sub_family_id_in: list[str] | Unset = UNSET,
        sub_family_id_value_null: bool | Unset = False,
        where_condition: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> Iterator[models.QueryRow]:
        """Every item of ``queryClients``, in order, across pages (``GET /v1/Folders/{FolderId}/Clients/ExtendedQuery``).

        ``start`` is the offset to resume from; ``page_size`` defaults to the largest the API accepts.
        """
        return _clients_query_clients.iterate(
            folder_id=folder_id,
            columns=columns,
            from_modified_date=from_modified_date,
            order_by_value=order_by_value,
            customer_type=customer_type,
            customer_active_state=customer_active_state,
            family_id_not_in=family_id_not_in,
            family_id_in=family_id_in,
            family_id_value_null=family_id_value_null,
            sub_family_id_not_in=sub_family_id_not_in,
            sub_family_id_in=sub_family_id_in,
            sub_family_id_value_null=sub_family_id_value_null,
            where_condition=where_condition,
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    def pages_query_clients(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        from_modified_date: datetime.datetime | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        customer_type: str | Unset = UNSET,
        customer_active_state: list[str] | Unset = UNSET,
        family_id_not_in: list[str] | Unset = UNSET,
        family_id_in: list[str] | Unset = UNSET,
        family_id_value_null: bool | Unset = False,
        sub_family_id_not_in: list[str] | Unset = UNSET,
        sub_family_id_in: list[str] | Unset = UNSET,
        sub_family_id_value_null: bool | Unset = False,
        where_condition: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> Iterator[QueryResult]:
        """Every page of ``queryClients`` (``GET /v1/Folders/{FolderId}/Clients/ExtendedQuery``), fetched lazily."""
        return _clients_query_clients.pages(
            folder_id=folder_id,
            columns=columns,
            from_modified_date=from_modified_date,
            order_by_value=order_by_value,
            customer_type=customer_type,
            customer_active_state=customer_active_state,
            family_id_not_in=family_id_not_in,
            family_id_in=family_id_in,
            family_id_value_null=family_id_value_null,
            sub_family_id_not_in=sub_family_id_not_in,
            sub_family_id_in=sub_family_id_in,
            sub_family_id_value_null=sub_family_id_value_null,
            where_condition=where_condition,
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    def query_clients_with_addresses(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        from_modified_date: datetime.datetime | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 100,
        customer_type: str | Unset = UNSET,
        customer_active_state: list[str] | Unset = UNSET,
        family_id_not_in: list[str] | Unset = UNSET,
        family_id_in: list[str] | Unset = UNSET,
        family_id_value_null: bool | Unset = False,
        sub_family_id_not_in: list[str] | Unset = UNSET,
        sub_family_id_in: list[str] | Unset = UNSET,
        sub_family_id_value_null: bool | Unset = False,
        where_condition: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> QueryResult:
        """Query clients with addresses.

        ``GET /v1/Folders/{FolderId}/Clients/ExtendedQuery/WithAddress`` (operationId ``queryClientsWithAddresses``)

        Spec summary: Obtenir les clients filtrés et leurs adresses

        Args:
            folder_id: Identifiant du dossier (the `id` of a folder returned by `GET /v1/Folders`). (`FolderId`, path)
            columns: Permet de définir les colonnes de la table "Customer" pour l'obtention des résultats (null =
                toutes). (`Columns`, query)
            from_modified_date: Permet de filtrer les résultats modifiés après cette date - Format : date-time (as date-time in
                RFC3339). null par défaut. (`FromModifiedDate`, query)
            order_by_value: Permet de définir une colonne pour trier les résultats - Obligatoire pour la pagination. Par
                défaut : en fonction de la table (`id`, see Annexe 1). (`OrderByValue`, query)
            offset: Permet de définir le décalage, les "Offset" premiers résultats à ignorer - Format : int32. (FAQ
                : pour la 3e page de 25 éléments, Offset = 50.) (`Offset`, query)
            limit: Permet de définir le nombre d'éléments à afficher - Format : int32. 100 au maximum par page (FAQ
                : au-dessus, une erreur est renvoyée). (`Limit`, query)
            customer_type: Permet de filtrer en fonction du type de client - (null pour les avoir tous). The doc lists no
                values; the example reuses the value of the Clients example (`TypeClient`). (`CustomerType`,
                query)
            customer_active_state: Permet de filtrer les clients avec les statuts définis (liste ; null par défaut). The doc lists
                no values; the example is illustrative only. (`CustomerActiveState`, query)
            family_id_not_in: Permet de filtrer les résultats non liés à la liste des familles. ex : 'FA1', 'FA2'. null par
                défaut. Values containing `%` are LIKE patterns (NOT LIKE). (`FamilyIdNotIN`, query)
            family_id_in: Permet de filtrer les résultats liés à la liste des familles. ex : 'FA1', 'FA2'. null par
                défaut. Values containing `%` are LIKE patterns. (`FamilyIdIN`, query)
            family_id_value_null: Permet de filtrer les résultats sans famille (true : les résultats sans famille sont inclus, `OR
                FamilyId is Null`). (`FamilyIdValueNull`, query)
            sub_family_id_not_in: Permet de filtrer les résultats non liés à la liste des sous familles. ex : 'SFA1', 'SFA2'.
                Values containing `%` are LIKE patterns (NOT LIKE). (`SubFamilyIdNotIN`, query)
            sub_family_id_in: Permet de filtrer les résultats liés à la liste des sous familles. ex : 'SFA1', 'SFA2'. Values
                containing `%` are LIKE patterns. (`SubFamilyIdIN`, query)
            sub_family_id_value_null: Permet de filtrer les résultats sans sous familles (true : les résultats sans sous famille sont
                inclus, `OR SubFamilyId is Null`). (`SubFamilyIdValueNull`, query)
            where_condition: Permet de filtrer les résultats en insérant un filtre générique (une clause WHERE ajoutée à la
                commande SQL). The value is a YAML tree in the format of the doc's "Annexe 2 - Filtre
                personnalisé", sent URL-encoded in the query string (the HTTP client does the URL-encoding;
                build the tree with `comptoir.ebp.where`). Two node types: - `ImbricationFilter` => `(left
                operator right)`: `left` and `right` are ImbricationFilter or CustomFilter nodes, `operator` is
                `Or` or `And`. - `CustomFilter` => a condition: `column` (nom de la colonne), `operator` (`In`,
                `NotIn`, `Like`, `Equal`, `Different`, `Lower`, `LowerOrEqual`, `Upper`, `UpperOrEqual`,
                `IsNull`, `IsNotNull`, `Between`), `valueType` (type des valeurs : `String`, `Int`, `Decimal`,
                `Date`, `Column` pour un nom de colonne), `value` (liste des valeurs). Examples (decoded YAML)
                and the SQL they produce: - CustomFilter sysModifiedDate Equal Date '2021-07-12 13:43:32.000' =>
                `Where sysModifiedDate = '2021-07-12 13:43:32.000'` - CustomFilter
                UseInvoicingAddressAsDeliveryAddress Between Int [1, 5] => `Where
                UseInvoicingAddressAsDeliveryAddress Between 1 And 5` - ImbricationFilter (Id Equal 'ANIM0001')
                or (Id Equal 'BUZZ0001') => `Where (Id = 'ANIM0001' Or Id = 'BUZZ0001')` (`WhereCondition`,
                query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            QueryResult

        """

        return _clients_query_clients_with_addresses.sync(
            folder_id=folder_id,
            columns=columns,
            from_modified_date=from_modified_date,
            order_by_value=order_by_value,
            offset=offset,
            limit=limit,
            customer_type=customer_type,
            customer_active_state=customer_active_state,
            family_id_not_in=family_id_not_in,
            family_id_in=family_id_in,
            family_id_value_null=family_id_value_null,
            sub_family_id_not_in=sub_family_id_not_in,
            sub_family_id_in=sub_family_id_in,
            sub_family_id_value_null=sub_family_id_value_null,
            where_condition=where_condition,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def query_clients_with_addresses_detailed(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        from_modified_date: datetime.datetime | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 100,
        customer_type: str | Unset = UNSET,
        customer_active_state: list[str] | Unset = UNSET,
        family_id_not_in: list[str] | Unset = UNSET,
        family_id_in: list[str] | Unset = UNSET,
        family_id_value_null: bool | Unset = False,
        sub_family_id_not_in: list[str] | Unset = UNSET,
        sub_family_id_in: list[str] | Unset = UNSET,
        sub_family_id_value_null: bool | Unset = False,
        where_condition: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | QueryResult]:
        """Query clients with addresses. Returns the whole ``Response``.

        ``GET /v1/Folders/{FolderId}/Clients/ExtendedQuery/WithAddress`` (operationId ``queryClientsWithAddresses``)

        Spec summary: Obtenir les clients filtrés et leurs adresses

        Args:
            folder_id: Identifiant du dossier (the `id` of a folder returned by `GET /v1/Folders`). (`FolderId`, path)
            columns: Permet de définir les colonnes de la table "Customer" pour l'obtention des résultats (null =
                toutes). (`Columns`, query)
            from_modified_date: Permet de filtrer les résultats modifiés après cette date - Format : date-time (as date-time in
                RFC3339). null par défaut. (`FromModifiedDate`, query)
            order_by_value: Permet de définir une colonne pour trier les résultats - Obligatoire pour la pagination. Par
                défaut : en fonction de la table (`id`, see Annexe 1). (`OrderByValue`, query)
            offset: Permet de définir le décalage, les "Offset" premiers résultats à ignorer - Format : int32. (FAQ
                : pour la 3e page de 25 éléments, Offset = 50.) (`Offset`, query)
            limit: Permet de définir le nombre d'éléments à afficher - Format : int32. 100 au maximum par page (FAQ
                : au-dessus, une erreur est renvoyée). (`Limit`, query)
            customer_type: Permet de filtrer en fonction du type de client - (null pour les avoir tous). The doc lists no
                values; the example reuses the value of the Clients example (`TypeClient`). (`CustomerType`,
                query)
            customer_active_state: Permet de filtrer les clients avec les statuts définis (liste ; null par défaut). The doc lists
                no values; the example is illustrative only. (`CustomerActiveState`, query)
            family_id_not_in: Permet de filtrer les résultats non liés à la liste des familles. ex : 'FA1', 'FA2'. null par
                défaut. Values containing `%` are LIKE patterns (NOT LIKE). (`FamilyIdNotIN`, query)
            family_id_in: Permet de filtrer les résultats liés à la liste des familles. ex : 'FA1', 'FA2'. null par
                défaut. Values containing `%` are LIKE patterns. (`FamilyIdIN`, query)
            family_id_value_null: Permet de filtrer les résultats sans famille (true : les résultats sans famille sont inclus, `OR
                FamilyId is Null`). (`FamilyIdValueNull`, query)
            sub_family_id_not_in: Permet de filtrer les résultats non liés à la liste des sous familles. ex : 'SFA1', 'SFA2'.
                Values containing `%` are LIKE patterns (NOT LIKE). (`SubFamilyIdNotIN`, query)
            sub_family_id_in: Permet de filtrer les résultats liés à la liste des sous familles. ex : 'SFA1', 'SFA2'. Values
                containing `%` are LIKE patterns. (`SubFamilyIdIN`, query)
            sub_family_id_value_null: Permet de filtrer les résultats sans sous familles (true : les résultats sans sous famille sont
                inclus, `OR SubFamilyId is Null`). (`SubFamilyIdValueNull`, query)
            where_condition: Permet de filtrer les résultats en insérant un filtre générique (une clause WHERE ajoutée à la
                commande SQL). The value is a YAML tree in the format of the doc's "Annexe 2 - Filtre
                personnalisé", sent URL-encoded in the query string (the HTTP client does the URL-encoding;
                build the tree with `comptoir.ebp.where`). Two node types: - `ImbricationFilter` => `(left
                operator right)`: `left` and `right` are ImbricationFilter or CustomFilter nodes, `operator` is
                `Or` or `And`. - `CustomFilter` => a condition: `column` (nom de la colonne), `operator` (`In`,
                `NotIn`, `Like`, `Equal`, `Different`, `Lower`, `LowerOrEqual`, `Upper`, `UpperOrEqual`,
                `IsNull`, `IsNotNull`, `Between`), `valueType` (type des valeurs : `String`, `Int`, `Decimal`,
                `Date`, `Column` pour un nom de colonne), `value` (liste des valeurs). Examples (decoded YAML)
                and the SQL they produce: - CustomFilter sysModifiedDate Equal Date '2021-07-12 13:43:32.000' =>
                `Where sysModifiedDate = '2021-07-12 13:43:32.000'` - CustomFilter
                UseInvoicingAddressAsDeliveryAddress Between Int [1, 5] => `Where
                UseInvoicingAddressAsDeliveryAddress Between 1 And 5` - ImbricationFilter (Id Equal 'ANIM0001')
                or (Id Equal 'BUZZ0001') => `Where (Id = 'ANIM0001' Or Id = 'BUZZ0001')` (`WhereCondition`,
                query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | QueryResult]

        """

        return _clients_query_clients_with_addresses.sync_detailed(
            folder_id=folder_id,
            columns=columns,
            from_modified_date=from_modified_date,
            order_by_value=order_by_value,
            offset=offset,
            limit=limit,
            customer_type=customer_type,
            customer_active_state=customer_active_state,
            family_id_not_in=family_id_not_in,
            family_id_in=family_id_in,
            family_id_value_null=family_id_value_null,
            sub_family_id_not_in=sub_family_id_not_in,
            sub_family_id_in=sub_family_id_in,
            sub_family_id_value_null=sub_family_id_value_null,
            where_condition=where_condition,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def iterate_query_clients_with_addresses(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        from_modified_date: datetime.datetime | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        customer_type: str | Unset = UNSET,
        customer_active_state: list[str] | Unset = UNSET,
        family_id_not_in: list[str] | Unset = UNSET,
        family_id_in: list[str] | Unset = UNSET,
        family_id_value_null: bool | Unset = False,
        sub_family_id_not_in: list[str] | Unset = UNSET,
        sub_family_id_in: list[str] | Unset = UNSET,
        sub_family_id_value_null: bool | Unset = False,
        where_condition: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> Iterator[models.QueryRow]:
        """Every item of ``queryClientsWithAddresses``, in order, across pages (``GET /v1/Folders/{FolderId}/Clients/ExtendedQuery/WithAddress``).

        ``start`` is the offset to resume from; ``page_size`` defaults to the largest the API accepts.
        """
        return _clients_query_clients_with_addresses.iterate(
            folder_id=folder_id,
            columns=columns,
            from_modified_date=from_modified_date,
            order_by_value=order_by_value,
            customer_type=customer_type,
            customer_active_state=customer_active_state,
            family_id_not_in=family_id_not_in,
            family_id_in=family_id_in,
            family_id_value_null=family_id_value_null,
            sub_family_id_not_in=sub_family_id_not_in,
            sub_family_id_in=sub_family_id_in,
            sub_family_id_value_null=sub_family_id_value_null,
            where_condition=where_condition,
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    def pages_query_clients_with_addresses(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        from_modified_date: datetime.datetime | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        customer_type: str | Unset = UNSET,
        customer_active_state: list[str] | Unset = UNSET,
        family_id_not_in: list[str] | Unset = UNSET,
        family_id_in: list[str] | Unset = UNSET,
        family_id_value_null: bool | Unset = False,
        sub_family_id_not_in: list[str] | Unset = UNSET,
        sub_family_id_in: list[str] | Unset = UNSET,
        sub_family_id_value_null: bool | Unset = False,
        where_condition: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> Iterator[QueryResult]:
        """Every page of ``queryClientsWithAddresses`` (``GET /v1/Folders/{FolderId}/Clients/ExtendedQuery/WithAddress``), fetched lazily."""
        return _clients_query_clients_with_addresses.pages(
            folder_id=folder_id,
            columns=columns,
            from_modified_date=from_modified_date,
            order_by_value=order_by_value,
            customer_type=customer_type,
            customer_active_state=customer_active_state,
            family_id_not_in=family_id_not_in,
            family_id_in=family_id_in,
            family_id_value_null=family_id_value_null,
            sub_family_id_not_in=sub_family_id_not_in,
            sub_family_id_in=sub_family_id_in,
            sub_family_id_value_null=sub_family_id_value_null,
            where_condition=where_condition,
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    list = list_clients
    list_detailed = list_clients_detailed
    query = query_clients
    query_detailed = query_clients_detailed


class CustomFieldsResource(Namespace[AuthenticatedClient]):
    """The ``custom_fields`` operations."""

    def get_custom_fields(
        self,
        folder_id: str | Unset = UNSET,
        *,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> CustomFieldsSchema:
        """Get custom fields.

        ``GET /v1/Folders/{FolderId}/CustomFields`` (operationId ``getCustomFields``)

        Spec summary: Obtenir les champs personnalisés

        Args:
            folder_id: Identifiant du dossier (the `id` of a folder returned by `GET /v1/Folders`). (`FolderId`, path)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            CustomFieldsSchema

        """

        return _custom_fields_get_custom_fields.sync(
            folder_id=folder_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_custom_fields_detailed(
        self,
        folder_id: str | Unset = UNSET,
        *,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[CustomFieldsSchema | EbpError]:
        """Get custom fields. Returns the whole ``Response``.

        ``GET /v1/Folders/{FolderId}/CustomFields`` (operationId ``getCustomFields``)

        Spec summary: Obtenir les champs personnalisés

        Args:
            folder_id: Identifiant du dossier (the `id` of a folder returned by `GET /v1/Folders`). (`FolderId`, path)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[CustomFieldsSchema | EbpError]

        """

        return _custom_fields_get_custom_fields.sync_detailed(
            folder_id=folder_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    get = get_custom_fields
    get_detailed = get_custom_fields_detailed


class DealsResource(Namespace[AuthenticatedClient]):
    """The ``deals`` operations."""

    def query_deals(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        deal_state_excluded: list[str] | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 100,
        to_date: datetime.datetime | Unset = UNSET,
        duration: int = 0,
        where_condition: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> QueryResult:
        """Query deals.

        ``GET /v1/Folders/{FolderId}/Deals/DealsExtendedQuery`` (operationId ``queryDeals``)

        Spec summary: Obtenir les affaires filtrées (Deal)

        Args:
            folder_id: Identifiant du dossier (the `id` of a folder returned by `GET /v1/Folders`). (`FolderId`, path)
            columns: Permet de définir les colonnes de la table "Deal" pour l'obtention des résultats (null =
                toutes). Example columns taken from the doc's filter examples. (`Columns`, query)
            deal_state_excluded: Permet de filtrer les affaires qui ne sont pas dans les statuts définis (liste de noms d'états).
                The doc gives only `Finished` (DealState 4) and `Canceled` (DealState 5): "Finished","Canceled"
                => `WHERE (DealState NOT IN (4,5))`. (`DealStateExcluded`, query)
            order_by_value: Permet de trier la requête avec cette valeur par ordre ascendant. Par défaut : en fonction de la
                table (`id`). (`OrderByValue`, query)
            offset: Permet de définir le décalage, les "Offset" premiers résultats à ignorer - Format : int32. (FAQ
                : pour la 3e page de 25 éléments, Offset = 50.) (`Offset`, query)
            limit: Permet de définir le nombre d'éléments à afficher - Format : int32. 100 au maximum par page (FAQ
                : au-dessus, une erreur est renvoyée). (`Limit`, query)
            to_date: Permet de filtrer en renseignant une date de fin, par défaut date du jour (Now) - Format : date-
                time (as date-time in RFC3339). (`ToDate`, query)
            duration: Permet de filtrer les affaires entre "ToDate" et la date de création de l'affaire, inférieur à
                "Duration" jour(s) - Format : int32. Obligatoire (the doc also gives a default of 0).
                (`Duration`, query)
            where_condition: Permet de filtrer les résultats en insérant un filtre générique (une clause WHERE ajoutée à la
                commande SQL). The value is a YAML tree in the format of the doc's "Annexe 2 - Filtre
                personnalisé", sent URL-encoded in the query string (the HTTP client does the URL-encoding;
                build the tree with `comptoir.ebp.where`). Two node types: - `ImbricationFilter` => `(left
                operator right)`: `left` and `right` are ImbricationFilter or CustomFilter nodes, `operator` is
                `Or` or `And`. - `CustomFilter` => a condition: `column` (nom de la colonne), `operator` (`In`,
                `NotIn`, `Like`, `Equal`, `Different`, `Lower`, `LowerOrEqual`, `Upper`, `UpperOrEqual`,
                `IsNull`, `IsNotNull`, `Between`), `valueType` (type des valeurs : `String`, `Int`, `Decimal`,
                `Date`, `Column` pour un nom de colonne), `value` (liste des valeurs). Examples (decoded YAML)
                and the SQL they produce: - CustomFilter sysModifiedDate Equal Date '2021-07-12 13:43:32.000' =>
                `Where sysModifiedDate = '2021-07-12 13:43:32.000'` - CustomFilter
                UseInvoicingAddressAsDeliveryAddress Between Int [1, 5] => `Where
                UseInvoicingAddressAsDeliveryAddress Between 1 And 5` - ImbricationFilter (Id Equal 'ANIM0001')
                or (Id Equal 'BUZZ0001') => `Where (Id = 'ANIM0001' Or Id = 'BUZZ0001')` (`WhereCondition`,
                query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            QueryResult

        """

        return _deals_query_deals.sync(
            folder_id=folder_id,
            columns=columns,
            deal_state_excluded=deal_state_excluded,
            order_by_value=order_by_value,
            offset=offset,
            limit=limit,
            to_date=to_date,
            duration=duration,
            where_condition=where_condition,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def query_deals_detailed(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        deal_state_excluded: list[str] | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 100,
        to_date: datetime.datetime | Unset = UNSET,
        duration: int = 0,
        where_condition: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | QueryResult]:
        """Query deals. Returns the whole ``Response``.

        ``GET /v1/Folders/{FolderId}/Deals/DealsExtendedQuery`` (operationId ``queryDeals``)

        Spec summary: Obtenir les affaires filtrées (Deal)

        Args:
            folder_id: Identifiant du dossier (the `id` of a folder returned by `GET /v1/Folders`). (`FolderId`, path)
            columns: Permet de définir les colonnes de la table "Deal" pour l'obtention des résultats (null =
                toutes). Example columns taken from the doc's filter examples. (`Columns`, query)
            deal_state_excluded: Permet de filtrer les affaires qui ne sont pas dans les statuts définis (liste de noms d'états).
                The doc gives only `Finished` (DealState 4) and `Canceled` (DealState 5): "Finished","Canceled"
                => `WHERE (DealState NOT IN (4,5))`. (`DealStateExcluded`, query)
            order_by_value: Permet de trier la requête avec cette valeur par ordre ascendant. Par défaut : en fonction de la
                table (`id`). (`OrderByValue`, query)
            offset: Permet de définir le décalage, les "Offset" premiers résultats à ignorer - Format : int32. (FAQ
                : pour la 3e page de 25 éléments, Offset = 50.) (`Offset`, query)
            limit: Permet de définir le nombre d'éléments à afficher - Format : int32. 100 au maximum par page (FAQ
                : au-dessus, une erreur est renvoyée). (`Limit`, query)
            to_date: Permet de filtrer en renseignant une date de fin, par défaut date du jour (Now) - Format : date-
                time (as date-time in RFC3339). (`ToDate`, query)
            duration: Permet de filtrer les affaires entre "ToDate" et la date de création de l'affaire, inférieur à
                "Duration" jour(s) - Format : int32. Obligatoire (the doc also gives a default of 0).
                (`Duration`, query)
            where_condition: Permet de filtrer les résultats en insérant un filtre générique (une clause WHERE ajoutée à la
                commande SQL). The value is a YAML tree in the format of the doc's "Annexe 2 - Filtre
                personnalisé", sent URL-encoded in the query string (the HTTP client does the URL-encoding;
                build the tree with `comptoir.ebp.where`). Two node types: - `ImbricationFilter` => `(left
                operator right)`: `left` and `right` are ImbricationFilter or CustomFilter nodes, `operator` is
                `Or` or `And`. - `CustomFilter` => a condition: `column` (nom de la colonne), `operator` (`In`,
                `NotIn`, `Like`, `Equal`, `Different`, `Lower`, `LowerOrEqual`, `Upper`, `UpperOrEqual`,
                `IsNull`, `IsNotNull`, `Between`), `valueType` (type des valeurs : `String`, `Int`, `Decimal`,
                `Date`, `Column` pour un nom de colonne), `value` (liste des valeurs). Examples (decoded YAML)
                and the SQL they produce: - CustomFilter sysModifiedDate Equal Date '2021-07-12 13:43:32.000' =>
                `Where sysModifiedDate = '2021-07-12 13:43:32.000'` - CustomFilter
                UseInvoicingAddressAsDeliveryAddress Between Int [1, 5] => `Where
                UseInvoicingAddressAsDeliveryAddress Between 1 And 5` - ImbricationFilter (Id Equal 'ANIM0001')
                or (Id Equal 'BUZZ0001') => `Where (Id = 'ANIM0001' Or Id = 'BUZZ0001')` (`WhereCondition`,
                query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | QueryResult]

        """

        return _deals_query_deals.sync_detailed(
            folder_id=folder_id,
            columns=columns,
            deal_state_excluded=deal_state_excluded,
            order_by_value=order_by_value,
            offset=offset,
            limit=limit,
            to_date=to_date,
            duration=duration,
            where_condition=where_condition,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def iterate_query_deals(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        deal_state_excluded: list[str] | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        to_date: datetime.datetime | Unset = UNSET,
        duration: int = 0,
        where_condition: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> Iterator[models.QueryRow]:
        """Every item of ``queryDeals``, in order, across pages (``GET /v1/Folders/{FolderId}/Deals/DealsExtendedQuery``).

        ``start`` is the offset to resume from; ``page_size`` defaults to the largest the API accepts.
        """
        return _deals_query_deals.iterate(
            folder_id=folder_id,
            columns=columns,
            deal_state_excluded=deal_state_excluded,
            order_by_value=order_by_value,
            to_date=to_date,
            duration=duration,
            where_condition=where_condition,
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    def pages_query_deals(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        deal_state_excluded: list[str] | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        to_date: datetime.datetime | Unset = UNSET,
        duration: int = 0,
        where_condition: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> Iterator[QueryResult]:
        """Every page of ``queryDeals`` (``GET /v1/Folders/{FolderId}/Deals/DealsExtendedQuery``), fetched lazily."""
        return _deals_query_deals.pages(
            folder_id=folder_id,
            columns=columns,
            deal_state_excluded=deal_state_excluded,
            order_by_value=order_by_value,
            to_date=to_date,
            duration=duration,
            where_condition=where_condition,
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    def query_deals_with_colleagues(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        deal_state_excluded: list[str] | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 100,
        to_date: datetime.datetime | Unset = UNSET,
        duration: int = 0,
        where_condition: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> QueryResult:
        """Query deals with colleagues.

        ``GET /v1/Folders/{FolderId}/Deals/DealsExtendedQuery/WithColleagues`` (operationId ``queryDealsWithColleagues``)

        Spec summary: Obtenir les affaires filtrées et leurs partenaires / intervenants (Deal)

        Args:
            folder_id: Identifiant du dossier (the `id` of a folder returned by `GET /v1/Folders`). (`FolderId`, path)
            columns: Permet de définir les colonnes de la table "Deal" pour l'obtention des résultats (null =
                toutes). Example columns taken from the doc's filter examples. (`Columns`, query)
            deal_state_excluded: Permet de filtrer les affaires qui ne sont pas dans les statuts définis (liste de noms d'états).
                The doc gives only `Finished` (DealState 4) and `Canceled` (DealState 5): "Finished","Canceled"
                => `WHERE (DealState NOT IN (4,5))`. (`DealStateExcluded`, query)
            order_by_value: Permet de trier la requête avec cette valeur par ordre ascendant. Par défaut : en fonction de la
                table (`id`). (`OrderByValue`, query)
            offset: Permet de définir le décalage, les "Offset" premiers résultats à ignorer - Format : int32. (FAQ
                : pour la 3e page de 25 éléments, Offset = 50.) (`Offset`, query)
            limit: Permet de définir le nombre d'éléments à afficher - Format : int32. 100 au maximum par page (FAQ
                : au-dessus, une erreur est renvoyée). (`Limit`, query)
            to_date: Permet de filtrer en renseignant une date de fin, par défaut date du jour (Now) - Format : date-
                time (as date-time in RFC3339). (`ToDate`, query)
            duration: Permet de filtrer les affaires entre "ToDate" et la date de création de l'affaire, inférieur à
                "Duration" jour(s) - Format : int32. Obligatoire (the doc also gives a default of 0).
                (`Duration`, query)
            where_condition: Permet de filtrer les résultats en insérant un filtre générique (une clause WHERE ajoutée à la
                commande SQL). The value is a YAML tree in the format of the doc's "Annexe 2 - Filtre
                personnalisé", sent URL-encoded in the query string (the HTTP client does the URL-encoding;
                build the tree with `comptoir.ebp.where`). Two node types: - `ImbricationFilter` => `(left
                operator right)`: `left` and `right` are ImbricationFilter or CustomFilter nodes, `operator` is
                `Or` or `And`. - `CustomFilter` => a condition: `column` (nom de la colonne), `operator` (`In`,
                `NotIn`, `Like`, `Equal`, `Different`, `Lower`, `LowerOrEqual`, `Upper`, `UpperOrEqual`,
                `IsNull`, `IsNotNull`, `Between`), `valueType` (type des valeurs : `String`, `Int`, `Decimal`,
                `Date`, `Column` pour un nom de colonne), `value` (liste des valeurs). Examples (decoded YAML)
                and the SQL they produce: - CustomFilter sysModifiedDate Equal Date '2021-07-12 13:43:32.000' =>
                `Where sysModifiedDate = '2021-07-12 13:43:32.000'` - CustomFilter
                UseInvoicingAddressAsDeliveryAddress Between Int [1, 5] => `Where
                UseInvoicingAddressAsDeliveryAddress Between 1 And 5` - ImbricationFilter (Id Equal 'ANIM0001')
                or (Id Equal 'BUZZ0001') => `Where (Id = 'ANIM0001' Or Id = 'BUZZ0001')` (`WhereCondition`,
                query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            QueryResult

        """

        return _deals_query_deals_with_colleagues.sync(
            folder_id=folder_id,
            columns=columns,
            deal_state_excluded=deal_state_excluded,
            order_by_value=order_by_value,
            offset=offset,
            limit=limit,
            to_date=to_date,
            duration=duration,
            where_condition=where_condition,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def query_deals_with_colleagues_detailed(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        deal_state_excluded: list[str] | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 100,
        to_date: datetime.datetime | Unset = UNSET,
        duration: int = 0,
        where_condition: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | QueryResult]:
        """Query deals with colleagues. Returns the whole ``Response``.

        ``GET /v1/Folders/{FolderId}/Deals/DealsExtendedQuery/WithColleagues`` (operationId ``queryDealsWithColleagues``)

        Spec summary: Obtenir les affaires filtrées et leurs partenaires / intervenants (Deal)

        Args:
            folder_id: Identifiant du dossier (the `id` of a folder returned by `GET /v1/Folders`). (`FolderId`, path)
            columns: Permet de définir les colonnes de la table "Deal" pour l'obtention des résultats (null =
                toutes). Example columns taken from the doc's filter examples. (`Columns`, query)
            deal_state_excluded: Permet de filtrer les affaires qui ne sont pas dans les statuts définis (liste de noms d'états).
                The doc gives only `Finished` (DealState 4) and `Canceled` (DealState 5): "Finished","Canceled"
                => `WHERE (DealState NOT IN (4,5))`. (`DealStateExcluded`, query)
            order_by_value: Permet de trier la requête avec cette valeur par ordre ascendant. Par défaut : en fonction de la
                table (`id`). (`OrderByValue`, query)
            offset: Permet de définir le décalage, les "Offset" premiers résultats à ignorer - Format : int32. (FAQ
                : pour la 3e page de 25 éléments, Offset = 50.) (`Offset`, query)
            limit: Permet de définir le nombre d'éléments à afficher - Format : int32. 100 au maximum par page (FAQ
                : au-dessus, une erreur est renvoyée). (`Limit`, query)
            to_date: Permet de filtrer en renseignant une date de fin, par défaut date du jour (Now) - Format : date-
                time (as date-time in RFC3339). (`ToDate`, query)
            duration: Permet de filtrer les affaires entre "ToDate" et la date de création de l'affaire, inférieur à
                "Duration" jour(s) - Format : int32. Obligatoire (the doc also gives a default of 0).
                (`Duration`, query)
            where_condition: Permet de filtrer les résultats en insérant un filtre générique (une clause WHERE ajoutée à la
                commande SQL). The value is a YAML tree in the format of the doc's "Annexe 2 - Filtre
                personnalisé", sent URL-encoded in the query string (the HTTP client does the URL-encoding;
                build the tree with `comptoir.ebp.where`). Two node types: - `ImbricationFilter` => `(left
                operator right)`: `left` and `right` are ImbricationFilter or CustomFilter nodes, `operator` is
                `Or` or `And`. - `CustomFilter` => a condition: `column` (nom de la colonne), `operator` (`In`,
                `NotIn`, `Like`, `Equal`, `Different`, `Lower`, `LowerOrEqual`, `Upper`, `UpperOrEqual`,
                `IsNull`, `IsNotNull`, `Between`), `valueType` (type des valeurs : `String`, `Int`, `Decimal`,
                `Date`, `Column` pour un nom de colonne), `value` (liste des valeurs). Examples (decoded YAML)
                and the SQL they produce: - CustomFilter sysModifiedDate Equal Date '2021-07-12 13:43:32.000' =>
                `Where sysModifiedDate = '2021-07-12 13:43:32.000'` - CustomFilter
                UseInvoicingAddressAsDeliveryAddress Between Int [1, 5] => `Where
                UseInvoicingAddressAsDeliveryAddress Between 1 And 5` - ImbricationFilter (Id Equal 'ANIM0001')
                or (Id Equal 'BUZZ0001') => `Where (Id = 'ANIM0001' Or Id = 'BUZZ0001')` (`WhereCondition`,
                query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | QueryResult]

        """

        return _deals_query_deals_with_colleagues.sync_detailed(
            folder_id=folder_id,
            columns=columns,
            deal_state_excluded=deal_state_excluded,
            order_by_value=order_by_value,
            offset=offset,
            limit=limit,
            to_date=to_date,
            duration=duration,
            where_condition=where_condition,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def iterate_query_deals_with_colleagues(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        deal_state_excluded: list[str] | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        to_date: datetime.datetime | Unset = UNSET,
        duration: int = 0,
        where_condition: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> Iterator[models.QueryRow]:
        """Every item of ``queryDealsWithColleagues``, in order, across pages (``GET /v1/Folders/{FolderId}/Deals/DealsExtendedQuery/WithColleagues``).

        ``start`` is the offset to resume from; ``page_size`` defaults to the largest the API accepts.
        """
        return _deals_query_deals_with_colleagues.iterate(
            folder_id=folder_id,
            columns=columns,
            deal_state_excluded=deal_state_excluded,
            order_by_value=order_by_value,
            to_date=to_date,
            duration=duration,
            where_condition=where_condition,
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    def pages_query_deals_with_colleagues(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        deal_state_excluded: list[str] | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        to_date: datetime.datetime | Unset = UNSET,
        duration: int = 0,
        where_condition: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> Iterator[QueryResult]:
        """Every page of ``queryDealsWithColleagues`` (``GET /v1/Folders/{FolderId}/Deals/DealsExtendedQuery/WithColleagues``), fetched lazily."""
        return _deals_query_deals_with_colleagues.pages(
            folder_id=folder_id,
            columns=columns,
            deal_state_excluded=deal_state_excluded,
            order_by_value=order_by_value,
            to_date=to_date,
            duration=duration,
            where_condition=where_condition,
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    query = query_deals
    query_detailed = query_deals_detailed


class DocumentsResource(Namespace[AuthenticatedClient]):
    """The ``documents`` operations."""

    def query_sale_documents(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        sys_modified_date: datetime.datetime | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 100,
        to_date: datetime.datetime | Unset = UNSET,
        duration: int,
        where_condition: str | Unset = UNSET,
        document_type: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> QueryResult:
        """Query sale documents.

        ``GET /v1/Folders/{FolderId}/Documents/SaleDocument`` (operationId ``querySaleDocuments``)

        Spec summary: Obtenir les documents de ventes filtrés (SaleDocument)

        Args:
            folder_id: Identifiant du dossier (the `id` of a folder returned by `GET /v1/Folders`). (`FolderId`, path)
            columns: Permet de définir les colonnes de la table "SaleDocument" pour l'obtention des résultats (null =
                toutes). Example columns taken from the doc's filter examples. (`Columns`, query)
            sys_modified_date: Permet de filtrer les résultats modifiés après cette date - Format : date-time (as date-time in
                RFC3339). null par défaut. Ex. "2020-11-08" => `WHERE <Table>.sysModifiedDate >
                '2020-11-08T00:00:00'`. (`SysModifiedDate`, query)
            order_by_value: Permet de définir une colonne pour trier les résultats - Obligatoire pour la pagination. Par
                défaut : en fonction de la table (`id`, see Annexe 1). (`OrderByValue`, query)
            offset: Permet de définir le décalage, les "Offset" premiers résultats à ignorer - Format : int32. (FAQ
                : pour la 3e page de 25 éléments, Offset = 50.) (`Offset`, query)
            limit: Permet de définir le nombre d'éléments à afficher - Format : int32. 100 au maximum par page (FAQ
                : au-dessus, une erreur est renvoyée). (`Limit`, query)
            to_date: Permet de filtrer en renseignant une date de fin, par défaut date du jour (Now) - Format : date-
                time (as date-time in RFC3339). (`ToDate`, query)
            duration: Permet de filtrer les documents entre "ToDate" et la date de création du document, inférieur à
                "Duration" jour(s) - Format : int32. (`Duration`, query)
            where_condition: Permet de filtrer les résultats en insérant un filtre générique (une clause WHERE ajoutée à la
                commande SQL). The value is a YAML tree in the format of the doc's "Annexe 2 - Filtre
                personnalisé", sent URL-encoded in the query string (the HTTP client does the URL-encoding;
                build the tree with `comptoir.ebp.where`). Two node types: - `ImbricationFilter` => `(left
                operator right)`: `left` and `right` are ImbricationFilter or CustomFilter nodes, `operator` is
                `Or` or `And`. - `CustomFilter` => a condition: `column` (nom de la colonne), `operator` (`In`,
                `NotIn`, `Like`, `Equal`, `Different`, `Lower`, `LowerOrEqual`, `Upper`, `UpperOrEqual`,
                `IsNull`, `IsNotNull`, `Between`), `valueType` (type des valeurs : `String`, `Int`, `Decimal`,
                `Date`, `Column` pour un nom de colonne), `value` (liste des valeurs). Examples (decoded YAML)
                and the SQL they produce: - CustomFilter sysModifiedDate Equal Date '2021-07-12 13:43:32.000' =>
                `Where sysModifiedDate = '2021-07-12 13:43:32.000'` - CustomFilter
                UseInvoicingAddressAsDeliveryAddress Between Int [1, 5] => `Where
                UseInvoicingAddressAsDeliveryAddress Between 1 And 5` - ImbricationFilter (Id Equal 'ANIM0001')
                or (Id Equal 'BUZZ0001') => `Where (Id = 'ANIM0001' Or Id = 'BUZZ0001')` (`WhereCondition`,
                query)
            document_type: Permet de filtrer en fonction du type de document - (null pour les avoir tous). The doc lists no
                values; the example is illustrative only. (`DocumentType`, query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            QueryResult

        """

        return _documents_query_sale_documents.sync(
            folder_id=folder_id,
            columns=columns,
            sys_modified_date=sys_modified_date,
            order_by_value=order_by_value,
            offset=offset,
            limit=limit,
            to_date=to_date,
            duration=duration,
            where_condition=where_condition,
            document_type=document_type,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def query_sale_documents_detailed(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        sys_modified_date: datetime.datetime | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 100,
        to_date: datetime.datetime | Unset = UNSET,
        duration: int,
        where_condition: str | Unset = UNSET,
        document_type: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | QueryResult]:
        """Query sale documents. Returns the whole ``Response``.

        ``GET /v1/Folders/{FolderId}/Documents/SaleDocument`` (operationId ``querySaleDocuments``)

        Spec summary: Obtenir les documents de ventes filtrés (SaleDocument)

        Args:
            folder_id: Identifiant du dossier (the `id` of a folder returned by `GET /v1/Folders`). (`FolderId`, path)
            columns: Permet de définir les colonnes de la table "SaleDocument" pour l'obtention des résultats (null =
                toutes). Example columns taken from the doc's filter examples. (`Columns`, query)
            sys_modified_date: Permet de filtrer les résultats modifiés après cette date - Format : date-time (as date-time in
                RFC3339). null par défaut. Ex. "2020-11-08" => `WHERE <Table>.sysModifiedDate >
                '2020-11-08T00:00:00'`. (`SysModifiedDate`, query)
            order_by_value: Permet de définir une colonne pour trier les résultats - Obligatoire pour la pagination. Par
                défaut : en fonction de la table (`id`, see Annexe 1). (`OrderByValue`, query)
            offset: Permet de définir le décalage, les "Offset" premiers résultats à ignorer - Format : int32. (FAQ
                : pour la 3e page de 25 éléments, Offset = 50.) (`Offset`, query)
            limit: Permet de définir le nombre d'éléments à afficher - Format : int32. 100 au maximum par page (FAQ
                : au-dessus, une erreur est renvoyée). (`Limit`, query)
            to_date: Permet de filtrer en renseignant une date de fin, par défaut date du jour (Now) - Format : date-
                time (as date-time in RFC3339). (`ToDate`, query)
            duration: Permet de filtrer les documents entre "ToDate" et la date de création du document, inférieur à
                "Duration" jour(s) - Format : int32. (`Duration`, query)
            where_condition: Permet de filtrer les résultats en insérant un filtre générique (une clause WHERE ajoutée à la
                commande SQL). The value is a YAML tree in the format of the doc's "Annexe 2 - Filtre
                personnalisé", sent URL-encoded in the query string (the HTTP client does the URL-encoding;
                build the tree with `comptoir.ebp.where`). Two node types: - `ImbricationFilter` => `(left
                operator right)`: `left` and `right` are ImbricationFilter or CustomFilter nodes, `operator` is
                `Or` or `And`. - `CustomFilter` => a condition: `column` (nom de la colonne), `operator` (`In`,
                `NotIn`, `Like`, `Equal`, `Different`, `Lower`, `LowerOrEqual`, `Upper`, `UpperOrEqual`,
                `IsNull`, `IsNotNull`, `Between`), `valueType` (type des valeurs : `String`, `Int`, `Decimal`,
                `Date`, `Column` pour un nom de colonne), `value` (liste des valeurs). Examples (decoded YAML)
                and the SQL they produce: - CustomFilter sysModifiedDate Equal Date '2021-07-12 13:43:32.000' =>
                `Where sysModifiedDate = '2021-07-12 13:43:32.000'` - CustomFilter
                UseInvoicingAddressAsDeliveryAddress Between Int [1, 5] => `Where
                UseInvoicingAddressAsDeliveryAddress Between 1 And 5` - ImbricationFilter (Id Equal 'ANIM0001')
                or (Id Equal 'BUZZ0001') => `Where (Id = 'ANIM0001' Or Id = 'BUZZ0001')` (`WhereCondition`,
                query)
            document_type: Permet de filtrer en fonction du type de document - (null pour les avoir tous). The doc lists no
                values; the example is illustrative only. (`DocumentType`, query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | QueryResult]

        """

        return _documents_query_sale_documents.sync_detailed(
            folder_id=folder_id,
            columns=columns,
            sys_modified_date=sys_modified_date,
            order_by_value=order_by_value,
            offset=offset,
            limit=limit,
            to_date=to_date,
            duration=duration,
            where_condition=where_condition,
            document_type=document_type,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def iterate_query_sale_documents(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        sys_modified_date: datetime.datetime | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        to_date: datetime.datetime | Unset = UNSET,
        duration: int,
        where_condition: str | Unset = UNSET,
        document_type: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> Iterator[models.QueryRow]:
        """Every item of ``querySaleDocuments``, in order, across pages (``GET /v1/Folders/{FolderId}/Documents/SaleDocument``).

        ``start`` is the offset to resume from; ``page_size`` defaults to the largest the API accepts.
        """
        return _documents_query_sale_documents.iterate(
            folder_id=folder_id,
            columns=columns,
            sys_modified_date=sys_modified_date,
            order_by_value=order_by_value,
            to_date=to_date,
            duration=duration,
            where_condition=where_condition,
            document_type=document_type,
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    def pages_query_sale_documents(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        sys_modified_date: datetime.datetime | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        to_date: datetime.datetime | Unset = UNSET,
        duration: int,
        where_condition: str | Unset = UNSET,
        document_type: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> Iterator[QueryResult]:
        """Every page of ``querySaleDocuments`` (``GET /v1/Folders/{FolderId}/Documents/SaleDocument``), fetched lazily."""
        return _documents_query_sale_documents.pages(
            folder_id=folder_id,
            columns=columns,
            sys_modified_date=sys_modified_date,
            order_by_value=order_by_value,
            to_date=to_date,
            duration=duration,
            where_condition=where_condition,
            document_type=document_type,
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    def query_sale_documents_with_lines(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        sys_modified_date: datetime.datetime | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 100,
        to_date: datetime.datetime | Unset = UNSET,
        duration: int,
        where_condition: str | Unset = UNSET,
        document_type: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> QueryResult:
        """Query sale documents with lines.

        ``GET /v1/Folders/{FolderId}/Documents/SaleDocument/WithLines`` (operationId ``querySaleDocumentsWithLines``)

        Spec summary: Obtenir les documents de ventes filtrés et leurs lignes

        Args:
            folder_id: Identifiant du dossier (the `id` of a folder returned by `GET /v1/Folders`). (`FolderId`, path)
            columns: Permet de définir les colonnes de la table "SaleDocument" pour l'obtention des résultats (null =
                toutes). Example columns taken from the doc's filter examples. (`Columns`, query)
            sys_modified_date: Permet de filtrer les résultats modifiés après cette date - Format : date-time (as date-time in
                RFC3339). null par défaut. Ex. "2020-11-08" => `WHERE <Table>.sysModifiedDate >
                '2020-11-08T00:00:00'`. (`SysModifiedDate`, query)
            order_by_value: Permet de définir une colonne pour trier les résultats - Obligatoire pour la pagination. Par
                défaut : en fonction de la table (`id`, see Annexe 1). (`OrderByValue`, query)
            offset: Permet de définir le décalage, les "Offset" premiers résultats à ignorer - Format : int32. (FAQ
                : pour la 3e page de 25 éléments, Offset = 50.) (`Offset`, query)
            limit: Permet de définir le nombre d'éléments à afficher - Format : int32. 100 au maximum par page (FAQ
                : au-dessus, une erreur est renvoyée). (`Limit`, query)
            to_date: Permet de filtrer en renseignant une date de fin, par défaut date du jour (Now) - Format : date-
                time (as date-time in RFC3339). (`ToDate`, query)
            duration: Permet de filtrer les documents entre "ToDate" et la date de création du document, inférieur à
                "Duration" jour(s) - Format : int32. (`Duration`, query)
            where_condition: Permet de filtrer les résultats en insérant un filtre générique (une clause WHERE ajoutée à la
                commande SQL). The value is a YAML tree in the format of the doc's "Annexe 2 - Filtre
                personnalisé", sent URL-encoded in the query string (the HTTP client does the URL-encoding;
                build the tree with `comptoir.ebp.where`). Two node types: - `ImbricationFilter` => `(left
                operator right)`: `left` and `right` are ImbricationFilter or CustomFilter nodes, `operator` is
                `Or` or `And`. - `CustomFilter` => a condition: `column` (nom de la colonne), `operator` (`In`,
                `NotIn`, `Like`, `Equal`, `Different`, `Lower`, `LowerOrEqual`, `Upper`, `UpperOrEqual`,
                `IsNull`, `IsNotNull`, `Between`), `valueType` (type des valeurs : `String`, `Int`, `Decimal`,
                `Date`, `Column` pour un nom de colonne), `value` (liste des valeurs). Examples (decoded YAML)
                and the SQL they produce: - CustomFilter sysModifiedDate Equal Date '2021-07-12 13:43:32.000' =>
                `Where sysModifiedDate = '2021-07-12 13:43:32.000'` - CustomFilter
                UseInvoicingAddressAsDeliveryAddress Between Int [1, 5] => `Where
                UseInvoicingAddressAsDeliveryAddress Between 1 And 5` - ImbricationFilter (Id Equal 'ANIM0001')
                or (Id Equal 'BUZZ0001') => `Where (Id = 'ANIM0001' Or Id = 'BUZZ0001')` (`WhereCondition`,
                query)
            document_type: Permet de filtrer en fonction du type de document - (null pour les avoir tous). The doc lists no
                values; the example is illustrative only. (`DocumentType`, query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            QueryResult

        """

        return _documents_query_sale_documents_with_lines.sync(
            folder_id=folder_id,
            columns=columns,
            sys_modified_date=sys_modified_date,
            order_by_value=order_by_value,
            offset=offset,
            limit=limit,
            to_date=to_date,
            duration=duration,
            where_condition=where_condition,
            document_type=document_type,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def query_sale_documents_with_lines_detailed(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        sys_modified_date: datetime.datetime | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 100,
        to_date: datetime.datetime | Unset = UNSET,
        duration: int,
        where_condition: str | Unset = UNSET,
        document_type: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | QueryResult]:
        """Query sale documents with lines. Returns the whole ``Response``.

        ``GET /v1/Folders/{FolderId}/Documents/SaleDocument/WithLines`` (operationId ``querySaleDocumentsWithLines``)

        Spec summary: Obtenir les documents de ventes filtrés et leurs lignes

        Args:
            folder_id: Identifiant du dossier (the `id` of a folder returned by `GET /v1/Folders`). (`FolderId`, path)
            columns: Permet de définir les colonnes de la table "SaleDocument" pour l'obtention des résultats (null =
                toutes). Example columns taken from the doc's filter examples. (`Columns`, query)
            sys_modified_date: Permet de filtrer les résultats modifiés après cette date - Format : date-time (as date-time in
                RFC3339). null par défaut. Ex. "2020-11-08" => `WHERE <Table>.sysModifiedDate >
                '2020-11-08T00:00:00'`. (`SysModifiedDate`, query)
            order_by_value: Permet de définir une colonne pour trier les résultats - Obligatoire pour la pagination. Par
                défaut : en fonction de la table (`id`, see Annexe 1). (`OrderByValue`, query)
            offset: Permet de définir le décalage, les "Offset" premiers résultats à ignorer - Format : int32. (FAQ
                : pour la 3e page de 25 éléments, Offset = 50.) (`Offset`, query)
            limit: Permet de définir le nombre d'éléments à afficher - Format : int32. 100 au maximum par page (FAQ
                : au-dessus, une erreur est renvoyée). (`Limit`, query)
            to_date: Permet de filtrer en renseignant une date de fin, par défaut date du jour (Now) - Format : date-
                time (as date-time in RFC3339). (`ToDate`, query)
            duration: Permet de filtrer les documents entre "ToDate" et la date de création du document, inférieur à
                "Duration" jour(s) - Format : int32. (`Duration`, query)
            where_condition: Permet de filtrer les résultats en insérant un filtre générique (une clause WHERE ajoutée à la
                commande SQL). The value is a YAML tree in the format of the doc's "Annexe 2 - Filtre
                personnalisé", sent URL-encoded in the query string (the HTTP client does the URL-encoding;
                build the tree with `comptoir.ebp.where`). Two node types: - `ImbricationFilter` => `(left
                operator right)`: `left` and `right` are ImbricationFilter or CustomFilter nodes, `operator` is
                `Or` or `And`. - `CustomFilter` => a condition: `column` (nom de la colonne), `operator` (`In`,
                `NotIn`, `Like`, `Equal`, `Different`, `Lower`, `LowerOrEqual`, `Upper`, `UpperOrEqual`,
                `IsNull`, `IsNotNull`, `Between`), `valueType` (type des valeurs : `String`, `Int`, `Decimal`,
                `Date`, `Column` pour un nom de colonne), `value` (liste des valeurs). Examples (decoded YAML)
                and the SQL they produce: - CustomFilter sysModifiedDate Equal Date '2021-07-12 13:43:32.000' =>
                `Where sysModifiedDate = '2021-07-12 13:43:32.000'` - CustomFilter
                UseInvoicingAddressAsDeliveryAddress Between Int [1, 5] => `Where
                UseInvoicingAddressAsDeliveryAddress Between 1 And 5` - ImbricationFilter (Id Equal 'ANIM0001')
                or (Id Equal 'BUZZ0001') => `Where (Id = 'ANIM0001' Or Id = 'BUZZ0001')` (`WhereCondition`,
                query)
            document_type: Permet de filtrer en fonction du type de document - (null pour les avoir tous). The doc lists no
                values; the example is illustrative only. (`DocumentType`, query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | QueryResult]

        """

        return _documents_query_sale_documents_with_lines.sync_detailed(
            folder_id=folder_id,
            columns=columns,
            sys_modified_date=sys_modified_date,
            order_by_value=order_by_value,
            offset=offset,
            limit=limit,
            to_date=to_date,
            duration=duration,
            where_condition=where_condition,
            document_type=document_type,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def iterate_query_sale_documents_with_lines(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        sys_modified_date: datetime.datetime | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        to_date: datetime.datetime | Unset = UNSET,
        duration: int,
        where_condition: str | Unset = UNSET,
        document_type: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> Iterator[models.QueryRow]:
        """Every item of ``querySaleDocumentsWithLines``, in order, across pages (``GET /v1/Folders/{FolderId}/Documents/SaleDocument/WithLines``).

        ``start`` is the offset to resume from; ``page_size`` defaults to the largest the API accepts.
        """
        return _documents_query_sale_documents_with_lines.iterate(
            folder_id=folder_id,
            columns=columns,
            sys_modified_date=sys_modified_date,
            order_by_value=order_by_value,
            to_date=to_date,
            duration=duration,
            where_condition=where_condition,
            document_type=document_type,
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    def pages_query_sale_documents_with_lines(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        sys_modified_date: datetime.datetime | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        to_date: datetime.datetime | Unset = UNSET,
        duration: int,
        where_condition: str | Unset = UNSET,
        document_type: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> Iterator[QueryResult]:
        """Every page of ``querySaleDocumentsWithLines`` (``GET /v1/Folders/{FolderId}/Documents/SaleDocument/WithLines``), fetched lazily."""
        return _documents_query_sale_documents_with_lines.pages(
            folder_id=folder_id,
            columns=columns,
            sys_modified_date=sys_modified_date,
            order_by_value=order_by_value,
            to_date=to_date,
            duration=duration,
            where_condition=where_condition,
            document_type=document_type,
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    def query_purchase_documents(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        sys_modified_date: datetime.datetime | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 100,
        to_date: datetime.datetime | Unset = UNSET,
        duration: int,
        where_condition: str | Unset = UNSET,
        document_type: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> QueryResult:
        """Query purchase documents.

        ``GET /v1/Folders/{FolderId}/Documents/PurchaseDocument`` (operationId ``queryPurchaseDocuments``)

        Spec summary: Obtenir les documents d'achats filtrés (PurchaseDocument)

        Args:
            folder_id: Identifiant du dossier (the `id` of a folder returned by `GET /v1/Folders`). (`FolderId`, path)
            columns: Permet de définir les colonnes de la table "PurchaseDocument" pour l'obtention des résultats
                (null = toutes). Example columns taken from the doc's filter examples. (`Columns`, query)
            sys_modified_date: Permet de filtrer les résultats modifiés après cette date - Format : date-time (as date-time in
                RFC3339). null par défaut. Ex. "2020-11-08" => `WHERE <Table>.sysModifiedDate >
                '2020-11-08T00:00:00'`. (`SysModifiedDate`, query)
            order_by_value: Permet de définir une colonne pour trier les résultats - Obligatoire pour la pagination. Par
                défaut : en fonction de la table (`id`, see Annexe 1). (`OrderByValue`, query)
            offset: Permet de définir le décalage, les "Offset" premiers résultats à ignorer - Format : int32. (FAQ
                : pour la 3e page de 25 éléments, Offset = 50.) (`Offset`, query)
            limit: Permet de définir le nombre d'éléments à afficher - Format : int32. 100 au maximum par page (FAQ
                : au-dessus, une erreur est renvoyée). (`Limit`, query)
            to_date: Permet de filtrer en renseignant une date de fin, par défaut date du jour (Now) - Format : date-
                time (as date-time in RFC3339). (`ToDate`, query)
            duration: Permet de filtrer les documents entre "ToDate" et la date de création du document, inférieur à
                "Duration" jour(s) - Format : int32. (`Duration`, query)
            where_condition: Permet de filtrer les résultats en insérant un filtre générique (une clause WHERE ajoutée à la
                commande SQL). The value is a YAML tree in the format of the doc's "Annexe 2 - Filtre
                personnalisé", sent URL-encoded in the query string (the HTTP client does the URL-encoding;
                build the tree with `comptoir.ebp.where`). Two node types: - `ImbricationFilter` => `(left
                operator right)`: `left` and `right` are ImbricationFilter or CustomFilter nodes, `operator` is
                `Or` or `And`. - `CustomFilter` => a condition: `column` (nom de la colonne), `operator` (`In`,
                `NotIn`, `Like`, `Equal`, `Different`, `Lower`, `LowerOrEqual`, `Upper`, `UpperOrEqual`,
                `IsNull`, `IsNotNull`, `Between`), `valueType` (type des valeurs : `String`, `Int`, `Decimal`,
                `Date`, `Column` pour un nom de colonne), `value` (liste des valeurs). Examples (decoded YAML)
                and the SQL they produce: - CustomFilter sysModifiedDate Equal Date '2021-07-12 13:43:32.000' =>
                `Where sysModifiedDate = '2021-07-12 13:43:32.000'` - CustomFilter
                UseInvoicingAddressAsDeliveryAddress Between Int [1, 5] => `Where
                UseInvoicingAddressAsDeliveryAddress Between 1 And 5` - ImbricationFilter (Id Equal 'ANIM0001')
                or (Id Equal 'BUZZ0001') => `Where (Id = 'ANIM0001' Or Id = 'BUZZ0001')` (`WhereCondition`,
                query)
            document_type: Permet de filtrer en fonction du type de document - (null pour les avoir tous). The doc lists no
                values; the example is illustrative only. (`DocumentType`, query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            QueryResult

        """

        return _documents_query_purchase_documents.sync(
            folder_id=folder_id,
            columns=columns,
            sys_modified_date=sys_modified_date,
            order_by_value=order_by_value,
            offset=offset,
            limit=limit,
            to_date=to_date,
            duration=duration,
            where_condition=where_condition,
            document_type=document_type,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def query_purchase_documents_detailed(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        sys_modified_date: datetime.datetime | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 100,
        to_date: datetime.datetime | Unset = UNSET,
        duration: int,
        where_condition: str | Unset = UNSET,
        document_type: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | QueryResult]:
        """Query purchase documents. Returns the whole ``Response``.

        ``GET /v1/Folders/{FolderId}/Documents/PurchaseDocument`` (operationId ``queryPurchaseDocuments``)

        Spec summary: Obtenir les documents d'achats filtrés (PurchaseDocument)

        Args:
            folder_id: Identifiant du dossier (the `id` of a folder returned by `GET /v1/Folders`). (`FolderId`, path)
            columns: Permet de définir les colonnes de la table "PurchaseDocument" pour l'obtention des résultats
                (null = toutes). Example columns taken from the doc's filter examples. (`Columns`, query)
            sys_modified_date: Permet de filtrer les résultats modifiés après cette date - Format : date-time (as date-time in
                RFC3339). null par défaut. Ex. "2020-11-08" => `WHERE <Table>.sysModifiedDate >
                '2020-11-08T00:00:00'`. (`SysModifiedDate`, query)
            order_by_value: Permet de définir une colonne pour trier les résultats - Obligatoire pour la pagination. Par
                défaut : en fonction de la table (`id`, see Annexe 1). (`OrderByValue`, query)
            offset: Permet de définir le décalage, les "Offset" premiers résultats à ignorer - Format : int32. (FAQ
                : pour la 3e page de 25 éléments, Offset = 50.) (`Offset`, query)
            limit: Permet de définir le nombre d'éléments à afficher - Format : int32. 100 au maximum par page (FAQ
                : au-dessus, une erreur est renvoyée). (`Limit`, query)
            to_date: Permet de filtrer en renseignant une date de fin, par défaut date du jour (Now) - Format : date-
                time (as date-time in RFC3339). (`ToDate`, query)
            duration: Permet de filtrer les documents entre "ToDate" et la date de création du document, inférieur à
                "Duration" jour(s) - Format : int32. (`Duration`, query)
            where_condition: Permet de filtrer les résultats en insérant un filtre générique (une clause WHERE ajoutée à la
                commande SQL). The value is a YAML tree in the format of the doc's "Annexe 2 - Filtre
                personnalisé", sent URL-encoded in the query string (the HTTP client does the URL-encoding;
                build the tree with `comptoir.ebp.where`). Two node types: - `ImbricationFilter` => `(left
                operator right)`: `left` and `right` are ImbricationFilter or CustomFilter nodes, `operator` is
                `Or` or `And`. - `CustomFilter` => a condition: `column` (nom de la colonne), `operator` (`In`,
                `NotIn`, `Like`, `Equal`, `Different`, `Lower`, `LowerOrEqual`, `Upper`, `UpperOrEqual`,
                `IsNull`, `IsNotNull`, `Between`), `valueType` (type des valeurs : `String`, `Int`, `Decimal`,
                `Date`, `Column` pour un nom de colonne), `value` (liste des valeurs). Examples (decoded YAML)
                and the SQL they produce: - CustomFilter sysModifiedDate Equal Date '2021-07-12 13:43:32.000' =>
                `Where sysModifiedDate = '2021-07-12 13:43:32.000'` - CustomFilter
                UseInvoicingAddressAsDeliveryAddress Between Int [1, 5] => `Where
                UseInvoicingAddressAsDeliveryAddress Between 1 And 5` - ImbricationFilter (Id Equal 'ANIM0001')
                or (Id Equal 'BUZZ0001') => `Where (Id = 'ANIM0001' Or Id = 'BUZZ0001')` (`WhereCondition`,
                query)
            document_type: Permet de filtrer en fonction du type de document - (null pour les avoir tous). The doc lists no
                values; the example is illustrative only. (`DocumentType`, query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | QueryResult]

        """

        return _documents_query_purchase_documents.sync_detailed(
            folder_id=folder_id,
            columns=columns,
            sys_modified_date=sys_modified_date,
            order_by_value=order_by_value,
            offset=offset,
            limit=limit,
            to_date=to_date,
            duration=duration,
            where_condition=where_condition,
            document_type=document_type,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def iterate_query_purchase_documents(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        sys_modified_date: datetime.datetime | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        to_date: datetime.datetime | Unset = UNSET,
        duration: int,
        where_condition: str | Unset = UNSET,
        document_type: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> Iterator[models.QueryRow]:
        """Every item of ``queryPurchaseDocuments``, in order, across pages (``GET /v1/Folders/{FolderId}/Documents/PurchaseDocument``).

        ``start`` is the offset to resume from; ``page_size`` defaults to the largest the API accepts.
        """
        return _documents_query_purchase_documents.iterate(
            folder_id=folder_id,
            columns=columns,
            sys_modified_date=sys_modified_date,
            order_by_value=order_by_value,
            to_date=to_date,
            duration=duration,
            where_condition=where_condition,
            document_type=document_type,
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    def pages_query_purchase_documents(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        sys_modified_date: datetime.datetime | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        to_date: datetime.datetime | Unset = UNSET,
        duration: int,
        where_condition: str | Unset = UNSET,
        document_type: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> Iterator[QueryResult]:
        """Every page of ``queryPurchaseDocuments`` (``GET /v1/Folders/{FolderId}/Documents/PurchaseDocument``), fetched lazily."""
        return _documents_query_purchase_documents.pages(
            folder_id=folder_id,
            columns=columns,
            sys_modified_date=sys_modified_date,
            order_by_value=order_by_value,
            to_date=to_date,
            duration=duration,
            where_condition=where_condition,
            document_type=document_type,
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    def query_purchase_documents_with_lines(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        sys_modified_date: datetime.datetime | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 100,
        to_date: datetime.datetime | Unset = UNSET,
        duration: int,
        where_condition: str | Unset = UNSET,
        document_type: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> QueryResult:
        """Query purchase documents with lines.

        ``GET /v1/Folders/{FolderId}/Documents/PurchaseDocument/WithLines`` (operationId ``queryPurchaseDocumentsWithLines``)

        Spec summary: Obtenir les documents d'achats filtrés et leurs lignes

        Args:
            folder_id: Identifiant du dossier (the `id` of a folder returned by `GET /v1/Folders`). (`FolderId`, path)
            columns: Permet de définir les colonnes de la table "PurchaseDocument" pour l'obtention des résultats
                (null = toutes). Example columns taken from the doc's filter examples. (`Columns`, query)
            sys_modified_date: Permet de filtrer les résultats modifiés après cette date - Format : date-time (as date-time in
                RFC3339). null par défaut. Ex. "2020-11-08" => `WHERE <Table>.sysModifiedDate >
                '2020-11-08T00:00:00'`. (`SysModifiedDate`, query)
            order_by_value: Permet de définir une colonne pour trier les résultats - Obligatoire pour la pagination. Par
                défaut : en fonction de la table (`id`, see Annexe 1). (`OrderByValue`, query)
            offset: Permet de définir le décalage, les "Offset" premiers résultats à ignorer - Format : int32. (FAQ
                : pour la 3e page de 25 éléments, Offset = 50.) (`Offset`, query)
            limit: Permet de définir le nombre d'éléments à afficher - Format : int32. 100 au maximum par page (FAQ
                : au-dessus, une erreur est renvoyée). (`Limit`, query)
            to_date: Permet de filtrer en renseignant une date de fin, par défaut date du jour (Now) - Format : date-
                time (as date-time in RFC3339). (`ToDate`, query)
            duration: Permet de filtrer les documents entre "ToDate" et la date de création du document, inférieur à
                "Duration" jour(s) - Format : int32. (`Duration`, query)
            where_condition: Permet de filtrer les résultats en insérant un filtre générique (une clause WHERE ajoutée à la
                commande SQL). The value is a YAML tree in the format of the doc's "Annexe 2 - Filtre
                personnalisé", sent URL-encoded in the query string (the HTTP client does the URL-encoding;
                build the tree with `comptoir.ebp.where`). Two node types: - `ImbricationFilter` => `(left
                operator right)`: `left` and `right` are ImbricationFilter or CustomFilter nodes, `operator` is
                `Or` or `And`. - `CustomFilter` => a condition: `column` (nom de la colonne), `operator` (`In`,
                `NotIn`, `Like`, `Equal`, `Different`, `Lower`, `LowerOrEqual`, `Upper`, `UpperOrEqual`,
                `IsNull`, `IsNotNull`, `Between`), `valueType` (type des valeurs : `String`, `Int`, `Decimal`,
                `Date`, `Column` pour un nom de colonne), `value` (liste des valeurs). Examples (decoded YAML)
                and the SQL they produce: - CustomFilter sysModifiedDate Equal Date '2021-07-12 13:43:32.000' =>
                `Where sysModifiedDate = '2021-07-12 13:43:32.000'` - CustomFilter
                UseInvoicingAddressAsDeliveryAddress Between Int [1, 5] => `Where
                UseInvoicingAddressAsDeliveryAddress Between 1 And 5` - ImbricationFilter (Id Equal 'ANIM0001')
                or (Id Equal 'BUZZ0001') => `Where (Id = 'ANIM0001' Or Id = 'BUZZ0001')` (`WhereCondition`,
                query)
            document_type: Permet de filtrer en fonction du type de document - (null pour les avoir tous). The doc lists no
                values; the example is illustrative only. (`DocumentType`, query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            QueryResult

        """

        return _documents_query_purchase_documents_with_lines.sync(
            folder_id=folder_id,
            columns=columns,
            sys_modified_date=sys_modified_date,
            order_by_value=order_by_value,
            offset=offset,
            limit=limit,
            to_date=to_date,
            duration=duration,
            where_condition=where_condition,
            document_type=document_type,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def query_purchase_documents_with_lines_detailed(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        sys_modified_date: datetime.datetime | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 100,
        to_date: datetime.datetime | Unset = UNSET,
        duration: int,
        where_condition: str | Unset = UNSET,
        document_type: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | QueryResult]:
        """Query purchase documents with lines. Returns the whole ``Response``.

        ``GET /v1/Folders/{FolderId}/Documents/PurchaseDocument/WithLines`` (operationId ``queryPurchaseDocumentsWithLines``)

        Spec summary: Obtenir les documents d'achats filtrés et leurs lignes

        Args:
            folder_id: Identifiant du dossier (the `id` of a folder returned by `GET /v1/Folders`). (`FolderId`, path)
            columns: Permet de définir les colonnes de la table "PurchaseDocument" pour l'obtention des résultats
                (null = toutes). Example columns taken from the doc's filter examples. (`Columns`, query)
            sys_modified_date: Permet de filtrer les résultats modifiés après cette date - Format : date-time (as date-time in
                RFC3339). null par défaut. Ex. "2020-11-08" => `WHERE <Table>.sysModifiedDate >
                '2020-11-08T00:00:00'`. (`SysModifiedDate`, query)
            order_by_value: Permet de définir une colonne pour trier les résultats - Obligatoire pour la pagination. Par
                défaut : en fonction de la table (`id`, see Annexe 1). (`OrderByValue`, query)
            offset: Permet de définir le décalage, les "Offset" premiers résultats à ignorer - Format : int32. (FAQ
                : pour la 3e page de 25 éléments, Offset = 50.) (`Offset`, query)
            limit: Permet de définir le nombre d'éléments à afficher - Format : int32. 100 au maximum par page (FAQ
                : au-dessus, une erreur est renvoyée). (`Limit`, query)
            to_date: Permet de filtrer en renseignant une date de fin, par défaut date du jour (Now) - Format : date-
                time (as date-time in RFC3339). (`ToDate`, query)
            duration: Permet de filtrer les documents entre "ToDate" et la date de création du document, inférieur à
                "Duration" jour(s) - Format : int32. (`Duration`, query)
            where_condition: Permet de filtrer les résultats en insérant un filtre générique (une clause WHERE ajoutée à la
                commande SQL). The value is a YAML tree in the format of the doc's "Annexe 2 - Filtre
                personnalisé", sent URL-encoded in the query string (the HTTP client does the URL-encoding;
                build the tree with `comptoir.ebp.where`). Two node types: - `ImbricationFilter` => `(left
                operator right)`: `left` and `right` are ImbricationFilter or CustomFilter nodes, `operator` is
                `Or` or `And`. - `CustomFilter` => a condition: `column` (nom de la colonne), `operator` (`In`,
                `NotIn`, `Like`, `Equal`, `Different`, `Lower`, `LowerOrEqual`, `Upper`, `UpperOrEqual`,
                `IsNull`, `IsNotNull`, `Between`), `valueType` (type des valeurs : `String`, `Int`, `Decimal`,
                `Date`, `Column` pour un nom de colonne), `value` (liste des valeurs). Examples (decoded YAML)
                and the SQL they produce: - CustomFilter sysModifiedDate Equal Date '2021-07-12 13:43:32.000' =>
                `Where sysModifiedDate = '2021-07-12 13:43:32.000'` - CustomFilter
                UseInvoicingAddressAsDeliveryAddress Between Int [1, 5] => `Where
                UseInvoicingAddressAsDeliveryAddress Between 1 And 5` - ImbricationFilter (Id Equal 'ANIM0001')
                or (Id Equal 'BUZZ0001') => `Where (Id = 'ANIM0001' Or Id = 'BUZZ0001')` (`WhereCondition`,
                query)
            document_type: Permet de filtrer en fonction du type de document - (null pour les avoir tous). The doc lists no
                values; the example is illustrative only. (`DocumentType`, query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | QueryResult]

        """

        return _documents_query_purchase_documents_with_lines.sync_detailed(
            folder_id=folder_id,
            columns=columns,
            sys_modified_date=sys_modified_date,
            order_by_value=order_by_value,
            offset=offset,
            limit=limit,
            to_date=to_date,
            duration=duration,
            where_condition=where_condition,
            document_type=document_type,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def iterate_query_purchase_documents_with_lines(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        sys_modified_date: datetime.datetime | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        to_date: datetime.datetime | Unset = UNSET,
        duration: int,
        where_condition: str | Unset = UNSET,
        document_type: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> Iterator[models.QueryRow]:
        """Every item of ``queryPurchaseDocumentsWithLines``, in order, across pages (``GET /v1/Folders/{FolderId}/Documents/PurchaseDocument/WithLines``).

        ``start`` is the offset to resume from; ``page_size`` defaults to the largest the API accepts.
        """
        return _documents_query_purchase_documents_with_lines.iterate(
            folder_id=folder_id,
            columns=columns,
            sys_modified_date=sys_modified_date,
            order_by_value=order_by_value,
            to_date=to_date,
            duration=duration,
            where_condition=where_condition,
            document_type=document_type,
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    def pages_query_purchase_documents_with_lines(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        sys_modified_date: datetime.datetime | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        to_date: datetime.datetime | Unset = UNSET,
        duration: int,
        where_condition: str | Unset = UNSET,
        document_type: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> Iterator[QueryResult]:
        """Every page of ``queryPurchaseDocumentsWithLines`` (``GET /v1/Folders/{FolderId}/Documents/PurchaseDocument/WithLines``), fetched lazily."""
        return _documents_query_purchase_documents_with_lines.pages(
            folder_id=folder_id,
            columns=columns,
            sys_modified_date=sys_modified_date,
            order_by_value=order_by_value,
            to_date=to_date,
            duration=duration,
            where_condition=where_condition,
            document_type=document_type,
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    def transfer_document(
        self,
        folder_id: str | Unset = UNSET,
        *,
        body: DocumentTransferRequest,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Transfer document.

        ``POST /v1/Folders/{FolderId}/Documents/Transfert`` (operationId ``transferDocument``)

        Spec summary: Envoyer une demande de transfert de document

        Args:
            folder_id: Identifiant du dossier (the `id` of a folder returned by `GET /v1/Folders`). (`FolderId`, path)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Document à transférer. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            None

        """

        return _documents_transfer_document.sync(
            folder_id=folder_id,
            body=body,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def transfer_document_detailed(
        self,
        folder_id: str | Unset = UNSET,
        *,
        body: DocumentTransferRequest,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | None]:
        """Transfer document. Returns the whole ``Response``.

        ``POST /v1/Folders/{FolderId}/Documents/Transfert`` (operationId ``transferDocument``)

        Spec summary: Envoyer une demande de transfert de document

        Args:
            folder_id: Identifiant du dossier (the `id` of a folder returned by `GET /v1/Folders`). (`FolderId`, path)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Document à transférer. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | None]

        """

        return _documents_transfer_document.sync_detailed(
            folder_id=folder_id,
            body=body,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    query_sale = query_sale_documents
    query_sale_detailed = query_sale_documents_detailed
    query_purchase = query_purchase_documents
    query_purchase_detailed = query_purchase_documents_detailed
    transfer = transfer_document
    transfer_detailed = transfer_document_detailed


class FoldersResource(Namespace[AuthenticatedClient]):
    """The ``folders`` operations."""

    def list_folders(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 100,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> FolderList:
        """List folders.

        ``GET /v1/Folders`` (operationId ``listFolders``)

        Spec summary: Obtenir les dossiers

        Args:
            offset: Permet de définir le décalage, les "Offset" premiers résultats à ignorer - Format : int32. (FAQ
                : pour la 3e page de 25 éléments, Offset = 50.) (`Offset`, query)
            limit: Permet de définir le nombre d'éléments à afficher - Format : int32. 100 au maximum par page (FAQ
                : au-dessus, une erreur est renvoyée). (`Limit`, query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            FolderList

        """

        return _folders_list_folders.sync(
            offset=offset,
            limit=limit,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def list_folders_detailed(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 100,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | FolderList]:
        """List folders. Returns the whole ``Response``.

        ``GET /v1/Folders`` (operationId ``listFolders``)

        Spec summary: Obtenir les dossiers

        Args:
            offset: Permet de définir le décalage, les "Offset" premiers résultats à ignorer - Format : int32. (FAQ
                : pour la 3e page de 25 éléments, Offset = 50.) (`Offset`, query)
            limit: Permet de définir le nombre d'éléments à afficher - Format : int32. 100 au maximum par page (FAQ
                : au-dessus, une erreur est renvoyée). (`Limit`, query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | FolderList]

        """

        return _folders_list_folders.sync_detailed(
            offset=offset,
            limit=limit,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def iterate_list_folders(
        self,
        *,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> Iterator[models.Folder]:
        """Every item of ``listFolders``, in order, across pages (``GET /v1/Folders``).

        ``start`` is the offset to resume from; ``page_size`` defaults to the largest the API accepts.
        """
        return _folders_list_folders.iterate(
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    def pages_list_folders(
        self,
        *,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> Iterator[FolderList]:
        """Every page of ``listFolders`` (``GET /v1/Folders``), fetched lazily."""
        return _folders_list_folders.pages(
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    # The tag's one paged operation.
    iterate = iterate_list_folders
    pages = pages_list_folders

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    list = list_folders
    list_detailed = list_folders_detailed


class GenericQueryResource(Namespace[AuthenticatedClient]):
    """The ``generic_query`` operations."""

    def run_generic_query(
        self,
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
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> QueryResult:
        """Run generic query.

        ``GET /v1/Folders/{FolderId}/GenericQuery`` (operationId ``runGenericQuery``)

        Spec summary: Obtenir le résultat d'une requête générique

        Args:
            folder_id: Identifiant du dossier (the `id` of a folder returned by `GET /v1/Folders`). (`FolderId`, path)
            table_name: Nom de la table (parmi les tables autorisées, Annexe 1 ; pas sensible à la casse). (`TableName`,
                query)
            columns: Permet de définir les colonnes de la table "TableName" pour l'obtention des résultats (null =
                toutes). Columns of a dependency table (see `GET /v1/Dependencies/{TableName}`) are prefixed
                with its name, e.g. `Unit.Caption`; when using dependencies, prefix the main table's columns too
                (`Item.Caption`). In the rows, `Unit.Caption` comes back as `Unit_Caption`. (`Columns`, query)
            from_modified_date: Permet de filtrer les résultats modifiés après cette date - Format : date-time (as date-time in
                RFC3339). null par défaut. (`FromModifiedDate`, query)
            order_by_value: Permet de définir une colonne pour trier les résultats - Obligatoire pour la pagination. Par
                défaut, la colonne "Valeur OrderBy par défaut" de la table (Annexe 1, see the `AllowedTable`
                schema: `id` for most tables). (`OrderByValue`, query)
            where_condition: Permet de filtrer les résultats en insérant un filtre générique (une clause WHERE ajoutée à la
                commande SQL). The value is a YAML tree in the format of the doc's "Annexe 2 - Filtre
                personnalisé", sent URL-encoded in the query string (the HTTP client does the URL-encoding;
                build the tree with `comptoir.ebp.where`). Two node types: - `ImbricationFilter` => `(left
                operator right)`: `left` and `right` are ImbricationFilter or CustomFilter nodes, `operator` is
                `Or` or `And`. - `CustomFilter` => a condition: `column` (nom de la colonne), `operator` (`In`,
                `NotIn`, `Like`, `Equal`, `Different`, `Lower`, `LowerOrEqual`, `Upper`, `UpperOrEqual`,
                `IsNull`, `IsNotNull`, `Between`), `valueType` (type des valeurs : `String`, `Int`, `Decimal`,
                `Date`, `Column` pour un nom de colonne), `value` (liste des valeurs). Examples (decoded YAML)
                and the SQL they produce: - CustomFilter sysModifiedDate Equal Date '2021-07-12 13:43:32.000' =>
                `Where sysModifiedDate = '2021-07-12 13:43:32.000'` - CustomFilter
                UseInvoicingAddressAsDeliveryAddress Between Int [1, 5] => `Where
                UseInvoicingAddressAsDeliveryAddress Between 1 And 5` - ImbricationFilter (Id Equal 'ANIM0001')
                or (Id Equal 'BUZZ0001') => `Where (Id = 'ANIM0001' Or Id = 'BUZZ0001')` (`WhereCondition`,
                query)
            offset: Permet de définir le décalage, les "Offset" premiers résultats à ignorer - Format : int32. (FAQ
                : pour la 3e page de 25 éléments, Offset = 50.) (`Offset`, query)
            limit: Permet de définir le nombre d'éléments à afficher - Format : int32. 100 au maximum par page (FAQ
                : au-dessus, une erreur est renvoyée). (`Limit`, query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            QueryResult

        """

        return _generic_query_run_generic_query.sync(
            folder_id=folder_id,
            table_name=table_name,
            columns=columns,
            from_modified_date=from_modified_date,
            order_by_value=order_by_value,
            where_condition=where_condition,
            offset=offset,
            limit=limit,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def run_generic_query_detailed(
        self,
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
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | QueryResult]:
        """Run generic query. Returns the whole ``Response``.

        ``GET /v1/Folders/{FolderId}/GenericQuery`` (operationId ``runGenericQuery``)

        Spec summary: Obtenir le résultat d'une requête générique

        Args:
            folder_id: Identifiant du dossier (the `id` of a folder returned by `GET /v1/Folders`). (`FolderId`, path)
            table_name: Nom de la table (parmi les tables autorisées, Annexe 1 ; pas sensible à la casse). (`TableName`,
                query)
            columns: Permet de définir les colonnes de la table "TableName" pour l'obtention des résultats (null =
                toutes). Columns of a dependency table (see `GET /v1/Dependencies/{TableName}`) are prefixed
                with its name, e.g. `Unit.Caption`; when using dependencies, prefix the main table's columns too
                (`Item.Caption`). In the rows, `Unit.Caption` comes back as `Unit_Caption`. (`Columns`, query)
            from_modified_date: Permet de filtrer les résultats modifiés après cette date - Format : date-time (as date-time in
                RFC3339). null par défaut. (`FromModifiedDate`, query)
            order_by_value: Permet de définir une colonne pour trier les résultats - Obligatoire pour la pagination. Par
                défaut, la colonne "Valeur OrderBy par défaut" de la table (Annexe 1, see the `AllowedTable`
                schema: `id` for most tables). (`OrderByValue`, query)
            where_condition: Permet de filtrer les résultats en insérant un filtre générique (une clause WHERE ajoutée à la
                commande SQL). The value is a YAML tree in the format of the doc's "Annexe 2 - Filtre
                personnalisé", sent URL-encoded in the query string (the HTTP client does the URL-encoding;
                build the tree with `comptoir.ebp.where`). Two node types: - `ImbricationFilter` => `(left
                operator right)`: `left` and `right` are ImbricationFilter or CustomFilter nodes, `operator` is
                `Or` or `And`. - `CustomFilter` => a condition: `column` (nom de la colonne), `operator` (`In`,
                `NotIn`, `Like`, `Equal`, `Different`, `Lower`, `LowerOrEqual`, `Upper`, `UpperOrEqual`,
                `IsNull`, `IsNotNull`, `Between`), `valueType` (type des valeurs : `String`, `Int`, `Decimal`,
                `Date`, `Column` pour un nom de colonne), `value` (liste des valeurs). Examples (decoded YAML)
                and the SQL they produce: - CustomFilter sysModifiedDate Equal Date '2021-07-12 13:43:32.000' =>
                `Where sysModifiedDate = '2021-07-12 13:43:32.000'` - CustomFilter
                UseInvoicingAddressAsDeliveryAddress Between Int [1, 5] => `Where
                UseInvoicingAddressAsDeliveryAddress Between 1 And 5` - ImbricationFilter (Id Equal 'ANIM0001')
                or (Id Equal 'BUZZ0001') => `Where (Id = 'ANIM0001' Or Id = 'BUZZ0001')` (`WhereCondition`,
                query)
            offset: Permet de définir le décalage, les "Offset" premiers résultats à ignorer - Format : int32. (FAQ
                : pour la 3e page de 25 éléments, Offset = 50.) (`Offset`, query)
            limit: Permet de définir le nombre d'éléments à afficher - Format : int32. 100 au maximum par page (FAQ
                : au-dessus, une erreur est renvoyée). (`Limit`, query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | QueryResult]

        """

        return _generic_query_run_generic_query.sync_detailed(
            folder_id=folder_id,
            table_name=table_name,
            columns=columns,
            from_modified_date=from_modified_date,
            order_by_value=order_by_value,
            where_condition=where_condition,
            offset=offset,
            limit=limit,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def iterate_run_generic_query(
        self,
        folder_id: str | Unset = UNSET,
        *,
        table_name: AllowedTable,
        columns: list[str] | Unset = UNSET,
        from_modified_date: datetime.datetime | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        where_condition: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> Iterator[models.QueryRow]:
        """Every item of ``runGenericQuery``, in order, across pages (``GET /v1/Folders/{FolderId}/GenericQuery``).

        ``start`` is the offset to resume from; ``page_size`` defaults to the largest the API accepts.
        """
        return _generic_query_run_generic_query.iterate(
            folder_id=folder_id,
            table_name=table_name,
            columns=columns,
            from_modified_date=from_modified_date,
            order_by_value=order_by_value,
            where_condition=where_condition,
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    def pages_run_generic_query(
        self,
        folder_id: str | Unset = UNSET,
        *,
        table_name: AllowedTable,
        columns: list[str] | Unset = UNSET,
        from_modified_date: datetime.datetime | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        where_condition: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> Iterator[QueryResult]:
        """Every page of ``runGenericQuery`` (``GET /v1/Folders/{FolderId}/GenericQuery``), fetched lazily."""
        return _generic_query_run_generic_query.pages(
            folder_id=folder_id,
            table_name=table_name,
            columns=columns,
            from_modified_date=from_modified_date,
            order_by_value=order_by_value,
            where_condition=where_condition,
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    def get_generic_query_row(
        self,
        folder_id: str,
        id: str,
        *,
        table_name: AllowedTable,
        columns: list[str] | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> QueryItemResult:
        """Get generic query row.

        ``GET /v1/Folders/{FolderId}/GenericQuery/{id}`` (operationId ``getGenericQueryRow``)

        Spec summary: Obtenir le résultat d'une requête générique pour un identifiant de table spécifique

        Args:
            folder_id: Identifiant du dossier (the `id` of a folder returned by `GET /v1/Folders`). (`FolderId`, path)
            id: Valeur de l'identifiant (clé primaire de la table "TableName"). (`id`, path)
            table_name: Nom de la table (parmi les tables autorisées, Annexe 1 ; pas sensible à la casse). (`TableName`,
                query)
            columns: Permet de définir les colonnes de la table "TableName" pour l'obtention des résultats (null =
                toutes). Columns of a dependency table (see `GET /v1/Dependencies/{TableName}`) are prefixed
                with its name, e.g. `Unit.Caption`; when using dependencies, prefix the main table's columns too
                (`Item.Caption`). In the rows, `Unit.Caption` comes back as `Unit_Caption`. (`Columns`, query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            QueryItemResult

        """

        return _generic_query_get_generic_query_row.sync(
            folder_id=folder_id,
            id=id,
            table_name=table_name,
            columns=columns,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_generic_query_row_detailed(
        self,
        folder_id: str,
        id: str,
        *,
        table_name: AllowedTable,
        columns: list[str] | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | QueryItemResult]:
        """Get generic query row. Returns the whole ``Response``.

        ``GET /v1/Folders/{FolderId}/GenericQuery/{id}`` (operationId ``getGenericQueryRow``)

        Spec summary: Obtenir le résultat d'une requête générique pour un identifiant de table spécifique

        Args:
            folder_id: Identifiant du dossier (the `id` of a folder returned by `GET /v1/Folders`). (`FolderId`, path)
            id: Valeur de l'identifiant (clé primaire de la table "TableName"). (`id`, path)
            table_name: Nom de la table (parmi les tables autorisées, Annexe 1 ; pas sensible à la casse). (`TableName`,
                query)
            columns: Permet de définir les colonnes de la table "TableName" pour l'obtention des résultats (null =
                toutes). Columns of a dependency table (see `GET /v1/Dependencies/{TableName}`) are prefixed
                with its name, e.g. `Unit.Caption`; when using dependencies, prefix the main table's columns too
                (`Item.Caption`). In the rows, `Unit.Caption` comes back as `Unit_Caption`. (`Columns`, query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | QueryItemResult]

        """

        return _generic_query_get_generic_query_row.sync_detailed(
            folder_id=folder_id,
            id=id,
            table_name=table_name,
            columns=columns,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_table_dependencies(
        self,
        table_name: AllowedTable,
        *,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> TableDependencies:
        """Get table dependencies.

        ``GET /v1/Dependencies/{TableName}`` (operationId ``getTableDependencies``)

        Spec summary: Obtenir les tables secondaires autorisées

        Args:
            table_name: Nom de la table principale dont on veut les dépendances. (`TableName`, path)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            TableDependencies

        """

        return _generic_query_get_table_dependencies.sync(
            table_name=table_name,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_table_dependencies_detailed(
        self,
        table_name: AllowedTable,
        *,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | TableDependencies]:
        """Get table dependencies. Returns the whole ``Response``.

        ``GET /v1/Dependencies/{TableName}`` (operationId ``getTableDependencies``)

        Spec summary: Obtenir les tables secondaires autorisées

        Args:
            table_name: Nom de la table principale dont on veut les dépendances. (`TableName`, path)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | TableDependencies]

        """

        return _generic_query_get_table_dependencies.sync_detailed(
            table_name=table_name,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    # The tag's one paged operation.
    iterate = iterate_run_generic_query
    pages = pages_run_generic_query

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    run = run_generic_query
    run_detailed = run_generic_query_detailed


class ItemsResource(Namespace[AuthenticatedClient]):
    """The ``items`` operations."""

    def query_items(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        sys_modified_date: datetime.datetime | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 100,
        family_id_not_in: list[str] | Unset = UNSET,
        family_id_in: list[str] | Unset = UNSET,
        family_id_value_null: bool | Unset = False,
        sub_family_id_not_in: list[str] | Unset = UNSET,
        sub_family_id_in: list[str] | Unset = UNSET,
        sub_family_id_value_null: bool | Unset = False,
        where_condition: str | Unset = UNSET,
        active_state_excluded: list[str] | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> QueryResult:
        """Query items.

        ``GET /v1/Folders/{FolderId}/Items/ItemsExtentedQuery`` (operationId ``queryItems``)

        Spec summary: Obtenir les articles filtrés (Item)

        Args:
            folder_id: Identifiant du dossier (the `id` of a folder returned by `GET /v1/Folders`). (`FolderId`, path)
            columns: Permet de définir les colonnes de la table "Item" pour l'obtention des résultats (null =
                toutes). (`Columns`, query)
            sys_modified_date: Permet de filtrer les résultats modifiés après cette date - Format : date-time (as date-time in
                RFC3339). null par défaut. Ex. "2020-11-08" => `WHERE <Table>.sysModifiedDate >
                '2020-11-08T00:00:00'`. (`SysModifiedDate`, query)
            order_by_value: Permet de définir une colonne pour trier les résultats - Obligatoire pour la pagination. Par
                défaut : en fonction de la table (`id`, see Annexe 1). (`OrderByValue`, query)
            offset: Permet de définir le décalage, les "Offset" premiers résultats à ignorer - Format : int32. (FAQ
                : pour la 3e page de 25 éléments, Offset = 50.) (`Offset`, query)
            limit: Permet de définir le nombre d'éléments à afficher - Format : int32. 100 au maximum par page (FAQ
                : au-dessus, une erreur est renvoyée). (`Limit`, query)
            family_id_not_in: Permet de filtrer les résultats non liés à la liste des familles. ex : 'FA1', 'FA2'. null par
                défaut. Values containing `%` are LIKE patterns (NOT LIKE). (`FamilyIdNotIN`, query)
            family_id_in: Permet de filtrer les résultats liés à la liste des familles. ex : 'FA1', 'FA2'. null par
                défaut. Values containing `%` are LIKE patterns. (`FamilyIdIN`, query)
            family_id_value_null: Permet de filtrer les résultats sans famille (true : les résultats sans famille sont inclus, `OR
                FamilyId is Null`). (`FamilyIdValueNull`, query)
            sub_family_id_not_in: Permet de filtrer les résultats non liés à la liste des sous familles. ex : 'SFA1', 'SFA2'.
                Values containing `%` are LIKE patterns (NOT LIKE). (`SubFamilyIdNotIN`, query)
            sub_family_id_in: Permet de filtrer les résultats liés à la liste des sous familles. ex : 'SFA1', 'SFA2'. Values
                containing `%` are LIKE patterns. (`SubFamilyIdIN`, query)
            sub_family_id_value_null: Permet de filtrer les résultats sans sous familles (true : les résultats sans sous famille sont
                inclus, `OR SubFamilyId is Null`). (`SubFamilyIdValueNull`, query)
            where_condition: Permet de filtrer les résultats en insérant un filtre générique (une clause WHERE ajoutée à la
                commande SQL). The value is a YAML tree in the format of the doc's "Annexe 2 - Filtre
                personnalisé", sent URL-encoded in the query string (the HTTP client does the URL-encoding;
                build the tree with `comptoir.ebp.where`). Two node types: - `ImbricationFilter` => `(left
                operator right)`: `left` and `right` are ImbricationFilter or CustomFilter nodes, `operator` is
                `Or` or `And`. - `CustomFilter` => a condition: `column` (nom de la colonne), `operator` (`In`,
                `NotIn`, `Like`, `Equal`, `Different`, `Lower`, `LowerOrEqual`, `Upper`, `UpperOrEqual`,
                `IsNull`, `IsNotNull`, `Between`), `valueType` (type des valeurs : `String`, `Int`, `Decimal`,
                `Date`, `Column` pour un nom de colonne), `value` (liste des valeurs). Examples (decoded YAML)
                and the SQL they produce: - CustomFilter sysModifiedDate Equal Date '2021-07-12 13:43:32.000' =>
                `Where sysModifiedDate = '2021-07-12 13:43:32.000'` - CustomFilter
                UseInvoicingAddressAsDeliveryAddress Between Int [1, 5] => `Where
                UseInvoicingAddressAsDeliveryAddress Between 1 And 5` - ImbricationFilter (Id Equal 'ANIM0001')
                or (Id Equal 'BUZZ0001') => `Where (Id = 'ANIM0001' Or Id = 'BUZZ0001')` (`WhereCondition`,
                query)
            active_state_excluded: Permet de filtrer les articles qui ne sont pas dans les statuts définis (liste ; null par
                défaut). The doc lists no values; the example is illustrative only. (`ActiveStateExcluded`,
                query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            QueryResult

        """

        return _items_query_items.sync(
            folder_id=folder_id,
            columns=columns,
            sys_modified_date=sys_modified_date,
            order_by_value=order_by_value,
            offset=offset,
            limit=limit,
            family_id_not_in=family_id_not_in,
            family_id_in=family_id_in,
            family_id_value_null=family_id_value_null,
            sub_family_id_not_in=sub_family_id_not_in,
            sub_family_id_in=sub_family_id_in,
            sub_family_id_value_null=sub_family_id_value_null,
            where_condition=where_condition,
            active_state_excluded=active_state_excluded,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def query_items_detailed(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        sys_modified_date: datetime.datetime | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 100,
        family_id_not_in: list[str] | Unset = UNSET,
        family_id_in: list[str] | Unset = UNSET,
        family_id_value_null: bool | Unset = False,
        sub_family_id_not_in: list[str] | Unset = UNSET,
        sub_family_id_in: list[str] | Unset = UNSET,
        sub_family_id_value_null: bool | Unset = False,
        where_condition: str | Unset = UNSET,
        active_state_excluded: list[str] | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | QueryResult]:
        """Query items. Returns the whole ``Response``.

        ``GET /v1/Folders/{FolderId}/Items/ItemsExtentedQuery`` (operationId ``queryItems``)

        Spec summary: Obtenir les articles filtrés (Item)

        Args:
            folder_id: Identifiant du dossier (the `id` of a folder returned by `GET /v1/Folders`). (`FolderId`, path)
            columns: Permet de définir les colonnes de la table "Item" pour l'obtention des résultats (null =
                toutes). (`Columns`, query)
            sys_modified_date: Permet de filtrer les résultats modifiés après cette date - Format : date-time (as date-time in
                RFC3339). null par défaut. Ex. "2020-11-08" => `WHERE <Table>.sysModifiedDate >
                '2020-11-08T00:00:00'`. (`SysModifiedDate`, query)
            order_by_value: Permet de définir une colonne pour trier les résultats - Obligatoire pour la pagination. Par
                défaut : en fonction de la table (`id`, see Annexe 1). (`OrderByValue`, query)
            offset: Permet de définir le décalage, les "Offset" premiers résultats à ignorer - Format : int32. (FAQ
                : pour la 3e page de 25 éléments, Offset = 50.) (`Offset`, query)
            limit: Permet de définir le nombre d'éléments à afficher - Format : int32. 100 au maximum par page (FAQ
                : au-dessus, une erreur est renvoyée). (`Limit`, query)
            family_id_not_in: Permet de filtrer les résultats non liés à la liste des familles. ex : 'FA1', 'FA2'. null par
                défaut. Values containing `%` are LIKE patterns (NOT LIKE). (`FamilyIdNotIN`, query)
            family_id_in: Permet de filtrer les résultats liés à la liste des familles. ex : 'FA1', 'FA2'. null par
                défaut. Values containing `%` are LIKE patterns. (`FamilyIdIN`, query)
            family_id_value_null: Permet de filtrer les résultats sans famille (true : les résultats sans famille sont inclus, `OR
                FamilyId is Null`). (`FamilyIdValueNull`, query)
            sub_family_id_not_in: Permet de filtrer les résultats non liés à la liste des sous familles. ex : 'SFA1', 'SFA2'.
                Values containing `%` are LIKE patterns (NOT LIKE). (`SubFamilyIdNotIN`, query)
            sub_family_id_in: Permet de filtrer les résultats liés à la liste des sous familles. ex : 'SFA1', 'SFA2'. Values
                containing `%` are LIKE patterns. (`SubFamilyIdIN`, query)
            sub_family_id_value_null: Permet de filtrer les résultats sans sous familles (true : les résultats sans sous famille sont
                inclus, `OR SubFamilyId is Null`). (`SubFamilyIdValueNull`, query)
            where_condition: Permet de filtrer les résultats en insérant un filtre générique (une clause WHERE ajoutée à la
                commande SQL). The value is a YAML tree in the format of the doc's "Annexe 2 - Filtre
                personnalisé", sent URL-encoded in the query string (the HTTP client does the URL-encoding;
                build the tree with `comptoir.ebp.where`). Two node types: - `ImbricationFilter` => `(left
                operator right)`: `left` and `right` are ImbricationFilter or CustomFilter nodes, `operator` is
                `Or` or `And`. - `CustomFilter` => a condition: `column` (nom de la colonne), `operator` (`In`,
                `NotIn`, `Like`, `Equal`, `Different`, `Lower`, `LowerOrEqual`, `Upper`, `UpperOrEqual`,
                `IsNull`, `IsNotNull`, `Between`), `valueType` (type des valeurs : `String`, `Int`, `Decimal`,
                `Date`, `Column` pour un nom de colonne), `value` (liste des valeurs). Examples (decoded YAML)
                and the SQL they produce: - CustomFilter sysModifiedDate Equal Date '2021-07-12 13:43:32.000' =>
                `Where sysModifiedDate = '2021-07-12 13:43:32.000'` - CustomFilter
                UseInvoicingAddressAsDeliveryAddress Between Int [1, 5] => `Where
                UseInvoicingAddressAsDeliveryAddress Between 1 And 5` - ImbricationFilter (Id Equal 'ANIM0001')
                or (Id Equal 'BUZZ0001') => `Where (Id = 'ANIM0001' Or Id = 'BUZZ0001')` (`WhereCondition`,
                query)
            active_state_excluded: Permet de filtrer les articles qui ne sont pas dans les statuts définis (liste ; null par
                défaut). The doc lists no values; the example is illustrative only. (`ActiveStateExcluded`,
                query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | QueryResult]

        """

        return _items_query_items.sync_detailed(
            folder_id=folder_id,
            columns=columns,
            sys_modified_date=sys_modified_date,
            order_by_value=order_by_value,
            offset=offset,
            limit=limit,
            family_id_not_in=family_id_not_in,
            family_id_in=family_id_in,
            family_id_value_null=family_id_value_null,
            sub_family_id_not_in=sub_family_id_not_in,
            sub_family_id_in=sub_family_id_in,
            sub_family_id_value_null=sub_family_id_value_null,
            where_condition=where_condition,
            active_state_excluded=active_state_excluded,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def iterate_query_items(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        sys_modified_date: datetime.datetime | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        family_id_not_in: list[str] | Unset = UNSET,
        family_id_in: list[str] | Unset = UNSET,
        family_id_value_null: bool | Unset = False,
        sub_family_id_not_in: list[str] | Unset = UNSET,
        sub_family_id_in: list[str] | Unset = UNSET,
        sub_family_id_value_null: bool | Unset = False,
        where_condition: str | Unset = UNSET,
        active_state_excluded: list[str] | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> Iterator[models.QueryRow]:
        """Every item of ``queryItems``, in order, across pages (``GET /v1/Folders/{FolderId}/Items/ItemsExtentedQuery``).

        ``start`` is the offset to resume from; ``page_size`` defaults to the largest the API accepts.
        """
        return _items_query_items.iterate(
            folder_id=folder_id,
            columns=columns,
            sys_modified_date=sys_modified_date,
            order_by_value=order_by_value,
            family_id_not_in=family_id_not_in,
            family_id_in=family_id_in,
            family_id_value_null=family_id_value_null,
            sub_family_id_not_in=sub_family_id_not_in,
            sub_family_id_in=sub_family_id_in,
            sub_family_id_value_null=sub_family_id_value_null,
            where_condition=where_condition,
            active_state_excluded=active_state_excluded,
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    def pages_query_items(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        sys_modified_date: datetime.datetime | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        family_id_not_in: list[str] | Unset = UNSET,
        family_id_in: list[str] | Unset = UNSET,
        family_id_value_null: bool | Unset = False,
        sub_family_id_not_in: list[str] | Unset = UNSET,
        sub_family_id_in: list[str] | Unset = UNSET,
        sub_family_id_value_null: bool | Unset = False,
        where_condition: str | Unset = UNSET,
        active_state_excluded: list[str] | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> Iterator[QueryResult]:
        """Every page of ``queryItems`` (``GET /v1/Folders/{FolderId}/Items/ItemsExtentedQuery``), fetched lazily."""
        return _items_query_items.pages(
            folder_id=folder_id,
            columns=columns,
            sys_modified_date=sys_modified_date,
            order_by_value=order_by_value,
            family_id_not_in=family_id_not_in,
            family_id_in=family_id_in,
            family_id_value_null=family_id_value_null,
            sub_family_id_not_in=sub_family_id_not_in,
            sub_family_id_in=sub_family_id_in,
            sub_family_id_value_null=sub_family_id_value_null,
            where_condition=where_condition,
            active_state_excluded=active_state_excluded,
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    def query_items_with_tracking_stock(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        sys_modified_date: datetime.datetime | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 100,
        family_id_not_in: list[str] | Unset = UNSET,
        family_id_in: list[str] | Unset = UNSET,
        family_id_value_null: bool | Unset = False,
        sub_family_id_not_in: list[str] | Unset = UNSET,
        sub_family_id_in: list[str] | Unset = UNSET,
        sub_family_id_value_null: bool | Unset = False,
        where_condition: str | Unset = UNSET,
        active_state_excluded: list[str] | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> QueryResult:
        """Query items with tracking stock.

        ``GET /v1/Folders/{FolderId}/Items/ItemsExtentedQuery/WithTrackingStock`` (operationId ``queryItemsWithTrackingStock``)

        Spec summary: Obtenir les articles filtrés et leurs suivis de stocks

        Args:
            folder_id: Identifiant du dossier (the `id` of a folder returned by `GET /v1/Folders`). (`FolderId`, path)
            columns: Permet de définir les colonnes de la table "Item" pour l'obtention des résultats (null =
                toutes). (`Columns`, query)
            sys_modified_date: Permet de filtrer les résultats modifiés après cette date - Format : date-time (as date-time in
                RFC3339). null par défaut. Ex. "2020-11-08" => `WHERE <Table>.sysModifiedDate >
                '2020-11-08T00:00:00'`. (`SysModifiedDate`, query)
            order_by_value: Permet de définir une colonne pour trier les résultats - Obligatoire pour la pagination. Par
                défaut : en fonction de la table (`id`, see Annexe 1). (`OrderByValue`, query)
            offset: Permet de définir le décalage, les "Offset" premiers résultats à ignorer - Format : int32. (FAQ
                : pour la 3e page de 25 éléments, Offset = 50.) (`Offset`, query)
            limit: Permet de définir le nombre d'éléments à afficher - Format : int32. 100 au maximum par page (FAQ
                : au-dessus, une erreur est renvoyée). (`Limit`, query)
            family_id_not_in: Permet de filtrer les résultats non liés à la liste des familles. ex : 'FA1', 'FA2'. null par
                défaut. Values containing `%` are LIKE patterns (NOT LIKE). (`FamilyIdNotIN`, query)
            family_id_in: Permet de filtrer les résultats liés à la liste des familles. ex : 'FA1', 'FA2'. null par
                défaut. Values containing `%` are LIKE patterns. (`FamilyIdIN`, query)
            family_id_value_null: Permet de filtrer les résultats sans famille (true : les résultats sans famille sont inclus, `OR
                FamilyId is Null`). (`FamilyIdValueNull`, query)
            sub_family_id_not_in: Permet de filtrer les résultats non liés à la liste des sous familles. ex : 'SFA1', 'SFA2'.
                Values containing `%` are LIKE patterns (NOT LIKE). (`SubFamilyIdNotIN`, query)
            sub_family_id_in: Permet de filtrer les résultats liés à la liste des sous familles. ex : 'SFA1', 'SFA2'. Values
                containing `%` are LIKE patterns. (`SubFamilyIdIN`, query)
            sub_family_id_value_null: Permet de filtrer les résultats sans sous familles (true : les résultats sans sous famille sont
                inclus, `OR SubFamilyId is Null`). (`SubFamilyIdValueNull`, query)
            where_condition: Permet de filtrer les résultats en insérant un filtre générique (une clause WHERE ajoutée à la
                commande SQL). The value is a YAML tree in the format of the doc's "Annexe 2 - Filtre
                personnalisé", sent URL-encoded in the query string (the HTTP client does the URL-encoding;
                build the tree with `comptoir.ebp.where`). Two node types: - `ImbricationFilter` => `(left
                operator right)`: `left` and `right` are ImbricationFilter or CustomFilter nodes, `operator` is
                `Or` or `And`. - `CustomFilter` => a condition: `column` (nom de la colonne), `operator` (`In`,
                `NotIn`, `Like`, `Equal`, `Different`, `Lower`, `LowerOrEqual`, `Upper`, `UpperOrEqual`,
                `IsNull`, `IsNotNull`, `Between`), `valueType` (type des valeurs : `String`, `Int`, `Decimal`,
                `Date`, `Column` pour un nom de colonne), `value` (liste des valeurs). Examples (decoded YAML)
                and the SQL they produce: - CustomFilter sysModifiedDate Equal Date '2021-07-12 13:43:32.000' =>
                `Where sysModifiedDate = '2021-07-12 13:43:32.000'` - CustomFilter
                UseInvoicingAddressAsDeliveryAddress Between Int [1, 5] => `Where
                UseInvoicingAddressAsDeliveryAddress Between 1 And 5` - ImbricationFilter (Id Equal 'ANIM0001')
                or (Id Equal 'BUZZ0001') => `Where (Id = 'ANIM0001' Or Id = 'BUZZ0001')` (`WhereCondition`,
                query)
            active_state_excluded: Permet de filtrer les articles qui ne sont pas dans les statuts définis (liste ; null par
                défaut). The doc lists no values; the example is illustrative only. (`ActiveStateExcluded`,
                query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            QueryResult

        """

        return _items_query_items_with_tracking_stock.sync(
            folder_id=folder_id,
            columns=columns,
            sys_modified_date=sys_modified_date,
            order_by_value=order_by_value,
            offset=offset,
            limit=limit,
            family_id_not_in=family_id_not_in,
            family_id_in=family_id_in,
            family_id_value_null=family_id_value_null,
            sub_family_id_not_in=sub_family_id_not_in,
            sub_family_id_in=sub_family_id_in,
            sub_family_id_value_null=sub_family_id_value_null,
            where_condition=where_condition,
            active_state_excluded=active_state_excluded,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def query_items_with_tracking_stock_detailed(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        sys_modified_date: datetime.datetime | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 100,
        family_id_not_in: list[str] | Unset = UNSET,
        family_id_in: list[str] | Unset = UNSET,
        family_id_value_null: bool | Unset = False,
        sub_family_id_not_in: list[str] | Unset = UNSET,
        sub_family_id_in: list[str] | Unset = UNSET,
        sub_family_id_value_null: bool | Unset = False,
        where_condition: str | Unset = UNSET,
        active_state_excluded: list[str] | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | QueryResult]:
        """Query items with tracking stock. Returns the whole ``Response``.

        ``GET /v1/Folders/{FolderId}/Items/ItemsExtentedQuery/WithTrackingStock`` (operationId ``queryItemsWithTrackingStock``)

        Spec summary: Obtenir les articles filtrés et leurs suivis de stocks

        Args:
            folder_id: Identifiant du dossier (the `id` of a folder returned by `GET /v1/Folders`). (`FolderId`, path)
            columns: Permet de définir les colonnes de la table "Item" pour l'obtention des résultats (null =
                toutes). (`Columns`, query)
            sys_modified_date: Permet de filtrer les résultats modifiés après cette date - Format : date-time (as date-time in
                RFC3339). null par défaut. Ex. "2020-11-08" => `WHERE <Table>.sysModifiedDate >
                '2020-11-08T00:00:00'`. (`SysModifiedDate`, query)
            order_by_value: Permet de définir une colonne pour trier les résultats - Obligatoire pour la pagination. Par
                défaut : en fonction de la table (`id`, see Annexe 1). (`OrderByValue`, query)
            offset: Permet de définir le décalage, les "Offset" premiers résultats à ignorer - Format : int32. (FAQ
                : pour la 3e page de 25 éléments, Offset = 50.) (`Offset`, query)
            limit: Permet de définir le nombre d'éléments à afficher - Format : int32. 100 au maximum par page (FAQ
                : au-dessus, une erreur est renvoyée). (`Limit`, query)
            family_id_not_in: Permet de filtrer les résultats non liés à la liste des familles. ex : 'FA1', 'FA2'. null par
                défaut. Values containing `%` are LIKE patterns (NOT LIKE). (`FamilyIdNotIN`, query)
            family_id_in: Permet de filtrer les résultats liés à la liste des familles. ex : 'FA1', 'FA2'. null par
                défaut. Values containing `%` are LIKE patterns. (`FamilyIdIN`, query)
            family_id_value_null: Permet de filtrer les résultats sans famille (true : les résultats sans famille sont inclus, `OR
                FamilyId is Null`). (`FamilyIdValueNull`, query)
            sub_family_id_not_in: Permet de filtrer les résultats non liés à la liste des sous familles. ex : 'SFA1', 'SFA2'.
                Values containing `%` are LIKE patterns (NOT LIKE). (`SubFamilyIdNotIN`, query)
            sub_family_id_in: Permet de filtrer les résultats liés à la liste des sous familles. ex : 'SFA1', 'SFA2'. Values
                containing `%` are LIKE patterns. (`SubFamilyIdIN`, query)
            sub_family_id_value_null: Permet de filtrer les résultats sans sous familles (true : les résultats sans sous famille sont
                inclus, `OR SubFamilyId is Null`). (`SubFamilyIdValueNull`, query)
            where_condition: Permet de filtrer les résultats en insérant un filtre générique (une clause WHERE ajoutée à la
                commande SQL). The value is a YAML tree in the format of the doc's "Annexe 2 - Filtre
                personnalisé", sent URL-encoded in the query string (the HTTP client does the URL-encoding;
                build the tree with `comptoir.ebp.where`). Two node types: - `ImbricationFilter` => `(left
                operator right)`: `left` and `right` are ImbricationFilter or CustomFilter nodes, `operator` is
                `Or` or `And`. - `CustomFilter` => a condition: `column` (nom de la colonne), `operator` (`In`,
                `NotIn`, `Like`, `Equal`, `Different`, `Lower`, `LowerOrEqual`, `Upper`, `UpperOrEqual`,
                `IsNull`, `IsNotNull`, `Between`), `valueType` (type des valeurs : `String`, `Int`, `Decimal`,
                `Date`, `Column` pour un nom de colonne), `value` (liste des valeurs). Examples (decoded YAML)
                and the SQL they produce: - CustomFilter sysModifiedDate Equal Date '2021-07-12 13:43:32.000' =>
                `Where sysModifiedDate = '2021-07-12 13:43:32.000'` - CustomFilter
                UseInvoicingAddressAsDeliveryAddress Between Int [1, 5] => `Where
                UseInvoicingAddressAsDeliveryAddress Between 1 And 5` - ImbricationFilter (Id Equal 'ANIM0001')
                or (Id Equal 'BUZZ0001') => `Where (Id = 'ANIM0001' Or Id = 'BUZZ0001')` (`WhereCondition`,
                query)
            active_state_excluded: Permet de filtrer les articles qui ne sont pas dans les statuts définis (liste ; null par
                défaut). The doc lists no values; the example is illustrative only. (`ActiveStateExcluded`,
                query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | QueryResult]

        """

        return _items_query_items_with_tracking_stock.sync_detailed(
            folder_id=folder_id,
            columns=columns,
            sys_modified_date=sys_modified_date,
            order_by_value=order_by_value,
            offset=offset,
            limit=limit,
            family_id_not_in=family_id_not_in,
            family_id_in=family_id_in,
            family_id_value_null=family_id_value_null,
            sub_family_id_not_in=sub_family_id_not_in,
            sub_family_id_in=sub_family_id_in,
            sub_family_id_value_null=sub_family_id_value_null,
            where_condition=where_condition,
            active_state_excluded=active_state_excluded,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def iterate_query_items_with_tracking_stock(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        sys_modified_date: datetime.datetime | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        family_id_not_in: list[str] | Unset = UNSET,
        family_id_in: list[str] | Unset = UNSET,
        family_id_value_null: bool | Unset = False,
        sub_family_id_not_in: list[str] | Unset = UNSET,
        sub_family_id_in: list[str] | Unset = UNSET,
        sub_family_id_value_null: bool | Unset = False,
        where_condition: str | Unset = UNSET,
        active_state_excluded: list[str] | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> Iterator[models.QueryRow]:
        """Every item of ``queryItemsWithTrackingStock``, in order, across pages (``GET /v1/Folders/{FolderId}/Items/ItemsExtentedQuery/WithTrackingStock``).

        ``start`` is the offset to resume from; ``page_size`` defaults to the largest the API accepts.
        """
        return _items_query_items_with_tracking_stock.iterate(
            folder_id=folder_id,
            columns=columns,
            sys_modified_date=sys_modified_date,
            order_by_value=order_by_value,
            family_id_not_in=family_id_not_in,
            family_id_in=family_id_in,
            family_id_value_null=family_id_value_null,
            sub_family_id_not_in=sub_family_id_not_in,
            sub_family_id_in=sub_family_id_in,
            sub_family_id_value_null=sub_family_id_value_null,
            where_condition=where_condition,
            active_state_excluded=active_state_excluded,
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    def pages_query_items_with_tracking_stock(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        sys_modified_date: datetime.datetime | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        family_id_not_in: list[str] | Unset = UNSET,
        family_id_in: list[str] | Unset = UNSET,
        family_id_value_null: bool | Unset = False,
        sub_family_id_not_in: list[str] | Unset = UNSET,
        sub_family_id_in: list[str] | Unset = UNSET,
        sub_family_id_value_null: bool | Unset = False,
        where_condition: str | Unset = UNSET,
        active_state_excluded: list[str] | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> Iterator[QueryResult]:
        """Every page of ``queryItemsWithTrackingStock`` (``GET /v1/Folders/{FolderId}/Items/ItemsExtentedQuery/WithTrackingStock``), fetched lazily."""
        return _items_query_items_with_tracking_stock.pages(
            folder_id=folder_id,
            columns=columns,
            sys_modified_date=sys_modified_date,
            order_by_value=order_by_value,
            family_id_not_in=family_id_not_in,
            family_id_in=family_id_in,
            family_id_value_null=family_id_value_null,
            sub_family_id_not_in=sub_family_id_not_in,
            sub_family_id_in=sub_family_id_in,
            sub_family_id_value_null=sub_family_id_value_null,
            where_condition=where_condition,
            active_state_excluded=active_state_excluded,
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    query = query_items
    query_detailed = query_items_detailed


@define
class BatimentClient(AuthenticatedClient):
    """The ebp_batiment client with one namespace per tag: clients, custom_fields, deals, documents, folders, generic_query, items."""

    @property
    def clients(self) -> ClientsResource:
        """The ``clients`` operations."""
        return ClientsResource(self)

    @property
    def custom_fields(self) -> CustomFieldsResource:
        """The ``custom_fields`` operations."""
        return CustomFieldsResource(self)

    @property
    def deals(self) -> DealsResource:
        """The ``deals`` operations."""
        return DealsResource(self)

    @property
    def documents(self) -> DocumentsResource:
        """The ``documents`` operations."""
        return DocumentsResource(self)

    @property
    def folders(self) -> FoldersResource:
        """The ``folders`` operations."""
        return FoldersResource(self)

    @property
    def generic_query(self) -> GenericQueryResource:
        """The ``generic_query`` operations."""
        return GenericQueryResource(self)

    @property
    def items(self) -> ItemsResource:
        """The ``items`` operations."""
        return ItemsResource(self)


class AsyncClientsResource(Namespace[AsyncAuthenticatedClient]):
    """The ``clients`` operations."""

    async def list_clients(
        self,
        folder_id: str | Unset = UNSET,
        *,
        type_client: str | Unset = UNSET,
        search_term: str | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 100,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> ClientList:
        """List clients.

        ``GET /v1/Folders/{FolderId}/Clients`` (operationId ``listClients``)

        Spec summary: Obtenir les clients (customer)

        Args:
            folder_id: Identifiant du dossier (the `id` of a folder returned by `GET /v1/Folders`). (`FolderId`, path)
            type_client: Permet de filtrer en fonction du type de client - (null pour les avoir tous). The doc lists no
                values; its example uses `client` (rows report the type as e.g. `CL`). (`TypeClient`, query)
            search_term: Permet de filtrer en fonction de la colonne "Id" ou de la colonne "Name". null par défaut.
                (`SearchTerm`, query)
            offset: Permet de définir le décalage, les "Offset" premiers résultats à ignorer - Format : int32. (FAQ
                : pour la 3e page de 25 éléments, Offset = 50.) (`Offset`, query)
            limit: Permet de définir le nombre d'éléments à afficher - Format : int32. 100 au maximum par page (FAQ
                : au-dessus, une erreur est renvoyée). (`Limit`, query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            ClientList

        """

        return await _clients_list_clients.asyncio(
            folder_id=folder_id,
            type_client=type_client,
            search_term=search_term,
            offset=offset,
            limit=limit,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def list_clients_detailed(
        self,
        folder_id: str | Unset = UNSET,
        *,
        type_client: str | Unset = UNSET,
        search_term: str | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 100,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[ClientList | EbpError]:
        """List clients. Returns the whole ``Response``.

        ``GET /v1/Folders/{FolderId}/Clients`` (operationId ``listClients``)

        Spec summary: Obtenir les clients (customer)

        Args:
            folder_id: Identifiant du dossier (the `id` of a folder returned by `GET /v1/Folders`). (`FolderId`, path)
            type_client: Permet de filtrer en fonction du type de client - (null pour les avoir tous). The doc lists no
                values; its example uses `client` (rows report the type as e.g. `CL`). (`TypeClient`, query)
            search_term: Permet de filtrer en fonction de la colonne "Id" ou de la colonne "Name". null par défaut.
                (`SearchTerm`, query)
            offset: Permet de définir le décalage, les "Offset" premiers résultats à ignorer - Format : int32. (FAQ
                : pour la 3e page de 25 éléments, Offset = 50.) (`Offset`, query)
            limit: Permet de définir le nombre d'éléments à afficher - Format : int32. 100 au maximum par page (FAQ
                : au-dessus, une erreur est renvoyée). (`Limit`, query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[ClientList | EbpError]

        """

        return await _clients_list_clients.asyncio_detailed(
            folder_id=folder_id,
            type_client=type_client,
            search_term=search_term,
            offset=offset,
            limit=limit,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def iterate_list_clients(
        self,
        folder_id: str | Unset = UNSET,
        *,
        type_client: str | Unset = UNSET,
        search_term: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> AsyncIterator[models.ClientSummary]:
        """Every item of ``listClients``, in order, across pages (``GET /v1/Folders/{FolderId}/Clients``).

        ``start`` is the offset to resume from; ``page_size`` defaults to the largest the API accepts.
        """
        return _clients_list_clients.aiterate(
            folder_id=folder_id,
            type_client=type_client,
            search_term=search_term,
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    async def query_clients(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        from_modified_date: datetime.datetime | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 100,
        customer_type: str | Unset = UNSET,
        customer_active_state: list[str] | Unset = UNSET,
        family_id_not_in: list[str] | Unset = UNSET,
        family_id_in: list[str] | Unset = UNSET,
        family_id_value_null: bool | Unset = False,
        sub_family_id_not_in: list[str] | Unset = UNSET,
        sub_family_id_in: list[str] | Unset = UNSET,
        sub_family_id_value_null: bool | Unset = False,
        where_condition: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> QueryResult:
        """Query clients.

        ``GET /v1/Folders/{FolderId}/Clients/ExtendedQuery`` (operationId ``queryClients``)

        Spec summary: Obtenir les clients filtrés

        Args:
            folder_id: Identifiant du dossier (the `id` of a folder returned by `GET /v1/Folders`). (`FolderId`, path)
            columns: Permet de définir les colonnes de la table "Customer" pour l'obtention des résultats (null =
                toutes). (`Columns`, query)
            from_modified_date: Permet de filtrer les résultats modifiés après cette date - Format : date-time (as date-time in
                RFC3339). null par défaut. (`FromModifiedDate`, query)
            order_by_value: Permet de définir une colonne pour trier les résultats - Obligatoire pour la pagination. Par
                défaut : en fonction de la table (`id`, see Annexe 1). (`OrderByValue`, query)
            offset: Permet de définir le décalage, les "Offset" premiers résultats à ignorer - Format : int32. (FAQ
                : pour la 3e page de 25 éléments, Offset = 50.) (`Offset`, query)
            limit: Permet de définir le nombre d'éléments à afficher - Format : int32. 100 au maximum par page (FAQ
                : au-dessus, une erreur est renvoyée). (`Limit`, query)
            customer_type: Permet de filtrer en fonction du type de client - (null pour les avoir tous). The doc lists no
                values; the example reuses the value of the Clients example (`TypeClient`). (`CustomerType`,
                query)
            customer_active_state: Permet de filtrer les clients avec les statuts définis (liste ; null par défaut). The doc lists
                no values; the example is illustrative only. (`CustomerActiveState`, query)
            family_id_not_in: Permet de filtrer les résultats non liés à la liste des familles. ex : 'FA1', 'FA2'. null par
                défaut. Values containing `%` are LIKE patterns (NOT LIKE). (`FamilyIdNotIN`, query)
            family_id_in: Permet de filtrer les résultats liés à la liste des familles. ex : 'FA1', 'FA2'. null par
                défaut. Values containing `%` are LIKE patterns. (`FamilyIdIN`, query)
            family_id_value_null: Permet de filtrer les résultats sans famille (true : les résultats sans famille sont inclus, `OR
                FamilyId is Null`). (`FamilyIdValueNull`, query)
            sub_family_id_not_in: Permet de filtrer les résultats non liés à la liste des sous familles. ex : 'SFA1', 'SFA2'.
                Values containing `%` are LIKE patterns (NOT LIKE). (`SubFamilyIdNotIN`, query)
            sub_family_id_in: Permet de filtrer les résultats liés à la liste des sous familles. ex : 'SFA1', 'SFA2'. Values
                containing `%` are LIKE patterns. (`SubFamilyIdIN`, query)
            sub_family_id_value_null: Permet de filtrer les résultats sans sous familles (true : les résultats sans sous famille sont
                inclus, `OR SubFamilyId is Null`). (`SubFamilyIdValueNull`, query)
            where_condition: Permet de filtrer les résultats en insérant un filtre générique (une clause WHERE ajoutée à la
                commande SQL). The value is a YAML tree in the format of the doc's "Annexe 2 - Filtre
                personnalisé", sent URL-encoded in the query string (the HTTP client does the URL-encoding;
                build the tree with `comptoir.ebp.where`). Two node types: - `ImbricationFilter` => `(left
                operator right)`: `left` and `right` are ImbricationFilter or CustomFilter nodes, `operator` is
                `Or` or `And`. - `CustomFilter` => a condition: `column` (nom de la colonne), `operator` (`In`,
                `NotIn`, `Like`, `Equal`, `Different`, `Lower`, `LowerOrEqual`, `Upper`, `UpperOrEqual`,
                `IsNull`, `IsNotNull`, `Between`), `valueType` (type des valeurs : `String`, `Int`, `Decimal`,
                `Date`, `Column` pour un nom de colonne), `value` (liste des valeurs). Examples (decoded YAML)
                and the SQL they produce: - CustomFilter sysModifiedDate Equal Date '2021-07-12 13:43:32.000' =>
                `Where sysModifiedDate = '2021-07-12 13:43:32.000'` - CustomFilter
                UseInvoicingAddressAsDeliveryAddress Between Int [1, 5] => `Where
                UseInvoicingAddressAsDeliveryAddress Between 1 And 5` - ImbricationFilter (Id Equal 'ANIM0001')
                or (Id Equal 'BUZZ0001') => `Where (Id = 'ANIM0001' Or Id = 'BUZZ0001')` (`WhereCondition`,
                query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            QueryResult

        """

        return await _clients_query_clients.asyncio(
            folder_id=folder_id,
            columns=columns,
            from_modified_date=from_modified_date,
            order_by_value=order_by_value,
            offset=offset,
            limit=limit,
            customer_type=customer_type,
            customer_active_state=customer_active_state,
            family_id_not_in=family_id_not_in,
            family_id_in=family_id_in,
            family_id_value_null=family_id_value_null,
            sub_family_id_not_in=sub_family_id_not_in,
            sub_family_id_in=sub_family_id_in,
            sub_family_id_value_null=sub_family_id_value_null,
            where_condition=where_condition,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def query_clients_detailed(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        from_modified_date: datetime.datetime | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 100,
        customer_type: str | Unset = UNSET,
        customer_active_state: list[str] | Unset = UNSET,
        family_id_not_in: list[str] | Unset = UNSET,
        family_id_in: list[str] | Unset = UNSET,
        family_id_value_null: bool | Unset = False,
        sub_family_id_not_in: list[str] | Unset = UNSET,
        sub_family_id_in: list[str] | Unset = UNSET,
        sub_family_id_value_null: bool | Unset = False,
        where_condition: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | QueryResult]:
        """Query clients. Returns the whole ``Response``.

        ``GET /v1/Folders/{FolderId}/Clients/ExtendedQuery`` (operationId ``queryClients``)

        Spec summary: Obtenir les clients filtrés

        Args:
            folder_id: Identifiant du dossier (the `id` of a folder returned by `GET /v1/Folders`). (`FolderId`, path)
            columns: Permet de définir les colonnes de la table "Customer" pour l'obtention des résultats (null =
                toutes). (`Columns`, query)
            from_modified_date: Permet de filtrer les résultats modifiés après cette date - Format : date-time (as date-time in
                RFC3339). null par défaut. (`FromModifiedDate`, query)
            order_by_value: Permet de définir une colonne pour trier les résultats - Obligatoire pour la pagination. Par
                défaut : en fonction de la table (`id`, see Annexe 1). (`OrderByValue`, query)
            offset: Permet de définir le décalage, les "Offset" premiers résultats à ignorer - Format : int32. (FAQ
                : pour la 3e page de 25 éléments, Offset = 50.) (`Offset`, query)
            limit: Permet de définir le nombre d'éléments à afficher - Format : int32. 100 au maximum par page (FAQ
                : au-dessus, une erreur est renvoyée). (`Limit`, query)
            customer_type: Permet de filtrer en fonction du type de client - (null pour les avoir tous). The doc lists no
                values; the example reuses the value of the Clients example (`TypeClient`). (`CustomerType`,
                query)
            customer_active_state: Permet de filtrer les clients avec les statuts définis (liste ; null par défaut). The doc lists
                no values; the example is illustrative only. (`CustomerActiveState`, query)
            family_id_not_in: Permet de filtrer les résultats non liés à la liste des familles. ex : 'FA1', 'FA2'. null par
                défaut. Values containing `%` are LIKE patterns (NOT LIKE). (`FamilyIdNotIN`, query)
            family_id_in: Permet de filtrer les résultats liés à la liste des familles. ex : 'FA1', 'FA2'. null par
                défaut. Values containing `%` are LIKE patterns. (`FamilyIdIN`, query)
            family_id_value_null: Permet de filtrer les résultats sans famille (true : les résultats sans famille sont inclus, `OR
                FamilyId is Null`). (`FamilyIdValueNull`, query)
            sub_family_id_not_in: Permet de filtrer les résultats non liés à la liste des sous familles. ex : 'SFA1', 'SFA2'.
                Values containing `%` are LIKE patterns (NOT LIKE). (`SubFamilyIdNotIN`, query)
            sub_family_id_in: Permet de filtrer les résultats liés à la liste des sous familles. ex : 'SFA1', 'SFA2'. Values
                containing `%` are LIKE patterns. (`SubFamilyIdIN`, query)
            sub_family_id_value_null: Permet de filtrer les résultats sans sous familles (true : les résultats sans sous famille sont
                inclus, `OR SubFamilyId is Null`). (`SubFamilyIdValueNull`, query)
            where_condition: Permet de filtrer les résultats en insérant un filtre générique (une clause WHERE ajoutée à la
                commande SQL). The value is a YAML tree in the format of the doc's "Annexe 2 - Filtre
                personnalisé", sent URL-encoded in the query string (the HTTP client does the URL-encoding;
                build the tree with `comptoir.ebp.where`). Two node types: - `ImbricationFilter` => `(left
                operator right)`: `left` and `right` are ImbricationFilter or CustomFilter nodes, `operator` is
                `Or` or `And`. - `CustomFilter` => a condition: `column` (nom de la colonne), `operator` (`In`,
                `NotIn`, `Like`, `Equal`, `Different`, `Lower`, `LowerOrEqual`, `Upper`, `UpperOrEqual`,
                `IsNull`, `IsNotNull`, `Between`), `valueType` (type des valeurs : `String`, `Int`, `Decimal`,
                `Date`, `Column` pour un nom de colonne), `value` (liste des valeurs). Examples (decoded YAML)
                and the SQL they produce: - CustomFilter sysModifiedDate Equal Date '2021-07-12 13:43:32.000' =>
                `Where sysModifiedDate = '2021-07-12 13:43:32.000'` - CustomFilter
                UseInvoicingAddressAsDeliveryAddress Between Int [1, 5] => `Where
                UseInvoicingAddressAsDeliveryAddress Between 1 And 5` - ImbricationFilter (Id Equal 'ANIM0001')
                or (Id Equal 'BUZZ0001') => `Where (Id = 'ANIM0001' Or Id = 'BUZZ0001')` (`WhereCondition`,
                query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | QueryResult]

        """

        return await _clients_query_clients.asyncio_detailed(
            folder_id=folder_id,
            columns=columns,
            from_modified_date=from_modified_date,
            order_by_value=order_by_value,
            offset=offset,
            limit=limit,
            customer_type=customer_type,
            customer_active_state=customer_active_state,
            family_id_not_in=family_id_not_in,
            family_id_in=family_id_in,
            family_id_value_null=family_id_value_null,
            sub_family_id_not_in=sub_family_id_not_in,
            sub_family_id_in=sub_family_id_in,
            sub_family_id_value_null=sub_family_id_value_null,
            where_condition=where_condition,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def iterate_query_clients(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        from_modified_date: datetime.datetime | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        customer_type: str | Unset = UNSET,
        customer_active_state: list[str] | Unset = UNSET,
        family_id_not_in: list[str] | Unset = UNSET,
        family_id_in: list[str] | Unset = UNSET,
        family_id_value_null: bool | Unset = False,
        sub_family_id_not_in: list[str] | Unset = UNSET,
        sub_family_id_in: list[str] | Unset = UNSET,
        sub_family_id_value_null: bool | Unset = False,
        where_condition: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> AsyncIterator[models.QueryRow]:
        """Every item of ``queryClients``, in order, across pages (``GET /v1/Folders/{FolderId}/Clients/ExtendedQuery``).

        ``start`` is the offset to resume from; ``page_size`` defaults to the largest the API accepts.
        """
        return _clients_query_clients.aiterate(
            folder_id=folder_id,
            columns=columns,
            from_modified_date=from_modified_date,
            order_by_value=order_by_value,
            customer_type=customer_type,
            customer_active_state=customer_active_state,
            family_id_not_in=family_id_not_in,
            family_id_in=family_id_in,
            family_id_value_null=family_id_value_null,
            sub_family_id_not_in=sub_family_id_not_in,
            sub_family_id_in=sub_family_id_in,
            sub_family_id_value_null=sub_family_id_value_null,
            where_condition=where_condition,
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    async def query_clients_with_addresses(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        from_modified_date: datetime.datetime | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 100,
        customer_type: str | Unset = UNSET,
        customer_active_state: list[str] | Unset = UNSET,
        family_id_not_in: list[str] | Unset = UNSET,
        family_id_in: list[str] | Unset = UNSET,
        family_id_value_null: bool | Unset = False,
        sub_family_id_not_in: list[str] | Unset = UNSET,
        sub_family_id_in: list[str] | Unset = UNSET,
        sub_family_id_value_null: bool | Unset = False,
        where_condition: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> QueryResult:
        """Query clients with addresses.

        ``GET /v1/Folders/{FolderId}/Clients/ExtendedQuery/WithAddress`` (operationId ``queryClientsWithAddresses``)

        Spec summary: Obtenir les clients filtrés et leurs adresses

        Args:
            folder_id: Identifiant du dossier (the `id` of a folder returned by `GET /v1/Folders`). (`FolderId`, path)
            columns: Permet de définir les colonnes de la table "Customer" pour l'obtention des résultats (null =
                toutes). (`Columns`, query)
            from_modified_date: Permet de filtrer les résultats modifiés après cette date - Format : date-time (as date-time in
                RFC3339). null par défaut. (`FromModifiedDate`, query)
            order_by_value: Permet de définir une colonne pour trier les résultats - Obligatoire pour la pagination. Par
                défaut : en fonction de la table (`id`, see Annexe 1). (`OrderByValue`, query)
            offset: Permet de définir le décalage, les "Offset" premiers résultats à ignorer - Format : int32. (FAQ
                : pour la 3e page de 25 éléments, Offset = 50.) (`Offset`, query)
            limit: Permet de définir le nombre d'éléments à afficher - Format : int32. 100 au maximum par page (FAQ
                : au-dessus, une erreur est renvoyée). (`Limit`, query)
            customer_type: Permet de filtrer en fonction du type de client - (null pour les avoir tous). The doc lists no
                values; the example reuses the value of the Clients example (`TypeClient`). (`CustomerType`,
                query)
            customer_active_state: Permet de filtrer les clients avec les statuts définis (liste ; null par défaut). The doc lists
                no values; the example is illustrative only. (`CustomerActiveState`, query)
            family_id_not_in: Permet de filtrer les résultats non liés à la liste des familles. ex : 'FA1', 'FA2'. null par
                défaut. Values containing `%` are LIKE patterns (NOT LIKE). (`FamilyIdNotIN`, query)
            family_id_in: Permet de filtrer les résultats liés à la liste des familles. ex : 'FA1', 'FA2'. null par
                défaut. Values containing `%` are LIKE patterns. (`FamilyIdIN`, query)
            family_id_value_null: Permet de filtrer les résultats sans famille (true : les résultats sans famille sont inclus, `OR
                FamilyId is Null`). (`FamilyIdValueNull`, query)
            sub_family_id_not_in: Permet de filtrer les résultats non liés à la liste des sous familles. ex : 'SFA1', 'SFA2'.
                Values containing `%` are LIKE patterns (NOT LIKE). (`SubFamilyIdNotIN`, query)
            sub_family_id_in: Permet de filtrer les résultats liés à la liste des sous familles. ex : 'SFA1', 'SFA2'. Values
                containing `%` are LIKE patterns. (`SubFamilyIdIN`, query)
            sub_family_id_value_null: Permet de filtrer les résultats sans sous familles (true : les résultats sans sous famille sont
                inclus, `OR SubFamilyId is Null`). (`SubFamilyIdValueNull`, query)
            where_condition: Permet de filtrer les résultats en insérant un filtre générique (une clause WHERE ajoutée à la
                commande SQL). The value is a YAML tree in the format of the doc's "Annexe 2 - Filtre
                personnalisé", sent URL-encoded in the query string (the HTTP client does the URL-encoding;
                build the tree with `comptoir.ebp.where`). Two node types: - `ImbricationFilter` => `(left
                operator right)`: `left` and `right` are ImbricationFilter or CustomFilter nodes, `operator` is
                `Or` or `And`. - `CustomFilter` => a condition: `column` (nom de la colonne), `operator` (`In`,
                `NotIn`, `Like`, `Equal`, `Different`, `Lower`, `LowerOrEqual`, `Upper`, `UpperOrEqual`,
                `IsNull`, `IsNotNull`, `Between`), `valueType` (type des valeurs : `String`, `Int`, `Decimal`,
                `Date`, `Column` pour un nom de colonne), `value` (liste des valeurs). Examples (decoded YAML)
                and the SQL they produce: - CustomFilter sysModifiedDate Equal Date '2021-07-12 13:43:32.000' =>
                `Where sysModifiedDate = '2021-07-12 13:43:32.000'` - CustomFilter
                UseInvoicingAddressAsDeliveryAddress Between Int [1, 5] => `Where
                UseInvoicingAddressAsDeliveryAddress Between 1 And 5` - ImbricationFilter (Id Equal 'ANIM0001')
                or (Id Equal 'BUZZ0001') => `Where (Id = 'ANIM0001' Or Id = 'BUZZ0001')` (`WhereCondition`,
                query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            QueryResult

        """

        return await _clients_query_clients_with_addresses.asyncio(
            folder_id=folder_id,
            columns=columns,
            from_modified_date=from_modified_date,
            order_by_value=order_by_value,
            offset=offset,
            limit=limit,
            customer_type=customer_type,
            customer_active_state=customer_active_state,
            family_id_not_in=family_id_not_in,
            family_id_in=family_id_in,
            family_id_value_null=family_id_value_null,
            sub_family_id_not_in=sub_family_id_not_in,
            sub_family_id_in=sub_family_id_in,
            sub_family_id_value_null=sub_family_id_value_null,
            where_condition=where_condition,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def query_clients_with_addresses_detailed(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        from_modified_date: datetime.datetime | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 100,
        customer_type: str | Unset = UNSET,
        customer_active_state: list[str] | Unset = UNSET,
        family_id_not_in: list[str] | Unset = UNSET,
        family_id_in: list[str] | Unset = UNSET,
        family_id_value_null: bool | Unset = False,
        sub_family_id_not_in: list[str] | Unset = UNSET,
        sub_family_id_in: list[str] | Unset = UNSET,
        sub_family_id_value_null: bool | Unset = False,
        where_condition: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | QueryResult]:
        """Query clients with addresses. Returns the whole ``Response``.

        ``GET /v1/Folders/{FolderId}/Clients/ExtendedQuery/WithAddress`` (operationId ``queryClientsWithAddresses``)

        Spec summary: Obtenir les clients filtrés et leurs adresses

        Args:
            folder_id: Identifiant du dossier (the `id` of a folder returned by `GET /v1/Folders`). (`FolderId`, path)
            columns: Permet de définir les colonnes de la table "Customer" pour l'obtention des résultats (null =
                toutes). (`Columns`, query)
            from_modified_date: Permet de filtrer les résultats modifiés après cette date - Format : date-time (as date-time in
                RFC3339). null par défaut. (`FromModifiedDate`, query)
            order_by_value: Permet de définir une colonne pour trier les résultats - Obligatoire pour la pagination. Par
                défaut : en fonction de la table (`id`, see Annexe 1). (`OrderByValue`, query)
            offset: Permet de définir le décalage, les "Offset" premiers résultats à ignorer - Format : int32. (FAQ
                : pour la 3e page de 25 éléments, Offset = 50.) (`Offset`, query)
            limit: Permet de définir le nombre d'éléments à afficher - Format : int32. 100 au maximum par page (FAQ
                : au-dessus, une erreur est renvoyée). (`Limit`, query)
            customer_type: Permet de filtrer en fonction du type de client - (null pour les avoir tous). The doc lists no
                values; the example reuses the value of the Clients example (`TypeClient`). (`CustomerType`,
                query)
            customer_active_state: Permet de filtrer les clients avec les statuts définis (liste ; null par défaut). The doc lists
                no values; the example is illustrative only. (`CustomerActiveState`, query)
            family_id_not_in: Permet de filtrer les résultats non liés à la liste des familles. ex : 'FA1', 'FA2'. null par
                défaut. Values containing `%` are LIKE patterns (NOT LIKE). (`FamilyIdNotIN`, query)
            family_id_in: Permet de filtrer les résultats liés à la liste des familles. ex : 'FA1', 'FA2'. null par
                défaut. Values containing `%` are LIKE patterns. (`FamilyIdIN`, query)
            family_id_value_null: Permet de filtrer les résultats sans famille (true : les résultats sans famille sont inclus, `OR
                FamilyId is Null`). (`FamilyIdValueNull`, query)
            sub_family_id_not_in: Permet de filtrer les résultats non liés à la liste des sous familles. ex : 'SFA1', 'SFA2'.
                Values containing `%` are LIKE patterns (NOT LIKE). (`SubFamilyIdNotIN`, query)
            sub_family_id_in: Permet de filtrer les résultats liés à la liste des sous familles. ex : 'SFA1', 'SFA2'. Values
                containing `%` are LIKE patterns. (`SubFamilyIdIN`, query)
            sub_family_id_value_null: Permet de filtrer les résultats sans sous familles (true : les résultats sans sous famille sont
                inclus, `OR SubFamilyId is Null`). (`SubFamilyIdValueNull`, query)
            where_condition: Permet de filtrer les résultats en insérant un filtre générique (une clause WHERE ajoutée à la
                commande SQL). The value is a YAML tree in the format of the doc's "Annexe 2 - Filtre
                personnalisé", sent URL-encoded in the query string (the HTTP client does the URL-encoding;
                build the tree with `comptoir.ebp.where`). Two node types: - `ImbricationFilter` => `(left
                operator right)`: `left` and `right` are ImbricationFilter or CustomFilter nodes, `operator` is
                `Or` or `And`. - `CustomFilter` => a condition: `column` (nom de la colonne), `operator` (`In`,
                `NotIn`, `Like`, `Equal`, `Different`, `Lower`, `LowerOrEqual`, `Upper`, `UpperOrEqual`,
                `IsNull`, `IsNotNull`, `Between`), `valueType` (type des valeurs : `String`, `Int`, `Decimal`,
                `Date`, `Column` pour un nom de colonne), `value` (liste des valeurs). Examples (decoded YAML)
                and the SQL they produce: - CustomFilter sysModifiedDate Equal Date '2021-07-12 13:43:32.000' =>
                `Where sysModifiedDate = '2021-07-12 13:43:32.000'` - CustomFilter
                UseInvoicingAddressAsDeliveryAddress Between Int [1, 5] => `Where
                UseInvoicingAddressAsDeliveryAddress Between 1 And 5` - ImbricationFilter (Id Equal 'ANIM0001')
                or (Id Equal 'BUZZ0001') => `Where (Id = 'ANIM0001' Or Id = 'BUZZ0001')` (`WhereCondition`,
                query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | QueryResult]

        """

        return await _clients_query_clients_with_addresses.asyncio_detailed(
            folder_id=folder_id,
            columns=columns,
            from_modified_date=from_modified_date,
            order_by_value=order_by_value,
            offset=offset,
            limit=limit,
            customer_type=customer_type,
            customer_active_state=customer_active_state,
            family_id_not_in=family_id_not_in,
            family_id_in=family_id_in,
            family_id_value_null=family_id_value_null,
            sub_family_id_not_in=sub_family_id_not_in,
            sub_family_id_in=sub_family_id_in,
            sub_family_id_value_null=sub_family_id_value_null,
            where_condition=where_condition,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def iterate_query_clients_with_addresses(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        from_modified_date: datetime.datetime | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        customer_type: str | Unset = UNSET,
        customer_active_state: list[str] | Unset = UNSET,
        family_id_not_in: list[str] | Unset = UNSET,
        family_id_in: list[str] | Unset = UNSET,
        family_id_value_null: bool | Unset = False,
        sub_family_id_not_in: list[str] | Unset = UNSET,
        sub_family_id_in: list[str] | Unset = UNSET,
        sub_family_id_value_null: bool | Unset = False,
        where_condition: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> AsyncIterator[models.QueryRow]:
        """Every item of ``queryClientsWithAddresses``, in order, across pages (``GET /v1/Folders/{FolderId}/Clients/ExtendedQuery/WithAddress``).

        ``start`` is the offset to resume from; ``page_size`` defaults to the largest the API accepts.
        """
        return _clients_query_clients_with_addresses.aiterate(
            folder_id=folder_id,
            columns=columns,
            from_modified_date=from_modified_date,
            order_by_value=order_by_value,
            customer_type=customer_type,
            customer_active_state=customer_active_state,
            family_id_not_in=family_id_not_in,
            family_id_in=family_id_in,
            family_id_value_null=family_id_value_null,
            sub_family_id_not_in=sub_family_id_not_in,
            sub_family_id_in=sub_family_id_in,
            sub_family_id_value_null=sub_family_id_value_null,
            where_condition=where_condition,
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    list = list_clients
    list_detailed = list_clients_detailed
    query = query_clients
    query_detailed = query_clients_detailed


class AsyncCustomFieldsResource(Namespace[AsyncAuthenticatedClient]):
    """The ``custom_fields`` operations."""

    async def get_custom_fields(
        self,
        folder_id: str | Unset = UNSET,
        *,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> CustomFieldsSchema:
        """Get custom fields.

        ``GET /v1/Folders/{FolderId}/CustomFields`` (operationId ``getCustomFields``)

        Spec summary: Obtenir les champs personnalisés

        Args:
            folder_id: Identifiant du dossier (the `id` of a folder returned by `GET /v1/Folders`). (`FolderId`, path)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            CustomFieldsSchema

        """

        return await _custom_fields_get_custom_fields.asyncio(
            folder_id=folder_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_custom_fields_detailed(
        self,
        folder_id: str | Unset = UNSET,
        *,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[CustomFieldsSchema | EbpError]:
        """Get custom fields. Returns the whole ``Response``.

        ``GET /v1/Folders/{FolderId}/CustomFields`` (operationId ``getCustomFields``)

        Spec summary: Obtenir les champs personnalisés

        Args:
            folder_id: Identifiant du dossier (the `id` of a folder returned by `GET /v1/Folders`). (`FolderId`, path)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[CustomFieldsSchema | EbpError]

        """

        return await _custom_fields_get_custom_fields.asyncio_detailed(
            folder_id=folder_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    get = get_custom_fields
    get_detailed = get_custom_fields_detailed


class AsyncDealsResource(Namespace[AsyncAuthenticatedClient]):
    """The ``deals`` operations."""

    async def query_deals(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        deal_state_excluded: list[str] | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 100,
        to_date: datetime.datetime | Unset = UNSET,
        duration: int = 0,
        where_condition: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> QueryResult:
        """Query deals.

        ``GET /v1/Folders/{FolderId}/Deals/DealsExtendedQuery`` (operationId ``queryDeals``)

        Spec summary: Obtenir les affaires filtrées (Deal)

        Args:
            folder_id: Identifiant du dossier (the `id` of a folder returned by `GET /v1/Folders`). (`FolderId`, path)
            columns: Permet de définir les colonnes de la table "Deal" pour l'obtention des résultats (null =
                toutes). Example columns taken from the doc's filter examples. (`Columns`, query)
            deal_state_excluded: Permet de filtrer les affaires qui ne sont pas dans les statuts définis (liste de noms d'états).
                The doc gives only `Finished` (DealState 4) and `Canceled` (DealState 5): "Finished","Canceled"
                => `WHERE (DealState NOT IN (4,5))`. (`DealStateExcluded`, query)
            order_by_value: Permet de trier la requête avec cette valeur par ordre ascendant. Par défaut : en fonction de la
                table (`id`). (`OrderByValue`, query)
            offset: Permet de définir le décalage, les "Offset" premiers résultats à ignorer - Format : int32. (FAQ
                : pour la 3e page de 25 éléments, Offset = 50.) (`Offset`, query)
            limit: Permet de définir le nombre d'éléments à afficher - Format : int32. 100 au maximum par page (FAQ
                : au-dessus, une erreur est renvoyée). (`Limit`, query)
            to_date: Permet de filtrer en renseignant une date de fin, par défaut date du jour (Now) - Format : date-
                time (as date-time in RFC3339). (`ToDate`, query)
            duration: Permet de filtrer les affaires entre "ToDate" et la date de création de l'affaire, inférieur à
                "Duration" jour(s) - Format : int32. Obligatoire (the doc also gives a default of 0).
                (`Duration`, query)
            where_condition: Permet de filtrer les résultats en insérant un filtre générique (une clause WHERE ajoutée à la
                commande SQL). The value is a YAML tree in the format of the doc's "Annexe 2 - Filtre
                personnalisé", sent URL-encoded in the query string (the HTTP client does the URL-encoding;
                build the tree with `comptoir.ebp.where`). Two node types: - `ImbricationFilter` => `(left
                operator right)`: `left` and `right` are ImbricationFilter or CustomFilter nodes, `operator` is
                `Or` or `And`. - `CustomFilter` => a condition: `column` (nom de la colonne), `operator` (`In`,
                `NotIn`, `Like`, `Equal`, `Different`, `Lower`, `LowerOrEqual`, `Upper`, `UpperOrEqual`,
                `IsNull`, `IsNotNull`, `Between`), `valueType` (type des valeurs : `String`, `Int`, `Decimal`,
                `Date`, `Column` pour un nom de colonne), `value` (liste des valeurs). Examples (decoded YAML)
                and the SQL they produce: - CustomFilter sysModifiedDate Equal Date '2021-07-12 13:43:32.000' =>
                `Where sysModifiedDate = '2021-07-12 13:43:32.000'` - CustomFilter
                UseInvoicingAddressAsDeliveryAddress Between Int [1, 5] => `Where
                UseInvoicingAddressAsDeliveryAddress Between 1 And 5` - ImbricationFilter (Id Equal 'ANIM0001')
                or (Id Equal 'BUZZ0001') => `Where (Id = 'ANIM0001' Or Id = 'BUZZ0001')` (`WhereCondition`,
                query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            QueryResult

        """

        return await _deals_query_deals.asyncio(
            folder_id=folder_id,
            columns=columns,
            deal_state_excluded=deal_state_excluded,
            order_by_value=order_by_value,
            offset=offset,
            limit=limit,
            to_date=to_date,
            duration=duration,
            where_condition=where_condition,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def query_deals_detailed(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        deal_state_excluded: list[str] | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 100,
        to_date: datetime.datetime | Unset = UNSET,
        duration: int = 0,
        where_condition: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | QueryResult]:
        """Query deals. Returns the whole ``Response``.

        ``GET /v1/Folders/{FolderId}/Deals/DealsExtendedQuery`` (operationId ``queryDeals``)

        Spec summary: Obtenir les affaires filtrées (Deal)

        Args:
            folder_id: Identifiant du dossier (the `id` of a folder returned by `GET /v1/Folders`). (`FolderId`, path)
            columns: Permet de définir les colonnes de la table "Deal" pour l'obtention des résultats (null =
                toutes). Example columns taken from the doc's filter examples. (`Columns`, query)
            deal_state_excluded: Permet de filtrer les affaires qui ne sont pas dans les statuts définis (liste de noms d'états).
                The doc gives only `Finished` (DealState 4) and `Canceled` (DealState 5): "Finished","Canceled"
                => `WHERE (DealState NOT IN (4,5))`. (`DealStateExcluded`, query)
            order_by_value: Permet de trier la requête avec cette valeur par ordre ascendant. Par défaut : en fonction de la
                table (`id`). (`OrderByValue`, query)
            offset: Permet de définir le décalage, les "Offset" premiers résultats à ignorer - Format : int32. (FAQ
                : pour la 3e page de 25 éléments, Offset = 50.) (`Offset`, query)
            limit: Permet de définir le nombre d'éléments à afficher - Format : int32. 100 au maximum par page (FAQ
                : au-dessus, une erreur est renvoyée). (`Limit`, query)
            to_date: Permet de filtrer en renseignant une date de fin, par défaut date du jour (Now) - Format : date-
                time (as date-time in RFC3339). (`ToDate`, query)
            duration: Permet de filtrer les affaires entre "ToDate" et la date de création de l'affaire, inférieur à
                "Duration" jour(s) - Format : int32. Obligatoire (the doc also gives a default of 0).
                (`Duration`, query)
            where_condition: Permet de filtrer les résultats en insérant un filtre générique (une clause WHERE ajoutée à la
                commande SQL). The value is a YAML tree in the format of the doc's "Annexe 2 - Filtre
                personnalisé", sent URL-encoded in the query string (the HTTP client does the URL-encoding;
                build the tree with `comptoir.ebp.where`). Two node types: - `ImbricationFilter` => `(left
                operator right)`: `left` and `right` are ImbricationFilter or CustomFilter nodes, `operator` is
                `Or` or `And`. - `CustomFilter` => a condition: `column` (nom de la colonne), `operator` (`In`,
                `NotIn`, `Like`, `Equal`, `Different`, `Lower`, `LowerOrEqual`, `Upper`, `UpperOrEqual`,
                `IsNull`, `IsNotNull`, `Between`), `valueType` (type des valeurs : `String`, `Int`, `Decimal`,
                `Date`, `Column` pour un nom de colonne), `value` (liste des valeurs). Examples (decoded YAML)
                and the SQL they produce: - CustomFilter sysModifiedDate Equal Date '2021-07-12 13:43:32.000' =>
                `Where sysModifiedDate = '2021-07-12 13:43:32.000'` - CustomFilter
                UseInvoicingAddressAsDeliveryAddress Between Int [1, 5] => `Where
                UseInvoicingAddressAsDeliveryAddress Between 1 And 5` - ImbricationFilter (Id Equal 'ANIM0001')
                or (Id Equal 'BUZZ0001') => `Where (Id = 'ANIM0001' Or Id = 'BUZZ0001')` (`WhereCondition`,
                query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | QueryResult]

        """

        return await _deals_query_deals.asyncio_detailed(
            folder_id=folder_id,
            columns=columns,
            deal_state_excluded=deal_state_excluded,
            order_by_value=order_by_value,
            offset=offset,
            limit=limit,
            to_date=to_date,
            duration=duration,
            where_condition=where_condition,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def iterate_query_deals(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        deal_state_excluded: list[str] | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        to_date: datetime.datetime | Unset = UNSET,
        duration: int = 0,
        where_condition: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> AsyncIterator[models.QueryRow]:
        """Every item of ``queryDeals``, in order, across pages (``GET /v1/Folders/{FolderId}/Deals/DealsExtendedQuery``).

        ``start`` is the offset to resume from; ``page_size`` defaults to the largest the API accepts.
        """
        return _deals_query_deals.aiterate(
            folder_id=folder_id,
            columns=columns,
            deal_state_excluded=deal_state_excluded,
            order_by_value=order_by_value,
            to_date=to_date,
            duration=duration,
            where_condition=where_condition,
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    async def query_deals_with_colleagues(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        deal_state_excluded: list[str] | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 100,
        to_date: datetime.datetime | Unset = UNSET,
        duration: int = 0,
        where_condition: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> QueryResult:
        """Query deals with colleagues.

        ``GET /v1/Folders/{FolderId}/Deals/DealsExtendedQuery/WithColleagues`` (operationId ``queryDealsWithColleagues``)

        Spec summary: Obtenir les affaires filtrées et leurs partenaires / intervenants (Deal)

        Args:
            folder_id: Identifiant du dossier (the `id` of a folder returned by `GET /v1/Folders`). (`FolderId`, path)
            columns: Permet de définir les colonnes de la table "Deal" pour l'obtention des résultats (null =
                toutes). Example columns taken from the doc's filter examples. (`Columns`, query)
            deal_state_excluded: Permet de filtrer les affaires qui ne sont pas dans les statuts définis (liste de noms d'états).
                The doc gives only `Finished` (DealState 4) and `Canceled` (DealState 5): "Finished","Canceled"
                => `WHERE (DealState NOT IN (4,5))`. (`DealStateExcluded`, query)
            order_by_value: Permet de trier la requête avec cette valeur par ordre ascendant. Par défaut : en fonction de la
                table (`id`). (`OrderByValue`, query)
            offset: Permet de définir le décalage, les "Offset" premiers résultats à ignorer - Format : int32. (FAQ
                : pour la 3e page de 25 éléments, Offset = 50.) (`Offset`, query)
            limit: Permet de définir le nombre d'éléments à afficher - Format : int32. 100 au maximum par page (FAQ
                : au-dessus, une erreur est renvoyée). (`Limit`, query)
            to_date: Permet de filtrer en renseignant une date de fin, par défaut date du jour (Now) - Format : date-
                time (as date-time in RFC3339). (`ToDate`, query)
            duration: Permet de filtrer les affaires entre "ToDate" et la date de création de l'affaire, inférieur à
                "Duration" jour(s) - Format : int32. Obligatoire (the doc also gives a default of 0).
                (`Duration`, query)
            where_condition: Permet de filtrer les résultats en insérant un filtre générique (une clause WHERE ajoutée à la
                commande SQL). The value is a YAML tree in the format of the doc's "Annexe 2 - Filtre
                personnalisé", sent URL-encoded in the query string (the HTTP client does the URL-encoding;
                build the tree with `comptoir.ebp.where`). Two node types: - `ImbricationFilter` => `(left
                operator right)`: `left` and `right` are ImbricationFilter or CustomFilter nodes, `operator` is
                `Or` or `And`. - `CustomFilter` => a condition: `column` (nom de la colonne), `operator` (`In`,
                `NotIn`, `Like`, `Equal`, `Different`, `Lower`, `LowerOrEqual`, `Upper`, `UpperOrEqual`,
                `IsNull`, `IsNotNull`, `Between`), `valueType` (type des valeurs : `String`, `Int`, `Decimal`,
                `Date`, `Column` pour un nom de colonne), `value` (liste des valeurs). Examples (decoded YAML)
                and the SQL they produce: - CustomFilter sysModifiedDate Equal Date '2021-07-12 13:43:32.000' =>
                `Where sysModifiedDate = '2021-07-12 13:43:32.000'` - CustomFilter
                UseInvoicingAddressAsDeliveryAddress Between Int [1, 5] => `Where
                UseInvoicingAddressAsDeliveryAddress Between 1 And 5` - ImbricationFilter (Id Equal 'ANIM0001')
                or (Id Equal 'BUZZ0001') => `Where (Id = 'ANIM0001' Or Id = 'BUZZ0001')` (`WhereCondition`,
                query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            QueryResult

        """

        return await _deals_query_deals_with_colleagues.asyncio(
            folder_id=folder_id,
            columns=columns,
            deal_state_excluded=deal_state_excluded,
            order_by_value=order_by_value,
            offset=offset,
            limit=limit,
            to_date=to_date,
            duration=duration,
            where_condition=where_condition,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def query_deals_with_colleagues_detailed(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        deal_state_excluded: list[str] | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 100,
        to_date: datetime.datetime | Unset = UNSET,
        duration: int = 0,
        where_condition: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | QueryResult]:
        """Query deals with colleagues. Returns the whole ``Response``.

        ``GET /v1/Folders/{FolderId}/Deals/DealsExtendedQuery/WithColleagues`` (operationId ``queryDealsWithColleagues``)

        Spec summary: Obtenir les affaires filtrées et leurs partenaires / intervenants (Deal)

        Args:
            folder_id: Identifiant du dossier (the `id` of a folder returned by `GET /v1/Folders`). (`FolderId`, path)
            columns: Permet de définir les colonnes de la table "Deal" pour l'obtention des résultats (null =
                toutes). Example columns taken from the doc's filter examples. (`Columns`, query)
            deal_state_excluded: Permet de filtrer les affaires qui ne sont pas dans les statuts définis (liste de noms d'états).
                The doc gives only `Finished` (DealState 4) and `Canceled` (DealState 5): "Finished","Canceled"
                => `WHERE (DealState NOT IN (4,5))`. (`DealStateExcluded`, query)
            order_by_value: Permet de trier la requête avec cette valeur par ordre ascendant. Par défaut : en fonction de la
                table (`id`). (`OrderByValue`, query)
            offset: Permet de définir le décalage, les "Offset" premiers résultats à ignorer - Format : int32. (FAQ
                : pour la 3e page de 25 éléments, Offset = 50.) (`Offset`, query)
            limit: Permet de définir le nombre d'éléments à afficher - Format : int32. 100 au maximum par page (FAQ
                : au-dessus, une erreur est renvoyée). (`Limit`, query)
            to_date: Permet de filtrer en renseignant une date de fin, par défaut date du jour (Now) - Format : date-
                time (as date-time in RFC3339). (`ToDate`, query)
            duration: Permet de filtrer les affaires entre "ToDate" et la date de création de l'affaire, inférieur à
                "Duration" jour(s) - Format : int32. Obligatoire (the doc also gives a default of 0).
                (`Duration`, query)
            where_condition: Permet de filtrer les résultats en insérant un filtre générique (une clause WHERE ajoutée à la
                commande SQL). The value is a YAML tree in the format of the doc's "Annexe 2 - Filtre
                personnalisé", sent URL-encoded in the query string (the HTTP client does the URL-encoding;
                build the tree with `comptoir.ebp.where`). Two node types: - `ImbricationFilter` => `(left
                operator right)`: `left` and `right` are ImbricationFilter or CustomFilter nodes, `operator` is
                `Or` or `And`. - `CustomFilter` => a condition: `column` (nom de la colonne), `operator` (`In`,
                `NotIn`, `Like`, `Equal`, `Different`, `Lower`, `LowerOrEqual`, `Upper`, `UpperOrEqual`,
                `IsNull`, `IsNotNull`, `Between`), `valueType` (type des valeurs : `String`, `Int`, `Decimal`,
                `Date`, `Column` pour un nom de colonne), `value` (liste des valeurs). Examples (decoded YAML)
                and the SQL they produce: - CustomFilter sysModifiedDate Equal Date '2021-07-12 13:43:32.000' =>
                `Where sysModifiedDate = '2021-07-12 13:43:32.000'` - CustomFilter
                UseInvoicingAddressAsDeliveryAddress Between Int [1, 5] => `Where
                UseInvoicingAddressAsDeliveryAddress Between 1 And 5` - ImbricationFilter (Id Equal 'ANIM0001')
                or (Id Equal 'BUZZ0001') => `Where (Id = 'ANIM0001' Or Id = 'BUZZ0001')` (`WhereCondition`,
                query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | QueryResult]

        """

        return await _deals_query_deals_with_colleagues.asyncio_detailed(
            folder_id=folder_id,
            columns=columns,
            deal_state_excluded=deal_state_excluded,
            order_by_value=order_by_value,
            offset=offset,
            limit=limit,
            to_date=to_date,
            duration=duration,
            where_condition=where_condition,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def iterate_query_deals_with_colleagues(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        deal_state_excluded: list[str] | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        to_date: datetime.datetime | Unset = UNSET,
        duration: int = 0,
        where_condition: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> AsyncIterator[models.QueryRow]:
        """Every item of ``queryDealsWithColleagues``, in order, across pages (``GET /v1/Folders/{FolderId}/Deals/DealsExtendedQuery/WithColleagues``).

        ``start`` is the offset to resume from; ``page_size`` defaults to the largest the API accepts.
        """
        return _deals_query_deals_with_colleagues.aiterate(
            folder_id=folder_id,
            columns=columns,
            deal_state_excluded=deal_state_excluded,
            order_by_value=order_by_value,
            to_date=to_date,
            duration=duration,
            where_condition=where_condition,
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    query = query_deals
    query_detailed = query_deals_detailed


class AsyncDocumentsResource(Namespace[AsyncAuthenticatedClient]):
    """The ``documents`` operations."""

    async def query_sale_documents(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        sys_modified_date: datetime.datetime | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 100,
        to_date: datetime.datetime | Unset = UNSET,
        duration: int,
        where_condition: str | Unset = UNSET,
        document_type: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> QueryResult:
        """Query sale documents.

        ``GET /v1/Folders/{FolderId}/Documents/SaleDocument`` (operationId ``querySaleDocuments``)

        Spec summary: Obtenir les documents de ventes filtrés (SaleDocument)

        Args:
            folder_id: Identifiant du dossier (the `id` of a folder returned by `GET /v1/Folders`). (`FolderId`, path)
            columns: Permet de définir les colonnes de la table "SaleDocument" pour l'obtention des résultats (null =
                toutes). Example columns taken from the doc's filter examples. (`Columns`, query)
            sys_modified_date: Permet de filtrer les résultats modifiés après cette date - Format : date-time (as date-time in
                RFC3339). null par défaut. Ex. "2020-11-08" => `WHERE <Table>.sysModifiedDate >
                '2020-11-08T00:00:00'`. (`SysModifiedDate`, query)
            order_by_value: Permet de définir une colonne pour trier les résultats - Obligatoire pour la pagination. Par
                défaut : en fonction de la table (`id`, see Annexe 1). (`OrderByValue`, query)
            offset: Permet de définir le décalage, les "Offset" premiers résultats à ignorer - Format : int32. (FAQ
                : pour la 3e page de 25 éléments, Offset = 50.) (`Offset`, query)
            limit: Permet de définir le nombre d'éléments à afficher - Format : int32. 100 au maximum par page (FAQ
                : au-dessus, une erreur est renvoyée). (`Limit`, query)
            to_date: Permet de filtrer en renseignant une date de fin, par défaut date du jour (Now) - Format : date-
                time (as date-time in RFC3339). (`ToDate`, query)
            duration: Permet de filtrer les documents entre "ToDate" et la date de création du document, inférieur à
                "Duration" jour(s) - Format : int32. (`Duration`, query)
            where_condition: Permet de filtrer les résultats en insérant un filtre générique (une clause WHERE ajoutée à la
                commande SQL). The value is a YAML tree in the format of the doc's "Annexe 2 - Filtre
                personnalisé", sent URL-encoded in the query string (the HTTP client does the URL-encoding;
                build the tree with `comptoir.ebp.where`). Two node types: - `ImbricationFilter` => `(left
                operator right)`: `left` and `right` are ImbricationFilter or CustomFilter nodes, `operator` is
                `Or` or `And`. - `CustomFilter` => a condition: `column` (nom de la colonne), `operator` (`In`,
                `NotIn`, `Like`, `Equal`, `Different`, `Lower`, `LowerOrEqual`, `Upper`, `UpperOrEqual`,
                `IsNull`, `IsNotNull`, `Between`), `valueType` (type des valeurs : `String`, `Int`, `Decimal`,
                `Date`, `Column` pour un nom de colonne), `value` (liste des valeurs). Examples (decoded YAML)
                and the SQL they produce: - CustomFilter sysModifiedDate Equal Date '2021-07-12 13:43:32.000' =>
                `Where sysModifiedDate = '2021-07-12 13:43:32.000'` - CustomFilter
                UseInvoicingAddressAsDeliveryAddress Between Int [1, 5] => `Where
                UseInvoicingAddressAsDeliveryAddress Between 1 And 5` - ImbricationFilter (Id Equal 'ANIM0001')
                or (Id Equal 'BUZZ0001') => `Where (Id = 'ANIM0001' Or Id = 'BUZZ0001')` (`WhereCondition`,
                query)
            document_type: Permet de filtrer en fonction du type de document - (null pour les avoir tous). The doc lists no
                values; the example is illustrative only. (`DocumentType`, query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            QueryResult

        """

        return await _documents_query_sale_documents.asyncio(
            folder_id=folder_id,
            columns=columns,
            sys_modified_date=sys_modified_date,
            order_by_value=order_by_value,
            offset=offset,
            limit=limit,
            to_date=to_date,
            duration=duration,
            where_condition=where_condition,
            document_type=document_type,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def query_sale_documents_detailed(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        sys_modified_date: datetime.datetime | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 100,
        to_date: datetime.datetime | Unset = UNSET,
        duration: int,
        where_condition: str | Unset = UNSET,
        document_type: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | QueryResult]:
        """Query sale documents. Returns the whole ``Response``.

        ``GET /v1/Folders/{FolderId}/Documents/SaleDocument`` (operationId ``querySaleDocuments``)

        Spec summary: Obtenir les documents de ventes filtrés (SaleDocument)

        Args:
            folder_id: Identifiant du dossier (the `id` of a folder returned by `GET /v1/Folders`). (`FolderId`, path)
            columns: Permet de définir les colonnes de la table "SaleDocument" pour l'obtention des résultats (null =
                toutes). Example columns taken from the doc's filter examples. (`Columns`, query)
            sys_modified_date: Permet de filtrer les résultats modifiés après cette date - Format : date-time (as date-time in
                RFC3339). null par défaut. Ex. "2020-11-08" => `WHERE <Table>.sysModifiedDate >
                '2020-11-08T00:00:00'`. (`SysModifiedDate`, query)
            order_by_value: Permet de définir une colonne pour trier les résultats - Obligatoire pour la pagination. Par
                défaut : en fonction de la table (`id`, see Annexe 1). (`OrderByValue`, query)
            offset: Permet de définir le décalage, les "Offset" premiers résultats à ignorer - Format : int32. (FAQ
                : pour la 3e page de 25 éléments, Offset = 50.) (`Offset`, query)
            limit: Permet de définir le nombre d'éléments à afficher - Format : int32. 100 au maximum par page (FAQ
                : au-dessus, une erreur est renvoyée). (`Limit`, query)
            to_date: Permet de filtrer en renseignant une date de fin, par défaut date du jour (Now) - Format : date-
                time (as date-time in RFC3339). (`ToDate`, query)
            duration: Permet de filtrer les documents entre "ToDate" et la date de création du document, inférieur à
                "Duration" jour(s) - Format : int32. (`Duration`, query)
            where_condition: Permet de filtrer les résultats en insérant un filtre générique (une clause WHERE ajoutée à la
                commande SQL). The value is a YAML tree in the format of the doc's "Annexe 2 - Filtre
                personnalisé", sent URL-encoded in the query string (the HTTP client does the URL-encoding;
                build the tree with `comptoir.ebp.where`). Two node types: - `ImbricationFilter` => `(left
                operator right)`: `left` and `right` are ImbricationFilter or CustomFilter nodes, `operator` is
                `Or` or `And`. - `CustomFilter` => a condition: `column` (nom de la colonne), `operator` (`In`,
                `NotIn`, `Like`, `Equal`, `Different`, `Lower`, `LowerOrEqual`, `Upper`, `UpperOrEqual`,
                `IsNull`, `IsNotNull`, `Between`), `valueType` (type des valeurs : `String`, `Int`, `Decimal`,
                `Date`, `Column` pour un nom de colonne), `value` (liste des valeurs). Examples (decoded YAML)
                and the SQL they produce: - CustomFilter sysModifiedDate Equal Date '2021-07-12 13:43:32.000' =>
                `Where sysModifiedDate = '2021-07-12 13:43:32.000'` - CustomFilter
                UseInvoicingAddressAsDeliveryAddress Between Int [1, 5] => `Where
                UseInvoicingAddressAsDeliveryAddress Between 1 And 5` - ImbricationFilter (Id Equal 'ANIM0001')
                or (Id Equal 'BUZZ0001') => `Where (Id = 'ANIM0001' Or Id = 'BUZZ0001')` (`WhereCondition`,
                query)
            document_type: Permet de filtrer en fonction du type de document - (null pour les avoir tous). The doc lists no
                values; the example is illustrative only. (`DocumentType`, query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | QueryResult]

        """

        return await _documents_query_sale_documents.asyncio_detailed(
            folder_id=folder_id,
            columns=columns,
            sys_modified_date=sys_modified_date,
            order_by_value=order_by_value,
            offset=offset,
            limit=limit,
            to_date=to_date,
            duration=duration,
            where_condition=where_condition,
            document_type=document_type,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def iterate_query_sale_documents(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        sys_modified_date: datetime.datetime | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        to_date: datetime.datetime | Unset = UNSET,
        duration: int,
        where_condition: str | Unset = UNSET,
        document_type: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> AsyncIterator[models.QueryRow]:
        """Every item of ``querySaleDocuments``, in order, across pages (``GET /v1/Folders/{FolderId}/Documents/SaleDocument``).

        ``start`` is the offset to resume from; ``page_size`` defaults to the largest the API accepts.
        """
        return _documents_query_sale_documents.aiterate(
            folder_id=folder_id,
            columns=columns,
            sys_modified_date=sys_modified_date,
            order_by_value=order_by_value,
            to_date=to_date,
            duration=duration,
            where_condition=where_condition,
            document_type=document_type,
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    async def query_sale_documents_with_lines(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        sys_modified_date: datetime.datetime | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 100,
        to_date: datetime.datetime | Unset = UNSET,
        duration: int,
        where_condition: str | Unset = UNSET,
        document_type: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> QueryResult:
        """Query sale documents with lines.

        ``GET /v1/Folders/{FolderId}/Documents/SaleDocument/WithLines`` (operationId ``querySaleDocumentsWithLines``)

        Spec summary: Obtenir les documents de ventes filtrés et leurs lignes

        Args:
            folder_id: Identifiant du dossier (the `id` of a folder returned by `GET /v1/Folders`). (`FolderId`, path)
            columns: Permet de définir les colonnes de la table "SaleDocument" pour l'obtention des résultats (null =
                toutes). Example columns taken from the doc's filter examples. (`Columns`, query)
            sys_modified_date: Permet de filtrer les résultats modifiés après cette date - Format : date-time (as date-time in
                RFC3339). null par défaut. Ex. "2020-11-08" => `WHERE <Table>.sysModifiedDate >
                '2020-11-08T00:00:00'`. (`SysModifiedDate`, query)
            order_by_value: Permet de définir une colonne pour trier les résultats - Obligatoire pour la pagination. Par
                défaut : en fonction de la table (`id`, see Annexe 1). (`OrderByValue`, query)
            offset: Permet de définir le décalage, les "Offset" premiers résultats à ignorer - Format : int32. (FAQ
                : pour la 3e page de 25 éléments, Offset = 50.) (`Offset`, query)
            limit: Permet de définir le nombre d'éléments à afficher - Format : int32. 100 au maximum par page (FAQ
                : au-dessus, une erreur est renvoyée). (`Limit`, query)
            to_date: Permet de filtrer en renseignant une date de fin, par défaut date du jour (Now) - Format : date-
                time (as date-time in RFC3339). (`ToDate`, query)
            duration: Permet de filtrer les documents entre "ToDate" et la date de création du document, inférieur à
                "Duration" jour(s) - Format : int32. (`Duration`, query)
            where_condition: Permet de filtrer les résultats en insérant un filtre générique (une clause WHERE ajoutée à la
                commande SQL). The value is a YAML tree in the format of the doc's "Annexe 2 - Filtre
                personnalisé", sent URL-encoded in the query string (the HTTP client does the URL-encoding;
                build the tree with `comptoir.ebp.where`). Two node types: - `ImbricationFilter` => `(left
                operator right)`: `left` and `right` are ImbricationFilter or CustomFilter nodes, `operator` is
                `Or` or `And`. - `CustomFilter` => a condition: `column` (nom de la colonne), `operator` (`In`,
                `NotIn`, `Like`, `Equal`, `Different`, `Lower`, `LowerOrEqual`, `Upper`, `UpperOrEqual`,
                `IsNull`, `IsNotNull`, `Between`), `valueType` (type des valeurs : `String`, `Int`, `Decimal`,
                `Date`, `Column` pour un nom de colonne), `value` (liste des valeurs). Examples (decoded YAML)
                and the SQL they produce: - CustomFilter sysModifiedDate Equal Date '2021-07-12 13:43:32.000' =>
                `Where sysModifiedDate = '2021-07-12 13:43:32.000'` - CustomFilter
                UseInvoicingAddressAsDeliveryAddress Between Int [1, 5] => `Where
                UseInvoicingAddressAsDeliveryAddress Between 1 And 5` - ImbricationFilter (Id Equal 'ANIM0001')
                or (Id Equal 'BUZZ0001') => `Where (Id = 'ANIM0001' Or Id = 'BUZZ0001')` (`WhereCondition`,
                query)
            document_type: Permet de filtrer en fonction du type de document - (null pour les avoir tous). The doc lists no
                values; the example is illustrative only. (`DocumentType`, query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            QueryResult

        """

        return await _documents_query_sale_documents_with_lines.asyncio(
            folder_id=folder_id,
            columns=columns,
            sys_modified_date=sys_modified_date,
            order_by_value=order_by_value,
            offset=offset,
            limit=limit,
            to_date=to_date,
            duration=duration,
            where_condition=where_condition,
            document_type=document_type,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def query_sale_documents_with_lines_detailed(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        sys_modified_date: datetime.datetime | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 100,
        to_date: datetime.datetime | Unset = UNSET,
        duration: int,
        where_condition: str | Unset = UNSET,
        document_type: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | QueryResult]:
        """Query sale documents with lines. Returns the whole ``Response``.

        ``GET /v1/Folders/{FolderId}/Documents/SaleDocument/WithLines`` (operationId ``querySaleDocumentsWithLines``)

        Spec summary: Obtenir les documents de ventes filtrés et leurs lignes

        Args:
            folder_id: Identifiant du dossier (the `id` of a folder returned by `GET /v1/Folders`). (`FolderId`, path)
            columns: Permet de définir les colonnes de la table "SaleDocument" pour l'obtention des résultats (null =
                toutes). Example columns taken from the doc's filter examples. (`Columns`, query)
            sys_modified_date: Permet de filtrer les résultats modifiés après cette date - Format : date-time (as date-time in
                RFC3339). null par défaut. Ex. "2020-11-08" => `WHERE <Table>.sysModifiedDate >
                '2020-11-08T00:00:00'`. (`SysModifiedDate`, query)
            order_by_value: Permet de définir une colonne pour trier les résultats - Obligatoire pour la pagination. Par
                défaut : en fonction de la table (`id`, see Annexe 1). (`OrderByValue`, query)
            offset: Permet de définir le décalage, les "Offset" premiers résultats à ignorer - Format : int32. (FAQ
                : pour la 3e page de 25 éléments, Offset = 50.) (`Offset`, query)
            limit: Permet de définir le nombre d'éléments à afficher - Format : int32. 100 au maximum par page (FAQ
                : au-dessus, une erreur est renvoyée). (`Limit`, query)
            to_date: Permet de filtrer en renseignant une date de fin, par défaut date du jour (Now) - Format : date-
                time (as date-time in RFC3339). (`ToDate`, query)
            duration: Permet de filtrer les documents entre "ToDate" et la date de création du document, inférieur à
                "Duration" jour(s) - Format : int32. (`Duration`, query)
            where_condition: Permet de filtrer les résultats en insérant un filtre générique (une clause WHERE ajoutée à la
                commande SQL). The value is a YAML tree in the format of the doc's "Annexe 2 - Filtre
                personnalisé", sent URL-encoded in the query string (the HTTP client does the URL-encoding;
                build the tree with `comptoir.ebp.where`). Two node types: - `ImbricationFilter` => `(left
                operator right)`: `left` and `right` are ImbricationFilter or CustomFilter nodes, `operator` is
                `Or` or `And`. - `CustomFilter` => a condition: `column` (nom de la colonne), `operator` (`In`,
                `NotIn`, `Like`, `Equal`, `Different`, `Lower`, `LowerOrEqual`, `Upper`, `UpperOrEqual`,
                `IsNull`, `IsNotNull`, `Between`), `valueType` (type des valeurs : `String`, `Int`, `Decimal`,
                `Date`, `Column` pour un nom de colonne), `value` (liste des valeurs). Examples (decoded YAML)
                and the SQL they produce: - CustomFilter sysModifiedDate Equal Date '2021-07-12 13:43:32.000' =>
                `Where sysModifiedDate = '2021-07-12 13:43:32.000'` - CustomFilter
                UseInvoicingAddressAsDeliveryAddress Between Int [1, 5] => `Where
                UseInvoicingAddressAsDeliveryAddress Between 1 And 5` - ImbricationFilter (Id Equal 'ANIM0001')
                or (Id Equal 'BUZZ0001') => `Where (Id = 'ANIM0001' Or Id = 'BUZZ0001')` (`WhereCondition`,
                query)
            document_type: Permet de filtrer en fonction du type de document - (null pour les avoir tous). The doc lists no
                values; the example is illustrative only. (`DocumentType`, query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | QueryResult]

        """

        return await _documents_query_sale_documents_with_lines.asyncio_detailed(
            folder_id=folder_id,
            columns=columns,
            sys_modified_date=sys_modified_date,
            order_by_value=order_by_value,
            offset=offset,
            limit=limit,
            to_date=to_date,
            duration=duration,
            where_condition=where_condition,
            document_type=document_type,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def iterate_query_sale_documents_with_lines(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        sys_modified_date: datetime.datetime | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        to_date: datetime.datetime | Unset = UNSET,
        duration: int,
        where_condition: str | Unset = UNSET,
        document_type: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> AsyncIterator[models.QueryRow]:
        """Every item of ``querySaleDocumentsWithLines``, in order, across pages (``GET /v1/Folders/{FolderId}/Documents/SaleDocument/WithLines``).

        ``start`` is the offset to resume from; ``page_size`` defaults to the largest the API accepts.
        """
        return _documents_query_sale_documents_with_lines.aiterate(
            folder_id=folder_id,
            columns=columns,
            sys_modified_date=sys_modified_date,
            order_by_value=order_by_value,
            to_date=to_date,
            duration=duration,
            where_condition=where_condition,
            document_type=document_type,
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    async def query_purchase_documents(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        sys_modified_date: datetime.datetime | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 100,
        to_date: datetime.datetime | Unset = UNSET,
        duration: int,
        where_condition: str | Unset = UNSET,
        document_type: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> QueryResult:
        """Query purchase documents.

        ``GET /v1/Folders/{FolderId}/Documents/PurchaseDocument`` (operationId ``queryPurchaseDocuments``)

        Spec summary: Obtenir les documents d'achats filtrés (PurchaseDocument)

        Args:
            folder_id: Identifiant du dossier (the `id` of a folder returned by `GET /v1/Folders`). (`FolderId`, path)
            columns: Permet de définir les colonnes de la table "PurchaseDocument" pour l'obtention des résultats
                (null = toutes). Example columns taken from the doc's filter examples. (`Columns`, query)
            sys_modified_date: Permet de filtrer les résultats modifiés après cette date - Format : date-time (as date-time in
                RFC3339). null par défaut. Ex. "2020-11-08" => `WHERE <Table>.sysModifiedDate >
                '2020-11-08T00:00:00'`. (`SysModifiedDate`, query)
            order_by_value: Permet de définir une colonne pour trier les résultats - Obligatoire pour la pagination. Par
                défaut : en fonction de la table (`id`, see Annexe 1). (`OrderByValue`, query)
            offset: Permet de définir le décalage, les "Offset" premiers résultats à ignorer - Format : int32. (FAQ
                : pour la 3e page de 25 éléments, Offset = 50.) (`Offset`, query)
            limit: Permet de définir le nombre d'éléments à afficher - Format : int32. 100 au maximum par page (FAQ
                : au-dessus, une erreur est renvoyée). (`Limit`, query)
            to_date: Permet de filtrer en renseignant une date de fin, par défaut date du jour (Now) - Format : date-
                time (as date-time in RFC3339). (`ToDate`, query)
            duration: Permet de filtrer les documents entre "ToDate" et la date de création du document, inférieur à
                "Duration" jour(s) - Format : int32. (`Duration`, query)
            where_condition: Permet de filtrer les résultats en insérant un filtre générique (une clause WHERE ajoutée à la
                commande SQL). The value is a YAML tree in the format of the doc's "Annexe 2 - Filtre
                personnalisé", sent URL-encoded in the query string (the HTTP client does the URL-encoding;
                build the tree with `comptoir.ebp.where`). Two node types: - `ImbricationFilter` => `(left
                operator right)`: `left` and `right` are ImbricationFilter or CustomFilter nodes, `operator` is
                `Or` or `And`. - `CustomFilter` => a condition: `column` (nom de la colonne), `operator` (`In`,
                `NotIn`, `Like`, `Equal`, `Different`, `Lower`, `LowerOrEqual`, `Upper`, `UpperOrEqual`,
                `IsNull`, `IsNotNull`, `Between`), `valueType` (type des valeurs : `String`, `Int`, `Decimal`,
                `Date`, `Column` pour un nom de colonne), `value` (liste des valeurs). Examples (decoded YAML)
                and the SQL they produce: - CustomFilter sysModifiedDate Equal Date '2021-07-12 13:43:32.000' =>
                `Where sysModifiedDate = '2021-07-12 13:43:32.000'` - CustomFilter
                UseInvoicingAddressAsDeliveryAddress Between Int [1, 5] => `Where
                UseInvoicingAddressAsDeliveryAddress Between 1 And 5` - ImbricationFilter (Id Equal 'ANIM0001')
                or (Id Equal 'BUZZ0001') => `Where (Id = 'ANIM0001' Or Id = 'BUZZ0001')` (`WhereCondition`,
                query)
            document_type: Permet de filtrer en fonction du type de document - (null pour les avoir tous). The doc lists no
                values; the example is illustrative only. (`DocumentType`, query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            QueryResult

        """

        return await _documents_query_purchase_documents.asyncio(
            folder_id=folder_id,
            columns=columns,
            sys_modified_date=sys_modified_date,
            order_by_value=order_by_value,
            offset=offset,
            limit=limit,
            to_date=to_date,
            duration=duration,
            where_condition=where_condition,
            document_type=document_type,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def query_purchase_documents_detailed(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        sys_modified_date: datetime.datetime | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 100,
        to_date: datetime.datetime | Unset = UNSET,
        duration: int,
        where_condition: str | Unset = UNSET,
        document_type: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | QueryResult]:
        """Query purchase documents. Returns the whole ``Response``.

        ``GET /v1/Folders/{FolderId}/Documents/PurchaseDocument`` (operationId ``queryPurchaseDocuments``)

        Spec summary: Obtenir les documents d'achats filtrés (PurchaseDocument)

        Args:
            folder_id: Identifiant du dossier (the `id` of a folder returned by `GET /v1/Folders`). (`FolderId`, path)
            columns: Permet de définir les colonnes de la table "PurchaseDocument" pour l'obtention des résultats
                (null = toutes). Example columns taken from the doc's filter examples. (`Columns`, query)
            sys_modified_date: Permet de filtrer les résultats modifiés après cette date - Format : date-time (as date-time in
                RFC3339). null par défaut. Ex. "2020-11-08" => `WHERE <Table>.sysModifiedDate >
                '2020-11-08T00:00:00'`. (`SysModifiedDate`, query)
            order_by_value: Permet de définir une colonne pour trier les résultats - Obligatoire pour la pagination. Par
                défaut : en fonction de la table (`id`, see Annexe 1). (`OrderByValue`, query)
            offset: Permet de définir le décalage, les "Offset" premiers résultats à ignorer - Format : int32. (FAQ
                : pour la 3e page de 25 éléments, Offset = 50.) (`Offset`, query)
            limit: Permet de définir le nombre d'éléments à afficher - Format : int32. 100 au maximum par page (FAQ
                : au-dessus, une erreur est renvoyée). (`Limit`, query)
            to_date: Permet de filtrer en renseignant une date de fin, par défaut date du jour (Now) - Format : date-
                time (as date-time in RFC3339). (`ToDate`, query)
            duration: Permet de filtrer les documents entre "ToDate" et la date de création du document, inférieur à
                "Duration" jour(s) - Format : int32. (`Duration`, query)
            where_condition: Permet de filtrer les résultats en insérant un filtre générique (une clause WHERE ajoutée à la
                commande SQL). The value is a YAML tree in the format of the doc's "Annexe 2 - Filtre
                personnalisé", sent URL-encoded in the query string (the HTTP client does the URL-encoding;
                build the tree with `comptoir.ebp.where`). Two node types: - `ImbricationFilter` => `(left
                operator right)`: `left` and `right` are ImbricationFilter or CustomFilter nodes, `operator` is
                `Or` or `And`. - `CustomFilter` => a condition: `column` (nom de la colonne), `operator` (`In`,
                `NotIn`, `Like`, `Equal`, `Different`, `Lower`, `LowerOrEqual`, `Upper`, `UpperOrEqual`,
                `IsNull`, `IsNotNull`, `Between`), `valueType` (type des valeurs : `String`, `Int`, `Decimal`,
                `Date`, `Column` pour un nom de colonne), `value` (liste des valeurs). Examples (decoded YAML)
                and the SQL they produce: - CustomFilter sysModifiedDate Equal Date '2021-07-12 13:43:32.000' =>
                `Where sysModifiedDate = '2021-07-12 13:43:32.000'` - CustomFilter
                UseInvoicingAddressAsDeliveryAddress Between Int [1, 5] => `Where
                UseInvoicingAddressAsDeliveryAddress Between 1 And 5` - ImbricationFilter (Id Equal 'ANIM0001')
                or (Id Equal 'BUZZ0001') => `Where (Id = 'ANIM0001' Or Id = 'BUZZ0001')` (`WhereCondition`,
                query)
            document_type: Permet de filtrer en fonction du type de document - (null pour les avoir tous). The doc lists no
                values; the example is illustrative only. (`DocumentType`, query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | QueryResult]

        """

        return await _documents_query_purchase_documents.asyncio_detailed(
            folder_id=folder_id,
            columns=columns,
            sys_modified_date=sys_modified_date,
            order_by_value=order_by_value,
            offset=offset,
            limit=limit,
            to_date=to_date,
            duration=duration,
            where_condition=where_condition,
            document_type=document_type,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def iterate_query_purchase_documents(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        sys_modified_date: datetime.datetime | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        to_date: datetime.datetime | Unset = UNSET,
        duration: int,
        where_condition: str | Unset = UNSET,
        document_type: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> AsyncIterator[models.QueryRow]:
        """Every item of ``queryPurchaseDocuments``, in order, across pages (``GET /v1/Folders/{FolderId}/Documents/PurchaseDocument``).

        ``start`` is the offset to resume from; ``page_size`` defaults to the largest the API accepts.
        """
        return _documents_query_purchase_documents.aiterate(
            folder_id=folder_id,
            columns=columns,
            sys_modified_date=sys_modified_date,
            order_by_value=order_by_value,
            to_date=to_date,
            duration=duration,
            where_condition=where_condition,
            document_type=document_type,
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    async def query_purchase_documents_with_lines(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        sys_modified_date: datetime.datetime | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 100,
        to_date: datetime.datetime | Unset = UNSET,
        duration: int,
        where_condition: str | Unset = UNSET,
        document_type: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> QueryResult:
        """Query purchase documents with lines.

        ``GET /v1/Folders/{FolderId}/Documents/PurchaseDocument/WithLines`` (operationId ``queryPurchaseDocumentsWithLines``)

        Spec summary: Obtenir les documents d'achats filtrés et leurs lignes

        Args:
            folder_id: Identifiant du dossier (the `id` of a folder returned by `GET /v1/Folders`). (`FolderId`, path)
            columns: Permet de définir les colonnes de la table "PurchaseDocument" pour l'obtention des résultats
                (null = toutes). Example columns taken from the doc's filter examples. (`Columns`, query)
            sys_modified_date: Permet de filtrer les résultats modifiés après cette date - Format : date-time (as date-time in
                RFC3339). null par défaut. Ex. "2020-11-08" => `WHERE <Table>.sysModifiedDate >
                '2020-11-08T00:00:00'`. (`SysModifiedDate`, query)
            order_by_value: Permet de définir une colonne pour trier les résultats - Obligatoire pour la pagination. Par
                défaut : en fonction de la table (`id`, see Annexe 1). (`OrderByValue`, query)
            offset: Permet de définir le décalage, les "Offset" premiers résultats à ignorer - Format : int32. (FAQ
                : pour la 3e page de 25 éléments, Offset = 50.) (`Offset`, query)
            limit: Permet de définir le nombre d'éléments à afficher - Format : int32. 100 au maximum par page (FAQ
                : au-dessus, une erreur est renvoyée). (`Limit`, query)
            to_date: Permet de filtrer en renseignant une date de fin, par défaut date du jour (Now) - Format : date-
                time (as date-time in RFC3339). (`ToDate`, query)
            duration: Permet de filtrer les documents entre "ToDate" et la date de création du document, inférieur à
                "Duration" jour(s) - Format : int32. (`Duration`, query)
            where_condition: Permet de filtrer les résultats en insérant un filtre générique (une clause WHERE ajoutée à la
                commande SQL). The value is a YAML tree in the format of the doc's "Annexe 2 - Filtre
                personnalisé", sent URL-encoded in the query string (the HTTP client does the URL-encoding;
                build the tree with `comptoir.ebp.where`). Two node types: - `ImbricationFilter` => `(left
                operator right)`: `left` and `right` are ImbricationFilter or CustomFilter nodes, `operator` is
                `Or` or `And`. - `CustomFilter` => a condition: `column` (nom de la colonne), `operator` (`In`,
                `NotIn`, `Like`, `Equal`, `Different`, `Lower`, `LowerOrEqual`, `Upper`, `UpperOrEqual`,
                `IsNull`, `IsNotNull`, `Between`), `valueType` (type des valeurs : `String`, `Int`, `Decimal`,
                `Date`, `Column` pour un nom de colonne), `value` (liste des valeurs). Examples (decoded YAML)
                and the SQL they produce: - CustomFilter sysModifiedDate Equal Date '2021-07-12 13:43:32.000' =>
                `Where sysModifiedDate = '2021-07-12 13:43:32.000'` - CustomFilter
                UseInvoicingAddressAsDeliveryAddress Between Int [1, 5] => `Where
                UseInvoicingAddressAsDeliveryAddress Between 1 And 5` - ImbricationFilter (Id Equal 'ANIM0001')
                or (Id Equal 'BUZZ0001') => `Where (Id = 'ANIM0001' Or Id = 'BUZZ0001')` (`WhereCondition`,
                query)
            document_type: Permet de filtrer en fonction du type de document - (null pour les avoir tous). The doc lists no
                values; the example is illustrative only. (`DocumentType`, query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            QueryResult

        """

        return await _documents_query_purchase_documents_with_lines.asyncio(
            folder_id=folder_id,
            columns=columns,
            sys_modified_date=sys_modified_date,
            order_by_value=order_by_value,
            offset=offset,
            limit=limit,
            to_date=to_date,
            duration=duration,
            where_condition=where_condition,
            document_type=document_type,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def query_purchase_documents_with_lines_detailed(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        sys_modified_date: datetime.datetime | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 100,
        to_date: datetime.datetime | Unset = UNSET,
        duration: int,
        where_condition: str | Unset = UNSET,
        document_type: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | QueryResult]:
        """Query purchase documents with lines. Returns the whole ``Response``.

        ``GET /v1/Folders/{FolderId}/Documents/PurchaseDocument/WithLines`` (operationId ``queryPurchaseDocumentsWithLines``)

        Spec summary: Obtenir les documents d'achats filtrés et leurs lignes

        Args:
            folder_id: Identifiant du dossier (the `id` of a folder returned by `GET /v1/Folders`). (`FolderId`, path)
            columns: Permet de définir les colonnes de la table "PurchaseDocument" pour l'obtention des résultats
                (null = toutes). Example columns taken from the doc's filter examples. (`Columns`, query)
            sys_modified_date: Permet de filtrer les résultats modifiés après cette date - Format : date-time (as date-time in
                RFC3339). null par défaut. Ex. "2020-11-08" => `WHERE <Table>.sysModifiedDate >
                '2020-11-08T00:00:00'`. (`SysModifiedDate`, query)
            order_by_value: Permet de définir une colonne pour trier les résultats - Obligatoire pour la pagination. Par
                défaut : en fonction de la table (`id`, see Annexe 1). (`OrderByValue`, query)
            offset: Permet de définir le décalage, les "Offset" premiers résultats à ignorer - Format : int32. (FAQ
                : pour la 3e page de 25 éléments, Offset = 50.) (`Offset`, query)
            limit: Permet de définir le nombre d'éléments à afficher - Format : int32. 100 au maximum par page (FAQ
                : au-dessus, une erreur est renvoyée). (`Limit`, query)
            to_date: Permet de filtrer en renseignant une date de fin, par défaut date du jour (Now) - Format : date-
                time (as date-time in RFC3339). (`ToDate`, query)
            duration: Permet de filtrer les documents entre "ToDate" et la date de création du document, inférieur à
                "Duration" jour(s) - Format : int32. (`Duration`, query)
            where_condition: Permet de filtrer les résultats en insérant un filtre générique (une clause WHERE ajoutée à la
                commande SQL). The value is a YAML tree in the format of the doc's "Annexe 2 - Filtre
                personnalisé", sent URL-encoded in the query string (the HTTP client does the URL-encoding;
                build the tree with `comptoir.ebp.where`). Two node types: - `ImbricationFilter` => `(left
                operator right)`: `left` and `right` are ImbricationFilter or CustomFilter nodes, `operator` is
                `Or` or `And`. - `CustomFilter` => a condition: `column` (nom de la colonne), `operator` (`In`,
                `NotIn`, `Like`, `Equal`, `Different`, `Lower`, `LowerOrEqual`, `Upper`, `UpperOrEqual`,
                `IsNull`, `IsNotNull`, `Between`), `valueType` (type des valeurs : `String`, `Int`, `Decimal`,
                `Date`, `Column` pour un nom de colonne), `value` (liste des valeurs). Examples (decoded YAML)
                and the SQL they produce: - CustomFilter sysModifiedDate Equal Date '2021-07-12 13:43:32.000' =>
                `Where sysModifiedDate = '2021-07-12 13:43:32.000'` - CustomFilter
                UseInvoicingAddressAsDeliveryAddress Between Int [1, 5] => `Where
                UseInvoicingAddressAsDeliveryAddress Between 1 And 5` - ImbricationFilter (Id Equal 'ANIM0001')
                or (Id Equal 'BUZZ0001') => `Where (Id = 'ANIM0001' Or Id = 'BUZZ0001')` (`WhereCondition`,
                query)
            document_type: Permet de filtrer en fonction du type de document - (null pour les avoir tous). The doc lists no
                values; the example is illustrative only. (`DocumentType`, query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | QueryResult]

        """

        return await _documents_query_purchase_documents_with_lines.asyncio_detailed(
            folder_id=folder_id,
            columns=columns,
            sys_modified_date=sys_modified_date,
            order_by_value=order_by_value,
            offset=offset,
            limit=limit,
            to_date=to_date,
            duration=duration,
            where_condition=where_condition,
            document_type=document_type,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def iterate_query_purchase_documents_with_lines(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        sys_modified_date: datetime.datetime | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        to_date: datetime.datetime | Unset = UNSET,
        duration: int,
        where_condition: str | Unset = UNSET,
        document_type: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> AsyncIterator[models.QueryRow]:
        """Every item of ``queryPurchaseDocumentsWithLines``, in order, across pages (``GET /v1/Folders/{FolderId}/Documents/PurchaseDocument/WithLines``).

        ``start`` is the offset to resume from; ``page_size`` defaults to the largest the API accepts.
        """
        return _documents_query_purchase_documents_with_lines.aiterate(
            folder_id=folder_id,
            columns=columns,
            sys_modified_date=sys_modified_date,
            order_by_value=order_by_value,
            to_date=to_date,
            duration=duration,
            where_condition=where_condition,
            document_type=document_type,
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    async def transfer_document(
        self,
        folder_id: str | Unset = UNSET,
        *,
        body: DocumentTransferRequest,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Transfer document.

        ``POST /v1/Folders/{FolderId}/Documents/Transfert`` (operationId ``transferDocument``)

        Spec summary: Envoyer une demande de transfert de document

        Args:
            folder_id: Identifiant du dossier (the `id` of a folder returned by `GET /v1/Folders`). (`FolderId`, path)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Document à transférer. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            None

        """

        return await _documents_transfer_document.asyncio(
            folder_id=folder_id,
            body=body,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def transfer_document_detailed(
        self,
        folder_id: str | Unset = UNSET,
        *,
        body: DocumentTransferRequest,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | None]:
        """Transfer document. Returns the whole ``Response``.

        ``POST /v1/Folders/{FolderId}/Documents/Transfert`` (operationId ``transferDocument``)

        Spec summary: Envoyer une demande de transfert de document

        Args:
            folder_id: Identifiant du dossier (the `id` of a folder returned by `GET /v1/Folders`). (`FolderId`, path)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Document à transférer. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | None]

        """

        return await _documents_transfer_document.asyncio_detailed(
            folder_id=folder_id,
            body=body,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    query_sale = query_sale_documents
    query_sale_detailed = query_sale_documents_detailed
    query_purchase = query_purchase_documents
    query_purchase_detailed = query_purchase_documents_detailed
    transfer = transfer_document
    transfer_detailed = transfer_document_detailed


class AsyncFoldersResource(Namespace[AsyncAuthenticatedClient]):
    """The ``folders`` operations."""

    async def list_folders(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 100,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> FolderList:
        """List folders.

        ``GET /v1/Folders`` (operationId ``listFolders``)

        Spec summary: Obtenir les dossiers

        Args:
            offset: Permet de définir le décalage, les "Offset" premiers résultats à ignorer - Format : int32. (FAQ
                : pour la 3e page de 25 éléments, Offset = 50.) (`Offset`, query)
            limit: Permet de définir le nombre d'éléments à afficher - Format : int32. 100 au maximum par page (FAQ
                : au-dessus, une erreur est renvoyée). (`Limit`, query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            FolderList

        """

        return await _folders_list_folders.asyncio(
            offset=offset,
            limit=limit,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def list_folders_detailed(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 100,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | FolderList]:
        """List folders. Returns the whole ``Response``.

        ``GET /v1/Folders`` (operationId ``listFolders``)

        Spec summary: Obtenir les dossiers

        Args:
            offset: Permet de définir le décalage, les "Offset" premiers résultats à ignorer - Format : int32. (FAQ
                : pour la 3e page de 25 éléments, Offset = 50.) (`Offset`, query)
            limit: Permet de définir le nombre d'éléments à afficher - Format : int32. 100 au maximum par page (FAQ
                : au-dessus, une erreur est renvoyée). (`Limit`, query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | FolderList]

        """

        return await _folders_list_folders.asyncio_detailed(
            offset=offset,
            limit=limit,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def iterate_list_folders(
        self,
        *,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> AsyncIterator[models.Folder]:
        """Every item of ``listFolders``, in order, across pages (``GET /v1/Folders``).

        ``start`` is the offset to resume from; ``page_size`` defaults to the largest the API accepts.
        """
        return _folders_list_folders.aiterate(
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    # The tag's one paged operation.
    iterate = iterate_list_folders

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    list = list_folders
    list_detailed = list_folders_detailed


class AsyncGenericQueryResource(Namespace[AsyncAuthenticatedClient]):
    """The ``generic_query`` operations."""

    async def run_generic_query(
        self,
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
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> QueryResult:
        """Run generic query.

        ``GET /v1/Folders/{FolderId}/GenericQuery`` (operationId ``runGenericQuery``)

        Spec summary: Obtenir le résultat d'une requête générique

        Args:
            folder_id: Identifiant du dossier (the `id` of a folder returned by `GET /v1/Folders`). (`FolderId`, path)
            table_name: Nom de la table (parmi les tables autorisées, Annexe 1 ; pas sensible à la casse). (`TableName`,
                query)
            columns: Permet de définir les colonnes de la table "TableName" pour l'obtention des résultats (null =
                toutes). Columns of a dependency table (see `GET /v1/Dependencies/{TableName}`) are prefixed
                with its name, e.g. `Unit.Caption`; when using dependencies, prefix the main table's columns too
                (`Item.Caption`). In the rows, `Unit.Caption` comes back as `Unit_Caption`. (`Columns`, query)
            from_modified_date: Permet de filtrer les résultats modifiés après cette date - Format : date-time (as date-time in
                RFC3339). null par défaut. (`FromModifiedDate`, query)
            order_by_value: Permet de définir une colonne pour trier les résultats - Obligatoire pour la pagination. Par
                défaut, la colonne "Valeur OrderBy par défaut" de la table (Annexe 1, see the `AllowedTable`
                schema: `id` for most tables). (`OrderByValue`, query)
            where_condition: Permet de filtrer les résultats en insérant un filtre générique (une clause WHERE ajoutée à la
                commande SQL). The value is a YAML tree in the format of the doc's "Annexe 2 - Filtre
                personnalisé", sent URL-encoded in the query string (the HTTP client does the URL-encoding;
                build the tree with `comptoir.ebp.where`). Two node types: - `ImbricationFilter` => `(left
                operator right)`: `left` and `right` are ImbricationFilter or CustomFilter nodes, `operator` is
                `Or` or `And`. - `CustomFilter` => a condition: `column` (nom de la colonne), `operator` (`In`,
                `NotIn`, `Like`, `Equal`, `Different`, `Lower`, `LowerOrEqual`, `Upper`, `UpperOrEqual`,
                `IsNull`, `IsNotNull`, `Between`), `valueType` (type des valeurs : `String`, `Int`, `Decimal`,
                `Date`, `Column` pour un nom de colonne), `value` (liste des valeurs). Examples (decoded YAML)
                and the SQL they produce: - CustomFilter sysModifiedDate Equal Date '2021-07-12 13:43:32.000' =>
                `Where sysModifiedDate = '2021-07-12 13:43:32.000'` - CustomFilter
                UseInvoicingAddressAsDeliveryAddress Between Int [1, 5] => `Where
                UseInvoicingAddressAsDeliveryAddress Between 1 And 5` - ImbricationFilter (Id Equal 'ANIM0001')
                or (Id Equal 'BUZZ0001') => `Where (Id = 'ANIM0001' Or Id = 'BUZZ0001')` (`WhereCondition`,
                query)
            offset: Permet de définir le décalage, les "Offset" premiers résultats à ignorer - Format : int32. (FAQ
                : pour la 3e page de 25 éléments, Offset = 50.) (`Offset`, query)
            limit: Permet de définir le nombre d'éléments à afficher - Format : int32. 100 au maximum par page (FAQ
                : au-dessus, une erreur est renvoyée). (`Limit`, query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            QueryResult

        """

        return await _generic_query_run_generic_query.asyncio(
            folder_id=folder_id,
            table_name=table_name,
            columns=columns,
            from_modified_date=from_modified_date,
            order_by_value=order_by_value,
            where_condition=where_condition,
            offset=offset,
            limit=limit,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def run_generic_query_detailed(
        self,
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
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | QueryResult]:
        """Run generic query. Returns the whole ``Response``.

        ``GET /v1/Folders/{FolderId}/GenericQuery`` (operationId ``runGenericQuery``)

        Spec summary: Obtenir le résultat d'une requête générique

        Args:
            folder_id: Identifiant du dossier (the `id` of a folder returned by `GET /v1/Folders`). (`FolderId`, path)
            table_name: Nom de la table (parmi les tables autorisées, Annexe 1 ; pas sensible à la casse). (`TableName`,
                query)
            columns: Permet de définir les colonnes de la table "TableName" pour l'obtention des résultats (null =
                toutes). Columns of a dependency table (see `GET /v1/Dependencies/{TableName}`) are prefixed
                with its name, e.g. `Unit.Caption`; when using dependencies, prefix the main table's columns too
                (`Item.Caption`). In the rows, `Unit.Caption` comes back as `Unit_Caption`. (`Columns`, query)
            from_modified_date: Permet de filtrer les résultats modifiés après cette date - Format : date-time (as date-time in
                RFC3339). null par défaut. (`FromModifiedDate`, query)
            order_by_value: Permet de définir une colonne pour trier les résultats - Obligatoire pour la pagination. Par
                défaut, la colonne "Valeur OrderBy par défaut" de la table (Annexe 1, see the `AllowedTable`
                schema: `id` for most tables). (`OrderByValue`, query)
            where_condition: Permet de filtrer les résultats en insérant un filtre générique (une clause WHERE ajoutée à la
                commande SQL). The value is a YAML tree in the format of the doc's "Annexe 2 - Filtre
                personnalisé", sent URL-encoded in the query string (the HTTP client does the URL-encoding;
                build the tree with `comptoir.ebp.where`). Two node types: - `ImbricationFilter` => `(left
                operator right)`: `left` and `right` are ImbricationFilter or CustomFilter nodes, `operator` is
                `Or` or `And`. - `CustomFilter` => a condition: `column` (nom de la colonne), `operator` (`In`,
                `NotIn`, `Like`, `Equal`, `Different`, `Lower`, `LowerOrEqual`, `Upper`, `UpperOrEqual`,
                `IsNull`, `IsNotNull`, `Between`), `valueType` (type des valeurs : `String`, `Int`, `Decimal`,
                `Date`, `Column` pour un nom de colonne), `value` (liste des valeurs). Examples (decoded YAML)
                and the SQL they produce: - CustomFilter sysModifiedDate Equal Date '2021-07-12 13:43:32.000' =>
                `Where sysModifiedDate = '2021-07-12 13:43:32.000'` - CustomFilter
                UseInvoicingAddressAsDeliveryAddress Between Int [1, 5] => `Where
                UseInvoicingAddressAsDeliveryAddress Between 1 And 5` - ImbricationFilter (Id Equal 'ANIM0001')
                or (Id Equal 'BUZZ0001') => `Where (Id = 'ANIM0001' Or Id = 'BUZZ0001')` (`WhereCondition`,
                query)
            offset: Permet de définir le décalage, les "Offset" premiers résultats à ignorer - Format : int32. (FAQ
                : pour la 3e page de 25 éléments, Offset = 50.) (`Offset`, query)
            limit: Permet de définir le nombre d'éléments à afficher - Format : int32. 100 au maximum par page (FAQ
                : au-dessus, une erreur est renvoyée). (`Limit`, query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | QueryResult]

        """

        return await _generic_query_run_generic_query.asyncio_detailed(
            folder_id=folder_id,
            table_name=table_name,
            columns=columns,
            from_modified_date=from_modified_date,
            order_by_value=order_by_value,
            where_condition=where_condition,
            offset=offset,
            limit=limit,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def iterate_run_generic_query(
        self,
        folder_id: str | Unset = UNSET,
        *,
        table_name: AllowedTable,
        columns: list[str] | Unset = UNSET,
        from_modified_date: datetime.datetime | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        where_condition: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> AsyncIterator[models.QueryRow]:
        """Every item of ``runGenericQuery``, in order, across pages (``GET /v1/Folders/{FolderId}/GenericQuery``).

        ``start`` is the offset to resume from; ``page_size`` defaults to the largest the API accepts.
        """
        return _generic_query_run_generic_query.aiterate(
            folder_id=folder_id,
            table_name=table_name,
            columns=columns,
            from_modified_date=from_modified_date,
            order_by_value=order_by_value,
            where_condition=where_condition,
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    async def get_generic_query_row(
        self,
        folder_id: str,
        id: str,
        *,
        table_name: AllowedTable,
        columns: list[str] | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> QueryItemResult:
        """Get generic query row.

        ``GET /v1/Folders/{FolderId}/GenericQuery/{id}`` (operationId ``getGenericQueryRow``)

        Spec summary: Obtenir le résultat d'une requête générique pour un identifiant de table spécifique

        Args:
            folder_id: Identifiant du dossier (the `id` of a folder returned by `GET /v1/Folders`). (`FolderId`, path)
            id: Valeur de l'identifiant (clé primaire de la table "TableName"). (`id`, path)
            table_name: Nom de la table (parmi les tables autorisées, Annexe 1 ; pas sensible à la casse). (`TableName`,
                query)
            columns: Permet de définir les colonnes de la table "TableName" pour l'obtention des résultats (null =
                toutes). Columns of a dependency table (see `GET /v1/Dependencies/{TableName}`) are prefixed
                with its name, e.g. `Unit.Caption`; when using dependencies, prefix the main table's columns too
                (`Item.Caption`). In the rows, `Unit.Caption` comes back as `Unit_Caption`. (`Columns`, query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            QueryItemResult

        """

        return await _generic_query_get_generic_query_row.asyncio(
            folder_id=folder_id,
            id=id,
            table_name=table_name,
            columns=columns,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_generic_query_row_detailed(
        self,
        folder_id: str,
        id: str,
        *,
        table_name: AllowedTable,
        columns: list[str] | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | QueryItemResult]:
        """Get generic query row. Returns the whole ``Response``.

        ``GET /v1/Folders/{FolderId}/GenericQuery/{id}`` (operationId ``getGenericQueryRow``)

        Spec summary: Obtenir le résultat d'une requête générique pour un identifiant de table spécifique

        Args:
            folder_id: Identifiant du dossier (the `id` of a folder returned by `GET /v1/Folders`). (`FolderId`, path)
            id: Valeur de l'identifiant (clé primaire de la table "TableName"). (`id`, path)
            table_name: Nom de la table (parmi les tables autorisées, Annexe 1 ; pas sensible à la casse). (`TableName`,
                query)
            columns: Permet de définir les colonnes de la table "TableName" pour l'obtention des résultats (null =
                toutes). Columns of a dependency table (see `GET /v1/Dependencies/{TableName}`) are prefixed
                with its name, e.g. `Unit.Caption`; when using dependencies, prefix the main table's columns too
                (`Item.Caption`). In the rows, `Unit.Caption` comes back as `Unit_Caption`. (`Columns`, query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | QueryItemResult]

        """

        return await _generic_query_get_generic_query_row.asyncio_detailed(
            folder_id=folder_id,
            id=id,
            table_name=table_name,
            columns=columns,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_table_dependencies(
        self,
        table_name: AllowedTable,
        *,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> TableDependencies:
        """Get table dependencies.

        ``GET /v1/Dependencies/{TableName}`` (operationId ``getTableDependencies``)

        Spec summary: Obtenir les tables secondaires autorisées

        Args:
            table_name: Nom de la table principale dont on veut les dépendances. (`TableName`, path)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            TableDependencies

        """

        return await _generic_query_get_table_dependencies.asyncio(
            table_name=table_name,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_table_dependencies_detailed(
        self,
        table_name: AllowedTable,
        *,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | TableDependencies]:
        """Get table dependencies. Returns the whole ``Response``.

        ``GET /v1/Dependencies/{TableName}`` (operationId ``getTableDependencies``)

        Spec summary: Obtenir les tables secondaires autorisées

        Args:
            table_name: Nom de la table principale dont on veut les dépendances. (`TableName`, path)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | TableDependencies]

        """

        return await _generic_query_get_table_dependencies.asyncio_detailed(
            table_name=table_name,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    # The tag's one paged operation.
    iterate = iterate_run_generic_query

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    run = run_generic_query
    run_detailed = run_generic_query_detailed


class AsyncItemsResource(Namespace[AsyncAuthenticatedClient]):
    """The ``items`` operations."""

    async def query_items(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        sys_modified_date: datetime.datetime | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 100,
        family_id_not_in: list[str] | Unset = UNSET,
        family_id_in: list[str] | Unset = UNSET,
        family_id_value_null: bool | Unset = False,
        sub_family_id_not_in: list[str] | Unset = UNSET,
        sub_family_id_in: list[str] | Unset = UNSET,
        sub_family_id_value_null: bool | Unset = False,
        where_condition: str | Unset = UNSET,
        active_state_excluded: list[str] | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> QueryResult:
        """Query items.

        ``GET /v1/Folders/{FolderId}/Items/ItemsExtentedQuery`` (operationId ``queryItems``)

        Spec summary: Obtenir les articles filtrés (Item)

        Args:
            folder_id: Identifiant du dossier (the `id` of a folder returned by `GET /v1/Folders`). (`FolderId`, path)
            columns: Permet de définir les colonnes de la table "Item" pour l'obtention des résultats (null =
                toutes). (`Columns`, query)
            sys_modified_date: Permet de filtrer les résultats modifiés après cette date - Format : date-time (as date-time in
                RFC3339). null par défaut. Ex. "2020-11-08" => `WHERE <Table>.sysModifiedDate >
                '2020-11-08T00:00:00'`. (`SysModifiedDate`, query)
            order_by_value: Permet de définir une colonne pour trier les résultats - Obligatoire pour la pagination. Par
                défaut : en fonction de la table (`id`, see Annexe 1). (`OrderByValue`, query)
            offset: Permet de définir le décalage, les "Offset" premiers résultats à ignorer - Format : int32. (FAQ
                : pour la 3e page de 25 éléments, Offset = 50.) (`Offset`, query)
            limit: Permet de définir le nombre d'éléments à afficher - Format : int32. 100 au maximum par page (FAQ
                : au-dessus, une erreur est renvoyée). (`Limit`, query)
            family_id_not_in: Permet de filtrer les résultats non liés à la liste des familles. ex : 'FA1', 'FA2'. null par
                défaut. Values containing `%` are LIKE patterns (NOT LIKE). (`FamilyIdNotIN`, query)
            family_id_in: Permet de filtrer les résultats liés à la liste des familles. ex : 'FA1', 'FA2'. null par
                défaut. Values containing `%` are LIKE patterns. (`FamilyIdIN`, query)
            family_id_value_null: Permet de filtrer les résultats sans famille (true : les résultats sans famille sont inclus, `OR
                FamilyId is Null`). (`FamilyIdValueNull`, query)
            sub_family_id_not_in: Permet de filtrer les résultats non liés à la liste des sous familles. ex : 'SFA1', 'SFA2'.
                Values containing `%` are LIKE patterns (NOT LIKE). (`SubFamilyIdNotIN`, query)
            sub_family_id_in: Permet de filtrer les résultats liés à la liste des sous familles. ex : 'SFA1', 'SFA2'. Values
                containing `%` are LIKE patterns. (`SubFamilyIdIN`, query)
            sub_family_id_value_null: Permet de filtrer les résultats sans sous familles (true : les résultats sans sous famille sont
                inclus, `OR SubFamilyId is Null`). (`SubFamilyIdValueNull`, query)
            where_condition: Permet de filtrer les résultats en insérant un filtre générique (une clause WHERE ajoutée à la
                commande SQL). The value is a YAML tree in the format of the doc's "Annexe 2 - Filtre
                personnalisé", sent URL-encoded in the query string (the HTTP client does the URL-encoding;
                build the tree with `comptoir.ebp.where`). Two node types: - `ImbricationFilter` => `(left
                operator right)`: `left` and `right` are ImbricationFilter or CustomFilter nodes, `operator` is
                `Or` or `And`. - `CustomFilter` => a condition: `column` (nom de la colonne), `operator` (`In`,
                `NotIn`, `Like`, `Equal`, `Different`, `Lower`, `LowerOrEqual`, `Upper`, `UpperOrEqual`,
                `IsNull`, `IsNotNull`, `Between`), `valueType` (type des valeurs : `String`, `Int`, `Decimal`,
                `Date`, `Column` pour un nom de colonne), `value` (liste des valeurs). Examples (decoded YAML)
                and the SQL they produce: - CustomFilter sysModifiedDate Equal Date '2021-07-12 13:43:32.000' =>
                `Where sysModifiedDate = '2021-07-12 13:43:32.000'` - CustomFilter
                UseInvoicingAddressAsDeliveryAddress Between Int [1, 5] => `Where
                UseInvoicingAddressAsDeliveryAddress Between 1 And 5` - ImbricationFilter (Id Equal 'ANIM0001')
                or (Id Equal 'BUZZ0001') => `Where (Id = 'ANIM0001' Or Id = 'BUZZ0001')` (`WhereCondition`,
                query)
            active_state_excluded: Permet de filtrer les articles qui ne sont pas dans les statuts définis (liste ; null par
                défaut). The doc lists no values; the example is illustrative only. (`ActiveStateExcluded`,
                query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            QueryResult

        """

        return await _items_query_items.asyncio(
            folder_id=folder_id,
            columns=columns,
            sys_modified_date=sys_modified_date,
            order_by_value=order_by_value,
            offset=offset,
            limit=limit,
            family_id_not_in=family_id_not_in,
            family_id_in=family_id_in,
            family_id_value_null=family_id_value_null,
            sub_family_id_not_in=sub_family_id_not_in,
            sub_family_id_in=sub_family_id_in,
            sub_family_id_value_null=sub_family_id_value_null,
            where_condition=where_condition,
            active_state_excluded=active_state_excluded,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def query_items_detailed(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        sys_modified_date: datetime.datetime | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 100,
        family_id_not_in: list[str] | Unset = UNSET,
        family_id_in: list[str] | Unset = UNSET,
        family_id_value_null: bool | Unset = False,
        sub_family_id_not_in: list[str] | Unset = UNSET,
        sub_family_id_in: list[str] | Unset = UNSET,
        sub_family_id_value_null: bool | Unset = False,
        where_condition: str | Unset = UNSET,
        active_state_excluded: list[str] | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | QueryResult]:
        """Query items. Returns the whole ``Response``.

        ``GET /v1/Folders/{FolderId}/Items/ItemsExtentedQuery`` (operationId ``queryItems``)

        Spec summary: Obtenir les articles filtrés (Item)

        Args:
            folder_id: Identifiant du dossier (the `id` of a folder returned by `GET /v1/Folders`). (`FolderId`, path)
            columns: Permet de définir les colonnes de la table "Item" pour l'obtention des résultats (null =
                toutes). (`Columns`, query)
            sys_modified_date: Permet de filtrer les résultats modifiés après cette date - Format : date-time (as date-time in
                RFC3339). null par défaut. Ex. "2020-11-08" => `WHERE <Table>.sysModifiedDate >
                '2020-11-08T00:00:00'`. (`SysModifiedDate`, query)
            order_by_value: Permet de définir une colonne pour trier les résultats - Obligatoire pour la pagination. Par
                défaut : en fonction de la table (`id`, see Annexe 1). (`OrderByValue`, query)
            offset: Permet de définir le décalage, les "Offset" premiers résultats à ignorer - Format : int32. (FAQ
                : pour la 3e page de 25 éléments, Offset = 50.) (`Offset`, query)
            limit: Permet de définir le nombre d'éléments à afficher - Format : int32. 100 au maximum par page (FAQ
                : au-dessus, une erreur est renvoyée). (`Limit`, query)
            family_id_not_in: Permet de filtrer les résultats non liés à la liste des familles. ex : 'FA1', 'FA2'. null par
                défaut. Values containing `%` are LIKE patterns (NOT LIKE). (`FamilyIdNotIN`, query)
            family_id_in: Permet de filtrer les résultats liés à la liste des familles. ex : 'FA1', 'FA2'. null par
                défaut. Values containing `%` are LIKE patterns. (`FamilyIdIN`, query)
            family_id_value_null: Permet de filtrer les résultats sans famille (true : les résultats sans famille sont inclus, `OR
                FamilyId is Null`). (`FamilyIdValueNull`, query)
            sub_family_id_not_in: Permet de filtrer les résultats non liés à la liste des sous familles. ex : 'SFA1', 'SFA2'.
                Values containing `%` are LIKE patterns (NOT LIKE). (`SubFamilyIdNotIN`, query)
            sub_family_id_in: Permet de filtrer les résultats liés à la liste des sous familles. ex : 'SFA1', 'SFA2'. Values
                containing `%` are LIKE patterns. (`SubFamilyIdIN`, query)
            sub_family_id_value_null: Permet de filtrer les résultats sans sous familles (true : les résultats sans sous famille sont
                inclus, `OR SubFamilyId is Null`). (`SubFamilyIdValueNull`, query)
            where_condition: Permet de filtrer les résultats en insérant un filtre générique (une clause WHERE ajoutée à la
                commande SQL). The value is a YAML tree in the format of the doc's "Annexe 2 - Filtre
                personnalisé", sent URL-encoded in the query string (the HTTP client does the URL-encoding;
                build the tree with `comptoir.ebp.where`). Two node types: - `ImbricationFilter` => `(left
                operator right)`: `left` and `right` are ImbricationFilter or CustomFilter nodes, `operator` is
                `Or` or `And`. - `CustomFilter` => a condition: `column` (nom de la colonne), `operator` (`In`,
                `NotIn`, `Like`, `Equal`, `Different`, `Lower`, `LowerOrEqual`, `Upper`, `UpperOrEqual`,
                `IsNull`, `IsNotNull`, `Between`), `valueType` (type des valeurs : `String`, `Int`, `Decimal`,
                `Date`, `Column` pour un nom de colonne), `value` (liste des valeurs). Examples (decoded YAML)
                and the SQL they produce: - CustomFilter sysModifiedDate Equal Date '2021-07-12 13:43:32.000' =>
                `Where sysModifiedDate = '2021-07-12 13:43:32.000'` - CustomFilter
                UseInvoicingAddressAsDeliveryAddress Between Int [1, 5] => `Where
                UseInvoicingAddressAsDeliveryAddress Between 1 And 5` - ImbricationFilter (Id Equal 'ANIM0001')
                or (Id Equal 'BUZZ0001') => `Where (Id = 'ANIM0001' Or Id = 'BUZZ0001')` (`WhereCondition`,
                query)
            active_state_excluded: Permet de filtrer les articles qui ne sont pas dans les statuts définis (liste ; null par
                défaut). The doc lists no values; the example is illustrative only. (`ActiveStateExcluded`,
                query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | QueryResult]

        """

        return await _items_query_items.asyncio_detailed(
            folder_id=folder_id,
            columns=columns,
            sys_modified_date=sys_modified_date,
            order_by_value=order_by_value,
            offset=offset,
            limit=limit,
            family_id_not_in=family_id_not_in,
            family_id_in=family_id_in,
            family_id_value_null=family_id_value_null,
            sub_family_id_not_in=sub_family_id_not_in,
            sub_family_id_in=sub_family_id_in,
            sub_family_id_value_null=sub_family_id_value_null,
            where_condition=where_condition,
            active_state_excluded=active_state_excluded,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def iterate_query_items(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        sys_modified_date: datetime.datetime | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        family_id_not_in: list[str] | Unset = UNSET,
        family_id_in: list[str] | Unset = UNSET,
        family_id_value_null: bool | Unset = False,
        sub_family_id_not_in: list[str] | Unset = UNSET,
        sub_family_id_in: list[str] | Unset = UNSET,
        sub_family_id_value_null: bool | Unset = False,
        where_condition: str | Unset = UNSET,
        active_state_excluded: list[str] | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> AsyncIterator[models.QueryRow]:
        """Every item of ``queryItems``, in order, across pages (``GET /v1/Folders/{FolderId}/Items/ItemsExtentedQuery``).

        ``start`` is the offset to resume from; ``page_size`` defaults to the largest the API accepts.
        """
        return _items_query_items.aiterate(
            folder_id=folder_id,
            columns=columns,
            sys_modified_date=sys_modified_date,
            order_by_value=order_by_value,
            family_id_not_in=family_id_not_in,
            family_id_in=family_id_in,
            family_id_value_null=family_id_value_null,
            sub_family_id_not_in=sub_family_id_not_in,
            sub_family_id_in=sub_family_id_in,
            sub_family_id_value_null=sub_family_id_value_null,
            where_condition=where_condition,
            active_state_excluded=active_state_excluded,
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    async def query_items_with_tracking_stock(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        sys_modified_date: datetime.datetime | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 100,
        family_id_not_in: list[str] | Unset = UNSET,
        family_id_in: list[str] | Unset = UNSET,
        family_id_value_null: bool | Unset = False,
        sub_family_id_not_in: list[str] | Unset = UNSET,
        sub_family_id_in: list[str] | Unset = UNSET,
        sub_family_id_value_null: bool | Unset = False,
        where_condition: str | Unset = UNSET,
        active_state_excluded: list[str] | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> QueryResult:
        """Query items with tracking stock.

        ``GET /v1/Folders/{FolderId}/Items/ItemsExtentedQuery/WithTrackingStock`` (operationId ``queryItemsWithTrackingStock``)

        Spec summary: Obtenir les articles filtrés et leurs suivis de stocks

        Args:
            folder_id: Identifiant du dossier (the `id` of a folder returned by `GET /v1/Folders`). (`FolderId`, path)
            columns: Permet de définir les colonnes de la table "Item" pour l'obtention des résultats (null =
                toutes). (`Columns`, query)
            sys_modified_date: Permet de filtrer les résultats modifiés après cette date - Format : date-time (as date-time in
                RFC3339). null par défaut. Ex. "2020-11-08" => `WHERE <Table>.sysModifiedDate >
                '2020-11-08T00:00:00'`. (`SysModifiedDate`, query)
            order_by_value: Permet de définir une colonne pour trier les résultats - Obligatoire pour la pagination. Par
                défaut : en fonction de la table (`id`, see Annexe 1). (`OrderByValue`, query)
            offset: Permet de définir le décalage, les "Offset" premiers résultats à ignorer - Format : int32. (FAQ
                : pour la 3e page de 25 éléments, Offset = 50.) (`Offset`, query)
            limit: Permet de définir le nombre d'éléments à afficher - Format : int32. 100 au maximum par page (FAQ
                : au-dessus, une erreur est renvoyée). (`Limit`, query)
            family_id_not_in: Permet de filtrer les résultats non liés à la liste des familles. ex : 'FA1', 'FA2'. null par
                défaut. Values containing `%` are LIKE patterns (NOT LIKE). (`FamilyIdNotIN`, query)
            family_id_in: Permet de filtrer les résultats liés à la liste des familles. ex : 'FA1', 'FA2'. null par
                défaut. Values containing `%` are LIKE patterns. (`FamilyIdIN`, query)
            family_id_value_null: Permet de filtrer les résultats sans famille (true : les résultats sans famille sont inclus, `OR
                FamilyId is Null`). (`FamilyIdValueNull`, query)
            sub_family_id_not_in: Permet de filtrer les résultats non liés à la liste des sous familles. ex : 'SFA1', 'SFA2'.
                Values containing `%` are LIKE patterns (NOT LIKE). (`SubFamilyIdNotIN`, query)
            sub_family_id_in: Permet de filtrer les résultats liés à la liste des sous familles. ex : 'SFA1', 'SFA2'. Values
                containing `%` are LIKE patterns. (`SubFamilyIdIN`, query)
            sub_family_id_value_null: Permet de filtrer les résultats sans sous familles (true : les résultats sans sous famille sont
                inclus, `OR SubFamilyId is Null`). (`SubFamilyIdValueNull`, query)
            where_condition: Permet de filtrer les résultats en insérant un filtre générique (une clause WHERE ajoutée à la
                commande SQL). The value is a YAML tree in the format of the doc's "Annexe 2 - Filtre
                personnalisé", sent URL-encoded in the query string (the HTTP client does the URL-encoding;
                build the tree with `comptoir.ebp.where`). Two node types: - `ImbricationFilter` => `(left
                operator right)`: `left` and `right` are ImbricationFilter or CustomFilter nodes, `operator` is
                `Or` or `And`. - `CustomFilter` => a condition: `column` (nom de la colonne), `operator` (`In`,
                `NotIn`, `Like`, `Equal`, `Different`, `Lower`, `LowerOrEqual`, `Upper`, `UpperOrEqual`,
                `IsNull`, `IsNotNull`, `Between`), `valueType` (type des valeurs : `String`, `Int`, `Decimal`,
                `Date`, `Column` pour un nom de colonne), `value` (liste des valeurs). Examples (decoded YAML)
                and the SQL they produce: - CustomFilter sysModifiedDate Equal Date '2021-07-12 13:43:32.000' =>
                `Where sysModifiedDate = '2021-07-12 13:43:32.000'` - CustomFilter
                UseInvoicingAddressAsDeliveryAddress Between Int [1, 5] => `Where
                UseInvoicingAddressAsDeliveryAddress Between 1 And 5` - ImbricationFilter (Id Equal 'ANIM0001')
                or (Id Equal 'BUZZ0001') => `Where (Id = 'ANIM0001' Or Id = 'BUZZ0001')` (`WhereCondition`,
                query)
            active_state_excluded: Permet de filtrer les articles qui ne sont pas dans les statuts définis (liste ; null par
                défaut). The doc lists no values; the example is illustrative only. (`ActiveStateExcluded`,
                query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            QueryResult

        """

        return await _items_query_items_with_tracking_stock.asyncio(
            folder_id=folder_id,
            columns=columns,
            sys_modified_date=sys_modified_date,
            order_by_value=order_by_value,
            offset=offset,
            limit=limit,
            family_id_not_in=family_id_not_in,
            family_id_in=family_id_in,
            family_id_value_null=family_id_value_null,
            sub_family_id_not_in=sub_family_id_not_in,
            sub_family_id_in=sub_family_id_in,
            sub_family_id_value_null=sub_family_id_value_null,
            where_condition=where_condition,
            active_state_excluded=active_state_excluded,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def query_items_with_tracking_stock_detailed(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        sys_modified_date: datetime.datetime | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 100,
        family_id_not_in: list[str] | Unset = UNSET,
        family_id_in: list[str] | Unset = UNSET,
        family_id_value_null: bool | Unset = False,
        sub_family_id_not_in: list[str] | Unset = UNSET,
        sub_family_id_in: list[str] | Unset = UNSET,
        sub_family_id_value_null: bool | Unset = False,
        where_condition: str | Unset = UNSET,
        active_state_excluded: list[str] | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | QueryResult]:
        """Query items with tracking stock. Returns the whole ``Response``.

        ``GET /v1/Folders/{FolderId}/Items/ItemsExtentedQuery/WithTrackingStock`` (operationId ``queryItemsWithTrackingStock``)

        Spec summary: Obtenir les articles filtrés et leurs suivis de stocks

        Args:
            folder_id: Identifiant du dossier (the `id` of a folder returned by `GET /v1/Folders`). (`FolderId`, path)
            columns: Permet de définir les colonnes de la table "Item" pour l'obtention des résultats (null =
                toutes). (`Columns`, query)
            sys_modified_date: Permet de filtrer les résultats modifiés après cette date - Format : date-time (as date-time in
                RFC3339). null par défaut. Ex. "2020-11-08" => `WHERE <Table>.sysModifiedDate >
                '2020-11-08T00:00:00'`. (`SysModifiedDate`, query)
            order_by_value: Permet de définir une colonne pour trier les résultats - Obligatoire pour la pagination. Par
                défaut : en fonction de la table (`id`, see Annexe 1). (`OrderByValue`, query)
            offset: Permet de définir le décalage, les "Offset" premiers résultats à ignorer - Format : int32. (FAQ
                : pour la 3e page de 25 éléments, Offset = 50.) (`Offset`, query)
            limit: Permet de définir le nombre d'éléments à afficher - Format : int32. 100 au maximum par page (FAQ
                : au-dessus, une erreur est renvoyée). (`Limit`, query)
            family_id_not_in: Permet de filtrer les résultats non liés à la liste des familles. ex : 'FA1', 'FA2'. null par
                défaut. Values containing `%` are LIKE patterns (NOT LIKE). (`FamilyIdNotIN`, query)
            family_id_in: Permet de filtrer les résultats liés à la liste des familles. ex : 'FA1', 'FA2'. null par
                défaut. Values containing `%` are LIKE patterns. (`FamilyIdIN`, query)
            family_id_value_null: Permet de filtrer les résultats sans famille (true : les résultats sans famille sont inclus, `OR
                FamilyId is Null`). (`FamilyIdValueNull`, query)
            sub_family_id_not_in: Permet de filtrer les résultats non liés à la liste des sous familles. ex : 'SFA1', 'SFA2'.
                Values containing `%` are LIKE patterns (NOT LIKE). (`SubFamilyIdNotIN`, query)
            sub_family_id_in: Permet de filtrer les résultats liés à la liste des sous familles. ex : 'SFA1', 'SFA2'. Values
                containing `%` are LIKE patterns. (`SubFamilyIdIN`, query)
            sub_family_id_value_null: Permet de filtrer les résultats sans sous familles (true : les résultats sans sous famille sont
                inclus, `OR SubFamilyId is Null`). (`SubFamilyIdValueNull`, query)
            where_condition: Permet de filtrer les résultats en insérant un filtre générique (une clause WHERE ajoutée à la
                commande SQL). The value is a YAML tree in the format of the doc's "Annexe 2 - Filtre
                personnalisé", sent URL-encoded in the query string (the HTTP client does the URL-encoding;
                build the tree with `comptoir.ebp.where`). Two node types: - `ImbricationFilter` => `(left
                operator right)`: `left` and `right` are ImbricationFilter or CustomFilter nodes, `operator` is
                `Or` or `And`. - `CustomFilter` => a condition: `column` (nom de la colonne), `operator` (`In`,
                `NotIn`, `Like`, `Equal`, `Different`, `Lower`, `LowerOrEqual`, `Upper`, `UpperOrEqual`,
                `IsNull`, `IsNotNull`, `Between`), `valueType` (type des valeurs : `String`, `Int`, `Decimal`,
                `Date`, `Column` pour un nom de colonne), `value` (liste des valeurs). Examples (decoded YAML)
                and the SQL they produce: - CustomFilter sysModifiedDate Equal Date '2021-07-12 13:43:32.000' =>
                `Where sysModifiedDate = '2021-07-12 13:43:32.000'` - CustomFilter
                UseInvoicingAddressAsDeliveryAddress Between Int [1, 5] => `Where
                UseInvoicingAddressAsDeliveryAddress Between 1 And 5` - ImbricationFilter (Id Equal 'ANIM0001')
                or (Id Equal 'BUZZ0001') => `Where (Id = 'ANIM0001' Or Id = 'BUZZ0001')` (`WhereCondition`,
                query)
            active_state_excluded: Permet de filtrer les articles qui ne sont pas dans les statuts définis (liste ; null par
                défaut). The doc lists no values; the example is illustrative only. (`ActiveStateExcluded`,
                query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | QueryResult]

        """

        return await _items_query_items_with_tracking_stock.asyncio_detailed(
            folder_id=folder_id,
            columns=columns,
            sys_modified_date=sys_modified_date,
            order_by_value=order_by_value,
            offset=offset,
            limit=limit,
            family_id_not_in=family_id_not_in,
            family_id_in=family_id_in,
            family_id_value_null=family_id_value_null,
            sub_family_id_not_in=sub_family_id_not_in,
            sub_family_id_in=sub_family_id_in,
            sub_family_id_value_null=sub_family_id_value_null,
            where_condition=where_condition,
            active_state_excluded=active_state_excluded,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def iterate_query_items_with_tracking_stock(
        self,
        folder_id: str | Unset = UNSET,
        *,
        columns: list[str] | Unset = UNSET,
        sys_modified_date: datetime.datetime | Unset = UNSET,
        order_by_value: str | Unset = UNSET,
        family_id_not_in: list[str] | Unset = UNSET,
        family_id_in: list[str] | Unset = UNSET,
        family_id_value_null: bool | Unset = False,
        sub_family_id_not_in: list[str] | Unset = UNSET,
        sub_family_id_in: list[str] | Unset = UNSET,
        sub_family_id_value_null: bool | Unset = False,
        where_condition: str | Unset = UNSET,
        active_state_excluded: list[str] | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> AsyncIterator[models.QueryRow]:
        """Every item of ``queryItemsWithTrackingStock``, in order, across pages (``GET /v1/Folders/{FolderId}/Items/ItemsExtentedQuery/WithTrackingStock``).

        ``start`` is the offset to resume from; ``page_size`` defaults to the largest the API accepts.
        """
        return _items_query_items_with_tracking_stock.aiterate(
            folder_id=folder_id,
            columns=columns,
            sys_modified_date=sys_modified_date,
            order_by_value=order_by_value,
            family_id_not_in=family_id_not_in,
            family_id_in=family_id_in,
            family_id_value_null=family_id_value_null,
            sub_family_id_not_in=sub_family_id_not_in,
            sub_family_id_in=sub_family_id_in,
            sub_family_id_value_null=sub_family_id_value_null,
            where_condition=where_condition,
            active_state_excluded=active_state_excluded,
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    query = query_items
    query_detailed = query_items_detailed


@define
class AsyncBatimentClient(AsyncAuthenticatedClient):
    """The ebp_batiment async client with one namespace per tag: clients, custom_fields, deals, documents, folders, generic_query, items."""

    @property
    def clients(self) -> AsyncClientsResource:
        """The ``clients`` operations."""
        return AsyncClientsResource(self)

    @property
    def custom_fields(self) -> AsyncCustomFieldsResource:
        """The ``custom_fields`` operations."""
        return AsyncCustomFieldsResource(self)

    @property
    def deals(self) -> AsyncDealsResource:
        """The ``deals`` operations."""
        return AsyncDealsResource(self)

    @property
    def documents(self) -> AsyncDocumentsResource:
        """The ``documents`` operations."""
        return AsyncDocumentsResource(self)

    @property
    def folders(self) -> AsyncFoldersResource:
        """The ``folders`` operations."""
        return AsyncFoldersResource(self)

    @property
    def generic_query(self) -> AsyncGenericQueryResource:
        """The ``generic_query`` operations."""
        return AsyncGenericQueryResource(self)

    @property
    def items(self) -> AsyncItemsResource:
        """The ``items`` operations."""
        return AsyncItemsResource(self)


CLIENT_CLASS = BatimentClient
"""The sync resource client class (what ``connect()`` returns)."""
ASYNC_CLIENT_CLASS = AsyncBatimentClient
"""The async resource client class (what ``connect_async()`` returns)."""
