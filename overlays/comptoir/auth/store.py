"""The token store protocol shared by the file and Redis stores."""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Protocol

from .journal import RefreshJournal
from .tokens import TokenSet


class TokenStore(Protocol):
    """Persistent tokens shared by every worker of one login, with the lock that serialises refreshes.

    `save` and `clear` are only called while holding `lock()`; `load` may be called without it.
    """

    @property
    def location(self) -> str:
        """Where the tokens live (a path or a Redis key), for messages."""

    @property
    def journal(self) -> RefreshJournal:
        """The refresh-in-flight journal kept alongside the tokens."""

    def lock(self) -> AbstractContextManager[None]:
        """Take the store's exclusive lock; raises `LockTimeout` when it cannot within the store's timeout."""

    def load(self) -> TokenSet | None:
        """The stored tokens, or None when nobody has logged in."""

    def save(self, tokens: TokenSet, *, replacing: TokenSet | None) -> None:
        """Store `tokens` if the store still holds `replacing` (compare-and-set); else `StoreConflict`."""

    def check_writable(self) -> None:
        """Raise `StoreError` unless the store can be written (`login` calls it, under `lock()`, first)."""

    def clear(self) -> None:
        """Forget the stored login and any journal entry."""
