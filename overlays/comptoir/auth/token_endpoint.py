"""POSTs to the token endpoint and turns its answers into token sets or typed errors."""

from __future__ import annotations

import logging
import time
from typing import Any

import httpx

from .errors import LoginRequired, TokenEndpointError, TokenResponseLost
from .provider import OAuthProvider
from .tokens import TokenSet

logger = logging.getLogger("comptoir.auth")

TOKEN_REQUEST_TIMEOUT = httpx.Timeout(20.0, connect=5.0)

_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)
"""Transport failures that prove the request never reached the server."""


def exchange_code(provider: OAuthProvider, *, code: str, code_verifier: str) -> TokenSet:
    """Trade an authorization code (single use, valid 5 minutes) for a token set."""
    form = provider.code_exchange_form(code=code, code_verifier=code_verifier)
    return _request_tokens(provider, form, previous=None)


def refresh(provider: OAuthProvider, tokens: TokenSet) -> TokenSet:
    """Rotate `tokens`: the server invalidates their refresh token as soon as it answers."""
    return _request_tokens(provider, provider.refresh_form(tokens.refresh_token), previous=tokens)


def _request_tokens(provider: OAuthProvider, form: dict[str, str], *, previous: TokenSet | None) -> TokenSet:
    requested_at = time.time()
    logger.debug("POST %s grant_type=%s", provider.token_url, form["grant_type"])
    try:
        with httpx.Client(timeout=TOKEN_REQUEST_TIMEOUT) as client:
            response = client.post(provider.token_url, data=form, headers={"Accept": "application/json"})
    except _NOT_SENT as exc:
        raise TokenEndpointError(f"{provider.display_name} token endpoint unreachable: {type(exc).__name__}") from None
    except httpx.TransportError as exc:
        raise TokenResponseLost(f"{provider.display_name} token request failed mid-way: {type(exc).__name__}") from None
    document = _json_object(response)
    if response.status_code != 200:
        raise _error_for(provider, response.status_code, document)
    try:
        return _token_set(provider, document, requested_at=requested_at, previous=previous)
    except (KeyError, TypeError, ValueError):
        raise TokenResponseLost(f"{provider.display_name} token endpoint answered 200 without usable tokens") from None


def _json_object(response: httpx.Response) -> dict[str, Any]:
    try:
        document = response.json()
    except ValueError:
        return {}
    return document if isinstance(document, dict) else {}


def _error_for(provider: OAuthProvider, status_code: int, document: dict[str, Any]) -> Exception:
    error = document.get("error")
    code = error if isinstance(error, str) else None
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
    access_token = document["access_token"]
    refresh_token = document.get("refresh_token") or (previous.refresh_token if previous else None)
    if not isinstance(access_token, str) or not isinstance(refresh_token, str):
        raise TypeError("tokens must be strings")
    lifetime = float(document.get("expires_in") or provider.access_token_lifetime)
    scope = document.get("scope") or (previous.scope if previous else " ".join(provider.scopes))
    return TokenSet(
        access_token=access_token,
        refresh_token=refresh_token,
        expires_at=requested_at + lifetime,
        issued_at=requested_at,
        scope=str(scope),
    )
