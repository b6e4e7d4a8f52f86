"""Resource clients of ebp_import: ``ImportClient`` (sync) and ``AsyncImportClient`` (async).

Each is a client of this API (usable as ``client=`` by every function of ``ebp_import.api``) with
one namespace per tag, whose methods are the operations (``client.<tag>.<operation>(...)``); each
method has a ``*_detailed`` form returning the whole ``Response``. Generated: do not edit.
"""

from collections.abc import Mapping

from attrs import define
from comptoir.clients import NOT_GIVEN, Namespace, NotGiven, TimeoutOption

from ebp_import.models.create_import_request import CreateImportRequest
from ebp_import.models.ebp_error import EbpError
from ebp_import.models.import_category import ImportCategory
from ebp_import.models.import_created import ImportCreated
from ebp_import.models.import_model import ImportModel
from ebp_import.models.import_model_list import ImportModelList
from ebp_import.models.import_model_settings_request import ImportModelSettingsRequest
from ebp_import.models.import_status_result import ImportStatusResult
from ebp_import.types import (
    UNSET,
    Response,
    Unset,
)

from .api.import_ import create_import as _import__create_import
from .api.import_ import get_import_status_result as _import__get_import_status_result
from .api.model_settings import create_or_update_import_model as _model_settings_create_or_update_import_model
from .api.model_settings import get_import_model as _model_settings_get_import_model
from .api.model_settings import list_import_models as _model_settings_list_import_models
from .client import AsyncAuthenticatedClient, AuthenticatedClient

__all__ = ["ASYNC_CLIENT_CLASS", "CLIENT_CLASS", "AsyncImportClient", "ImportClient"]


class ImportResource(Namespace[AuthenticatedClient]):
    """The ``import_`` operations."""

    def create_import(
        self,
        *,
        body: CreateImportRequest,
        folder_id: str,
        import_category: ImportCategory,
        import_settings: str,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> ImportCreated:
        """Create import.

        ``POST /v1/CreateImport`` (operationId ``createImport``)

        Spec summary: Envoyer une demande d'import paramétrable

        Args:
            folder_id: Identifiant du dossier. (`FolderId`, query)
            import_category: Catégorie liée à l'import (voir Annexe 1 - Catégories d'import). (`ImportCategory`, query)
            import_settings: Nom du modèle d'import. (`ImportSettings`, query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Fichier à importer (multipart/form-data). (request body, multipart/form-data)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            ImportCreated

        """

        return _import__create_import.sync(
            body=body,
            folder_id=folder_id,
            import_category=import_category,
            import_settings=import_settings,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def create_import_detailed(
        self,
        *,
        body: CreateImportRequest,
        folder_id: str,
        import_category: ImportCategory,
        import_settings: str,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | ImportCreated]:
        """Create import. Returns the whole ``Response``.

        ``POST /v1/CreateImport`` (operationId ``createImport``)

        Spec summary: Envoyer une demande d'import paramétrable

        Args:
            folder_id: Identifiant du dossier. (`FolderId`, query)
            import_category: Catégorie liée à l'import (voir Annexe 1 - Catégories d'import). (`ImportCategory`, query)
            import_settings: Nom du modèle d'import. (`ImportSettings`, query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Fichier à importer (multipart/form-data). (request body, multipart/form-data)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | ImportCreated]

        """

        return _import__create_import.sync_detailed(
            body=body,
            folder_id=folder_id,
            import_category=import_category,
            import_settings=import_settings,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_import_status_result(
        self,
        *,
        import_id: str,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> ImportStatusResult:
        """Get import status result.

        ``GET /v1/StatutResultImport`` (operationId ``getImportStatusResult``)

        Spec summary: Obtenir le statut de l'exécution d'un import paramétrable

        Args:
            import_id: Identifiant de l'import paramétrable (renvoyé par `CreateImport`). (`importId`, query)
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
            ImportStatusResult

        """

        return _import__get_import_status_result.sync(
            import_id=import_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_import_status_result_detailed(
        self,
        *,
        import_id: str,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | ImportStatusResult]:
        """Get import status result. Returns the whole ``Response``.

        ``GET /v1/StatutResultImport`` (operationId ``getImportStatusResult``)

        Spec summary: Obtenir le statut de l'exécution d'un import paramétrable

        Args:
            import_id: Identifiant de l'import paramétrable (renvoyé par `CreateImport`). (`importId`, query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | ImportStatusResult]

        """

        return _import__get_import_status_result.sync_detailed(
            import_id=import_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    create = create_import
    create_detailed = create_import_detailed


class ModelSettingsResource(Namespace[AuthenticatedClient]):
    """The ``model_settings`` operations."""

    def list_import_models(
        self,
        *,
        folder_id: str,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> ImportModelList:
        """List import models.

        ``GET /v1/ModelSettings`` (operationId ``listImportModels``)

        Spec summary: Obtenir les modèles d'import

        Args:
            folder_id: Identifiant du dossier. (`FolderId`, query)
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
            ImportModelList

        """

        return _model_settings_list_import_models.sync(
            folder_id=folder_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def list_import_models_detailed(
        self,
        *,
        folder_id: str,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | ImportModelList]:
        """List import models. Returns the whole ``Response``.

        ``GET /v1/ModelSettings`` (operationId ``listImportModels``)

        Spec summary: Obtenir les modèles d'import

        Args:
            folder_id: Identifiant du dossier. (`FolderId`, query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | ImportModelList]

        """

        return _model_settings_list_import_models.sync_detailed(
            folder_id=folder_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def create_or_update_import_model(
        self,
        *,
        body: ImportModelSettingsRequest,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Create or update import model.

        ``POST /v1/ModelSettings`` (operationId ``createOrUpdateImportModel``)

        Spec summary: Envoyer une demande pour créer ou mettre à jour un modèle d'import

        Args:
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Modèle d'import paramétrable à créer ou mettre à jour. (request body, application/json)
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

        return _model_settings_create_or_update_import_model.sync(
            body=body,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def create_or_update_import_model_detailed(
        self,
        *,
        body: ImportModelSettingsRequest,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | None]:
        """Create or update import model. Returns the whole ``Response``.

        ``POST /v1/ModelSettings`` (operationId ``createOrUpdateImportModel``)

        Spec summary: Envoyer une demande pour créer ou mettre à jour un modèle d'import

        Args:
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Modèle d'import paramétrable à créer ou mettre à jour. (request body, application/json)
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

        return _model_settings_create_or_update_import_model.sync_detailed(
            body=body,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_import_model(
        self,
        import_settings: str,
        *,
        folder_id: str,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> ImportModel:
        """Get import model.

        ``GET /v1/ModelSettings/{ImportSettings}`` (operationId ``getImportModel``)

        Spec summary: Obtenir un modèle d'import

        Args:
            import_settings: Nom du modèle d'import. (`ImportSettings`, path)
            folder_id: Identifiant du dossier. (`FolderId`, query)
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
            ImportModel

        """

        return _model_settings_get_import_model.sync(
            import_settings=import_settings,
            folder_id=folder_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_import_model_detailed(
        self,
        import_settings: str,
        *,
        folder_id: str,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | ImportModel]:
        """Get import model. Returns the whole ``Response``.

        ``GET /v1/ModelSettings/{ImportSettings}`` (operationId ``getImportModel``)

        Spec summary: Obtenir un modèle d'import

        Args:
            import_settings: Nom du modèle d'import. (`ImportSettings`, path)
            folder_id: Identifiant du dossier. (`FolderId`, query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | ImportModel]

        """

        return _model_settings_get_import_model.sync_detailed(
            import_settings=import_settings,
            folder_id=folder_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )


@define
class ImportClient(AuthenticatedClient):
    """The ebp_import client with one namespace per tag: import_, model_settings."""

    @property
    def import_(self) -> ImportResource:
        """The ``import_`` operations."""
        return ImportResource(self)

    @property
    def model_settings(self) -> ModelSettingsResource:
        """The ``model_settings`` operations."""
        return ModelSettingsResource(self)


class AsyncImportResource(Namespace[AsyncAuthenticatedClient]):
    """The ``import_`` operations."""

    async def create_import(
        self,
        *,
        body: CreateImportRequest,
        folder_id: str,
        import_category: ImportCategory,
        import_settings: str,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> ImportCreated:
        """Create import.

        ``POST /v1/CreateImport`` (operationId ``createImport``)

        Spec summary: Envoyer une demande d'import paramétrable

        Args:
            folder_id: Identifiant du dossier. (`FolderId`, query)
            import_category: Catégorie liée à l'import (voir Annexe 1 - Catégories d'import). (`ImportCategory`, query)
            import_settings: Nom du modèle d'import. (`ImportSettings`, query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Fichier à importer (multipart/form-data). (request body, multipart/form-data)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            ImportCreated

        """

        return await _import__create_import.asyncio(
            body=body,
            folder_id=folder_id,
            import_category=import_category,
            import_settings=import_settings,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def create_import_detailed(
        self,
        *,
        body: CreateImportRequest,
        folder_id: str,
        import_category: ImportCategory,
        import_settings: str,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | ImportCreated]:
        """Create import. Returns the whole ``Response``.

        ``POST /v1/CreateImport`` (operationId ``createImport``)

        Spec summary: Envoyer une demande d'import paramétrable

        Args:
            folder_id: Identifiant du dossier. (`FolderId`, query)
            import_category: Catégorie liée à l'import (voir Annexe 1 - Catégories d'import). (`ImportCategory`, query)
            import_settings: Nom du modèle d'import. (`ImportSettings`, query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Fichier à importer (multipart/form-data). (request body, multipart/form-data)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | ImportCreated]

        """

        return await _import__create_import.asyncio_detailed(
            body=body,
            folder_id=folder_id,
            import_category=import_category,
            import_settings=import_settings,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_import_status_result(
        self,
        *,
        import_id: str,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> ImportStatusResult:
        """Get import status result.

        ``GET /v1/StatutResultImport`` (operationId ``getImportStatusResult``)

        Spec summary: Obtenir le statut de l'exécution d'un import paramétrable

        Args:
            import_id: Identifiant de l'import paramétrable (renvoyé par `CreateImport`). (`importId`, query)
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
            ImportStatusResult

        """

        return await _import__get_import_status_result.asyncio(
            import_id=import_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_import_status_result_detailed(
        self,
        *,
        import_id: str,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | ImportStatusResult]:
        """Get import status result. Returns the whole ``Response``.

        ``GET /v1/StatutResultImport`` (operationId ``getImportStatusResult``)

        Spec summary: Obtenir le statut de l'exécution d'un import paramétrable

        Args:
            import_id: Identifiant de l'import paramétrable (renvoyé par `CreateImport`). (`importId`, query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | ImportStatusResult]

        """

        return await _import__get_import_status_result.asyncio_detailed(
            import_id=import_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    create = create_import
    create_detailed = create_import_detailed


class AsyncModelSettingsResource(Namespace[AsyncAuthenticatedClient]):
    """The ``model_settings`` operations."""

    async def list_import_models(
        self,
        *,
        folder_id: str,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> ImportModelList:
        """List import models.

        ``GET /v1/ModelSettings`` (operationId ``listImportModels``)

        Spec summary: Obtenir les modèles d'import

        Args:
            folder_id: Identifiant du dossier. (`FolderId`, query)
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
            ImportModelList

        """

        return await _model_settings_list_import_models.asyncio(
            folder_id=folder_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def list_import_models_detailed(
        self,
        *,
        folder_id: str,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | ImportModelList]:
        """List import models. Returns the whole ``Response``.

        ``GET /v1/ModelSettings`` (operationId ``listImportModels``)

        Spec summary: Obtenir les modèles d'import

        Args:
            folder_id: Identifiant du dossier. (`FolderId`, query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | ImportModelList]

        """

        return await _model_settings_list_import_models.asyncio_detailed(
            folder_id=folder_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def create_or_update_import_model(
        self,
        *,
        body: ImportModelSettingsRequest,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Create or update import model.

        ``POST /v1/ModelSettings`` (operationId ``createOrUpdateImportModel``)

        Spec summary: Envoyer une demande pour créer ou mettre à jour un modèle d'import

        Args:
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Modèle d'import paramétrable à créer ou mettre à jour. (request body, application/json)
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

        return await _model_settings_create_or_update_import_model.asyncio(
            body=body,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def create_or_update_import_model_detailed(
        self,
        *,
        body: ImportModelSettingsRequest,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | None]:
        """Create or update import model. Returns the whole ``Response``.

        ``POST /v1/ModelSettings`` (operationId ``createOrUpdateImportModel``)

        Spec summary: Envoyer une demande pour créer ou mettre à jour un modèle d'import

        Args:
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Modèle d'import paramétrable à créer ou mettre à jour. (request body, application/json)
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

        return await _model_settings_create_or_update_import_model.asyncio_detailed(
            body=body,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_import_model(
        self,
        import_settings: str,
        *,
        folder_id: str,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> ImportModel:
        """Get import model.

        ``GET /v1/ModelSettings/{ImportSettings}`` (operationId ``getImportModel``)

        Spec summary: Obtenir un modèle d'import

        Args:
            import_settings: Nom du modèle d'import. (`ImportSettings`, path)
            folder_id: Identifiant du dossier. (`FolderId`, query)
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
            ImportModel

        """

        return await _model_settings_get_import_model.asyncio(
            import_settings=import_settings,
            folder_id=folder_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_import_model_detailed(
        self,
        import_settings: str,
        *,
        folder_id: str,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | ImportModel]:
        """Get import model. Returns the whole ``Response``.

        ``GET /v1/ModelSettings/{ImportSettings}`` (operationId ``getImportModel``)

        Spec summary: Obtenir un modèle d'import

        Args:
            import_settings: Nom du modèle d'import. (`ImportSettings`, path)
            folder_id: Identifiant du dossier. (`FolderId`, query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[EbpError | ImportModel]

        """

        return await _model_settings_get_import_model.asyncio_detailed(
            import_settings=import_settings,
            folder_id=folder_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )


@define
class AsyncImportClient(AsyncAuthenticatedClient):
    """The ebp_import async client with one namespace per tag: import_, model_settings."""

    @property
    def import_(self) -> AsyncImportResource:
        """The ``import_`` operations."""
        return AsyncImportResource(self)

    @property
    def model_settings(self) -> AsyncModelSettingsResource:
        """The ``model_settings`` operations."""
        return AsyncModelSettingsResource(self)


CLIENT_CLASS = ImportClient
"""The sync resource client class (what ``connect()`` returns)."""
ASYNC_CLIENT_CLASS = AsyncImportClient
"""The async resource client class (what ``connect_async()`` returns)."""
