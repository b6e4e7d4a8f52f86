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

Secrets are held in private attributes and never shown by ``repr``.
"""

from __future__ import annotations

import base64
from collections.abc import AsyncGenerator, Generator, Mapping, Sequence

import httpx

from .errors import ConfigurationError

SECURITY_EXTENSION = "openapi_security"


def check_secret(header: str, secret: str, *, what: str = "credential") -> None:
    """Refuse a secret that cannot travel in a header as is: empty, or not visible ASCII.

    Control characters (newlines, NUL…) would be refused by the HTTP stack with the whole value
    in the exception text, and surrounding blanks are nearly always a copy-paste accident; the
    message names the header, never the secret.
    """
    if not secret:
        raise ConfigurationError(f"the {header} {what} is empty")
    if not all("!" <= char <= "~" for char in secret):
        raise ConfigurationError(
            f"the {header} {what} contains blanks, control characters or non-ASCII characters; "
            "API keys and tokens are visible ASCII"
        )


class HeaderCredential:
    """A secret sent in one request header (OpenAPI ``apiKey`` in header, or an http scheme)."""

    def __init__(self, header: str, secret: str, *, prefix: str = "") -> None:
        check_secret(header, secret)
        self.header = header
        self._value = f"{prefix} {secret}" if prefix else secret

    def apply(self, request: httpx.Request) -> None:
        """Set the header on the request."""
        request.headers[self.header] = self._value

    def __repr__(self) -> str:
        return f"HeaderCredential(header={self.header!r}, secret='***')"


def basic_credential(username: str, password: str = "") -> HeaderCredential:
    """HTTP basic authentication (``-u user:password``) as an ``Authorization`` header."""
    check_secret("Authorization", username, what="basic-auth user name (the API key)")
    if ":" in username:
        raise ConfigurationError("the Authorization basic-auth user name (the API key) must not contain ':' (RFC 7617)")
    token = base64.b64encode(f"{username}:{password}".encode()).decode("ascii")
    return HeaderCredential("Authorization", token, prefix="Basic")


Credential = HeaderCredential | httpx.Auth


class SpecAuth(httpx.Auth):
    """One credential per OpenAPI security scheme name, applied per the request's requirement."""

    def __init__(self, schemes: Mapping[str, Credential], *, default: Sequence[str] | None = None) -> None:
        dynamic = [name for name, value in schemes.items() if not isinstance(value, HeaderCredential)]
        if len(dynamic) > 1:
            raise ConfigurationError(f"at most one dynamic credential is supported, got {dynamic}")
        self._schemes = dict(schemes)
        self._default = list(default) if default is not None else list(schemes)

    def _requirement(self, request: httpx.Request) -> list[str]:
        alternatives = request.extensions.get(SECURITY_EXTENSION)
        if alternatives is None:
            return self._default
        for alternative in alternatives:
            if all(name in self._schemes for name in alternative):
                return list(alternative)
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
        inner = self._apply(request)
        if inner is None:
            yield request
        else:
            yield from inner.sync_auth_flow(request)

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        inner = self._apply(request)
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
        return f"SpecAuth(schemes={sorted(self._schemes)})"
