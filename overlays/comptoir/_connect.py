"""Shared connect() machinery: base URL checks and building a generated client."""

from __future__ import annotations

from typing import Any, TypeVar

import httpx

from ._credentials import SpecAuth
from .errors import ConfigurationError
from .origin import checked_url, guarded_httpx_args, is_loopback, redacted

__all__ = ["build_client", "checked_base_url", "is_loopback"]


def checked_base_url(base_url: str) -> str:
    """The base URL without a trailing slash, if it obeys the origin rule (:mod:`comptoir.origin`)."""
    url = checked_url(base_url, what="base URL")
    if url.query or url.fragment:
        raise ConfigurationError(f"base URL {redacted(base_url)!r} must not carry a query or fragment")
    return str(url).rstrip("/")


ClientT = TypeVar("ClientT")


def build_client(
    client_class: type[ClientT],
    *,
    base_url: str,
    auth: SpecAuth,
    timeout: httpx.Timeout | float | None = None,
    **httpx_args: Any,
) -> ClientT:
    """A generated ``AuthenticatedClient`` on a checked base URL with this auth.

    ``timeout`` keeps the generated default (30 s, connect 10 s) unless given; other keyword
    arguments (``transport``, ``event_hooks``, ``limits``…) go to the httpx client. Credentials
    only travel to the base URL's origin, redirects and proxies included (:mod:`comptoir.origin`).
    """
    url = checked_base_url(base_url)
    options: dict[str, Any] = {"base_url": url, "auth": auth.bound_to(url)}
    if timeout is not None:
        options["timeout"] = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
    options["httpx_args"] = guarded_httpx_args(url, auth.secret_headers, httpx_args)
    return client_class(**options)
