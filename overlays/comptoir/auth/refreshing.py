"""`RefreshingAuth`: an httpx auth that keeps a rotating, single-use refresh token alive."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncGenerator, Generator
from concurrent.futures import Future
from dataclasses import dataclass

import httpx

from ..origin import Origin
from ..secret import Secret
from .errors import TokenRejected
from .provider import OAuthProvider
from .rotation import fresh_tokens
from .store import TokenStore
from .tokens import TokenSet


@dataclass(frozen=True)
class _Flight:
    """A refresh running in its own thread; `rejected` is the access token it must replace, if any."""

    future: Future[TokenSet]
    rejected: Secret | None


class RefreshingAuth(httpx.Auth):
    """Bearer auth for `httpx.Client` and `httpx.AsyncClient`, refreshing through `store` single-flight.

    Usage: `httpx.Client(auth=RefreshingAuth(ebp_provider(id, secret), FileTokenStore(path)))`.

    The flow, as httpx drives it (`sync_auth_flow`; `async_auth_flow` awaits the same steps)::

        tokens = cached_if_fresh or refresh(rejected=None)    # proactive: max(5 min, 10 %) before expiry
        response = yield request_with(tokens)
        if response.status_code == 401:
            tokens = refresh(rejected=tokens)                  # adopts a sibling's rotation, else POSTs once
            response = yield request_with(tokens)
            if response.status_code == 401: raise TokenRejected

    `refresh` runs in a dedicated thread that callers of this process share, so it completes and persists
    even if the asyncio task that started it is cancelled; no lock is ever held across a `yield`.

    The bearer token only goes to one origin (scheme, host, port): `api_url`'s when given, else the
    origin of the first request authenticated; a request for any other origin is sent without it.
    """

    def __init__(self, provider: OAuthProvider, store: TokenStore, *, api_url: str | None = None) -> None:
        self.provider = provider
        self.store = store
        self._origin = Origin.of(api_url) if api_url is not None else None
        self._tokens: TokenSet | None = None
        self._flight: _Flight | None = None
        self._flight_lock = threading.Lock()

    def __repr__(self) -> str:
        provider = getattr(self, "provider", None)
        return f"RefreshingAuth({getattr(provider, 'name', None)!r}, {getattr(self, 'store', None)!r})"

    def _for_this_origin(self, request: httpx.Request) -> bool:
        """Whether `request` goes to the origin this auth serves (pinned on first use when not given)."""
        origin = Origin.of(request.url)
        with self._flight_lock:
            if self._origin is None:
                self._origin = origin
            return origin == self._origin

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Authenticate `request`, refreshing (blocking) when needed; retry once after a 401."""
        if not self._for_this_origin(request):
            yield request
            return
        request.read()  # a retry after a 401 resends the body
        tokens = self._cached(rejected=None) or self._refresh(rejected=None).result()
        response = yield _authorized(request, tokens)
        if response.status_code == 401:
            tokens = self._cached(rejected=tokens) or self._refresh(rejected=tokens).result()
            response = yield _authorized(request, tokens)
            self._raise_if_rejected(request, response)

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Authenticate `request`, awaiting a shielded refresh when needed; retry once after a 401."""
        if not self._for_this_origin(request):
            yield request
            return
        await request.aread()
        tokens = self._cached(rejected=None) or await _shielded(self._refresh(rejected=None))
        response = yield _authorized(request, tokens)
        if response.status_code == 401:
            tokens = self._cached(rejected=tokens) or await _shielded(self._refresh(rejected=tokens))
            response = yield _authorized(request, tokens)
            self._raise_if_rejected(request, response)

    def _cached(self, *, rejected: TokenSet | None) -> TokenSet | None:
        """The tokens in memory if still fresh and not the ones just rejected."""
        tokens = self._tokens
        if tokens is None or not tokens.is_fresh():
            return None
        if rejected is not None and tokens.access_token == rejected.access_token:
            return None
        return tokens

    def _refresh(self, *, rejected: TokenSet | None) -> Future[TokenSet]:
        """Join the refresh in flight when it serves this caller, else start one in a new thread."""
        rejected_access = rejected.access_token if rejected else None
        with self._flight_lock:
            flight = self._flight
            if flight is None or flight.future.done() or rejected_access not in (None, flight.rejected):
                flight = _Flight(Future(), rejected_access)
                self._flight = flight
                threading.Thread(
                    target=self._run_flight,
                    args=(flight, rejected),
                    name="comptoir-token-refresh",
                    daemon=False,
                ).start()
            return flight.future

    def _run_flight(self, flight: _Flight, rejected: TokenSet | None) -> None:
        try:
            tokens = fresh_tokens(self.provider, self.store, rejected=rejected)
        except BaseException as exc:  # noqa: BLE001 (handed to every waiter)
            flight.future.set_exception(exc)
        else:
            self._tokens = tokens
            flight.future.set_result(tokens)

    def _raise_if_rejected(self, request: httpx.Request, response: httpx.Response) -> None:
        if response.status_code == 401:
            raise TokenRejected(
                f"{self.provider.display_name} answered 401 to {request.method} {request.url.path} "
                "even with a just-refreshed access token"
            )


def _authorized(request: httpx.Request, tokens: TokenSet) -> httpx.Request:
    request.headers["Authorization"] = f"Bearer {tokens.access_token.get_secret_value()}"
    return request


async def _shielded(future: Future[TokenSet]) -> TokenSet:
    """Await a refresh without cancelling it when the awaiting task is cancelled."""
    waiter = asyncio.wrap_future(future)
    waiter.add_done_callback(_consume_outcome)  # a cancelled awaiter leaves nobody to retrieve it
    return await asyncio.shield(waiter)


def _consume_outcome(waiter: asyncio.Future[TokenSet]) -> None:
    if not waiter.cancelled():
        waiter.exception()
