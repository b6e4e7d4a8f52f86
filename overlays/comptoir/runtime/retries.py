"""One retry policy for every client, at the transport level (sync and async).

:class:`ResilientTransport` sits under the httpx client (so under the auth flow): for each attempt
it passes the rate limiter, shrinks the timeouts to what the call's deadline leaves, sends, and
reads the body under the deadline. Under its own connection pool, the limiter's last wait is at the
socket: the request's first write is held until its instant (:mod:`comptoir.runtime.sendgate`). It retries

- connection errors, timeouts, and answers 429, 502, 503, 504;
- but a POST or PATCH only when the request provably never reached a server (failing to connect,
  or no connection free in the pool): a write is never sent twice;

with exponential backoff and full jitter, or the server's Retry-After (seconds or HTTP-date) when
it sends one, unless that is longer than :attr:`Backoff.max_retry_after` or the deadline. A 429
also pushes the shared rate limiter back, so every process using the bucket slows down.

Per call, in ``request.extensions``: ``"comptoir.max_retries"`` (an int, overriding the client's)
and ``"comptoir.deadline"`` (an absolute ``time.monotonic()`` time covering the whole call:
waits, retries and reading a trickling body). It returns the final response, whatever its status
(the runtime turns non-2xx into exceptions), or raises the last httpx exception; an exhausted
deadline is an ``httpx.TimeoutException`` (:class:`~comptoir.runtime.limits.DeadlineExceeded`).
"""

from __future__ import annotations

import asyncio
import math
import random
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import httpx

from ..errors import ArgumentTypeError, ArgumentValueError, retry_after_seconds
from . import sendgate
from .limits import SEND_LEAD, DeadlineExceeded, RateLimiter
from .sendgate import SEND_AT

MAX_RETRIES_EXTENSION = "comptoir.max_retries"
DEADLINE_EXTENSION = "comptoir.deadline"
RETRY_STATUSES = frozenset({429, 502, 503, 504})
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE"})
NEVER_SENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
RETRYABLE_ERRORS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)
TRANSPORT_OPTIONS = ("verify", "cert", "trust_env", "limits", "http1", "http2", "proxy")
"""``connect()`` keyword arguments that configure the connections under the policy (TLS, pool, proxy):
an httpx client given a transport ignores its own, so they go to the transport this one wraps."""


@dataclass(frozen=True)
class Backoff:
    """Attempt ``n`` (from 0) waits a uniform random time in ``[0, min(cap, base * 2**n)]``."""

    base: float = 0.5
    cap: float = 8.0
    max_retry_after: float = 60.0
    """A longer Retry-After is not waited for: the answer is returned (a ``RateLimitError``)."""

    def delay(self, attempt: int) -> float:
        """The full-jitter delay before retry number ``attempt + 1``."""
        return random.uniform(0.0, min(self.cap, self.base * 2**attempt))  # noqa: S311 - jitter, not security


@dataclass
class _Call:
    """One request's policy, read from its extensions."""

    max_retries: int
    deadline: float | None
    idempotent: bool
    timeouts: dict[str, float | None]

    def too_late(self, delay: float) -> bool:
        return self.deadline is not None and time.monotonic() + delay >= self.deadline

    def attempt_timeouts(self) -> dict[str, float | None]:
        """The request's timeouts, each cut to the time the deadline leaves (unchanged without one)."""
        if self.deadline is None:
            return self.timeouts
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise DeadlineExceeded("the call's deadline passed")
        timeouts = self.timeouts or dict.fromkeys(("connect", "read", "write", "pool"))
        return {name: left if value is None else min(value, left) for name, value in timeouts.items()}

    def check_read(self, timeouts: dict[str, float | None]) -> None:
        """Between two chunks of a body (with a deadline): stop at it, else give the next read what is left."""
        if self.deadline is None:
            return
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise DeadlineExceeded("the call's deadline passed while reading the answer")
        read = self.timeouts.get("read")
        timeouts["read"] = left if read is None else min(read, left)


class ResilientTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Retries, rate limiting and deadlines around httpx's own transports (one object serves both)."""

    def __init__(
        self,
        *,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
        max_retries: int = 2,
        limiter: RateLimiter | None = None,
        backoff: Backoff | None = None,
        transport_options: Mapping[str, Any] | None = None,
    ) -> None:
        self.max_retries = _checked_retries(max_retries, where="max_retries")
        self.limiter = limiter
        self.backoff = backoff if backoff is not None else Backoff()
        self._given = transport
        self._options = dict(transport_options or {})
        self._sync: httpx.BaseTransport | None = None
        self._async: httpx.AsyncBaseTransport | None = None
        self._gated: set[object] = set()
        """The inner transports whose first write waits for the reserved instant (ours, under a limiter)."""
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"ResilientTransport(max_retries={self.max_retries}, limiter={self.limiter!r})"

    def _sync_transport(self) -> httpx.BaseTransport:
        if self._sync is None:
            with self._lock:
                if self._sync is None:
                    if self._given is None:
                        transport = httpx.HTTPTransport(**self._options)
                        if self.limiter is not None and sendgate.install(transport):
                            self._gated.add(transport)
                        self._sync = transport
                    elif isinstance(self._given, httpx.BaseTransport):
                        self._sync = self._given
                    else:
                        raise TypeError(f"{type(self._given).__name__} is an async transport; use the async API")
        return self._sync

    def _async_transport(self) -> httpx.AsyncBaseTransport:
        if self._async is None:
            with self._lock:
                if self._async is None:
                    if self._given is None:
                        transport = httpx.AsyncHTTPTransport(**self._options)
                        if self.limiter is not None and sendgate.install(transport):
                            self._gated.add(transport)
                        self._async = transport
                    elif isinstance(self._given, httpx.AsyncBaseTransport):
                        self._async = self._given
                    else:
                        raise TypeError(f"{type(self._given).__name__} is a sync transport; use the sync API")
        return self._async

    def _call(self, request: httpx.Request) -> _Call:
        extensions = request.extensions
        max_retries = self.max_retries
        if MAX_RETRIES_EXTENSION in extensions:
            max_retries = _checked_retries(extensions[MAX_RETRIES_EXTENSION], where=MAX_RETRIES_EXTENSION)
        deadline = extensions.get(DEADLINE_EXTENSION)
        if deadline is not None and (
            not isinstance(deadline, int | float) or isinstance(deadline, bool) or not math.isfinite(deadline)
        ):
            raise ArgumentTypeError(f"{DEADLINE_EXTENSION} must be a time.monotonic() time, got {deadline!r}")
        return _Call(
            max_retries=max_retries,
            deadline=deadline,
            idempotent=request.method.upper() in IDEMPOTENT_METHODS,
            timeouts=extensions.get("timeout") or {},
        )

    def _error_delay(self, call: _Call, error: httpx.TransportError, attempt: int) -> float | None:
        """How long to wait before retrying after ``error``, or ``None`` to give up."""
        if attempt >= call.max_retries or isinstance(error, DeadlineExceeded):
            return None
        retryable = isinstance(error, NEVER_SENT_ERRORS) or (call.idempotent and isinstance(error, RETRYABLE_ERRORS))
        delay = self.backoff.delay(attempt)
        return delay if retryable and not call.too_late(delay) else None

    def _response_delay(self, call: _Call, response: httpx.Response, attempt: int) -> tuple[float | None, float]:
        """For an answer with a retry status: (delay before retrying or ``None`` to return the answer,
        seconds to push the limiter back)."""
        status = response.status_code
        retry_after = retry_after_seconds(response.headers)
        delay = self.backoff.delay(attempt) if retry_after is None else retry_after
        push_back = min(delay, self.backoff.max_retry_after) if status == 429 else 0.0
        if (
            attempt >= call.max_retries
            or not call.idempotent
            or delay > self.backoff.max_retry_after
            or call.too_late(delay)
        ):
            return None, push_back
        return delay, push_back

    def _attempt(self, transport: httpx.BaseTransport, request: httpx.Request, call: _Call) -> httpx.Response:
        """One attempt: paced by the limiter, sent, its body read under the deadline."""
        send_at = None
        if self.limiter is not None:
            if transport in self._gated:  # the client stack runs during the lead, the first write waits
                send_at = self.limiter.reserve(call.deadline, SEND_LEAD)
            else:
                self.limiter.acquire(call.deadline)
        timeouts = request.extensions["timeout"] = call.attempt_timeouts()
        if send_at is None:
            return _read_sync(transport.handle_request(request), call, timeouts)
        token = SEND_AT.set(send_at)
        try:
            return _read_sync(transport.handle_request(request), call, timeouts)
        finally:
            SEND_AT.reset(token)

    async def _attempt_async(
        self, transport: httpx.AsyncBaseTransport, request: httpx.Request, call: _Call
    ) -> httpx.Response:
        """:meth:`_attempt` for asyncio."""
        send_at = None
        if self.limiter is not None:
            if transport in self._gated:
                send_at = await self.limiter.areserve(call.deadline, SEND_LEAD)
            else:
                await self.limiter.aacquire(call.deadline)
        timeouts = request.extensions["timeout"] = call.attempt_timeouts()
        if send_at is None:
            return await _read_async(await transport.handle_async_request(request), call, timeouts)
        token = SEND_AT.set(send_at)
        try:
            return await _read_async(await transport.handle_async_request(request), call, timeouts)
        finally:
            SEND_AT.reset(token)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send with the policy (sync)."""
        call = self._call(request)
        transport = self._sync or self._sync_transport()
        attempt = 0
        try:
            while True:
                try:
                    response = self._attempt(transport, request, call)
                except httpx.TransportError as error:
                    delay = self._error_delay(call, error, attempt)
                    if delay is None:
                        _attach(error, request)
                        raise
                else:
                    if response.status_code not in RETRY_STATUSES:
                        return response
                    delay, push_back = self._response_delay(call, response, attempt)
                    if push_back > 0 and self.limiter is not None:
                        self.limiter.push_back(push_back)
                    if delay is None:
                        return response
                time.sleep(delay)
                attempt += 1
        finally:
            request.extensions["timeout"] = call.timeouts

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send with the policy (asyncio: every wait is an ``asyncio.sleep``)."""
        call = self._call(request)
        transport = self._async or self._async_transport()
        attempt = 0
        try:
            while True:
                try:
                    response = await self._attempt_async(transport, request, call)
                except httpx.TransportError as error:
                    delay = self._error_delay(call, error, attempt)
                    if delay is None:
                        _attach(error, request)
                        raise
                else:
                    if response.status_code not in RETRY_STATUSES:
                        return response
                    delay, push_back = self._response_delay(call, response, attempt)
                    if push_back > 0 and self.limiter is not None:
                        await self.limiter.apush_back(push_back)
                    if delay is None:
                        return response
                await asyncio.sleep(delay)
                attempt += 1
        finally:
            request.extensions["timeout"] = call.timeouts

    def close(self) -> None:
        """Close the sync connection pool."""
        if self._sync is not None:
            self._sync.close()

    async def aclose(self) -> None:
        """Close the async connection pool."""
        if self._async is not None:
            await self._async.aclose()


def _checked_retries(value: object, *, where: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise ArgumentTypeError(f"{where} must be an int, got {type(value).__name__}")
    if value < 0:
        raise ArgumentValueError(f"{where} must be >= 0, got {value}")
    return value


def _attach(error: httpx.TransportError, request: httpx.Request) -> None:
    try:
        error.request  # noqa: B018 - raises RuntimeError when unset
    except RuntimeError:
        error.request = request


def _read_sync(response: httpx.Response, call: _Call, timeouts: dict[str, float | None]) -> httpx.Response:
    """The response with its whole (still encoded) body read under the deadline and kept in memory,
    so a trickling server cannot outlive the deadline and a connection lost mid-body is retried here.

    A body already in memory (a mock transport's) is left as it is.
    """
    stream = response.stream
    if isinstance(stream, httpx.ByteStream):
        return response
    chunks = []
    try:
        for chunk in stream:  # type: ignore[union-attr]
            chunks.append(chunk)
            if call.deadline is not None:
                call.check_read(timeouts)
    finally:
        stream.close()  # type: ignore[union-attr]
    response.stream = httpx.ByteStream(b"".join(chunks))
    return response


async def _read_async(response: httpx.Response, call: _Call, timeouts: dict[str, float | None]) -> httpx.Response:
    """:func:`_read_sync` for asyncio."""
    stream = response.stream
    if isinstance(stream, httpx.ByteStream):
        return response
    chunks = []
    try:
        async for chunk in stream:  # type: ignore[union-attr]
            chunks.append(chunk)
            if call.deadline is not None:
                call.check_read(timeouts)
    finally:
        await stream.aclose()  # type: ignore[union-attr]
    response.stream = httpx.ByteStream(b"".join(chunks))
    return response
