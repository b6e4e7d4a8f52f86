import ssl
from typing import Any, Self

import httpx
from attrs import define, evolve, field

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
"""30 s for a whole read/write/pool wait, 10 s to connect. Pass ``timeout=`` to change it."""


@define
class Client:
    """The connection settings of the API, shared by every endpoint function.

    Keyword arguments, used to build the underlying ``httpx.Client`` / ``httpx.AsyncClient``:

        ``base_url``: the base URL of the API; every request path is relative to it.

        ``auth``: an ``httpx.Auth`` that authenticates each request (API key header, basic, bearer,
        refreshing OAuth tokens…). Never shown in ``repr``.

        ``cookies``, ``headers``: sent with every request. Never shown in ``repr``.

        ``timeout``: an ``httpx.Timeout``; :data:`DEFAULT_TIMEOUT` unless given. ``None`` waits forever.

        ``verify_ssl``, ``follow_redirects``: as in httpx (redirects are not followed by default).

        ``httpx_args``: more keyword arguments for the httpx client constructors (``transport``,
        ``event_hooks``, ``limits``…).

    Attributes:
        raise_on_unexpected_status: raise ``errors.UnexpectedStatus`` when the API answers a status
            the spec does not document, instead of returning ``parsed=None``.
    """

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    _base_url: str = field(alias="base_url")
    _auth: httpx.Auth | None = field(default=None, kw_only=True, alias="auth", repr=False)
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies", repr=False)
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers", repr=False)
    _timeout: httpx.Timeout | None = field(default=DEFAULT_TIMEOUT, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args", repr=False)
    _client: httpx.Client | None = field(default=None, init=False, repr=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False, repr=False)

    @property
    def base_url(self) -> str:
        """The base URL every request path is relative to."""
        return self._base_url

    def with_headers(self, headers: dict[str, str]) -> Self:
        """A new client like this one, with additional headers."""
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        """A new client like this one, with additional cookies."""
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout | None) -> Self:
        """A new client like this one, with another timeout."""
        return evolve(self, timeout=timeout)

    def _httpx_kwargs(self) -> dict[str, Any]:
        return {
            "base_url": self._base_url,
            "auth": self._auth,
            "cookies": self._cookies,
            "headers": self._headers,
            "timeout": self._timeout,
            "verify": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
            **self._httpx_args,
        }

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Use this ``httpx.Client``; it replaces every other setting (auth, headers, timeout…)."""
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """The underlying ``httpx.Client``, built on first use."""
        if self._client is None:
            self._client = httpx.Client(**self._httpx_kwargs())
        return self._client

    def __enter__(self) -> Self:
        """Enter the underlying ``httpx.Client`` (once, as in httpx)."""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        """Close the underlying ``httpx.Client``."""
        self.get_httpx_client().__exit__(*args, **kwargs)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use this ``httpx.AsyncClient``; it replaces every other setting (auth, headers, timeout…)."""
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The underlying ``httpx.AsyncClient``, built on first use."""
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(**self._httpx_kwargs())
        return self._async_client

    async def __aenter__(self) -> Self:
        """Enter the underlying ``httpx.AsyncClient`` (once, as in httpx)."""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        """Close the underlying ``httpx.AsyncClient``."""
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)


@define
class AuthenticatedClient(Client):
    """A :class:`Client` whose ``auth`` is required: the one the secured endpoints take."""

    _auth: httpx.Auth = field(kw_only=True, alias="auth", repr=False)
