"""PKCE (RFC 7636) S256 verifier and challenge, and the CSRF `state` value."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets


def new_code_verifier() -> str:
    """A random 86-character verifier (RFC 7636 allows 43 to 128 unreserved characters)."""
    return secrets.token_urlsafe(64)


def code_challenge(verifier: str) -> str:
    """BASE64URL(SHA256(verifier)) without padding: the S256 challenge."""
    digest = hashlib.sha256(verifier.encode("ascii")).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def new_state() -> str:
    """An unguessable `state` tying the redirect to this login attempt."""
    return secrets.token_urlsafe(32)


def state_matches(expected: str, received: str | None) -> bool:
    """Constant-time comparison of the `state` sent with the one received."""
    return received is not None and hmac.compare_digest(expected.encode(), received.encode())
