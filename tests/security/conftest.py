"""Fixtures for the security tests: planted secrets, a scriptable loopback HTTP server, scans for leaks."""

from __future__ import annotations

import io
import json
import logging
import socket
import threading
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from rich.console import Console
from rich.traceback import Traceback

TESTS_DIR = str(Path(__file__).resolve().parents[1])
API_KEY = "sk-live-PLANTED-api-key-7f3a9c"
SUBSCRIPTION_KEY = "PLANTED-subscription-key-41d2"
CLIENT_SECRET = "PLANTED-client-secret-88e1"
ACCESS_TOKEN = "PLANTED-access-token-c0ffee"
REFRESH_TOKEN = "PLANTED-refresh-token-b16b00b5"
PASSWORD = "PLANTED-url-password-5e5e"
PLANTED = (API_KEY, SUBSCRIPTION_KEY, CLIENT_SECRET, ACCESS_TOKEN, REFRESH_TOKEN, PASSWORD)


@pytest.fixture(autouse=True)
def _no_env_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """Start from no proxy settings; tests that need some set them."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)


@dataclass
class Seen:
    """One request a `LoopbackServer` received."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes


Reply = tuple[int, dict[str, str], bytes]


@dataclass
class LoopbackServer:
    """An HTTP server on 127.0.0.1 answering with `reply(seen)`; `hang` makes it never answer."""

    reply: Callable[[Seen], Reply] = lambda seen: (200, {"Content-Type": "application/json"}, b"{}")
    hang: bool = False
    seen: list[Seen] = field(default_factory=list)
    port: int = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


def json_reply(status: int, document: object) -> Callable[[Seen], Reply]:
    """A reply function answering `document` as JSON with `status`."""
    body = json.dumps(document).encode()
    return lambda seen: (status, {"Content-Type": "application/json"}, body)


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    state = LoopbackServer()
    release = threading.Event()

    class Handler(BaseHTTPRequestHandler):
        def _handle(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            seen = Seen(self.command, self.path, dict(self.headers.items()), self.rfile.read(length))
            state.seen.append(seen)
            if state.hang:
                release.wait(10)
                return
            status, headers, body = state.reply(seen)
            self.send_response(status)
            for name, value in {**headers, "Content-Length": str(len(body))}.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _handle

        def log_message(self, format: str, *args: object) -> None:
            """Silent."""

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    state.port = httpd.server_address[1]
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield state
    release.set()
    httpd.shutdown()
    httpd.server_close()


def closed_port() -> int:
    """A loopback port nobody listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def rendered_with_locals(exc: BaseException) -> str:
    """The traceback of `exc` (and its chain) rendered with locals, by the standard library and by rich.

    The frames of the tests themselves (which hold the planted secrets) are left out: the traceback
    starts at the first library frame, as an application's would.
    """
    tb = exc.__traceback__
    while tb is not None and tb.tb_frame.f_code.co_filename.startswith(TESTS_DIR):
        tb = tb.tb_next
    standard = "".join(traceback.TracebackException(type(exc), exc, tb, capture_locals=True).format())
    console = Console(file=io.StringIO(), width=200, color_system=None)
    console.print(Traceback.from_exception(type(exc), exc, tb, show_locals=True))
    output = console.file
    assert isinstance(output, io.StringIO)
    return standard + output.getvalue()


def leaks(*texts: str, secrets: tuple[str, ...] = PLANTED) -> list[str]:
    """The planted secrets (or their base64 basic-auth form) found in any of `texts`."""
    import base64

    forms = {*secrets, base64.b64encode(f"{API_KEY}:".encode()).decode()}
    return sorted({secret for secret in forms for text in texts if secret in text})


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    """caplog at DEBUG for httpx, httpcore and comptoir."""
    for name in ("httpx", "httpcore", "comptoir"):
        caplog.set_level(logging.DEBUG, logger=name)
    return caplog


def log_text(caplog: pytest.LogCaptureFixture) -> str:
    return "\n".join(f"{record.getMessage()} {record.exc_text or ''}" for record in caplog.records)
