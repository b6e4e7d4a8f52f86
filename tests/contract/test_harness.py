"""The Prism harness itself: restart after a crash, log tail, process-group cleanup."""

from __future__ import annotations

import os
import signal

import httpx
from mockserver import PrismPool


def test_a_crashed_mock_is_restarted_and_stopped_with_its_group() -> None:
    pool = PrismPool()
    try:
        first = pool.url("seven")
        server = pool.servers["seven"]
        assert server.process is not None
        group = server.process.pid
        os.killpg(group, signal.SIGKILL)  # what a test crashing the mock looks like
        server.process.wait(timeout=10)
        assert not server.alive()

        second = pool.url("seven")
        assert server.alive()
        response = httpx.get(f"{second}/balance", headers={"X-Api-Key": "k"}, timeout=10)
        assert response.status_code == 200, pool.tail("seven")
        assert "sl-violations" not in response.headers
        assert server.process is not None
        restarted_group = server.process.pid
        assert restarted_group != group or first != second
        assert pool.tail("seven"), "Prism's log is kept for failure reports"
    finally:
        pool.stop()
    assert not server.alive()
    try:
        os.killpg(restarted_group, 0)
        group_alive = True
    except ProcessLookupError:
        group_alive = False
    assert not group_alive
