"""Fixtures for the auth tests: a fake EBP on loopback, token stores, worker processes and redis-server."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from comptoir.auth import FileTokenStore, OAuthProvider, TokenSet, ebp_provider
from comptoir.secret import Secret

from .fake_ebp import CLIENT_ID, CLIENT_SECRET, FakeEbp, serve

REPO = Path(__file__).resolve().parents[3]
WORKER = Path(__file__).with_name("worker.py")


@pytest.fixture(autouse=True)
def _loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """No proxy may divert the tests' loopback traffic."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost,::1")


@pytest.fixture
def fake(caplog: pytest.LogCaptureFixture) -> Iterator[FakeEbp]:
    """A running fake EBP; at teardown, no log record of the test may contain a token or secret."""
    caplog.set_level(logging.DEBUG)
    fake = FakeEbp()
    server = serve(fake)
    yield fake
    server.shutdown()
    server.server_close()
    for record in caplog.records:
        assert_no_secrets(fake, record.getMessage(), record.exc_text or "")


def assert_no_secrets(fake: FakeEbp, *texts: str) -> None:
    """Fail if any text contains a token, code, verifier or client secret the fake ever handled."""
    for text in texts:
        leaked = [secret for secret in fake.secrets if secret in text]
        assert not leaked, f"secret leaked into: {text[:200]!r}"


@pytest.fixture
def provider(fake: FakeEbp) -> OAuthProvider:
    return ebp_provider(CLIENT_ID, CLIENT_SECRET, authorize_url=fake.authorize_url, token_url=fake.token_url)


@pytest.fixture
def token_path(tmp_path: Path) -> Path:
    return tmp_path / "config" / "comptoir" / "ebp-tokens.json"


@pytest.fixture
def store(token_path: Path) -> FileTokenStore:
    return FileTokenStore(token_path, lock_timeout=10)


def seed(fake: FakeEbp, store: Any, *, expired: bool = False) -> TokenSet:
    """Log in at the fake and store the tokens; `expired` makes them due for a refresh right away."""
    answer = fake.new_login()
    now = time.time()
    tokens = TokenSet(
        access_token=Secret(str(answer["access_token"])),
        refresh_token=Secret(str(answer["refresh_token"])),
        issued_at=now - 3600 if expired else now,
        expires_at=now - 1 if expired else now + 3600,
        scope=str(answer["scope"]),
    )
    with store.lock():
        store.save(tokens, replacing=store.load())
    return tokens


class Worker:
    """A child Python process running worker.py with one JSON job; it prints "ready" then a JSON result."""

    def __init__(self, job: dict[str, Any]) -> None:
        env = {**os.environ, "PYTHONPATH": str(REPO / "overlays")}
        self.process = subprocess.Popen(
            [sys.executable, str(WORKER), json.dumps(job)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )

    def wait_ready(self) -> None:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        assert line.strip() == "ready", f"worker said {line!r} (exit {self.process.poll()})"

    def go(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write("go\n")
        self.process.stdin.flush()

    def result(self, timeout: float = 60) -> dict[str, Any]:
        out, _ = self.process.communicate(timeout=timeout)
        assert self.process.returncode == 0, f"worker exited {self.process.returncode}: {out!r}"
        return dict(json.loads(out.strip().splitlines()[-1]))

    def exit_code(self, timeout: float = 60) -> int:
        self.process.communicate(timeout=timeout)
        return self.process.returncode

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()


@pytest.fixture
def workers() -> Iterator[list[Worker]]:
    """Worker processes started by the test; any still running at teardown is killed."""
    started: list[Worker] = []
    yield started
    for worker in started:
        worker.kill()


def file_store_spec(path: Path, **options: Any) -> dict[str, Any]:
    return {"kind": "file", "path": str(path), **options}


def job(fake: FakeEbp, mode: str, store: dict[str, Any], **options: Any) -> dict[str, Any]:
    return {
        "mode": mode,
        "store": store,
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "token_url": fake.token_url,
        "api_url": fake.api_url,
        **options,
    }
