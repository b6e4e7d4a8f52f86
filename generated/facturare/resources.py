"""Resource clients of facturare: ``FacturareClient`` (sync) and ``AsyncFacturareClient`` (async).

Each is a client of this API (usable as ``client=`` by every function of ``facturare.api``) with
one namespace per tag, whose methods are the operations (``client.<tag>.<operation>(...)``); each
method has a ``*_detailed`` form returning the whole ``Response``. Generated: do not edit.
"""

from collections.abc import Mapping

from attrs import define
from comptoir.clients import NOT_GIVEN, Namespace, NotGiven, TimeoutOption

from facturare.models.customer import Customer
from facturare.models.customer_filter import CustomerFilter
from facturare.models.error import Error
from facturare.models.invoice import Invoice
from facturare.models.invoice_filter import InvoiceFilter
from facturare.models.list_customers_metadata import ListCustomersMetadata
from facturare.models.list_invoices_metadata import ListInvoicesMetadata
from facturare.types import (
    UNSET,
    Response,
    Unset,
)

from .api.customers import list_customers as _customers_list_customers
from .api.invoices import get_invoice as _invoices_get_invoice
from .api.invoices import list_invoices as _invoices_list_invoices
from .client import AsyncAuthenticatedClient, AuthenticatedClient

__all__ = ["ASYNC_CLIENT_CLASS", "CLIENT_CLASS", "AsyncFacturareClient", "FacturareClient"]


class CustomersResource(Namespace[AuthenticatedClient]):
    """The ``customers`` operations."""

    def list_customers(
        self,
        *,
        filter_: CustomerFilter | Unset = UNSET,
        metadata: ListCustomersMetadata | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> list[Customer]:
        """List customers.

        ``GET /customers`` (operationId ``listCustomers``)

        Args:
            filter_: Exact-match filter; each key is a customer property (`filter[name]=Acme SRL`). (`filter`, query)
            metadata: Metadata filter: each key must match the object's metadata exactly (`metadata[account-
                rep]=Jan`). Objects without a value for a key are left out, without error. (`metadata`, query)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            list[Customer]

        """

        return _customers_list_customers.sync(
            filter_=filter_,
            metadata=metadata,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def list_customers_detailed(
        self,
        *,
        filter_: CustomerFilter | Unset = UNSET,
        metadata: ListCustomersMetadata | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[Error | list[Customer]]:
        """List customers. Returns the whole ``Response``.

        ``GET /customers`` (operationId ``listCustomers``)

        Args:
            filter_: Exact-match filter; each key is a customer property (`filter[name]=Acme SRL`). (`filter`, query)
            metadata: Metadata filter: each key must match the object's metadata exactly (`metadata[account-
                rep]=Jan`). Objects without a value for a key are left out, without error. (`metadata`, query)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[Error | list[Customer]]

        """

        return _customers_list_customers.sync_detailed(
            filter_=filter_,
            metadata=metadata,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    list = list_customers
    list_detailed = list_customers_detailed


class InvoicesResource(Namespace[AuthenticatedClient]):
    """The ``invoices`` operations."""

    def list_invoices(
        self,
        *,
        expand: list[str] | Unset = UNSET,
        filter_: InvoiceFilter | Unset = UNSET,
        metadata: ListInvoicesMetadata | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> list[Invoice]:
        """List invoices.

        ``GET /invoices`` (operationId ``listInvoices``)

        Args:
            expand: Relational properties to expand, as a comma-separated list (`expand=customer,invoice`): each
                replaces the ID with the expanded object. (`expand`, query)
            filter_: Exact-match filter; each key is an invoice property (`filter[paid]=0`). (`filter`, query)
            metadata: Metadata filter: each key must match the object's metadata exactly (`metadata[account-
                rep]=Jan`). Objects without a value for a key are left out, without error. (`metadata`, query)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            list[Invoice]

        """

        return _invoices_list_invoices.sync(
            expand=expand,
            filter_=filter_,
            metadata=metadata,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def list_invoices_detailed(
        self,
        *,
        expand: list[str] | Unset = UNSET,
        filter_: InvoiceFilter | Unset = UNSET,
        metadata: ListInvoicesMetadata | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[Error | list[Invoice]]:
        """List invoices. Returns the whole ``Response``.

        ``GET /invoices`` (operationId ``listInvoices``)

        Args:
            expand: Relational properties to expand, as a comma-separated list (`expand=customer,invoice`): each
                replaces the ID with the expanded object. (`expand`, query)
            filter_: Exact-match filter; each key is an invoice property (`filter[paid]=0`). (`filter`, query)
            metadata: Metadata filter: each key must match the object's metadata exactly (`metadata[account-
                rep]=Jan`). Objects without a value for a key are left out, without error. (`metadata`, query)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[Error | list[Invoice]]

        """

        return _invoices_list_invoices.sync_detailed(
            expand=expand,
            filter_=filter_,
            metadata=metadata,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_invoice(
        self,
        id: int,
        *,
        expand: list[str] | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Invoice:
        """Retrieve an invoice.

        ``GET /invoices/{id}`` (operationId ``getInvoice``)

        Args:
            id: The invoice ID. (`id`, path)
            expand: Relational properties to expand, as a comma-separated list (`expand=customer,invoice`): each
                replaces the ID with the expanded object. (`expand`, query)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Invoice

        """

        return _invoices_get_invoice.sync(
            id=id,
            expand=expand,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_invoice_detailed(
        self,
        id: int,
        *,
        expand: list[str] | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[Error | Invoice]:
        """Retrieve an invoice. Returns the whole ``Response``.

        ``GET /invoices/{id}`` (operationId ``getInvoice``)

        Args:
            id: The invoice ID. (`id`, path)
            expand: Relational properties to expand, as a comma-separated list (`expand=customer,invoice`): each
                replaces the ID with the expanded object. (`expand`, query)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[Error | Invoice]

        """

        return _invoices_get_invoice.sync_detailed(
            id=id,
            expand=expand,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    list = list_invoices
    list_detailed = list_invoices_detailed
    get = get_invoice
    get_detailed = get_invoice_detailed


@define
class FacturareClient(AuthenticatedClient):
    """The facturare client with one namespace per tag: customers, invoices."""

    @property
    def customers(self) -> CustomersResource:
        """The ``customers`` operations."""
        return CustomersResource(self)

    @property
    def invoices(self) -> InvoicesResource:
        """The ``invoices`` operations."""
        return InvoicesResource(self)


class AsyncCustomersResource(Namespace[AsyncAuthenticatedClient]):
    """The ``customers`` operations."""

    async def list_customers(
        self,
        *,
        filter_: CustomerFilter | Unset = UNSET,
        metadata: ListCustomersMetadata | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> list[Customer]:
        """List customers.

        ``GET /customers`` (operationId ``listCustomers``)

        Args:
            filter_: Exact-match filter; each key is a customer property (`filter[name]=Acme SRL`). (`filter`, query)
            metadata: Metadata filter: each key must match the object's metadata exactly (`metadata[account-
                rep]=Jan`). Objects without a value for a key are left out, without error. (`metadata`, query)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            list[Customer]

        """

        return await _customers_list_customers.asyncio(
            filter_=filter_,
            metadata=metadata,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def list_customers_detailed(
        self,
        *,
        filter_: CustomerFilter | Unset = UNSET,
        metadata: ListCustomersMetadata | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[Error | list[Customer]]:
        """List customers. Returns the whole ``Response``.

        ``GET /customers`` (operationId ``listCustomers``)

        Args:
            filter_: Exact-match filter; each key is a customer property (`filter[name]=Acme SRL`). (`filter`, query)
            metadata: Metadata filter: each key must match the object's metadata exactly (`metadata[account-
                rep]=Jan`). Objects without a value for a key are left out, without error. (`metadata`, query)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[Error | list[Customer]]

        """

        return await _customers_list_customers.asyncio_detailed(
            filter_=filter_,
            metadata=metadata,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    list = list_customers
    list_detailed = list_customers_detailed


class AsyncInvoicesResource(Namespace[AsyncAuthenticatedClient]):
    """The ``invoices`` operations."""

    async def list_invoices(
        self,
        *,
        expand: list[str] | Unset = UNSET,
        filter_: InvoiceFilter | Unset = UNSET,
        metadata: ListInvoicesMetadata | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> list[Invoice]:
        """List invoices.

        ``GET /invoices`` (operationId ``listInvoices``)

        Args:
            expand: Relational properties to expand, as a comma-separated list (`expand=customer,invoice`): each
                replaces the ID with the expanded object. (`expand`, query)
            filter_: Exact-match filter; each key is an invoice property (`filter[paid]=0`). (`filter`, query)
            metadata: Metadata filter: each key must match the object's metadata exactly (`metadata[account-
                rep]=Jan`). Objects without a value for a key are left out, without error. (`metadata`, query)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            list[Invoice]

        """

        return await _invoices_list_invoices.asyncio(
            expand=expand,
            filter_=filter_,
            metadata=metadata,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def list_invoices_detailed(
        self,
        *,
        expand: list[str] | Unset = UNSET,
        filter_: InvoiceFilter | Unset = UNSET,
        metadata: ListInvoicesMetadata | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[Error | list[Invoice]]:
        """List invoices. Returns the whole ``Response``.

        ``GET /invoices`` (operationId ``listInvoices``)

        Args:
            expand: Relational properties to expand, as a comma-separated list (`expand=customer,invoice`): each
                replaces the ID with the expanded object. (`expand`, query)
            filter_: Exact-match filter; each key is an invoice property (`filter[paid]=0`). (`filter`, query)
            metadata: Metadata filter: each key must match the object's metadata exactly (`metadata[account-
                rep]=Jan`). Objects without a value for a key are left out, without error. (`metadata`, query)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[Error | list[Invoice]]

        """

        return await _invoices_list_invoices.asyncio_detailed(
            expand=expand,
            filter_=filter_,
            metadata=metadata,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_invoice(
        self,
        id: int,
        *,
        expand: list[str] | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Invoice:
        """Retrieve an invoice.

        ``GET /invoices/{id}`` (operationId ``getInvoice``)

        Args:
            id: The invoice ID. (`id`, path)
            expand: Relational properties to expand, as a comma-separated list (`expand=customer,invoice`): each
                replaces the ID with the expanded object. (`expand`, query)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Invoice

        """

        return await _invoices_get_invoice.asyncio(
            id=id,
            expand=expand,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_invoice_detailed(
        self,
        id: int,
        *,
        expand: list[str] | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[Error | Invoice]:
        """Retrieve an invoice. Returns the whole ``Response``.

        ``GET /invoices/{id}`` (operationId ``getInvoice``)

        Args:
            id: The invoice ID. (`id`, path)
            expand: Relational properties to expand, as a comma-separated list (`expand=customer,invoice`): each
                replaces the ID with the expanded object. (`expand`, query)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[Error | Invoice]

        """

        return await _invoices_get_invoice.asyncio_detailed(
            id=id,
            expand=expand,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    list = list_invoices
    list_detailed = list_invoices_detailed
    get = get_invoice
    get_detailed = get_invoice_detailed


@define
class AsyncFacturareClient(AsyncAuthenticatedClient):
    """The facturare async client with one namespace per tag: customers, invoices."""

    @property
    def customers(self) -> AsyncCustomersResource:
        """The ``customers`` operations."""
        return AsyncCustomersResource(self)

    @property
    def invoices(self) -> AsyncInvoicesResource:
        """The ``invoices`` operations."""
        return AsyncInvoicesResource(self)


CLIENT_CLASS = FacturareClient
"""The sync resource client class (what ``connect()`` returns)."""
ASYNC_CLIENT_CLASS = AsyncFacturareClient
"""The async resource client class (what ``connect_async()`` returns)."""
