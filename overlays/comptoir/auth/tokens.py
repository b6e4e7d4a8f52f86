"""The token set obtained from an OAuth token endpoint, when to refresh it, and the checks on its fields."""

from __future__ import annotations

import hashlib
import math
import time
from dataclasses import dataclass
from typing import Any

from ..secret import MAX_SECRET_LENGTH, Secret, secret_problem
from .errors import StoreError

MIN_REFRESH_MARGIN = 300.0
"""Refresh at least five minutes before the access token expires..."""
REFRESH_MARGIN_RATIO = 0.1
"""...or earlier when 10 % of its lifetime is longer than that."""


@dataclass(frozen=True, kw_only=True, repr=False)
class TokenSet:
    """Access and refresh tokens (as :class:`Secret`) with their expiry (POSIX seconds)."""

    access_token: Secret
    refresh_token: Secret
    expires_at: float
    issued_at: float
    scope: str = ""

    def __repr__(self) -> str:
        expires_at, issued_at = getattr(self, "expires_at", None), getattr(self, "issued_at", None)
        return f"TokenSet(expires_at={expires_at!r}, issued_at={issued_at!r}, scope={getattr(self, 'scope', None)!r})"

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
        return hashlib.sha256(self.refresh_token.get_secret_value().encode()).hexdigest()[:16]

    def to_dict(self) -> dict[str, Any]:
        """The JSON document a token store persists (the only place the tokens are revealed)."""
        return {
            "access_token": self.access_token.get_secret_value(),
            "refresh_token": self.refresh_token.get_secret_value(),
            "expires_at": self.expires_at,
            "issued_at": self.issued_at,
            "scope": self.scope,
        }

    @classmethod
    def from_dict(cls, document: Any, *, source: str) -> TokenSet:
        """Rebuild a token set from `to_dict`'s output; `source` names the store in errors."""
        try:
            if not isinstance(document, dict):
                raise ValueError("the document is not a JSON object")
            return cls(
                access_token=checked_token(document.get("access_token"), "access_token"),
                refresh_token=checked_token(document.get("refresh_token"), "refresh_token"),
                expires_at=checked_time(document.get("expires_at"), "expires_at"),
                issued_at=checked_time(document.get("issued_at"), "issued_at"),
                scope=checked_scope(document.get("scope", "")),
            )
        except ValueError as exc:
            raise StoreError(
                f"{source} does not hold a valid token set ({exc}): run `comptoir logout` then log in again"
            ) from None


def checked_token(value: object, name: str) -> Secret:
    """A token as a Secret, if it is 1 to 8 KiB of visible ASCII; the ValueError names the field, never the value."""
    if value is None:
        raise ValueError(f"{name} is missing")
    if not isinstance(value, str):
        raise ValueError(f"{name} is a {type(value).__name__}, not a string")
    problem = secret_problem(value, max_length=MAX_SECRET_LENGTH)
    if problem is not None:
        raise ValueError(f"{name} {problem}")
    return Secret(value)


def checked_time(value: object, name: str) -> float:
    """A finite number of seconds (not a bool, not a string, not NaN or infinity)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{name} is not a number")
    try:
        seconds = float(value)
    except OverflowError:
        raise ValueError(f"{name} is out of range") from None
    if not math.isfinite(seconds):
        raise ValueError(f"{name} is not finite")
    return seconds


def checked_scope(value: object) -> str:
    """A scope list: printable ASCII (spaces between scopes), at most 8 KiB."""
    if not isinstance(value, str):
        raise ValueError("scope is not a string")
    if len(value) > MAX_SECRET_LENGTH or not all(" " <= char <= "~" for char in value):
        raise ValueError("scope is longer than 8 KiB or holds control or non-ASCII characters")
    return value
