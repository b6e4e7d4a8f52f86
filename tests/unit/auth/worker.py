"""A child process for the multi-process auth tests: `python worker.py '<json job>'`.

It builds a RefreshingAuth on the job's store, prints "ready", waits for "go" on stdin (except
`crash` jobs), runs the job and prints one JSON line. `crash` jobs kill the process with
`os._exit(CRASH_EXIT)` at the named step of the refresh.
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from pathlib import Path
from typing import Any

import httpx

from comptoir.auth import FileJournal, FileTokenStore, RefreshingAuth, TokenStore, ebp_provider, private_files
from comptoir.auth.redis_store import RedisTokenStore

CRASH_EXIT = 86


def open_store(spec: dict[str, Any]) -> TokenStore:
    if spec["kind"] == "redis":
        return RedisTokenStore(spec["url"], spec["key"], lock_timeout=spec.get("lock_timeout", 30))
    return FileTokenStore(spec["path"], lock_timeout=spec.get("lock_timeout", 30))


def hammer(client: httpx.Client, url: str, seconds: float, threads: int) -> dict[str, Any]:
    """Call the API in a loop from several threads; count successes and failures."""
    counts = {"ok": 0, "failed": 0}
    errors: list[str] = []
    deadline = time.monotonic() + seconds
    lock = threading.Lock()

    def loop() -> None:
        while time.monotonic() < deadline:
            try:
                ok = client.get(url).status_code == 200
            except Exception as exc:  # noqa: BLE001 (counted as a failed call)
                ok = False
                errors.append(f"{type(exc).__name__}: {exc}")
            with lock:
                counts["ok" if ok else "failed"] += 1
            time.sleep(0.005)

    run_threads(loop, threads)
    return {**counts, "errors": errors[:5]}


def burst(client: httpx.Client, url: str, threads: int) -> dict[str, Any]:
    """One API call per thread, all released at once by a barrier."""
    barrier = threading.Barrier(threads)
    statuses: list[int] = []

    def call() -> None:
        barrier.wait()
        statuses.append(client.get(url).status_code)

    run_threads(call, threads)
    return {"statuses": statuses}


def run_threads(target: Any, count: int) -> None:
    threads = [threading.Thread(target=target) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def arm_crash(step: str, token_path: Path) -> None:
    """Make the process die at `step` of the next refresh."""

    def die(*_: Any, **__: Any) -> Any:
        os._exit(CRASH_EXIT)

    if step == "before_journal":
        FileJournal.begin = die  # type: ignore[method-assign]
    elif step == "before_post":
        httpx.Client.post = die  # type: ignore[method-assign]
    elif step == "after_response":
        real_post = httpx.Client.post

        def post_then_die(self: httpx.Client, *args: Any, **kwargs: Any) -> Any:
            real_post(self, *args, **kwargs)
            die()

        httpx.Client.post = post_then_die  # type: ignore[method-assign]
    elif step in ("before_rename", "before_dir_fsync"):
        real_replace, real_fsync = os.replace, private_files.fsync_directory
        renamed = []

        def replace(src: Any, dst: Any) -> None:
            if Path(dst) == token_path and step == "before_rename":
                die()
            real_replace(src, dst)
            renamed.append(Path(dst))

        def fsync_directory(directory: Path) -> None:
            if renamed and renamed[-1] == token_path:
                die()
            real_fsync(directory)

        os.replace = replace  # type: ignore[assignment]
        private_files.fsync_directory = fsync_directory
    elif step == "before_journal_clear":
        FileJournal.clear = die  # type: ignore[method-assign]
    else:
        raise ValueError(step)


def main() -> None:
    job = json.loads(sys.argv[1])
    store = open_store(job["store"])
    provider = ebp_provider(job["client_id"], job["client_secret"], token_url=job["token_url"])
    if job["mode"] == "hold_lock":
        with store.lock():
            print("ready", flush=True)
            sys.stdin.readline()
        print(json.dumps({"held": True}), flush=True)
        return
    with httpx.Client(auth=RefreshingAuth(provider, store), timeout=30) as client:
        if job["mode"] == "crash":
            arm_crash(job["step"], Path(job["store"]["path"]))
            client.get(job["api_url"])
            print(json.dumps({"crashed": False}), flush=True)
            return
        print("ready", flush=True)
        sys.stdin.readline()
        if job["mode"] == "hammer":
            result = hammer(client, job["api_url"], job["seconds"], job.get("threads", 1))
        else:
            result = burst(client, job["api_url"], job["threads"])
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
