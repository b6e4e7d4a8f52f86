"""The default token store: a 0600 JSON file guarded by a persistent `filelock` lock file.

The store refuses, with a `StoreError` naming the path and what to do, a token file or directory
accessible by group or others or owned by another user, a token path that is a symbolic link, and
every OS failure (see :mod:`comptoir.auth.private_files`).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import filelock

from .errors import LockTimeout, StoreConflict, StoreError
from .journal import FileJournal
from .private_files import (
    PRIVATE_FILE_MODE,
    check_writable_dir,
    ensure_private_dir,
    os_errors,
    read_private_file,
    remove_file,
    write_private_file,
)
from .tokens import TokenSet

if TYPE_CHECKING:
    from ..secret import Secret

DEFAULT_LOCK_TIMEOUT = 30.0


def default_token_path(provider_name: str) -> Path:
    """`$XDG_CONFIG_HOME/comptoir/<provider>-tokens.json`, falling back to `~/.config`."""
    config_home = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config_home) / "comptoir" / f"{provider_name}-tokens.json"


class FileTokenStore:
    """Tokens in a JSON file (0600, directory 0700), replaced atomically, locked through `<file>.lock`."""

    def __init__(self, path: Path | str, *, lock_timeout: float = DEFAULT_LOCK_TIMEOUT) -> None:
        self.path = Path(path).absolute()
        self.lock_path = self.path.with_name(f"{self.path.name}.lock")
        self.lock_timeout = lock_timeout
        self._journal = FileJournal(self.path.with_name(f"{self.path.name}.journal"))
        self._file_lock = filelock.FileLock(
            self.lock_path,
            timeout=lock_timeout,
            mode=PRIVATE_FILE_MODE,
            preserve_lock_file=True,
            fallback_to_soft=False,
        )

    def __repr__(self) -> str:
        return f"FileTokenStore({str(getattr(self, 'path', '?'))!r})"

    @property
    def location(self) -> str:
        """The token file's path."""
        return str(self.path)

    @property
    def journal(self) -> FileJournal:
        """The journal file next to the token file."""
        return self._journal

    @contextmanager
    def lock(self) -> Iterator[None]:
        """Hold the lock file (never unlinked); raises `LockTimeout` after `lock_timeout` seconds."""
        ensure_private_dir(self.path.parent)
        with os_errors(self.lock_path, "lock"):
            try:
                self._file_lock.acquire()
            except filelock.Timeout:
                raise LockTimeout(
                    f"could not lock {self.lock_path} within {self.lock_timeout:g} s: another process holds it"
                ) from None
        try:
            yield
        finally:
            with os_errors(self.lock_path, "unlock"):
                self._file_lock.release()

    def load(self) -> TokenSet | None:
        """The stored tokens, or None when the file does not exist."""
        data = read_private_file(self.path)
        if data is None:
            return None
        try:
            document = json.loads(data)
        except ValueError:
            raise StoreError(f"{self.path} is not valid JSON: run `comptoir logout` then log in again") from None
        return TokenSet.from_dict(document, source=str(self.path))

    def save(self, tokens: TokenSet, *, replacing: TokenSet | None) -> None:
        """Atomically replace the file if it still holds `replacing`; call under `lock()`."""
        current = self.load()
        if _refresh_token(current) != _refresh_token(replacing):
            raise StoreConflict(f"{self.path} changed while its lock was held; not overwriting it")
        write_private_file(self.path, json.dumps(tokens.to_dict(), indent=2).encode())

    def check_writable(self) -> None:
        """Prove that the token directory is private and that files can be created in it."""
        check_writable_dir(self.path.parent)

    def clear(self) -> None:
        """Delete the token and journal files (the lock file stays)."""
        remove_file(self.path)
        self._journal.clear()


def _refresh_token(tokens: TokenSet | None) -> Secret | None:
    return tokens.refresh_token if tokens else None
