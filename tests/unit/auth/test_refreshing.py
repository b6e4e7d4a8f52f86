"""RefreshingAuth in one process: proactive refresh, 401 handling, threads and asyncio tasks."""

from __future__ import annotations

import asyncio
import ssl
import threading
import time

import httpx
import pytest
import trustme

from comptoir.auth import (
    FileTokenStore,
    LoginRequired,
    OAuthProvider,
    RefreshingAuth,
    RefreshInterrupted,
    TokenEndpointError,
    TokenRejected,
    TokenSet,
    ebp_provider,
)
from comptoir.auth.rotation import fresh_tokens
from comptoir.auth.token_endpoint import refresh
from comptoir.errors import ConfigurationError

from .conftest import assert_no_secrets, seed
from .fake_ebp import CLIENT_ID, CLIENT_SECRET, FakeEbp, serve

pytestmark = pytest.mark.serial  # 50 threads racing on one refresh: measured alone, not beside the parallel pass


def test_fresh_token_is_used_without_refreshing(fake: FakeEbp, provider: OAuthProvider, store: FileTokenStore) -> None:
    seed(fake, store)
    with httpx.Client(auth=RefreshingAuth(provider, store)) as client:
        assert client.get(fake.api_url).status_code == 200
        assert client.get(fake.api_url).status_code == 200
    assert fake.counters.token_posts == 0


def test_expiring_token_is_refreshed_and_persisted_before_use(
    fake: FakeEbp, provider: OAuthProvider, store: FileTokenStore
) -> None:
    old = seed(fake, store, expired=True)
    with httpx.Client(auth=RefreshingAuth(provider, store)) as client:
        response = client.get(fake.api_url)
    assert response.status_code == 200
    saved = store.load()
    assert saved is not None
    assert saved.refresh_token != old.refresh_token
    assert response.request.headers["Authorization"] == f"Bearer {saved.access_token.get_secret_value()}"
    assert saved.is_fresh()
    assert store.journal.pending() is None
    assert (fake.counters.token_posts, fake.counters.reuse_detected) == (1, 0)


def test_stale_401_adopts_the_siblings_rotation_without_posting(
    fake: FakeEbp, provider: OAuthProvider, store: FileTokenStore
) -> None:
    fake.revoke_access_on_rotation = True
    first = seed(fake, store)
    auth = RefreshingAuth(provider, store)
    with httpx.Client(auth=auth) as client:
        assert client.get(fake.api_url).status_code == 200
        sibling = FileTokenStore(store.path)
        rotated = fresh_tokens(provider, sibling, rejected=first)  # another worker's refresh
        posts = fake.counters.token_posts
        response = client.get(fake.api_url)
    assert response.status_code == 200
    assert [r.status_code for r in response.history] == [401]
    assert response.request.headers["Authorization"] == f"Bearer {rotated.access_token.get_secret_value()}"
    assert fake.counters.token_posts == posts == 1


def test_401_on_the_current_token_refreshes_once_and_retries(
    fake: FakeEbp, provider: OAuthProvider, store: FileTokenStore
) -> None:
    current = seed(fake, store)
    fake.revoke_access(current.access_token.get_secret_value())
    with httpx.Client(auth=RefreshingAuth(provider, store)) as client:
        response = client.get(fake.api_url)
    assert response.status_code == 200
    assert [r.status_code for r in response.history] == [401]
    assert fake.counters.token_posts == 1


def test_second_401_raises_token_rejected(fake: FakeEbp, provider: OAuthProvider, store: FileTokenStore) -> None:
    seed(fake, store)
    fake.api_always_401 = True
    with httpx.Client(auth=RefreshingAuth(provider, store)) as client, pytest.raises(TokenRejected) as excinfo:
        client.get(fake.api_url)
    assert fake.counters.token_posts == 1
    assert fake.counters.api_rejected == 2
    assert_no_secrets(fake, str(excinfo.value), repr(excinfo.value))


def test_invalid_grant_raises_login_required_and_leaves_the_store_untouched(
    fake: FakeEbp, provider: OAuthProvider, store: FileTokenStore
) -> None:
    seed(fake, store, expired=True)
    saved = store.load()
    assert saved is not None
    fake.rotate(saved.refresh_token.get_secret_value())  # someone used our refresh token: it is dead now
    before = store.path.read_bytes()
    with httpx.Client(auth=RefreshingAuth(provider, store)) as client, pytest.raises(LoginRequired) as excinfo:
        client.get(fake.api_url)
    assert "comptoir login ebp" in str(excinfo.value)
    assert excinfo.value.command == "comptoir login ebp"
    assert store.path.read_bytes() == before
    assert store.journal.pending() is None
    assert_no_secrets(fake, str(excinfo.value), repr(excinfo.value))


def test_token_endpoint_outage_rotates_nothing_and_clears_the_journal(
    fake: FakeEbp, provider: OAuthProvider, store: FileTokenStore
) -> None:
    seed(fake, store, expired=True)
    before = store.path.read_bytes()
    fake.token_outage = True
    with httpx.Client(auth=RefreshingAuth(provider, store)) as client:
        with pytest.raises(TokenEndpointError, match="HTTP 503") as excinfo:
            client.get(fake.api_url)
        assert store.path.read_bytes() == before
        assert store.journal.pending() is None
        fake.token_outage = False
        assert client.get(fake.api_url).status_code == 200  # the same refresh token still works
    assert excinfo.value.status_code == 503
    assert (fake.counters.token_posts, fake.counters.reuse_detected) == (2, 0)


def test_answer_lost_after_rotation_is_reported_and_never_retried(
    fake: FakeEbp, provider: OAuthProvider, store: FileTokenStore
) -> None:
    seed(fake, store, expired=True)
    fake.drop_token_answers = True
    with httpx.Client(auth=RefreshingAuth(provider, store)) as client:
        for _ in range(2):
            with pytest.raises(RefreshInterrupted, match="comptoir login ebp") as excinfo:
                client.get(fake.api_url)
            assert_no_secrets(fake, str(excinfo.value))
    assert store.journal.pending() is not None
    assert (fake.counters.token_posts, fake.counters.reuse_detected) == (1, 0)


def test_no_stored_login_raises_login_required(fake: FakeEbp, provider: OAuthProvider, store: FileTokenStore) -> None:
    with (
        httpx.Client(auth=RefreshingAuth(provider, store)) as client,
        pytest.raises(LoginRequired, match="no EBP login"),
    ):
        client.get(fake.api_url)
    assert fake.counters.token_posts == 0


def test_missing_expires_in_assumes_the_documented_hour(
    fake: FakeEbp, provider: OAuthProvider, store: FileTokenStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed(fake, store, expired=True)
    real_login = fake.new_login

    def without_expires_in(*args: object, **kwargs: object) -> dict[str, object]:
        answer = real_login(*args, **kwargs)  # type: ignore[arg-type]
        del answer["expires_in"], answer["scope"]
        return answer

    monkeypatch.setattr(fake, "new_login", without_expires_in)
    before = time.time()
    with httpx.Client(auth=RefreshingAuth(provider, store)) as client:
        assert client.get(fake.api_url).status_code == 200
    saved = store.load()
    assert saved is not None
    assert before + 3600 <= saved.expires_at <= time.time() + 3600
    assert saved.scope == "openid profile offline_access"


@pytest.mark.parametrize("sharing", ["one shared client", "one client and store per thread"])
def test_50_threads_on_an_expired_token_post_once(
    fake: FakeEbp, provider: OAuthProvider, store: FileTokenStore, sharing: str
) -> None:
    fake.token_delay = 0.2  # keep the refresh in flight while the other threads pile up
    seed(fake, store, expired=True)
    shared = httpx.Client(auth=RefreshingAuth(provider, store))
    barrier = threading.Barrier(50)
    statuses: list[int] = []

    def call() -> None:
        own = sharing != "one shared client"
        client = httpx.Client(auth=RefreshingAuth(provider, FileTokenStore(store.path))) if own else shared
        barrier.wait()
        statuses.append(client.get(fake.api_url).status_code)
        if own:
            client.close()

    threads = [threading.Thread(target=call) for _ in range(50)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    shared.close()
    assert statuses == [200] * 50
    assert (fake.counters.token_posts, fake.counters.reuse_detected) == (1, 0)


def test_100_asyncio_tasks_on_an_expired_token_post_once(
    fake: FakeEbp, provider: OAuthProvider, store: FileTokenStore
) -> None:
    fake.token_delay = 0.2
    seed(fake, store, expired=True)

    async def main() -> list[int]:
        async with httpx.AsyncClient(auth=RefreshingAuth(provider, store)) as client:
            responses = await asyncio.gather(*(client.get(fake.api_url) for _ in range(100)))
        return [r.status_code for r in responses]

    assert asyncio.run(main()) == [200] * 100
    assert (fake.counters.token_posts, fake.counters.reuse_detected) == (1, 0)


def test_async_refresh_survives_cancellation_of_its_task(
    fake: FakeEbp, provider: OAuthProvider, store: FileTokenStore
) -> None:
    fake.token_gate = threading.Event()
    old = seed(fake, store, expired=True)

    async def main() -> int:
        async with httpx.AsyncClient(auth=RefreshingAuth(provider, store)) as client:
            first = asyncio.create_task(client.get(fake.api_url))
            assert await asyncio.to_thread(fake.token_post_seen.wait, 10)
            first.cancel()
            with pytest.raises(asyncio.CancelledError):
                await first
            assert fake.token_gate is not None
            fake.token_gate.set()  # the server answers only now, after the cancellation
            return (await client.get(fake.api_url)).status_code

    assert asyncio.run(main()) == 200
    saved = store.load()
    assert saved is not None
    assert saved.refresh_token != old.refresh_token
    assert (fake.counters.token_posts, fake.counters.reuse_detected) == (1, 0)


def test_reprs_hide_secrets(fake: FakeEbp, provider: OAuthProvider, store: FileTokenStore) -> None:
    tokens: TokenSet = seed(fake, store)
    auth = RefreshingAuth(provider, store)
    assert_no_secrets(fake, repr(tokens), repr(provider), repr(auth), repr(store))


def test_a_token_endpoint_behind_a_private_ca_is_reached_with_the_providers_tls_context(
    store: FileTokenStore,
) -> None:
    ca = trustme.CA()
    server_tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert("127.0.0.1").configure_cert(server_tls)
    trusting = ssl.create_default_context()
    ca.configure_trust(trusting)
    fake = FakeEbp()
    server = serve(fake, tls=server_tls)
    try:
        old = seed(fake, store, expired=True)
        urls = {"authorize_url": fake.authorize_url, "token_url": fake.token_url}
        with pytest.raises(TokenEndpointError, match="unreachable"):  # the system's trust store: handshake refused
            refresh(ebp_provider(CLIENT_ID, CLIENT_SECRET, **urls), old)
        rotated = refresh(ebp_provider(CLIENT_ID, CLIENT_SECRET, verify=trusting, **urls), old)
        assert rotated.refresh_token != old.refresh_token
        assert (fake.counters.token_posts, fake.counters.reuse_detected) == (1, 0)
    finally:
        server.shutdown()
        server.server_close()


def test_a_provider_takes_a_tls_context_not_a_flag() -> None:
    with pytest.raises(ConfigurationError, match=r"ssl\.SSLContext"):
        ebp_provider(CLIENT_ID, CLIENT_SECRET, verify=False)  # type: ignore[arg-type]
