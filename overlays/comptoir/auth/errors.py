"""Typed authentication errors; none of them ever carries a token or a secret."""

from __future__ import annotations

from ..errors import ComptoirError


class AuthError(ComptoirError):
    """Base class of every comptoir authentication error."""


class LoginRequired(AuthError):
    """The stored login is missing or dead: a person must log in again in a browser."""

    def __init__(self, reason: str, *, command: str) -> None:
        super().__init__(f"{reason}. Run `{command}` to log in again.")
        self.command = command


class RefreshInterrupted(LoginRequired):
    """A refresh started but its outcome was never saved, so the stored refresh token may be dead."""


class TokenEndpointError(AuthError):
    """The token endpoint was unreachable or answered with an unexpected error (nothing was rotated)."""

    def __init__(self, message: str, *, status_code: int | None = None, error: str | None = None) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.error = error


class TokenResponseLost(AuthError):
    """The refresh request may have reached the server but no usable answer came back."""


class LockTimeout(AuthError):
    """The token store's lock could not be taken in time; no refresh was attempted."""


class StoreError(AuthError):
    """The token store is unreadable or holds something that is not a token set."""


class StoreConflict(StoreError):
    """The stored tokens changed during a refresh; they were left as they are."""


class TokenRejected(AuthError):
    """The API answered 401 again to an access token that had just been refreshed or adopted."""


class LoginFailed(AuthError):
    """The browser login did not complete (denied, state mismatch, timeout, busy port...)."""
