"""POSTs to the token endpoint and turns its answers into token sets or typed errors.

Secrets stay :class:`~comptoir.secret.Secret` values in every frame of this module (the form is
revealed only inside the call to httpx), and the answer is parsed in a helper that returns the
error to raise, so no frame of a raised error holds a token in clear.
"""

from __future__ import annotations

import logging
import time
from typing import Any

import httpx

from ..origin import checked_url, proxy_settings
from ..secret import Secret
from .errors import AuthError, LoginRequired, TokenEndpointError, TokenResponseLost
from .provider import OAuthProvider
from .tokens import TokenSet, checked_scope, checked_token

logger = logging.getLogger("comptoir.auth")

TOKEN_REQUEST_TIMEOUT = httpx.Timeout(20.0, connect=5.0)
MAX_LIFETIME = 366 * 86400.0
"""An `expires_in` above a year is not believed."""

_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)
"""Transport failures that prove the request never reached the server."""


def exchange_code(provider: OAuthProvider, *, code: Secret, code_verifier: Secret) -> TokenSet:
    """Trade an authorization code (single use, valid 5 minutes) for a token set."""
    form = provider.code_exchange_form(code=code, code_verifier=code_verifier)
    return _request_tokens(provider, form, previous=None)


def refresh(provider: OAuthProvider, tokens: TokenSet) -> TokenSet:
    """Rotate `tokens`: the server invalidates their refresh token as soon as it answers."""
    return _request_tokens(provider, provider.refresh_form(tokens.refresh_token), previous=tokens)


def _revealed(form: dict[str, str | Secret]) -> dict[str, str]:
    return {name: value.get_secret_value() if isinstance(value, Secret) else value for name, value in form.items()}


def _request_tokens(provider: OAuthProvider, form: dict[str, str | Secret], *, previous: TokenSet | None) -> TokenSet:
    token_url = checked_url(provider.token_url, what=f"{provider.display_name} token URL")
    requested_at = time.time()
    logger.debug("POST %s grant_type=%s", token_url, form["grant_type"])
    options = proxy_settings(token_url, {"timeout": TOKEN_REQUEST_TIMEOUT, "follow_redirects": False})
    if provider.verify is not None:
        options["verify"] = provider.verify
    try:
        with httpx.Client(**options) as client:
            response = client.post(token_url, data=_revealed(form), headers={"Accept": "application/json"})
    except _NOT_SENT as exc:
        raise TokenEndpointError(f"{provider.display_name} token endpoint unreachable: {type(exc).__name__}") from None
    except httpx.TransportError as exc:
        raise TokenResponseLost(f"{provider.display_name} token request failed mid-way: {type(exc).__name__}") from None
    outcome = _read_answer(provider, response, requested_at=requested_at, previous=previous)
    if isinstance(outcome, AuthError):
        raise outcome
    return outcome


def _read_answer(
    provider: OAuthProvider, response: httpx.Response, *, requested_at: float, previous: TokenSet | None
) -> TokenSet | AuthError:
    """The token set of a 200 answer, else the error to raise (returned, so this frame holds no token)."""
    document = _json_object(response)
    if response.status_code != 200:
        return _error_for(provider, response.status_code, document)
    try:
        return _token_set(provider, document, requested_at=requested_at, previous=previous)
    except ValueError as exc:
        return TokenResponseLost(f"{provider.display_name} token endpoint answered 200 without usable tokens: {exc}")


def _json_object(response: httpx.Response) -> dict[str, Any]:
    try:
        document = response.json()
    except ValueError:
        return {}
    return document if isinstance(document, dict) else {}


def _error_for(provider: OAuthProvider, status_code: int, document: dict[str, Any]) -> AuthError:
    error = document.get("error")
    code = error if isinstance(error, str) and error.isascii() and error.isidentifier() else None
    if code == "invalid_grant":
        return LoginRequired(
            f"{provider.display_name} rejected the stored refresh token or code (invalid_grant)",
            command=provider.login_command,
        )
    return TokenEndpointError(
        f"{provider.display_name} token endpoint answered HTTP {status_code} ({code or 'no OAuth error'})",
        status_code=status_code,
        error=code,
    )


def _token_set(
    provider: OAuthProvider, document: dict[str, Any], *, requested_at: float, previous: TokenSet | None
) -> TokenSet:
    """The answer's tokens, each checked (visible ASCII, at most 8 KiB); a ValueError names the bad field."""
    access_token = checked_token(document.get("access_token"), "access_token")
    if document.get("refresh_token") in (None, "") and previous is not None:
        refresh_token = previous.refresh_token  # the server kept the refresh token
    else:
        refresh_token = checked_token(document.get("refresh_token"), "refresh_token")
    scope = document.get("scope") or (previous.scope if previous else " ".join(provider.scopes))
    return TokenSet(
        access_token=access_token,
        refresh_token=refresh_token,
        expires_at=requested_at + _lifetime(document.get("expires_in"), provider.access_token_lifetime),
        issued_at=requested_at,
        scope=checked_scope(scope),
    )


def _lifetime(value: object, default: float) -> float:
    """`expires_in` in seconds: a positive finite number (digits in a string accepted), else ValueError."""
    if value is None or value == "":
        return default
    if isinstance(value, str) and value.isascii() and value.isdigit():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value <= MAX_LIFETIME:
        raise ValueError("expires_in is not a positive number of seconds up to a year")
    return float(value)
