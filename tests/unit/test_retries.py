"""The retry policy against the strict fake EBP: 429 storms, 503 bursts, resets, trickles, deadlines."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from comptoir import ebp
from comptoir.errors import ArgumentTypeError, ArgumentValueError
from comptoir.runtime.limits import DeadlineExceeded, MemoryStore, RateLimiter, RateLimits
from comptoir.runtime.retries import DEADLINE_EXTENSION, MAX_RETRIES_EXTENSION, Backoff, ResilientTransport
from tests.support.fake_ebp_server import FakeEbp, Fault

pytestmark = pytest.mark.serial  # Retry-After and deadline timings: measured alone, not beside the parallel pass

KEY = "retry-key"
FAST = Backoff(base=0.05, cap=0.2, max_retry_after=5.0)


@pytest.fixture
def fake() -> Iterator[FakeEbp]:
    with FakeEbp(rate=None, quota=None) as server:
        yield server


def client(fake: FakeEbp, **options: Any) -> httpx.Client:
    limiter = options.pop("limiter", None)
    transport = ResilientTransport(max_retries=options.pop("max_retries", 2), backoff=FAST, limiter=limiter)
    return httpx.Client(base_url=fake.root, transport=transport, headers={"ebp-subscription-key": KEY}, **options)


def test_a_503_burst_is_retried_until_success(fake: FakeEbp) -> None:
    fake.inject(Fault("503"), Fault("503"))
    with client(fake) as http:
        assert http.get("/ping").status_code == 200
    assert [a.status for a in fake.arrivals] == [503, 503, 200]


def test_retries_stop_after_max_retries_and_the_last_answer_is_returned(fake: FakeEbp) -> None:
    fake.inject(*[Fault("503")] * 5)
    with client(fake, max_retries=1) as http:
        assert http.get("/ping").status_code == 503
    assert len(fake.arrivals) == 2


def test_per_call_max_retries_overrides_the_client(fake: FakeEbp) -> None:
    fake.inject(*[Fault("503")] * 5)
    with client(fake) as http:
        assert http.get("/ping", extensions={MAX_RETRIES_EXTENSION: 0}).status_code == 503
        assert len(fake.arrivals) == 1
        with pytest.raises(ArgumentValueError):
            http.get("/ping", extensions={MAX_RETRIES_EXTENSION: -1})
        with pytest.raises(ArgumentTypeError):
            http.get("/ping", extensions={MAX_RETRIES_EXTENSION: "3"})


def test_a_reset_connection_is_retried_for_a_get(fake: FakeEbp) -> None:
    fake.inject(Fault("reset"))
    with client(fake) as http:
        assert http.get("/ping").status_code == 200
    assert len(fake.arrivals) == 2


@pytest.mark.parametrize("fault", ["reset", "503", "429"])
def test_a_post_that_reached_the_server_is_never_sent_twice(fake: FakeEbp, fault: str) -> None:
    fake.inject(Fault(fault, retry_after="0"), *[Fault(fault, retry_after="0")] * 3)
    with client(fake) as http:
        if fault == "reset":
            with pytest.raises(httpx.TransportError):
                http.post("/export/api/v1/CreateExport/Pdf", json={})
        else:
            assert http.post("/export/api/v1/CreateExport/Pdf", json={}).status_code == int(fault)
    assert fake.posts["/export/api/v1/CreateExport/Pdf"] == 1


def test_a_post_is_retried_when_it_never_reached_a_server(fake: FakeEbp) -> None:
    """Connection refused first (nothing listens), then the server is up: one POST arrives."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with FakeEbp(rate=None, quota=None) as late:
        # a forwarding-free trick: the first attempt goes to a closed port, the retry to the live server
        attempts: list[str] = []

        class Switch(httpx.HTTPTransport):
            def handle_request(self, request: httpx.Request) -> httpx.Response:
                attempts.append(str(request.url))
                if len(attempts) == 1:
                    request.url = request.url.copy_with(port=port)
                else:
                    request.url = httpx.URL(late.root + "/export/api/v1/CreateExport/Pdf")
                return super().handle_request(request)

        transport = ResilientTransport(transport=Switch(), backoff=FAST)
        with httpx.Client(transport=transport, headers={"ebp-subscription-key": KEY}) as http:
            response = http.post(late.root + "/export/api/v1/CreateExport/Pdf", json={})
        assert response.status_code == 202
        assert len(attempts) == 2
        assert late.posts["/export/api/v1/CreateExport/Pdf"] == 1


@pytest.mark.parametrize("retry_after", [1.0, 2.0])
def test_retry_after_is_honoured_within_ten_percent(fake: FakeEbp, retry_after: float) -> None:
    fake.inject(Fault("429", retry_after=f"{retry_after:g}"))
    with client(fake) as http:
        assert http.get("/ping").status_code == 200
    first, second = fake.arrivals
    assert retry_after <= second.at - first.at <= 1.1 * retry_after


def test_retry_after_as_an_http_date_is_honoured(fake: FakeEbp) -> None:
    from email.utils import formatdate

    fake.inject(Fault("429", retry_after=formatdate(time.time() + 2, usegmt=True)))
    with client(fake) as http:
        assert http.get("/ping").status_code == 200
    first, second = fake.arrivals
    assert 0.9 <= second.at - first.at <= 2.2  # the date has whole-second precision


def test_a_retry_after_longer_than_the_cap_is_not_waited_for(fake: FakeEbp) -> None:
    fake.inject(Fault("429", retry_after="3600"))
    start = time.monotonic()
    with client(fake) as http:
        response = http.get("/ping")
    assert response.status_code == 429
    assert time.monotonic() - start < 1


def test_a_429_storm_pushes_every_sibling_back(fake: FakeEbp) -> None:
    limits = RateLimits.from_extension(
        {"scope": "ebp", "key": "subscriptionKey", "limits": [{"requests": 100, "per_seconds": 1}]}
    )
    store = MemoryStore()
    fake.inject(Fault("429", retry_after="1"))
    with client(fake, limiter=RateLimiter(limits, store, KEY)) as first:
        first.get("/ping")
    storm_at = fake.arrivals[0].at
    with client(fake, limiter=RateLimiter(limits, store, KEY)) as sibling:
        sibling.get("/ping")
    assert [a.status for a in fake.arrivals] == [429, 200, 200]
    assert all(a.at - storm_at >= 1.0 for a in fake.arrivals[1:])


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_trickling_body_cannot_outlive_the_deadline(fake: FakeEbp, mode: str) -> None:
    fake.inject(Fault("trickle", interval=0.5))
    deadline = time.monotonic() + 1.5
    start = time.monotonic()

    def sync_call() -> None:
        with client(fake) as http:
            http.get("/ping", extensions={DEADLINE_EXTENSION: deadline})

    async def async_call() -> None:
        async with httpx.AsyncClient(base_url=fake.root, transport=ResilientTransport(backoff=FAST)) as http:
            await http.get("/ping", extensions={DEADLINE_EXTENSION: deadline})

    with pytest.raises(httpx.TimeoutException):
        sync_call() if mode == "sync" else asyncio.run(async_call())
    assert time.monotonic() - start < 1.5 + 0.2


def test_the_deadline_covers_retries_and_their_waits(fake: FakeEbp) -> None:
    fake.inject(*[Fault("429", retry_after="1")] * 5)
    start = time.monotonic()
    with client(fake, max_retries=5) as http:
        response = http.get("/ping", extensions={DEADLINE_EXTENSION: time.monotonic() + 1.5})
    assert response.status_code == 429  # the next wait would pass the deadline: the last answer
    assert time.monotonic() - start < 1.5
    assert len(fake.arrivals) == 2


def test_a_rate_limit_wait_past_the_deadline_fails_at_once(fake: FakeEbp) -> None:
    limits = RateLimits.from_extension(
        {"scope": "ebp", "key": "subscriptionKey", "limits": [{"requests": 1, "per_seconds": 10}]}
    )
    with client(fake, limiter=RateLimiter(limits, MemoryStore(), KEY)) as http:
        http.get("/ping")
        start = time.monotonic()
        with pytest.raises(DeadlineExceeded):
            http.get("/ping", extensions={DEADLINE_EXTENSION: time.monotonic() + 2})
        assert time.monotonic() - start < 0.3
    assert len(fake.arrivals) == 1


def test_async_retries_sleep_without_blocking_the_loop(fake: FakeEbp) -> None:
    fake.inject(Fault("429", retry_after="1"))

    async def main() -> tuple[int, int]:
        ticks = 0

        async def ticker() -> None:
            nonlocal ticks
            while True:
                ticks += 1
                await asyncio.sleep(0.01)

        task = asyncio.create_task(ticker())
        transport = ResilientTransport(backoff=FAST)
        headers = {"ebp-subscription-key": KEY}
        async with httpx.AsyncClient(base_url=fake.root, transport=transport, headers=headers) as http:
            status = (await http.get("/ping")).status_code
        task.cancel()
        return status, ticks

    status, ticks = asyncio.run(main())
    assert status == 200
    assert ticks >= 50


def test_connect_retries_by_default_through_the_generated_client(fake: FakeEbp) -> None:
    from ebp_gescom.api.clients import list_clients

    fake.inject(Fault("503"))
    gescom = ebp.connect("gescom", subscription_key=KEY, auth="t", base_url=fake.url("gescom"), rate_limits=None)
    assert list_clients.sync_detailed("1", client=gescom, limit=2).status_code == 200
    assert [a.status for a in fake.arrivals] == [503, 200]
    none = ebp.connect("gescom", subscription_key=KEY, auth="t", base_url=fake.url("gescom"), rate_limits=None,
                       max_retries=0)  # fmt: skip
    fake.inject(Fault("503"))
    assert list_clients.sync_detailed("1", client=none, limit=2).status_code == 503


def test_threads_share_one_transport_safely(fake: FakeEbp) -> None:
    with client(fake) as http:
        results: list[int] = []
        threads = [threading.Thread(target=lambda: results.append(http.get("/ping").status_code)) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert results == [200] * 8
