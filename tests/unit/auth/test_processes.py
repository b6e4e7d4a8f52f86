"""Several processes on one token file: lock timeouts, crashes mid-refresh, and a long hammering run."""

from __future__ import annotations

import json
import os
from pathlib import Path

import httpx
import pytest

from comptoir.auth import FileTokenStore, LockTimeout, OAuthProvider, RefreshingAuth, RefreshInterrupted

from .conftest import Worker, assert_no_secrets, file_store_spec, job, seed
from .fake_ebp import FakeEbp
from .worker import CRASH_EXIT

pytestmark = pytest.mark.serial  # processes racing on one token store: measured alone, not beside the parallel pass

STRESS_SECONDS = float(os.environ.get("COMPTOIR_STRESS_SECONDS", "20"))


def test_lock_held_by_another_process_times_out_without_posting(
    fake: FakeEbp, provider: OAuthProvider, token_path: Path, workers: list[Worker]
) -> None:
    store = FileTokenStore(token_path, lock_timeout=0.3)
    seed(fake, store, expired=True)
    holder = Worker(job(fake, "hold_lock", file_store_spec(token_path)))
    workers.append(holder)
    holder.wait_ready()
    with httpx.Client(auth=RefreshingAuth(provider, store)) as client, pytest.raises(LockTimeout) as excinfo:
        client.get(fake.api_url)
    holder.go()
    assert holder.result() == {"held": True}
    assert fake.counters.token_posts == 0
    assert_no_secrets(fake, str(excinfo.value))


# step -> (token POSTs before the crash, new tokens saved?, next start reports an interrupted refresh?)
CRASH_STEPS = {
    "before_journal": (0, False, False),
    "before_post": (0, False, True),
    "after_response": (1, False, True),
    "before_rename": (1, False, True),
    "before_dir_fsync": (1, True, False),
    "before_journal_clear": (1, True, False),
}


@pytest.mark.parametrize("step", CRASH_STEPS)
def test_crash_at_each_step_never_tears_the_file_nor_reuses_a_dead_token(
    fake: FakeEbp, provider: OAuthProvider, store: FileTokenStore, workers: list[Worker], step: str
) -> None:
    posted, saved, interrupted = CRASH_STEPS[step]
    old = seed(fake, store, expired=True)
    child = Worker(job(fake, "crash", file_store_spec(store.path), step=step))
    workers.append(child)
    assert child.exit_code() == CRASH_EXIT
    assert fake.counters.token_posts == posted

    document = json.loads(store.path.read_text())  # never torn: the whole old or the whole new file
    assert (document["refresh_token"] != old.refresh_token.get_secret_value()) == saved
    with httpx.Client(auth=RefreshingAuth(provider, store)) as client:
        if interrupted:
            with pytest.raises(RefreshInterrupted, match="comptoir login ebp") as excinfo:
                client.get(fake.api_url)
            assert_no_secrets(fake, str(excinfo.value))
        else:
            assert client.get(fake.api_url).status_code == 200
    assert fake.counters.reuse_detected == 0
    assert fake.counters.token_posts == posted + (not interrupted and not saved)


@pytest.mark.slow
@pytest.mark.timeout(120)
def test_8_processes_with_1_second_tokens_never_reuse_nor_fail(
    fake: FakeEbp, provider: OAuthProvider, store: FileTokenStore, workers: list[Worker]
) -> None:
    """8 processes x 2 threads call the API for STRESS_SECONDS (20 s by default); access tokens last 1 s."""
    fake.access_lifetime = 1.0
    seed(fake, store, expired=True)
    spec = file_store_spec(store.path)
    workers.extend(Worker(job(fake, "hammer", spec, seconds=STRESS_SECONDS, threads=2)) for _ in range(8))
    for worker in workers:
        worker.wait_ready()
    for worker in workers:
        worker.go()
    results = [worker.result(timeout=STRESS_SECONDS + 60) for worker in workers]
    calls = sum(r["ok"] for r in results)
    print(
        f"\n8 processes, {STRESS_SECONDS:g} s: {calls} calls, {fake.counters.api_rejected} 401s retried, "
        f"{fake.counters.token_posts} token POSTs, {fake.counters.reuse_detected} reuses"
    )
    assert [r["failed"] for r in results] == [0] * 8, [r["errors"] for r in results]
    assert fake.counters.reuse_detected == 0
    assert fake.counters.token_posts >= STRESS_SECONDS / 2  # tokens really rotated all along
    assert fake.counters.api_ok == calls
