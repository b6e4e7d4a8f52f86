"""Resource clients of ebp_hubbix_gestion: ``HubbixGestionClient`` (sync) and ``AsyncHubbixGestionClient`` (async).

Each is a client of this API (usable as ``client=`` by every function of ``ebp_hubbix_gestion.api``) with
one namespace per tag, whose methods are the operations (``client.<tag>.<operation>(...)``); each
method has a ``*_detailed`` form returning the whole ``Response``. Generated: do not edit.
"""

from collections.abc import AsyncIterator, Iterator, Mapping
from decimal import Decimal

from attrs import define
from comptoir.clients import NOT_GIVEN, Namespace, NotGiven, TimeoutOption

from ebp_hubbix_gestion import models
from ebp_hubbix_gestion.models.best_customers_indicator import BestCustomersIndicator
from ebp_hubbix_gestion.models.commitment_customer_indicator import CommitmentCustomerIndicator
from ebp_hubbix_gestion.models.customer import Customer
from ebp_hubbix_gestion.models.customer_create_input import CustomerCreateInput
from ebp_hubbix_gestion.models.customer_group import CustomerGroup
from ebp_hubbix_gestion.models.customer_group_input import CustomerGroupInput
from ebp_hubbix_gestion.models.customer_group_page import CustomerGroupPage
from ebp_hubbix_gestion.models.customer_update_input import CustomerUpdateInput
from ebp_hubbix_gestion.models.ebp_error import EbpError
from ebp_hubbix_gestion.models.gestion_error import GestionError
from ebp_hubbix_gestion.models.item_detail import ItemDetail
from ebp_hubbix_gestion.models.item_form import ItemForm
from ebp_hubbix_gestion.models.item_group import ItemGroup
from ebp_hubbix_gestion.models.item_group_input import ItemGroupInput
from ebp_hubbix_gestion.models.item_group_page import ItemGroupPage
from ebp_hubbix_gestion.models.item_summary_page import ItemSummaryPage
from ebp_hubbix_gestion.models.payment_mode_detail import PaymentModeDetail
from ebp_hubbix_gestion.models.payment_mode_detail_page import PaymentModeDetailPage
from ebp_hubbix_gestion.models.payment_mode_input import PaymentModeInput
from ebp_hubbix_gestion.models.printing_model import PrintingModel
from ebp_hubbix_gestion.models.printing_model_name import PrintingModelName
from ebp_hubbix_gestion.models.sale_commitment_page import SaleCommitmentPage
from ebp_hubbix_gestion.models.sale_credit import SaleCredit
from ebp_hubbix_gestion.models.sale_credit_input import SaleCreditInput
from ebp_hubbix_gestion.models.sale_deposit_credit import SaleDepositCredit
from ebp_hubbix_gestion.models.sale_deposit_credit_input import SaleDepositCreditInput
from ebp_hubbix_gestion.models.sale_deposit_invoice import SaleDepositInvoice
from ebp_hubbix_gestion.models.sale_deposit_invoice_input import SaleDepositInvoiceInput
from ebp_hubbix_gestion.models.sale_document_summary_page import SaleDocumentSummaryPage
from ebp_hubbix_gestion.models.sale_invoice import SaleInvoice
from ebp_hubbix_gestion.models.sale_invoice_input import SaleInvoiceInput
from ebp_hubbix_gestion.models.sale_quote import SaleQuote
from ebp_hubbix_gestion.models.sale_quote_indicator import SaleQuoteIndicator
from ebp_hubbix_gestion.models.sale_quote_input import SaleQuoteInput
from ebp_hubbix_gestion.models.sale_unit_detail import SaleUnitDetail
from ebp_hubbix_gestion.models.sale_unit_page import SaleUnitPage
from ebp_hubbix_gestion.models.settlement_page import SettlementPage
from ebp_hubbix_gestion.models.settlement_term import SettlementTerm
from ebp_hubbix_gestion.models.settlement_term_input import SettlementTermInput
from ebp_hubbix_gestion.models.settlement_term_page import SettlementTermPage
from ebp_hubbix_gestion.models.sort_type import SortType
from ebp_hubbix_gestion.models.vat_rate import VatRate
from ebp_hubbix_gestion.types import (
    UNSET,
    Response,
    Unset,
)

from .api.customer_groups import create_customer_group as _customer_groups_create_customer_group
from .api.customer_groups import delete_customer_group as _customer_groups_delete_customer_group
from .api.customer_groups import get_customer_group as _customer_groups_get_customer_group
from .api.customer_groups import get_customer_groups as _customer_groups_get_customer_groups
from .api.customer_groups import update_customer_group as _customer_groups_update_customer_group
from .api.customers import create_customer as _customers_create_customer
from .api.customers import delete_customer as _customers_delete_customer
from .api.customers import get_customer as _customers_get_customer
from .api.customers import update_customer as _customers_update_customer
from .api.dashboards import get_best_customers_indicator as _dashboards_get_best_customers_indicator
from .api.dashboards import get_commitment_customer_indicator as _dashboards_get_commitment_customer_indicator
from .api.dashboards import get_sale_amount_indicator as _dashboards_get_sale_amount_indicator
from .api.dashboards import get_sale_quote_indicator as _dashboards_get_sale_quote_indicator
from .api.good_items import create_good_item as _good_items_create_good_item
from .api.good_items import delete_good_item as _good_items_delete_good_item
from .api.good_items import get_good_item as _good_items_get_good_item
from .api.good_items import update_good_item as _good_items_update_good_item
from .api.item_groups import create_item_group as _item_groups_create_item_group
from .api.item_groups import delete_item_group as _item_groups_delete_item_group
from .api.item_groups import get_item_group as _item_groups_get_item_group
from .api.item_groups import get_item_groups as _item_groups_get_item_groups
from .api.item_groups import update_item_group as _item_groups_update_item_group
from .api.items import get_items as _items_get_items
from .api.payment_modes import create_payment_mode as _payment_modes_create_payment_mode
from .api.payment_modes import delete_payment_mode as _payment_modes_delete_payment_mode
from .api.payment_modes import get_payment_mode as _payment_modes_get_payment_mode
from .api.payment_modes import get_payment_modes as _payment_modes_get_payment_modes
from .api.payment_modes import update_payment_mode as _payment_modes_update_payment_mode
from .api.printing_models import get_default_printing_model_name as _printing_models_get_default_printing_model_name
from .api.printing_models import get_printing_model_names as _printing_models_get_printing_model_names
from .api.printing_models import get_printing_models as _printing_models_get_printing_models
from .api.sale_commitments import get_sale_commitments as _sale_commitments_get_sale_commitments
from .api.sale_credits import create_sale_credit as _sale_credits_create_sale_credit
from .api.sale_credits import delete_sale_credit as _sale_credits_delete_sale_credit
from .api.sale_credits import get_sale_credit as _sale_credits_get_sale_credit
from .api.sale_credits import get_validated_sale_credit as _sale_credits_get_validated_sale_credit
from .api.sale_credits import update_sale_credit as _sale_credits_update_sale_credit
from .api.sale_deposit_credits import create_sale_deposit_credit as _sale_deposit_credits_create_sale_deposit_credit
from .api.sale_deposit_credits import get_sale_deposit_credit as _sale_deposit_credits_get_sale_deposit_credit
from .api.sale_deposit_invoices import create_sale_deposit_invoice as _sale_deposit_invoices_create_sale_deposit_invoice
from .api.sale_deposit_invoices import get_sale_deposit_invoice as _sale_deposit_invoices_get_sale_deposit_invoice
from .api.sale_documents import get_sale_documents as _sale_documents_get_sale_documents
from .api.sale_invoices import create_sale_invoice as _sale_invoices_create_sale_invoice
from .api.sale_invoices import delete_sale_invoice as _sale_invoices_delete_sale_invoice
from .api.sale_invoices import get_sale_invoice as _sale_invoices_get_sale_invoice
from .api.sale_invoices import get_validated_sale_invoice as _sale_invoices_get_validated_sale_invoice
from .api.sale_invoices import update_sale_invoice as _sale_invoices_update_sale_invoice
from .api.sale_quotes import create_sale_quote as _sale_quotes_create_sale_quote
from .api.sale_quotes import delete_sale_quote as _sale_quotes_delete_sale_quote
from .api.sale_quotes import get_invoiced_sale_quote as _sale_quotes_get_invoiced_sale_quote
from .api.sale_quotes import get_sale_quote as _sale_quotes_get_sale_quote
from .api.sale_quotes import update_sale_quote as _sale_quotes_update_sale_quote
from .api.sale_units import get_sale_unit as _sale_units_get_sale_unit
from .api.sale_units import get_sale_units as _sale_units_get_sale_units
from .api.service_items import create_service_item as _service_items_create_service_item
from .api.service_items import delete_service_item as _service_items_delete_service_item
from .api.service_items import get_service_item as _service_items_get_service_item
from .api.service_items import update_service_item as _service_items_update_service_item
from .api.settlement_terms import create_settlement_term as _settlement_terms_create_settlement_term
from .api.settlement_terms import delete_settlement_term as _settlement_terms_delete_settlement_term
from .api.settlement_terms import get_settlement_term as _settlement_terms_get_settlement_term
from .api.settlement_terms import get_settlement_terms as _settlement_terms_get_settlement_terms
from .api.settlement_terms import update_settlement_term as _settlement_terms_update_settlement_term
from .api.settlements import get_settlements as _settlements_get_settlements
from .api.vat_rates import get_vat_rates as _vat_rates_get_vat_rates
from .client import AsyncAuthenticatedClient, AuthenticatedClient

__all__ = ["ASYNC_CLIENT_CLASS", "CLIENT_CLASS", "AsyncHubbixGestionClient", "HubbixGestionClient"]


class CustomerGroupsResource(Namespace[AuthenticatedClient]):
    """The ``customer_groups`` operations."""

    def get_customer_groups(
        self,
        *,
        take: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> CustomerGroupPage:
        """Get customer groups.

        ``GET /public/v1/customer-groups`` (operationId ``getCustomerGroups``)

        Spec summary: Obtenir une liste des familles de client

        Args:
            take: Nombre d'éléments à retourner. Au plus 100 par page (FAQ : au-dessus, une erreur est envoyée).
                (`take`, query)
            skip: Nombre d'éléments à ignorer avant de commencer à retourner. (`skip`, query)
            sorting_order_property: Nom du champ utilisé pour le tri (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.property`, query)
            sorting_order_sort_type: Sens de tri (Croissant / décroissant). Doit être une valeur du type SortType (0 = Ascending, 1 =
                Descending). Par défaut : Croissant (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.sortType`, query)
            filter_query: Terme recherché pour le filtrage (nom de paramètre pointé envoyé tel quel). (`filter.query`,
                query)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            CustomerGroupPage

        """

        return _customer_groups_get_customer_groups.sync(
            take=take,
            skip=skip,
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_customer_groups_detailed(
        self,
        *,
        take: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[CustomerGroupPage | EbpError | GestionError]:
        """Get customer groups. Returns the whole ``Response``.

        ``GET /public/v1/customer-groups`` (operationId ``getCustomerGroups``)

        Spec summary: Obtenir une liste des familles de client

        Args:
            take: Nombre d'éléments à retourner. Au plus 100 par page (FAQ : au-dessus, une erreur est envoyée).
                (`take`, query)
            skip: Nombre d'éléments à ignorer avant de commencer à retourner. (`skip`, query)
            sorting_order_property: Nom du champ utilisé pour le tri (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.property`, query)
            sorting_order_sort_type: Sens de tri (Croissant / décroissant). Doit être une valeur du type SortType (0 = Ascending, 1 =
                Descending). Par défaut : Croissant (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.sortType`, query)
            filter_query: Terme recherché pour le filtrage (nom de paramètre pointé envoyé tel quel). (`filter.query`,
                query)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[CustomerGroupPage | EbpError | GestionError]

        """

        return _customer_groups_get_customer_groups.sync_detailed(
            take=take,
            skip=skip,
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def iterate_get_customer_groups(
        self,
        *,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> Iterator[models.CustomerGroup]:
        """Every item of ``getCustomerGroups``, in order, across pages (``GET /public/v1/customer-groups``).

        ``start`` is the offset to resume from; ``page_size`` defaults to the largest the API accepts.
        """
        return _customer_groups_get_customer_groups.iterate(
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    def pages_get_customer_groups(
        self,
        *,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> Iterator[CustomerGroupPage]:
        """Every page of ``getCustomerGroups`` (``GET /public/v1/customer-groups``), fetched lazily."""
        return _customer_groups_get_customer_groups.pages(
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    def create_customer_group(
        self,
        *,
        body: CustomerGroupInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> int:
        """Create customer group.

        ``POST /public/v1/customer-groups`` (operationId ``createCustomerGroup``)

        Spec summary: Créer une famille de client

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Famille de client à créer ou modifier. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            int

        """

        return _customer_groups_create_customer_group.sync(
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def create_customer_group_detailed(
        self,
        *,
        body: CustomerGroupInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | int]:
        """Create customer group. Returns the whole ``Response``.

        ``POST /public/v1/customer-groups`` (operationId ``createCustomerGroup``)

        Spec summary: Créer une famille de client

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Famille de client à créer ou modifier. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | int]

        """

        return _customer_groups_create_customer_group.sync_detailed(
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_customer_group(
        self,
        id_customer_group: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> CustomerGroup:
        """Get customer group.

        ``GET /public/v1/customer-groups/{IdCustomerGroup}`` (operationId ``getCustomerGroup``)

        Spec summary: Obtenir une famille de client

        Args:
            id_customer_group: Identifiant de la famille de client. (`IdCustomerGroup`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            CustomerGroup

        """

        return _customer_groups_get_customer_group.sync(
            id_customer_group=id_customer_group,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_customer_group_detailed(
        self,
        id_customer_group: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[CustomerGroup | EbpError | GestionError]:
        """Get customer group. Returns the whole ``Response``.

        ``GET /public/v1/customer-groups/{IdCustomerGroup}`` (operationId ``getCustomerGroup``)

        Spec summary: Obtenir une famille de client

        Args:
            id_customer_group: Identifiant de la famille de client. (`IdCustomerGroup`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[CustomerGroup | EbpError | GestionError]

        """

        return _customer_groups_get_customer_group.sync_detailed(
            id_customer_group=id_customer_group,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def update_customer_group(
        self,
        id_customer_group: int,
        *,
        body: CustomerGroupInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> int:
        """Update customer group.

        ``PUT /public/v1/customer-groups/{IdCustomerGroup}`` (operationId ``updateCustomerGroup``)

        Spec summary: Modifier une famille de client

        Args:
            id_customer_group: Identifiant de la famille de client. (`IdCustomerGroup`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Famille de client à créer ou modifier. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            int

        """

        return _customer_groups_update_customer_group.sync(
            id_customer_group=id_customer_group,
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def update_customer_group_detailed(
        self,
        id_customer_group: int,
        *,
        body: CustomerGroupInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | int]:
        """Update customer group. Returns the whole ``Response``.

        ``PUT /public/v1/customer-groups/{IdCustomerGroup}`` (operationId ``updateCustomerGroup``)

        Spec summary: Modifier une famille de client

        Args:
            id_customer_group: Identifiant de la famille de client. (`IdCustomerGroup`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Famille de client à créer ou modifier. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | int]

        """

        return _customer_groups_update_customer_group.sync_detailed(
            id_customer_group=id_customer_group,
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def delete_customer_group(
        self,
        id_customer_group: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> int:
        """Delete customer group.

        ``DELETE /public/v1/customer-groups/{IdCustomerGroup}`` (operationId ``deleteCustomerGroup``)

        Spec summary: Supprimer une famille de client

        Args:
            id_customer_group: Identifiant de la famille de client. (`IdCustomerGroup`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            int

        """

        return _customer_groups_delete_customer_group.sync(
            id_customer_group=id_customer_group,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def delete_customer_group_detailed(
        self,
        id_customer_group: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | int]:
        """Delete customer group. Returns the whole ``Response``.

        ``DELETE /public/v1/customer-groups/{IdCustomerGroup}`` (operationId ``deleteCustomerGroup``)

        Spec summary: Supprimer une famille de client

        Args:
            id_customer_group: Identifiant de la famille de client. (`IdCustomerGroup`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | int]

        """

        return _customer_groups_delete_customer_group.sync_detailed(
            id_customer_group=id_customer_group,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    # The tag's one paged operation.
    iterate = iterate_get_customer_groups
    pages = pages_get_customer_groups

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    create = create_customer_group
    create_detailed = create_customer_group_detailed
    update = update_customer_group
    update_detailed = update_customer_group_detailed
    delete = delete_customer_group
    delete_detailed = delete_customer_group_detailed


class CustomersResource(Namespace[AuthenticatedClient]):
    """The ``customers`` operations."""

    def create_customer(
        self,
        *,
        body: CustomerCreateInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> int:
        """Create customer.

        ``POST /public/v1/customers`` (operationId ``createCustomer``)

        Spec summary: Créer un client

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Client à créer. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            int

        """

        return _customers_create_customer.sync(
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def create_customer_detailed(
        self,
        *,
        body: CustomerCreateInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | int]:
        """Create customer. Returns the whole ``Response``.

        ``POST /public/v1/customers`` (operationId ``createCustomer``)

        Spec summary: Créer un client

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Client à créer. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | int]

        """

        return _customers_create_customer.sync_detailed(
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_customer(
        self,
        id_customer: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Customer:
        """Get customer.

        ``GET /public/v1/customers/{IdCustomer}`` (operationId ``getCustomer``)

        Spec summary: Obtenir un client

        Args:
            id_customer: Identifiant du client. (`IdCustomer`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            Customer

        """

        return _customers_get_customer.sync(
            id_customer=id_customer,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_customer_detailed(
        self,
        id_customer: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[Customer | EbpError | GestionError]:
        """Get customer. Returns the whole ``Response``.

        ``GET /public/v1/customers/{IdCustomer}`` (operationId ``getCustomer``)

        Spec summary: Obtenir un client

        Args:
            id_customer: Identifiant du client. (`IdCustomer`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[Customer | EbpError | GestionError]

        """

        return _customers_get_customer.sync_detailed(
            id_customer=id_customer,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def update_customer(
        self,
        id_customer: int,
        *,
        body: CustomerUpdateInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> int:
        """Update customer.

        ``PUT /public/v1/customers/{IdCustomer}`` (operationId ``updateCustomer``)

        Spec summary: Modifier un client

        Args:
            id_customer: Identifiant du client. (`IdCustomer`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Client à modifier (l'identifiant est le paramètre de chemin IdCustomer). (request body,
                application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            int

        """

        return _customers_update_customer.sync(
            id_customer=id_customer,
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def update_customer_detailed(
        self,
        id_customer: int,
        *,
        body: CustomerUpdateInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | int]:
        """Update customer. Returns the whole ``Response``.

        ``PUT /public/v1/customers/{IdCustomer}`` (operationId ``updateCustomer``)

        Spec summary: Modifier un client

        Args:
            id_customer: Identifiant du client. (`IdCustomer`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Client à modifier (l'identifiant est le paramètre de chemin IdCustomer). (request body,
                application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | int]

        """

        return _customers_update_customer.sync_detailed(
            id_customer=id_customer,
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def delete_customer(
        self,
        id_customer: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> int:
        """Delete customer.

        ``DELETE /public/v1/customers/{IdCustomer}`` (operationId ``deleteCustomer``)

        Spec summary: Supprimer un client

        Args:
            id_customer: Identifiant du client. (`IdCustomer`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            int

        """

        return _customers_delete_customer.sync(
            id_customer=id_customer,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def delete_customer_detailed(
        self,
        id_customer: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | int]:
        """Delete customer. Returns the whole ``Response``.

        ``DELETE /public/v1/customers/{IdCustomer}`` (operationId ``deleteCustomer``)

        Spec summary: Supprimer un client

        Args:
            id_customer: Identifiant du client. (`IdCustomer`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | int]

        """

        return _customers_delete_customer.sync_detailed(
            id_customer=id_customer,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    create = create_customer
    create_detailed = create_customer_detailed
    get = get_customer
    get_detailed = get_customer_detailed
    update = update_customer
    update_detailed = update_customer_detailed
    delete = delete_customer
    delete_detailed = delete_customer_detailed


class DashboardsResource(Namespace[AuthenticatedClient]):
    """The ``dashboards`` operations."""

    def get_best_customers_indicator(
        self,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> BestCustomersIndicator:
        """Get best customers indicator.

        ``GET /public/v1/dashboards/best-customers-indicator`` (operationId ``getBestCustomersIndicator``)

        Spec summary: Obtenir l'indicateur du palmarès des meilleurs clients

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            BestCustomersIndicator

        """

        return _dashboards_get_best_customers_indicator.sync(
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_best_customers_indicator_detailed(
        self,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[BestCustomersIndicator | EbpError | GestionError]:
        """Get best customers indicator. Returns the whole ``Response``.

        ``GET /public/v1/dashboards/best-customers-indicator`` (operationId ``getBestCustomersIndicator``)

        Spec summary: Obtenir l'indicateur du palmarès des meilleurs clients

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[BestCustomersIndicator | EbpError | GestionError]

        """

        return _dashboards_get_best_customers_indicator.sync_detailed(
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_commitment_customer_indicator(
        self,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> CommitmentCustomerIndicator:
        """Get commitment customer indicator.

        ``GET /public/v1/dashboards/commitment-customer-indicator`` (operationId ``getCommitmentCustomerIndicator``)

        Spec summary: Obtenir l'indicateur de l'encours clients

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            CommitmentCustomerIndicator

        """

        return _dashboards_get_commitment_customer_indicator.sync(
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_commitment_customer_indicator_detailed(
        self,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[CommitmentCustomerIndicator | EbpError | GestionError]:
        """Get commitment customer indicator. Returns the whole ``Response``.

        ``GET /public/v1/dashboards/commitment-customer-indicator`` (operationId ``getCommitmentCustomerIndicator``)

        Spec summary: Obtenir l'indicateur de l'encours clients

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[CommitmentCustomerIndicator | EbpError | GestionError]

        """

        return _dashboards_get_commitment_customer_indicator.sync_detailed(
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_sale_amount_indicator(
        self,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Decimal:
        """Get sale amount indicator.

        ``GET /public/v1/dashboards/sale-amount-indicator`` (operationId ``getSaleAmountIndicator``)

        Spec summary: Obtenir l'indicateur du montant HT mensuel des ventes

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            Decimal

        """

        return _dashboards_get_sale_amount_indicator.sync(
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_sale_amount_indicator_detailed(
        self,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[Decimal | EbpError | GestionError]:
        """Get sale amount indicator. Returns the whole ``Response``.

        ``GET /public/v1/dashboards/sale-amount-indicator`` (operationId ``getSaleAmountIndicator``)

        Spec summary: Obtenir l'indicateur du montant HT mensuel des ventes

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[Decimal | EbpError | GestionError]

        """

        return _dashboards_get_sale_amount_indicator.sync_detailed(
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_sale_quote_indicator(
        self,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> SaleQuoteIndicator:
        """Get sale quote indicator.

        ``GET /public/v1/dashboards/sale-quote-indicator`` (operationId ``getSaleQuoteIndicator``)

        Spec summary: Obtenir l'indicateur du taux de transformation des devis

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            SaleQuoteIndicator

        """

        return _dashboards_get_sale_quote_indicator.sync(
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_sale_quote_indicator_detailed(
        self,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | SaleQuoteIndicator]:
        """Get sale quote indicator. Returns the whole ``Response``.

        ``GET /public/v1/dashboards/sale-quote-indicator`` (operationId ``getSaleQuoteIndicator``)

        Spec summary: Obtenir l'indicateur du taux de transformation des devis

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | SaleQuoteIndicator]

        """

        return _dashboards_get_sale_quote_indicator.sync_detailed(
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )


class GoodItemsResource(Namespace[AuthenticatedClient]):
    """The ``good_items`` operations."""

    def create_good_item(
        self,
        *,
        body: ItemForm,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> int:
        """Create good item.

        ``POST /public/v1/items/goods`` (operationId ``createGoodItem``)

        Spec summary: Créer un article de type [Marchandise]

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Formulaire (multipart/form-data) de création ou de modification d'un article de type
                [Marchandise] ou [Service]. Les noms de champs pointés (`costPriceAndMargin.marginRate`, ...)
                sont les noms littéraux des champs du formulaire. (request body, multipart/form-data)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            int

        """

        return _good_items_create_good_item.sync(
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def create_good_item_detailed(
        self,
        *,
        body: ItemForm,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | int]:
        """Create good item. Returns the whole ``Response``.

        ``POST /public/v1/items/goods`` (operationId ``createGoodItem``)

        Spec summary: Créer un article de type [Marchandise]

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Formulaire (multipart/form-data) de création ou de modification d'un article de type
                [Marchandise] ou [Service]. Les noms de champs pointés (`costPriceAndMargin.marginRate`, ...)
                sont les noms littéraux des champs du formulaire. (request body, multipart/form-data)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | int]

        """

        return _good_items_create_good_item.sync_detailed(
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_good_item(
        self,
        id_item: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> ItemDetail:
        """Get good item.

        ``GET /public/v1/items/goods/{IdItem}`` (operationId ``getGoodItem``)

        Spec summary: Obtenir un article de type [Marchandise]

        Args:
            id_item: Identifiant de l'article. (`IdItem`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            ItemDetail

        """

        return _good_items_get_good_item.sync(
            id_item=id_item,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_good_item_detailed(
        self,
        id_item: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | ItemDetail]:
        """Get good item. Returns the whole ``Response``.

        ``GET /public/v1/items/goods/{IdItem}`` (operationId ``getGoodItem``)

        Spec summary: Obtenir un article de type [Marchandise]

        Args:
            id_item: Identifiant de l'article. (`IdItem`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | ItemDetail]

        """

        return _good_items_get_good_item.sync_detailed(
            id_item=id_item,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def update_good_item(
        self,
        id_item: int,
        *,
        body: ItemForm,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> int:
        """Update good item.

        ``PUT /public/v1/items/goods/{IdItem}`` (operationId ``updateGoodItem``)

        Spec summary: Modifier un article de type [Marchandise]

        Args:
            id_item: Identifiant de l'article. (`IdItem`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Formulaire (multipart/form-data) de création ou de modification d'un article de type
                [Marchandise] ou [Service]. Les noms de champs pointés (`costPriceAndMargin.marginRate`, ...)
                sont les noms littéraux des champs du formulaire. (request body, multipart/form-data)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            int

        """

        return _good_items_update_good_item.sync(
            id_item=id_item,
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def update_good_item_detailed(
        self,
        id_item: int,
        *,
        body: ItemForm,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | int]:
        """Update good item. Returns the whole ``Response``.

        ``PUT /public/v1/items/goods/{IdItem}`` (operationId ``updateGoodItem``)

        Spec summary: Modifier un article de type [Marchandise]

        Args:
            id_item: Identifiant de l'article. (`IdItem`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Formulaire (multipart/form-data) de création ou de modification d'un article de type
                [Marchandise] ou [Service]. Les noms de champs pointés (`costPriceAndMargin.marginRate`, ...)
                sont les noms littéraux des champs du formulaire. (request body, multipart/form-data)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | int]

        """

        return _good_items_update_good_item.sync_detailed(
            id_item=id_item,
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def delete_good_item(
        self,
        id_item: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> int:
        """Delete good item.

        ``DELETE /public/v1/items/goods/{IdItem}`` (operationId ``deleteGoodItem``)

        Spec summary: Supprimer un article de type [Marchandise]

        Args:
            id_item: Identifiant de l'article. (`IdItem`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            int

        """

        return _good_items_delete_good_item.sync(
            id_item=id_item,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def delete_good_item_detailed(
        self,
        id_item: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | int]:
        """Delete good item. Returns the whole ``Response``.

        ``DELETE /public/v1/items/goods/{IdItem}`` (operationId ``deleteGoodItem``)

        Spec summary: Supprimer un article de type [Marchandise]

        Args:
            id_item: Identifiant de l'article. (`IdItem`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | int]

        """

        return _good_items_delete_good_item.sync_detailed(
            id_item=id_item,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    create = create_good_item
    create_detailed = create_good_item_detailed
    get = get_good_item
    get_detailed = get_good_item_detailed
    update = update_good_item
    update_detailed = update_good_item_detailed
    delete = delete_good_item
    delete_detailed = delete_good_item_detailed


class ItemGroupsResource(Namespace[AuthenticatedClient]):
    """The ``item_groups`` operations."""

    def get_item_groups(
        self,
        *,
        take: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> ItemGroupPage:
        """Get item groups.

        ``GET /public/v1/item-groups`` (operationId ``getItemGroups``)

        Spec summary: Obtenir une liste des familles d'article

        Args:
            take: Nombre d'éléments à retourner. Au plus 100 par page (FAQ : au-dessus, une erreur est envoyée).
                (`take`, query)
            skip: Nombre d'éléments à ignorer avant de commencer à retourner. (`skip`, query)
            sorting_order_property: Nom du champ utilisé pour le tri (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.property`, query)
            sorting_order_sort_type: Sens de tri (Croissant / décroissant). Doit être une valeur du type SortType (0 = Ascending, 1 =
                Descending). Par défaut : Croissant (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.sortType`, query)
            filter_query: Terme recherché pour le filtrage (nom de paramètre pointé envoyé tel quel). (`filter.query`,
                query)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            ItemGroupPage

        """

        return _item_groups_get_item_groups.sync(
            take=take,
            skip=skip,
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_item_groups_detailed(
        self,
        *,
        take: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | ItemGroupPage]:
        """Get item groups. Returns the whole ``Response``.

        ``GET /public/v1/item-groups`` (operationId ``getItemGroups``)

        Spec summary: Obtenir une liste des familles d'article

        Args:
            take: Nombre d'éléments à retourner. Au plus 100 par page (FAQ : au-dessus, une erreur est envoyée).
                (`take`, query)
            skip: Nombre d'éléments à ignorer avant de commencer à retourner. (`skip`, query)
            sorting_order_property: Nom du champ utilisé pour le tri (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.property`, query)
            sorting_order_sort_type: Sens de tri (Croissant / décroissant). Doit être une valeur du type SortType (0 = Ascending, 1 =
                Descending). Par défaut : Croissant (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.sortType`, query)
            filter_query: Terme recherché pour le filtrage (nom de paramètre pointé envoyé tel quel). (`filter.query`,
                query)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | ItemGroupPage]

        """

        return _item_groups_get_item_groups.sync_detailed(
            take=take,
            skip=skip,
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def iterate_get_item_groups(
        self,
        *,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> Iterator[models.ItemGroup]:
        """Every item of ``getItemGroups``, in order, across pages (``GET /public/v1/item-groups``).

        ``start`` is the offset to resume from; ``page_size`` defaults to the largest the API accepts.
        """
        return _item_groups_get_item_groups.iterate(
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    def pages_get_item_groups(
        self,
        *,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> Iterator[ItemGroupPage]:
        """Every page of ``getItemGroups`` (``GET /public/v1/item-groups``), fetched lazily."""
        return _item_groups_get_item_groups.pages(
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    def create_item_group(
        self,
        *,
        body: ItemGroupInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> int:
        """Create item group.

        ``POST /public/v1/item-groups`` (operationId ``createItemGroup``)

        Spec summary: Créer une famille d'article

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Famille d'articles à créer ou modifier. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            int

        """

        return _item_groups_create_item_group.sync(
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def create_item_group_detailed(
        self,
        *,
        body: ItemGroupInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | int]:
        """Create item group. Returns the whole ``Response``.

        ``POST /public/v1/item-groups`` (operationId ``createItemGroup``)

        Spec summary: Créer une famille d'article

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Famille d'articles à créer ou modifier. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | int]

        """

        return _item_groups_create_item_group.sync_detailed(
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_item_group(
        self,
        id_item_group: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> ItemGroup:
        """Get item group.

        ``GET /public/v1/item-groups/{IdItemGroup}`` (operationId ``getItemGroup``)

        Spec summary: Obtenir une famille d'article

        Args:
            id_item_group: Identifiant de la famille d'article. (`IdItemGroup`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            ItemGroup

        """

        return _item_groups_get_item_group.sync(
            id_item_group=id_item_group,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_item_group_detailed(
        self,
        id_item_group: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | ItemGroup]:
        """Get item group. Returns the whole ``Response``.

        ``GET /public/v1/item-groups/{IdItemGroup}`` (operationId ``getItemGroup``)

        Spec summary: Obtenir une famille d'article

        Args:
            id_item_group: Identifiant de la famille d'article. (`IdItemGroup`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | ItemGroup]

        """

        return _item_groups_get_item_group.sync_detailed(
            id_item_group=id_item_group,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def update_item_group(
        self,
        id_item_group: int,
        *,
        body: ItemGroupInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> int:
        """Update item group.

        ``PUT /public/v1/item-groups/{IdItemGroup}`` (operationId ``updateItemGroup``)

        Spec summary: Modifier une famille d'article

        Args:
            id_item_group: Identifiant de la famille d'article. (`IdItemGroup`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Famille d'articles à créer ou modifier. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            int

        """

        return _item_groups_update_item_group.sync(
            id_item_group=id_item_group,
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def update_item_group_detailed(
        self,
        id_item_group: int,
        *,
        body: ItemGroupInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | int]:
        """Update item group. Returns the whole ``Response``.

        ``PUT /public/v1/item-groups/{IdItemGroup}`` (operationId ``updateItemGroup``)

        Spec summary: Modifier une famille d'article

        Args:
            id_item_group: Identifiant de la famille d'article. (`IdItemGroup`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Famille d'articles à créer ou modifier. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | int]

        """

        return _item_groups_update_item_group.sync_detailed(
            id_item_group=id_item_group,
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def delete_item_group(
        self,
        id_item_group: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> int:
        """Delete item group.

        ``DELETE /public/v1/item-groups/{IdItemGroup}`` (operationId ``deleteItemGroup``)

        Spec summary: Supprimer une famille d'article

        Args:
            id_item_group: Identifiant de la famille d'article. (`IdItemGroup`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            int

        """

        return _item_groups_delete_item_group.sync(
            id_item_group=id_item_group,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def delete_item_group_detailed(
        self,
        id_item_group: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | int]:
        """Delete item group. Returns the whole ``Response``.

        ``DELETE /public/v1/item-groups/{IdItemGroup}`` (operationId ``deleteItemGroup``)

        Spec summary: Supprimer une famille d'article

        Args:
            id_item_group: Identifiant de la famille d'article. (`IdItemGroup`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | int]

        """

        return _item_groups_delete_item_group.sync_detailed(
            id_item_group=id_item_group,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    # The tag's one paged operation.
    iterate = iterate_get_item_groups
    pages = pages_get_item_groups

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    create = create_item_group
    create_detailed = create_item_group_detailed
    update = update_item_group
    update_detailed = update_item_group_detailed
    delete = delete_item_group
    delete_detailed = delete_item_group_detailed


class ItemsResource(Namespace[AuthenticatedClient]):
    """The ``items`` operations."""

    def get_items(
        self,
        *,
        take: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> ItemSummaryPage:
        """Get items.

        ``GET /public/v1/items`` (operationId ``getItems``)

        Spec summary: Obtenir une liste des articles

        Args:
            take: Nombre d'éléments à retourner. Au plus 100 par page (FAQ : au-dessus, une erreur est envoyée).
                (`take`, query)
            skip: Nombre d'éléments à ignorer avant de commencer à retourner. (`skip`, query)
            sorting_order_property: Nom du champ utilisé pour le tri (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.property`, query)
            sorting_order_sort_type: Sens de tri (Croissant / décroissant). Doit être une valeur du type SortType (0 = Ascending, 1 =
                Descending). Par défaut : Croissant (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.sortType`, query)
            filter_query: Terme recherché pour le filtrage (nom de paramètre pointé envoyé tel quel). (`filter.query`,
                query)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            ItemSummaryPage

        """

        return _items_get_items.sync(
            take=take,
            skip=skip,
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_items_detailed(
        self,
        *,
        take: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | ItemSummaryPage]:
        """Get items. Returns the whole ``Response``.

        ``GET /public/v1/items`` (operationId ``getItems``)

        Spec summary: Obtenir une liste des articles

        Args:
            take: Nombre d'éléments à retourner. Au plus 100 par page (FAQ : au-dessus, une erreur est envoyée).
                (`take`, query)
            skip: Nombre d'éléments à ignorer avant de commencer à retourner. (`skip`, query)
            sorting_order_property: Nom du champ utilisé pour le tri (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.property`, query)
            sorting_order_sort_type: Sens de tri (Croissant / décroissant). Doit être une valeur du type SortType (0 = Ascending, 1 =
                Descending). Par défaut : Croissant (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.sortType`, query)
            filter_query: Terme recherché pour le filtrage (nom de paramètre pointé envoyé tel quel). (`filter.query`,
                query)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | ItemSummaryPage]

        """

        return _items_get_items.sync_detailed(
            take=take,
            skip=skip,
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def iterate_get_items(
        self,
        *,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> Iterator[models.ItemSummary]:
        """Every item of ``getItems``, in order, across pages (``GET /public/v1/items``).

        ``start`` is the offset to resume from; ``page_size`` defaults to the largest the API accepts.
        """
        return _items_get_items.iterate(
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    def pages_get_items(
        self,
        *,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> Iterator[ItemSummaryPage]:
        """Every page of ``getItems`` (``GET /public/v1/items``), fetched lazily."""
        return _items_get_items.pages(
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    # The tag's one paged operation.
    iterate = iterate_get_items
    pages = pages_get_items

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    get = get_items
    get_detailed = get_items_detailed


class PaymentModesResource(Namespace[AuthenticatedClient]):
    """The ``payment_modes`` operations."""

    def get_payment_modes(
        self,
        *,
        take: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> PaymentModeDetailPage:
        """Get payment modes.

        ``GET /public/v1/payment-modes`` (operationId ``getPaymentModes``)

        Spec summary: Obtenir une liste des moyens de paiement

        Args:
            take: Nombre d'éléments à retourner. Au plus 100 par page (FAQ : au-dessus, une erreur est envoyée).
                (`take`, query)
            skip: Nombre d'éléments à ignorer avant de commencer à retourner. (`skip`, query)
            sorting_order_property: Nom du champ utilisé pour le tri (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.property`, query)
            sorting_order_sort_type: Sens de tri (Croissant / décroissant). Doit être une valeur du type SortType (0 = Ascending, 1 =
                Descending). Par défaut : Croissant (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.sortType`, query)
            filter_query: Terme recherché pour le filtrage (nom de paramètre pointé envoyé tel quel). (`filter.query`,
                query)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            PaymentModeDetailPage

        """

        return _payment_modes_get_payment_modes.sync(
            take=take,
            skip=skip,
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_payment_modes_detailed(
        self,
        *,
        take: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | PaymentModeDetailPage]:
        """Get payment modes. Returns the whole ``Response``.

        ``GET /public/v1/payment-modes`` (operationId ``getPaymentModes``)

        Spec summary: Obtenir une liste des moyens de paiement

        Args:
            take: Nombre d'éléments à retourner. Au plus 100 par page (FAQ : au-dessus, une erreur est envoyée).
                (`take`, query)
            skip: Nombre d'éléments à ignorer avant de commencer à retourner. (`skip`, query)
            sorting_order_property: Nom du champ utilisé pour le tri (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.property`, query)
            sorting_order_sort_type: Sens de tri (Croissant / décroissant). Doit être une valeur du type SortType (0 = Ascending, 1 =
                Descending). Par défaut : Croissant (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.sortType`, query)
            filter_query: Terme recherché pour le filtrage (nom de paramètre pointé envoyé tel quel). (`filter.query`,
                query)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | PaymentModeDetailPage]

        """

        return _payment_modes_get_payment_modes.sync_detailed(
            take=take,
            skip=skip,
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def iterate_get_payment_modes(
        self,
        *,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> Iterator[models.PaymentModeDetail]:
        """Every item of ``getPaymentModes``, in order, across pages (``GET /public/v1/payment-modes``).

        ``start`` is the offset to resume from; ``page_size`` defaults to the largest the API accepts.
        """
        return _payment_modes_get_payment_modes.iterate(
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    def pages_get_payment_modes(
        self,
        *,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> Iterator[PaymentModeDetailPage]:
        """Every page of ``getPaymentModes`` (``GET /public/v1/payment-modes``), fetched lazily."""
        return _payment_modes_get_payment_modes.pages(
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    def create_payment_mode(
        self,
        *,
        body: PaymentModeInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> int:
        """Create payment mode.

        ``POST /public/v1/payment-modes`` (operationId ``createPaymentMode``)

        Spec summary: Créer un moyen de paiement

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Moyen de paiement à créer ou modifier. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            int

        """

        return _payment_modes_create_payment_mode.sync(
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def create_payment_mode_detailed(
        self,
        *,
        body: PaymentModeInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | int]:
        """Create payment mode. Returns the whole ``Response``.

        ``POST /public/v1/payment-modes`` (operationId ``createPaymentMode``)

        Spec summary: Créer un moyen de paiement

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Moyen de paiement à créer ou modifier. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | int]

        """

        return _payment_modes_create_payment_mode.sync_detailed(
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_payment_mode(
        self,
        id_payment_mode: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> PaymentModeDetail:
        """Get payment mode.

        ``GET /public/v1/payment-modes/{IdPaymentMode}`` (operationId ``getPaymentMode``)

        Spec summary: Obtenir un moyen de paiement

        Args:
            id_payment_mode: Identifiant du moyen de paiement. (`IdPaymentMode`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            PaymentModeDetail

        """

        return _payment_modes_get_payment_mode.sync(
            id_payment_mode=id_payment_mode,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_payment_mode_detailed(
        self,
        id_payment_mode: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | PaymentModeDetail]:
        """Get payment mode. Returns the whole ``Response``.

        ``GET /public/v1/payment-modes/{IdPaymentMode}`` (operationId ``getPaymentMode``)

        Spec summary: Obtenir un moyen de paiement

        Args:
            id_payment_mode: Identifiant du moyen de paiement. (`IdPaymentMode`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | PaymentModeDetail]

        """

        return _payment_modes_get_payment_mode.sync_detailed(
            id_payment_mode=id_payment_mode,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def update_payment_mode(
        self,
        id_payment_mode: int,
        *,
        body: PaymentModeInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> int:
        """Update payment mode.

        ``PUT /public/v1/payment-modes/{IdPaymentMode}`` (operationId ``updatePaymentMode``)

        Spec summary: Modifier un moyen de paiement

        Args:
            id_payment_mode: Identifiant du moyen de paiement. (`IdPaymentMode`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Moyen de paiement à créer ou modifier. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            int

        """

        return _payment_modes_update_payment_mode.sync(
            id_payment_mode=id_payment_mode,
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def update_payment_mode_detailed(
        self,
        id_payment_mode: int,
        *,
        body: PaymentModeInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | int]:
        """Update payment mode. Returns the whole ``Response``.

        ``PUT /public/v1/payment-modes/{IdPaymentMode}`` (operationId ``updatePaymentMode``)

        Spec summary: Modifier un moyen de paiement

        Args:
            id_payment_mode: Identifiant du moyen de paiement. (`IdPaymentMode`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Moyen de paiement à créer ou modifier. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | int]

        """

        return _payment_modes_update_payment_mode.sync_detailed(
            id_payment_mode=id_payment_mode,
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def delete_payment_mode(
        self,
        id_payment_mode: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> int:
        """Delete payment mode.

        ``DELETE /public/v1/payment-modes/{IdPaymentMode}`` (operationId ``deletePaymentMode``)

        Spec summary: Supprimer un moyen de paiement

        Args:
            id_payment_mode: Identifiant du moyen de paiement. (`IdPaymentMode`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            int

        """

        return _payment_modes_delete_payment_mode.sync(
            id_payment_mode=id_payment_mode,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def delete_payment_mode_detailed(
        self,
        id_payment_mode: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | int]:
        """Delete payment mode. Returns the whole ``Response``.

        ``DELETE /public/v1/payment-modes/{IdPaymentMode}`` (operationId ``deletePaymentMode``)

        Spec summary: Supprimer un moyen de paiement

        Args:
            id_payment_mode: Identifiant du moyen de paiement. (`IdPaymentMode`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | int]

        """

        return _payment_modes_delete_payment_mode.sync_detailed(
            id_payment_mode=id_payment_mode,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    # The tag's one paged operation.
    iterate = iterate_get_payment_modes
    pages = pages_get_payment_modes

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    create = create_payment_mode
    create_detailed = create_payment_mode_detailed
    update = update_payment_mode
    update_detailed = update_payment_mode_detailed
    delete = delete_payment_mode
    delete_detailed = delete_payment_mode_detailed


class PrintingModelsResource(Namespace[AuthenticatedClient]):
    """The ``printing_models`` operations."""

    def get_default_printing_model_name(
        self,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> PrintingModelName:
        """Get default printing model name.

        ``GET /public/v1/printing-models/default-name`` (operationId ``getDefaultPrintingModelName``)

        Spec summary: Obtenir un nom du modèle d'impression par défaut

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            PrintingModelName

        """

        return _printing_models_get_default_printing_model_name.sync(
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_default_printing_model_name_detailed(
        self,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | PrintingModelName]:
        """Get default printing model name. Returns the whole ``Response``.

        ``GET /public/v1/printing-models/default-name`` (operationId ``getDefaultPrintingModelName``)

        Spec summary: Obtenir un nom du modèle d'impression par défaut

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | PrintingModelName]

        """

        return _printing_models_get_default_printing_model_name.sync_detailed(
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_printing_models(
        self,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> list[PrintingModel]:
        """Get printing models.

        ``GET /public/v1/printing-models`` (operationId ``getPrintingModels``)

        Spec summary: Obtenir une liste des modèles d'impression

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            list[PrintingModel]

        """

        return _printing_models_get_printing_models.sync(
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_printing_models_detailed(
        self,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | list[PrintingModel]]:
        """Get printing models. Returns the whole ``Response``.

        ``GET /public/v1/printing-models`` (operationId ``getPrintingModels``)

        Spec summary: Obtenir une liste des modèles d'impression

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | list[PrintingModel]]

        """

        return _printing_models_get_printing_models.sync_detailed(
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_printing_model_names(
        self,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> list[PrintingModelName]:
        """Get printing model names.

        ``GET /public/v1/printing-models/names`` (operationId ``getPrintingModelNames``)

        Spec summary: Obtenir une liste des noms des modèles d'impression

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            list[PrintingModelName]

        """

        return _printing_models_get_printing_model_names.sync(
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_printing_model_names_detailed(
        self,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | list[PrintingModelName]]:
        """Get printing model names. Returns the whole ``Response``.

        ``GET /public/v1/printing-models/names`` (operationId ``getPrintingModelNames``)

        Spec summary: Obtenir une liste des noms des modèles d'impression

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | list[PrintingModelName]]

        """

        return _printing_models_get_printing_model_names.sync_detailed(
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    get = get_printing_models
    get_detailed = get_printing_models_detailed


class SaleCommitmentsResource(Namespace[AuthenticatedClient]):
    """The ``sale_commitments`` operations."""

    def get_sale_commitments(
        self,
        *,
        take: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> SaleCommitmentPage:
        """Get sale commitments.

        ``GET /public/v1/sale-commitments`` (operationId ``getSaleCommitments``)

        Spec summary: Obtenir une liste des échéances

        Args:
            take: Nombre d'éléments à retourner. Au plus 100 par page (FAQ : au-dessus, une erreur est envoyée).
                (`take`, query)
            skip: Nombre d'éléments à ignorer avant de commencer à retourner. (`skip`, query)
            sorting_order_property: Nom du champ utilisé pour le tri (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.property`, query)
            sorting_order_sort_type: Sens de tri (Croissant / décroissant). Doit être une valeur du type SortType (0 = Ascending, 1 =
                Descending). Par défaut : Croissant (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.sortType`, query)
            filter_query: Terme recherché pour le filtrage (nom de paramètre pointé envoyé tel quel). (`filter.query`,
                query)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            SaleCommitmentPage

        """

        return _sale_commitments_get_sale_commitments.sync(
            take=take,
            skip=skip,
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_sale_commitments_detailed(
        self,
        *,
        take: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | SaleCommitmentPage]:
        """Get sale commitments. Returns the whole ``Response``.

        ``GET /public/v1/sale-commitments`` (operationId ``getSaleCommitments``)

        Spec summary: Obtenir une liste des échéances

        Args:
            take: Nombre d'éléments à retourner. Au plus 100 par page (FAQ : au-dessus, une erreur est envoyée).
                (`take`, query)
            skip: Nombre d'éléments à ignorer avant de commencer à retourner. (`skip`, query)
            sorting_order_property: Nom du champ utilisé pour le tri (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.property`, query)
            sorting_order_sort_type: Sens de tri (Croissant / décroissant). Doit être une valeur du type SortType (0 = Ascending, 1 =
                Descending). Par défaut : Croissant (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.sortType`, query)
            filter_query: Terme recherché pour le filtrage (nom de paramètre pointé envoyé tel quel). (`filter.query`,
                query)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | SaleCommitmentPage]

        """

        return _sale_commitments_get_sale_commitments.sync_detailed(
            take=take,
            skip=skip,
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def iterate_get_sale_commitments(
        self,
        *,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> Iterator[models.SaleCommitment]:
        """Every item of ``getSaleCommitments``, in order, across pages (``GET /public/v1/sale-commitments``).

        ``start`` is the offset to resume from; ``page_size`` defaults to the largest the API accepts.
        """
        return _sale_commitments_get_sale_commitments.iterate(
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    def pages_get_sale_commitments(
        self,
        *,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> Iterator[SaleCommitmentPage]:
        """Every page of ``getSaleCommitments`` (``GET /public/v1/sale-commitments``), fetched lazily."""
        return _sale_commitments_get_sale_commitments.pages(
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    # The tag's one paged operation.
    iterate = iterate_get_sale_commitments
    pages = pages_get_sale_commitments

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    get = get_sale_commitments
    get_detailed = get_sale_commitments_detailed


class SaleCreditsResource(Namespace[AuthenticatedClient]):
    """The ``sale_credits`` operations."""

    def create_sale_credit(
        self,
        *,
        body: SaleCreditInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> int:
        """Create sale credit.

        ``POST /public/v1/sale-credits`` (operationId ``createSaleCredit``)

        Spec summary: Créer un avoir

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Avoir à créer ou modifier. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            int

        """

        return _sale_credits_create_sale_credit.sync(
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def create_sale_credit_detailed(
        self,
        *,
        body: SaleCreditInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | int]:
        """Create sale credit. Returns the whole ``Response``.

        ``POST /public/v1/sale-credits`` (operationId ``createSaleCredit``)

        Spec summary: Créer un avoir

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Avoir à créer ou modifier. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | int]

        """

        return _sale_credits_create_sale_credit.sync_detailed(
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_validated_sale_credit(
        self,
        id_sale_credit: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> SaleCredit:
        """Get validated sale credit.

        ``GET /public/v1/sale-credits/validated/{IdSaleCredit}`` (operationId ``getValidatedSaleCredit``)

        Spec summary: Obtenir un avoir validé

        Args:
            id_sale_credit: Identifiant de l'avoir. (`IdSaleCredit`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            SaleCredit

        """

        return _sale_credits_get_validated_sale_credit.sync(
            id_sale_credit=id_sale_credit,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_validated_sale_credit_detailed(
        self,
        id_sale_credit: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | SaleCredit]:
        """Get validated sale credit. Returns the whole ``Response``.

        ``GET /public/v1/sale-credits/validated/{IdSaleCredit}`` (operationId ``getValidatedSaleCredit``)

        Spec summary: Obtenir un avoir validé

        Args:
            id_sale_credit: Identifiant de l'avoir. (`IdSaleCredit`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | SaleCredit]

        """

        return _sale_credits_get_validated_sale_credit.sync_detailed(
            id_sale_credit=id_sale_credit,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_sale_credit(
        self,
        id_sale_credit: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> SaleCredit:
        """Get sale credit.

        ``GET /public/v1/sale-credits/{IdSaleCredit}`` (operationId ``getSaleCredit``)

        Spec summary: Obtenir un avoir provisoire

        Args:
            id_sale_credit: Identifiant de l'avoir. (`IdSaleCredit`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            SaleCredit

        """

        return _sale_credits_get_sale_credit.sync(
            id_sale_credit=id_sale_credit,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_sale_credit_detailed(
        self,
        id_sale_credit: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | SaleCredit]:
        """Get sale credit. Returns the whole ``Response``.

        ``GET /public/v1/sale-credits/{IdSaleCredit}`` (operationId ``getSaleCredit``)

        Spec summary: Obtenir un avoir provisoire

        Args:
            id_sale_credit: Identifiant de l'avoir. (`IdSaleCredit`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | SaleCredit]

        """

        return _sale_credits_get_sale_credit.sync_detailed(
            id_sale_credit=id_sale_credit,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def update_sale_credit(
        self,
        id_sale_credit: int,
        *,
        body: SaleCreditInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> int:
        """Update sale credit.

        ``PUT /public/v1/sale-credits/{IdSaleCredit}`` (operationId ``updateSaleCredit``)

        Spec summary: Modifier un avoir

        Args:
            id_sale_credit: Identifiant de l'avoir. (`IdSaleCredit`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Avoir à créer ou modifier. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            int

        """

        return _sale_credits_update_sale_credit.sync(
            id_sale_credit=id_sale_credit,
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def update_sale_credit_detailed(
        self,
        id_sale_credit: int,
        *,
        body: SaleCreditInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | int]:
        """Update sale credit. Returns the whole ``Response``.

        ``PUT /public/v1/sale-credits/{IdSaleCredit}`` (operationId ``updateSaleCredit``)

        Spec summary: Modifier un avoir

        Args:
            id_sale_credit: Identifiant de l'avoir. (`IdSaleCredit`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Avoir à créer ou modifier. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | int]

        """

        return _sale_credits_update_sale_credit.sync_detailed(
            id_sale_credit=id_sale_credit,
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def delete_sale_credit(
        self,
        id_sale_credit: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> int:
        """Delete sale credit.

        ``DELETE /public/v1/sale-credits/{IdSaleCredit}`` (operationId ``deleteSaleCredit``)

        Spec summary: Supprimer un avoir

        Args:
            id_sale_credit: Identifiant de l'avoir. (`IdSaleCredit`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            int

        """

        return _sale_credits_delete_sale_credit.sync(
            id_sale_credit=id_sale_credit,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def delete_sale_credit_detailed(
        self,
        id_sale_credit: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | int]:
        """Delete sale credit. Returns the whole ``Response``.

        ``DELETE /public/v1/sale-credits/{IdSaleCredit}`` (operationId ``deleteSaleCredit``)

        Spec summary: Supprimer un avoir

        Args:
            id_sale_credit: Identifiant de l'avoir. (`IdSaleCredit`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | int]

        """

        return _sale_credits_delete_sale_credit.sync_detailed(
            id_sale_credit=id_sale_credit,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    create = create_sale_credit
    create_detailed = create_sale_credit_detailed
    get_validated = get_validated_sale_credit
    get_validated_detailed = get_validated_sale_credit_detailed
    get = get_sale_credit
    get_detailed = get_sale_credit_detailed
    update = update_sale_credit
    update_detailed = update_sale_credit_detailed
    delete = delete_sale_credit
    delete_detailed = delete_sale_credit_detailed


class SaleDepositCreditsResource(Namespace[AuthenticatedClient]):
    """The ``sale_deposit_credits`` operations."""

    def create_sale_deposit_credit(
        self,
        *,
        body: SaleDepositCreditInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> int:
        """Create sale deposit credit.

        ``POST /public/v1/sale-deposit-credits`` (operationId ``createSaleDepositCredit``)

        Spec summary: Créer un avoir d'acompte

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Avoir d'acompte à créer. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            int

        """

        return _sale_deposit_credits_create_sale_deposit_credit.sync(
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def create_sale_deposit_credit_detailed(
        self,
        *,
        body: SaleDepositCreditInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | int]:
        """Create sale deposit credit. Returns the whole ``Response``.

        ``POST /public/v1/sale-deposit-credits`` (operationId ``createSaleDepositCredit``)

        Spec summary: Créer un avoir d'acompte

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Avoir d'acompte à créer. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | int]

        """

        return _sale_deposit_credits_create_sale_deposit_credit.sync_detailed(
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_sale_deposit_credit(
        self,
        id_sale_deposit_credit: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> SaleDepositCredit:
        """Get sale deposit credit.

        ``GET /public/v1/sale-deposit-credits/{IdSaleDepositCredit}`` (operationId ``getSaleDepositCredit``)

        Spec summary: Obtenir un avoir d'acompte

        Args:
            id_sale_deposit_credit: Identifiant de l'avoir d'acompte. (`IdSaleDepositCredit`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            SaleDepositCredit

        """

        return _sale_deposit_credits_get_sale_deposit_credit.sync(
            id_sale_deposit_credit=id_sale_deposit_credit,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_sale_deposit_credit_detailed(
        self,
        id_sale_deposit_credit: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | SaleDepositCredit]:
        """Get sale deposit credit. Returns the whole ``Response``.

        ``GET /public/v1/sale-deposit-credits/{IdSaleDepositCredit}`` (operationId ``getSaleDepositCredit``)

        Spec summary: Obtenir un avoir d'acompte

        Args:
            id_sale_deposit_credit: Identifiant de l'avoir d'acompte. (`IdSaleDepositCredit`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | SaleDepositCredit]

        """

        return _sale_deposit_credits_get_sale_deposit_credit.sync_detailed(
            id_sale_deposit_credit=id_sale_deposit_credit,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    create = create_sale_deposit_credit
    create_detailed = create_sale_deposit_credit_detailed
    get = get_sale_deposit_credit
    get_detailed = get_sale_deposit_credit_detailed


class SaleDepositInvoicesResource(Namespace[AuthenticatedClient]):
    """The ``sale_deposit_invoices`` operations."""

    def create_sale_deposit_invoice(
        self,
        *,
        body: SaleDepositInvoiceInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> int:
        """Create sale deposit invoice.

        ``POST /public/v1/sale-deposit-invoices`` (operationId ``createSaleDepositInvoice``)

        Spec summary: Créer une facture d'acompte

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Facture d'acompte à créer. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            int

        """

        return _sale_deposit_invoices_create_sale_deposit_invoice.sync(
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def create_sale_deposit_invoice_detailed(
        self,
        *,
        body: SaleDepositInvoiceInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | int]:
        """Create sale deposit invoice. Returns the whole ``Response``.

        ``POST /public/v1/sale-deposit-invoices`` (operationId ``createSaleDepositInvoice``)

        Spec summary: Créer une facture d'acompte

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Facture d'acompte à créer. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | int]

        """

        return _sale_deposit_invoices_create_sale_deposit_invoice.sync_detailed(
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_sale_deposit_invoice(
        self,
        id_sale_deposit_invoice: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> SaleDepositInvoice:
        """Get sale deposit invoice.

        ``GET /public/v1/sale-deposit-invoices/{IdSaleDepositInvoice}`` (operationId ``getSaleDepositInvoice``)

        Spec summary: Obtenir une facture d'acompte

        Args:
            id_sale_deposit_invoice: Identifiant de la facture d'acompte. (`IdSaleDepositInvoice`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            SaleDepositInvoice

        """

        return _sale_deposit_invoices_get_sale_deposit_invoice.sync(
            id_sale_deposit_invoice=id_sale_deposit_invoice,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_sale_deposit_invoice_detailed(
        self,
        id_sale_deposit_invoice: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | SaleDepositInvoice]:
        """Get sale deposit invoice. Returns the whole ``Response``.

        ``GET /public/v1/sale-deposit-invoices/{IdSaleDepositInvoice}`` (operationId ``getSaleDepositInvoice``)

        Spec summary: Obtenir une facture d'acompte

        Args:
            id_sale_deposit_invoice: Identifiant de la facture d'acompte. (`IdSaleDepositInvoice`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | SaleDepositInvoice]

        """

        return _sale_deposit_invoices_get_sale_deposit_invoice.sync_detailed(
            id_sale_deposit_invoice=id_sale_deposit_invoice,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    create = create_sale_deposit_invoice
    create_detailed = create_sale_deposit_invoice_detailed
    get = get_sale_deposit_invoice
    get_detailed = get_sale_deposit_invoice_detailed


class SaleDocumentsResource(Namespace[AuthenticatedClient]):
    """The ``sale_documents`` operations."""

    def get_sale_documents(
        self,
        *,
        take: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> SaleDocumentSummaryPage:
        """Get sale documents.

        ``GET /public/v1/sale-documents`` (operationId ``getSaleDocuments``)

        Spec summary: Obtenir une liste des documents de vente

        Args:
            take: Nombre d'éléments à retourner. Au plus 100 par page (FAQ : au-dessus, une erreur est envoyée).
                (`take`, query)
            skip: Nombre d'éléments à ignorer avant de commencer à retourner. (`skip`, query)
            sorting_order_property: Nom du champ utilisé pour le tri (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.property`, query)
            sorting_order_sort_type: Sens de tri (Croissant / décroissant). Doit être une valeur du type SortType (0 = Ascending, 1 =
                Descending). Par défaut : Croissant (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.sortType`, query)
            filter_query: Terme recherché pour le filtrage (nom de paramètre pointé envoyé tel quel). (`filter.query`,
                query)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            SaleDocumentSummaryPage

        """

        return _sale_documents_get_sale_documents.sync(
            take=take,
            skip=skip,
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_sale_documents_detailed(
        self,
        *,
        take: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | SaleDocumentSummaryPage]:
        """Get sale documents. Returns the whole ``Response``.

        ``GET /public/v1/sale-documents`` (operationId ``getSaleDocuments``)

        Spec summary: Obtenir une liste des documents de vente

        Args:
            take: Nombre d'éléments à retourner. Au plus 100 par page (FAQ : au-dessus, une erreur est envoyée).
                (`take`, query)
            skip: Nombre d'éléments à ignorer avant de commencer à retourner. (`skip`, query)
            sorting_order_property: Nom du champ utilisé pour le tri (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.property`, query)
            sorting_order_sort_type: Sens de tri (Croissant / décroissant). Doit être une valeur du type SortType (0 = Ascending, 1 =
                Descending). Par défaut : Croissant (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.sortType`, query)
            filter_query: Terme recherché pour le filtrage (nom de paramètre pointé envoyé tel quel). (`filter.query`,
                query)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | SaleDocumentSummaryPage]

        """

        return _sale_documents_get_sale_documents.sync_detailed(
            take=take,
            skip=skip,
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def iterate_get_sale_documents(
        self,
        *,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> Iterator[models.SaleDocumentSummary]:
        """Every item of ``getSaleDocuments``, in order, across pages (``GET /public/v1/sale-documents``).

        ``start`` is the offset to resume from; ``page_size`` defaults to the largest the API accepts.
        """
        return _sale_documents_get_sale_documents.iterate(
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    def pages_get_sale_documents(
        self,
        *,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> Iterator[SaleDocumentSummaryPage]:
        """Every page of ``getSaleDocuments`` (``GET /public/v1/sale-documents``), fetched lazily."""
        return _sale_documents_get_sale_documents.pages(
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    # The tag's one paged operation.
    iterate = iterate_get_sale_documents
    pages = pages_get_sale_documents

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    get = get_sale_documents
    get_detailed = get_sale_documents_detailed


class SaleInvoicesResource(Namespace[AuthenticatedClient]):
    """The ``sale_invoices`` operations."""

    def create_sale_invoice(
        self,
        *,
        body: SaleInvoiceInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> int:
        """Create sale invoice.

        ``POST /public/v1/sale-invoices`` (operationId ``createSaleInvoice``)

        Spec summary: Créer une facture

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Facture à créer ou modifier. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            int

        """

        return _sale_invoices_create_sale_invoice.sync(
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def create_sale_invoice_detailed(
        self,
        *,
        body: SaleInvoiceInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | int]:
        """Create sale invoice. Returns the whole ``Response``.

        ``POST /public/v1/sale-invoices`` (operationId ``createSaleInvoice``)

        Spec summary: Créer une facture

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Facture à créer ou modifier. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | int]

        """

        return _sale_invoices_create_sale_invoice.sync_detailed(
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_validated_sale_invoice(
        self,
        id_sale_invoice: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> SaleInvoice:
        """Get validated sale invoice.

        ``GET /public/v1/sale-invoices/validated/{IdSaleInvoice}`` (operationId ``getValidatedSaleInvoice``)

        Spec summary: Obtenir une facture validée

        Args:
            id_sale_invoice: Identifiant de la facture. (`IdSaleInvoice`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            SaleInvoice

        """

        return _sale_invoices_get_validated_sale_invoice.sync(
            id_sale_invoice=id_sale_invoice,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_validated_sale_invoice_detailed(
        self,
        id_sale_invoice: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | SaleInvoice]:
        """Get validated sale invoice. Returns the whole ``Response``.

        ``GET /public/v1/sale-invoices/validated/{IdSaleInvoice}`` (operationId ``getValidatedSaleInvoice``)

        Spec summary: Obtenir une facture validée

        Args:
            id_sale_invoice: Identifiant de la facture. (`IdSaleInvoice`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | SaleInvoice]

        """

        return _sale_invoices_get_validated_sale_invoice.sync_detailed(
            id_sale_invoice=id_sale_invoice,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_sale_invoice(
        self,
        id_sale_invoice: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> SaleInvoice:
        """Get sale invoice.

        ``GET /public/v1/sale-invoices/{IdSaleInvoice}`` (operationId ``getSaleInvoice``)

        Spec summary: Obtenir une facture provisoire

        Args:
            id_sale_invoice: Identifiant de la facture. (`IdSaleInvoice`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            SaleInvoice

        """

        return _sale_invoices_get_sale_invoice.sync(
            id_sale_invoice=id_sale_invoice,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_sale_invoice_detailed(
        self,
        id_sale_invoice: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | SaleInvoice]:
        """Get sale invoice. Returns the whole ``Response``.

        ``GET /public/v1/sale-invoices/{IdSaleInvoice}`` (operationId ``getSaleInvoice``)

        Spec summary: Obtenir une facture provisoire

        Args:
            id_sale_invoice: Identifiant de la facture. (`IdSaleInvoice`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | SaleInvoice]

        """

        return _sale_invoices_get_sale_invoice.sync_detailed(
            id_sale_invoice=id_sale_invoice,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def update_sale_invoice(
        self,
        id_sale_invoice: int,
        *,
        body: SaleInvoiceInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> int:
        """Update sale invoice.

        ``PUT /public/v1/sale-invoices/{IdSaleInvoice}`` (operationId ``updateSaleInvoice``)

        Spec summary: Modifier une facture

        Args:
            id_sale_invoice: Identifiant de la facture. (`IdSaleInvoice`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Facture à créer ou modifier. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            int

        """

        return _sale_invoices_update_sale_invoice.sync(
            id_sale_invoice=id_sale_invoice,
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def update_sale_invoice_detailed(
        self,
        id_sale_invoice: int,
        *,
        body: SaleInvoiceInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | int]:
        """Update sale invoice. Returns the whole ``Response``.

        ``PUT /public/v1/sale-invoices/{IdSaleInvoice}`` (operationId ``updateSaleInvoice``)

        Spec summary: Modifier une facture

        Args:
            id_sale_invoice: Identifiant de la facture. (`IdSaleInvoice`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Facture à créer ou modifier. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | int]

        """

        return _sale_invoices_update_sale_invoice.sync_detailed(
            id_sale_invoice=id_sale_invoice,
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def delete_sale_invoice(
        self,
        id_sale_invoice: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> int:
        """Delete sale invoice.

        ``DELETE /public/v1/sale-invoices/{IdSaleInvoice}`` (operationId ``deleteSaleInvoice``)

        Spec summary: Supprimer une facture

        Args:
            id_sale_invoice: Identifiant de la facture. (`IdSaleInvoice`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            int

        """

        return _sale_invoices_delete_sale_invoice.sync(
            id_sale_invoice=id_sale_invoice,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def delete_sale_invoice_detailed(
        self,
        id_sale_invoice: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | int]:
        """Delete sale invoice. Returns the whole ``Response``.

        ``DELETE /public/v1/sale-invoices/{IdSaleInvoice}`` (operationId ``deleteSaleInvoice``)

        Spec summary: Supprimer une facture

        Args:
            id_sale_invoice: Identifiant de la facture. (`IdSaleInvoice`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | int]

        """

        return _sale_invoices_delete_sale_invoice.sync_detailed(
            id_sale_invoice=id_sale_invoice,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    create = create_sale_invoice
    create_detailed = create_sale_invoice_detailed
    get_validated = get_validated_sale_invoice
    get_validated_detailed = get_validated_sale_invoice_detailed
    get = get_sale_invoice
    get_detailed = get_sale_invoice_detailed
    update = update_sale_invoice
    update_detailed = update_sale_invoice_detailed
    delete = delete_sale_invoice
    delete_detailed = delete_sale_invoice_detailed


class SaleQuotesResource(Namespace[AuthenticatedClient]):
    """The ``sale_quotes`` operations."""

    def create_sale_quote(
        self,
        *,
        body: SaleQuoteInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> int:
        """Create sale quote.

        ``POST /public/v1/sale-quotes`` (operationId ``createSaleQuote``)

        Spec summary: Créer un devis

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Devis à créer ou modifier. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            int

        """

        return _sale_quotes_create_sale_quote.sync(
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def create_sale_quote_detailed(
        self,
        *,
        body: SaleQuoteInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | int]:
        """Create sale quote. Returns the whole ``Response``.

        ``POST /public/v1/sale-quotes`` (operationId ``createSaleQuote``)

        Spec summary: Créer un devis

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Devis à créer ou modifier. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | int]

        """

        return _sale_quotes_create_sale_quote.sync_detailed(
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_invoiced_sale_quote(
        self,
        id_sale_quote: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> SaleQuote:
        """Get invoiced sale quote.

        ``GET /public/v1/sale-quotes/invoiced/{IdSaleQuote}`` (operationId ``getInvoicedSaleQuote``)

        Spec summary: Obtenir un devis facturé

        Args:
            id_sale_quote: Identifiant du devis. (`IdSaleQuote`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            SaleQuote

        """

        return _sale_quotes_get_invoiced_sale_quote.sync(
            id_sale_quote=id_sale_quote,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_invoiced_sale_quote_detailed(
        self,
        id_sale_quote: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | SaleQuote]:
        """Get invoiced sale quote. Returns the whole ``Response``.

        ``GET /public/v1/sale-quotes/invoiced/{IdSaleQuote}`` (operationId ``getInvoicedSaleQuote``)

        Spec summary: Obtenir un devis facturé

        Args:
            id_sale_quote: Identifiant du devis. (`IdSaleQuote`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | SaleQuote]

        """

        return _sale_quotes_get_invoiced_sale_quote.sync_detailed(
            id_sale_quote=id_sale_quote,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_sale_quote(
        self,
        id_sale_quote: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> SaleQuote:
        """Get sale quote.

        ``GET /public/v1/sale-quotes/{IdSaleQuote}`` (operationId ``getSaleQuote``)

        Spec summary: Obtenir un devis provisoire

        Args:
            id_sale_quote: Identifiant du devis. (`IdSaleQuote`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            SaleQuote

        """

        return _sale_quotes_get_sale_quote.sync(
            id_sale_quote=id_sale_quote,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_sale_quote_detailed(
        self,
        id_sale_quote: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | SaleQuote]:
        """Get sale quote. Returns the whole ``Response``.

        ``GET /public/v1/sale-quotes/{IdSaleQuote}`` (operationId ``getSaleQuote``)

        Spec summary: Obtenir un devis provisoire

        Args:
            id_sale_quote: Identifiant du devis. (`IdSaleQuote`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | SaleQuote]

        """

        return _sale_quotes_get_sale_quote.sync_detailed(
            id_sale_quote=id_sale_quote,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def update_sale_quote(
        self,
        id_sale_quote: int,
        *,
        body: SaleQuoteInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> int:
        """Update sale quote.

        ``PUT /public/v1/sale-quotes/{IdSaleQuote}`` (operationId ``updateSaleQuote``)

        Spec summary: Modifier un devis

        Args:
            id_sale_quote: Identifiant du devis. (`IdSaleQuote`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Devis à créer ou modifier. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            int

        """

        return _sale_quotes_update_sale_quote.sync(
            id_sale_quote=id_sale_quote,
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def update_sale_quote_detailed(
        self,
        id_sale_quote: int,
        *,
        body: SaleQuoteInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | int]:
        """Update sale quote. Returns the whole ``Response``.

        ``PUT /public/v1/sale-quotes/{IdSaleQuote}`` (operationId ``updateSaleQuote``)

        Spec summary: Modifier un devis

        Args:
            id_sale_quote: Identifiant du devis. (`IdSaleQuote`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Devis à créer ou modifier. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | int]

        """

        return _sale_quotes_update_sale_quote.sync_detailed(
            id_sale_quote=id_sale_quote,
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def delete_sale_quote(
        self,
        id_sale_quote: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> int:
        """Delete sale quote.

        ``DELETE /public/v1/sale-quotes/{IdSaleQuote}`` (operationId ``deleteSaleQuote``)

        Spec summary: Supprimer un devis

        Args:
            id_sale_quote: Identifiant du devis. (`IdSaleQuote`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            int

        """

        return _sale_quotes_delete_sale_quote.sync(
            id_sale_quote=id_sale_quote,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def delete_sale_quote_detailed(
        self,
        id_sale_quote: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | int]:
        """Delete sale quote. Returns the whole ``Response``.

        ``DELETE /public/v1/sale-quotes/{IdSaleQuote}`` (operationId ``deleteSaleQuote``)

        Spec summary: Supprimer un devis

        Args:
            id_sale_quote: Identifiant du devis. (`IdSaleQuote`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | int]

        """

        return _sale_quotes_delete_sale_quote.sync_detailed(
            id_sale_quote=id_sale_quote,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    create = create_sale_quote
    create_detailed = create_sale_quote_detailed
    get_invoiced = get_invoiced_sale_quote
    get_invoiced_detailed = get_invoiced_sale_quote_detailed
    get = get_sale_quote
    get_detailed = get_sale_quote_detailed
    update = update_sale_quote
    update_detailed = update_sale_quote_detailed
    delete = delete_sale_quote
    delete_detailed = delete_sale_quote_detailed


class SaleUnitsResource(Namespace[AuthenticatedClient]):
    """The ``sale_units`` operations."""

    def get_sale_units(
        self,
        *,
        take: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> SaleUnitPage:
        """Get sale units.

        ``GET /public/v1/sale-units`` (operationId ``getSaleUnits``)

        Spec summary: Obtenir une liste des unités de vente

        Args:
            take: Nombre d'éléments à retourner. Au plus 100 par page (FAQ : au-dessus, une erreur est envoyée).
                (`take`, query)
            skip: Nombre d'éléments à ignorer avant de commencer à retourner. (`skip`, query)
            sorting_order_property: Nom du champ utilisé pour le tri (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.property`, query)
            sorting_order_sort_type: Sens de tri (Croissant / décroissant). Doit être une valeur du type SortType (0 = Ascending, 1 =
                Descending). Par défaut : Croissant (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.sortType`, query)
            filter_query: Terme recherché pour le filtrage (nom de paramètre pointé envoyé tel quel). (`filter.query`,
                query)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            SaleUnitPage

        """

        return _sale_units_get_sale_units.sync(
            take=take,
            skip=skip,
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_sale_units_detailed(
        self,
        *,
        take: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | SaleUnitPage]:
        """Get sale units. Returns the whole ``Response``.

        ``GET /public/v1/sale-units`` (operationId ``getSaleUnits``)

        Spec summary: Obtenir une liste des unités de vente

        Args:
            take: Nombre d'éléments à retourner. Au plus 100 par page (FAQ : au-dessus, une erreur est envoyée).
                (`take`, query)
            skip: Nombre d'éléments à ignorer avant de commencer à retourner. (`skip`, query)
            sorting_order_property: Nom du champ utilisé pour le tri (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.property`, query)
            sorting_order_sort_type: Sens de tri (Croissant / décroissant). Doit être une valeur du type SortType (0 = Ascending, 1 =
                Descending). Par défaut : Croissant (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.sortType`, query)
            filter_query: Terme recherché pour le filtrage (nom de paramètre pointé envoyé tel quel). (`filter.query`,
                query)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | SaleUnitPage]

        """

        return _sale_units_get_sale_units.sync_detailed(
            take=take,
            skip=skip,
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def iterate_get_sale_units(
        self,
        *,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> Iterator[models.SaleUnit]:
        """Every item of ``getSaleUnits``, in order, across pages (``GET /public/v1/sale-units``).

        ``start`` is the offset to resume from; ``page_size`` defaults to the largest the API accepts.
        """
        return _sale_units_get_sale_units.iterate(
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    def pages_get_sale_units(
        self,
        *,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> Iterator[SaleUnitPage]:
        """Every page of ``getSaleUnits`` (``GET /public/v1/sale-units``), fetched lazily."""
        return _sale_units_get_sale_units.pages(
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    def get_sale_unit(
        self,
        id_sale_unit: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> SaleUnitDetail:
        """Get sale unit.

        ``GET /public/v1/sale-units/{IdSaleUnit}`` (operationId ``getSaleUnit``)

        Spec summary: Obtenir une unité de vente

        Args:
            id_sale_unit: Identifiant de l'unité de vente. (`IdSaleUnit`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            SaleUnitDetail

        """

        return _sale_units_get_sale_unit.sync(
            id_sale_unit=id_sale_unit,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_sale_unit_detailed(
        self,
        id_sale_unit: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | SaleUnitDetail]:
        """Get sale unit. Returns the whole ``Response``.

        ``GET /public/v1/sale-units/{IdSaleUnit}`` (operationId ``getSaleUnit``)

        Spec summary: Obtenir une unité de vente

        Args:
            id_sale_unit: Identifiant de l'unité de vente. (`IdSaleUnit`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | SaleUnitDetail]

        """

        return _sale_units_get_sale_unit.sync_detailed(
            id_sale_unit=id_sale_unit,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    # The tag's one paged operation.
    iterate = iterate_get_sale_units
    pages = pages_get_sale_units


class ServiceItemsResource(Namespace[AuthenticatedClient]):
    """The ``service_items`` operations."""

    def create_service_item(
        self,
        *,
        body: ItemForm,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> int:
        """Create service item.

        ``POST /public/v1/items/services`` (operationId ``createServiceItem``)

        Spec summary: Créer un article de type [Service]

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Formulaire (multipart/form-data) de création ou de modification d'un article de type
                [Marchandise] ou [Service]. Les noms de champs pointés (`costPriceAndMargin.marginRate`, ...)
                sont les noms littéraux des champs du formulaire. (request body, multipart/form-data)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            int

        """

        return _service_items_create_service_item.sync(
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def create_service_item_detailed(
        self,
        *,
        body: ItemForm,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | int]:
        """Create service item. Returns the whole ``Response``.

        ``POST /public/v1/items/services`` (operationId ``createServiceItem``)

        Spec summary: Créer un article de type [Service]

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Formulaire (multipart/form-data) de création ou de modification d'un article de type
                [Marchandise] ou [Service]. Les noms de champs pointés (`costPriceAndMargin.marginRate`, ...)
                sont les noms littéraux des champs du formulaire. (request body, multipart/form-data)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | int]

        """

        return _service_items_create_service_item.sync_detailed(
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_service_item(
        self,
        id_item: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> ItemDetail:
        """Get service item.

        ``GET /public/v1/items/services/{IdItem}`` (operationId ``getServiceItem``)

        Spec summary: Obtenir un article de type [Service]

        Args:
            id_item: Identifiant de l'article. (`IdItem`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            ItemDetail

        """

        return _service_items_get_service_item.sync(
            id_item=id_item,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_service_item_detailed(
        self,
        id_item: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | ItemDetail]:
        """Get service item. Returns the whole ``Response``.

        ``GET /public/v1/items/services/{IdItem}`` (operationId ``getServiceItem``)

        Spec summary: Obtenir un article de type [Service]

        Args:
            id_item: Identifiant de l'article. (`IdItem`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | ItemDetail]

        """

        return _service_items_get_service_item.sync_detailed(
            id_item=id_item,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def update_service_item(
        self,
        id_item: int,
        *,
        body: ItemForm,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> int:
        """Update service item.

        ``PUT /public/v1/items/services/{IdItem}`` (operationId ``updateServiceItem``)

        Spec summary: Modifier un article de type [Service]

        Args:
            id_item: Identifiant de l'article. (`IdItem`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Formulaire (multipart/form-data) de création ou de modification d'un article de type
                [Marchandise] ou [Service]. Les noms de champs pointés (`costPriceAndMargin.marginRate`, ...)
                sont les noms littéraux des champs du formulaire. (request body, multipart/form-data)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            int

        """

        return _service_items_update_service_item.sync(
            id_item=id_item,
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def update_service_item_detailed(
        self,
        id_item: int,
        *,
        body: ItemForm,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | int]:
        """Update service item. Returns the whole ``Response``.

        ``PUT /public/v1/items/services/{IdItem}`` (operationId ``updateServiceItem``)

        Spec summary: Modifier un article de type [Service]

        Args:
            id_item: Identifiant de l'article. (`IdItem`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Formulaire (multipart/form-data) de création ou de modification d'un article de type
                [Marchandise] ou [Service]. Les noms de champs pointés (`costPriceAndMargin.marginRate`, ...)
                sont les noms littéraux des champs du formulaire. (request body, multipart/form-data)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | int]

        """

        return _service_items_update_service_item.sync_detailed(
            id_item=id_item,
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def delete_service_item(
        self,
        id_item: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> int:
        """Delete service item.

        ``DELETE /public/v1/items/services/{IdItem}`` (operationId ``deleteServiceItem``)

        Spec summary: Supprimer un article de type [Service]

        Args:
            id_item: Identifiant de l'article. (`IdItem`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            int

        """

        return _service_items_delete_service_item.sync(
            id_item=id_item,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def delete_service_item_detailed(
        self,
        id_item: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | int]:
        """Delete service item. Returns the whole ``Response``.

        ``DELETE /public/v1/items/services/{IdItem}`` (operationId ``deleteServiceItem``)

        Spec summary: Supprimer un article de type [Service]

        Args:
            id_item: Identifiant de l'article. (`IdItem`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | int]

        """

        return _service_items_delete_service_item.sync_detailed(
            id_item=id_item,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    create = create_service_item
    create_detailed = create_service_item_detailed
    get = get_service_item
    get_detailed = get_service_item_detailed
    update = update_service_item
    update_detailed = update_service_item_detailed
    delete = delete_service_item
    delete_detailed = delete_service_item_detailed


class SettlementTermsResource(Namespace[AuthenticatedClient]):
    """The ``settlement_terms`` operations."""

    def get_settlement_terms(
        self,
        *,
        take: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> SettlementTermPage:
        """Get settlement terms.

        ``GET /public/v1/settlement-terms`` (operationId ``getSettlementTerms``)

        Spec summary: Obtenir une liste des conditions de règlement

        Args:
            take: Nombre d'éléments à retourner. Au plus 100 par page (FAQ : au-dessus, une erreur est envoyée).
                (`take`, query)
            skip: Nombre d'éléments à ignorer avant de commencer à retourner. (`skip`, query)
            sorting_order_property: Nom du champ utilisé pour le tri (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.property`, query)
            sorting_order_sort_type: Sens de tri (Croissant / décroissant). Doit être une valeur du type SortType (0 = Ascending, 1 =
                Descending). Par défaut : Croissant (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.sortType`, query)
            filter_query: Terme recherché pour le filtrage (nom de paramètre pointé envoyé tel quel). (`filter.query`,
                query)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            SettlementTermPage

        """

        return _settlement_terms_get_settlement_terms.sync(
            take=take,
            skip=skip,
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_settlement_terms_detailed(
        self,
        *,
        take: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | SettlementTermPage]:
        """Get settlement terms. Returns the whole ``Response``.

        ``GET /public/v1/settlement-terms`` (operationId ``getSettlementTerms``)

        Spec summary: Obtenir une liste des conditions de règlement

        Args:
            take: Nombre d'éléments à retourner. Au plus 100 par page (FAQ : au-dessus, une erreur est envoyée).
                (`take`, query)
            skip: Nombre d'éléments à ignorer avant de commencer à retourner. (`skip`, query)
            sorting_order_property: Nom du champ utilisé pour le tri (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.property`, query)
            sorting_order_sort_type: Sens de tri (Croissant / décroissant). Doit être une valeur du type SortType (0 = Ascending, 1 =
                Descending). Par défaut : Croissant (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.sortType`, query)
            filter_query: Terme recherché pour le filtrage (nom de paramètre pointé envoyé tel quel). (`filter.query`,
                query)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | SettlementTermPage]

        """

        return _settlement_terms_get_settlement_terms.sync_detailed(
            take=take,
            skip=skip,
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def iterate_get_settlement_terms(
        self,
        *,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> Iterator[models.SettlementTerm]:
        """Every item of ``getSettlementTerms``, in order, across pages (``GET /public/v1/settlement-terms``).

        ``start`` is the offset to resume from; ``page_size`` defaults to the largest the API accepts.
        """
        return _settlement_terms_get_settlement_terms.iterate(
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    def pages_get_settlement_terms(
        self,
        *,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> Iterator[SettlementTermPage]:
        """Every page of ``getSettlementTerms`` (``GET /public/v1/settlement-terms``), fetched lazily."""
        return _settlement_terms_get_settlement_terms.pages(
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    def create_settlement_term(
        self,
        *,
        body: SettlementTermInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> int:
        """Create settlement term.

        ``POST /public/v1/settlement-terms`` (operationId ``createSettlementTerm``)

        Spec summary: Créer une condition de règlement

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Condition de règlement à créer ou modifier. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            int

        """

        return _settlement_terms_create_settlement_term.sync(
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def create_settlement_term_detailed(
        self,
        *,
        body: SettlementTermInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | int]:
        """Create settlement term. Returns the whole ``Response``.

        ``POST /public/v1/settlement-terms`` (operationId ``createSettlementTerm``)

        Spec summary: Créer une condition de règlement

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Condition de règlement à créer ou modifier. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | int]

        """

        return _settlement_terms_create_settlement_term.sync_detailed(
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_settlement_term(
        self,
        id_setllement_term: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> SettlementTerm:
        """Get settlement term.

        ``GET /public/v1/settlement-terms/{IdSetllementTerm}`` (operationId ``getSettlementTerm``)

        Spec summary: Obtenir une condition de règlement

        Args:
            id_setllement_term: Identifiant de la condition de règlement. (`IdSetllementTerm`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            SettlementTerm

        """

        return _settlement_terms_get_settlement_term.sync(
            id_setllement_term=id_setllement_term,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_settlement_term_detailed(
        self,
        id_setllement_term: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | SettlementTerm]:
        """Get settlement term. Returns the whole ``Response``.

        ``GET /public/v1/settlement-terms/{IdSetllementTerm}`` (operationId ``getSettlementTerm``)

        Spec summary: Obtenir une condition de règlement

        Args:
            id_setllement_term: Identifiant de la condition de règlement. (`IdSetllementTerm`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | SettlementTerm]

        """

        return _settlement_terms_get_settlement_term.sync_detailed(
            id_setllement_term=id_setllement_term,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def update_settlement_term(
        self,
        id_setllement_term: int,
        *,
        body: SettlementTermInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> int:
        """Update settlement term.

        ``PUT /public/v1/settlement-terms/{IdSetllementTerm}`` (operationId ``updateSettlementTerm``)

        Spec summary: Modifier une condition de règlement

        Args:
            id_setllement_term: Identifiant de la condition de règlement. (`IdSetllementTerm`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Condition de règlement à créer ou modifier. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            int

        """

        return _settlement_terms_update_settlement_term.sync(
            id_setllement_term=id_setllement_term,
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def update_settlement_term_detailed(
        self,
        id_setllement_term: int,
        *,
        body: SettlementTermInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | int]:
        """Update settlement term. Returns the whole ``Response``.

        ``PUT /public/v1/settlement-terms/{IdSetllementTerm}`` (operationId ``updateSettlementTerm``)

        Spec summary: Modifier une condition de règlement

        Args:
            id_setllement_term: Identifiant de la condition de règlement. (`IdSetllementTerm`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Condition de règlement à créer ou modifier. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | int]

        """

        return _settlement_terms_update_settlement_term.sync_detailed(
            id_setllement_term=id_setllement_term,
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def delete_settlement_term(
        self,
        id_setllement_term: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> int:
        """Delete settlement term.

        ``DELETE /public/v1/settlement-terms/{IdSetllementTerm}`` (operationId ``deleteSettlementTerm``)

        Spec summary: Supprimer une condition de règlement

        Args:
            id_setllement_term: Identifiant de la condition de règlement. (`IdSetllementTerm`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            int

        """

        return _settlement_terms_delete_settlement_term.sync(
            id_setllement_term=id_setllement_term,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def delete_settlement_term_detailed(
        self,
        id_setllement_term: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | int]:
        """Delete settlement term. Returns the whole ``Response``.

        ``DELETE /public/v1/settlement-terms/{IdSetllementTerm}`` (operationId ``deleteSettlementTerm``)

        Spec summary: Supprimer une condition de règlement

        Args:
            id_setllement_term: Identifiant de la condition de règlement. (`IdSetllementTerm`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | int]

        """

        return _settlement_terms_delete_settlement_term.sync_detailed(
            id_setllement_term=id_setllement_term,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    # The tag's one paged operation.
    iterate = iterate_get_settlement_terms
    pages = pages_get_settlement_terms

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    create = create_settlement_term
    create_detailed = create_settlement_term_detailed
    update = update_settlement_term
    update_detailed = update_settlement_term_detailed
    delete = delete_settlement_term
    delete_detailed = delete_settlement_term_detailed


class SettlementsResource(Namespace[AuthenticatedClient]):
    """The ``settlements`` operations."""

    def get_settlements(
        self,
        *,
        take: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> SettlementPage:
        """Get settlements.

        ``GET /public/v1/settlements`` (operationId ``getSettlements``)

        Spec summary: Obtenir une liste des règlements

        Args:
            take: Nombre d'éléments à retourner. Au plus 100 par page (FAQ : au-dessus, une erreur est envoyée).
                (`take`, query)
            skip: Nombre d'éléments à ignorer avant de commencer à retourner. (`skip`, query)
            sorting_order_property: Nom du champ utilisé pour le tri (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.property`, query)
            sorting_order_sort_type: Sens de tri (Croissant / décroissant). Doit être une valeur du type SortType (0 = Ascending, 1 =
                Descending). Par défaut : Croissant (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.sortType`, query)
            filter_query: Terme recherché pour le filtrage (nom de paramètre pointé envoyé tel quel). (`filter.query`,
                query)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            SettlementPage

        """

        return _settlements_get_settlements.sync(
            take=take,
            skip=skip,
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_settlements_detailed(
        self,
        *,
        take: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | SettlementPage]:
        """Get settlements. Returns the whole ``Response``.

        ``GET /public/v1/settlements`` (operationId ``getSettlements``)

        Spec summary: Obtenir une liste des règlements

        Args:
            take: Nombre d'éléments à retourner. Au plus 100 par page (FAQ : au-dessus, une erreur est envoyée).
                (`take`, query)
            skip: Nombre d'éléments à ignorer avant de commencer à retourner. (`skip`, query)
            sorting_order_property: Nom du champ utilisé pour le tri (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.property`, query)
            sorting_order_sort_type: Sens de tri (Croissant / décroissant). Doit être une valeur du type SortType (0 = Ascending, 1 =
                Descending). Par défaut : Croissant (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.sortType`, query)
            filter_query: Terme recherché pour le filtrage (nom de paramètre pointé envoyé tel quel). (`filter.query`,
                query)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | SettlementPage]

        """

        return _settlements_get_settlements.sync_detailed(
            take=take,
            skip=skip,
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def iterate_get_settlements(
        self,
        *,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> Iterator[models.Settlement]:
        """Every item of ``getSettlements``, in order, across pages (``GET /public/v1/settlements``).

        ``start`` is the offset to resume from; ``page_size`` defaults to the largest the API accepts.
        """
        return _settlements_get_settlements.iterate(
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    def pages_get_settlements(
        self,
        *,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> Iterator[SettlementPage]:
        """Every page of ``getSettlements`` (``GET /public/v1/settlements``), fetched lazily."""
        return _settlements_get_settlements.pages(
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    # The tag's one paged operation.
    iterate = iterate_get_settlements
    pages = pages_get_settlements

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    get = get_settlements
    get_detailed = get_settlements_detailed


class VatRatesResource(Namespace[AuthenticatedClient]):
    """The ``vat_rates`` operations."""

    def get_vat_rates(
        self,
        *,
        take: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> list[VatRate]:
        """Get vat rates.

        ``GET /public/v1/vat-rates`` (operationId ``getVatRates``)

        Spec summary: Obtenir une liste des taux de TVA

        Args:
            take: Nombre d'éléments à retourner. Au plus 100 par page (FAQ : au-dessus, une erreur est envoyée).
                (`take`, query)
            skip: Nombre d'éléments à ignorer avant de commencer à retourner. (`skip`, query)
            sorting_order_property: Nom du champ utilisé pour le tri (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.property`, query)
            sorting_order_sort_type: Sens de tri (Croissant / décroissant). Doit être une valeur du type SortType (0 = Ascending, 1 =
                Descending). Par défaut : Croissant (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.sortType`, query)
            filter_query: Terme recherché pour le filtrage (nom de paramètre pointé envoyé tel quel). (`filter.query`,
                query)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            list[VatRate]

        """

        return _vat_rates_get_vat_rates.sync(
            take=take,
            skip=skip,
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_vat_rates_detailed(
        self,
        *,
        take: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | list[VatRate]]:
        """Get vat rates. Returns the whole ``Response``.

        ``GET /public/v1/vat-rates`` (operationId ``getVatRates``)

        Spec summary: Obtenir une liste des taux de TVA

        Args:
            take: Nombre d'éléments à retourner. Au plus 100 par page (FAQ : au-dessus, une erreur est envoyée).
                (`take`, query)
            skip: Nombre d'éléments à ignorer avant de commencer à retourner. (`skip`, query)
            sorting_order_property: Nom du champ utilisé pour le tri (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.property`, query)
            sorting_order_sort_type: Sens de tri (Croissant / décroissant). Doit être une valeur du type SortType (0 = Ascending, 1 =
                Descending). Par défaut : Croissant (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.sortType`, query)
            filter_query: Terme recherché pour le filtrage (nom de paramètre pointé envoyé tel quel). (`filter.query`,
                query)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | list[VatRate]]

        """

        return _vat_rates_get_vat_rates.sync_detailed(
            take=take,
            skip=skip,
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def iterate_get_vat_rates(
        self,
        *,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> Iterator[models.VatRate]:
        """Every item of ``getVatRates``, in order, across pages (``GET /public/v1/vat-rates``).

        ``start`` is the offset to resume from; ``page_size`` defaults to the largest the API accepts.
        """
        return _vat_rates_get_vat_rates.iterate(
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    def pages_get_vat_rates(
        self,
        *,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> Iterator[list[VatRate]]:
        """Every page of ``getVatRates`` (``GET /public/v1/vat-rates``), fetched lazily."""
        return _vat_rates_get_vat_rates.pages(
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    # The tag's one paged operation.
    iterate = iterate_get_vat_rates
    pages = pages_get_vat_rates

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    get = get_vat_rates
    get_detailed = get_vat_rates_detailed


@define
class HubbixGestionClient(AuthenticatedClient):
    """The ebp_hubbix_gestion client with one namespace per tag: customer_groups, customers, dashboards, good_items, item_groups, items, payment_modes, printing_models, sale_commitments, sale_credits, sale_deposit_credits, sale_deposit_invoices, sale_documents, sale_invoices, sale_quotes, sale_units, service_items, settlement_terms, settlements, vat_rates."""

    @property
    def customer_groups(self) -> CustomerGroupsResource:
        """The ``customer_groups`` operations."""
        return CustomerGroupsResource(self)

    @property
    def customers(self) -> CustomersResource:
        """The ``customers`` operations."""
        return CustomersResource(self)

    @property
    def dashboards(self) -> DashboardsResource:
        """The ``dashboards`` operations."""
        return DashboardsResource(self)

    @property
    def good_items(self) -> GoodItemsResource:
        """The ``good_items`` operations."""
        return GoodItemsResource(self)

    @property
    def item_groups(self) -> ItemGroupsResource:
        """The ``item_groups`` operations."""
        return ItemGroupsResource(self)

    @property
    def items(self) -> ItemsResource:
        """The ``items`` operations."""
        return ItemsResource(self)

    @property
    def payment_modes(self) -> PaymentModesResource:
        """The ``payment_modes`` operations."""
        return PaymentModesResource(self)

    @property
    def printing_models(self) -> PrintingModelsResource:
        """The ``printing_models`` operations."""
        return PrintingModelsResource(self)

    @property
    def sale_commitments(self) -> SaleCommitmentsResource:
        """The ``sale_commitments`` operations."""
        return SaleCommitmentsResource(self)

    @property
    def sale_credits(self) -> SaleCreditsResource:
        """The ``sale_credits`` operations."""
        return SaleCreditsResource(self)

    @property
    def sale_deposit_credits(self) -> SaleDepositCreditsResource:
        """The ``sale_deposit_credits`` operations."""
        return SaleDepositCreditsResource(self)

    @property
    def sale_deposit_invoices(self) -> SaleDepositInvoicesResource:
        """The ``sale_deposit_invoices`` operations."""
        return SaleDepositInvoicesResource(self)

    @property
    def sale_documents(self) -> SaleDocumentsResource:
        """The ``sale_documents`` operations."""
        return SaleDocumentsResource(self)

    @property
    def sale_invoices(self) -> SaleInvoicesResource:
        """The ``sale_invoices`` operations."""
        return SaleInvoicesResource(self)

    @property
    def sale_quotes(self) -> SaleQuotesResource:
        """The ``sale_quotes`` operations."""
        return SaleQuotesResource(self)

    @property
    def sale_units(self) -> SaleUnitsResource:
        """The ``sale_units`` operations."""
        return SaleUnitsResource(self)

    @property
    def service_items(self) -> ServiceItemsResource:
        """The ``service_items`` operations."""
        return ServiceItemsResource(self)

    @property
    def settlement_terms(self) -> SettlementTermsResource:
        """The ``settlement_terms`` operations."""
        return SettlementTermsResource(self)

    @property
    def settlements(self) -> SettlementsResource:
        """The ``settlements`` operations."""
        return SettlementsResource(self)

    @property
    def vat_rates(self) -> VatRatesResource:
        """The ``vat_rates`` operations."""
        return VatRatesResource(self)


class AsyncCustomerGroupsResource(Namespace[AsyncAuthenticatedClient]):
    """The ``customer_groups`` operations."""

    async def get_customer_groups(
        self,
        *,
        take: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> CustomerGroupPage:
        """Get customer groups.

        ``GET /public/v1/customer-groups`` (operationId ``getCustomerGroups``)

        Spec summary: Obtenir une liste des familles de client

        Args:
            take: Nombre d'éléments à retourner. Au plus 100 par page (FAQ : au-dessus, une erreur est envoyée).
                (`take`, query)
            skip: Nombre d'éléments à ignorer avant de commencer à retourner. (`skip`, query)
            sorting_order_property: Nom du champ utilisé pour le tri (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.property`, query)
            sorting_order_sort_type: Sens de tri (Croissant / décroissant). Doit être une valeur du type SortType (0 = Ascending, 1 =
                Descending). Par défaut : Croissant (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.sortType`, query)
            filter_query: Terme recherché pour le filtrage (nom de paramètre pointé envoyé tel quel). (`filter.query`,
                query)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            CustomerGroupPage

        """

        return await _customer_groups_get_customer_groups.asyncio(
            take=take,
            skip=skip,
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_customer_groups_detailed(
        self,
        *,
        take: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[CustomerGroupPage | EbpError | GestionError]:
        """Get customer groups. Returns the whole ``Response``.

        ``GET /public/v1/customer-groups`` (operationId ``getCustomerGroups``)

        Spec summary: Obtenir une liste des familles de client

        Args:
            take: Nombre d'éléments à retourner. Au plus 100 par page (FAQ : au-dessus, une erreur est envoyée).
                (`take`, query)
            skip: Nombre d'éléments à ignorer avant de commencer à retourner. (`skip`, query)
            sorting_order_property: Nom du champ utilisé pour le tri (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.property`, query)
            sorting_order_sort_type: Sens de tri (Croissant / décroissant). Doit être une valeur du type SortType (0 = Ascending, 1 =
                Descending). Par défaut : Croissant (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.sortType`, query)
            filter_query: Terme recherché pour le filtrage (nom de paramètre pointé envoyé tel quel). (`filter.query`,
                query)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[CustomerGroupPage | EbpError | GestionError]

        """

        return await _customer_groups_get_customer_groups.asyncio_detailed(
            take=take,
            skip=skip,
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def iterate_get_customer_groups(
        self,
        *,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> AsyncIterator[models.CustomerGroup]:
        """Every item of ``getCustomerGroups``, in order, across pages (``GET /public/v1/customer-groups``).

        ``start`` is the offset to resume from; ``page_size`` defaults to the largest the API accepts.
        """
        return _customer_groups_get_customer_groups.aiterate(
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    async def create_customer_group(
        self,
        *,
        body: CustomerGroupInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> int:
        """Create customer group.

        ``POST /public/v1/customer-groups`` (operationId ``createCustomerGroup``)

        Spec summary: Créer une famille de client

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Famille de client à créer ou modifier. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            int

        """

        return await _customer_groups_create_customer_group.asyncio(
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def create_customer_group_detailed(
        self,
        *,
        body: CustomerGroupInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | int]:
        """Create customer group. Returns the whole ``Response``.

        ``POST /public/v1/customer-groups`` (operationId ``createCustomerGroup``)

        Spec summary: Créer une famille de client

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Famille de client à créer ou modifier. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | int]

        """

        return await _customer_groups_create_customer_group.asyncio_detailed(
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_customer_group(
        self,
        id_customer_group: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> CustomerGroup:
        """Get customer group.

        ``GET /public/v1/customer-groups/{IdCustomerGroup}`` (operationId ``getCustomerGroup``)

        Spec summary: Obtenir une famille de client

        Args:
            id_customer_group: Identifiant de la famille de client. (`IdCustomerGroup`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            CustomerGroup

        """

        return await _customer_groups_get_customer_group.asyncio(
            id_customer_group=id_customer_group,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_customer_group_detailed(
        self,
        id_customer_group: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[CustomerGroup | EbpError | GestionError]:
        """Get customer group. Returns the whole ``Response``.

        ``GET /public/v1/customer-groups/{IdCustomerGroup}`` (operationId ``getCustomerGroup``)

        Spec summary: Obtenir une famille de client

        Args:
            id_customer_group: Identifiant de la famille de client. (`IdCustomerGroup`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[CustomerGroup | EbpError | GestionError]

        """

        return await _customer_groups_get_customer_group.asyncio_detailed(
            id_customer_group=id_customer_group,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def update_customer_group(
        self,
        id_customer_group: int,
        *,
        body: CustomerGroupInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> int:
        """Update customer group.

        ``PUT /public/v1/customer-groups/{IdCustomerGroup}`` (operationId ``updateCustomerGroup``)

        Spec summary: Modifier une famille de client

        Args:
            id_customer_group: Identifiant de la famille de client. (`IdCustomerGroup`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Famille de client à créer ou modifier. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            int

        """

        return await _customer_groups_update_customer_group.asyncio(
            id_customer_group=id_customer_group,
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def update_customer_group_detailed(
        self,
        id_customer_group: int,
        *,
        body: CustomerGroupInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | int]:
        """Update customer group. Returns the whole ``Response``.

        ``PUT /public/v1/customer-groups/{IdCustomerGroup}`` (operationId ``updateCustomerGroup``)

        Spec summary: Modifier une famille de client

        Args:
            id_customer_group: Identifiant de la famille de client. (`IdCustomerGroup`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Famille de client à créer ou modifier. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | int]

        """

        return await _customer_groups_update_customer_group.asyncio_detailed(
            id_customer_group=id_customer_group,
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def delete_customer_group(
        self,
        id_customer_group: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> int:
        """Delete customer group.

        ``DELETE /public/v1/customer-groups/{IdCustomerGroup}`` (operationId ``deleteCustomerGroup``)

        Spec summary: Supprimer une famille de client

        Args:
            id_customer_group: Identifiant de la famille de client. (`IdCustomerGroup`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            int

        """

        return await _customer_groups_delete_customer_group.asyncio(
            id_customer_group=id_customer_group,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def delete_customer_group_detailed(
        self,
        id_customer_group: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | int]:
        """Delete customer group. Returns the whole ``Response``.

        ``DELETE /public/v1/customer-groups/{IdCustomerGroup}`` (operationId ``deleteCustomerGroup``)

        Spec summary: Supprimer une famille de client

        Args:
            id_customer_group: Identifiant de la famille de client. (`IdCustomerGroup`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | int]

        """

        return await _customer_groups_delete_customer_group.asyncio_detailed(
            id_customer_group=id_customer_group,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    # The tag's one paged operation.
    iterate = iterate_get_customer_groups

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    create = create_customer_group
    create_detailed = create_customer_group_detailed
    update = update_customer_group
    update_detailed = update_customer_group_detailed
    delete = delete_customer_group
    delete_detailed = delete_customer_group_detailed


class AsyncCustomersResource(Namespace[AsyncAuthenticatedClient]):
    """The ``customers`` operations."""

    async def create_customer(
        self,
        *,
        body: CustomerCreateInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> int:
        """Create customer.

        ``POST /public/v1/customers`` (operationId ``createCustomer``)

        Spec summary: Créer un client

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Client à créer. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            int

        """

        return await _customers_create_customer.asyncio(
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def create_customer_detailed(
        self,
        *,
        body: CustomerCreateInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | int]:
        """Create customer. Returns the whole ``Response``.

        ``POST /public/v1/customers`` (operationId ``createCustomer``)

        Spec summary: Créer un client

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Client à créer. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | int]

        """

        return await _customers_create_customer.asyncio_detailed(
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_customer(
        self,
        id_customer: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Customer:
        """Get customer.

        ``GET /public/v1/customers/{IdCustomer}`` (operationId ``getCustomer``)

        Spec summary: Obtenir un client

        Args:
            id_customer: Identifiant du client. (`IdCustomer`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            Customer

        """

        return await _customers_get_customer.asyncio(
            id_customer=id_customer,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_customer_detailed(
        self,
        id_customer: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[Customer | EbpError | GestionError]:
        """Get customer. Returns the whole ``Response``.

        ``GET /public/v1/customers/{IdCustomer}`` (operationId ``getCustomer``)

        Spec summary: Obtenir un client

        Args:
            id_customer: Identifiant du client. (`IdCustomer`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[Customer | EbpError | GestionError]

        """

        return await _customers_get_customer.asyncio_detailed(
            id_customer=id_customer,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def update_customer(
        self,
        id_customer: int,
        *,
        body: CustomerUpdateInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> int:
        """Update customer.

        ``PUT /public/v1/customers/{IdCustomer}`` (operationId ``updateCustomer``)

        Spec summary: Modifier un client

        Args:
            id_customer: Identifiant du client. (`IdCustomer`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Client à modifier (l'identifiant est le paramètre de chemin IdCustomer). (request body,
                application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            int

        """

        return await _customers_update_customer.asyncio(
            id_customer=id_customer,
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def update_customer_detailed(
        self,
        id_customer: int,
        *,
        body: CustomerUpdateInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | int]:
        """Update customer. Returns the whole ``Response``.

        ``PUT /public/v1/customers/{IdCustomer}`` (operationId ``updateCustomer``)

        Spec summary: Modifier un client

        Args:
            id_customer: Identifiant du client. (`IdCustomer`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Client à modifier (l'identifiant est le paramètre de chemin IdCustomer). (request body,
                application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | int]

        """

        return await _customers_update_customer.asyncio_detailed(
            id_customer=id_customer,
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def delete_customer(
        self,
        id_customer: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> int:
        """Delete customer.

        ``DELETE /public/v1/customers/{IdCustomer}`` (operationId ``deleteCustomer``)

        Spec summary: Supprimer un client

        Args:
            id_customer: Identifiant du client. (`IdCustomer`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            int

        """

        return await _customers_delete_customer.asyncio(
            id_customer=id_customer,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def delete_customer_detailed(
        self,
        id_customer: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | int]:
        """Delete customer. Returns the whole ``Response``.

        ``DELETE /public/v1/customers/{IdCustomer}`` (operationId ``deleteCustomer``)

        Spec summary: Supprimer un client

        Args:
            id_customer: Identifiant du client. (`IdCustomer`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | int]

        """

        return await _customers_delete_customer.asyncio_detailed(
            id_customer=id_customer,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    create = create_customer
    create_detailed = create_customer_detailed
    get = get_customer
    get_detailed = get_customer_detailed
    update = update_customer
    update_detailed = update_customer_detailed
    delete = delete_customer
    delete_detailed = delete_customer_detailed


class AsyncDashboardsResource(Namespace[AsyncAuthenticatedClient]):
    """The ``dashboards`` operations."""

    async def get_best_customers_indicator(
        self,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> BestCustomersIndicator:
        """Get best customers indicator.

        ``GET /public/v1/dashboards/best-customers-indicator`` (operationId ``getBestCustomersIndicator``)

        Spec summary: Obtenir l'indicateur du palmarès des meilleurs clients

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            BestCustomersIndicator

        """

        return await _dashboards_get_best_customers_indicator.asyncio(
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_best_customers_indicator_detailed(
        self,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[BestCustomersIndicator | EbpError | GestionError]:
        """Get best customers indicator. Returns the whole ``Response``.

        ``GET /public/v1/dashboards/best-customers-indicator`` (operationId ``getBestCustomersIndicator``)

        Spec summary: Obtenir l'indicateur du palmarès des meilleurs clients

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[BestCustomersIndicator | EbpError | GestionError]

        """

        return await _dashboards_get_best_customers_indicator.asyncio_detailed(
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_commitment_customer_indicator(
        self,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> CommitmentCustomerIndicator:
        """Get commitment customer indicator.

        ``GET /public/v1/dashboards/commitment-customer-indicator`` (operationId ``getCommitmentCustomerIndicator``)

        Spec summary: Obtenir l'indicateur de l'encours clients

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            CommitmentCustomerIndicator

        """

        return await _dashboards_get_commitment_customer_indicator.asyncio(
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_commitment_customer_indicator_detailed(
        self,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[CommitmentCustomerIndicator | EbpError | GestionError]:
        """Get commitment customer indicator. Returns the whole ``Response``.

        ``GET /public/v1/dashboards/commitment-customer-indicator`` (operationId ``getCommitmentCustomerIndicator``)

        Spec summary: Obtenir l'indicateur de l'encours clients

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[CommitmentCustomerIndicator | EbpError | GestionError]

        """

        return await _dashboards_get_commitment_customer_indicator.asyncio_detailed(
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_sale_amount_indicator(
        self,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Decimal:
        """Get sale amount indicator.

        ``GET /public/v1/dashboards/sale-amount-indicator`` (operationId ``getSaleAmountIndicator``)

        Spec summary: Obtenir l'indicateur du montant HT mensuel des ventes

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            Decimal

        """

        return await _dashboards_get_sale_amount_indicator.asyncio(
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_sale_amount_indicator_detailed(
        self,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[Decimal | EbpError | GestionError]:
        """Get sale amount indicator. Returns the whole ``Response``.

        ``GET /public/v1/dashboards/sale-amount-indicator`` (operationId ``getSaleAmountIndicator``)

        Spec summary: Obtenir l'indicateur du montant HT mensuel des ventes

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[Decimal | EbpError | GestionError]

        """

        return await _dashboards_get_sale_amount_indicator.asyncio_detailed(
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_sale_quote_indicator(
        self,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> SaleQuoteIndicator:
        """Get sale quote indicator.

        ``GET /public/v1/dashboards/sale-quote-indicator`` (operationId ``getSaleQuoteIndicator``)

        Spec summary: Obtenir l'indicateur du taux de transformation des devis

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            SaleQuoteIndicator

        """

        return await _dashboards_get_sale_quote_indicator.asyncio(
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_sale_quote_indicator_detailed(
        self,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | SaleQuoteIndicator]:
        """Get sale quote indicator. Returns the whole ``Response``.

        ``GET /public/v1/dashboards/sale-quote-indicator`` (operationId ``getSaleQuoteIndicator``)

        Spec summary: Obtenir l'indicateur du taux de transformation des devis

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | SaleQuoteIndicator]

        """

        return await _dashboards_get_sale_quote_indicator.asyncio_detailed(
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )


class AsyncGoodItemsResource(Namespace[AsyncAuthenticatedClient]):
    """The ``good_items`` operations."""

    async def create_good_item(
        self,
        *,
        body: ItemForm,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> int:
        """Create good item.

        ``POST /public/v1/items/goods`` (operationId ``createGoodItem``)

        Spec summary: Créer un article de type [Marchandise]

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Formulaire (multipart/form-data) de création ou de modification d'un article de type
                [Marchandise] ou [Service]. Les noms de champs pointés (`costPriceAndMargin.marginRate`, ...)
                sont les noms littéraux des champs du formulaire. (request body, multipart/form-data)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            int

        """

        return await _good_items_create_good_item.asyncio(
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def create_good_item_detailed(
        self,
        *,
        body: ItemForm,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | int]:
        """Create good item. Returns the whole ``Response``.

        ``POST /public/v1/items/goods`` (operationId ``createGoodItem``)

        Spec summary: Créer un article de type [Marchandise]

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Formulaire (multipart/form-data) de création ou de modification d'un article de type
                [Marchandise] ou [Service]. Les noms de champs pointés (`costPriceAndMargin.marginRate`, ...)
                sont les noms littéraux des champs du formulaire. (request body, multipart/form-data)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | int]

        """

        return await _good_items_create_good_item.asyncio_detailed(
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_good_item(
        self,
        id_item: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> ItemDetail:
        """Get good item.

        ``GET /public/v1/items/goods/{IdItem}`` (operationId ``getGoodItem``)

        Spec summary: Obtenir un article de type [Marchandise]

        Args:
            id_item: Identifiant de l'article. (`IdItem`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            ItemDetail

        """

        return await _good_items_get_good_item.asyncio(
            id_item=id_item,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_good_item_detailed(
        self,
        id_item: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | ItemDetail]:
        """Get good item. Returns the whole ``Response``.

        ``GET /public/v1/items/goods/{IdItem}`` (operationId ``getGoodItem``)

        Spec summary: Obtenir un article de type [Marchandise]

        Args:
            id_item: Identifiant de l'article. (`IdItem`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | ItemDetail]

        """

        return await _good_items_get_good_item.asyncio_detailed(
            id_item=id_item,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def update_good_item(
        self,
        id_item: int,
        *,
        body: ItemForm,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> int:
        """Update good item.

        ``PUT /public/v1/items/goods/{IdItem}`` (operationId ``updateGoodItem``)

        Spec summary: Modifier un article de type [Marchandise]

        Args:
            id_item: Identifiant de l'article. (`IdItem`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Formulaire (multipart/form-data) de création ou de modification d'un article de type
                [Marchandise] ou [Service]. Les noms de champs pointés (`costPriceAndMargin.marginRate`, ...)
                sont les noms littéraux des champs du formulaire. (request body, multipart/form-data)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            int

        """

        return await _good_items_update_good_item.asyncio(
            id_item=id_item,
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def update_good_item_detailed(
        self,
        id_item: int,
        *,
        body: ItemForm,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | int]:
        """Update good item. Returns the whole ``Response``.

        ``PUT /public/v1/items/goods/{IdItem}`` (operationId ``updateGoodItem``)

        Spec summary: Modifier un article de type [Marchandise]

        Args:
            id_item: Identifiant de l'article. (`IdItem`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Formulaire (multipart/form-data) de création ou de modification d'un article de type
                [Marchandise] ou [Service]. Les noms de champs pointés (`costPriceAndMargin.marginRate`, ...)
                sont les noms littéraux des champs du formulaire. (request body, multipart/form-data)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | int]

        """

        return await _good_items_update_good_item.asyncio_detailed(
            id_item=id_item,
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def delete_good_item(
        self,
        id_item: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> int:
        """Delete good item.

        ``DELETE /public/v1/items/goods/{IdItem}`` (operationId ``deleteGoodItem``)

        Spec summary: Supprimer un article de type [Marchandise]

        Args:
            id_item: Identifiant de l'article. (`IdItem`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            int

        """

        return await _good_items_delete_good_item.asyncio(
            id_item=id_item,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def delete_good_item_detailed(
        self,
        id_item: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | int]:
        """Delete good item. Returns the whole ``Response``.

        ``DELETE /public/v1/items/goods/{IdItem}`` (operationId ``deleteGoodItem``)

        Spec summary: Supprimer un article de type [Marchandise]

        Args:
            id_item: Identifiant de l'article. (`IdItem`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | int]

        """

        return await _good_items_delete_good_item.asyncio_detailed(
            id_item=id_item,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    create = create_good_item
    create_detailed = create_good_item_detailed
    get = get_good_item
    get_detailed = get_good_item_detailed
    update = update_good_item
    update_detailed = update_good_item_detailed
    delete = delete_good_item
    delete_detailed = delete_good_item_detailed


class AsyncItemGroupsResource(Namespace[AsyncAuthenticatedClient]):
    """The ``item_groups`` operations."""

    async def get_item_groups(
        self,
        *,
        take: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> ItemGroupPage:
        """Get item groups.

        ``GET /public/v1/item-groups`` (operationId ``getItemGroups``)

        Spec summary: Obtenir une liste des familles d'article

        Args:
            take: Nombre d'éléments à retourner. Au plus 100 par page (FAQ : au-dessus, une erreur est envoyée).
                (`take`, query)
            skip: Nombre d'éléments à ignorer avant de commencer à retourner. (`skip`, query)
            sorting_order_property: Nom du champ utilisé pour le tri (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.property`, query)
            sorting_order_sort_type: Sens de tri (Croissant / décroissant). Doit être une valeur du type SortType (0 = Ascending, 1 =
                Descending). Par défaut : Croissant (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.sortType`, query)
            filter_query: Terme recherché pour le filtrage (nom de paramètre pointé envoyé tel quel). (`filter.query`,
                query)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            ItemGroupPage

        """

        return await _item_groups_get_item_groups.asyncio(
            take=take,
            skip=skip,
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_item_groups_detailed(
        self,
        *,
        take: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | ItemGroupPage]:
        """Get item groups. Returns the whole ``Response``.

        ``GET /public/v1/item-groups`` (operationId ``getItemGroups``)

        Spec summary: Obtenir une liste des familles d'article

        Args:
            take: Nombre d'éléments à retourner. Au plus 100 par page (FAQ : au-dessus, une erreur est envoyée).
                (`take`, query)
            skip: Nombre d'éléments à ignorer avant de commencer à retourner. (`skip`, query)
            sorting_order_property: Nom du champ utilisé pour le tri (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.property`, query)
            sorting_order_sort_type: Sens de tri (Croissant / décroissant). Doit être une valeur du type SortType (0 = Ascending, 1 =
                Descending). Par défaut : Croissant (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.sortType`, query)
            filter_query: Terme recherché pour le filtrage (nom de paramètre pointé envoyé tel quel). (`filter.query`,
                query)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | ItemGroupPage]

        """

        return await _item_groups_get_item_groups.asyncio_detailed(
            take=take,
            skip=skip,
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def iterate_get_item_groups(
        self,
        *,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> AsyncIterator[models.ItemGroup]:
        """Every item of ``getItemGroups``, in order, across pages (``GET /public/v1/item-groups``).

        ``start`` is the offset to resume from; ``page_size`` defaults to the largest the API accepts.
        """
        return _item_groups_get_item_groups.aiterate(
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    async def create_item_group(
        self,
        *,
        body: ItemGroupInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> int:
        """Create item group.

        ``POST /public/v1/item-groups`` (operationId ``createItemGroup``)

        Spec summary: Créer une famille d'article

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Famille d'articles à créer ou modifier. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            int

        """

        return await _item_groups_create_item_group.asyncio(
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def create_item_group_detailed(
        self,
        *,
        body: ItemGroupInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | int]:
        """Create item group. Returns the whole ``Response``.

        ``POST /public/v1/item-groups`` (operationId ``createItemGroup``)

        Spec summary: Créer une famille d'article

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Famille d'articles à créer ou modifier. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | int]

        """

        return await _item_groups_create_item_group.asyncio_detailed(
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_item_group(
        self,
        id_item_group: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> ItemGroup:
        """Get item group.

        ``GET /public/v1/item-groups/{IdItemGroup}`` (operationId ``getItemGroup``)

        Spec summary: Obtenir une famille d'article

        Args:
            id_item_group: Identifiant de la famille d'article. (`IdItemGroup`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            ItemGroup

        """

        return await _item_groups_get_item_group.asyncio(
            id_item_group=id_item_group,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_item_group_detailed(
        self,
        id_item_group: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | ItemGroup]:
        """Get item group. Returns the whole ``Response``.

        ``GET /public/v1/item-groups/{IdItemGroup}`` (operationId ``getItemGroup``)

        Spec summary: Obtenir une famille d'article

        Args:
            id_item_group: Identifiant de la famille d'article. (`IdItemGroup`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | ItemGroup]

        """

        return await _item_groups_get_item_group.asyncio_detailed(
            id_item_group=id_item_group,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def update_item_group(
        self,
        id_item_group: int,
        *,
        body: ItemGroupInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> int:
        """Update item group.

        ``PUT /public/v1/item-groups/{IdItemGroup}`` (operationId ``updateItemGroup``)

        Spec summary: Modifier une famille d'article

        Args:
            id_item_group: Identifiant de la famille d'article. (`IdItemGroup`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Famille d'articles à créer ou modifier. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            int

        """

        return await _item_groups_update_item_group.asyncio(
            id_item_group=id_item_group,
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def update_item_group_detailed(
        self,
        id_item_group: int,
        *,
        body: ItemGroupInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | int]:
        """Update item group. Returns the whole ``Response``.

        ``PUT /public/v1/item-groups/{IdItemGroup}`` (operationId ``updateItemGroup``)

        Spec summary: Modifier une famille d'article

        Args:
            id_item_group: Identifiant de la famille d'article. (`IdItemGroup`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Famille d'articles à créer ou modifier. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | int]

        """

        return await _item_groups_update_item_group.asyncio_detailed(
            id_item_group=id_item_group,
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def delete_item_group(
        self,
        id_item_group: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> int:
        """Delete item group.

        ``DELETE /public/v1/item-groups/{IdItemGroup}`` (operationId ``deleteItemGroup``)

        Spec summary: Supprimer une famille d'article

        Args:
            id_item_group: Identifiant de la famille d'article. (`IdItemGroup`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            int

        """

        return await _item_groups_delete_item_group.asyncio(
            id_item_group=id_item_group,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def delete_item_group_detailed(
        self,
        id_item_group: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | int]:
        """Delete item group. Returns the whole ``Response``.

        ``DELETE /public/v1/item-groups/{IdItemGroup}`` (operationId ``deleteItemGroup``)

        Spec summary: Supprimer une famille d'article

        Args:
            id_item_group: Identifiant de la famille d'article. (`IdItemGroup`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | int]

        """

        return await _item_groups_delete_item_group.asyncio_detailed(
            id_item_group=id_item_group,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    # The tag's one paged operation.
    iterate = iterate_get_item_groups

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    create = create_item_group
    create_detailed = create_item_group_detailed
    update = update_item_group
    update_detailed = update_item_group_detailed
    delete = delete_item_group
    delete_detailed = delete_item_group_detailed


class AsyncItemsResource(Namespace[AsyncAuthenticatedClient]):
    """The ``items`` operations."""

    async def get_items(
        self,
        *,
        take: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> ItemSummaryPage:
        """Get items.

        ``GET /public/v1/items`` (operationId ``getItems``)

        Spec summary: Obtenir une liste des articles

        Args:
            take: Nombre d'éléments à retourner. Au plus 100 par page (FAQ : au-dessus, une erreur est envoyée).
                (`take`, query)
            skip: Nombre d'éléments à ignorer avant de commencer à retourner. (`skip`, query)
            sorting_order_property: Nom du champ utilisé pour le tri (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.property`, query)
            sorting_order_sort_type: Sens de tri (Croissant / décroissant). Doit être une valeur du type SortType (0 = Ascending, 1 =
                Descending). Par défaut : Croissant (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.sortType`, query)
            filter_query: Terme recherché pour le filtrage (nom de paramètre pointé envoyé tel quel). (`filter.query`,
                query)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            ItemSummaryPage

        """

        return await _items_get_items.asyncio(
            take=take,
            skip=skip,
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_items_detailed(
        self,
        *,
        take: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | ItemSummaryPage]:
        """Get items. Returns the whole ``Response``.

        ``GET /public/v1/items`` (operationId ``getItems``)

        Spec summary: Obtenir une liste des articles

        Args:
            take: Nombre d'éléments à retourner. Au plus 100 par page (FAQ : au-dessus, une erreur est envoyée).
                (`take`, query)
            skip: Nombre d'éléments à ignorer avant de commencer à retourner. (`skip`, query)
            sorting_order_property: Nom du champ utilisé pour le tri (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.property`, query)
            sorting_order_sort_type: Sens de tri (Croissant / décroissant). Doit être une valeur du type SortType (0 = Ascending, 1 =
                Descending). Par défaut : Croissant (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.sortType`, query)
            filter_query: Terme recherché pour le filtrage (nom de paramètre pointé envoyé tel quel). (`filter.query`,
                query)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | ItemSummaryPage]

        """

        return await _items_get_items.asyncio_detailed(
            take=take,
            skip=skip,
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def iterate_get_items(
        self,
        *,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> AsyncIterator[models.ItemSummary]:
        """Every item of ``getItems``, in order, across pages (``GET /public/v1/items``).

        ``start`` is the offset to resume from; ``page_size`` defaults to the largest the API accepts.
        """
        return _items_get_items.aiterate(
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    # The tag's one paged operation.
    iterate = iterate_get_items

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    get = get_items
    get_detailed = get_items_detailed


class AsyncPaymentModesResource(Namespace[AsyncAuthenticatedClient]):
    """The ``payment_modes`` operations."""

    async def get_payment_modes(
        self,
        *,
        take: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> PaymentModeDetailPage:
        """Get payment modes.

        ``GET /public/v1/payment-modes`` (operationId ``getPaymentModes``)

        Spec summary: Obtenir une liste des moyens de paiement

        Args:
            take: Nombre d'éléments à retourner. Au plus 100 par page (FAQ : au-dessus, une erreur est envoyée).
                (`take`, query)
            skip: Nombre d'éléments à ignorer avant de commencer à retourner. (`skip`, query)
            sorting_order_property: Nom du champ utilisé pour le tri (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.property`, query)
            sorting_order_sort_type: Sens de tri (Croissant / décroissant). Doit être une valeur du type SortType (0 = Ascending, 1 =
                Descending). Par défaut : Croissant (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.sortType`, query)
            filter_query: Terme recherché pour le filtrage (nom de paramètre pointé envoyé tel quel). (`filter.query`,
                query)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            PaymentModeDetailPage

        """

        return await _payment_modes_get_payment_modes.asyncio(
            take=take,
            skip=skip,
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_payment_modes_detailed(
        self,
        *,
        take: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | PaymentModeDetailPage]:
        """Get payment modes. Returns the whole ``Response``.

        ``GET /public/v1/payment-modes`` (operationId ``getPaymentModes``)

        Spec summary: Obtenir une liste des moyens de paiement

        Args:
            take: Nombre d'éléments à retourner. Au plus 100 par page (FAQ : au-dessus, une erreur est envoyée).
                (`take`, query)
            skip: Nombre d'éléments à ignorer avant de commencer à retourner. (`skip`, query)
            sorting_order_property: Nom du champ utilisé pour le tri (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.property`, query)
            sorting_order_sort_type: Sens de tri (Croissant / décroissant). Doit être une valeur du type SortType (0 = Ascending, 1 =
                Descending). Par défaut : Croissant (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.sortType`, query)
            filter_query: Terme recherché pour le filtrage (nom de paramètre pointé envoyé tel quel). (`filter.query`,
                query)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | PaymentModeDetailPage]

        """

        return await _payment_modes_get_payment_modes.asyncio_detailed(
            take=take,
            skip=skip,
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def iterate_get_payment_modes(
        self,
        *,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> AsyncIterator[models.PaymentModeDetail]:
        """Every item of ``getPaymentModes``, in order, across pages (``GET /public/v1/payment-modes``).

        ``start`` is the offset to resume from; ``page_size`` defaults to the largest the API accepts.
        """
        return _payment_modes_get_payment_modes.aiterate(
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    async def create_payment_mode(
        self,
        *,
        body: PaymentModeInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> int:
        """Create payment mode.

        ``POST /public/v1/payment-modes`` (operationId ``createPaymentMode``)

        Spec summary: Créer un moyen de paiement

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Moyen de paiement à créer ou modifier. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            int

        """

        return await _payment_modes_create_payment_mode.asyncio(
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def create_payment_mode_detailed(
        self,
        *,
        body: PaymentModeInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | int]:
        """Create payment mode. Returns the whole ``Response``.

        ``POST /public/v1/payment-modes`` (operationId ``createPaymentMode``)

        Spec summary: Créer un moyen de paiement

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Moyen de paiement à créer ou modifier. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | int]

        """

        return await _payment_modes_create_payment_mode.asyncio_detailed(
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_payment_mode(
        self,
        id_payment_mode: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> PaymentModeDetail:
        """Get payment mode.

        ``GET /public/v1/payment-modes/{IdPaymentMode}`` (operationId ``getPaymentMode``)

        Spec summary: Obtenir un moyen de paiement

        Args:
            id_payment_mode: Identifiant du moyen de paiement. (`IdPaymentMode`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            PaymentModeDetail

        """

        return await _payment_modes_get_payment_mode.asyncio(
            id_payment_mode=id_payment_mode,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_payment_mode_detailed(
        self,
        id_payment_mode: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | PaymentModeDetail]:
        """Get payment mode. Returns the whole ``Response``.

        ``GET /public/v1/payment-modes/{IdPaymentMode}`` (operationId ``getPaymentMode``)

        Spec summary: Obtenir un moyen de paiement

        Args:
            id_payment_mode: Identifiant du moyen de paiement. (`IdPaymentMode`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | PaymentModeDetail]

        """

        return await _payment_modes_get_payment_mode.asyncio_detailed(
            id_payment_mode=id_payment_mode,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def update_payment_mode(
        self,
        id_payment_mode: int,
        *,
        body: PaymentModeInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> int:
        """Update payment mode.

        ``PUT /public/v1/payment-modes/{IdPaymentMode}`` (operationId ``updatePaymentMode``)

        Spec summary: Modifier un moyen de paiement

        Args:
            id_payment_mode: Identifiant du moyen de paiement. (`IdPaymentMode`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Moyen de paiement à créer ou modifier. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            int

        """

        return await _payment_modes_update_payment_mode.asyncio(
            id_payment_mode=id_payment_mode,
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def update_payment_mode_detailed(
        self,
        id_payment_mode: int,
        *,
        body: PaymentModeInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | int]:
        """Update payment mode. Returns the whole ``Response``.

        ``PUT /public/v1/payment-modes/{IdPaymentMode}`` (operationId ``updatePaymentMode``)

        Spec summary: Modifier un moyen de paiement

        Args:
            id_payment_mode: Identifiant du moyen de paiement. (`IdPaymentMode`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Moyen de paiement à créer ou modifier. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | int]

        """

        return await _payment_modes_update_payment_mode.asyncio_detailed(
            id_payment_mode=id_payment_mode,
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def delete_payment_mode(
        self,
        id_payment_mode: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> int:
        """Delete payment mode.

        ``DELETE /public/v1/payment-modes/{IdPaymentMode}`` (operationId ``deletePaymentMode``)

        Spec summary: Supprimer un moyen de paiement

        Args:
            id_payment_mode: Identifiant du moyen de paiement. (`IdPaymentMode`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            int

        """

        return await _payment_modes_delete_payment_mode.asyncio(
            id_payment_mode=id_payment_mode,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def delete_payment_mode_detailed(
        self,
        id_payment_mode: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | int]:
        """Delete payment mode. Returns the whole ``Response``.

        ``DELETE /public/v1/payment-modes/{IdPaymentMode}`` (operationId ``deletePaymentMode``)

        Spec summary: Supprimer un moyen de paiement

        Args:
            id_payment_mode: Identifiant du moyen de paiement. (`IdPaymentMode`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | int]

        """

        return await _payment_modes_delete_payment_mode.asyncio_detailed(
            id_payment_mode=id_payment_mode,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    # The tag's one paged operation.
    iterate = iterate_get_payment_modes

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    create = create_payment_mode
    create_detailed = create_payment_mode_detailed
    update = update_payment_mode
    update_detailed = update_payment_mode_detailed
    delete = delete_payment_mode
    delete_detailed = delete_payment_mode_detailed


class AsyncPrintingModelsResource(Namespace[AsyncAuthenticatedClient]):
    """The ``printing_models`` operations."""

    async def get_default_printing_model_name(
        self,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> PrintingModelName:
        """Get default printing model name.

        ``GET /public/v1/printing-models/default-name`` (operationId ``getDefaultPrintingModelName``)

        Spec summary: Obtenir un nom du modèle d'impression par défaut

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            PrintingModelName

        """

        return await _printing_models_get_default_printing_model_name.asyncio(
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_default_printing_model_name_detailed(
        self,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | PrintingModelName]:
        """Get default printing model name. Returns the whole ``Response``.

        ``GET /public/v1/printing-models/default-name`` (operationId ``getDefaultPrintingModelName``)

        Spec summary: Obtenir un nom du modèle d'impression par défaut

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | PrintingModelName]

        """

        return await _printing_models_get_default_printing_model_name.asyncio_detailed(
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_printing_models(
        self,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> list[PrintingModel]:
        """Get printing models.

        ``GET /public/v1/printing-models`` (operationId ``getPrintingModels``)

        Spec summary: Obtenir une liste des modèles d'impression

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            list[PrintingModel]

        """

        return await _printing_models_get_printing_models.asyncio(
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_printing_models_detailed(
        self,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | list[PrintingModel]]:
        """Get printing models. Returns the whole ``Response``.

        ``GET /public/v1/printing-models`` (operationId ``getPrintingModels``)

        Spec summary: Obtenir une liste des modèles d'impression

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | list[PrintingModel]]

        """

        return await _printing_models_get_printing_models.asyncio_detailed(
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_printing_model_names(
        self,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> list[PrintingModelName]:
        """Get printing model names.

        ``GET /public/v1/printing-models/names`` (operationId ``getPrintingModelNames``)

        Spec summary: Obtenir une liste des noms des modèles d'impression

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            list[PrintingModelName]

        """

        return await _printing_models_get_printing_model_names.asyncio(
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_printing_model_names_detailed(
        self,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | list[PrintingModelName]]:
        """Get printing model names. Returns the whole ``Response``.

        ``GET /public/v1/printing-models/names`` (operationId ``getPrintingModelNames``)

        Spec summary: Obtenir une liste des noms des modèles d'impression

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | list[PrintingModelName]]

        """

        return await _printing_models_get_printing_model_names.asyncio_detailed(
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    get = get_printing_models
    get_detailed = get_printing_models_detailed


class AsyncSaleCommitmentsResource(Namespace[AsyncAuthenticatedClient]):
    """The ``sale_commitments`` operations."""

    async def get_sale_commitments(
        self,
        *,
        take: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> SaleCommitmentPage:
        """Get sale commitments.

        ``GET /public/v1/sale-commitments`` (operationId ``getSaleCommitments``)

        Spec summary: Obtenir une liste des échéances

        Args:
            take: Nombre d'éléments à retourner. Au plus 100 par page (FAQ : au-dessus, une erreur est envoyée).
                (`take`, query)
            skip: Nombre d'éléments à ignorer avant de commencer à retourner. (`skip`, query)
            sorting_order_property: Nom du champ utilisé pour le tri (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.property`, query)
            sorting_order_sort_type: Sens de tri (Croissant / décroissant). Doit être une valeur du type SortType (0 = Ascending, 1 =
                Descending). Par défaut : Croissant (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.sortType`, query)
            filter_query: Terme recherché pour le filtrage (nom de paramètre pointé envoyé tel quel). (`filter.query`,
                query)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            SaleCommitmentPage

        """

        return await _sale_commitments_get_sale_commitments.asyncio(
            take=take,
            skip=skip,
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_sale_commitments_detailed(
        self,
        *,
        take: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | SaleCommitmentPage]:
        """Get sale commitments. Returns the whole ``Response``.

        ``GET /public/v1/sale-commitments`` (operationId ``getSaleCommitments``)

        Spec summary: Obtenir une liste des échéances

        Args:
            take: Nombre d'éléments à retourner. Au plus 100 par page (FAQ : au-dessus, une erreur est envoyée).
                (`take`, query)
            skip: Nombre d'éléments à ignorer avant de commencer à retourner. (`skip`, query)
            sorting_order_property: Nom du champ utilisé pour le tri (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.property`, query)
            sorting_order_sort_type: Sens de tri (Croissant / décroissant). Doit être une valeur du type SortType (0 = Ascending, 1 =
                Descending). Par défaut : Croissant (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.sortType`, query)
            filter_query: Terme recherché pour le filtrage (nom de paramètre pointé envoyé tel quel). (`filter.query`,
                query)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | SaleCommitmentPage]

        """

        return await _sale_commitments_get_sale_commitments.asyncio_detailed(
            take=take,
            skip=skip,
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def iterate_get_sale_commitments(
        self,
        *,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> AsyncIterator[models.SaleCommitment]:
        """Every item of ``getSaleCommitments``, in order, across pages (``GET /public/v1/sale-commitments``).

        ``start`` is the offset to resume from; ``page_size`` defaults to the largest the API accepts.
        """
        return _sale_commitments_get_sale_commitments.aiterate(
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    # The tag's one paged operation.
    iterate = iterate_get_sale_commitments

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    get = get_sale_commitments
    get_detailed = get_sale_commitments_detailed


class AsyncSaleCreditsResource(Namespace[AsyncAuthenticatedClient]):
    """The ``sale_credits`` operations."""

    async def create_sale_credit(
        self,
        *,
        body: SaleCreditInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> int:
        """Create sale credit.

        ``POST /public/v1/sale-credits`` (operationId ``createSaleCredit``)

        Spec summary: Créer un avoir

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Avoir à créer ou modifier. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            int

        """

        return await _sale_credits_create_sale_credit.asyncio(
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def create_sale_credit_detailed(
        self,
        *,
        body: SaleCreditInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | int]:
        """Create sale credit. Returns the whole ``Response``.

        ``POST /public/v1/sale-credits`` (operationId ``createSaleCredit``)

        Spec summary: Créer un avoir

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Avoir à créer ou modifier. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | int]

        """

        return await _sale_credits_create_sale_credit.asyncio_detailed(
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_validated_sale_credit(
        self,
        id_sale_credit: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> SaleCredit:
        """Get validated sale credit.

        ``GET /public/v1/sale-credits/validated/{IdSaleCredit}`` (operationId ``getValidatedSaleCredit``)

        Spec summary: Obtenir un avoir validé

        Args:
            id_sale_credit: Identifiant de l'avoir. (`IdSaleCredit`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            SaleCredit

        """

        return await _sale_credits_get_validated_sale_credit.asyncio(
            id_sale_credit=id_sale_credit,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_validated_sale_credit_detailed(
        self,
        id_sale_credit: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | SaleCredit]:
        """Get validated sale credit. Returns the whole ``Response``.

        ``GET /public/v1/sale-credits/validated/{IdSaleCredit}`` (operationId ``getValidatedSaleCredit``)

        Spec summary: Obtenir un avoir validé

        Args:
            id_sale_credit: Identifiant de l'avoir. (`IdSaleCredit`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | SaleCredit]

        """

        return await _sale_credits_get_validated_sale_credit.asyncio_detailed(
            id_sale_credit=id_sale_credit,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_sale_credit(
        self,
        id_sale_credit: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> SaleCredit:
        """Get sale credit.

        ``GET /public/v1/sale-credits/{IdSaleCredit}`` (operationId ``getSaleCredit``)

        Spec summary: Obtenir un avoir provisoire

        Args:
            id_sale_credit: Identifiant de l'avoir. (`IdSaleCredit`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            SaleCredit

        """

        return await _sale_credits_get_sale_credit.asyncio(
            id_sale_credit=id_sale_credit,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_sale_credit_detailed(
        self,
        id_sale_credit: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | SaleCredit]:
        """Get sale credit. Returns the whole ``Response``.

        ``GET /public/v1/sale-credits/{IdSaleCredit}`` (operationId ``getSaleCredit``)

        Spec summary: Obtenir un avoir provisoire

        Args:
            id_sale_credit: Identifiant de l'avoir. (`IdSaleCredit`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | SaleCredit]

        """

        return await _sale_credits_get_sale_credit.asyncio_detailed(
            id_sale_credit=id_sale_credit,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def update_sale_credit(
        self,
        id_sale_credit: int,
        *,
        body: SaleCreditInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> int:
        """Update sale credit.

        ``PUT /public/v1/sale-credits/{IdSaleCredit}`` (operationId ``updateSaleCredit``)

        Spec summary: Modifier un avoir

        Args:
            id_sale_credit: Identifiant de l'avoir. (`IdSaleCredit`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Avoir à créer ou modifier. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            int

        """

        return await _sale_credits_update_sale_credit.asyncio(
            id_sale_credit=id_sale_credit,
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def update_sale_credit_detailed(
        self,
        id_sale_credit: int,
        *,
        body: SaleCreditInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | int]:
        """Update sale credit. Returns the whole ``Response``.

        ``PUT /public/v1/sale-credits/{IdSaleCredit}`` (operationId ``updateSaleCredit``)

        Spec summary: Modifier un avoir

        Args:
            id_sale_credit: Identifiant de l'avoir. (`IdSaleCredit`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Avoir à créer ou modifier. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | int]

        """

        return await _sale_credits_update_sale_credit.asyncio_detailed(
            id_sale_credit=id_sale_credit,
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def delete_sale_credit(
        self,
        id_sale_credit: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> int:
        """Delete sale credit.

        ``DELETE /public/v1/sale-credits/{IdSaleCredit}`` (operationId ``deleteSaleCredit``)

        Spec summary: Supprimer un avoir

        Args:
            id_sale_credit: Identifiant de l'avoir. (`IdSaleCredit`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            int

        """

        return await _sale_credits_delete_sale_credit.asyncio(
            id_sale_credit=id_sale_credit,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def delete_sale_credit_detailed(
        self,
        id_sale_credit: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | int]:
        """Delete sale credit. Returns the whole ``Response``.

        ``DELETE /public/v1/sale-credits/{IdSaleCredit}`` (operationId ``deleteSaleCredit``)

        Spec summary: Supprimer un avoir

        Args:
            id_sale_credit: Identifiant de l'avoir. (`IdSaleCredit`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | int]

        """

        return await _sale_credits_delete_sale_credit.asyncio_detailed(
            id_sale_credit=id_sale_credit,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    create = create_sale_credit
    create_detailed = create_sale_credit_detailed
    get_validated = get_validated_sale_credit
    get_validated_detailed = get_validated_sale_credit_detailed
    get = get_sale_credit
    get_detailed = get_sale_credit_detailed
    update = update_sale_credit
    update_detailed = update_sale_credit_detailed
    delete = delete_sale_credit
    delete_detailed = delete_sale_credit_detailed


class AsyncSaleDepositCreditsResource(Namespace[AsyncAuthenticatedClient]):
    """The ``sale_deposit_credits`` operations."""

    async def create_sale_deposit_credit(
        self,
        *,
        body: SaleDepositCreditInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> int:
        """Create sale deposit credit.

        ``POST /public/v1/sale-deposit-credits`` (operationId ``createSaleDepositCredit``)

        Spec summary: Créer un avoir d'acompte

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Avoir d'acompte à créer. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            int

        """

        return await _sale_deposit_credits_create_sale_deposit_credit.asyncio(
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def create_sale_deposit_credit_detailed(
        self,
        *,
        body: SaleDepositCreditInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | int]:
        """Create sale deposit credit. Returns the whole ``Response``.

        ``POST /public/v1/sale-deposit-credits`` (operationId ``createSaleDepositCredit``)

        Spec summary: Créer un avoir d'acompte

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Avoir d'acompte à créer. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | int]

        """

        return await _sale_deposit_credits_create_sale_deposit_credit.asyncio_detailed(
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_sale_deposit_credit(
        self,
        id_sale_deposit_credit: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> SaleDepositCredit:
        """Get sale deposit credit.

        ``GET /public/v1/sale-deposit-credits/{IdSaleDepositCredit}`` (operationId ``getSaleDepositCredit``)

        Spec summary: Obtenir un avoir d'acompte

        Args:
            id_sale_deposit_credit: Identifiant de l'avoir d'acompte. (`IdSaleDepositCredit`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            SaleDepositCredit

        """

        return await _sale_deposit_credits_get_sale_deposit_credit.asyncio(
            id_sale_deposit_credit=id_sale_deposit_credit,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_sale_deposit_credit_detailed(
        self,
        id_sale_deposit_credit: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | SaleDepositCredit]:
        """Get sale deposit credit. Returns the whole ``Response``.

        ``GET /public/v1/sale-deposit-credits/{IdSaleDepositCredit}`` (operationId ``getSaleDepositCredit``)

        Spec summary: Obtenir un avoir d'acompte

        Args:
            id_sale_deposit_credit: Identifiant de l'avoir d'acompte. (`IdSaleDepositCredit`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | SaleDepositCredit]

        """

        return await _sale_deposit_credits_get_sale_deposit_credit.asyncio_detailed(
            id_sale_deposit_credit=id_sale_deposit_credit,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    create = create_sale_deposit_credit
    create_detailed = create_sale_deposit_credit_detailed
    get = get_sale_deposit_credit
    get_detailed = get_sale_deposit_credit_detailed


class AsyncSaleDepositInvoicesResource(Namespace[AsyncAuthenticatedClient]):
    """The ``sale_deposit_invoices`` operations."""

    async def create_sale_deposit_invoice(
        self,
        *,
        body: SaleDepositInvoiceInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> int:
        """Create sale deposit invoice.

        ``POST /public/v1/sale-deposit-invoices`` (operationId ``createSaleDepositInvoice``)

        Spec summary: Créer une facture d'acompte

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Facture d'acompte à créer. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            int

        """

        return await _sale_deposit_invoices_create_sale_deposit_invoice.asyncio(
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def create_sale_deposit_invoice_detailed(
        self,
        *,
        body: SaleDepositInvoiceInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | int]:
        """Create sale deposit invoice. Returns the whole ``Response``.

        ``POST /public/v1/sale-deposit-invoices`` (operationId ``createSaleDepositInvoice``)

        Spec summary: Créer une facture d'acompte

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Facture d'acompte à créer. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | int]

        """

        return await _sale_deposit_invoices_create_sale_deposit_invoice.asyncio_detailed(
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_sale_deposit_invoice(
        self,
        id_sale_deposit_invoice: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> SaleDepositInvoice:
        """Get sale deposit invoice.

        ``GET /public/v1/sale-deposit-invoices/{IdSaleDepositInvoice}`` (operationId ``getSaleDepositInvoice``)

        Spec summary: Obtenir une facture d'acompte

        Args:
            id_sale_deposit_invoice: Identifiant de la facture d'acompte. (`IdSaleDepositInvoice`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            SaleDepositInvoice

        """

        return await _sale_deposit_invoices_get_sale_deposit_invoice.asyncio(
            id_sale_deposit_invoice=id_sale_deposit_invoice,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_sale_deposit_invoice_detailed(
        self,
        id_sale_deposit_invoice: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | SaleDepositInvoice]:
        """Get sale deposit invoice. Returns the whole ``Response``.

        ``GET /public/v1/sale-deposit-invoices/{IdSaleDepositInvoice}`` (operationId ``getSaleDepositInvoice``)

        Spec summary: Obtenir une facture d'acompte

        Args:
            id_sale_deposit_invoice: Identifiant de la facture d'acompte. (`IdSaleDepositInvoice`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | SaleDepositInvoice]

        """

        return await _sale_deposit_invoices_get_sale_deposit_invoice.asyncio_detailed(
            id_sale_deposit_invoice=id_sale_deposit_invoice,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    create = create_sale_deposit_invoice
    create_detailed = create_sale_deposit_invoice_detailed
    get = get_sale_deposit_invoice
    get_detailed = get_sale_deposit_invoice_detailed


class AsyncSaleDocumentsResource(Namespace[AsyncAuthenticatedClient]):
    """The ``sale_documents`` operations."""

    async def get_sale_documents(
        self,
        *,
        take: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> SaleDocumentSummaryPage:
        """Get sale documents.

        ``GET /public/v1/sale-documents`` (operationId ``getSaleDocuments``)

        Spec summary: Obtenir une liste des documents de vente

        Args:
            take: Nombre d'éléments à retourner. Au plus 100 par page (FAQ : au-dessus, une erreur est envoyée).
                (`take`, query)
            skip: Nombre d'éléments à ignorer avant de commencer à retourner. (`skip`, query)
            sorting_order_property: Nom du champ utilisé pour le tri (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.property`, query)
            sorting_order_sort_type: Sens de tri (Croissant / décroissant). Doit être une valeur du type SortType (0 = Ascending, 1 =
                Descending). Par défaut : Croissant (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.sortType`, query)
            filter_query: Terme recherché pour le filtrage (nom de paramètre pointé envoyé tel quel). (`filter.query`,
                query)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            SaleDocumentSummaryPage

        """

        return await _sale_documents_get_sale_documents.asyncio(
            take=take,
            skip=skip,
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_sale_documents_detailed(
        self,
        *,
        take: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | SaleDocumentSummaryPage]:
        """Get sale documents. Returns the whole ``Response``.

        ``GET /public/v1/sale-documents`` (operationId ``getSaleDocuments``)

        Spec summary: Obtenir une liste des documents de vente

        Args:
            take: Nombre d'éléments à retourner. Au plus 100 par page (FAQ : au-dessus, une erreur est envoyée).
                (`take`, query)
            skip: Nombre d'éléments à ignorer avant de commencer à retourner. (`skip`, query)
            sorting_order_property: Nom du champ utilisé pour le tri (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.property`, query)
            sorting_order_sort_type: Sens de tri (Croissant / décroissant). Doit être une valeur du type SortType (0 = Ascending, 1 =
                Descending). Par défaut : Croissant (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.sortType`, query)
            filter_query: Terme recherché pour le filtrage (nom de paramètre pointé envoyé tel quel). (`filter.query`,
                query)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | SaleDocumentSummaryPage]

        """

        return await _sale_documents_get_sale_documents.asyncio_detailed(
            take=take,
            skip=skip,
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def iterate_get_sale_documents(
        self,
        *,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> AsyncIterator[models.SaleDocumentSummary]:
        """Every item of ``getSaleDocuments``, in order, across pages (``GET /public/v1/sale-documents``).

        ``start`` is the offset to resume from; ``page_size`` defaults to the largest the API accepts.
        """
        return _sale_documents_get_sale_documents.aiterate(
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    # The tag's one paged operation.
    iterate = iterate_get_sale_documents

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    get = get_sale_documents
    get_detailed = get_sale_documents_detailed


class AsyncSaleInvoicesResource(Namespace[AsyncAuthenticatedClient]):
    """The ``sale_invoices`` operations."""

    async def create_sale_invoice(
        self,
        *,
        body: SaleInvoiceInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> int:
        """Create sale invoice.

        ``POST /public/v1/sale-invoices`` (operationId ``createSaleInvoice``)

        Spec summary: Créer une facture

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Facture à créer ou modifier. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            int

        """

        return await _sale_invoices_create_sale_invoice.asyncio(
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def create_sale_invoice_detailed(
        self,
        *,
        body: SaleInvoiceInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | int]:
        """Create sale invoice. Returns the whole ``Response``.

        ``POST /public/v1/sale-invoices`` (operationId ``createSaleInvoice``)

        Spec summary: Créer une facture

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Facture à créer ou modifier. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | int]

        """

        return await _sale_invoices_create_sale_invoice.asyncio_detailed(
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_validated_sale_invoice(
        self,
        id_sale_invoice: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> SaleInvoice:
        """Get validated sale invoice.

        ``GET /public/v1/sale-invoices/validated/{IdSaleInvoice}`` (operationId ``getValidatedSaleInvoice``)

        Spec summary: Obtenir une facture validée

        Args:
            id_sale_invoice: Identifiant de la facture. (`IdSaleInvoice`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            SaleInvoice

        """

        return await _sale_invoices_get_validated_sale_invoice.asyncio(
            id_sale_invoice=id_sale_invoice,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_validated_sale_invoice_detailed(
        self,
        id_sale_invoice: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | SaleInvoice]:
        """Get validated sale invoice. Returns the whole ``Response``.

        ``GET /public/v1/sale-invoices/validated/{IdSaleInvoice}`` (operationId ``getValidatedSaleInvoice``)

        Spec summary: Obtenir une facture validée

        Args:
            id_sale_invoice: Identifiant de la facture. (`IdSaleInvoice`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | SaleInvoice]

        """

        return await _sale_invoices_get_validated_sale_invoice.asyncio_detailed(
            id_sale_invoice=id_sale_invoice,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_sale_invoice(
        self,
        id_sale_invoice: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> SaleInvoice:
        """Get sale invoice.

        ``GET /public/v1/sale-invoices/{IdSaleInvoice}`` (operationId ``getSaleInvoice``)

        Spec summary: Obtenir une facture provisoire

        Args:
            id_sale_invoice: Identifiant de la facture. (`IdSaleInvoice`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            SaleInvoice

        """

        return await _sale_invoices_get_sale_invoice.asyncio(
            id_sale_invoice=id_sale_invoice,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_sale_invoice_detailed(
        self,
        id_sale_invoice: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | SaleInvoice]:
        """Get sale invoice. Returns the whole ``Response``.

        ``GET /public/v1/sale-invoices/{IdSaleInvoice}`` (operationId ``getSaleInvoice``)

        Spec summary: Obtenir une facture provisoire

        Args:
            id_sale_invoice: Identifiant de la facture. (`IdSaleInvoice`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | SaleInvoice]

        """

        return await _sale_invoices_get_sale_invoice.asyncio_detailed(
            id_sale_invoice=id_sale_invoice,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def update_sale_invoice(
        self,
        id_sale_invoice: int,
        *,
        body: SaleInvoiceInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> int:
        """Update sale invoice.

        ``PUT /public/v1/sale-invoices/{IdSaleInvoice}`` (operationId ``updateSaleInvoice``)

        Spec summary: Modifier une facture

        Args:
            id_sale_invoice: Identifiant de la facture. (`IdSaleInvoice`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Facture à créer ou modifier. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            int

        """

        return await _sale_invoices_update_sale_invoice.asyncio(
            id_sale_invoice=id_sale_invoice,
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def update_sale_invoice_detailed(
        self,
        id_sale_invoice: int,
        *,
        body: SaleInvoiceInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | int]:
        """Update sale invoice. Returns the whole ``Response``.

        ``PUT /public/v1/sale-invoices/{IdSaleInvoice}`` (operationId ``updateSaleInvoice``)

        Spec summary: Modifier une facture

        Args:
            id_sale_invoice: Identifiant de la facture. (`IdSaleInvoice`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Facture à créer ou modifier. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | int]

        """

        return await _sale_invoices_update_sale_invoice.asyncio_detailed(
            id_sale_invoice=id_sale_invoice,
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def delete_sale_invoice(
        self,
        id_sale_invoice: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> int:
        """Delete sale invoice.

        ``DELETE /public/v1/sale-invoices/{IdSaleInvoice}`` (operationId ``deleteSaleInvoice``)

        Spec summary: Supprimer une facture

        Args:
            id_sale_invoice: Identifiant de la facture. (`IdSaleInvoice`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            int

        """

        return await _sale_invoices_delete_sale_invoice.asyncio(
            id_sale_invoice=id_sale_invoice,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def delete_sale_invoice_detailed(
        self,
        id_sale_invoice: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | int]:
        """Delete sale invoice. Returns the whole ``Response``.

        ``DELETE /public/v1/sale-invoices/{IdSaleInvoice}`` (operationId ``deleteSaleInvoice``)

        Spec summary: Supprimer une facture

        Args:
            id_sale_invoice: Identifiant de la facture. (`IdSaleInvoice`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | int]

        """

        return await _sale_invoices_delete_sale_invoice.asyncio_detailed(
            id_sale_invoice=id_sale_invoice,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    create = create_sale_invoice
    create_detailed = create_sale_invoice_detailed
    get_validated = get_validated_sale_invoice
    get_validated_detailed = get_validated_sale_invoice_detailed
    get = get_sale_invoice
    get_detailed = get_sale_invoice_detailed
    update = update_sale_invoice
    update_detailed = update_sale_invoice_detailed
    delete = delete_sale_invoice
    delete_detailed = delete_sale_invoice_detailed


class AsyncSaleQuotesResource(Namespace[AsyncAuthenticatedClient]):
    """The ``sale_quotes`` operations."""

    async def create_sale_quote(
        self,
        *,
        body: SaleQuoteInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> int:
        """Create sale quote.

        ``POST /public/v1/sale-quotes`` (operationId ``createSaleQuote``)

        Spec summary: Créer un devis

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Devis à créer ou modifier. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            int

        """

        return await _sale_quotes_create_sale_quote.asyncio(
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def create_sale_quote_detailed(
        self,
        *,
        body: SaleQuoteInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | int]:
        """Create sale quote. Returns the whole ``Response``.

        ``POST /public/v1/sale-quotes`` (operationId ``createSaleQuote``)

        Spec summary: Créer un devis

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Devis à créer ou modifier. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | int]

        """

        return await _sale_quotes_create_sale_quote.asyncio_detailed(
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_invoiced_sale_quote(
        self,
        id_sale_quote: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> SaleQuote:
        """Get invoiced sale quote.

        ``GET /public/v1/sale-quotes/invoiced/{IdSaleQuote}`` (operationId ``getInvoicedSaleQuote``)

        Spec summary: Obtenir un devis facturé

        Args:
            id_sale_quote: Identifiant du devis. (`IdSaleQuote`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            SaleQuote

        """

        return await _sale_quotes_get_invoiced_sale_quote.asyncio(
            id_sale_quote=id_sale_quote,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_invoiced_sale_quote_detailed(
        self,
        id_sale_quote: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | SaleQuote]:
        """Get invoiced sale quote. Returns the whole ``Response``.

        ``GET /public/v1/sale-quotes/invoiced/{IdSaleQuote}`` (operationId ``getInvoicedSaleQuote``)

        Spec summary: Obtenir un devis facturé

        Args:
            id_sale_quote: Identifiant du devis. (`IdSaleQuote`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | SaleQuote]

        """

        return await _sale_quotes_get_invoiced_sale_quote.asyncio_detailed(
            id_sale_quote=id_sale_quote,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_sale_quote(
        self,
        id_sale_quote: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> SaleQuote:
        """Get sale quote.

        ``GET /public/v1/sale-quotes/{IdSaleQuote}`` (operationId ``getSaleQuote``)

        Spec summary: Obtenir un devis provisoire

        Args:
            id_sale_quote: Identifiant du devis. (`IdSaleQuote`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            SaleQuote

        """

        return await _sale_quotes_get_sale_quote.asyncio(
            id_sale_quote=id_sale_quote,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_sale_quote_detailed(
        self,
        id_sale_quote: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | SaleQuote]:
        """Get sale quote. Returns the whole ``Response``.

        ``GET /public/v1/sale-quotes/{IdSaleQuote}`` (operationId ``getSaleQuote``)

        Spec summary: Obtenir un devis provisoire

        Args:
            id_sale_quote: Identifiant du devis. (`IdSaleQuote`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | SaleQuote]

        """

        return await _sale_quotes_get_sale_quote.asyncio_detailed(
            id_sale_quote=id_sale_quote,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def update_sale_quote(
        self,
        id_sale_quote: int,
        *,
        body: SaleQuoteInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> int:
        """Update sale quote.

        ``PUT /public/v1/sale-quotes/{IdSaleQuote}`` (operationId ``updateSaleQuote``)

        Spec summary: Modifier un devis

        Args:
            id_sale_quote: Identifiant du devis. (`IdSaleQuote`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Devis à créer ou modifier. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            int

        """

        return await _sale_quotes_update_sale_quote.asyncio(
            id_sale_quote=id_sale_quote,
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def update_sale_quote_detailed(
        self,
        id_sale_quote: int,
        *,
        body: SaleQuoteInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | int]:
        """Update sale quote. Returns the whole ``Response``.

        ``PUT /public/v1/sale-quotes/{IdSaleQuote}`` (operationId ``updateSaleQuote``)

        Spec summary: Modifier un devis

        Args:
            id_sale_quote: Identifiant du devis. (`IdSaleQuote`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Devis à créer ou modifier. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | int]

        """

        return await _sale_quotes_update_sale_quote.asyncio_detailed(
            id_sale_quote=id_sale_quote,
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def delete_sale_quote(
        self,
        id_sale_quote: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> int:
        """Delete sale quote.

        ``DELETE /public/v1/sale-quotes/{IdSaleQuote}`` (operationId ``deleteSaleQuote``)

        Spec summary: Supprimer un devis

        Args:
            id_sale_quote: Identifiant du devis. (`IdSaleQuote`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            int

        """

        return await _sale_quotes_delete_sale_quote.asyncio(
            id_sale_quote=id_sale_quote,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def delete_sale_quote_detailed(
        self,
        id_sale_quote: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | int]:
        """Delete sale quote. Returns the whole ``Response``.

        ``DELETE /public/v1/sale-quotes/{IdSaleQuote}`` (operationId ``deleteSaleQuote``)

        Spec summary: Supprimer un devis

        Args:
            id_sale_quote: Identifiant du devis. (`IdSaleQuote`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | int]

        """

        return await _sale_quotes_delete_sale_quote.asyncio_detailed(
            id_sale_quote=id_sale_quote,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    create = create_sale_quote
    create_detailed = create_sale_quote_detailed
    get_invoiced = get_invoiced_sale_quote
    get_invoiced_detailed = get_invoiced_sale_quote_detailed
    get = get_sale_quote
    get_detailed = get_sale_quote_detailed
    update = update_sale_quote
    update_detailed = update_sale_quote_detailed
    delete = delete_sale_quote
    delete_detailed = delete_sale_quote_detailed


class AsyncSaleUnitsResource(Namespace[AsyncAuthenticatedClient]):
    """The ``sale_units`` operations."""

    async def get_sale_units(
        self,
        *,
        take: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> SaleUnitPage:
        """Get sale units.

        ``GET /public/v1/sale-units`` (operationId ``getSaleUnits``)

        Spec summary: Obtenir une liste des unités de vente

        Args:
            take: Nombre d'éléments à retourner. Au plus 100 par page (FAQ : au-dessus, une erreur est envoyée).
                (`take`, query)
            skip: Nombre d'éléments à ignorer avant de commencer à retourner. (`skip`, query)
            sorting_order_property: Nom du champ utilisé pour le tri (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.property`, query)
            sorting_order_sort_type: Sens de tri (Croissant / décroissant). Doit être une valeur du type SortType (0 = Ascending, 1 =
                Descending). Par défaut : Croissant (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.sortType`, query)
            filter_query: Terme recherché pour le filtrage (nom de paramètre pointé envoyé tel quel). (`filter.query`,
                query)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            SaleUnitPage

        """

        return await _sale_units_get_sale_units.asyncio(
            take=take,
            skip=skip,
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_sale_units_detailed(
        self,
        *,
        take: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | SaleUnitPage]:
        """Get sale units. Returns the whole ``Response``.

        ``GET /public/v1/sale-units`` (operationId ``getSaleUnits``)

        Spec summary: Obtenir une liste des unités de vente

        Args:
            take: Nombre d'éléments à retourner. Au plus 100 par page (FAQ : au-dessus, une erreur est envoyée).
                (`take`, query)
            skip: Nombre d'éléments à ignorer avant de commencer à retourner. (`skip`, query)
            sorting_order_property: Nom du champ utilisé pour le tri (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.property`, query)
            sorting_order_sort_type: Sens de tri (Croissant / décroissant). Doit être une valeur du type SortType (0 = Ascending, 1 =
                Descending). Par défaut : Croissant (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.sortType`, query)
            filter_query: Terme recherché pour le filtrage (nom de paramètre pointé envoyé tel quel). (`filter.query`,
                query)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | SaleUnitPage]

        """

        return await _sale_units_get_sale_units.asyncio_detailed(
            take=take,
            skip=skip,
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def iterate_get_sale_units(
        self,
        *,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> AsyncIterator[models.SaleUnit]:
        """Every item of ``getSaleUnits``, in order, across pages (``GET /public/v1/sale-units``).

        ``start`` is the offset to resume from; ``page_size`` defaults to the largest the API accepts.
        """
        return _sale_units_get_sale_units.aiterate(
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    async def get_sale_unit(
        self,
        id_sale_unit: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> SaleUnitDetail:
        """Get sale unit.

        ``GET /public/v1/sale-units/{IdSaleUnit}`` (operationId ``getSaleUnit``)

        Spec summary: Obtenir une unité de vente

        Args:
            id_sale_unit: Identifiant de l'unité de vente. (`IdSaleUnit`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            SaleUnitDetail

        """

        return await _sale_units_get_sale_unit.asyncio(
            id_sale_unit=id_sale_unit,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_sale_unit_detailed(
        self,
        id_sale_unit: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | SaleUnitDetail]:
        """Get sale unit. Returns the whole ``Response``.

        ``GET /public/v1/sale-units/{IdSaleUnit}`` (operationId ``getSaleUnit``)

        Spec summary: Obtenir une unité de vente

        Args:
            id_sale_unit: Identifiant de l'unité de vente. (`IdSaleUnit`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | SaleUnitDetail]

        """

        return await _sale_units_get_sale_unit.asyncio_detailed(
            id_sale_unit=id_sale_unit,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    # The tag's one paged operation.
    iterate = iterate_get_sale_units


class AsyncServiceItemsResource(Namespace[AsyncAuthenticatedClient]):
    """The ``service_items`` operations."""

    async def create_service_item(
        self,
        *,
        body: ItemForm,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> int:
        """Create service item.

        ``POST /public/v1/items/services`` (operationId ``createServiceItem``)

        Spec summary: Créer un article de type [Service]

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Formulaire (multipart/form-data) de création ou de modification d'un article de type
                [Marchandise] ou [Service]. Les noms de champs pointés (`costPriceAndMargin.marginRate`, ...)
                sont les noms littéraux des champs du formulaire. (request body, multipart/form-data)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            int

        """

        return await _service_items_create_service_item.asyncio(
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def create_service_item_detailed(
        self,
        *,
        body: ItemForm,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | int]:
        """Create service item. Returns the whole ``Response``.

        ``POST /public/v1/items/services`` (operationId ``createServiceItem``)

        Spec summary: Créer un article de type [Service]

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Formulaire (multipart/form-data) de création ou de modification d'un article de type
                [Marchandise] ou [Service]. Les noms de champs pointés (`costPriceAndMargin.marginRate`, ...)
                sont les noms littéraux des champs du formulaire. (request body, multipart/form-data)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | int]

        """

        return await _service_items_create_service_item.asyncio_detailed(
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_service_item(
        self,
        id_item: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> ItemDetail:
        """Get service item.

        ``GET /public/v1/items/services/{IdItem}`` (operationId ``getServiceItem``)

        Spec summary: Obtenir un article de type [Service]

        Args:
            id_item: Identifiant de l'article. (`IdItem`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            ItemDetail

        """

        return await _service_items_get_service_item.asyncio(
            id_item=id_item,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_service_item_detailed(
        self,
        id_item: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | ItemDetail]:
        """Get service item. Returns the whole ``Response``.

        ``GET /public/v1/items/services/{IdItem}`` (operationId ``getServiceItem``)

        Spec summary: Obtenir un article de type [Service]

        Args:
            id_item: Identifiant de l'article. (`IdItem`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | ItemDetail]

        """

        return await _service_items_get_service_item.asyncio_detailed(
            id_item=id_item,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def update_service_item(
        self,
        id_item: int,
        *,
        body: ItemForm,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> int:
        """Update service item.

        ``PUT /public/v1/items/services/{IdItem}`` (operationId ``updateServiceItem``)

        Spec summary: Modifier un article de type [Service]

        Args:
            id_item: Identifiant de l'article. (`IdItem`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Formulaire (multipart/form-data) de création ou de modification d'un article de type
                [Marchandise] ou [Service]. Les noms de champs pointés (`costPriceAndMargin.marginRate`, ...)
                sont les noms littéraux des champs du formulaire. (request body, multipart/form-data)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            int

        """

        return await _service_items_update_service_item.asyncio(
            id_item=id_item,
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def update_service_item_detailed(
        self,
        id_item: int,
        *,
        body: ItemForm,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | int]:
        """Update service item. Returns the whole ``Response``.

        ``PUT /public/v1/items/services/{IdItem}`` (operationId ``updateServiceItem``)

        Spec summary: Modifier un article de type [Service]

        Args:
            id_item: Identifiant de l'article. (`IdItem`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Formulaire (multipart/form-data) de création ou de modification d'un article de type
                [Marchandise] ou [Service]. Les noms de champs pointés (`costPriceAndMargin.marginRate`, ...)
                sont les noms littéraux des champs du formulaire. (request body, multipart/form-data)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | int]

        """

        return await _service_items_update_service_item.asyncio_detailed(
            id_item=id_item,
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def delete_service_item(
        self,
        id_item: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> int:
        """Delete service item.

        ``DELETE /public/v1/items/services/{IdItem}`` (operationId ``deleteServiceItem``)

        Spec summary: Supprimer un article de type [Service]

        Args:
            id_item: Identifiant de l'article. (`IdItem`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            int

        """

        return await _service_items_delete_service_item.asyncio(
            id_item=id_item,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def delete_service_item_detailed(
        self,
        id_item: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | int]:
        """Delete service item. Returns the whole ``Response``.

        ``DELETE /public/v1/items/services/{IdItem}`` (operationId ``deleteServiceItem``)

        Spec summary: Supprimer un article de type [Service]

        Args:
            id_item: Identifiant de l'article. (`IdItem`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | int]

        """

        return await _service_items_delete_service_item.asyncio_detailed(
            id_item=id_item,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    create = create_service_item
    create_detailed = create_service_item_detailed
    get = get_service_item
    get_detailed = get_service_item_detailed
    update = update_service_item
    update_detailed = update_service_item_detailed
    delete = delete_service_item
    delete_detailed = delete_service_item_detailed


class AsyncSettlementTermsResource(Namespace[AsyncAuthenticatedClient]):
    """The ``settlement_terms`` operations."""

    async def get_settlement_terms(
        self,
        *,
        take: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> SettlementTermPage:
        """Get settlement terms.

        ``GET /public/v1/settlement-terms`` (operationId ``getSettlementTerms``)

        Spec summary: Obtenir une liste des conditions de règlement

        Args:
            take: Nombre d'éléments à retourner. Au plus 100 par page (FAQ : au-dessus, une erreur est envoyée).
                (`take`, query)
            skip: Nombre d'éléments à ignorer avant de commencer à retourner. (`skip`, query)
            sorting_order_property: Nom du champ utilisé pour le tri (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.property`, query)
            sorting_order_sort_type: Sens de tri (Croissant / décroissant). Doit être une valeur du type SortType (0 = Ascending, 1 =
                Descending). Par défaut : Croissant (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.sortType`, query)
            filter_query: Terme recherché pour le filtrage (nom de paramètre pointé envoyé tel quel). (`filter.query`,
                query)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            SettlementTermPage

        """

        return await _settlement_terms_get_settlement_terms.asyncio(
            take=take,
            skip=skip,
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_settlement_terms_detailed(
        self,
        *,
        take: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | SettlementTermPage]:
        """Get settlement terms. Returns the whole ``Response``.

        ``GET /public/v1/settlement-terms`` (operationId ``getSettlementTerms``)

        Spec summary: Obtenir une liste des conditions de règlement

        Args:
            take: Nombre d'éléments à retourner. Au plus 100 par page (FAQ : au-dessus, une erreur est envoyée).
                (`take`, query)
            skip: Nombre d'éléments à ignorer avant de commencer à retourner. (`skip`, query)
            sorting_order_property: Nom du champ utilisé pour le tri (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.property`, query)
            sorting_order_sort_type: Sens de tri (Croissant / décroissant). Doit être une valeur du type SortType (0 = Ascending, 1 =
                Descending). Par défaut : Croissant (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.sortType`, query)
            filter_query: Terme recherché pour le filtrage (nom de paramètre pointé envoyé tel quel). (`filter.query`,
                query)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | SettlementTermPage]

        """

        return await _settlement_terms_get_settlement_terms.asyncio_detailed(
            take=take,
            skip=skip,
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def iterate_get_settlement_terms(
        self,
        *,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> AsyncIterator[models.SettlementTerm]:
        """Every item of ``getSettlementTerms``, in order, across pages (``GET /public/v1/settlement-terms``).

        ``start`` is the offset to resume from; ``page_size`` defaults to the largest the API accepts.
        """
        return _settlement_terms_get_settlement_terms.aiterate(
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    async def create_settlement_term(
        self,
        *,
        body: SettlementTermInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> int:
        """Create settlement term.

        ``POST /public/v1/settlement-terms`` (operationId ``createSettlementTerm``)

        Spec summary: Créer une condition de règlement

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Condition de règlement à créer ou modifier. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            int

        """

        return await _settlement_terms_create_settlement_term.asyncio(
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def create_settlement_term_detailed(
        self,
        *,
        body: SettlementTermInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | int]:
        """Create settlement term. Returns the whole ``Response``.

        ``POST /public/v1/settlement-terms`` (operationId ``createSettlementTerm``)

        Spec summary: Créer une condition de règlement

        Args:
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Condition de règlement à créer ou modifier. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | int]

        """

        return await _settlement_terms_create_settlement_term.asyncio_detailed(
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_settlement_term(
        self,
        id_setllement_term: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> SettlementTerm:
        """Get settlement term.

        ``GET /public/v1/settlement-terms/{IdSetllementTerm}`` (operationId ``getSettlementTerm``)

        Spec summary: Obtenir une condition de règlement

        Args:
            id_setllement_term: Identifiant de la condition de règlement. (`IdSetllementTerm`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            SettlementTerm

        """

        return await _settlement_terms_get_settlement_term.asyncio(
            id_setllement_term=id_setllement_term,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_settlement_term_detailed(
        self,
        id_setllement_term: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | SettlementTerm]:
        """Get settlement term. Returns the whole ``Response``.

        ``GET /public/v1/settlement-terms/{IdSetllementTerm}`` (operationId ``getSettlementTerm``)

        Spec summary: Obtenir une condition de règlement

        Args:
            id_setllement_term: Identifiant de la condition de règlement. (`IdSetllementTerm`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | SettlementTerm]

        """

        return await _settlement_terms_get_settlement_term.asyncio_detailed(
            id_setllement_term=id_setllement_term,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def update_settlement_term(
        self,
        id_setllement_term: int,
        *,
        body: SettlementTermInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> int:
        """Update settlement term.

        ``PUT /public/v1/settlement-terms/{IdSetllementTerm}`` (operationId ``updateSettlementTerm``)

        Spec summary: Modifier une condition de règlement

        Args:
            id_setllement_term: Identifiant de la condition de règlement. (`IdSetllementTerm`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Condition de règlement à créer ou modifier. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            int

        """

        return await _settlement_terms_update_settlement_term.asyncio(
            id_setllement_term=id_setllement_term,
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def update_settlement_term_detailed(
        self,
        id_setllement_term: int,
        *,
        body: SettlementTermInput,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | int]:
        """Update settlement term. Returns the whole ``Response``.

        ``PUT /public/v1/settlement-terms/{IdSetllementTerm}`` (operationId ``updateSettlementTerm``)

        Spec summary: Modifier une condition de règlement

        Args:
            id_setllement_term: Identifiant de la condition de règlement. (`IdSetllementTerm`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Condition de règlement à créer ou modifier. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | int]

        """

        return await _settlement_terms_update_settlement_term.asyncio_detailed(
            id_setllement_term=id_setllement_term,
            body=body,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def delete_settlement_term(
        self,
        id_setllement_term: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> int:
        """Delete settlement term.

        ``DELETE /public/v1/settlement-terms/{IdSetllementTerm}`` (operationId ``deleteSettlementTerm``)

        Spec summary: Supprimer une condition de règlement

        Args:
            id_setllement_term: Identifiant de la condition de règlement. (`IdSetllementTerm`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            int

        """

        return await _settlement_terms_delete_settlement_term.asyncio(
            id_setllement_term=id_setllement_term,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def delete_settlement_term_detailed(
        self,
        id_setllement_term: int,
        *,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | int]:
        """Delete settlement term. Returns the whole ``Response``.

        ``DELETE /public/v1/settlement-terms/{IdSetllementTerm}`` (operationId ``deleteSettlementTerm``)

        Spec summary: Supprimer une condition de règlement

        Args:
            id_setllement_term: Identifiant de la condition de règlement. (`IdSetllementTerm`, path)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | int]

        """

        return await _settlement_terms_delete_settlement_term.asyncio_detailed(
            id_setllement_term=id_setllement_term,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    # The tag's one paged operation.
    iterate = iterate_get_settlement_terms

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    create = create_settlement_term
    create_detailed = create_settlement_term_detailed
    update = update_settlement_term
    update_detailed = update_settlement_term_detailed
    delete = delete_settlement_term
    delete_detailed = delete_settlement_term_detailed


class AsyncSettlementsResource(Namespace[AsyncAuthenticatedClient]):
    """The ``settlements`` operations."""

    async def get_settlements(
        self,
        *,
        take: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> SettlementPage:
        """Get settlements.

        ``GET /public/v1/settlements`` (operationId ``getSettlements``)

        Spec summary: Obtenir une liste des règlements

        Args:
            take: Nombre d'éléments à retourner. Au plus 100 par page (FAQ : au-dessus, une erreur est envoyée).
                (`take`, query)
            skip: Nombre d'éléments à ignorer avant de commencer à retourner. (`skip`, query)
            sorting_order_property: Nom du champ utilisé pour le tri (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.property`, query)
            sorting_order_sort_type: Sens de tri (Croissant / décroissant). Doit être une valeur du type SortType (0 = Ascending, 1 =
                Descending). Par défaut : Croissant (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.sortType`, query)
            filter_query: Terme recherché pour le filtrage (nom de paramètre pointé envoyé tel quel). (`filter.query`,
                query)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            SettlementPage

        """

        return await _settlements_get_settlements.asyncio(
            take=take,
            skip=skip,
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_settlements_detailed(
        self,
        *,
        take: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | SettlementPage]:
        """Get settlements. Returns the whole ``Response``.

        ``GET /public/v1/settlements`` (operationId ``getSettlements``)

        Spec summary: Obtenir une liste des règlements

        Args:
            take: Nombre d'éléments à retourner. Au plus 100 par page (FAQ : au-dessus, une erreur est envoyée).
                (`take`, query)
            skip: Nombre d'éléments à ignorer avant de commencer à retourner. (`skip`, query)
            sorting_order_property: Nom du champ utilisé pour le tri (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.property`, query)
            sorting_order_sort_type: Sens de tri (Croissant / décroissant). Doit être une valeur du type SortType (0 = Ascending, 1 =
                Descending). Par défaut : Croissant (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.sortType`, query)
            filter_query: Terme recherché pour le filtrage (nom de paramètre pointé envoyé tel quel). (`filter.query`,
                query)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | SettlementPage]

        """

        return await _settlements_get_settlements.asyncio_detailed(
            take=take,
            skip=skip,
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def iterate_get_settlements(
        self,
        *,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> AsyncIterator[models.Settlement]:
        """Every item of ``getSettlements``, in order, across pages (``GET /public/v1/settlements``).

        ``start`` is the offset to resume from; ``page_size`` defaults to the largest the API accepts.
        """
        return _settlements_get_settlements.aiterate(
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    # The tag's one paged operation.
    iterate = iterate_get_settlements

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    get = get_settlements
    get_detailed = get_settlements_detailed


class AsyncVatRatesResource(Namespace[AsyncAuthenticatedClient]):
    """The ``vat_rates`` operations."""

    async def get_vat_rates(
        self,
        *,
        take: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> list[VatRate]:
        """Get vat rates.

        ``GET /public/v1/vat-rates`` (operationId ``getVatRates``)

        Spec summary: Obtenir une liste des taux de TVA

        Args:
            take: Nombre d'éléments à retourner. Au plus 100 par page (FAQ : au-dessus, une erreur est envoyée).
                (`take`, query)
            skip: Nombre d'éléments à ignorer avant de commencer à retourner. (`skip`, query)
            sorting_order_property: Nom du champ utilisé pour le tri (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.property`, query)
            sorting_order_sort_type: Sens de tri (Croissant / décroissant). Doit être une valeur du type SortType (0 = Ascending, 1 =
                Descending). Par défaut : Croissant (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.sortType`, query)
            filter_query: Terme recherché pour le filtrage (nom de paramètre pointé envoyé tel quel). (`filter.query`,
                query)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
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
            list[VatRate]

        """

        return await _vat_rates_get_vat_rates.asyncio(
            take=take,
            skip=skip,
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_vat_rates_detailed(
        self,
        *,
        take: int | Unset = UNSET,
        skip: int | Unset = UNSET,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GestionError | list[VatRate]]:
        """Get vat rates. Returns the whole ``Response``.

        ``GET /public/v1/vat-rates`` (operationId ``getVatRates``)

        Spec summary: Obtenir une liste des taux de TVA

        Args:
            take: Nombre d'éléments à retourner. Au plus 100 par page (FAQ : au-dessus, une erreur est envoyée).
                (`take`, query)
            skip: Nombre d'éléments à ignorer avant de commencer à retourner. (`skip`, query)
            sorting_order_property: Nom du champ utilisé pour le tri (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.property`, query)
            sorting_order_sort_type: Sens de tri (Croissant / décroissant). Doit être une valeur du type SortType (0 = Ascending, 1 =
                Descending). Par défaut : Croissant (nom de paramètre pointé envoyé tel quel).
                (`sortingOrder.sortType`, query)
            filter_query: Terme recherché pour le filtrage (nom de paramètre pointé envoyé tel quel). (`filter.query`,
                query)
            domain_id: Identifiant du domaine (l'application Hubbix Gestion commerciale TPE visée). La documentation
                n'en donne ni le type ni une valeur réelle (ses exemples envoient `DomainId: DomainId`).
                (`DomainId`, header)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GestionError | list[VatRate]]

        """

        return await _vat_rates_get_vat_rates.asyncio_detailed(
            take=take,
            skip=skip,
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def iterate_get_vat_rates(
        self,
        *,
        sorting_order_property: str | Unset = UNSET,
        sorting_order_sort_type: SortType | Unset = SortType.ASCENDING,
        filter_query: str | Unset = UNSET,
        domain_id: str | Unset = UNSET,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> AsyncIterator[models.VatRate]:
        """Every item of ``getVatRates``, in order, across pages (``GET /public/v1/vat-rates``).

        ``start`` is the offset to resume from; ``page_size`` defaults to the largest the API accepts.
        """
        return _vat_rates_get_vat_rates.aiterate(
            sorting_order_property=sorting_order_property,
            sorting_order_sort_type=sorting_order_sort_type,
            filter_query=filter_query,
            domain_id=domain_id,
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    # The tag's one paged operation.
    iterate = iterate_get_vat_rates

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    get = get_vat_rates
    get_detailed = get_vat_rates_detailed


@define
class AsyncHubbixGestionClient(AsyncAuthenticatedClient):
    """The ebp_hubbix_gestion async client with one namespace per tag: customer_groups, customers, dashboards, good_items, item_groups, items, payment_modes, printing_models, sale_commitments, sale_credits, sale_deposit_credits, sale_deposit_invoices, sale_documents, sale_invoices, sale_quotes, sale_units, service_items, settlement_terms, settlements, vat_rates."""

    @property
    def customer_groups(self) -> AsyncCustomerGroupsResource:
        """The ``customer_groups`` operations."""
        return AsyncCustomerGroupsResource(self)

    @property
    def customers(self) -> AsyncCustomersResource:
        """The ``customers`` operations."""
        return AsyncCustomersResource(self)

    @property
    def dashboards(self) -> AsyncDashboardsResource:
        """The ``dashboards`` operations."""
        return AsyncDashboardsResource(self)

    @property
    def good_items(self) -> AsyncGoodItemsResource:
        """The ``good_items`` operations."""
        return AsyncGoodItemsResource(self)

    @property
    def item_groups(self) -> AsyncItemGroupsResource:
        """The ``item_groups`` operations."""
        return AsyncItemGroupsResource(self)

    @property
    def items(self) -> AsyncItemsResource:
        """The ``items`` operations."""
        return AsyncItemsResource(self)

    @property
    def payment_modes(self) -> AsyncPaymentModesResource:
        """The ``payment_modes`` operations."""
        return AsyncPaymentModesResource(self)

    @property
    def printing_models(self) -> AsyncPrintingModelsResource:
        """The ``printing_models`` operations."""
        return AsyncPrintingModelsResource(self)

    @property
    def sale_commitments(self) -> AsyncSaleCommitmentsResource:
        """The ``sale_commitments`` operations."""
        return AsyncSaleCommitmentsResource(self)

    @property
    def sale_credits(self) -> AsyncSaleCreditsResource:
        """The ``sale_credits`` operations."""
        return AsyncSaleCreditsResource(self)

    @property
    def sale_deposit_credits(self) -> AsyncSaleDepositCreditsResource:
        """The ``sale_deposit_credits`` operations."""
        return AsyncSaleDepositCreditsResource(self)

    @property
    def sale_deposit_invoices(self) -> AsyncSaleDepositInvoicesResource:
        """The ``sale_deposit_invoices`` operations."""
        return AsyncSaleDepositInvoicesResource(self)

    @property
    def sale_documents(self) -> AsyncSaleDocumentsResource:
        """The ``sale_documents`` operations."""
        return AsyncSaleDocumentsResource(self)

    @property
    def sale_invoices(self) -> AsyncSaleInvoicesResource:
        """The ``sale_invoices`` operations."""
        return AsyncSaleInvoicesResource(self)

    @property
    def sale_quotes(self) -> AsyncSaleQuotesResource:
        """The ``sale_quotes`` operations."""
        return AsyncSaleQuotesResource(self)

    @property
    def sale_units(self) -> AsyncSaleUnitsResource:
        """The ``sale_units`` operations."""
        return AsyncSaleUnitsResource(self)

    @property
    def service_items(self) -> AsyncServiceItemsResource:
        """The ``service_items`` operations."""
        return AsyncServiceItemsResource(self)

    @property
    def settlement_terms(self) -> AsyncSettlementTermsResource:
        """The ``settlement_terms`` operations."""
        return AsyncSettlementTermsResource(self)

    @property
    def settlements(self) -> AsyncSettlementsResource:
        """The ``settlements`` operations."""
        return AsyncSettlementsResource(self)

    @property
    def vat_rates(self) -> AsyncVatRatesResource:
        """The ``vat_rates`` operations."""
        return AsyncVatRatesResource(self)


CLIENT_CLASS = HubbixGestionClient
"""The sync resource client class (what ``connect()`` returns)."""
ASYNC_CLIENT_CLASS = AsyncHubbixGestionClient
"""The async resource client class (what ``connect_async()`` returns)."""
