"""A one-entry journal recording a refresh in flight, so a crash mid-refresh is detected later."""

from __future__ import annotations

import json
import os
import socket
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Protocol

from .errors import StoreError
from .private_files import read_private_file, remove_file, write_private_file
from .tokens import TokenSet


@dataclass(frozen=True, kw_only=True)
class RefreshRecord:
    """Which refresh token a refresh started from (as a fingerprint), when, and where."""

    refresh_fingerprint: str
    started_at: float
    host: str
    pid: int

    @classmethod
    def starting_from(cls, tokens: TokenSet) -> RefreshRecord:
        """The record written just before POSTing `tokens`' refresh token."""
        return cls(
            refresh_fingerprint=tokens.refresh_fingerprint,
            started_at=time.time(),
            host=socket.gethostname(),
            pid=os.getpid(),
        )

    def to_json(self) -> bytes:
        """The persisted form."""
        return json.dumps(asdict(self)).encode()

    @classmethod
    def from_json(cls, data: bytes | str, *, source: str) -> RefreshRecord:
        """Parse `to_json`'s output; `source` names the journal in errors."""
        try:
            document: Any = json.loads(data)
            return cls(
                refresh_fingerprint=str(document["refresh_fingerprint"]),
                started_at=float(document["started_at"]),
                host=str(document["host"]),
                pid=int(document["pid"]),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise StoreError(f"{source} is not a refresh journal ({type(exc).__name__})") from None

    def concerns(self, tokens: TokenSet) -> bool:
        """Whether this unfinished refresh started from `tokens`' refresh token (else it is a leftover)."""
        return self.refresh_fingerprint == tokens.refresh_fingerprint

    def describe(self) -> str:
        """A human summary for error messages."""
        started = time.strftime("%Y-%m-%d %H:%M:%S %Z", time.localtime(self.started_at))
        return f"a token refresh started at {started} by process {self.pid} on {self.host} never finished"


class RefreshJournal(Protocol):
    """Where a token store records its refresh in flight; only written under the store's lock."""

    def begin(self, record: RefreshRecord) -> None:
        """Durably record a refresh about to be POSTed."""

    def pending(self) -> RefreshRecord | None:
        """The refresh recorded but never finished, if any."""

    def clear(self) -> None:
        """Forget the recorded refresh (its outcome is known)."""


class FileJournal:
    """A journal kept in a 0600 file next to the token file."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def begin(self, record: RefreshRecord) -> None:
        """Durably record a refresh about to be POSTed."""
        write_private_file(self.path, record.to_json())

    def pending(self) -> RefreshRecord | None:
        """The refresh recorded but never finished, if any."""
        data = read_private_file(self.path)
        if data is None:
            return None
        return RefreshRecord.from_json(data, source=str(self.path))

    def clear(self) -> None:
        """Forget the recorded refresh (its outcome is known)."""
        remove_file(self.path)
