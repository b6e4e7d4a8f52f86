"""Resource clients of ebp_export: ``ExportClient`` (sync) and ``AsyncExportClient`` (async).

Each is a client of this API (usable as ``client=`` by every function of ``ebp_export.api``) with
one namespace per tag, whose methods are the operations (``client.<tag>.<operation>(...)``); each
method has a ``*_detailed`` form returning the whole ``Response``. Generated: do not edit.
"""

from collections.abc import Mapping

from attrs import define
from comptoir.clients import NOT_GIVEN, Namespace, NotGiven, TimeoutOption

from ebp_export.models.create_configurable_export_request import CreateConfigurableExportRequest
from ebp_export.models.create_export_request import CreateExportRequest
from ebp_export.models.ebp_error import EbpError
from ebp_export.models.export_created import ExportCreated
from ebp_export.models.export_format import ExportFormat
from ebp_export.models.export_status_result import ExportStatusResult
from ebp_export.types import (
    UNSET,
    File,
    Response,
    Unset,
)

from .api.export import create_configurable_export as _export_create_configurable_export
from .api.export import create_export as _export_create_export
from .api.export import get_export_result as _export_get_export_result
from .api.export import get_export_status as _export_get_export_status
from .client import AsyncAuthenticatedClient, AuthenticatedClient

__all__ = ["ASYNC_CLIENT_CLASS", "CLIENT_CLASS", "AsyncExportClient", "ExportClient"]


class ExportResource(Namespace[AuthenticatedClient]):
    """The ``export`` operations."""

    def create_export(
        self,
        format_: ExportFormat,
        *,
        body: CreateExportRequest,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> ExportCreated:
        """Create export.

        ``POST /v1/CreateExport/{format}`` (operationId ``createExport``)

        Spec summary: Envoyer une demande de création d'export

        Args:
            format_: Type d'export (Pdf, Csv). (`format`, path)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Demande d'export d'une fiche. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            ExportCreated

        """

        return _export_create_export.sync(
            format_=format_,
            body=body,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def create_export_detailed(
        self,
        format_: ExportFormat,
        *,
        body: CreateExportRequest,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | ExportCreated]:
        """Create export. Returns the whole ``Response``.

        ``POST /v1/CreateExport/{format}`` (operationId ``createExport``)

        Spec summary: Envoyer une demande de création d'export

        Args:
            format_: Type d'export (Pdf, Csv). (`format`, path)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Demande d'export d'une fiche. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | ExportCreated]

        """

        return _export_create_export.sync_detailed(
            format_=format_,
            body=body,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def create_configurable_export(
        self,
        *,
        body: CreateConfigurableExportRequest,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> ExportCreated:
        """Create configurable export.

        ``POST /v1/CreateConfigurableExport`` (operationId ``createConfigurableExport``)

        Spec summary: Envoyer une demande de création d'export paramétrable

        Args:
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Demande d'export paramétrable. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            ExportCreated

        """

        return _export_create_configurable_export.sync(
            body=body,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def create_configurable_export_detailed(
        self,
        *,
        body: CreateConfigurableExportRequest,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | ExportCreated]:
        """Create configurable export. Returns the whole ``Response``.

        ``POST /v1/CreateConfigurableExport`` (operationId ``createConfigurableExport``)

        Spec summary: Envoyer une demande de création d'export paramétrable

        Args:
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Demande d'export paramétrable. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | ExportCreated]

        """

        return _export_create_configurable_export.sync_detailed(
            body=body,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_export_status(
        self,
        *,
        export_id: str,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> ExportStatusResult:
        """Get export status.

        ``GET /v1/Status`` (operationId ``getExportStatus``)

        Spec summary: Obtenir le statut de l'exécution d'un export

        Args:
            export_id: Identifiant de l'export (renvoyé par `CreateExport` ou `CreateConfigurableExport`). (`exportId`,
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
            ExportStatusResult

        """

        return _export_get_export_status.sync(
            export_id=export_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_export_status_detailed(
        self,
        *,
        export_id: str,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | ExportStatusResult]:
        """Get export status. Returns the whole ``Response``.

        ``GET /v1/Status`` (operationId ``getExportStatus``)

        Spec summary: Obtenir le statut de l'exécution d'un export

        Args:
            export_id: Identifiant de l'export (renvoyé par `CreateExport` ou `CreateConfigurableExport`). (`exportId`,
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
            Response[EbpError | ExportStatusResult]

        """

        return _export_get_export_status.sync_detailed(
            export_id=export_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_export_result(
        self,
        *,
        export_id: str,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> File:
        """Get export result.

        ``GET /v1/Result`` (operationId ``getExportResult``)

        Spec summary: Obtenir le résultat de l'export

        Args:
            export_id: Identifiant de l'export (renvoyé par `CreateExport` ou `CreateConfigurableExport`). (`exportId`,
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
            File

        """

        return _export_get_export_result.sync(
            export_id=export_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_export_result_detailed(
        self,
        *,
        export_id: str,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | File]:
        """Get export result. Returns the whole ``Response``.

        ``GET /v1/Result`` (operationId ``getExportResult``)

        Spec summary: Obtenir le résultat de l'export

        Args:
            export_id: Identifiant de l'export (renvoyé par `CreateExport` ou `CreateConfigurableExport`). (`exportId`,
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
            Response[EbpError | File]

        """

        return _export_get_export_result.sync_detailed(
            export_id=export_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    create = create_export
    create_detailed = create_export_detailed
    create_configurable = create_configurable_export
    create_configurable_detailed = create_configurable_export_detailed


@define
class ExportClient(AuthenticatedClient):
    """The ebp_export client with one namespace per tag: export."""

    @property
    def export(self) -> ExportResource:
        """The ``export`` operations."""
        return ExportResource(self)


class AsyncExportResource(Namespace[AsyncAuthenticatedClient]):
    """The ``export`` operations."""

    async def create_export(
        self,
        format_: ExportFormat,
        *,
        body: CreateExportRequest,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> ExportCreated:
        """Create export.

        ``POST /v1/CreateExport/{format}`` (operationId ``createExport``)

        Spec summary: Envoyer une demande de création d'export

        Args:
            format_: Type d'export (Pdf, Csv). (`format`, path)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Demande d'export d'une fiche. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            ExportCreated

        """

        return await _export_create_export.asyncio(
            format_=format_,
            body=body,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def create_export_detailed(
        self,
        format_: ExportFormat,
        *,
        body: CreateExportRequest,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | ExportCreated]:
        """Create export. Returns the whole ``Response``.

        ``POST /v1/CreateExport/{format}`` (operationId ``createExport``)

        Spec summary: Envoyer une demande de création d'export

        Args:
            format_: Type d'export (Pdf, Csv). (`format`, path)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Demande d'export d'une fiche. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | ExportCreated]

        """

        return await _export_create_export.asyncio_detailed(
            format_=format_,
            body=body,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def create_configurable_export(
        self,
        *,
        body: CreateConfigurableExportRequest,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> ExportCreated:
        """Create configurable export.

        ``POST /v1/CreateConfigurableExport`` (operationId ``createConfigurableExport``)

        Spec summary: Envoyer une demande de création d'export paramétrable

        Args:
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Demande d'export paramétrable. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            ExportCreated

        """

        return await _export_create_configurable_export.asyncio(
            body=body,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def create_configurable_export_detailed(
        self,
        *,
        body: CreateConfigurableExportRequest,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | ExportCreated]:
        """Create configurable export. Returns the whole ``Response``.

        ``POST /v1/CreateConfigurableExport`` (operationId ``createConfigurableExport``)

        Spec summary: Envoyer une demande de création d'export paramétrable

        Args:
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Demande d'export paramétrable. (request body, application/json)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | ExportCreated]

        """

        return await _export_create_configurable_export.asyncio_detailed(
            body=body,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_export_status(
        self,
        *,
        export_id: str,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> ExportStatusResult:
        """Get export status.

        ``GET /v1/Status`` (operationId ``getExportStatus``)

        Spec summary: Obtenir le statut de l'exécution d'un export

        Args:
            export_id: Identifiant de l'export (renvoyé par `CreateExport` ou `CreateConfigurableExport`). (`exportId`,
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
            ExportStatusResult

        """

        return await _export_get_export_status.asyncio(
            export_id=export_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_export_status_detailed(
        self,
        *,
        export_id: str,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | ExportStatusResult]:
        """Get export status. Returns the whole ``Response``.

        ``GET /v1/Status`` (operationId ``getExportStatus``)

        Spec summary: Obtenir le statut de l'exécution d'un export

        Args:
            export_id: Identifiant de l'export (renvoyé par `CreateExport` ou `CreateConfigurableExport`). (`exportId`,
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
            Response[EbpError | ExportStatusResult]

        """

        return await _export_get_export_status.asyncio_detailed(
            export_id=export_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_export_result(
        self,
        *,
        export_id: str,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> File:
        """Get export result.

        ``GET /v1/Result`` (operationId ``getExportResult``)

        Spec summary: Obtenir le résultat de l'export

        Args:
            export_id: Identifiant de l'export (renvoyé par `CreateExport` ou `CreateConfigurableExport`). (`exportId`,
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
            File

        """

        return await _export_get_export_result.asyncio(
            export_id=export_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_export_result_detailed(
        self,
        *,
        export_id: str,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | File]:
        """Get export result. Returns the whole ``Response``.

        ``GET /v1/Result`` (operationId ``getExportResult``)

        Spec summary: Obtenir le résultat de l'export

        Args:
            export_id: Identifiant de l'export (renvoyé par `CreateExport` ou `CreateConfigurableExport`). (`exportId`,
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
            Response[EbpError | File]

        """

        return await _export_get_export_result.asyncio_detailed(
            export_id=export_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    create = create_export
    create_detailed = create_export_detailed
    create_configurable = create_configurable_export
    create_configurable_detailed = create_configurable_export_detailed


@define
class AsyncExportClient(AsyncAuthenticatedClient):
    """The ebp_export async client with one namespace per tag: export."""

    @property
    def export(self) -> AsyncExportResource:
        """The ``export`` operations."""
        return AsyncExportResource(self)


CLIENT_CLASS = ExportClient
"""The sync resource client class (what ``connect()`` returns)."""
ASYNC_CLIENT_CLASS = AsyncExportClient
"""The async resource client class (what ``connect_async()`` returns)."""
