"""The client classes every generated package builds on (``<pkg>/client.py`` subclasses them).

Two kinds, each owning ONE httpx client and usable as a context manager:

- :class:`SyncClient` (the packages' ``Client`` / ``AuthenticatedClient``) owns an ``httpx.Client``;
- :class:`AsyncClient` (``AsyncClient`` / ``AsyncAuthenticatedClient``) owns an ``httpx.AsyncClient``.

``with_options(timeout=…, extra_headers=…, max_retries=…, deadline=…)`` returns a *view* of the
same client: it shares the connection pool, and :meth:`BaseClient.prepare_request` merges its
options into each request (``comptoir.runtime.send`` calls it). ``defaults`` holds the client
defaults given to ``connect()`` (``{"DomainId": "…"}``), keyed by the parameter's wire name.

Backward compatibility: a sync client still answers ``get_async_httpx_client()`` (the
``asyncio()`` functions with the client ``connect()`` returns): it builds one ``httpx.AsyncClient``
per event loop, so a second ``asyncio.run()`` works, and ``async with client:`` closes only that
loop's one. An :class:`AsyncClient` refuses ``get_httpx_client()`` with a ``ConfigurationError``.
"""

from __future__ import annotations

import asyncio
import enum
import ssl
import time
from collections.abc import Mapping
from types import MappingProxyType, TracebackType
from typing import Any, Final, Generic, Self, TypeVar

import httpx
from attrs import define, evolve, field

from .errors import ConfigurationError
from .runtime.calls import USER_AGENT

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
"""30 s for a whole read/write/pool wait, 10 s to connect. Pass ``timeout=`` to change it."""

MAX_RETRIES_EXTENSION: Final = "comptoir.max_retries"
DEADLINE_EXTENSION: Final = "comptoir.deadline"


class NotGiven(enum.Enum):
    """The type of :data:`NOT_GIVEN`: an option left as the client has it (``None`` means "no limit")."""

    NOT_GIVEN = enum.auto()

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven.NOT_GIVEN
TimeoutOption = httpx.Timeout | float | None | NotGiven


@define(frozen=True)
class RequestOptions:
    """Per-call options of a :meth:`BaseClient.with_options` view."""

    timeout: httpx.Timeout | NotGiven | None = NOT_GIVEN
    headers: Mapping[str, str] = field(factory=dict, repr=False)  # may carry a credential
    max_retries: int | NotGiven | None = NOT_GIVEN
    deadline: float | NotGiven | None = NOT_GIVEN


ClientT_ = TypeVar("ClientT_", httpx.Client, httpx.AsyncClient)
NO_OPTIONS: Final = RequestOptions(headers=MappingProxyType({}))
"""The options of a client made by ``connect()``: none (its requests go out as they were built)."""


def _as_timeout(timeout: httpx.Timeout | float | None) -> httpx.Timeout | None:
    if timeout is None or isinstance(timeout, httpx.Timeout):
        return timeout
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout <= 0:
        raise ConfigurationError(f"timeout must be a positive number of seconds or an httpx.Timeout, not {timeout!r}")
    return httpx.Timeout(float(timeout))


def _is_count(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _is_seconds(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and value > 0


def _check_headers(headers: Mapping[str, str]) -> dict[str, str]:
    checked: dict[str, str] = {}
    for name, value in headers.items():
        if not isinstance(name, str) or not isinstance(value, str):
            raise ConfigurationError(f"extra_headers must map str to str; got {type(name).__name__} {name!r}")
        checked[name] = value
    return checked


class _AnswerCookies(httpx.Cookies):
    """httpx's cookie jar; an answer that sets no cookie skips httpx's cookie parsing (its costliest step)."""

    def extract_cookies(self, response: httpx.Response) -> None:
        """Keep the cookies ``response`` sets, as httpx does."""
        if response.headers.get_list("set-cookie"):
            super().extract_cookies(response)


class _CookieJarMixin:
    """The ``cookies`` property of httpx's clients, holding an :class:`_AnswerCookies`."""

    _cookies: httpx.Cookies

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)  # the httpx client's __init__, next in the MRO
        self._cookies = _AnswerCookies(self._cookies.jar)  # httpx's __init__ sets a plain jar, not via the setter

    @property
    def cookies(self) -> httpx.Cookies:
        """Cookies kept from earlier answers, sent with every request (httpx's behaviour)."""
        return self._cookies

    @cookies.setter
    def cookies(self, cookies: httpx._types.CookieTypes) -> None:
        self._cookies = _AnswerCookies(cookies)


class HTTPClient(_CookieJarMixin, httpx.Client):
    """The ``httpx.Client`` a sync client owns (httpx's, with the cheaper cookie jar)."""


class AsyncHTTPClient(_CookieJarMixin, httpx.AsyncClient):
    """The ``httpx.AsyncClient`` an async client owns (httpx's, with the cheaper cookie jar)."""


def _without_default_accept(client: ClientT_) -> ClientT_:
    """``client`` without httpx's default ``Accept: */*``: each operation sends its own (a client
    ``Accept`` other than ``*/*`` is kept, and then wins over the operation's)."""
    if client.headers.get("accept") == "*/*":
        del client.headers["Accept"]
    return client


class _Pool:
    """The httpx client(s) a client and all its views share; async ones are bound to their event loop."""

    def __init__(self) -> None:
        self.sync: httpx.Client | None = None
        self.async_client: httpx.AsyncClient | None = None
        self.async_loop: asyncio.AbstractEventLoop | None = None

    def current_async(self) -> httpx.AsyncClient | None:
        """The async client if it was built on the running loop (one from a finished loop is dropped)."""
        if self.async_client is None:
            return None
        if self.async_loop is not None and self.async_loop is not _running_loop():
            self.async_client, self.async_loop = None, None
        return self.async_client


def _running_loop() -> asyncio.AbstractEventLoop | None:
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


@define
class BaseClient:
    """Connection settings shared by the sync and async clients; see the module docstring."""

    _base_url: str = field(alias="base_url")
    _auth: httpx.Auth | None = field(default=None, kw_only=True, alias="auth", repr=False)
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies", repr=False)
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers", repr=False)
    _timeout: httpx.Timeout | None = field(default=DEFAULT_TIMEOUT, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args", repr=False)
    _defaults: Mapping[str, object] = field(factory=dict, kw_only=True, alias="defaults", repr=False)
    _options: RequestOptions = field(default=NO_OPTIONS, init=False, repr=False)
    _pool: _Pool = field(factory=_Pool, init=False, repr=False, eq=False)

    @property
    def base_url(self) -> str:
        """The base URL every request path is relative to."""
        return self._base_url

    @property
    def defaults(self) -> Mapping[str, object]:
        """Client defaults of context parameters (``DomainId``, ``tenantid``…) keyed by wire name."""
        return MappingProxyType(dict(self._defaults))

    @property
    def options(self) -> RequestOptions:
        """The per-call options of this view (empty on a client made by ``connect()``)."""
        return self._options

    def with_options(
        self,
        *,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | NotGiven | None = NOT_GIVEN,
        deadline: float | NotGiven | None = NOT_GIVEN,
    ) -> Self:
        """A view of this client with per-call options; it shares the connection pool.

        ``timeout``: seconds or an ``httpx.Timeout`` for each request (``None``: wait forever).
        ``extra_headers``: added to each request (they win over the operation's own headers).
        ``max_retries``: how many times the runtime may retry a failed request (0: never).
        ``deadline``: at most this many seconds per call, retries and waits included.
        """
        if max_retries is not None and not isinstance(max_retries, NotGiven) and not _is_count(max_retries):
            raise ConfigurationError(f"max_retries must be an int >= 0 or None, not {max_retries!r}")
        if deadline is not None and not isinstance(deadline, NotGiven) and not _is_seconds(deadline):
            raise ConfigurationError(f"deadline must be a positive number of seconds or None, not {deadline!r}")
        old = self._options
        options = RequestOptions(
            timeout=old.timeout if isinstance(timeout, NotGiven) else _as_timeout(timeout),
            headers={**old.headers, **_check_headers(extra_headers or {})},
            max_retries=old.max_retries if isinstance(max_retries, NotGiven) else max_retries,
            deadline=old.deadline if isinstance(deadline, NotGiven) else deadline,
        )
        view = evolve(self)
        view._options = options
        view._pool = self._pool
        return view

    def for_call(
        self,
        timeout: TimeoutOption = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        max_retries: int | NotGiven | None = NOT_GIVEN,
    ) -> Self:
        """This client, or a :meth:`with_options` view when any per-call option is given."""
        if isinstance(timeout, NotGiven) and not extra_headers and isinstance(max_retries, NotGiven):
            return self
        return self.with_options(timeout=timeout, extra_headers=extra_headers, max_retries=max_retries)

    def prepare_request(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        """The request keyword arguments with this view's headers, timeout and retry extensions merged in."""
        options = self._options
        if options is NO_OPTIONS:
            return kwargs
        prepared = dict(kwargs)
        if options.headers:
            prepared["headers"] = {**(kwargs.get("headers") or {}), **options.headers}
        if not isinstance(options.timeout, NotGiven):
            prepared["timeout"] = options.timeout
        extensions = dict(kwargs.get("extensions") or {})
        if not isinstance(options.max_retries, NotGiven):
            extensions[MAX_RETRIES_EXTENSION] = options.max_retries
        if not isinstance(options.deadline, NotGiven) and options.deadline is not None:
            extensions[DEADLINE_EXTENSION] = time.monotonic() + options.deadline
        if extensions:
            prepared["extensions"] = extensions
        return prepared

    def with_headers(self, headers: dict[str, str]) -> Self:
        """A new client (its own connection pool) with additional headers; see also :meth:`with_options`."""
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        """A new client (its own connection pool) with additional cookies."""
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout | None) -> Self:
        """A new client (its own connection pool) with another timeout; see also :meth:`with_options`."""
        return evolve(self, timeout=timeout)

    def _httpx_kwargs(self) -> dict[str, Any]:
        return {
            "base_url": self._base_url,
            "auth": self._auth,
            "cookies": self._cookies,
            "headers": {"User-Agent": USER_AGENT, **self._headers},
            "timeout": self._timeout,
            "verify": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
            **self._httpx_args,
        }

    def _new_async_client(self) -> httpx.AsyncClient:
        client = _without_default_accept(AsyncHTTPClient(**self._httpx_kwargs()))
        self._pool.async_client, self._pool.async_loop = client, _running_loop()
        return client

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use this ``httpx.AsyncClient``; it replaces every other setting (auth, headers, timeout…)."""
        self._pool.async_client, self._pool.async_loop = async_client, None
        return self

    def get_httpx_client(self) -> httpx.Client:
        """The underlying ``httpx.Client``, built on first use."""
        raise NotImplementedError

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The underlying ``httpx.AsyncClient``, built on first use."""
        raise NotImplementedError


@define
class SyncClient(BaseClient):
    """A client for the ``sync()`` / ``sync_detailed()`` functions: one ``httpx.Client``."""

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Use this ``httpx.Client``; it replaces every other setting (auth, headers, timeout…)."""
        self._pool.sync = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """The underlying ``httpx.Client``, built on first use (again after the client was closed)."""
        if self._pool.sync is None:
            self._pool.sync = _without_default_accept(HTTPClient(**self._httpx_kwargs()))
        return self._pool.sync

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Kept for existing code: an ``httpx.AsyncClient`` for the running event loop.

        Prefer the package's ``AsyncAuthenticatedClient`` (``connect_async()``) for async code.
        """
        return self._pool.current_async() or self._new_async_client()

    def close(self) -> None:
        """Close the connection pool; the next request opens a new one."""
        client, self._pool.sync = self._pool.sync, None
        if client is not None:
            client.close()

    def __enter__(self) -> Self:
        self.get_httpx_client()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        """Kept for existing code: enter this event loop's ``httpx.AsyncClient``."""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        client, self._pool.async_client, self._pool.async_loop = self._pool.current_async(), None, None
        if client is not None:
            await client.__aexit__(exc_type, exc, tb)


@define
class AsyncClient(BaseClient):
    """A client for the ``asyncio()`` / ``asyncio_detailed()`` functions: one ``httpx.AsyncClient``."""

    def get_httpx_client(self) -> httpx.Client:
        """Refused: this client is asynchronous."""
        raise ConfigurationError(
            f"{type(self).__name__} is asynchronous: await the asyncio()/asyncio_detailed() functions, "
            "or use the package's AuthenticatedClient (connect()) for sync calls"
        )

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The underlying ``httpx.AsyncClient``, built on first use (again after closing, or on a new loop)."""
        return self._pool.current_async() or self._new_async_client()

    async def aclose(self) -> None:
        """Close the connection pool; the next request opens a new one."""
        client, self._pool.async_client, self._pool.async_loop = self._pool.current_async(), None, None
        if client is not None:
            await client.aclose()

    async def __aenter__(self) -> Self:
        self.get_async_httpx_client()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()


ClientT = TypeVar("ClientT", bound=BaseClient)


class Namespace(Generic[ClientT]):
    """The operations of one tag of a resource client (``gc.customers``), bound to that client."""

    def __init__(self, client: ClientT) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {type(self._client).__name__}>"

    def _call_client(
        self, timeout: TimeoutOption, extra_headers: Mapping[str, str] | None, max_retries: int | NotGiven | None
    ) -> ClientT:
        """The client for one call: this namespace's, or a view of it with the call's options."""
        return self._client.for_call(timeout, extra_headers, max_retries)
