"""Many processes of many threads paging the fake EBP's Gescom clients under one subscription key.

Used by the rate-limit tests (EBP's limit scaled to 80 per 8 s) and by ``scripts/bench.py`` (the
true 1 request/s). Each thread pages ``list_clients`` from ``start`` to the end of the 1,234
records (pages of 100) and checks it got every record once, in order.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from comptoir import ebp
from comptoir.runtime import paging

RECORDS = 1234


def page_worker(url: str, store: str, cache: str, barrier: Any, threads: int, key: str,
                rate_limits: Mapping[str, Any] | str, start: int) -> None:  # fmt: skip
    """One process: ``threads`` threads each paging Gescom clients from ``start``."""
    os.environ["XDG_CACHE_HOME"] = cache
    from ebp_gescom.api.clients import list_clients

    client = ebp.connect("gescom", subscription_key=key, auth="t", base_url=url, rate_limits=rate_limits,  # type: ignore[arg-type]
                         rate_limit_store=store if store.startswith("redis") else Path(store))  # fmt: skip
    errors: list[BaseException] = []

    def fetch(offset: int, limit: int) -> Any:
        response = list_clients.sync_detailed("3691", client=client, offset=offset, limit=limit)
        assert response.status_code == 200, response.status_code
        return response.parsed

    def work() -> None:
        try:
            got = list(paging.iterate(fetch, lambda p: p.clients, lambda p: p.paging.total, maximum=100, start=start))
            assert [c.code.value for c in got] == [f"C{i:05d}" for i in range(start, RECORDS)]
        except BaseException as error:  # noqa: BLE001 - re-raised below: the parent sees the exit code
            errors.append(error)

    barrier.wait()
    pool = [threading.Thread(target=work) for _ in range(threads)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    if errors:
        raise errors[0]


def run_processes(url: str, stores_and_caches: Sequence[tuple[str, str]], key: str, *,
                  rate_limits: Mapping[str, Any] | str = "spec", start: int = 700, threads: int = 4,
                  timeout: float = 300) -> list[int | None]:  # fmt: skip
    """Run one :func:`page_worker` process per (store, cache directory); their exit codes."""
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(len(stores_and_caches))
    processes = [context.Process(target=page_worker,
                                 args=(url, store, cache, barrier, threads, key, rate_limits, start))
                 for store, cache in stores_and_caches]  # fmt: skip
    for process in processes:
        process.start()
    for process in processes:
        process.join(timeout)
    return [process.exitcode for process in processes]


def pages_per_thread(start: int, maximum: int = 100) -> int:
    """Requests one thread makes paging from ``start`` (the last page is short, or ends at the total)."""
    return -(-(RECORDS - start) // maximum)
