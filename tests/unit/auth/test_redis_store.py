"""RedisTokenStore against a real redis-server on loopback."""

from __future__ import annotations

import uuid

import httpx
import pytest
import redis

from comptoir.auth import LockTimeout, OAuthProvider, RefreshingAuth, RefreshInterrupted, RefreshRecord, StoreConflict
from comptoir.auth.redis_store import RedisTokenStore

from .conftest import Worker, job, seed
from .fake_ebp import FakeEbp


@pytest.fixture
def redis_store(redis_url: str) -> RedisTokenStore:
    return RedisTokenStore(redis_url, f"comptoir:test:{uuid.uuid4().hex}", lock_timeout=10)


def test_save_load_compare_and_set_and_clear(fake: FakeEbp, redis_store: RedisTokenStore) -> None:
    first = seed(fake, redis_store)
    assert redis_store.load() == first
    second = seed(fake, redis_store)
    with redis_store.lock():
        with pytest.raises(StoreConflict):
            redis_store.save(first, replacing=first)  # the store holds `second` now
        with pytest.raises(StoreConflict):
            redis_store.save(first, replacing=None)
        assert redis_store.load() == second
        redis_store.journal.begin(RefreshRecord.starting_from(second))
        redis_store.clear()
    assert redis_store.load() is None
    assert redis_store.journal.pending() is None


def test_lock_held_elsewhere_times_out_without_posting(
    fake: FakeEbp, provider: OAuthProvider, redis_store: RedisTokenStore, redis_url: str
) -> None:
    seed(fake, redis_store, expired=True)
    impatient = RedisTokenStore(redis_url, redis_store.key, lock_timeout=0.3)
    auth = RefreshingAuth(provider, impatient)
    with redis_store.lock(), httpx.Client(auth=auth) as client, pytest.raises(LockTimeout, match=redis_store.key):
        client.get(fake.api_url)
    assert fake.counters.token_posts == 0


def test_expired_lock_of_a_dead_holder_is_taken_over_and_its_journal_reported(
    fake: FakeEbp, provider: OAuthProvider, redis_store: RedisTokenStore, redis_url: str
) -> None:
    tokens = seed(fake, redis_store, expired=True)
    # a worker that died holding the lock (expiring in 0.3 s) right after writing its journal
    with redis.Redis.from_url(redis_url) as client:
        assert client.lock(f"{redis_store.key}:lock", timeout=0.3).acquire(blocking=False)
    redis_store.journal.begin(RefreshRecord.starting_from(tokens))
    with httpx.Client(auth=RefreshingAuth(provider, redis_store)) as client, pytest.raises(RefreshInterrupted):
        client.get(fake.api_url)
    assert fake.counters.token_posts == 0


def test_two_hosts_refreshing_concurrently_post_once(
    fake: FakeEbp, redis_store: RedisTokenStore, redis_url: str, workers: list[Worker]
) -> None:
    fake.token_delay = 0.2
    seed(fake, redis_store, expired=True)
    spec = {"kind": "redis", "url": redis_url, "key": redis_store.key}
    workers.extend(Worker(job(fake, "burst", spec, threads=10)) for _ in range(2))
    for worker in workers:
        worker.wait_ready()
    for worker in workers:
        worker.go()
    statuses = [status for worker in workers for status in worker.result()["statuses"]]
    assert statuses == [200] * 20
    assert (fake.counters.token_posts, fake.counters.reuse_detected) == (1, 0)
