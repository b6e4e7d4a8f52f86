"""OAuth 2.0 authorization-code providers: endpoints and client credentials, EBP preset included."""

from __future__ import annotations

import dataclasses
import ssl
from dataclasses import dataclass
from urllib.parse import urlencode

from ..errors import ConfigurationError
from ..origin import checked_url
from ..secret import Secret, secret_problem

EBP_AUTHORIZE_URL = "https://api-login.ebp.com/connect/authorize"
EBP_TOKEN_URL = "https://api-login.ebp.com/connect/token"  # noqa: S105 (a URL, not a password)
EBP_REDIRECT_URI = "http://localhost:3333"
EBP_SCOPES = ("openid", "profile", "offline_access")
EBP_REFRESH_TOKEN_LIFETIME = 30 * 24 * 3600.0
"""EBP refresh tokens last 30 days; each refresh returns a new one valid 30 more days."""


@dataclass(frozen=True, kw_only=True, repr=False)
class OAuthProvider:
    """Where and how to obtain tokens; the client secret is sent in the form body (client_secret_post).

    The authorize and token URLs obey the origin rule (:mod:`comptoir.origin`): https, or plain
    http to loopback only, no user name or password; the client secret is a :class:`Secret`.
    """

    name: str
    display_name: str
    authorize_url: str
    token_url: str
    client_id: str
    client_secret: Secret
    scopes: tuple[str, ...]
    redirect_uri: str
    access_token_lifetime: float = 3600.0
    """Assumed when the token endpoint omits `expires_in` (EBP's documented answer does)."""
    verify: ssl.SSLContext | None = None
    """The TLS context of token requests (one trusting a private or proxy CA); None: the system's."""

    def __post_init__(self) -> None:
        if self.verify is not None and not isinstance(self.verify, ssl.SSLContext):
            raise ConfigurationError(f"verify must be an ssl.SSLContext or None, not {type(self.verify).__name__}")
        checked_url(self.authorize_url, what=f"{self.display_name} authorize URL")
        checked_url(self.token_url, what=f"{self.display_name} token URL")
        for name, value in (("client id", self.client_id), ("client secret", self.client_secret)):
            problem = secret_problem(value)
            if problem is not None:
                raise ConfigurationError(f"the {self.display_name} {name} {problem}")

    def __repr__(self) -> str:
        return f"OAuthProvider(name={getattr(self, 'name', None)!r}, client_id={getattr(self, 'client_id', None)!r})"

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

    def code_exchange_form(self, *, code: Secret, code_verifier: Secret) -> dict[str, str | Secret]:
        """The token request body trading an authorization code for tokens."""
        return {
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": self.redirect_uri,
            "code_verifier": code_verifier,
            **self._client_credentials(),
        }

    def refresh_form(self, refresh_token: Secret) -> dict[str, str | Secret]:
        """The token request body rotating a refresh token, as EBP documents it (step 5)."""
        return {"grant_type": "refresh_token", "refresh_token": refresh_token, **self._client_credentials()}

    def _client_credentials(self) -> dict[str, str | Secret]:
        return {"client_id": self.client_id, "client_secret": self.client_secret}


def ebp_provider(
    client_id: str,
    client_secret: str | Secret,
    *,
    authorize_url: str = EBP_AUTHORIZE_URL,
    token_url: str = EBP_TOKEN_URL,
    redirect_uri: str = EBP_REDIRECT_URI,
    verify: ssl.SSLContext | None = None,
) -> OAuthProvider:
    """EBP's login server (api-login.ebp.com); the URLs are overridable for tests and proxies,
    ``verify`` is the TLS context of token requests (see :attr:`OAuthProvider.verify`)."""
    client_secret = Secret.of(client_secret)  # masked in tracebacks rendered with locals
    return OAuthProvider(
        name="ebp",
        display_name="EBP",
        authorize_url=authorize_url,
        token_url=token_url,
        client_id=client_id,
        client_secret=client_secret,
        scopes=EBP_SCOPES,
        redirect_uri=redirect_uri,
        verify=verify,
    )
