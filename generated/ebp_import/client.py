"""The client classes of this API: sync (``Client``, ``AuthenticatedClient``) and async
(``AsyncClient``, ``AsyncAuthenticatedClient``), each owning one httpx client.

Keyword arguments of every class:

    ``base_url``: the base URL of the API; every request path is relative to it.

    ``auth``: an ``httpx.Auth`` that authenticates each request (API key header, basic, bearer,
    refreshing OAuth tokens…). Never shown in ``repr``.

    ``cookies``, ``headers``: sent with every request. Never shown in ``repr``.

    ``timeout``: an ``httpx.Timeout``; :data:`DEFAULT_TIMEOUT` unless given. ``None`` waits forever.

    ``verify_ssl``, ``follow_redirects``: as in httpx (redirects are not followed by default).

    ``httpx_args``: more keyword arguments for the httpx client constructor (``transport``,
    ``event_hooks``, ``limits``…).

    ``defaults``: client defaults of context parameters, keyed by wire name (see ``connect()``).

``with_options(timeout=…, extra_headers=…, max_retries=…, deadline=…)`` gives a view sharing the
connection pool; see :mod:`comptoir.clients`.
"""

import httpx
from attrs import define, field
from comptoir.clients import DEFAULT_TIMEOUT, NOT_GIVEN, NotGiven, SyncClient
from comptoir.clients import AsyncClient as _AsyncClient

__all__ = [
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "AsyncAuthenticatedClient",
    "AsyncClient",
    "AuthenticatedClient",
    "Client",
    "NotGiven",
]


@define
class Client(SyncClient):
    """A sync client of this API (one ``httpx.Client``); a context manager."""


@define
class AuthenticatedClient(Client):
    """A :class:`Client` whose ``auth`` is required: the one the secured endpoints take."""

    _auth: httpx.Auth = field(kw_only=True, alias="auth", repr=False)


@define
class AsyncClient(_AsyncClient):
    """An async client of this API (one ``httpx.AsyncClient``); an async context manager."""


@define
class AsyncAuthenticatedClient(AsyncClient):
    """An :class:`AsyncClient` whose ``auth`` is required."""

    _auth: httpx.Auth = field(kw_only=True, alias="auth", repr=False)
