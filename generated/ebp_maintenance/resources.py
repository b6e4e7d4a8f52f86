"""Resource clients of ebp_maintenance: ``MaintenanceClient`` (sync) and ``AsyncMaintenanceClient`` (async).

Each is a client of this API (usable as ``client=`` by every function of ``ebp_maintenance.api``) with
one namespace per tag, whose methods are the operations (``client.<tag>.<operation>(...)``); each
method has a ``*_detailed`` form returning the whole ``Response``. Generated: do not edit.
"""

from collections.abc import AsyncIterator, Iterator, Mapping

from attrs import define
from comptoir.clients import NOT_GIVEN, Namespace, NotGiven, TimeoutOption

from ebp_maintenance import models
from ebp_maintenance.models.ebp_error import EbpError
from ebp_maintenance.models.folder_list import FolderList
from ebp_maintenance.types import (
    UNSET,
    Response,
    Unset,
)

from .api.folders import get_folders as _folders_get_folders
from .api.folders import unlock_all_users as _folders_unlock_all_users
from .api.folders import unlog_all_users as _folders_unlog_all_users
from .client import AsyncAuthenticatedClient, AuthenticatedClient

__all__ = ["ASYNC_CLIENT_CLASS", "CLIENT_CLASS", "AsyncMaintenanceClient", "MaintenanceClient"]


class FoldersResource(Namespace[AuthenticatedClient]):
    """The ``folders`` operations."""

    def get_folders(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 100,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> FolderList:
        """Get folders.

        ``GET /v1/Folders`` (operationId ``getFolders``)

        Spec summary: Obtenir les dossiers

        Args:
            offset: Permet de définir le décalage, les « Offset » premiers résultats à ignorer. Pour afficher la
                page n avec une taille de page Limit, Offset = (n - 1) * Limit. (`Offset`, query)
            limit: Permet de définir le nombre d'éléments à afficher. Au plus 100 par page (FAQ : au-dessus, une
                erreur est envoyée). (`Limit`, query)
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

        return _folders_get_folders.sync(
            offset=offset,
            limit=limit,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def get_folders_detailed(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 100,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | FolderList]:
        """Get folders. Returns the whole ``Response``.

        ``GET /v1/Folders`` (operationId ``getFolders``)

        Spec summary: Obtenir les dossiers

        Args:
            offset: Permet de définir le décalage, les « Offset » premiers résultats à ignorer. Pour afficher la
                page n avec une taille de page Limit, Offset = (n - 1) * Limit. (`Offset`, query)
            limit: Permet de définir le nombre d'éléments à afficher. Au plus 100 par page (FAQ : au-dessus, une
                erreur est envoyée). (`Limit`, query)
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

        return _folders_get_folders.sync_detailed(
            offset=offset,
            limit=limit,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def iterate_get_folders(
        self,
        *,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> Iterator[models.Folder]:
        """Every item of ``getFolders``, in order, across pages (``GET /v1/Folders``).

        ``start`` is the offset to resume from; ``page_size`` defaults to the largest the API accepts.
        """
        return _folders_get_folders.iterate(
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    def pages_get_folders(
        self,
        *,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> Iterator[FolderList]:
        """Every page of ``getFolders`` (``GET /v1/Folders``), fetched lazily."""
        return _folders_get_folders.pages(
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    def unlog_all_users(
        self,
        folder_id: str,
        *,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Unlog all users.

        ``POST /v1/Folders/{FolderId}/UnlogAll`` (operationId ``unlogAllUsers``)

        Spec summary: Envoyer une demande pour déconnecter tous les utilisateurs

        Args:
            folder_id: Identifiant du dossier. (`FolderId`, path)
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
            None

        """

        return _folders_unlog_all_users.sync(
            folder_id=folder_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def unlog_all_users_detailed(
        self,
        folder_id: str,
        *,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | None]:
        """Unlog all users. Returns the whole ``Response``.

        ``POST /v1/Folders/{FolderId}/UnlogAll`` (operationId ``unlogAllUsers``)

        Spec summary: Envoyer une demande pour déconnecter tous les utilisateurs

        Args:
            folder_id: Identifiant du dossier. (`FolderId`, path)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
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

        return _folders_unlog_all_users.sync_detailed(
            folder_id=folder_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def unlock_all_users(
        self,
        folder_id: str,
        *,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Unlock all users.

        ``POST /v1/Folders/{FolderId}/UnlockAll`` (operationId ``unlockAllUsers``)

        Spec summary: Envoyer une demande pour supprimer les verrous pour tous les utilisateurs

        Args:
            folder_id: Identifiant du dossier. (`FolderId`, path)
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
            None

        """

        return _folders_unlock_all_users.sync(
            folder_id=folder_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def unlock_all_users_detailed(
        self,
        folder_id: str,
        *,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | None]:
        """Unlock all users. Returns the whole ``Response``.

        ``POST /v1/Folders/{FolderId}/UnlockAll`` (operationId ``unlockAllUsers``)

        Spec summary: Envoyer une demande pour supprimer les verrous pour tous les utilisateurs

        Args:
            folder_id: Identifiant du dossier. (`FolderId`, path)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
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

        return _folders_unlock_all_users.sync_detailed(
            folder_id=folder_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    # The tag's one paged operation.
    iterate = iterate_get_folders
    pages = pages_get_folders

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    get = get_folders
    get_detailed = get_folders_detailed


@define
class MaintenanceClient(AuthenticatedClient):
    """The ebp_maintenance client with one namespace per tag: folders."""

    @property
    def folders(self) -> FoldersResource:
        """The ``folders`` operations."""
        return FoldersResource(self)


class AsyncFoldersResource(Namespace[AsyncAuthenticatedClient]):
    """The ``folders`` operations."""

    async def get_folders(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 100,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> FolderList:
        """Get folders.

        ``GET /v1/Folders`` (operationId ``getFolders``)

        Spec summary: Obtenir les dossiers

        Args:
            offset: Permet de définir le décalage, les « Offset » premiers résultats à ignorer. Pour afficher la
                page n avec une taille de page Limit, Offset = (n - 1) * Limit. (`Offset`, query)
            limit: Permet de définir le nombre d'éléments à afficher. Au plus 100 par page (FAQ : au-dessus, une
                erreur est envoyée). (`Limit`, query)
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

        return await _folders_get_folders.asyncio(
            offset=offset,
            limit=limit,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def get_folders_detailed(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 100,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | FolderList]:
        """Get folders. Returns the whole ``Response``.

        ``GET /v1/Folders`` (operationId ``getFolders``)

        Spec summary: Obtenir les dossiers

        Args:
            offset: Permet de définir le décalage, les « Offset » premiers résultats à ignorer. Pour afficher la
                page n avec une taille de page Limit, Offset = (n - 1) * Limit. (`Offset`, query)
            limit: Permet de définir le nombre d'éléments à afficher. Au plus 100 par page (FAQ : au-dessus, une
                erreur est envoyée). (`Limit`, query)
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

        return await _folders_get_folders.asyncio_detailed(
            offset=offset,
            limit=limit,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    def iterate_get_folders(
        self,
        *,
        accept_language: str | Unset = UNSET,
        start: int = 0,
        page_size: int | None = None,
    ) -> AsyncIterator[models.Folder]:
        """Every item of ``getFolders``, in order, across pages (``GET /v1/Folders``).

        ``start`` is the offset to resume from; ``page_size`` defaults to the largest the API accepts.
        """
        return _folders_get_folders.aiterate(
            accept_language=accept_language,
            client=self._client,
            start=start,
            page_size=page_size,
        )

    async def unlog_all_users(
        self,
        folder_id: str,
        *,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Unlog all users.

        ``POST /v1/Folders/{FolderId}/UnlogAll`` (operationId ``unlogAllUsers``)

        Spec summary: Envoyer une demande pour déconnecter tous les utilisateurs

        Args:
            folder_id: Identifiant du dossier. (`FolderId`, path)
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
            None

        """

        return await _folders_unlog_all_users.asyncio(
            folder_id=folder_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def unlog_all_users_detailed(
        self,
        folder_id: str,
        *,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | None]:
        """Unlog all users. Returns the whole ``Response``.

        ``POST /v1/Folders/{FolderId}/UnlogAll`` (operationId ``unlogAllUsers``)

        Spec summary: Envoyer une demande pour déconnecter tous les utilisateurs

        Args:
            folder_id: Identifiant du dossier. (`FolderId`, path)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
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

        return await _folders_unlog_all_users.asyncio_detailed(
            folder_id=folder_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def unlock_all_users(
        self,
        folder_id: str,
        *,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> None:
        """Unlock all users.

        ``POST /v1/Folders/{FolderId}/UnlockAll`` (operationId ``unlockAllUsers``)

        Spec summary: Envoyer une demande pour supprimer les verrous pour tous les utilisateurs

        Args:
            folder_id: Identifiant du dossier. (`FolderId`, path)
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
            None

        """

        return await _folders_unlock_all_users.asyncio(
            folder_id=folder_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    async def unlock_all_users_detailed(
        self,
        folder_id: str,
        *,
        accept_language: str | Unset = UNSET,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | None | NotGiven = NOT_GIVEN,
    ) -> Response[EbpError | None]:
        """Unlock all users. Returns the whole ``Response``.

        ``POST /v1/Folders/{FolderId}/UnlockAll`` (operationId ``unlockAllUsers``)

        Spec summary: Envoyer une demande pour supprimer les verrous pour tous les utilisateurs

        Args:
            folder_id: Identifiant du dossier. (`FolderId`, path)
            accept_language: Langue pour la traduction des ressources. (`Accept-Language`, header)
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

        return await _folders_unlock_all_users.asyncio_detailed(
            folder_id=folder_id,
            accept_language=accept_language,
            client=self._call_client(timeout, extra_headers, max_retries),
        )

    # The tag's one paged operation.
    iterate = iterate_get_folders

    # Shorter names, unambiguous within this tag (last in the body: they may shadow builtins).
    get = get_folders
    get_detailed = get_folders_detailed


@define
class AsyncMaintenanceClient(AsyncAuthenticatedClient):
    """The ebp_maintenance async client with one namespace per tag: folders."""

    @property
    def folders(self) -> AsyncFoldersResource:
        """The ``folders`` operations."""
        return AsyncFoldersResource(self)


CLIENT_CLASS = MaintenanceClient
"""The sync resource client class (what ``connect()`` returns)."""
ASYNC_CLIENT_CLASS = AsyncMaintenanceClient
"""The async resource client class (what ``connect_async()`` returns)."""
