"""OAuth 2.0 authorization-code providers: endpoints and client credentials, EBP preset included."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from urllib.parse import urlencode

EBP_AUTHORIZE_URL = "https://api-login.ebp.com/connect/authorize"
EBP_TOKEN_URL = "https://api-login.ebp.com/connect/token"  # noqa: S105 (a URL, not a password)
EBP_REDIRECT_URI = "http://localhost:3333"
EBP_SCOPES = ("openid", "profile", "offline_access")
EBP_REFRESH_TOKEN_LIFETIME = 30 * 24 * 3600.0
"""EBP refresh tokens last 30 days; each refresh returns a new one valid 30 more days."""


@dataclass(frozen=True, kw_only=True)
class OAuthProvider:
    """Where and how to obtain tokens; the client secret is sent in the form body (client_secret_post)."""

    name: str
    display_name: str
    authorize_url: str
    token_url: str
    client_id: str
    client_secret: str = field(repr=False)
    scopes: tuple[str, ...]
    redirect_uri: str
    access_token_lifetime: float = 3600.0
    """Assumed when the token endpoint omits `expires_in` (EBP's documented answer does)."""

    @property
    def login_command(self) -> str:
        """The command a person runs to log in again."""
        return f"comptoir login {self.name}"

    def with_redirect_uri(self, redirect_uri: str) -> OAuthProvider:
        """A copy that redirects elsewhere (the login flow uses it when the port is chosen at run time)."""
        return dataclasses.replace(self, redirect_uri=redirect_uri)

    def authorization_url(self, *, state: str, code_challenge: str) -> str:
        """The browser URL starting the authorization-code flow with PKCE S256 (no secret in it)."""
        query = {
            "response_type": "code",
            "client_id": self.client_id,
            "redirect_uri": self.redirect_uri,
            "scope": " ".join(self.scopes),
            "state": state,
            "code_challenge": code_challenge,
            "code_challenge_method": "S256",
            "response_mode": "query",
        }
        return f"{self.authorize_url}?{urlencode(query)}"

    def code_exchange_form(self, *, code: str, code_verifier: str) -> dict[str, str]:
        """The token request body trading an authorization code for tokens."""
        return {
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": self.redirect_uri,
            "code_verifier": code_verifier,
            **self._client_credentials(),
        }

    def refresh_form(self, refresh_token: str) -> dict[str, str]:
        """The token request body rotating a refresh token, as EBP documents it (step 5)."""
        return {"grant_type": "refresh_token", "refresh_token": refresh_token, **self._client_credentials()}

    def _client_credentials(self) -> dict[str, str]:
        return {"client_id": self.client_id, "client_secret": self.client_secret}


def ebp_provider(
    client_id: str,
    client_secret: str,
    *,
    authorize_url: str = EBP_AUTHORIZE_URL,
    token_url: str = EBP_TOKEN_URL,
    redirect_uri: str = EBP_REDIRECT_URI,
) -> OAuthProvider:
    """EBP's login server (api-login.ebp.com); the URLs are overridable for tests and proxies."""
    return OAuthProvider(
        name="ebp",
        display_name="EBP",
        authorize_url=authorize_url,
        token_url=token_url,
        client_id=client_id,
        client_secret=client_secret,
        scopes=EBP_SCOPES,
        redirect_uri=redirect_uri,
    )
