"""Credentials placed on each request exactly as the operation's OpenAPI security requirement says.

The generated endpoint functions tag every request with the operation's security requirements
(``request.extensions["openapi_security"]``, e.g. ``[["apiKey", "clientId"]]``): a list of
alternatives, each naming the security schemes that must all be present. :class:`SpecAuth` is an
``httpx.Auth`` holding one credential per scheme name; for each request it picks the first
alternative it can satisfy, applies its static credentials and, if the alternative includes a
dynamic one (an ``httpx.Auth`` such as refreshing OAuth tokens), hands the request to that auth's
own flow, in the httpx protocol::

    def sync_auth_flow(self, request):
        inner = self._apply(request)          # static headers in place
        if inner is None:
            yield request
        else:
            yield from inner.sync_auth_flow(request)   # e.g. bearer + refresh + retry on 401

Secrets are held as :class:`~comptoir.secret.Secret` values, never shown by ``repr``. Once bound to
a base URL (``bound_to``, done by ``connect()``), a SpecAuth attaches nothing to a request for
another origin (:mod:`comptoir.origin`).
"""

from __future__ import annotations

import base64
from collections.abc import AsyncGenerator, Generator, Mapping, Sequence

import httpx

from .errors import ConfigurationError
from .origin import Origin
from .secret import Secret, secret_problem

SECURITY_EXTENSION = "openapi_security"


def check_secret(header: str, secret: str | Secret, *, what: str = "credential") -> None:
    """Refuse a secret that cannot travel in a header as is (see :func:`comptoir.secret.secret_problem`).

    The message names the header, never the secret.
    """
    problem = secret_problem(secret)
    if problem is not None:
        raise ConfigurationError(f"the {header} {what} {problem}; API keys and tokens are visible ASCII")


class HeaderCredential:
    """A secret sent in one request header (OpenAPI ``apiKey`` in header, or an http scheme)."""

    def __init__(self, header: str, secret: str | Secret, *, prefix: str = "") -> None:
        secret = Secret.of(secret)
        check_secret(header, secret)
        self.header = header
        self._value = Secret(f"{prefix} {secret.get_secret_value()}" if prefix else secret.get_secret_value())

    def apply(self, request: httpx.Request) -> None:
        """Set the header on the request."""
        request.headers[self.header] = self._value.get_secret_value()

    def __repr__(self) -> str:
        return f"HeaderCredential(header={getattr(self, 'header', None)!r}, secret='***')"


def basic_credential(username: str | Secret, password: str | Secret = "") -> HeaderCredential:
    """HTTP basic authentication (``-u user:password``) as an ``Authorization`` header."""
    username, password = Secret.of(username), Secret.of(password)
    check_secret("Authorization", username, what="basic-auth user name (the API key)")
    if ":" in username.get_secret_value():
        raise ConfigurationError("the Authorization basic-auth user name (the API key) must not contain ':' (RFC 7617)")
    return HeaderCredential(
        "Authorization",
        Secret(
            base64.b64encode(f"{username.get_secret_value()}:{password.get_secret_value()}".encode()).decode("ascii")
        ),
        prefix="Basic",
    )


Credential = HeaderCredential | httpx.Auth


class SpecAuth(httpx.Auth):
    """One credential per OpenAPI security scheme name, applied per the request's requirement."""

    def __init__(
        self, schemes: Mapping[str, Credential], *, default: Sequence[str] | None = None, base_url: str | None = None
    ) -> None:
        dynamic = [name for name, value in schemes.items() if not isinstance(value, HeaderCredential)]
        if len(dynamic) > 1:
            raise ConfigurationError(f"at most one dynamic credential is supported, got {dynamic}")
        self._schemes = dict(schemes)
        self._default = list(default) if default is not None else list(schemes)
        self._origin = Origin.of(base_url) if base_url is not None else None

    def bound_to(self, base_url: str) -> SpecAuth:
        """The same credentials, attached only to requests for ``base_url``'s origin."""
        return SpecAuth(self._schemes, default=self._default, base_url=base_url)

    @property
    def secret_headers(self) -> frozenset[str]:
        """The headers that may carry a credential (a dynamic credential sets ``Authorization``)."""
        return frozenset(
            value.header if isinstance(value, HeaderCredential) else "Authorization" for value in self._schemes.values()
        )

    def _for_this_origin(self, request: httpx.Request) -> bool:
        return self._origin is None or self._origin.matches(request.url)

    def _requirement(self, request: httpx.Request) -> Sequence[str]:
        alternatives = request.extensions.get(SECURITY_EXTENSION)
        if alternatives is None:
            return self._default
        for alternative in alternatives:
            if self._schemes.keys() >= set(alternative):
                return alternative  # type: ignore[no-any-return]
        wanted = " or ".join("+".join(alternative) for alternative in alternatives)
        raise ConfigurationError(
            f"{request.method} {request.url.path} needs {wanted}; this client has {', '.join(self._schemes)}"
        )

    def _apply(self, request: httpx.Request) -> httpx.Auth | None:
        inner: httpx.Auth | None = None
        for name in self._requirement(request):
            credential = self._schemes[name]
            if isinstance(credential, HeaderCredential):
                credential.apply(request)
            else:
                inner = credential
        return inner

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        inner = self._apply(request) if self._for_this_origin(request) else None  # another origin: none
        if inner is None:
            yield request
        else:
            yield from inner.sync_auth_flow(request)

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        inner = self._apply(request) if self._for_this_origin(request) else None  # another origin: none
        if inner is None:
            yield request
            return
        flow = inner.async_auth_flow(request)
        try:
            outgoing = await flow.__anext__()
            while True:
                response = yield outgoing
                outgoing = await flow.asend(response)
        except StopAsyncIteration:
            return
        finally:
            await flow.aclose()

    def __repr__(self) -> str:
        return f"SpecAuth(schemes={sorted(getattr(self, '_schemes', {}))}, origin={getattr(self, '_origin', None)})"
