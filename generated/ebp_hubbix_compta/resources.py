"""Resource clients of ebp_hubbix_compta: ``HubbixComptaClient`` (sync) and ``AsyncHubbixComptaClient`` (async).

Each is a client of this API (usable as ``client=`` by every function of ``ebp_hubbix_compta.api``) with
one namespace per tag, whose methods are the operations (``client.<tag>.<operation>(...)``); each
method has a ``*_detailed`` form returning the whole ``Response``. Generated: do not edit.
"""

import datetime
from collections.abc import AsyncIterator, Iterator, Mapping
from decimal import Decimal
from uuid import UUID

from attrs import define
from comptoir.clients import NOT_GIVEN, Namespace, NotGiven, TimeoutOption

from ebp_hubbix_compta import models
from ebp_hubbix_compta.models.attachment import Attachment
from ebp_hubbix_compta.models.attachment_upload import AttachmentUpload
from ebp_hubbix_compta.models.auxiliary_account import AuxiliaryAccount
from ebp_hubbix_compta.models.auxiliary_account_create import AuxiliaryAccountCreate
from ebp_hubbix_compta.models.auxiliary_account_created import AuxiliaryAccountCreated
from ebp_hubbix_compta.models.auxiliary_account_page import AuxiliaryAccountPage
from ebp_hubbix_compta.models.auxiliary_account_status_update import AuxiliaryAccountStatusUpdate
from ebp_hubbix_compta.models.auxiliary_account_type_list import AuxiliaryAccountTypeList
from ebp_hubbix_compta.models.auxiliary_account_update import AuxiliaryAccountUpdate
from ebp_hubbix_compta.models.bank_transaction_list import BankTransactionList
from ebp_hubbix_compta.models.domain_information import DomainInformation
from ebp_hubbix_compta.models.ebp_error import EbpError
from ebp_hubbix_compta.models.entry import Entry
from ebp_hubbix_compta.models.folder_settings import FolderSettings
from ebp_hubbix_compta.models.folder_settings_update import FolderSettingsUpdate
from ebp_hubbix_compta.models.general_account import GeneralAccount
from ebp_hubbix_compta.models.general_account_create import GeneralAccountCreate
from ebp_hubbix_compta.models.general_account_page import GeneralAccountPage
from ebp_hubbix_compta.models.general_account_status_update import GeneralAccountStatusUpdate
from ebp_hubbix_compta.models.general_account_update import GeneralAccountUpdate
from ebp_hubbix_compta.models.journal import Journal
from ebp_hubbix_compta.models.journal_create import JournalCreate
from ebp_hubbix_compta.models.journal_entry_created import JournalEntryCreated
from ebp_hubbix_compta.models.journal_entry_request import JournalEntryRequest
from ebp_hubbix_compta.models.journal_list import JournalList
from ebp_hubbix_compta.models.journal_update import JournalUpdate
from ebp_hubbix_compta.models.line_entry_page import LineEntryPage
from ebp_hubbix_compta.models.list_bank_transactions_sort import ListBankTransactionsSort
from ebp_hubbix_compta.models.message_response import MessageResponse
from ebp_hubbix_compta.models.search_entry import SearchEntry
from ebp_hubbix_compta.models.status_change_result import StatusChangeResult
from ebp_hubbix_compta.models.vat_rate_list import VatRateList
from ebp_hubbix_compta.types import (
    UNSET,
    File,
    Response,
    Unset,
)

from .api.attachments import add_attachment as _attachments_add_attachment
from .api.attachments import get_attachment as _attachments_get_attachment
from .api.auxiliary_accounts import create_auxiliary_account as _auxiliary_accounts_create_auxiliary_account
from .api.auxiliary_accounts import get_auxiliary_account as _auxiliary_accounts_get_auxiliary_account
from .api.auxiliary_accounts import get_auxiliary_account_types as _auxiliary_accounts_get_auxiliary_account_types
from .api.auxiliary_accounts import list_auxiliary_accounts as _auxiliary_accounts_list_auxiliary_accounts
from .api.auxiliary_accounts import update_auxiliary_account as _auxiliary_accounts_update_auxiliary_account
from .api.auxiliary_accounts import (
    update_auxiliary_accounts_status as _auxiliary_accounts_update_auxiliary_accounts_status,
)
from .api.bank_transactions import list_bank_transactions as _bank_transactions_list_bank_transactions
from .api.domain_information import get_domain_information as _domain_information_get_domain_information
from .api.entries import get_entry as _entries_get_entry
from .api.folder_settings import get_folder_settings as _folder_settings_get_folder_settings
from .api.folder_settings import update_folder_settings as _folder_settings_update_folder_settings
from .api.general_accounts import create_general_account as _general_accounts_create_general_account
from .api.general_accounts import get_general_account as _general_accounts_get_general_account
from .api.general_accounts import list_general_accounts as _general_accounts_list_general_accounts
from .api.general_accounts import update_general_account as _general_accounts_update_general_account
from .api.general_accounts import update_general_accounts_status as _general_accounts_update_general_accounts_status
from .api.journal_entry import create_journal_entry as _journal_entry_create_journal_entry
from .api.journals import create_journal as _journals_create_journal
from .api.journals import get_journal as _journals_get_journal
from .api.journals import list_journals as _journals_list_journals
from .api.journals import update_journal as _journals_update_journal
from .api.lines_entries import list_lines_entries as _lines_entries_list_lines_entries
from .api.search_entries import search_entries as _search_entries_search_entries
from .api.vat_rates import get_vat_rates as _vat_rates_get_vat_rates
from .client import AsyncAuthenticatedClient, AuthenticatedClient

__all__ = ["ASYNC_CLIENT_CLASS", "CLIENT_CLASS", "AsyncHubbixComptaClient", "HubbixComptaClient"]


class AttachmentsResource(Namespace[AuthenticatedClient]):
    """The ``attachments`` operations."""

    def get_attachment(
        self,
        uuid_ms: UUID,
        *,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> File:
        """Get attachment.

        ``GET /v1/pieces-jointes/{uuidMs}`` (operationId ``getAttachment``)

        Spec summary: Récupération d'une pièce jointe par son identifiant

        Args:
            uuid_ms: Identifiant de pièce jointe. (`uuidMs`, path)
            tenantid: UUID du dossier. (`tenantid`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            File

        """

        return _attachments_get_attachment.sync(
            uuid_ms=uuid_ms,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_attachment_detailed(
        self,
        uuid_ms: UUID,
        *,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | File]:
        """Get attachment. Returns the whole ``Response``.

        ``GET /v1/pieces-jointes/{uuidMs}`` (operationId ``getAttachment``)

        Spec summary: Récupération d'une pièce jointe par son identifiant

        Args:
            uuid_ms: Identifiant de pièce jointe. (`uuidMs`, path)
            tenantid: UUID du dossier. (`tenantid`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | File]

        """

        return _attachments_get_attachment.sync_detailed(
            uuid_ms=uuid_ms,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def add_attachment(
        self,
        *,
        body: AttachmentUpload,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Attachment:
        """Add attachment.

        ``POST /v1/pieces-jointes/add`` (operationId ``addAttachment``)

        Spec summary: Ajouter une pièce jointe

        Args:
            tenantid: UUID du dossier. (`tenantid`, header)
            body: Pièce jointe à envoyer (multipart/form-data). (request body, multipart/form-data)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Attachment

        """

        return _attachments_add_attachment.sync(
            body=body,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def add_attachment_detailed(
        self,
        *,
        body: AttachmentUpload,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[Attachment | EbpError]:
        """Add attachment. Returns the whole ``Response``.

        ``POST /v1/pieces-jointes/add`` (operationId ``addAttachment``)

        Spec summary: Ajouter une pièce jointe

        Args:
            tenantid: UUID du dossier. (`tenantid`, header)
            body: Pièce jointe à envoyer (multipart/form-data). (request body, multipart/form-data)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[Attachment | EbpError]

        """

        return _attachments_add_attachment.sync_detailed(
            body=body,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    get = get_attachment
    get_detailed = get_attachment_detailed
    add = add_attachment
    add_detailed = add_attachment_detailed


class AuxiliaryAccountsResource(Namespace[AuthenticatedClient]):
    """The ``auxiliary_accounts`` operations."""

    def get_auxiliary_account_types(
        self,
        *,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> AuxiliaryAccountTypeList:
        """Get auxiliary account types.

        ``GET /v1/auxiliary-account-types`` (operationId ``getAuxiliaryAccountTypes``)

        Spec summary: Récupération des catégories de comptes de tiers

        Args:
            tenantid: UUID du dossier. (`tenantid`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            AuxiliaryAccountTypeList

        """

        return _auxiliary_accounts_get_auxiliary_account_types.sync(
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_auxiliary_account_types_detailed(
        self,
        *,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[AuxiliaryAccountTypeList | EbpError]:
        """Get auxiliary account types. Returns the whole ``Response``.

        ``GET /v1/auxiliary-account-types`` (operationId ``getAuxiliaryAccountTypes``)

        Spec summary: Récupération des catégories de comptes de tiers

        Args:
            tenantid: UUID du dossier. (`tenantid`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[AuxiliaryAccountTypeList | EbpError]

        """

        return _auxiliary_accounts_get_auxiliary_account_types.sync_detailed(
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def list_auxiliary_accounts(
        self,
        *,
        category: str | Unset = UNSET,
        skip: int | Unset = 0,
        take: int | Unset = 100,
        search: str | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        number_from: str | Unset = UNSET,
        sort_field: str | Unset = UNSET,
        sort_direction: str | Unset = UNSET,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> AuxiliaryAccountPage:
        """List auxiliary accounts.

        ``GET /v1/auxiliary-accounts`` (operationId ``listAuxiliaryAccounts``)

        Spec summary: Récupérer des tiers

        Args:
            category: Utilisé pour la catégorie. La documentation ne précise pas la forme de la valeur (l'exemple
                utilise l'UUID de la catégorie « Clients »). (`category`, query)
            skip: Pagination : nombre d'éléments à ignorer (par exemple commencer par l'élément 100). (`skip`,
                query)
            take: Pagination : nombre d'éléments à retourner à partir de `skip`. Au plus 100 par page (FAQ : au-
                dessus, une erreur est renvoyée). (`take`, query)
            search: Utilisé pour la recherche. (`search`, query)
            is_active: Utilisé pour filtrer les comptes actifs et inactifs. (`isActive`, query)
            number_from: Numéro de compte à partir de. (`numberFrom`, query)
            sort_field: Utilisé pour trier les comptes (valeurs non précisées par la documentation). (`sortField`,
                query)
            sort_direction: Utilisé pour trier les comptes (valeurs non précisées par la documentation). (`sortDirection`,
                query)
            tenantid: UUID du dossier. (`tenantid`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            AuxiliaryAccountPage

        """

        return _auxiliary_accounts_list_auxiliary_accounts.sync(
            category=category,
            skip=skip,
            take=take,
            search=search,
            is_active=is_active,
            number_from=number_from,
            sort_field=sort_field,
            sort_direction=sort_direction,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def list_auxiliary_accounts_detailed(
        self,
        *,
        category: str | Unset = UNSET,
        skip: int | Unset = 0,
        take: int | Unset = 100,
        search: str | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        number_from: str | Unset = UNSET,
        sort_field: str | Unset = UNSET,
        sort_direction: str | Unset = UNSET,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[AuxiliaryAccountPage | EbpError]:
        """List auxiliary accounts. Returns the whole ``Response``.

        ``GET /v1/auxiliary-accounts`` (operationId ``listAuxiliaryAccounts``)

        Spec summary: Récupérer des tiers

        Args:
            category: Utilisé pour la catégorie. La documentation ne précise pas la forme de la valeur (l'exemple
                utilise l'UUID de la catégorie « Clients »). (`category`, query)
            skip: Pagination : nombre d'éléments à ignorer (par exemple commencer par l'élément 100). (`skip`,
                query)
            take: Pagination : nombre d'éléments à retourner à partir de `skip`. Au plus 100 par page (FAQ : au-
                dessus, une erreur est renvoyée). (`take`, query)
            search: Utilisé pour la recherche. (`search`, query)
            is_active: Utilisé pour filtrer les comptes actifs et inactifs. (`isActive`, query)
            number_from: Numéro de compte à partir de. (`numberFrom`, query)
            sort_field: Utilisé pour trier les comptes (valeurs non précisées par la documentation). (`sortField`,
                query)
            sort_direction: Utilisé pour trier les comptes (valeurs non précisées par la documentation). (`sortDirection`,
                query)
            tenantid: UUID du dossier. (`tenantid`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[AuxiliaryAccountPage | EbpError]

        """

        return _auxiliary_accounts_list_auxiliary_accounts.sync_detailed(
            category=category,
            skip=skip,
            take=take,
            search=search,
            is_active=is_active,
            number_from=number_from,
            sort_field=sort_field,
            sort_direction=sort_direction,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def iterate_list_auxiliary_accounts(
        self,
        *,
        category: str | Unset = UNSET,
        search: str | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        number_from: str | Unset = UNSET,
        sort_field: str | Unset = UNSET,
        sort_direction: str | Unset = UNSET,
        tenantid: UUID | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> Iterator[models.AuxiliaryAccount]:
        """Every item of ``listAuxiliaryAccounts``, in order, across pages (``GET /v1/auxiliary-accounts``).

        ``start`` is the offset to resume from; ``page_size`` defaults to the largest the API accepts.
        """
        return _auxiliary_accounts_list_auxiliary_accounts.iterate(
            category=category,
            search=search,
            is_active=is_active,
            number_from=number_from,
            sort_field=sort_field,
            sort_direction=sort_direction,
            tenantid=tenantid,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    def pages_list_auxiliary_accounts(
        self,
        *,
        category: str | Unset = UNSET,
        search: str | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        number_from: str | Unset = UNSET,
        sort_field: str | Unset = UNSET,
        sort_direction: str | Unset = UNSET,
        tenantid: UUID | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> Iterator[AuxiliaryAccountPage]:
        """Every page of ``listAuxiliaryAccounts`` (``GET /v1/auxiliary-accounts``), fetched lazily."""
        return _auxiliary_accounts_list_auxiliary_accounts.pages(
            category=category,
            search=search,
            is_active=is_active,
            number_from=number_from,
            sort_field=sort_field,
            sort_direction=sort_direction,
            tenantid=tenantid,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    def create_auxiliary_account(
        self,
        *,
        body: AuxiliaryAccountCreate,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> AuxiliaryAccountCreated:
        """Create auxiliary account.

        ``POST /v1/auxiliary-accounts`` (operationId ``createAuxiliaryAccount``)

        Spec summary: Ajouter un tiers

        Args:
            tenantid: UUID du dossier. (`tenantid`, header)
            body: Création d'un compte de tiers. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            AuxiliaryAccountCreated

        """

        return _auxiliary_accounts_create_auxiliary_account.sync(
            body=body,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def create_auxiliary_account_detailed(
        self,
        *,
        body: AuxiliaryAccountCreate,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[AuxiliaryAccountCreated | EbpError]:
        """Create auxiliary account. Returns the whole ``Response``.

        ``POST /v1/auxiliary-accounts`` (operationId ``createAuxiliaryAccount``)

        Spec summary: Ajouter un tiers

        Args:
            tenantid: UUID du dossier. (`tenantid`, header)
            body: Création d'un compte de tiers. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[AuxiliaryAccountCreated | EbpError]

        """

        return _auxiliary_accounts_create_auxiliary_account.sync_detailed(
            body=body,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def update_auxiliary_accounts_status(
        self,
        *,
        body: AuxiliaryAccountStatusUpdate,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> StatusChangeResult:
        """Update auxiliary accounts status.

        ``PATCH /v1/auxiliary-accounts`` (operationId ``updateAuxiliaryAccountsStatus``)

        Spec summary: Modifier le statut d'un ou plusieurs tiers

        Args:
            tenantid: UUID du dossier. (`tenantid`, header)
            body: Modification du statut d'un ou plusieurs comptes de tiers. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            StatusChangeResult

        """

        return _auxiliary_accounts_update_auxiliary_accounts_status.sync(
            body=body,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def update_auxiliary_accounts_status_detailed(
        self,
        *,
        body: AuxiliaryAccountStatusUpdate,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | StatusChangeResult]:
        """Update auxiliary accounts status. Returns the whole ``Response``.

        ``PATCH /v1/auxiliary-accounts`` (operationId ``updateAuxiliaryAccountsStatus``)

        Spec summary: Modifier le statut d'un ou plusieurs tiers

        Args:
            tenantid: UUID du dossier. (`tenantid`, header)
            body: Modification du statut d'un ou plusieurs comptes de tiers. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | StatusChangeResult]

        """

        return _auxiliary_accounts_update_auxiliary_accounts_status.sync_detailed(
            body=body,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_auxiliary_account(
        self,
        number_or_uuid: str,
        *,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> AuxiliaryAccount:
        """Get auxiliary account.

        ``GET /v1/auxiliary-accounts/{numberOrUuid}`` (operationId ``getAuxiliaryAccount``)

        Spec summary: Récupérer un tiers

        Args:
            number_or_uuid: Numéro de compte du tiers (paramètre `number` de la documentation). (`numberOrUuid`, path)
            tenantid: UUID du dossier. (`tenantid`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            AuxiliaryAccount

        """

        return _auxiliary_accounts_get_auxiliary_account.sync(
            number_or_uuid=number_or_uuid,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_auxiliary_account_detailed(
        self,
        number_or_uuid: str,
        *,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[AuxiliaryAccount | EbpError]:
        """Get auxiliary account. Returns the whole ``Response``.

        ``GET /v1/auxiliary-accounts/{numberOrUuid}`` (operationId ``getAuxiliaryAccount``)

        Spec summary: Récupérer un tiers

        Args:
            number_or_uuid: Numéro de compte du tiers (paramètre `number` de la documentation). (`numberOrUuid`, path)
            tenantid: UUID du dossier. (`tenantid`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[AuxiliaryAccount | EbpError]

        """

        return _auxiliary_accounts_get_auxiliary_account.sync_detailed(
            number_or_uuid=number_or_uuid,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def update_auxiliary_account(
        self,
        number_or_uuid: UUID,
        *,
        body: AuxiliaryAccountUpdate,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> StatusChangeResult:
        """Update auxiliary account.

        ``PUT /v1/auxiliary-accounts/{numberOrUuid}`` (operationId ``updateAuxiliaryAccount``)

        Spec summary: Mettre à jour un tiers

        Args:
            number_or_uuid: UUID du compte de tiers (paramètre `uuid` de la documentation). (`numberOrUuid`, path)
            tenantid: UUID du dossier. (`tenantid`, header)
            body: Modification d'un compte de tiers. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            StatusChangeResult

        """

        return _auxiliary_accounts_update_auxiliary_account.sync(
            number_or_uuid=number_or_uuid,
            body=body,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def update_auxiliary_account_detailed(
        self,
        number_or_uuid: UUID,
        *,
        body: AuxiliaryAccountUpdate,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | StatusChangeResult]:
        """Update auxiliary account. Returns the whole ``Response``.

        ``PUT /v1/auxiliary-accounts/{numberOrUuid}`` (operationId ``updateAuxiliaryAccount``)

        Spec summary: Mettre à jour un tiers

        Args:
            number_or_uuid: UUID du compte de tiers (paramètre `uuid` de la documentation). (`numberOrUuid`, path)
            tenantid: UUID du dossier. (`tenantid`, header)
            body: Modification d'un compte de tiers. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | StatusChangeResult]

        """

        return _auxiliary_accounts_update_auxiliary_account.sync_detailed(
            number_or_uuid=number_or_uuid,
            body=body,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    # The tag's one paged operation.
    iterate = iterate_list_auxiliary_accounts
    pages = pages_list_auxiliary_accounts

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    list = list_auxiliary_accounts
    list_detailed = list_auxiliary_accounts_detailed
    create = create_auxiliary_account
    create_detailed = create_auxiliary_account_detailed
    get = get_auxiliary_account
    get_detailed = get_auxiliary_account_detailed
    update = update_auxiliary_account
    update_detailed = update_auxiliary_account_detailed


class BankTransactionsResource(Namespace[AuthenticatedClient]):
    """The ``bank_transactions`` operations."""

    def list_bank_transactions(
        self,
        *,
        take: int | Unset = 100,
        skip: int | Unset = 0,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        status: int | Unset = UNSET,
        bank_account: UUID | Unset = UNSET,
        bank_accounts: str | Unset = UNSET,
        uuid: UUID | Unset = UNSET,
        sort: ListBankTransactionsSort | Unset = ListBankTransactionsSort.CHRONOLOGICAL,
        with_assignment_suggestion: bool | Unset = False,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> BankTransactionList:
        """List bank transactions.

        ``GET /v1/bank-transactions`` (operationId ``listBankTransactions``)

        Spec summary: Récupération des opérations bancaires

        Args:
            take: Pagination : nombre d'éléments à retourner à partir de `skip`. Au plus 100 par page (FAQ : au-
                dessus, une erreur est renvoyée). (`take`, query)
            skip: Pagination : nombre d'éléments à ignorer (par exemple commencer par l'élément 100). (`skip`,
                query)
            start_date: Date des écritures à partir de laquelle on retourne des éléments. (`startDate`, query)
            end_date: Date des écritures à partir de laquelle on ne retourne plus d'éléments. (`endDate`, query)
            status: Statut de l'opération bancaire (0, 1, 2). La documentation ne donne pas la signification des
                valeurs. (`status`, query)
            bank_account: Filtre par UUID du compte bancaire. (`bankAccount`, query)
            bank_accounts: Filtre par UUIDs des comptes bancaires (type `string` dans la documentation). (`bankAccounts`,
                query)
            uuid: Filtre par UUID de l'opération bancaire. (`uuid`, query)
            sort: Tri chronologique ou antéchronologique (chronological/reverse-chronological). (`sort`, query)
            with_assignment_suggestion: Récupère les propositions d'affectation, si le statut de l'opération le permet.
                (`withAssignmentSuggestion`, query)
            tenantid: UUID du dossier. (`tenantid`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            BankTransactionList

        """

        return _bank_transactions_list_bank_transactions.sync(
            take=take,
            skip=skip,
            start_date=start_date,
            end_date=end_date,
            status=status,
            bank_account=bank_account,
            bank_accounts=bank_accounts,
            uuid=uuid,
            sort=sort,
            with_assignment_suggestion=with_assignment_suggestion,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def list_bank_transactions_detailed(
        self,
        *,
        take: int | Unset = 100,
        skip: int | Unset = 0,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        status: int | Unset = UNSET,
        bank_account: UUID | Unset = UNSET,
        bank_accounts: str | Unset = UNSET,
        uuid: UUID | Unset = UNSET,
        sort: ListBankTransactionsSort | Unset = ListBankTransactionsSort.CHRONOLOGICAL,
        with_assignment_suggestion: bool | Unset = False,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[BankTransactionList | EbpError]:
        """List bank transactions. Returns the whole ``Response``.

        ``GET /v1/bank-transactions`` (operationId ``listBankTransactions``)

        Spec summary: Récupération des opérations bancaires

        Args:
            take: Pagination : nombre d'éléments à retourner à partir de `skip`. Au plus 100 par page (FAQ : au-
                dessus, une erreur est renvoyée). (`take`, query)
            skip: Pagination : nombre d'éléments à ignorer (par exemple commencer par l'élément 100). (`skip`,
                query)
            start_date: Date des écritures à partir de laquelle on retourne des éléments. (`startDate`, query)
            end_date: Date des écritures à partir de laquelle on ne retourne plus d'éléments. (`endDate`, query)
            status: Statut de l'opération bancaire (0, 1, 2). La documentation ne donne pas la signification des
                valeurs. (`status`, query)
            bank_account: Filtre par UUID du compte bancaire. (`bankAccount`, query)
            bank_accounts: Filtre par UUIDs des comptes bancaires (type `string` dans la documentation). (`bankAccounts`,
                query)
            uuid: Filtre par UUID de l'opération bancaire. (`uuid`, query)
            sort: Tri chronologique ou antéchronologique (chronological/reverse-chronological). (`sort`, query)
            with_assignment_suggestion: Récupère les propositions d'affectation, si le statut de l'opération le permet.
                (`withAssignmentSuggestion`, query)
            tenantid: UUID du dossier. (`tenantid`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[BankTransactionList | EbpError]

        """

        return _bank_transactions_list_bank_transactions.sync_detailed(
            take=take,
            skip=skip,
            start_date=start_date,
            end_date=end_date,
            status=status,
            bank_account=bank_account,
            bank_accounts=bank_accounts,
            uuid=uuid,
            sort=sort,
            with_assignment_suggestion=with_assignment_suggestion,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def iterate_list_bank_transactions(
        self,
        *,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        status: int | Unset = UNSET,
        bank_account: UUID | Unset = UNSET,
        bank_accounts: str | Unset = UNSET,
        uuid: UUID | Unset = UNSET,
        sort: ListBankTransactionsSort | Unset = ListBankTransactionsSort.CHRONOLOGICAL,
        with_assignment_suggestion: bool | Unset = False,
        tenantid: UUID | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> Iterator[models.BankTransaction]:
        """Every item of ``listBankTransactions``, in order, across pages (``GET /v1/bank-transactions``).

        ``start`` is the offset to resume from; ``page_size`` defaults to the largest the API accepts.
        """
        return _bank_transactions_list_bank_transactions.iterate(
            start_date=start_date,
            end_date=end_date,
            status=status,
            bank_account=bank_account,
            bank_accounts=bank_accounts,
            uuid=uuid,
            sort=sort,
            with_assignment_suggestion=with_assignment_suggestion,
            tenantid=tenantid,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    def pages_list_bank_transactions(
        self,
        *,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        status: int | Unset = UNSET,
        bank_account: UUID | Unset = UNSET,
        bank_accounts: str | Unset = UNSET,
        uuid: UUID | Unset = UNSET,
        sort: ListBankTransactionsSort | Unset = ListBankTransactionsSort.CHRONOLOGICAL,
        with_assignment_suggestion: bool | Unset = False,
        tenantid: UUID | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> Iterator[BankTransactionList]:
        """Every page of ``listBankTransactions`` (``GET /v1/bank-transactions``), fetched lazily."""
        return _bank_transactions_list_bank_transactions.pages(
            start_date=start_date,
            end_date=end_date,
            status=status,
            bank_account=bank_account,
            bank_accounts=bank_accounts,
            uuid=uuid,
            sort=sort,
            with_assignment_suggestion=with_assignment_suggestion,
            tenantid=tenantid,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    # The tag's one paged operation.
    iterate = iterate_list_bank_transactions
    pages = pages_list_bank_transactions

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    list = list_bank_transactions
    list_detailed = list_bank_transactions_detailed


class DomainInformationResource(Namespace[AuthenticatedClient]):
    """The ``domain_information`` operations."""

    def get_domain_information(
        self,
        *,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> DomainInformation:
        """Get domain information.

        ``GET /v1/domain-information`` (operationId ``getDomainInformation``)

        Spec summary: Récupération des informations du domaine

        Args:
            tenantid: UUID du dossier. (`tenantid`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            DomainInformation

        """

        return _domain_information_get_domain_information.sync(
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_domain_information_detailed(
        self,
        *,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[DomainInformation | EbpError]:
        """Get domain information. Returns the whole ``Response``.

        ``GET /v1/domain-information`` (operationId ``getDomainInformation``)

        Spec summary: Récupération des informations du domaine

        Args:
            tenantid: UUID du dossier. (`tenantid`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[DomainInformation | EbpError]

        """

        return _domain_information_get_domain_information.sync_detailed(
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    get = get_domain_information
    get_detailed = get_domain_information_detailed


class EntriesResource(Namespace[AuthenticatedClient]):
    """The ``entries`` operations."""

    def get_entry(
        self,
        uuid: UUID,
        *,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Entry:
        """Get entry.

        ``GET /v1/entries/{uuid}`` (operationId ``getEntry``)

        Spec summary: Récupération d'une écriture

        Args:
            uuid: UUID de l'écriture. (`uuid`, path)
            tenantid: UUID du dossier. (`tenantid`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Entry

        """

        return _entries_get_entry.sync(
            uuid=uuid,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_entry_detailed(
        self,
        uuid: UUID,
        *,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | Entry]:
        """Get entry. Returns the whole ``Response``.

        ``GET /v1/entries/{uuid}`` (operationId ``getEntry``)

        Spec summary: Récupération d'une écriture

        Args:
            uuid: UUID de l'écriture. (`uuid`, path)
            tenantid: UUID du dossier. (`tenantid`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | Entry]

        """

        return _entries_get_entry.sync_detailed(
            uuid=uuid,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    get = get_entry
    get_detailed = get_entry_detailed


class FolderSettingsResource(Namespace[AuthenticatedClient]):
    """The ``folder_settings`` operations."""

    def get_folder_settings(
        self,
        *,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> FolderSettings:
        """Get folder settings.

        ``GET /v1/folder-settings`` (operationId ``getFolderSettings``)

        Spec summary: Récupération des paramètres du domaine

        Args:
            tenantid: UUID du dossier. (`tenantid`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            FolderSettings

        """

        return _folder_settings_get_folder_settings.sync(
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_folder_settings_detailed(
        self,
        *,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | FolderSettings]:
        """Get folder settings. Returns the whole ``Response``.

        ``GET /v1/folder-settings`` (operationId ``getFolderSettings``)

        Spec summary: Récupération des paramètres du domaine

        Args:
            tenantid: UUID du dossier. (`tenantid`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | FolderSettings]

        """

        return _folder_settings_get_folder_settings.sync_detailed(
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def update_folder_settings(
        self,
        *,
        body: FolderSettingsUpdate,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> MessageResponse:
        """Update folder settings.

        ``PUT /v1/folder-settings`` (operationId ``updateFolderSettings``)

        Spec summary: Modifier les paramètres du domaine

        Args:
            tenantid: UUID du dossier. (`tenantid`, header)
            body: Modification des paramètres du domaine. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            MessageResponse

        """

        return _folder_settings_update_folder_settings.sync(
            body=body,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def update_folder_settings_detailed(
        self,
        *,
        body: FolderSettingsUpdate,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | MessageResponse]:
        """Update folder settings. Returns the whole ``Response``.

        ``PUT /v1/folder-settings`` (operationId ``updateFolderSettings``)

        Spec summary: Modifier les paramètres du domaine

        Args:
            tenantid: UUID du dossier. (`tenantid`, header)
            body: Modification des paramètres du domaine. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | MessageResponse]

        """

        return _folder_settings_update_folder_settings.sync_detailed(
            body=body,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    get = get_folder_settings
    get_detailed = get_folder_settings_detailed
    update = update_folder_settings
    update_detailed = update_folder_settings_detailed


class GeneralAccountsResource(Namespace[AuthenticatedClient]):
    """The ``general_accounts`` operations."""

    def list_general_accounts(
        self,
        *,
        skip: int | Unset = 0,
        take: int | Unset = 100,
        search: str | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        is_racine: bool | Unset = UNSET,
        is_collective: bool | Unset = UNSET,
        sort_field: str | Unset = UNSET,
        sort_direction: str | Unset = UNSET,
        number_from: int | Unset = UNSET,
        class_number: int | Unset = UNSET,
        vat_rate: Decimal | Unset = UNSET,
        vat_rate_uuid: UUID | Unset = UNSET,
        calculation_option: str | Unset = UNSET,
        territoriality: str | Unset = UNSET,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> GeneralAccountPage:
        """List general accounts.

        ``GET /v1/general-account`` (operationId ``listGeneralAccounts``)

        Spec summary: Récupérer des comptes généraux

        Args:
            skip: Pagination : nombre d'éléments à ignorer (par exemple commencer par l'élément 100). (`skip`,
                query)
            take: Pagination : nombre d'éléments à retourner à partir de `skip`. Au plus 100 par page (FAQ : au-
                dessus, une erreur est renvoyée). (`take`, query)
            search: Utilisé pour la recherche. (`search`, query)
            is_active: Utilisé pour filtrer les comptes actifs et inactifs. (`isActive`, query)
            is_racine: Utilisé pour filtrer les comptes racines et non racines. (`isRacine`, query)
            is_collective: Utilisé pour filtrer les comptes collectifs et non collectifs. (`isCollective`, query)
            sort_field: Utilisé pour trier les comptes (valeurs non précisées par la documentation). (`sortField`,
                query)
            sort_direction: Utilisé pour trier les comptes (valeurs non précisées par la documentation). (`sortDirection`,
                query)
            number_from: Utilisé pour retourner les comptes dont le numéro est supérieur ou égal. (`numberFrom`, query)
            class_number: Utilisé pour retourner les comptes d'une racine. (`classNumber`, query)
            vat_rate: Filtre par la valeur du taux de TVA (type `float` dans la documentation). (`vatRate`, query)
            vat_rate_uuid: Filtre par l'UUID du taux de TVA. (`vatRateUuid`, query)
            calculation_option: Filtre par option de calcul (par exemple `sur_les_encaissements`). (`calculationOption`, query)
            territoriality: Filtre par territorialité (valeur non précisée par la documentation). (`territoriality`, query)
            tenantid: UUID du dossier. (`tenantid`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            GeneralAccountPage

        """

        return _general_accounts_list_general_accounts.sync(
            skip=skip,
            take=take,
            search=search,
            is_active=is_active,
            is_racine=is_racine,
            is_collective=is_collective,
            sort_field=sort_field,
            sort_direction=sort_direction,
            number_from=number_from,
            class_number=class_number,
            vat_rate=vat_rate,
            vat_rate_uuid=vat_rate_uuid,
            calculation_option=calculation_option,
            territoriality=territoriality,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def list_general_accounts_detailed(
        self,
        *,
        skip: int | Unset = 0,
        take: int | Unset = 100,
        search: str | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        is_racine: bool | Unset = UNSET,
        is_collective: bool | Unset = UNSET,
        sort_field: str | Unset = UNSET,
        sort_direction: str | Unset = UNSET,
        number_from: int | Unset = UNSET,
        class_number: int | Unset = UNSET,
        vat_rate: Decimal | Unset = UNSET,
        vat_rate_uuid: UUID | Unset = UNSET,
        calculation_option: str | Unset = UNSET,
        territoriality: str | Unset = UNSET,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GeneralAccountPage]:
        """List general accounts. Returns the whole ``Response``.

        ``GET /v1/general-account`` (operationId ``listGeneralAccounts``)

        Spec summary: Récupérer des comptes généraux

        Args:
            skip: Pagination : nombre d'éléments à ignorer (par exemple commencer par l'élément 100). (`skip`,
                query)
            take: Pagination : nombre d'éléments à retourner à partir de `skip`. Au plus 100 par page (FAQ : au-
                dessus, une erreur est renvoyée). (`take`, query)
            search: Utilisé pour la recherche. (`search`, query)
            is_active: Utilisé pour filtrer les comptes actifs et inactifs. (`isActive`, query)
            is_racine: Utilisé pour filtrer les comptes racines et non racines. (`isRacine`, query)
            is_collective: Utilisé pour filtrer les comptes collectifs et non collectifs. (`isCollective`, query)
            sort_field: Utilisé pour trier les comptes (valeurs non précisées par la documentation). (`sortField`,
                query)
            sort_direction: Utilisé pour trier les comptes (valeurs non précisées par la documentation). (`sortDirection`,
                query)
            number_from: Utilisé pour retourner les comptes dont le numéro est supérieur ou égal. (`numberFrom`, query)
            class_number: Utilisé pour retourner les comptes d'une racine. (`classNumber`, query)
            vat_rate: Filtre par la valeur du taux de TVA (type `float` dans la documentation). (`vatRate`, query)
            vat_rate_uuid: Filtre par l'UUID du taux de TVA. (`vatRateUuid`, query)
            calculation_option: Filtre par option de calcul (par exemple `sur_les_encaissements`). (`calculationOption`, query)
            territoriality: Filtre par territorialité (valeur non précisée par la documentation). (`territoriality`, query)
            tenantid: UUID du dossier. (`tenantid`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GeneralAccountPage]

        """

        return _general_accounts_list_general_accounts.sync_detailed(
            skip=skip,
            take=take,
            search=search,
            is_active=is_active,
            is_racine=is_racine,
            is_collective=is_collective,
            sort_field=sort_field,
            sort_direction=sort_direction,
            number_from=number_from,
            class_number=class_number,
            vat_rate=vat_rate,
            vat_rate_uuid=vat_rate_uuid,
            calculation_option=calculation_option,
            territoriality=territoriality,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def iterate_list_general_accounts(
        self,
        *,
        search: str | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        is_racine: bool | Unset = UNSET,
        is_collective: bool | Unset = UNSET,
        sort_field: str | Unset = UNSET,
        sort_direction: str | Unset = UNSET,
        number_from: int | Unset = UNSET,
        class_number: int | Unset = UNSET,
        vat_rate: Decimal | Unset = UNSET,
        vat_rate_uuid: UUID | Unset = UNSET,
        calculation_option: str | Unset = UNSET,
        territoriality: str | Unset = UNSET,
        tenantid: UUID | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> Iterator[models.GeneralAccount]:
        """Every item of ``listGeneralAccounts``, in order, across pages (``GET /v1/general-account``).

        ``start`` is the offset to resume from; ``page_size`` defaults to the largest the API accepts.
        """
        return _general_accounts_list_general_accounts.iterate(
            search=search,
            is_active=is_active,
            is_racine=is_racine,
            is_collective=is_collective,
            sort_field=sort_field,
            sort_direction=sort_direction,
            number_from=number_from,
            class_number=class_number,
            vat_rate=vat_rate,
            vat_rate_uuid=vat_rate_uuid,
            calculation_option=calculation_option,
            territoriality=territoriality,
            tenantid=tenantid,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    def pages_list_general_accounts(
        self,
        *,
        search: str | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        is_racine: bool | Unset = UNSET,
        is_collective: bool | Unset = UNSET,
        sort_field: str | Unset = UNSET,
        sort_direction: str | Unset = UNSET,
        number_from: int | Unset = UNSET,
        class_number: int | Unset = UNSET,
        vat_rate: Decimal | Unset = UNSET,
        vat_rate_uuid: UUID | Unset = UNSET,
        calculation_option: str | Unset = UNSET,
        territoriality: str | Unset = UNSET,
        tenantid: UUID | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> Iterator[GeneralAccountPage]:
        """Every page of ``listGeneralAccounts`` (``GET /v1/general-account``), fetched lazily."""
        return _general_accounts_list_general_accounts.pages(
            search=search,
            is_active=is_active,
            is_racine=is_racine,
            is_collective=is_collective,
            sort_field=sort_field,
            sort_direction=sort_direction,
            number_from=number_from,
            class_number=class_number,
            vat_rate=vat_rate,
            vat_rate_uuid=vat_rate_uuid,
            calculation_option=calculation_option,
            territoriality=territoriality,
            tenantid=tenantid,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    def create_general_account(
        self,
        *,
        body: GeneralAccountCreate,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> MessageResponse:
        """Create general account.

        ``POST /v1/general-account`` (operationId ``createGeneralAccount``)

        Spec summary: Ajouter un compte général

        Args:
            tenantid: UUID du dossier. (`tenantid`, header)
            body: Création d'un compte général. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            MessageResponse

        """

        return _general_accounts_create_general_account.sync(
            body=body,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def create_general_account_detailed(
        self,
        *,
        body: GeneralAccountCreate,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | MessageResponse]:
        """Create general account. Returns the whole ``Response``.

        ``POST /v1/general-account`` (operationId ``createGeneralAccount``)

        Spec summary: Ajouter un compte général

        Args:
            tenantid: UUID du dossier. (`tenantid`, header)
            body: Création d'un compte général. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | MessageResponse]

        """

        return _general_accounts_create_general_account.sync_detailed(
            body=body,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def update_general_accounts_status(
        self,
        *,
        body: GeneralAccountStatusUpdate,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> StatusChangeResult:
        """Update general accounts status.

        ``PATCH /v1/general-account`` (operationId ``updateGeneralAccountsStatus``)

        Spec summary: Modifier le statut d'un ou plusieurs comptes généraux

        Args:
            tenantid: UUID du dossier. (`tenantid`, header)
            body: Modification du statut d'un ou plusieurs comptes généraux. Les champs `isActive`, `isRacine`,
                `isCollective`, `search` et `class` sont des filtres. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            StatusChangeResult

        """

        return _general_accounts_update_general_accounts_status.sync(
            body=body,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def update_general_accounts_status_detailed(
        self,
        *,
        body: GeneralAccountStatusUpdate,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | StatusChangeResult]:
        """Update general accounts status. Returns the whole ``Response``.

        ``PATCH /v1/general-account`` (operationId ``updateGeneralAccountsStatus``)

        Spec summary: Modifier le statut d'un ou plusieurs comptes généraux

        Args:
            tenantid: UUID du dossier. (`tenantid`, header)
            body: Modification du statut d'un ou plusieurs comptes généraux. Les champs `isActive`, `isRacine`,
                `isCollective`, `search` et `class` sont des filtres. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | StatusChangeResult]

        """

        return _general_accounts_update_general_accounts_status.sync_detailed(
            body=body,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_general_account(
        self,
        number_or_uuid: str,
        *,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> GeneralAccount:
        """Get general account.

        ``GET /v1/general-account/{numberOrUuid}`` (operationId ``getGeneralAccount``)

        Spec summary: Récupérer un compte général

        Args:
            number_or_uuid: Numéro du compte général (paramètre `number` de la documentation). (`numberOrUuid`, path)
            tenantid: UUID du dossier. (`tenantid`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            GeneralAccount

        """

        return _general_accounts_get_general_account.sync(
            number_or_uuid=number_or_uuid,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_general_account_detailed(
        self,
        number_or_uuid: str,
        *,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GeneralAccount]:
        """Get general account. Returns the whole ``Response``.

        ``GET /v1/general-account/{numberOrUuid}`` (operationId ``getGeneralAccount``)

        Spec summary: Récupérer un compte général

        Args:
            number_or_uuid: Numéro du compte général (paramètre `number` de la documentation). (`numberOrUuid`, path)
            tenantid: UUID du dossier. (`tenantid`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GeneralAccount]

        """

        return _general_accounts_get_general_account.sync_detailed(
            number_or_uuid=number_or_uuid,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def update_general_account(
        self,
        number_or_uuid: UUID,
        *,
        body: GeneralAccountUpdate,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> MessageResponse:
        """Update general account.

        ``PUT /v1/general-account/{numberOrUuid}`` (operationId ``updateGeneralAccount``)

        Spec summary: Mettre à jour un compte général

        Args:
            number_or_uuid: UUID du compte général (paramètre `uuid` de la documentation). (`numberOrUuid`, path)
            tenantid: UUID du dossier. (`tenantid`, header)
            body: Modification d'un compte général. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            MessageResponse

        """

        return _general_accounts_update_general_account.sync(
            number_or_uuid=number_or_uuid,
            body=body,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def update_general_account_detailed(
        self,
        number_or_uuid: UUID,
        *,
        body: GeneralAccountUpdate,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | MessageResponse]:
        """Update general account. Returns the whole ``Response``.

        ``PUT /v1/general-account/{numberOrUuid}`` (operationId ``updateGeneralAccount``)

        Spec summary: Mettre à jour un compte général

        Args:
            number_or_uuid: UUID du compte général (paramètre `uuid` de la documentation). (`numberOrUuid`, path)
            tenantid: UUID du dossier. (`tenantid`, header)
            body: Modification d'un compte général. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | MessageResponse]

        """

        return _general_accounts_update_general_account.sync_detailed(
            number_or_uuid=number_or_uuid,
            body=body,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    # The tag's one paged operation.
    iterate = iterate_list_general_accounts
    pages = pages_list_general_accounts

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    list = list_general_accounts
    list_detailed = list_general_accounts_detailed
    create = create_general_account
    create_detailed = create_general_account_detailed
    get = get_general_account
    get_detailed = get_general_account_detailed
    update = update_general_account
    update_detailed = update_general_account_detailed


class JournalEntryResource(Namespace[AuthenticatedClient]):
    """The ``journal_entry`` operations."""

    def create_journal_entry(
        self,
        *,
        body: JournalEntryRequest,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> JournalEntryCreated:
        """Create journal entry.

        ``POST /v1/journal-entry`` (operationId ``createJournalEntry``)

        Spec summary: Ajouter une saisie journal

        Args:
            tenantid: UUID du dossier. (`tenantid`, header)
            body: Saisie journal (création ou modification d'écritures). (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            JournalEntryCreated

        """

        return _journal_entry_create_journal_entry.sync(
            body=body,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def create_journal_entry_detailed(
        self,
        *,
        body: JournalEntryRequest,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | JournalEntryCreated]:
        """Create journal entry. Returns the whole ``Response``.

        ``POST /v1/journal-entry`` (operationId ``createJournalEntry``)

        Spec summary: Ajouter une saisie journal

        Args:
            tenantid: UUID du dossier. (`tenantid`, header)
            body: Saisie journal (création ou modification d'écritures). (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | JournalEntryCreated]

        """

        return _journal_entry_create_journal_entry.sync_detailed(
            body=body,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    create = create_journal_entry
    create_detailed = create_journal_entry_detailed


class JournalsResource(Namespace[AuthenticatedClient]):
    """The ``journals`` operations."""

    def list_journals(
        self,
        *,
        filter_: str | Unset = UNSET,
        order: str | Unset = UNSET,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> JournalList:
        """List journals.

        ``GET /v1/journals`` (operationId ``listJournals``)

        Spec summary: Récupération des journaux

        Args:
            filter_: Les données pour filtrer le résultat. Opérateurs : `^` commence par ; `%` contient ; `!%` ne
                contient pas ; `gte` supérieur ou égal à ; `gt` supérieur à ; `lte` inférieur ou égal à ; `lt`
                inférieur à ; `$` fini par ; `lneq` la longueur de la valeur du champ égale à. La syntaxe exacte
                du paramètre n'est pas documentée. (`filter`, query)
            order: Permet de trier la requête (syntaxe non documentée). (`order`, query)
            tenantid: UUID du dossier. (`tenantid`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            JournalList

        """

        return _journals_list_journals.sync(
            filter_=filter_,
            order=order,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def list_journals_detailed(
        self,
        *,
        filter_: str | Unset = UNSET,
        order: str | Unset = UNSET,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | JournalList]:
        """List journals. Returns the whole ``Response``.

        ``GET /v1/journals`` (operationId ``listJournals``)

        Spec summary: Récupération des journaux

        Args:
            filter_: Les données pour filtrer le résultat. Opérateurs : `^` commence par ; `%` contient ; `!%` ne
                contient pas ; `gte` supérieur ou égal à ; `gt` supérieur à ; `lte` inférieur ou égal à ; `lt`
                inférieur à ; `$` fini par ; `lneq` la longueur de la valeur du champ égale à. La syntaxe exacte
                du paramètre n'est pas documentée. (`filter`, query)
            order: Permet de trier la requête (syntaxe non documentée). (`order`, query)
            tenantid: UUID du dossier. (`tenantid`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | JournalList]

        """

        return _journals_list_journals.sync_detailed(
            filter_=filter_,
            order=order,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def create_journal(
        self,
        *,
        body: JournalCreate,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> MessageResponse:
        """Create journal.

        ``POST /v1/journals`` (operationId ``createJournal``)

        Spec summary: Ajouter un journal

        Args:
            tenantid: UUID du dossier. (`tenantid`, header)
            body: Création d'un journal. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            MessageResponse

        """

        return _journals_create_journal.sync(
            body=body,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def create_journal_detailed(
        self,
        *,
        body: JournalCreate,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | MessageResponse]:
        """Create journal. Returns the whole ``Response``.

        ``POST /v1/journals`` (operationId ``createJournal``)

        Spec summary: Ajouter un journal

        Args:
            tenantid: UUID du dossier. (`tenantid`, header)
            body: Création d'un journal. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | MessageResponse]

        """

        return _journals_create_journal.sync_detailed(
            body=body,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_journal(
        self,
        code_or_uuid: str,
        *,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Journal:
        """Get journal.

        ``GET /v1/journals/{codeOrUuid}`` (operationId ``getJournal``)

        Spec summary: Récupération d'un journal par son code

        Args:
            code_or_uuid: Code journal (paramètre `code` de la documentation). (`codeOrUuid`, path)
            tenantid: UUID du dossier. (`tenantid`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Journal

        """

        return _journals_get_journal.sync(
            code_or_uuid=code_or_uuid,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_journal_detailed(
        self,
        code_or_uuid: str,
        *,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | Journal]:
        """Get journal. Returns the whole ``Response``.

        ``GET /v1/journals/{codeOrUuid}`` (operationId ``getJournal``)

        Spec summary: Récupération d'un journal par son code

        Args:
            code_or_uuid: Code journal (paramètre `code` de la documentation). (`codeOrUuid`, path)
            tenantid: UUID du dossier. (`tenantid`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | Journal]

        """

        return _journals_get_journal.sync_detailed(
            code_or_uuid=code_or_uuid,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def update_journal(
        self,
        code_or_uuid: UUID,
        *,
        body: JournalUpdate,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> MessageResponse:
        """Update journal.

        ``PUT /v1/journals/{codeOrUuid}`` (operationId ``updateJournal``)

        Spec summary: Modifier un journal

        Args:
            code_or_uuid: Identifiant (UUID) du journal (paramètre `journalUuid` de la documentation). (`codeOrUuid`,
                path)
            tenantid: UUID du dossier. (`tenantid`, header)
            body: Modification d'un journal (champs repris de l'exemple de la documentation). (request body,
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
            MessageResponse

        """

        return _journals_update_journal.sync(
            code_or_uuid=code_or_uuid,
            body=body,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def update_journal_detailed(
        self,
        code_or_uuid: UUID,
        *,
        body: JournalUpdate,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | MessageResponse]:
        """Update journal. Returns the whole ``Response``.

        ``PUT /v1/journals/{codeOrUuid}`` (operationId ``updateJournal``)

        Spec summary: Modifier un journal

        Args:
            code_or_uuid: Identifiant (UUID) du journal (paramètre `journalUuid` de la documentation). (`codeOrUuid`,
                path)
            tenantid: UUID du dossier. (`tenantid`, header)
            body: Modification d'un journal (champs repris de l'exemple de la documentation). (request body,
                application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | MessageResponse]

        """

        return _journals_update_journal.sync_detailed(
            code_or_uuid=code_or_uuid,
            body=body,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    list = list_journals
    list_detailed = list_journals_detailed
    create = create_journal
    create_detailed = create_journal_detailed
    get = get_journal
    get_detailed = get_journal_detailed
    update = update_journal
    update_detailed = update_journal_detailed


class LinesEntriesResource(Namespace[AuthenticatedClient]):
    """The ``lines_entries`` operations."""

    def list_lines_entries(
        self,
        *,
        skip: int | Unset = 0,
        take: int | Unset = 100,
        general_account: str | Unset = UNSET,
        auxiliary_account: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        valid: bool | Unset = UNSET,
        lettered: bool | Unset = UNSET,
        assigned: bool | Unset = UNSET,
        search: str | Unset = UNSET,
        amount: Decimal | Unset = UNSET,
        bank_deposit: bool | Unset = UNSET,
        nature: str | Unset = UNSET,
        journals: str | Unset = UNSET,
        sort_field: str | Unset = UNSET,
        sort_direction: str | Unset = UNSET,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> LineEntryPage:
        """List lines entries.

        ``GET /v1/lines-entries`` (operationId ``listLinesEntries``)

        Spec summary: Récupération des écritures

        Args:
            skip: Pagination : nombre d'éléments à ignorer (par exemple commencer par l'élément 100). (`skip`,
                query)
            take: Pagination : nombre d'éléments à retourner à partir de `skip`. Au plus 100 par page (FAQ : au-
                dessus, une erreur est renvoyée). (`take`, query)
            general_account: Numéro d'un compte général, exemple 40100000. (`generalAccount`, query)
            auxiliary_account: Numéro d'un tiers, exemple F0000001. (`auxiliaryAccount`, query)
            start_date: Date d'écriture à partir de cette date, 'Y-m-d' exemple 2021-04-13. (`startDate`, query)
            end_date: Date d'écriture jusqu'à cette date, 'Y-m-d' exemple 2021-12-31. (`endDate`, query)
            valid: Vérifie les écritures qui sont validées. (`valid`, query)
            lettered: Vérifie les lignes qui sont lettrées. (`lettered`, query)
            assigned: Vérifie les lignes qui sont assignées. (`assigned`, query)
            search: Rechercher par Journal, Date d'écriture, N° d'écriture, Libellé, Débit, Crédit, Pièce, Document,
                Échéance. (`search`, query)
            amount: Montant (type `float` dans la documentation). (`amount`, query)
            bank_deposit: Remise en banque. (`bankDeposit`, query)
            nature: Code nature. (`nature`, query)
            journals: Codes journaux. (`journals`, query)
            sort_field: Utilisé pour trier les écritures (valeurs non précisées par la documentation). (`sortField`,
                query)
            sort_direction: Utilisé pour trier les écritures (valeurs non précisées par la documentation). (`sortDirection`,
                query)
            tenantid: UUID du dossier. (`tenantid`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            LineEntryPage

        """

        return _lines_entries_list_lines_entries.sync(
            skip=skip,
            take=take,
            general_account=general_account,
            auxiliary_account=auxiliary_account,
            start_date=start_date,
            end_date=end_date,
            valid=valid,
            lettered=lettered,
            assigned=assigned,
            search=search,
            amount=amount,
            bank_deposit=bank_deposit,
            nature=nature,
            journals=journals,
            sort_field=sort_field,
            sort_direction=sort_direction,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def list_lines_entries_detailed(
        self,
        *,
        skip: int | Unset = 0,
        take: int | Unset = 100,
        general_account: str | Unset = UNSET,
        auxiliary_account: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        valid: bool | Unset = UNSET,
        lettered: bool | Unset = UNSET,
        assigned: bool | Unset = UNSET,
        search: str | Unset = UNSET,
        amount: Decimal | Unset = UNSET,
        bank_deposit: bool | Unset = UNSET,
        nature: str | Unset = UNSET,
        journals: str | Unset = UNSET,
        sort_field: str | Unset = UNSET,
        sort_direction: str | Unset = UNSET,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | LineEntryPage]:
        """List lines entries. Returns the whole ``Response``.

        ``GET /v1/lines-entries`` (operationId ``listLinesEntries``)

        Spec summary: Récupération des écritures

        Args:
            skip: Pagination : nombre d'éléments à ignorer (par exemple commencer par l'élément 100). (`skip`,
                query)
            take: Pagination : nombre d'éléments à retourner à partir de `skip`. Au plus 100 par page (FAQ : au-
                dessus, une erreur est renvoyée). (`take`, query)
            general_account: Numéro d'un compte général, exemple 40100000. (`generalAccount`, query)
            auxiliary_account: Numéro d'un tiers, exemple F0000001. (`auxiliaryAccount`, query)
            start_date: Date d'écriture à partir de cette date, 'Y-m-d' exemple 2021-04-13. (`startDate`, query)
            end_date: Date d'écriture jusqu'à cette date, 'Y-m-d' exemple 2021-12-31. (`endDate`, query)
            valid: Vérifie les écritures qui sont validées. (`valid`, query)
            lettered: Vérifie les lignes qui sont lettrées. (`lettered`, query)
            assigned: Vérifie les lignes qui sont assignées. (`assigned`, query)
            search: Rechercher par Journal, Date d'écriture, N° d'écriture, Libellé, Débit, Crédit, Pièce, Document,
                Échéance. (`search`, query)
            amount: Montant (type `float` dans la documentation). (`amount`, query)
            bank_deposit: Remise en banque. (`bankDeposit`, query)
            nature: Code nature. (`nature`, query)
            journals: Codes journaux. (`journals`, query)
            sort_field: Utilisé pour trier les écritures (valeurs non précisées par la documentation). (`sortField`,
                query)
            sort_direction: Utilisé pour trier les écritures (valeurs non précisées par la documentation). (`sortDirection`,
                query)
            tenantid: UUID du dossier. (`tenantid`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | LineEntryPage]

        """

        return _lines_entries_list_lines_entries.sync_detailed(
            skip=skip,
            take=take,
            general_account=general_account,
            auxiliary_account=auxiliary_account,
            start_date=start_date,
            end_date=end_date,
            valid=valid,
            lettered=lettered,
            assigned=assigned,
            search=search,
            amount=amount,
            bank_deposit=bank_deposit,
            nature=nature,
            journals=journals,
            sort_field=sort_field,
            sort_direction=sort_direction,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def iterate_list_lines_entries(
        self,
        *,
        general_account: str | Unset = UNSET,
        auxiliary_account: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        valid: bool | Unset = UNSET,
        lettered: bool | Unset = UNSET,
        assigned: bool | Unset = UNSET,
        search: str | Unset = UNSET,
        amount: Decimal | Unset = UNSET,
        bank_deposit: bool | Unset = UNSET,
        nature: str | Unset = UNSET,
        journals: str | Unset = UNSET,
        sort_field: str | Unset = UNSET,
        sort_direction: str | Unset = UNSET,
        tenantid: UUID | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> Iterator[models.LineEntry]:
        """Every item of ``listLinesEntries``, in order, across pages (``GET /v1/lines-entries``).

        ``start`` is the offset to resume from; ``page_size`` defaults to the largest the API accepts.
        """
        return _lines_entries_list_lines_entries.iterate(
            general_account=general_account,
            auxiliary_account=auxiliary_account,
            start_date=start_date,
            end_date=end_date,
            valid=valid,
            lettered=lettered,
            assigned=assigned,
            search=search,
            amount=amount,
            bank_deposit=bank_deposit,
            nature=nature,
            journals=journals,
            sort_field=sort_field,
            sort_direction=sort_direction,
            tenantid=tenantid,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    def pages_list_lines_entries(
        self,
        *,
        general_account: str | Unset = UNSET,
        auxiliary_account: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        valid: bool | Unset = UNSET,
        lettered: bool | Unset = UNSET,
        assigned: bool | Unset = UNSET,
        search: str | Unset = UNSET,
        amount: Decimal | Unset = UNSET,
        bank_deposit: bool | Unset = UNSET,
        nature: str | Unset = UNSET,
        journals: str | Unset = UNSET,
        sort_field: str | Unset = UNSET,
        sort_direction: str | Unset = UNSET,
        tenantid: UUID | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> Iterator[LineEntryPage]:
        """Every page of ``listLinesEntries`` (``GET /v1/lines-entries``), fetched lazily."""
        return _lines_entries_list_lines_entries.pages(
            general_account=general_account,
            auxiliary_account=auxiliary_account,
            start_date=start_date,
            end_date=end_date,
            valid=valid,
            lettered=lettered,
            assigned=assigned,
            search=search,
            amount=amount,
            bank_deposit=bank_deposit,
            nature=nature,
            journals=journals,
            sort_field=sort_field,
            sort_direction=sort_direction,
            tenantid=tenantid,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    # The tag's one paged operation.
    iterate = iterate_list_lines_entries
    pages = pages_list_lines_entries

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    list = list_lines_entries
    list_detailed = list_lines_entries_detailed


class SearchEntriesResource(Namespace[AuthenticatedClient]):
    """The ``search_entries`` operations."""

    def search_entries(
        self,
        *,
        uuids: str,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> list[SearchEntry]:
        """Search entries.

        ``GET /v1/search-entries/entries`` (operationId ``searchEntries``)

        Spec summary: Rechercher des écritures

        Args:
            uuids: Identifiants des écritures séparés par des virgules. (`uuids`, query)
            tenantid: UUID du dossier. (`tenantid`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            list[SearchEntry]

        """

        return _search_entries_search_entries.sync(
            uuids=uuids,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def search_entries_detailed(
        self,
        *,
        uuids: str,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | list[SearchEntry]]:
        """Search entries. Returns the whole ``Response``.

        ``GET /v1/search-entries/entries`` (operationId ``searchEntries``)

        Spec summary: Rechercher des écritures

        Args:
            uuids: Identifiants des écritures séparés par des virgules. (`uuids`, query)
            tenantid: UUID du dossier. (`tenantid`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | list[SearchEntry]]

        """

        return _search_entries_search_entries.sync_detailed(
            uuids=uuids,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )


class VatRatesResource(Namespace[AuthenticatedClient]):
    """The ``vat_rates`` operations."""

    def get_vat_rates(
        self,
        *,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> VatRateList:
        """Get vat rates.

        ``GET /v1/vat-rate`` (operationId ``getVatRates``)

        Spec summary: Récupération des taux de TVA

        Args:
            tenantid: UUID du dossier. (`tenantid`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            VatRateList

        """

        return _vat_rates_get_vat_rates.sync(
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_vat_rates_detailed(
        self,
        *,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | VatRateList]:
        """Get vat rates. Returns the whole ``Response``.

        ``GET /v1/vat-rate`` (operationId ``getVatRates``)

        Spec summary: Récupération des taux de TVA

        Args:
            tenantid: UUID du dossier. (`tenantid`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | VatRateList]

        """

        return _vat_rates_get_vat_rates.sync_detailed(
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    get = get_vat_rates
    get_detailed = get_vat_rates_detailed


@define
class HubbixComptaClient(AuthenticatedClient):
    """The ebp_hubbix_compta client with one namespace per tag: attachments, auxiliary_accounts, bank_transactions, domain_information, entries, folder_settings, general_accounts, journal_entry, journals, lines_entries, search_entries, vat_rates."""

    @property
    def attachments(self) -> AttachmentsResource:
        """The ``attachments`` operations."""
        return AttachmentsResource(self)

    @property
    def auxiliary_accounts(self) -> AuxiliaryAccountsResource:
        """The ``auxiliary_accounts`` operations."""
        return AuxiliaryAccountsResource(self)

    @property
    def bank_transactions(self) -> BankTransactionsResource:
        """The ``bank_transactions`` operations."""
        return BankTransactionsResource(self)

    @property
    def domain_information(self) -> DomainInformationResource:
        """The ``domain_information`` operations."""
        return DomainInformationResource(self)

    @property
    def entries(self) -> EntriesResource:
        """The ``entries`` operations."""
        return EntriesResource(self)

    @property
    def folder_settings(self) -> FolderSettingsResource:
        """The ``folder_settings`` operations."""
        return FolderSettingsResource(self)

    @property
    def general_accounts(self) -> GeneralAccountsResource:
        """The ``general_accounts`` operations."""
        return GeneralAccountsResource(self)

    @property
    def journal_entry(self) -> JournalEntryResource:
        """The ``journal_entry`` operations."""
        return JournalEntryResource(self)

    @property
    def journals(self) -> JournalsResource:
        """The ``journals`` operations."""
        return JournalsResource(self)

    @property
    def lines_entries(self) -> LinesEntriesResource:
        """The ``lines_entries`` operations."""
        return LinesEntriesResource(self)

    @property
    def search_entries(self) -> SearchEntriesResource:
        """The ``search_entries`` operations."""
        return SearchEntriesResource(self)

    @property
    def vat_rates(self) -> VatRatesResource:
        """The ``vat_rates`` operations."""
        return VatRatesResource(self)


class AsyncAttachmentsResource(Namespace[AsyncAuthenticatedClient]):
    """The ``attachments`` operations."""

    async def get_attachment(
        self,
        uuid_ms: UUID,
        *,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> File:
        """Get attachment.

        ``GET /v1/pieces-jointes/{uuidMs}`` (operationId ``getAttachment``)

        Spec summary: Récupération d'une pièce jointe par son identifiant

        Args:
            uuid_ms: Identifiant de pièce jointe. (`uuidMs`, path)
            tenantid: UUID du dossier. (`tenantid`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            File

        """

        return await _attachments_get_attachment.asyncio(
            uuid_ms=uuid_ms,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_attachment_detailed(
        self,
        uuid_ms: UUID,
        *,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | File]:
        """Get attachment. Returns the whole ``Response``.

        ``GET /v1/pieces-jointes/{uuidMs}`` (operationId ``getAttachment``)

        Spec summary: Récupération d'une pièce jointe par son identifiant

        Args:
            uuid_ms: Identifiant de pièce jointe. (`uuidMs`, path)
            tenantid: UUID du dossier. (`tenantid`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | File]

        """

        return await _attachments_get_attachment.asyncio_detailed(
            uuid_ms=uuid_ms,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def add_attachment(
        self,
        *,
        body: AttachmentUpload,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Attachment:
        """Add attachment.

        ``POST /v1/pieces-jointes/add`` (operationId ``addAttachment``)

        Spec summary: Ajouter une pièce jointe

        Args:
            tenantid: UUID du dossier. (`tenantid`, header)
            body: Pièce jointe à envoyer (multipart/form-data). (request body, multipart/form-data)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Attachment

        """

        return await _attachments_add_attachment.asyncio(
            body=body,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def add_attachment_detailed(
        self,
        *,
        body: AttachmentUpload,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[Attachment | EbpError]:
        """Add attachment. Returns the whole ``Response``.

        ``POST /v1/pieces-jointes/add`` (operationId ``addAttachment``)

        Spec summary: Ajouter une pièce jointe

        Args:
            tenantid: UUID du dossier. (`tenantid`, header)
            body: Pièce jointe à envoyer (multipart/form-data). (request body, multipart/form-data)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[Attachment | EbpError]

        """

        return await _attachments_add_attachment.asyncio_detailed(
            body=body,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    get = get_attachment
    get_detailed = get_attachment_detailed
    add = add_attachment
    add_detailed = add_attachment_detailed


class AsyncAuxiliaryAccountsResource(Namespace[AsyncAuthenticatedClient]):
    """The ``auxiliary_accounts`` operations."""

    async def get_auxiliary_account_types(
        self,
        *,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> AuxiliaryAccountTypeList:
        """Get auxiliary account types.

        ``GET /v1/auxiliary-account-types`` (operationId ``getAuxiliaryAccountTypes``)

        Spec summary: Récupération des catégories de comptes de tiers

        Args:
            tenantid: UUID du dossier. (`tenantid`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            AuxiliaryAccountTypeList

        """

        return await _auxiliary_accounts_get_auxiliary_account_types.asyncio(
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_auxiliary_account_types_detailed(
        self,
        *,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[AuxiliaryAccountTypeList | EbpError]:
        """Get auxiliary account types. Returns the whole ``Response``.

        ``GET /v1/auxiliary-account-types`` (operationId ``getAuxiliaryAccountTypes``)

        Spec summary: Récupération des catégories de comptes de tiers

        Args:
            tenantid: UUID du dossier. (`tenantid`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[AuxiliaryAccountTypeList | EbpError]

        """

        return await _auxiliary_accounts_get_auxiliary_account_types.asyncio_detailed(
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def list_auxiliary_accounts(
        self,
        *,
        category: str | Unset = UNSET,
        skip: int | Unset = 0,
        take: int | Unset = 100,
        search: str | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        number_from: str | Unset = UNSET,
        sort_field: str | Unset = UNSET,
        sort_direction: str | Unset = UNSET,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> AuxiliaryAccountPage:
        """List auxiliary accounts.

        ``GET /v1/auxiliary-accounts`` (operationId ``listAuxiliaryAccounts``)

        Spec summary: Récupérer des tiers

        Args:
            category: Utilisé pour la catégorie. La documentation ne précise pas la forme de la valeur (l'exemple
                utilise l'UUID de la catégorie « Clients »). (`category`, query)
            skip: Pagination : nombre d'éléments à ignorer (par exemple commencer par l'élément 100). (`skip`,
                query)
            take: Pagination : nombre d'éléments à retourner à partir de `skip`. Au plus 100 par page (FAQ : au-
                dessus, une erreur est renvoyée). (`take`, query)
            search: Utilisé pour la recherche. (`search`, query)
            is_active: Utilisé pour filtrer les comptes actifs et inactifs. (`isActive`, query)
            number_from: Numéro de compte à partir de. (`numberFrom`, query)
            sort_field: Utilisé pour trier les comptes (valeurs non précisées par la documentation). (`sortField`,
                query)
            sort_direction: Utilisé pour trier les comptes (valeurs non précisées par la documentation). (`sortDirection`,
                query)
            tenantid: UUID du dossier. (`tenantid`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            AuxiliaryAccountPage

        """

        return await _auxiliary_accounts_list_auxiliary_accounts.asyncio(
            category=category,
            skip=skip,
            take=take,
            search=search,
            is_active=is_active,
            number_from=number_from,
            sort_field=sort_field,
            sort_direction=sort_direction,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def list_auxiliary_accounts_detailed(
        self,
        *,
        category: str | Unset = UNSET,
        skip: int | Unset = 0,
        take: int | Unset = 100,
        search: str | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        number_from: str | Unset = UNSET,
        sort_field: str | Unset = UNSET,
        sort_direction: str | Unset = UNSET,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[AuxiliaryAccountPage | EbpError]:
        """List auxiliary accounts. Returns the whole ``Response``.

        ``GET /v1/auxiliary-accounts`` (operationId ``listAuxiliaryAccounts``)

        Spec summary: Récupérer des tiers

        Args:
            category: Utilisé pour la catégorie. La documentation ne précise pas la forme de la valeur (l'exemple
                utilise l'UUID de la catégorie « Clients »). (`category`, query)
            skip: Pagination : nombre d'éléments à ignorer (par exemple commencer par l'élément 100). (`skip`,
                query)
            take: Pagination : nombre d'éléments à retourner à partir de `skip`. Au plus 100 par page (FAQ : au-
                dessus, une erreur est renvoyée). (`take`, query)
            search: Utilisé pour la recherche. (`search`, query)
            is_active: Utilisé pour filtrer les comptes actifs et inactifs. (`isActive`, query)
            number_from: Numéro de compte à partir de. (`numberFrom`, query)
            sort_field: Utilisé pour trier les comptes (valeurs non précisées par la documentation). (`sortField`,
                query)
            sort_direction: Utilisé pour trier les comptes (valeurs non précisées par la documentation). (`sortDirection`,
                query)
            tenantid: UUID du dossier. (`tenantid`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[AuxiliaryAccountPage | EbpError]

        """

        return await _auxiliary_accounts_list_auxiliary_accounts.asyncio_detailed(
            category=category,
            skip=skip,
            take=take,
            search=search,
            is_active=is_active,
            number_from=number_from,
            sort_field=sort_field,
            sort_direction=sort_direction,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def iterate_list_auxiliary_accounts(
        self,
        *,
        category: str | Unset = UNSET,
        search: str | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        number_from: str | Unset = UNSET,
        sort_field: str | Unset = UNSET,
        sort_direction: str | Unset = UNSET,
        tenantid: UUID | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> AsyncIterator[models.AuxiliaryAccount]:
        """Every item of ``listAuxiliaryAccounts``, in order, across pages (``GET /v1/auxiliary-accounts``).

        ``start`` is the offset to resume from; ``page_size`` defaults to the largest the API accepts.
        """
        return _auxiliary_accounts_list_auxiliary_accounts.aiterate(
            category=category,
            search=search,
            is_active=is_active,
            number_from=number_from,
            sort_field=sort_field,
            sort_direction=sort_direction,
            tenantid=tenantid,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    async def create_auxiliary_account(
        self,
        *,
        body: AuxiliaryAccountCreate,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> AuxiliaryAccountCreated:
        """Create auxiliary account.

        ``POST /v1/auxiliary-accounts`` (operationId ``createAuxiliaryAccount``)

        Spec summary: Ajouter un tiers

        Args:
            tenantid: UUID du dossier. (`tenantid`, header)
            body: Création d'un compte de tiers. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            AuxiliaryAccountCreated

        """

        return await _auxiliary_accounts_create_auxiliary_account.asyncio(
            body=body,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def create_auxiliary_account_detailed(
        self,
        *,
        body: AuxiliaryAccountCreate,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[AuxiliaryAccountCreated | EbpError]:
        """Create auxiliary account. Returns the whole ``Response``.

        ``POST /v1/auxiliary-accounts`` (operationId ``createAuxiliaryAccount``)

        Spec summary: Ajouter un tiers

        Args:
            tenantid: UUID du dossier. (`tenantid`, header)
            body: Création d'un compte de tiers. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[AuxiliaryAccountCreated | EbpError]

        """

        return await _auxiliary_accounts_create_auxiliary_account.asyncio_detailed(
            body=body,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def update_auxiliary_accounts_status(
        self,
        *,
        body: AuxiliaryAccountStatusUpdate,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> StatusChangeResult:
        """Update auxiliary accounts status.

        ``PATCH /v1/auxiliary-accounts`` (operationId ``updateAuxiliaryAccountsStatus``)

        Spec summary: Modifier le statut d'un ou plusieurs tiers

        Args:
            tenantid: UUID du dossier. (`tenantid`, header)
            body: Modification du statut d'un ou plusieurs comptes de tiers. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            StatusChangeResult

        """

        return await _auxiliary_accounts_update_auxiliary_accounts_status.asyncio(
            body=body,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def update_auxiliary_accounts_status_detailed(
        self,
        *,
        body: AuxiliaryAccountStatusUpdate,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | StatusChangeResult]:
        """Update auxiliary accounts status. Returns the whole ``Response``.

        ``PATCH /v1/auxiliary-accounts`` (operationId ``updateAuxiliaryAccountsStatus``)

        Spec summary: Modifier le statut d'un ou plusieurs tiers

        Args:
            tenantid: UUID du dossier. (`tenantid`, header)
            body: Modification du statut d'un ou plusieurs comptes de tiers. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | StatusChangeResult]

        """

        return await _auxiliary_accounts_update_auxiliary_accounts_status.asyncio_detailed(
            body=body,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_auxiliary_account(
        self,
        number_or_uuid: str,
        *,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> AuxiliaryAccount:
        """Get auxiliary account.

        ``GET /v1/auxiliary-accounts/{numberOrUuid}`` (operationId ``getAuxiliaryAccount``)

        Spec summary: Récupérer un tiers

        Args:
            number_or_uuid: Numéro de compte du tiers (paramètre `number` de la documentation). (`numberOrUuid`, path)
            tenantid: UUID du dossier. (`tenantid`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            AuxiliaryAccount

        """

        return await _auxiliary_accounts_get_auxiliary_account.asyncio(
            number_or_uuid=number_or_uuid,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_auxiliary_account_detailed(
        self,
        number_or_uuid: str,
        *,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[AuxiliaryAccount | EbpError]:
        """Get auxiliary account. Returns the whole ``Response``.

        ``GET /v1/auxiliary-accounts/{numberOrUuid}`` (operationId ``getAuxiliaryAccount``)

        Spec summary: Récupérer un tiers

        Args:
            number_or_uuid: Numéro de compte du tiers (paramètre `number` de la documentation). (`numberOrUuid`, path)
            tenantid: UUID du dossier. (`tenantid`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[AuxiliaryAccount | EbpError]

        """

        return await _auxiliary_accounts_get_auxiliary_account.asyncio_detailed(
            number_or_uuid=number_or_uuid,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def update_auxiliary_account(
        self,
        number_or_uuid: UUID,
        *,
        body: AuxiliaryAccountUpdate,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> StatusChangeResult:
        """Update auxiliary account.

        ``PUT /v1/auxiliary-accounts/{numberOrUuid}`` (operationId ``updateAuxiliaryAccount``)

        Spec summary: Mettre à jour un tiers

        Args:
            number_or_uuid: UUID du compte de tiers (paramètre `uuid` de la documentation). (`numberOrUuid`, path)
            tenantid: UUID du dossier. (`tenantid`, header)
            body: Modification d'un compte de tiers. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            StatusChangeResult

        """

        return await _auxiliary_accounts_update_auxiliary_account.asyncio(
            number_or_uuid=number_or_uuid,
            body=body,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def update_auxiliary_account_detailed(
        self,
        number_or_uuid: UUID,
        *,
        body: AuxiliaryAccountUpdate,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | StatusChangeResult]:
        """Update auxiliary account. Returns the whole ``Response``.

        ``PUT /v1/auxiliary-accounts/{numberOrUuid}`` (operationId ``updateAuxiliaryAccount``)

        Spec summary: Mettre à jour un tiers

        Args:
            number_or_uuid: UUID du compte de tiers (paramètre `uuid` de la documentation). (`numberOrUuid`, path)
            tenantid: UUID du dossier. (`tenantid`, header)
            body: Modification d'un compte de tiers. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | StatusChangeResult]

        """

        return await _auxiliary_accounts_update_auxiliary_account.asyncio_detailed(
            number_or_uuid=number_or_uuid,
            body=body,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    # The tag's one paged operation.
    iterate = iterate_list_auxiliary_accounts

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    list = list_auxiliary_accounts
    list_detailed = list_auxiliary_accounts_detailed
    create = create_auxiliary_account
    create_detailed = create_auxiliary_account_detailed
    get = get_auxiliary_account
    get_detailed = get_auxiliary_account_detailed
    update = update_auxiliary_account
    update_detailed = update_auxiliary_account_detailed


class AsyncBankTransactionsResource(Namespace[AsyncAuthenticatedClient]):
    """The ``bank_transactions`` operations."""

    async def list_bank_transactions(
        self,
        *,
        take: int | Unset = 100,
        skip: int | Unset = 0,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        status: int | Unset = UNSET,
        bank_account: UUID | Unset = UNSET,
        bank_accounts: str | Unset = UNSET,
        uuid: UUID | Unset = UNSET,
        sort: ListBankTransactionsSort | Unset = ListBankTransactionsSort.CHRONOLOGICAL,
        with_assignment_suggestion: bool | Unset = False,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> BankTransactionList:
        """List bank transactions.

        ``GET /v1/bank-transactions`` (operationId ``listBankTransactions``)

        Spec summary: Récupération des opérations bancaires

        Args:
            take: Pagination : nombre d'éléments à retourner à partir de `skip`. Au plus 100 par page (FAQ : au-
                dessus, une erreur est renvoyée). (`take`, query)
            skip: Pagination : nombre d'éléments à ignorer (par exemple commencer par l'élément 100). (`skip`,
                query)
            start_date: Date des écritures à partir de laquelle on retourne des éléments. (`startDate`, query)
            end_date: Date des écritures à partir de laquelle on ne retourne plus d'éléments. (`endDate`, query)
            status: Statut de l'opération bancaire (0, 1, 2). La documentation ne donne pas la signification des
                valeurs. (`status`, query)
            bank_account: Filtre par UUID du compte bancaire. (`bankAccount`, query)
            bank_accounts: Filtre par UUIDs des comptes bancaires (type `string` dans la documentation). (`bankAccounts`,
                query)
            uuid: Filtre par UUID de l'opération bancaire. (`uuid`, query)
            sort: Tri chronologique ou antéchronologique (chronological/reverse-chronological). (`sort`, query)
            with_assignment_suggestion: Récupère les propositions d'affectation, si le statut de l'opération le permet.
                (`withAssignmentSuggestion`, query)
            tenantid: UUID du dossier. (`tenantid`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            BankTransactionList

        """

        return await _bank_transactions_list_bank_transactions.asyncio(
            take=take,
            skip=skip,
            start_date=start_date,
            end_date=end_date,
            status=status,
            bank_account=bank_account,
            bank_accounts=bank_accounts,
            uuid=uuid,
            sort=sort,
            with_assignment_suggestion=with_assignment_suggestion,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def list_bank_transactions_detailed(
        self,
        *,
        take: int | Unset = 100,
        skip: int | Unset = 0,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        status: int | Unset = UNSET,
        bank_account: UUID | Unset = UNSET,
        bank_accounts: str | Unset = UNSET,
        uuid: UUID | Unset = UNSET,
        sort: ListBankTransactionsSort | Unset = ListBankTransactionsSort.CHRONOLOGICAL,
        with_assignment_suggestion: bool | Unset = False,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[BankTransactionList | EbpError]:
        """List bank transactions. Returns the whole ``Response``.

        ``GET /v1/bank-transactions`` (operationId ``listBankTransactions``)

        Spec summary: Récupération des opérations bancaires

        Args:
            take: Pagination : nombre d'éléments à retourner à partir de `skip`. Au plus 100 par page (FAQ : au-
                dessus, une erreur est renvoyée). (`take`, query)
            skip: Pagination : nombre d'éléments à ignorer (par exemple commencer par l'élément 100). (`skip`,
                query)
            start_date: Date des écritures à partir de laquelle on retourne des éléments. (`startDate`, query)
            end_date: Date des écritures à partir de laquelle on ne retourne plus d'éléments. (`endDate`, query)
            status: Statut de l'opération bancaire (0, 1, 2). La documentation ne donne pas la signification des
                valeurs. (`status`, query)
            bank_account: Filtre par UUID du compte bancaire. (`bankAccount`, query)
            bank_accounts: Filtre par UUIDs des comptes bancaires (type `string` dans la documentation). (`bankAccounts`,
                query)
            uuid: Filtre par UUID de l'opération bancaire. (`uuid`, query)
            sort: Tri chronologique ou antéchronologique (chronological/reverse-chronological). (`sort`, query)
            with_assignment_suggestion: Récupère les propositions d'affectation, si le statut de l'opération le permet.
                (`withAssignmentSuggestion`, query)
            tenantid: UUID du dossier. (`tenantid`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[BankTransactionList | EbpError]

        """

        return await _bank_transactions_list_bank_transactions.asyncio_detailed(
            take=take,
            skip=skip,
            start_date=start_date,
            end_date=end_date,
            status=status,
            bank_account=bank_account,
            bank_accounts=bank_accounts,
            uuid=uuid,
            sort=sort,
            with_assignment_suggestion=with_assignment_suggestion,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def iterate_list_bank_transactions(
        self,
        *,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        status: int | Unset = UNSET,
        bank_account: UUID | Unset = UNSET,
        bank_accounts: str | Unset = UNSET,
        uuid: UUID | Unset = UNSET,
        sort: ListBankTransactionsSort | Unset = ListBankTransactionsSort.CHRONOLOGICAL,
        with_assignment_suggestion: bool | Unset = False,
        tenantid: UUID | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> AsyncIterator[models.BankTransaction]:
        """Every item of ``listBankTransactions``, in order, across pages (``GET /v1/bank-transactions``).

        ``start`` is the offset to resume from; ``page_size`` defaults to the largest the API accepts.
        """
        return _bank_transactions_list_bank_transactions.aiterate(
            start_date=start_date,
            end_date=end_date,
            status=status,
            bank_account=bank_account,
            bank_accounts=bank_accounts,
            uuid=uuid,
            sort=sort,
            with_assignment_suggestion=with_assignment_suggestion,
            tenantid=tenantid,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    # The tag's one paged operation.
    iterate = iterate_list_bank_transactions

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    list = list_bank_transactions
    list_detailed = list_bank_transactions_detailed


class AsyncDomainInformationResource(Namespace[AsyncAuthenticatedClient]):
    """The ``domain_information`` operations."""

    async def get_domain_information(
        self,
        *,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> DomainInformation:
        """Get domain information.

        ``GET /v1/domain-information`` (operationId ``getDomainInformation``)

        Spec summary: Récupération des informations du domaine

        Args:
            tenantid: UUID du dossier. (`tenantid`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            DomainInformation

        """

        return await _domain_information_get_domain_information.asyncio(
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_domain_information_detailed(
        self,
        *,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[DomainInformation | EbpError]:
        """Get domain information. Returns the whole ``Response``.

        ``GET /v1/domain-information`` (operationId ``getDomainInformation``)

        Spec summary: Récupération des informations du domaine

        Args:
            tenantid: UUID du dossier. (`tenantid`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[DomainInformation | EbpError]

        """

        return await _domain_information_get_domain_information.asyncio_detailed(
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    get = get_domain_information
    get_detailed = get_domain_information_detailed


class AsyncEntriesResource(Namespace[AsyncAuthenticatedClient]):
    """The ``entries`` operations."""

    async def get_entry(
        self,
        uuid: UUID,
        *,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Entry:
        """Get entry.

        ``GET /v1/entries/{uuid}`` (operationId ``getEntry``)

        Spec summary: Récupération d'une écriture

        Args:
            uuid: UUID de l'écriture. (`uuid`, path)
            tenantid: UUID du dossier. (`tenantid`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Entry

        """

        return await _entries_get_entry.asyncio(
            uuid=uuid,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_entry_detailed(
        self,
        uuid: UUID,
        *,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | Entry]:
        """Get entry. Returns the whole ``Response``.

        ``GET /v1/entries/{uuid}`` (operationId ``getEntry``)

        Spec summary: Récupération d'une écriture

        Args:
            uuid: UUID de l'écriture. (`uuid`, path)
            tenantid: UUID du dossier. (`tenantid`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | Entry]

        """

        return await _entries_get_entry.asyncio_detailed(
            uuid=uuid,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    get = get_entry
    get_detailed = get_entry_detailed


class AsyncFolderSettingsResource(Namespace[AsyncAuthenticatedClient]):
    """The ``folder_settings`` operations."""

    async def get_folder_settings(
        self,
        *,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> FolderSettings:
        """Get folder settings.

        ``GET /v1/folder-settings`` (operationId ``getFolderSettings``)

        Spec summary: Récupération des paramètres du domaine

        Args:
            tenantid: UUID du dossier. (`tenantid`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            FolderSettings

        """

        return await _folder_settings_get_folder_settings.asyncio(
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_folder_settings_detailed(
        self,
        *,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | FolderSettings]:
        """Get folder settings. Returns the whole ``Response``.

        ``GET /v1/folder-settings`` (operationId ``getFolderSettings``)

        Spec summary: Récupération des paramètres du domaine

        Args:
            tenantid: UUID du dossier. (`tenantid`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | FolderSettings]

        """

        return await _folder_settings_get_folder_settings.asyncio_detailed(
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def update_folder_settings(
        self,
        *,
        body: FolderSettingsUpdate,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> MessageResponse:
        """Update folder settings.

        ``PUT /v1/folder-settings`` (operationId ``updateFolderSettings``)

        Spec summary: Modifier les paramètres du domaine

        Args:
            tenantid: UUID du dossier. (`tenantid`, header)
            body: Modification des paramètres du domaine. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            MessageResponse

        """

        return await _folder_settings_update_folder_settings.asyncio(
            body=body,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def update_folder_settings_detailed(
        self,
        *,
        body: FolderSettingsUpdate,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | MessageResponse]:
        """Update folder settings. Returns the whole ``Response``.

        ``PUT /v1/folder-settings`` (operationId ``updateFolderSettings``)

        Spec summary: Modifier les paramètres du domaine

        Args:
            tenantid: UUID du dossier. (`tenantid`, header)
            body: Modification des paramètres du domaine. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | MessageResponse]

        """

        return await _folder_settings_update_folder_settings.asyncio_detailed(
            body=body,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    get = get_folder_settings
    get_detailed = get_folder_settings_detailed
    update = update_folder_settings
    update_detailed = update_folder_settings_detailed


class AsyncGeneralAccountsResource(Namespace[AsyncAuthenticatedClient]):
    """The ``general_accounts`` operations."""

    async def list_general_accounts(
        self,
        *,
        skip: int | Unset = 0,
        take: int | Unset = 100,
        search: str | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        is_racine: bool | Unset = UNSET,
        is_collective: bool | Unset = UNSET,
        sort_field: str | Unset = UNSET,
        sort_direction: str | Unset = UNSET,
        number_from: int | Unset = UNSET,
        class_number: int | Unset = UNSET,
        vat_rate: Decimal | Unset = UNSET,
        vat_rate_uuid: UUID | Unset = UNSET,
        calculation_option: str | Unset = UNSET,
        territoriality: str | Unset = UNSET,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> GeneralAccountPage:
        """List general accounts.

        ``GET /v1/general-account`` (operationId ``listGeneralAccounts``)

        Spec summary: Récupérer des comptes généraux

        Args:
            skip: Pagination : nombre d'éléments à ignorer (par exemple commencer par l'élément 100). (`skip`,
                query)
            take: Pagination : nombre d'éléments à retourner à partir de `skip`. Au plus 100 par page (FAQ : au-
                dessus, une erreur est renvoyée). (`take`, query)
            search: Utilisé pour la recherche. (`search`, query)
            is_active: Utilisé pour filtrer les comptes actifs et inactifs. (`isActive`, query)
            is_racine: Utilisé pour filtrer les comptes racines et non racines. (`isRacine`, query)
            is_collective: Utilisé pour filtrer les comptes collectifs et non collectifs. (`isCollective`, query)
            sort_field: Utilisé pour trier les comptes (valeurs non précisées par la documentation). (`sortField`,
                query)
            sort_direction: Utilisé pour trier les comptes (valeurs non précisées par la documentation). (`sortDirection`,
                query)
            number_from: Utilisé pour retourner les comptes dont le numéro est supérieur ou égal. (`numberFrom`, query)
            class_number: Utilisé pour retourner les comptes d'une racine. (`classNumber`, query)
            vat_rate: Filtre par la valeur du taux de TVA (type `float` dans la documentation). (`vatRate`, query)
            vat_rate_uuid: Filtre par l'UUID du taux de TVA. (`vatRateUuid`, query)
            calculation_option: Filtre par option de calcul (par exemple `sur_les_encaissements`). (`calculationOption`, query)
            territoriality: Filtre par territorialité (valeur non précisée par la documentation). (`territoriality`, query)
            tenantid: UUID du dossier. (`tenantid`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            GeneralAccountPage

        """

        return await _general_accounts_list_general_accounts.asyncio(
            skip=skip,
            take=take,
            search=search,
            is_active=is_active,
            is_racine=is_racine,
            is_collective=is_collective,
            sort_field=sort_field,
            sort_direction=sort_direction,
            number_from=number_from,
            class_number=class_number,
            vat_rate=vat_rate,
            vat_rate_uuid=vat_rate_uuid,
            calculation_option=calculation_option,
            territoriality=territoriality,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def list_general_accounts_detailed(
        self,
        *,
        skip: int | Unset = 0,
        take: int | Unset = 100,
        search: str | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        is_racine: bool | Unset = UNSET,
        is_collective: bool | Unset = UNSET,
        sort_field: str | Unset = UNSET,
        sort_direction: str | Unset = UNSET,
        number_from: int | Unset = UNSET,
        class_number: int | Unset = UNSET,
        vat_rate: Decimal | Unset = UNSET,
        vat_rate_uuid: UUID | Unset = UNSET,
        calculation_option: str | Unset = UNSET,
        territoriality: str | Unset = UNSET,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GeneralAccountPage]:
        """List general accounts. Returns the whole ``Response``.

        ``GET /v1/general-account`` (operationId ``listGeneralAccounts``)

        Spec summary: Récupérer des comptes généraux

        Args:
            skip: Pagination : nombre d'éléments à ignorer (par exemple commencer par l'élément 100). (`skip`,
                query)
            take: Pagination : nombre d'éléments à retourner à partir de `skip`. Au plus 100 par page (FAQ : au-
                dessus, une erreur est renvoyée). (`take`, query)
            search: Utilisé pour la recherche. (`search`, query)
            is_active: Utilisé pour filtrer les comptes actifs et inactifs. (`isActive`, query)
            is_racine: Utilisé pour filtrer les comptes racines et non racines. (`isRacine`, query)
            is_collective: Utilisé pour filtrer les comptes collectifs et non collectifs. (`isCollective`, query)
            sort_field: Utilisé pour trier les comptes (valeurs non précisées par la documentation). (`sortField`,
                query)
            sort_direction: Utilisé pour trier les comptes (valeurs non précisées par la documentation). (`sortDirection`,
                query)
            number_from: Utilisé pour retourner les comptes dont le numéro est supérieur ou égal. (`numberFrom`, query)
            class_number: Utilisé pour retourner les comptes d'une racine. (`classNumber`, query)
            vat_rate: Filtre par la valeur du taux de TVA (type `float` dans la documentation). (`vatRate`, query)
            vat_rate_uuid: Filtre par l'UUID du taux de TVA. (`vatRateUuid`, query)
            calculation_option: Filtre par option de calcul (par exemple `sur_les_encaissements`). (`calculationOption`, query)
            territoriality: Filtre par territorialité (valeur non précisée par la documentation). (`territoriality`, query)
            tenantid: UUID du dossier. (`tenantid`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GeneralAccountPage]

        """

        return await _general_accounts_list_general_accounts.asyncio_detailed(
            skip=skip,
            take=take,
            search=search,
            is_active=is_active,
            is_racine=is_racine,
            is_collective=is_collective,
            sort_field=sort_field,
            sort_direction=sort_direction,
            number_from=number_from,
            class_number=class_number,
            vat_rate=vat_rate,
            vat_rate_uuid=vat_rate_uuid,
            calculation_option=calculation_option,
            territoriality=territoriality,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def iterate_list_general_accounts(
        self,
        *,
        search: str | Unset = UNSET,
        is_active: bool | Unset = UNSET,
        is_racine: bool | Unset = UNSET,
        is_collective: bool | Unset = UNSET,
        sort_field: str | Unset = UNSET,
        sort_direction: str | Unset = UNSET,
        number_from: int | Unset = UNSET,
        class_number: int | Unset = UNSET,
        vat_rate: Decimal | Unset = UNSET,
        vat_rate_uuid: UUID | Unset = UNSET,
        calculation_option: str | Unset = UNSET,
        territoriality: str | Unset = UNSET,
        tenantid: UUID | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> AsyncIterator[models.GeneralAccount]:
        """Every item of ``listGeneralAccounts``, in order, across pages (``GET /v1/general-account``).

        ``start`` is the offset to resume from; ``page_size`` defaults to the largest the API accepts.
        """
        return _general_accounts_list_general_accounts.aiterate(
            search=search,
            is_active=is_active,
            is_racine=is_racine,
            is_collective=is_collective,
            sort_field=sort_field,
            sort_direction=sort_direction,
            number_from=number_from,
            class_number=class_number,
            vat_rate=vat_rate,
            vat_rate_uuid=vat_rate_uuid,
            calculation_option=calculation_option,
            territoriality=territoriality,
            tenantid=tenantid,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    async def create_general_account(
        self,
        *,
        body: GeneralAccountCreate,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> MessageResponse:
        """Create general account.

        ``POST /v1/general-account`` (operationId ``createGeneralAccount``)

        Spec summary: Ajouter un compte général

        Args:
            tenantid: UUID du dossier. (`tenantid`, header)
            body: Création d'un compte général. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            MessageResponse

        """

        return await _general_accounts_create_general_account.asyncio(
            body=body,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def create_general_account_detailed(
        self,
        *,
        body: GeneralAccountCreate,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | MessageResponse]:
        """Create general account. Returns the whole ``Response``.

        ``POST /v1/general-account`` (operationId ``createGeneralAccount``)

        Spec summary: Ajouter un compte général

        Args:
            tenantid: UUID du dossier. (`tenantid`, header)
            body: Création d'un compte général. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | MessageResponse]

        """

        return await _general_accounts_create_general_account.asyncio_detailed(
            body=body,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def update_general_accounts_status(
        self,
        *,
        body: GeneralAccountStatusUpdate,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> StatusChangeResult:
        """Update general accounts status.

        ``PATCH /v1/general-account`` (operationId ``updateGeneralAccountsStatus``)

        Spec summary: Modifier le statut d'un ou plusieurs comptes généraux

        Args:
            tenantid: UUID du dossier. (`tenantid`, header)
            body: Modification du statut d'un ou plusieurs comptes généraux. Les champs `isActive`, `isRacine`,
                `isCollective`, `search` et `class` sont des filtres. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            StatusChangeResult

        """

        return await _general_accounts_update_general_accounts_status.asyncio(
            body=body,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def update_general_accounts_status_detailed(
        self,
        *,
        body: GeneralAccountStatusUpdate,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | StatusChangeResult]:
        """Update general accounts status. Returns the whole ``Response``.

        ``PATCH /v1/general-account`` (operationId ``updateGeneralAccountsStatus``)

        Spec summary: Modifier le statut d'un ou plusieurs comptes généraux

        Args:
            tenantid: UUID du dossier. (`tenantid`, header)
            body: Modification du statut d'un ou plusieurs comptes généraux. Les champs `isActive`, `isRacine`,
                `isCollective`, `search` et `class` sont des filtres. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | StatusChangeResult]

        """

        return await _general_accounts_update_general_accounts_status.asyncio_detailed(
            body=body,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_general_account(
        self,
        number_or_uuid: str,
        *,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> GeneralAccount:
        """Get general account.

        ``GET /v1/general-account/{numberOrUuid}`` (operationId ``getGeneralAccount``)

        Spec summary: Récupérer un compte général

        Args:
            number_or_uuid: Numéro du compte général (paramètre `number` de la documentation). (`numberOrUuid`, path)
            tenantid: UUID du dossier. (`tenantid`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            GeneralAccount

        """

        return await _general_accounts_get_general_account.asyncio(
            number_or_uuid=number_or_uuid,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_general_account_detailed(
        self,
        number_or_uuid: str,
        *,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | GeneralAccount]:
        """Get general account. Returns the whole ``Response``.

        ``GET /v1/general-account/{numberOrUuid}`` (operationId ``getGeneralAccount``)

        Spec summary: Récupérer un compte général

        Args:
            number_or_uuid: Numéro du compte général (paramètre `number` de la documentation). (`numberOrUuid`, path)
            tenantid: UUID du dossier. (`tenantid`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | GeneralAccount]

        """

        return await _general_accounts_get_general_account.asyncio_detailed(
            number_or_uuid=number_or_uuid,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def update_general_account(
        self,
        number_or_uuid: UUID,
        *,
        body: GeneralAccountUpdate,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> MessageResponse:
        """Update general account.

        ``PUT /v1/general-account/{numberOrUuid}`` (operationId ``updateGeneralAccount``)

        Spec summary: Mettre à jour un compte général

        Args:
            number_or_uuid: UUID du compte général (paramètre `uuid` de la documentation). (`numberOrUuid`, path)
            tenantid: UUID du dossier. (`tenantid`, header)
            body: Modification d'un compte général. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            MessageResponse

        """

        return await _general_accounts_update_general_account.asyncio(
            number_or_uuid=number_or_uuid,
            body=body,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def update_general_account_detailed(
        self,
        number_or_uuid: UUID,
        *,
        body: GeneralAccountUpdate,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | MessageResponse]:
        """Update general account. Returns the whole ``Response``.

        ``PUT /v1/general-account/{numberOrUuid}`` (operationId ``updateGeneralAccount``)

        Spec summary: Mettre à jour un compte général

        Args:
            number_or_uuid: UUID du compte général (paramètre `uuid` de la documentation). (`numberOrUuid`, path)
            tenantid: UUID du dossier. (`tenantid`, header)
            body: Modification d'un compte général. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | MessageResponse]

        """

        return await _general_accounts_update_general_account.asyncio_detailed(
            number_or_uuid=number_or_uuid,
            body=body,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    # The tag's one paged operation.
    iterate = iterate_list_general_accounts

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    list = list_general_accounts
    list_detailed = list_general_accounts_detailed
    create = create_general_account
    create_detailed = create_general_account_detailed
    get = get_general_account
    get_detailed = get_general_account_detailed
    update = update_general_account
    update_detailed = update_general_account_detailed


class AsyncJournalEntryResource(Namespace[AsyncAuthenticatedClient]):
    """The ``journal_entry`` operations."""

    async def create_journal_entry(
        self,
        *,
        body: JournalEntryRequest,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> JournalEntryCreated:
        """Create journal entry.

        ``POST /v1/journal-entry`` (operationId ``createJournalEntry``)

        Spec summary: Ajouter une saisie journal

        Args:
            tenantid: UUID du dossier. (`tenantid`, header)
            body: Saisie journal (création ou modification d'écritures). (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            JournalEntryCreated

        """

        return await _journal_entry_create_journal_entry.asyncio(
            body=body,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def create_journal_entry_detailed(
        self,
        *,
        body: JournalEntryRequest,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | JournalEntryCreated]:
        """Create journal entry. Returns the whole ``Response``.

        ``POST /v1/journal-entry`` (operationId ``createJournalEntry``)

        Spec summary: Ajouter une saisie journal

        Args:
            tenantid: UUID du dossier. (`tenantid`, header)
            body: Saisie journal (création ou modification d'écritures). (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | JournalEntryCreated]

        """

        return await _journal_entry_create_journal_entry.asyncio_detailed(
            body=body,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    create = create_journal_entry
    create_detailed = create_journal_entry_detailed


class AsyncJournalsResource(Namespace[AsyncAuthenticatedClient]):
    """The ``journals`` operations."""

    async def list_journals(
        self,
        *,
        filter_: str | Unset = UNSET,
        order: str | Unset = UNSET,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> JournalList:
        """List journals.

        ``GET /v1/journals`` (operationId ``listJournals``)

        Spec summary: Récupération des journaux

        Args:
            filter_: Les données pour filtrer le résultat. Opérateurs : `^` commence par ; `%` contient ; `!%` ne
                contient pas ; `gte` supérieur ou égal à ; `gt` supérieur à ; `lte` inférieur ou égal à ; `lt`
                inférieur à ; `$` fini par ; `lneq` la longueur de la valeur du champ égale à. La syntaxe exacte
                du paramètre n'est pas documentée. (`filter`, query)
            order: Permet de trier la requête (syntaxe non documentée). (`order`, query)
            tenantid: UUID du dossier. (`tenantid`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            JournalList

        """

        return await _journals_list_journals.asyncio(
            filter_=filter_,
            order=order,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def list_journals_detailed(
        self,
        *,
        filter_: str | Unset = UNSET,
        order: str | Unset = UNSET,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | JournalList]:
        """List journals. Returns the whole ``Response``.

        ``GET /v1/journals`` (operationId ``listJournals``)

        Spec summary: Récupération des journaux

        Args:
            filter_: Les données pour filtrer le résultat. Opérateurs : `^` commence par ; `%` contient ; `!%` ne
                contient pas ; `gte` supérieur ou égal à ; `gt` supérieur à ; `lte` inférieur ou égal à ; `lt`
                inférieur à ; `$` fini par ; `lneq` la longueur de la valeur du champ égale à. La syntaxe exacte
                du paramètre n'est pas documentée. (`filter`, query)
            order: Permet de trier la requête (syntaxe non documentée). (`order`, query)
            tenantid: UUID du dossier. (`tenantid`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | JournalList]

        """

        return await _journals_list_journals.asyncio_detailed(
            filter_=filter_,
            order=order,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def create_journal(
        self,
        *,
        body: JournalCreate,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> MessageResponse:
        """Create journal.

        ``POST /v1/journals`` (operationId ``createJournal``)

        Spec summary: Ajouter un journal

        Args:
            tenantid: UUID du dossier. (`tenantid`, header)
            body: Création d'un journal. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            MessageResponse

        """

        return await _journals_create_journal.asyncio(
            body=body,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def create_journal_detailed(
        self,
        *,
        body: JournalCreate,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | MessageResponse]:
        """Create journal. Returns the whole ``Response``.

        ``POST /v1/journals`` (operationId ``createJournal``)

        Spec summary: Ajouter un journal

        Args:
            tenantid: UUID du dossier. (`tenantid`, header)
            body: Création d'un journal. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | MessageResponse]

        """

        return await _journals_create_journal.asyncio_detailed(
            body=body,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_journal(
        self,
        code_or_uuid: str,
        *,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Journal:
        """Get journal.

        ``GET /v1/journals/{codeOrUuid}`` (operationId ``getJournal``)

        Spec summary: Récupération d'un journal par son code

        Args:
            code_or_uuid: Code journal (paramètre `code` de la documentation). (`codeOrUuid`, path)
            tenantid: UUID du dossier. (`tenantid`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Journal

        """

        return await _journals_get_journal.asyncio(
            code_or_uuid=code_or_uuid,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_journal_detailed(
        self,
        code_or_uuid: str,
        *,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | Journal]:
        """Get journal. Returns the whole ``Response``.

        ``GET /v1/journals/{codeOrUuid}`` (operationId ``getJournal``)

        Spec summary: Récupération d'un journal par son code

        Args:
            code_or_uuid: Code journal (paramètre `code` de la documentation). (`codeOrUuid`, path)
            tenantid: UUID du dossier. (`tenantid`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | Journal]

        """

        return await _journals_get_journal.asyncio_detailed(
            code_or_uuid=code_or_uuid,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def update_journal(
        self,
        code_or_uuid: UUID,
        *,
        body: JournalUpdate,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> MessageResponse:
        """Update journal.

        ``PUT /v1/journals/{codeOrUuid}`` (operationId ``updateJournal``)

        Spec summary: Modifier un journal

        Args:
            code_or_uuid: Identifiant (UUID) du journal (paramètre `journalUuid` de la documentation). (`codeOrUuid`,
                path)
            tenantid: UUID du dossier. (`tenantid`, header)
            body: Modification d'un journal (champs repris de l'exemple de la documentation). (request body,
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
            MessageResponse

        """

        return await _journals_update_journal.asyncio(
            code_or_uuid=code_or_uuid,
            body=body,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def update_journal_detailed(
        self,
        code_or_uuid: UUID,
        *,
        body: JournalUpdate,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | MessageResponse]:
        """Update journal. Returns the whole ``Response``.

        ``PUT /v1/journals/{codeOrUuid}`` (operationId ``updateJournal``)

        Spec summary: Modifier un journal

        Args:
            code_or_uuid: Identifiant (UUID) du journal (paramètre `journalUuid` de la documentation). (`codeOrUuid`,
                path)
            tenantid: UUID du dossier. (`tenantid`, header)
            body: Modification d'un journal (champs repris de l'exemple de la documentation). (request body,
                application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | MessageResponse]

        """

        return await _journals_update_journal.asyncio_detailed(
            code_or_uuid=code_or_uuid,
            body=body,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    list = list_journals
    list_detailed = list_journals_detailed
    create = create_journal
    create_detailed = create_journal_detailed
    get = get_journal
    get_detailed = get_journal_detailed
    update = update_journal
    update_detailed = update_journal_detailed


class AsyncLinesEntriesResource(Namespace[AsyncAuthenticatedClient]):
    """The ``lines_entries`` operations."""

    async def list_lines_entries(
        self,
        *,
        skip: int | Unset = 0,
        take: int | Unset = 100,
        general_account: str | Unset = UNSET,
        auxiliary_account: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        valid: bool | Unset = UNSET,
        lettered: bool | Unset = UNSET,
        assigned: bool | Unset = UNSET,
        search: str | Unset = UNSET,
        amount: Decimal | Unset = UNSET,
        bank_deposit: bool | Unset = UNSET,
        nature: str | Unset = UNSET,
        journals: str | Unset = UNSET,
        sort_field: str | Unset = UNSET,
        sort_direction: str | Unset = UNSET,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> LineEntryPage:
        """List lines entries.

        ``GET /v1/lines-entries`` (operationId ``listLinesEntries``)

        Spec summary: Récupération des écritures

        Args:
            skip: Pagination : nombre d'éléments à ignorer (par exemple commencer par l'élément 100). (`skip`,
                query)
            take: Pagination : nombre d'éléments à retourner à partir de `skip`. Au plus 100 par page (FAQ : au-
                dessus, une erreur est renvoyée). (`take`, query)
            general_account: Numéro d'un compte général, exemple 40100000. (`generalAccount`, query)
            auxiliary_account: Numéro d'un tiers, exemple F0000001. (`auxiliaryAccount`, query)
            start_date: Date d'écriture à partir de cette date, 'Y-m-d' exemple 2021-04-13. (`startDate`, query)
            end_date: Date d'écriture jusqu'à cette date, 'Y-m-d' exemple 2021-12-31. (`endDate`, query)
            valid: Vérifie les écritures qui sont validées. (`valid`, query)
            lettered: Vérifie les lignes qui sont lettrées. (`lettered`, query)
            assigned: Vérifie les lignes qui sont assignées. (`assigned`, query)
            search: Rechercher par Journal, Date d'écriture, N° d'écriture, Libellé, Débit, Crédit, Pièce, Document,
                Échéance. (`search`, query)
            amount: Montant (type `float` dans la documentation). (`amount`, query)
            bank_deposit: Remise en banque. (`bankDeposit`, query)
            nature: Code nature. (`nature`, query)
            journals: Codes journaux. (`journals`, query)
            sort_field: Utilisé pour trier les écritures (valeurs non précisées par la documentation). (`sortField`,
                query)
            sort_direction: Utilisé pour trier les écritures (valeurs non précisées par la documentation). (`sortDirection`,
                query)
            tenantid: UUID du dossier. (`tenantid`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            LineEntryPage

        """

        return await _lines_entries_list_lines_entries.asyncio(
            skip=skip,
            take=take,
            general_account=general_account,
            auxiliary_account=auxiliary_account,
            start_date=start_date,
            end_date=end_date,
            valid=valid,
            lettered=lettered,
            assigned=assigned,
            search=search,
            amount=amount,
            bank_deposit=bank_deposit,
            nature=nature,
            journals=journals,
            sort_field=sort_field,
            sort_direction=sort_direction,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def list_lines_entries_detailed(
        self,
        *,
        skip: int | Unset = 0,
        take: int | Unset = 100,
        general_account: str | Unset = UNSET,
        auxiliary_account: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        valid: bool | Unset = UNSET,
        lettered: bool | Unset = UNSET,
        assigned: bool | Unset = UNSET,
        search: str | Unset = UNSET,
        amount: Decimal | Unset = UNSET,
        bank_deposit: bool | Unset = UNSET,
        nature: str | Unset = UNSET,
        journals: str | Unset = UNSET,
        sort_field: str | Unset = UNSET,
        sort_direction: str | Unset = UNSET,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | LineEntryPage]:
        """List lines entries. Returns the whole ``Response``.

        ``GET /v1/lines-entries`` (operationId ``listLinesEntries``)

        Spec summary: Récupération des écritures

        Args:
            skip: Pagination : nombre d'éléments à ignorer (par exemple commencer par l'élément 100). (`skip`,
                query)
            take: Pagination : nombre d'éléments à retourner à partir de `skip`. Au plus 100 par page (FAQ : au-
                dessus, une erreur est renvoyée). (`take`, query)
            general_account: Numéro d'un compte général, exemple 40100000. (`generalAccount`, query)
            auxiliary_account: Numéro d'un tiers, exemple F0000001. (`auxiliaryAccount`, query)
            start_date: Date d'écriture à partir de cette date, 'Y-m-d' exemple 2021-04-13. (`startDate`, query)
            end_date: Date d'écriture jusqu'à cette date, 'Y-m-d' exemple 2021-12-31. (`endDate`, query)
            valid: Vérifie les écritures qui sont validées. (`valid`, query)
            lettered: Vérifie les lignes qui sont lettrées. (`lettered`, query)
            assigned: Vérifie les lignes qui sont assignées. (`assigned`, query)
            search: Rechercher par Journal, Date d'écriture, N° d'écriture, Libellé, Débit, Crédit, Pièce, Document,
                Échéance. (`search`, query)
            amount: Montant (type `float` dans la documentation). (`amount`, query)
            bank_deposit: Remise en banque. (`bankDeposit`, query)
            nature: Code nature. (`nature`, query)
            journals: Codes journaux. (`journals`, query)
            sort_field: Utilisé pour trier les écritures (valeurs non précisées par la documentation). (`sortField`,
                query)
            sort_direction: Utilisé pour trier les écritures (valeurs non précisées par la documentation). (`sortDirection`,
                query)
            tenantid: UUID du dossier. (`tenantid`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | LineEntryPage]

        """

        return await _lines_entries_list_lines_entries.asyncio_detailed(
            skip=skip,
            take=take,
            general_account=general_account,
            auxiliary_account=auxiliary_account,
            start_date=start_date,
            end_date=end_date,
            valid=valid,
            lettered=lettered,
            assigned=assigned,
            search=search,
            amount=amount,
            bank_deposit=bank_deposit,
            nature=nature,
            journals=journals,
            sort_field=sort_field,
            sort_direction=sort_direction,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def iterate_list_lines_entries(
        self,
        *,
        general_account: str | Unset = UNSET,
        auxiliary_account: str | Unset = UNSET,
        start_date: datetime.date | Unset = UNSET,
        end_date: datetime.date | Unset = UNSET,
        valid: bool | Unset = UNSET,
        lettered: bool | Unset = UNSET,
        assigned: bool | Unset = UNSET,
        search: str | Unset = UNSET,
        amount: Decimal | Unset = UNSET,
        bank_deposit: bool | Unset = UNSET,
        nature: str | Unset = UNSET,
        journals: str | Unset = UNSET,
        sort_field: str | Unset = UNSET,
        sort_direction: str | Unset = UNSET,
        tenantid: UUID | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> AsyncIterator[models.LineEntry]:
        """Every item of ``listLinesEntries``, in order, across pages (``GET /v1/lines-entries``).

        ``start`` is the offset to resume from; ``page_size`` defaults to the largest the API accepts.
        """
        return _lines_entries_list_lines_entries.aiterate(
            general_account=general_account,
            auxiliary_account=auxiliary_account,
            start_date=start_date,
            end_date=end_date,
            valid=valid,
            lettered=lettered,
            assigned=assigned,
            search=search,
            amount=amount,
            bank_deposit=bank_deposit,
            nature=nature,
            journals=journals,
            sort_field=sort_field,
            sort_direction=sort_direction,
            tenantid=tenantid,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    # The tag's one paged operation.
    iterate = iterate_list_lines_entries

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    list = list_lines_entries
    list_detailed = list_lines_entries_detailed


class AsyncSearchEntriesResource(Namespace[AsyncAuthenticatedClient]):
    """The ``search_entries`` operations."""

    async def search_entries(
        self,
        *,
        uuids: str,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> list[SearchEntry]:
        """Search entries.

        ``GET /v1/search-entries/entries`` (operationId ``searchEntries``)

        Spec summary: Rechercher des écritures

        Args:
            uuids: Identifiants des écritures séparés par des virgules. (`uuids`, query)
            tenantid: UUID du dossier. (`tenantid`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            list[SearchEntry]

        """

        return await _search_entries_search_entries.asyncio(
            uuids=uuids,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def search_entries_detailed(
        self,
        *,
        uuids: str,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | list[SearchEntry]]:
        """Search entries. Returns the whole ``Response``.

        ``GET /v1/search-entries/entries`` (operationId ``searchEntries``)

        Spec summary: Rechercher des écritures

        Args:
            uuids: Identifiants des écritures séparés par des virgules. (`uuids`, query)
            tenantid: UUID du dossier. (`tenantid`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | list[SearchEntry]]

        """

        return await _search_entries_search_entries.asyncio_detailed(
            uuids=uuids,
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )


class AsyncVatRatesResource(Namespace[AsyncAuthenticatedClient]):
    """The ``vat_rates`` operations."""

    async def get_vat_rates(
        self,
        *,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> VatRateList:
        """Get vat rates.

        ``GET /v1/vat-rate`` (operationId ``getVatRates``)

        Spec summary: Récupération des taux de TVA

        Args:
            tenantid: UUID du dossier. (`tenantid`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            VatRateList

        """

        return await _vat_rates_get_vat_rates.asyncio(
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_vat_rates_detailed(
        self,
        *,
        tenantid: UUID | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | VatRateList]:
        """Get vat rates. Returns the whole ``Response``.

        ``GET /v1/vat-rate`` (operationId ``getVatRates``)

        Spec summary: Récupération des taux de TVA

        Args:
            tenantid: UUID du dossier. (`tenantid`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | VatRateList]

        """

        return await _vat_rates_get_vat_rates.asyncio_detailed(
            tenantid=tenantid,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    get = get_vat_rates
    get_detailed = get_vat_rates_detailed


@define
class AsyncHubbixComptaClient(AsyncAuthenticatedClient):
    """The ebp_hubbix_compta async client with one namespace per tag: attachments, auxiliary_accounts, bank_transactions, domain_information, entries, folder_settings, general_accounts, journal_entry, journals, lines_entries, search_entries, vat_rates."""

    @property
    def attachments(self) -> AsyncAttachmentsResource:
        """The ``attachments`` operations."""
        return AsyncAttachmentsResource(self)

    @property
    def auxiliary_accounts(self) -> AsyncAuxiliaryAccountsResource:
        """The ``auxiliary_accounts`` operations."""
        return AsyncAuxiliaryAccountsResource(self)

    @property
    def bank_transactions(self) -> AsyncBankTransactionsResource:
        """The ``bank_transactions`` operations."""
        return AsyncBankTransactionsResource(self)

    @property
    def domain_information(self) -> AsyncDomainInformationResource:
        """The ``domain_information`` operations."""
        return AsyncDomainInformationResource(self)

    @property
    def entries(self) -> AsyncEntriesResource:
        """The ``entries`` operations."""
        return AsyncEntriesResource(self)

    @property
    def folder_settings(self) -> AsyncFolderSettingsResource:
        """The ``folder_settings`` operations."""
        return AsyncFolderSettingsResource(self)

    @property
    def general_accounts(self) -> AsyncGeneralAccountsResource:
        """The ``general_accounts`` operations."""
        return AsyncGeneralAccountsResource(self)

    @property
    def journal_entry(self) -> AsyncJournalEntryResource:
        """The ``journal_entry`` operations."""
        return AsyncJournalEntryResource(self)

    @property
    def journals(self) -> AsyncJournalsResource:
        """The ``journals`` operations."""
        return AsyncJournalsResource(self)

    @property
    def lines_entries(self) -> AsyncLinesEntriesResource:
        """The ``lines_entries`` operations."""
        return AsyncLinesEntriesResource(self)

    @property
    def search_entries(self) -> AsyncSearchEntriesResource:
        """The ``search_entries`` operations."""
        return AsyncSearchEntriesResource(self)

    @property
    def vat_rates(self) -> AsyncVatRatesResource:
        """The ``vat_rates`` operations."""
        return AsyncVatRatesResource(self)


CLIENT_CLASS = HubbixComptaClient
"""The sync resource client class (what ``connect()`` returns)."""
ASYNC_CLIENT_CLASS = AsyncHubbixComptaClient
"""The async resource client class (what ``connect_async()`` returns)."""
