"""Resource clients of ebp_associatedfile: ``AssociatedfileClient`` (sync) and ``AsyncAssociatedfileClient`` (async).

Each is a client of this API (usable as ``client=`` by every function of ``ebp_associatedfile.api``) with
one namespace per tag, whose methods are the operations (``client.<tag>.<operation>(...)``); each
method has a ``*_detailed`` form returning the whole ``Response``. Generated: do not edit.
"""

from collections.abc import Mapping

from attrs import define
from comptoir.clients import NOT_GIVEN, Namespace, NotGiven, TimeoutOption

from ebp_associatedfile.models.add_associated_file_request import AddAssociatedFileRequest
from ebp_associatedfile.models.associated_file_created import AssociatedFileCreated
from ebp_associatedfile.models.associated_file_kind import AssociatedFileKind
from ebp_associatedfile.models.associated_file_status_result import AssociatedFileStatusResult
from ebp_associatedfile.models.ebp_error import EbpError
from ebp_associatedfile.types import (
    UNSET,
    Response,
    Unset,
)

from .api.associated_file import add_associated_file as _associated_file_add_associated_file
from .api.associated_file import get_associated_file_result as _associated_file_get_associated_file_result
from .client import AsyncAuthenticatedClient, AuthenticatedClient

__all__ = ["ASYNC_CLIENT_CLASS", "CLIENT_CLASS", "AsyncAssociatedfileClient", "AssociatedfileClient"]


class AssociatedFileResource(Namespace[AuthenticatedClient]):
    """The ``associated_file`` operations."""

    def add_associated_file(
        self,
        *,
        body: AddAssociatedFileRequest,
        folder_id: str,
        kind: AssociatedFileKind,
        type_: str,
        entity_id: str,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> AssociatedFileCreated:
        """Add associated file.

        ``POST /v1/AddAssociatedFile`` (operationId ``addAssociatedFile``)

        Spec summary: Envoyer une demande d'ajout d'une pièce jointe

        Args:
            folder_id: Identifiant du dossier. (`FolderId`, query)
            kind: Catégorie du document associé, c'est-à-dire le type de fiche (voir Annexe 2). (`Kind`, query)
            type_: Fichier ou Url. La documentation ne donne que la valeur `file` (exemple) ; la valeur pour une
                URL n'est pas documentée. (`Type`, query)
            entity_id: Identifiant (code) de la fiche, par exemple le code de l'article. (`EntityId`, query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Fichier à associer (multipart/form-data). (request body, multipart/form-data)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            AssociatedFileCreated

        """

        return _associated_file_add_associated_file.sync(
            body=body,
            folder_id=folder_id,
            kind=kind,
            type_=type_,
            entity_id=entity_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def add_associated_file_detailed(
        self,
        *,
        body: AddAssociatedFileRequest,
        folder_id: str,
        kind: AssociatedFileKind,
        type_: str,
        entity_id: str,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[AssociatedFileCreated | EbpError]:
        """Add associated file. Returns the whole ``Response``.

        ``POST /v1/AddAssociatedFile`` (operationId ``addAssociatedFile``)

        Spec summary: Envoyer une demande d'ajout d'une pièce jointe

        Args:
            folder_id: Identifiant du dossier. (`FolderId`, query)
            kind: Catégorie du document associé, c'est-à-dire le type de fiche (voir Annexe 2). (`Kind`, query)
            type_: Fichier ou Url. La documentation ne donne que la valeur `file` (exemple) ; la valeur pour une
                URL n'est pas documentée. (`Type`, query)
            entity_id: Identifiant (code) de la fiche, par exemple le code de l'article. (`EntityId`, query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Fichier à associer (multipart/form-data). (request body, multipart/form-data)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[AssociatedFileCreated | EbpError]

        """

        return _associated_file_add_associated_file.sync_detailed(
            body=body,
            folder_id=folder_id,
            kind=kind,
            type_=type_,
            entity_id=entity_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_associated_file_result(
        self,
        *,
        associated_file_id: str,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> AssociatedFileStatusResult:
        """Get associated file result.

        ``GET /v1/AssociatedFileResult`` (operationId ``getAssociatedFileResult``)

        Spec summary: Obtenir le statut de l'exécution du fichier associé

        Args:
            associated_file_id: Identifiant du fichier associé (renvoyé par `AddAssociatedFile`). (`associatedFileId`, query)
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
            AssociatedFileStatusResult

        """

        return _associated_file_get_associated_file_result.sync(
            associated_file_id=associated_file_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_associated_file_result_detailed(
        self,
        *,
        associated_file_id: str,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[AssociatedFileStatusResult | EbpError]:
        """Get associated file result. Returns the whole ``Response``.

        ``GET /v1/AssociatedFileResult`` (operationId ``getAssociatedFileResult``)

        Spec summary: Obtenir le statut de l'exécution du fichier associé

        Args:
            associated_file_id: Identifiant du fichier associé (renvoyé par `AddAssociatedFile`). (`associatedFileId`, query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[AssociatedFileStatusResult | EbpError]

        """

        return _associated_file_get_associated_file_result.sync_detailed(
            associated_file_id=associated_file_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    add = add_associated_file
    add_detailed = add_associated_file_detailed


@define
class AssociatedfileClient(AuthenticatedClient):
    """The ebp_associatedfile client with one namespace per tag: associated_file."""

    @property
    def associated_file(self) -> AssociatedFileResource:
        """The ``associated_file`` operations."""
        return AssociatedFileResource(self)


class AsyncAssociatedFileResource(Namespace[AsyncAuthenticatedClient]):
    """The ``associated_file`` operations."""

    async def add_associated_file(
        self,
        *,
        body: AddAssociatedFileRequest,
        folder_id: str,
        kind: AssociatedFileKind,
        type_: str,
        entity_id: str,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> AssociatedFileCreated:
        """Add associated file.

        ``POST /v1/AddAssociatedFile`` (operationId ``addAssociatedFile``)

        Spec summary: Envoyer une demande d'ajout d'une pièce jointe

        Args:
            folder_id: Identifiant du dossier. (`FolderId`, query)
            kind: Catégorie du document associé, c'est-à-dire le type de fiche (voir Annexe 2). (`Kind`, query)
            type_: Fichier ou Url. La documentation ne donne que la valeur `file` (exemple) ; la valeur pour une
                URL n'est pas documentée. (`Type`, query)
            entity_id: Identifiant (code) de la fiche, par exemple le code de l'article. (`EntityId`, query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Fichier à associer (multipart/form-data). (request body, multipart/form-data)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIStatusError: any non-2xx answer (NotFoundError, RateLimitError…).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            AssociatedFileCreated

        """

        return await _associated_file_add_associated_file.asyncio(
            body=body,
            folder_id=folder_id,
            kind=kind,
            type_=type_,
            entity_id=entity_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def add_associated_file_detailed(
        self,
        *,
        body: AddAssociatedFileRequest,
        folder_id: str,
        kind: AssociatedFileKind,
        type_: str,
        entity_id: str,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[AssociatedFileCreated | EbpError]:
        """Add associated file. Returns the whole ``Response``.

        ``POST /v1/AddAssociatedFile`` (operationId ``addAssociatedFile``)

        Spec summary: Envoyer une demande d'ajout d'une pièce jointe

        Args:
            folder_id: Identifiant du dossier. (`FolderId`, query)
            kind: Catégorie du document associé, c'est-à-dire le type de fiche (voir Annexe 2). (`Kind`, query)
            type_: Fichier ou Url. La documentation ne donne que la valeur `file` (exemple) ; la valeur pour une
                URL n'est pas documentée. (`Type`, query)
            entity_id: Identifiant (code) de la fiche, par exemple le code de l'article. (`EntityId`, query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            body: Fichier à associer (multipart/form-data). (request body, multipart/form-data)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[AssociatedFileCreated | EbpError]

        """

        return await _associated_file_add_associated_file.asyncio_detailed(
            body=body,
            folder_id=folder_id,
            kind=kind,
            type_=type_,
            entity_id=entity_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_associated_file_result(
        self,
        *,
        associated_file_id: str,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> AssociatedFileStatusResult:
        """Get associated file result.

        ``GET /v1/AssociatedFileResult`` (operationId ``getAssociatedFileResult``)

        Spec summary: Obtenir le statut de l'exécution du fichier associé

        Args:
            associated_file_id: Identifiant du fichier associé (renvoyé par `AddAssociatedFile`). (`associatedFileId`, query)
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
            AssociatedFileStatusResult

        """

        return await _associated_file_get_associated_file_result.asyncio(
            associated_file_id=associated_file_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_associated_file_result_detailed(
        self,
        *,
        associated_file_id: str,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[AssociatedFileStatusResult | EbpError]:
        """Get associated file result. Returns the whole ``Response``.

        ``GET /v1/AssociatedFileResult`` (operationId ``getAssociatedFileResult``)

        Spec summary: Obtenir le statut de l'exécution du fichier associé

        Args:
            associated_file_id: Identifiant du fichier associé (renvoyé par `AddAssociatedFile`). (`associatedFileId`, query)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
            timeout: seconds or an ``httpx.Timeout`` for this call (default: the client's).
            extra_headers: headers added to this call.
            max_retries: retries allowed for this call (default: the client's).

        Raises:
            comptoir.errors.InvalidArgument: an argument does not fit the spec (nothing was sent).
            comptoir.errors.APIConnectionError: no answer (APITimeoutError when it took too long).
            comptoir.errors.ResponseValidationError: a 2xx answer whose body does not fit the spec.

        Returns:
            Response[AssociatedFileStatusResult | EbpError]

        """

        return await _associated_file_get_associated_file_result.asyncio_detailed(
            associated_file_id=associated_file_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    add = add_associated_file
    add_detailed = add_associated_file_detailed


@define
class AsyncAssociatedfileClient(AsyncAuthenticatedClient):
    """The ebp_associatedfile async client with one namespace per tag: associated_file."""

    @property
    def associated_file(self) -> AsyncAssociatedFileResource:
        """The ``associated_file`` operations."""
        return AsyncAssociatedFileResource(self)


CLIENT_CLASS = AssociatedfileClient
"""The sync resource client class (what ``connect()`` returns)."""
ASYNC_CLIENT_CLASS = AsyncAssociatedfileClient
"""The async resource client class (what ``connect_async()`` returns)."""
