"""The token set obtained from an OAuth token endpoint, and when to refresh it."""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from typing import Any

from .errors import StoreError

MIN_REFRESH_MARGIN = 300.0
"""Refresh at least five minutes before the access token expires..."""
REFRESH_MARGIN_RATIO = 0.1
"""...or earlier when 10 % of its lifetime is longer than that."""


@dataclass(frozen=True, kw_only=True)
class TokenSet:
    """Access and refresh tokens with their expiry (POSIX seconds); `repr` never shows the tokens."""

    access_token: str = field(repr=False)
    refresh_token: str = field(repr=False)
    expires_at: float
    issued_at: float
    scope: str = ""

    @property
    def refresh_margin(self) -> float:
        """Seconds before expiry at which a refresh is due: max(5 min, 10 %), at most half the lifetime."""
        lifetime = max(self.expires_at - self.issued_at, 0.0)
        return min(max(MIN_REFRESH_MARGIN, REFRESH_MARGIN_RATIO * lifetime), lifetime / 2)

    def is_fresh(self, now: float | None = None) -> bool:
        """Whether the access token can be used without refreshing first."""
        current = time.time() if now is None else now
        return self.expires_at - current > self.refresh_margin

    @property
    def refresh_fingerprint(self) -> str:
        """A short hash identifying the refresh token without revealing it."""
        return hashlib.sha256(self.refresh_token.encode()).hexdigest()[:16]

    def to_dict(self) -> dict[str, Any]:
        """The JSON document a token store persists."""
        return {
            "access_token": self.access_token,
            "refresh_token": self.refresh_token,
            "expires_at": self.expires_at,
            "issued_at": self.issued_at,
            "scope": self.scope,
        }

    @classmethod
    def from_dict(cls, document: Any, *, source: str) -> TokenSet:
        """Rebuild a token set from `to_dict`'s output; `source` names the store in errors."""
        try:
            return cls(
                access_token=_text(document["access_token"]),
                refresh_token=_text(document["refresh_token"]),
                expires_at=float(document["expires_at"]),
                issued_at=float(document["issued_at"]),
                scope=_text(document.get("scope", "")),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise StoreError(f"{source} does not hold a valid token set ({type(exc).__name__})") from None


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("expected a string")
    return value
