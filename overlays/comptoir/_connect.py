"""Shared connect() machinery: base URL checks and building a generated client."""

from __future__ import annotations

import ipaddress
from typing import Any, TypeVar

import httpx

from .errors import ConfigurationError, InsecureURLError

LOOPBACK_NAMES = {"localhost"}


def is_loopback(host: str) -> bool:
    """True for localhost, 127.0.0.0/8 and ::1."""
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def checked_base_url(base_url: str) -> str:
    """The base URL without a trailing slash; refuse plain HTTP unless the host is loopback."""
    url = httpx.URL(base_url)
    if url.scheme not in ("https", "http") or not url.host:
        raise ConfigurationError(f"base URL {base_url!r} is not an absolute http(s) URL")
    if url.scheme == "http" and not is_loopback(url.host):
        raise InsecureURLError(
            f"refusing plain-http base URL {base_url!r}: credentials would travel in clear text "
            "(plain http is only allowed to a loopback host such as a local mock server)"
        )
    if url.query or url.fragment:
        raise ConfigurationError(f"base URL {base_url!r} must not carry a query or fragment")
    return str(url).rstrip("/")


ClientT = TypeVar("ClientT")


def build_client(
    client_class: type[ClientT],
    *,
    base_url: str,
    auth: httpx.Auth,
    timeout: httpx.Timeout | float | None = None,
    **httpx_args: Any,
) -> ClientT:
    """A generated ``AuthenticatedClient`` on a checked base URL with this auth.

    ``timeout`` keeps the generated default (30 s, connect 10 s) unless given; other keyword
    arguments (``transport``, ``event_hooks``, ``limits``…) go to the httpx client.
    """
    options: dict[str, Any] = {"base_url": checked_base_url(base_url), "auth": auth}
    if timeout is not None:
        options["timeout"] = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
    if httpx_args:
        options["httpx_args"] = httpx_args
    return client_class(**options)
