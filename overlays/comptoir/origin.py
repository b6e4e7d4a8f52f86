"""One origin rule for every URL that carries a secret, and the guards that keep credentials on it.

The rule (:func:`checked_url`): https, or plain http to a loopback host only (a local mock server);
no ``user:password@`` part. It applies to API base URLs, OAuth authorize and token URLs, proxies
used for plain-http targets, and every request hop a client sends (redirects included).

Credentials travel only to the configured origin (scheme, host, port):

- :class:`~comptoir._credentials.SpecAuth` and :class:`~comptoir.auth.RefreshingAuth` attach
  nothing to a request for another origin;
- :class:`RequestGuard`, an httpx ``request`` event hook that sees every hop (httpx runs the auth
  flow once, then follows redirects with a copy of the authenticated headers), removes the
  credential headers from a hop to another origin and refuses a hop that breaks the rule, so
  ``follow_redirects=True`` stays usable (e.g. a download redirected to a signed storage URL)
  without carrying a key away or over plain http;
- proxies (:func:`proxy_settings`): an https target goes through a proxy inside a CONNECT tunnel,
  TLS end to end, so the proxy never sees the credentials; a plain-http target is loopback by the
  rule, so environment proxies (``HTTP_PROXY``, ``ALL_PROXY``…) are ignored for it (a remote proxy
  could not reach this machine's loopback anyway) and an explicit ``proxy=`` must obey the rule;
  an https target takes its proxy from the environment (:func:`environment_proxy`) as httpx would.
"""

from __future__ import annotations

import ipaddress
import re
import urllib.request
from collections.abc import Collection, Generator, Mapping
from typing import Any, NamedTuple

import httpx

from .errors import ConfigurationError, InsecureURLError

LOOPBACK_NAMES = frozenset({"localhost"})
DEFAULT_PORTS = {"http": 80, "https": 443}
_USERINFO = re.compile(r"(?<=//)[^/?#]*@")


def is_loopback(host: str) -> bool:
    """True for localhost, 127.0.0.0/8 and ::1."""
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def redacted(url: str | httpx.URL) -> str:
    """The URL as text without any ``user:password@`` part, for messages."""
    return _USERINFO.sub("", str(url))


def checked_url(url: str | httpx.URL, *, what: str) -> httpx.URL:
    """``url`` parsed, if it obeys the origin rule; else a ConfigurationError naming ``what``.

    Plain http to a non-loopback host raises :class:`InsecureURLError`. Messages never show a
    user name or password the URL carried.
    """
    shown = redacted(url)
    parsed = _parsed(url)
    if parsed is None:  # raised outside the except: httpx's half-built URL stays out of the traceback
        raise ConfigurationError(f"{what} {shown!r} is not a valid URL")
    if parsed.scheme not in DEFAULT_PORTS or not parsed.host:
        raise ConfigurationError(f"{what} {shown!r} is not an absolute http(s) URL")
    if parsed.userinfo:
        raise ConfigurationError(
            f"{what} {shown!r} carries a user name or password: remove it from the URL "
            "(credentials go in their own arguments, never in a URL that is logged)"
        )
    if parsed.scheme == "http" and not is_loopback(parsed.host):
        raise InsecureURLError(
            f"refusing plain-http {what} {shown!r}: credentials would travel in clear text "
            "(plain http is only allowed to a loopback host such as a local mock server)"
        )
    return parsed


def _parsed(url: str | httpx.URL) -> httpx.URL | None:
    try:
        return url if isinstance(url, httpx.URL) else httpx.URL(url)
    except (httpx.InvalidURL, TypeError):
        return None


class Origin(NamedTuple):
    """Scheme, host and port of a URL, with the scheme's default port filled in."""

    scheme: str
    host: str
    port: int

    @classmethod
    def of(cls, url: str | httpx.URL) -> Origin:
        """The origin of an absolute URL."""
        parsed = url if isinstance(url, httpx.URL) else httpx.URL(url)
        return cls(parsed.scheme, parsed.host.lower(), parsed.port or DEFAULT_PORTS.get(parsed.scheme, 0))

    def matches(self, url: httpx.URL) -> bool:
        """True when ``url`` (as httpx parsed it: scheme and host in lower case) is on this origin."""
        return (
            url.scheme == self.scheme
            and url.host == self.host
            and (url.port or DEFAULT_PORTS.get(url.scheme, 0)) == self.port
        )


class _Done:
    """An awaitable that does nothing: lets one hook object serve both httpx.Client and AsyncClient."""

    def __await__(self) -> Generator[None, None, None]:
        yield from ()


class RequestGuard:
    """httpx ``request`` hook: every hop obeys the origin rule; another origin gets no credential headers.

    httpx calls it before sending each request, redirect hops included; the async client awaits
    its (already finished) result, so the same hook works for both clients.
    """

    def __init__(self, base_url: str | httpx.URL, secret_headers: Collection[str]) -> None:
        self.origin = Origin.of(base_url)
        self.secret_headers = tuple(secret_headers)

    def __call__(self, request: httpx.Request) -> _Done:
        url = request.url
        same_origin = self.origin.matches(url)
        if same_origin and not url.userinfo:
            return _Done()  # the configured origin, checked at connect(): the common case, kept cheap
        checked_url(url, what="request URL")
        if not same_origin:
            for header in self.secret_headers:
                request.headers.pop(header, None)
        return _Done()

    def __repr__(self) -> str:
        return f"RequestGuard(origin={getattr(self, 'origin', None)!r})"


def proxy_settings(target: str | httpx.URL, httpx_args: Mapping[str, Any]) -> dict[str, Any]:
    """``httpx_args`` adjusted so that no proxy sees the credentials sent to ``target`` in clear.

    An https target is tunnelled through any proxy (CONNECT), so nothing changes. For a plain-http
    target (loopback, by the origin rule) environment proxies are ignored (``trust_env=False``) and
    an explicit ``proxy`` must itself obey the origin rule.
    """
    if httpx.URL(str(target)).scheme == "https":
        return dict(httpx_args)
    proxy = httpx_args.get("proxy")
    if proxy is not None:
        checked_url(proxy.url if isinstance(proxy, httpx.Proxy) else str(proxy), what="proxy URL")
    return {**httpx_args, "trust_env": False}


def environment_proxy(target: str | httpx.URL) -> str | None:
    """The proxy the environment names for ``target`` (``HTTPS_PROXY``, ``ALL_PROXY``…, ``NO_PROXY``
    honoured), or None: what httpx would pick were the client not given a transport."""
    url = httpx.URL(str(target))
    proxies = urllib.request.getproxies_environment()
    host = f"{url.host}:{url.port}" if url.port is not None else url.host
    if urllib.request.proxy_bypass_environment(host, proxies):  # type: ignore[attr-defined]  # not in typeshed
        return None
    proxy = proxies.get(url.scheme) or proxies.get("all")
    if not proxy:
        return None
    return proxy if "://" in proxy else f"http://{proxy}"


def guarded_httpx_args(
    base_url: str | httpx.URL, secret_headers: Collection[str], httpx_args: Mapping[str, Any]
) -> dict[str, Any]:
    """``httpx_args`` with the proxy rule applied and a :class:`RequestGuard` first among the request hooks."""
    options = proxy_settings(base_url, httpx_args)
    hooks = dict(options.get("event_hooks") or {})
    hooks["request"] = [RequestGuard(base_url, secret_headers), *hooks.get("request", [])]
    hooks.setdefault("response", [])
    options["event_hooks"] = hooks
    return options
