"""Rate limits and quotas: the stores, the limiter, and many processes sharing one budget.

The concurrency tests scale EBP's 1 request/s up to 10 per second (80 per 8 s: same algorithm, same
strict server), so that 4 processes x 4 threads run ~10 s each; ``scripts/bench.py`` measures the true 1/s.
"""

from __future__ import annotations

import asyncio
import itertools
import multiprocessing
import threading
import time
import uuid
from pathlib import Path
from typing import Any

import h11
import httpx
import pytest

from comptoir import ebp
from comptoir._connect import declared_rate_limits
from comptoir.errors import ConfigurationError, QuotaExceededError, RateLimitStoreError
from comptoir.runtime.limits import (
    EARLY_WAKE,
    SEND_LEAD,
    DeadlineExceeded,
    Limit,
    MemoryStore,
    RateLimiter,
    RateLimits,
    RateLimitStore,
    SQLiteStore,
    bucket_name,
    open_store,
)
from comptoir.runtime.sendgate import SEND_AT
from tests.support.fake_ebp_server import FakeEbp
from tests.support.traffic import pages_per_thread, run_processes

pytestmark = pytest.mark.serial  # pacing and rate measurements: measured alone, not beside the parallel pass

KEY = "sub-key-SECRET-0123456789"
# 10 requests/s as 80 per 8 s: the same rate, paced evenly, with a safety margin (1.5 % of the window,
# 120 ms) large enough for the scheduling jitter of a loaded 2-core machine; bench.py measures the true 1/s.
SCALED = {"scope": "ebp", "key": "subscriptionKey", "limits": [{"requests": 80, "per_seconds": 8},
                                                                {"requests": 10000, "per_seconds": 86400,
                                                                 "quota": True}]}  # fmt: skip


def limits(*pairs: tuple[int, float], quota: tuple[int, float] | None = None) -> RateLimits:
    items = [Limit(n, s) for n, s in pairs] + ([Limit(quota[0], quota[1], quota=True)] if quota else [])
    return RateLimits("test", "subscriptionKey", tuple(items))


# --- the declared limits -----------------------------------------------------------------------------


@pytest.mark.parametrize("api", ebp.API_NAMES)
def test_every_ebp_api_declares_the_documented_limits_in_one_scope(api: str) -> None:
    declared = declared_rate_limits(ebp.package_name(api))
    assert declared == RateLimits("ebp", "subscriptionKey", (Limit(1, 1.0), Limit(10000, 86400.0, quota=True)))


@pytest.mark.parametrize("package", ["seven", "seqino_pdp", "facturare"])
def test_the_small_apis_declare_no_limits(package: str) -> None:
    assert declared_rate_limits(package) is None


@pytest.mark.parametrize(
    "value",
    [[], {"scope": "ebp", "key": "k"}, {"scope": "e b", "key": "k", "limits": [{"requests": 1, "per_seconds": 1}]},
     {"scope": "ebp", "key": "k", "limits": [{"requests": 0, "per_seconds": 1}]},
     {"scope": "ebp", "key": "k", "limits": [{"requests": 1, "per_seconds": float("nan")}]},
     {"scope": "ebp", "key": "k", "limits": [{"requests": 1, "per_seconds": 1, "quota": "yes"}]}],
)  # fmt: skip
def test_malformed_limits_are_refused(value: Any) -> None:
    with pytest.raises(ConfigurationError):
        RateLimits.from_extension(value)


def test_the_bucket_is_named_by_a_hash_never_the_key(tmp_path: Path) -> None:
    name = bucket_name("ebp", KEY)
    assert KEY not in name
    assert name.startswith("ebp-")
    assert len(name) == 4 + 64
    limiter = RateLimiter(limits((5, 1.0)), SQLiteStore(tmp_path), KEY)
    limiter.acquire()
    limiter.push_back(0.01)
    (file,) = tmp_path.glob("*.sqlite3")
    assert file.name == f"{bucket_name('test', KEY)}.sqlite3"
    for path in tmp_path.iterdir():
        assert KEY.encode() not in path.read_bytes()
    assert KEY not in repr(limiter)


def test_connect_refuses_a_bad_store() -> None:
    with pytest.raises(ConfigurationError, match="rate_limit_store"):
        ebp.connect("gescom", subscription_key=KEY, auth="t", rate_limit_store="postgres://x")  # type: ignore[arg-type]


def test_the_default_store_is_sqlite_under_the_user_cache_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    store = open_store(None)
    assert isinstance(store, SQLiteStore)
    assert store.directory == tmp_path / "comptoir" / "rate-limits"
    assert open_store("memory") is open_store("memory")


# --- one store, the algorithm --------------------------------------------------------------------------


@pytest.fixture(params=["memory", "sqlite"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> RateLimitStore:
    return MemoryStore() if request.param == "memory" else SQLiteStore(tmp_path)


def test_requests_are_paced_evenly_within_the_window(store: RateLimitStore) -> None:
    bucket = uuid.uuid4().hex
    pace = limits((3, 0.4))
    waits = [store.reserve(bucket, pace.limits, max_wait=10, max_quota_wait=0).wait for _ in range(7)]
    step = pace.limits[0].window / 3
    assert pace.limits[0].window == pytest.approx(0.4 * 1.015)
    assert waits == pytest.approx([k * step for k in range(7)], abs=0.02)


def test_a_spent_quota_is_refused_at_once_with_its_reset_time(store: RateLimitStore) -> None:
    limiter = RateLimiter(limits((100, 1.0), quota=(3, 60.0)), store, KEY)
    for _ in range(3):
        limiter.acquire()
    before = time.monotonic()
    with pytest.raises(QuotaExceededError) as caught:
        limiter.acquire()
    assert time.monotonic() - before < 0.2
    assert caught.value.reset_at == pytest.approx(time.time() + 60, abs=2)
    assert "3 requests per 60 s" in str(caught.value)
    assert KEY not in str(caught.value)


def test_max_wait_lets_a_call_wait_for_the_quota(store: RateLimitStore) -> None:
    limiter = RateLimiter(limits(quota=(2, 0.5)), store, KEY, max_wait=2.0)
    start = time.monotonic()
    for _ in range(3):
        limiter.acquire()
    assert 0.5 <= time.monotonic() - start < 1.5


def test_a_wait_past_the_deadline_fails_at_once_and_reserves_nothing(store: RateLimitStore) -> None:
    limiter = RateLimiter(limits((1, 5.0)), store, KEY)
    limiter.acquire()
    start = time.monotonic()
    with pytest.raises(DeadlineExceeded):
        limiter.acquire(deadline=time.monotonic() + 1.0)
    assert time.monotonic() - start < 0.2
    assert isinstance(DeadlineExceeded("x"), httpx.TimeoutException)


def test_push_back_delays_every_sibling(store: RateLimitStore) -> None:
    first = RateLimiter(limits((100, 1.0)), store, KEY)
    sibling = RateLimiter(limits((100, 1.0)), store, KEY)
    first.push_back(0.4)
    start = time.monotonic()
    sibling.acquire()
    assert 0.35 <= time.monotonic() - start < 0.8


def test_a_paced_request_reads_the_store_before_its_instant_not_after(store: RateLimitStore) -> None:
    limiter = RateLimiter(limits((1, 0.3)), store, KEY)
    limiter.acquire()
    checked: list[float] = []
    read_block = store.blocked_for

    def blocked_for(bucket: str) -> float:
        checked.append(time.monotonic())
        return read_block(bucket)

    store.blocked_for = blocked_for  # type: ignore[method-assign]
    start = time.monotonic()
    limiter.acquire()
    went = time.monotonic()
    assert went - start == pytest.approx(0.3045, abs=0.03)  # its instant: one request per 0.3 s plus the margin
    assert len(checked) == 1
    assert went - checked[0] >= EARLY_WAKE / 2  # the store I/O happened before the instant, not on its way out


def test_async_waits_never_block_the_event_loop(store: RateLimitStore) -> None:
    limiter = RateLimiter(limits((1, 0.3)), store, KEY)

    async def main() -> int:
        ticks = 0
        done = asyncio.Event()

        async def ticker() -> None:
            nonlocal ticks
            while not done.is_set():
                ticks += 1
                await asyncio.sleep(0.01)

        task = asyncio.create_task(ticker())
        for _ in range(3):
            await limiter.aacquire()
        done.set()
        await task
        return ticks

    start = time.monotonic()
    ticks = asyncio.run(main())
    elapsed = time.monotonic() - start
    assert elapsed >= 0.6
    assert ticks >= elapsed / 0.01 * 0.5, "the loop kept running while the limiter waited"


def test_threads_of_one_process_share_the_budget(store: RateLimitStore) -> None:
    limiter = RateLimiter(limits((5, 0.5)), store, KEY)
    stamps: list[float] = []

    def work() -> None:
        for _ in range(3):
            limiter.acquire()
            stamps.append(time.time())

    threads = [threading.Thread(target=work) for _ in range(5)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    stamps.sort()
    assert all(b - a >= 0.5 for a, b in zip(stamps, stamps[5:], strict=False))


# --- through connect(), against the strict fake EBP ----------------------------------------------------


def test_a_spent_quota_raises_before_sending(tmp_path: Path) -> None:
    from ebp_gescom.api.clients import list_clients

    quota = {"scope": "ebp", "key": "subscriptionKey", "limits": [{"requests": 3, "per_seconds": 3600, "quota": True}]}
    with FakeEbp(rate=None) as fake:
        client = ebp.connect("gescom", subscription_key=KEY, auth="t", base_url=fake.url("gescom"),
                             rate_limits=quota, rate_limit_store=tmp_path)  # fmt: skip
        for _ in range(3):
            assert list_clients.sync_detailed("1", client=client).status_code == 200
        start = time.monotonic()
        with pytest.raises(QuotaExceededError):
            list_clients.sync_detailed("1", client=client)
        assert time.monotonic() - start < 0.5
        assert len(fake.arrivals) == 3


# --- the first byte leaves at the instant --------------------------------------------------------------

HALF = {"scope": "ebp", "key": "subscriptionKey", "limits": [{"requests": 1, "per_seconds": 0.5}]}


def _slow_before_the_write(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every other request spends 60 ms in the client stack before its first write (a cold machine)."""
    send = h11.Connection.send
    delays = itertools.cycle([0.06, 0.0])

    def slow(connection: h11.Connection, event: Any) -> Any:
        if isinstance(event, h11.Request):
            time.sleep(next(delays))
        return send(connection, event)

    monkeypatch.setattr(h11.Connection, "send", slow)


def _assert_arrivals_a_window_apart(fake: FakeEbp, count: int) -> None:
    times = sorted(a.at for a in fake.arrivals)
    assert [a.status for a in fake.arrivals] == [200] * count
    assert min(b - a for a, b in itertools.pairwise(times)) >= 0.5


def test_a_request_granted_at_once_is_held_to_when_it_is_recorded(store: RateLimitStore) -> None:
    """Granted at once, a request is recorded (and its first byte held) SEND_LEAD from now, at most one
    pacing interval: its client stack runs in between, and the next request is paced from its arrival."""
    for (requests, window), hold in (((1, 1.0), SEND_LEAD), ((100, 1.0), 0.01015)):
        limiter = RateLimiter(limits((requests, window)), store, f"{KEY}-{requests}")
        asked = time.monotonic()
        due = limiter.reserve(lead=SEND_LEAD)
        returned = time.monotonic()
        assert returned - asked < 0.05, "granted at once: no sleep"
        assert due is not None
        assert asked + hold - 0.001 <= due <= returned + hold  # `hold` from when the store read its clock
    assert RateLimiter(limits((10**6, 1.0)), store, f"{KEY}-fast").reserve(lead=SEND_LEAD) is None  # nothing to hold


def test_a_slow_client_stack_before_the_write_does_not_bring_arrivals_closer(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from ebp_gescom.api.clients import list_clients

    _slow_before_the_write(monkeypatch)
    with FakeEbp(rate=1, per_seconds=0.5) as fake:
        client = ebp.connect("gescom", subscription_key=KEY, auth="t", base_url=fake.url("gescom"),
                             rate_limits=HALF, rate_limit_store=tmp_path, max_retries=0)  # fmt: skip
        for _ in range(6):
            list_clients.sync_detailed("1", client=client)
        _assert_arrivals_a_window_apart(fake, 6)
    assert SEND_AT.get() is None


def test_the_async_client_holds_the_first_write_too(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from ebp_gescom.api.clients import list_clients

    _slow_before_the_write(monkeypatch)

    async def main(url: str) -> None:
        async with ebp.connect_async("gescom", subscription_key=KEY, auth="t", base_url=url, rate_limits=HALF,
                                     rate_limit_store=tmp_path, max_retries=0) as client:  # fmt: skip
            for _ in range(6):
                await list_clients.asyncio_detailed("1", client=client)

    with FakeEbp(rate=1, per_seconds=0.5) as fake:
        asyncio.run(main(fake.url("gescom")))
        _assert_arrivals_a_window_apart(fake, 6)


# --- 4 processes x 4 threads under one key ------------------------------------------------------------


def run_scaled(fake: FakeEbp, stores_and_caches: list[tuple[str, str]], key: str) -> None:
    codes = run_processes(fake.url("gescom"), stores_and_caches, key, rate_limits=SCALED, start=700, timeout=120)
    assert codes == [0] * len(stores_and_caches)


def assert_paced(fake: FakeEbp, key: str, *, requests: int = 80, per_seconds: float = 8.0) -> float:
    """No 429, and the steady rate (n / mean of a[i+n] - a[i]) at least 98 % of the limit."""
    mine = [a for a in fake.arrivals if a.key == key]
    assert [a.status for a in mine if a.status != 200] == []
    times = sorted(a.at for a in mine)
    assert len(times) == 16 * pages_per_thread(700)
    gaps = [b - a for a, b in zip(times, times[requests:], strict=False)]
    rate = requests / (sum(gaps) / len(gaps))
    assert rate >= 0.98 * requests / per_seconds, f"{rate:.3f} requests/s"
    assert rate <= requests / per_seconds
    return rate


@pytest.mark.slow
def test_four_processes_of_four_threads_share_one_sqlite_budget(tmp_path: Path) -> None:
    key = f"proc-{uuid.uuid4().hex}"
    with FakeEbp(rate=80, per_seconds=8.0) as fake:
        run_scaled(fake, [(str(tmp_path / "limits"), str(tmp_path / "cache"))] * 4, key)
        assert_paced(fake, key)


def test_the_redis_store_paces_like_the_others(redis_url: str) -> None:
    store = open_store(redis_url)
    bucket = uuid.uuid4().hex
    pace = limits((2, 0.3))
    waits = [store.reserve(bucket, pace.limits, max_wait=10, max_quota_wait=0).wait for _ in range(4)]
    assert waits == pytest.approx([k * pace.limits[0].window / 2 for k in range(4)], abs=0.02)
    limiter = RateLimiter(limits((100, 1.0), quota=(1, 60.0)), store, f"redis-{bucket}")
    limiter.acquire()
    with pytest.raises(QuotaExceededError):
        limiter.acquire()
    limiter.push_back(0.3)
    assert 0.2 < store.blocked_for(bucket_name("test", f"redis-{bucket}")) <= 0.3


@pytest.mark.slow
def test_two_hosts_sharing_only_redis_share_one_budget(tmp_path: Path, redis_url: str) -> None:
    key = f"hosts-{uuid.uuid4().hex}"
    hosts = [(redis_url, str(tmp_path / "host-a")), (redis_url, str(tmp_path / "host-a")),
             (redis_url, str(tmp_path / "host-b")), (redis_url, str(tmp_path / "host-b"))]  # fmt: skip
    with FakeEbp(rate=80, per_seconds=8.0) as fake:
        run_scaled(fake, hosts, key)
        assert_paced(fake, key)


def test_a_broken_store_is_a_typed_error_naming_the_store(tmp_path: Path) -> None:
    not_a_directory = tmp_path / "a-file"
    not_a_directory.write_text("")
    store = SQLiteStore(not_a_directory)
    with pytest.raises(RateLimitStoreError, match="SQLiteStore") as caught:
        store.reserve("bucket", [Limit(1, 1.0)], max_wait=1.0, max_quota_wait=0.0)
    assert isinstance(caught.value.__cause__, OSError)


def test_processes_opening_a_new_store_together_all_get_it(tmp_path: Path) -> None:
    """SQLite refuses a WAL switch while another connection sets up the same new file: the set-up is locked."""
    context = multiprocessing.get_context("spawn")
    with context.Pool(6) as pool:
        results = pool.starmap(_reserve_once, [(str(tmp_path), "fresh-bucket")] * 12)
    assert results == [True] * 12


def _reserve_once(directory: str, bucket: str) -> bool:
    decision = SQLiteStore(directory).reserve(bucket, [Limit(1000, 1.0)], max_wait=5.0, max_quota_wait=0.0)
    return bool(decision.granted)
