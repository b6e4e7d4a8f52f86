"""Holding a rate-limited request's first byte until its reserved instant.

A server counts a request when its first bytes arrive. Everything a client does between waking at
its reserved instant and writing to the socket (the connection pool, the HTTP/1.1 or HTTP/2
framing, a TLS handshake) adds a delay that varies from request to request, and on a machine that
was idle, code not run for a second can take tens of milliseconds to run again. Two requests
reserved a window apart then arrive closer than the window, and the second one is refused (429).

So the limiter's wait ends in two steps: the request wakes :data:`~comptoir.runtime.limits.SEND_LEAD`
before its instant and goes through the whole client stack; the network stream then holds the
request's first write until the instant. Only that write (a system call) is left after it::

    token = SEND_AT.set(due)             # ResilientTransport, after RateLimiter.reserve()
    try:
        transport.handle_request(request)    # ... GatedStream.write(): sleeps until `due`, then writes
    finally:
        SEND_AT.reset(token)

The gate plugs into httpcore's documented network-backend interface; :func:`install` puts it under
the connection pool of an ``httpx.HTTPTransport``/``AsyncHTTPTransport`` (proxies included).
"""

from __future__ import annotations

import asyncio
import contextvars
import ssl
import time
from typing import Any

import httpcore
import httpx

SEND_AT: contextvars.ContextVar[float | None] = contextvars.ContextVar("comptoir_send_at", default=None)
"""The ``time.monotonic()`` instant the current request's first byte may leave (None: at once)."""


def _due() -> float:
    """Seconds left before the current gated request may write (negative: late); clears the gate."""
    due = SEND_AT.get()
    SEND_AT.set(None)
    return 0.0 if due is None else due - time.monotonic()


class GatedStream(httpcore.NetworkStream):
    """A network stream whose first write of a gated request waits for the request's instant."""

    def __init__(self, stream: httpcore.NetworkStream) -> None:
        self._stream = stream
        self.read = stream.read  # type: ignore[method-assign]  # reads go straight to the stream

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if SEND_AT.get() is not None and (wait := _due()) > 0:
            time.sleep(wait)
        self._stream.write(buffer, timeout)

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        return GatedStream(self._stream.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class GatedBackend(httpcore.NetworkBackend):
    """httpcore's sync network backend, its streams gated."""

    def __init__(self, backend: httpcore.NetworkBackend) -> None:
        self._backend = backend

    def connect_tcp(self, *args: Any, **kwargs: Any) -> httpcore.NetworkStream:
        return GatedStream(self._backend.connect_tcp(*args, **kwargs))

    def connect_unix_socket(self, *args: Any, **kwargs: Any) -> httpcore.NetworkStream:
        return GatedStream(self._backend.connect_unix_socket(*args, **kwargs))

    def sleep(self, seconds: float) -> None:
        self._backend.sleep(seconds)


class AsyncGatedStream(httpcore.AsyncNetworkStream):
    """:class:`GatedStream` for asyncio (the wait is an ``asyncio.sleep``)."""

    def __init__(self, stream: httpcore.AsyncNetworkStream) -> None:
        self._stream = stream
        self.read = stream.read  # type: ignore[method-assign]  # reads go straight to the stream

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if SEND_AT.get() is not None and (wait := _due()) > 0:
            await asyncio.sleep(wait)
        await self._stream.write(buffer, timeout)

    async def aclose(self) -> None:
        await self._stream.aclose()

    async def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.AsyncNetworkStream:
        return AsyncGatedStream(await self._stream.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class AsyncGatedBackend(httpcore.AsyncNetworkBackend):
    """httpcore's async network backend, its streams gated."""

    def __init__(self, backend: httpcore.AsyncNetworkBackend) -> None:
        self._backend = backend

    async def connect_tcp(self, *args: Any, **kwargs: Any) -> httpcore.AsyncNetworkStream:
        return AsyncGatedStream(await self._backend.connect_tcp(*args, **kwargs))

    async def connect_unix_socket(self, *args: Any, **kwargs: Any) -> httpcore.AsyncNetworkStream:
        return AsyncGatedStream(await self._backend.connect_unix_socket(*args, **kwargs))

    async def sleep(self, seconds: float) -> None:
        await self._backend.sleep(seconds)


def install(transport: httpx.HTTPTransport | httpx.AsyncHTTPTransport) -> bool:
    """Gate the streams of ``transport``'s connection pool; False when its pool is not httpcore's as
    this module knows it (the caller then waits for the whole instant before sending)."""
    pool = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if isinstance(backend, httpcore.NetworkBackend):
        pool._network_backend = GatedBackend(backend)  # type: ignore[union-attr]
        return True
    if isinstance(backend, httpcore.AsyncNetworkBackend):
        pool._network_backend = AsyncGatedBackend(backend)  # type: ignore[union-attr]
        return True
    return False
