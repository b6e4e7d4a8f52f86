"""The browser login flow and the `comptoir` CLI, with a scripted "browser" on loopback."""

from __future__ import annotations

import re
import socket
import threading
from collections.abc import Callable
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from typer.testing import CliRunner

from comptoir import cli
from comptoir.auth import FileTokenStore, LoginFailed, OAuthProvider, RefreshRecord, run_login

from .conftest import assert_no_secrets, seed
from .fake_ebp import CLIENT_ID, CLIENT_SECRET, FakeEbp


class Browser:
    """Follows the authorize URL like a browser would, after asking the listener for a favicon over ::1."""

    def __init__(self) -> None:
        self.pages: list[httpx.Response] = []
        self.thread: threading.Thread | None = None

    def open(self, url: str) -> bool:
        self.thread = threading.Thread(target=self._visit, args=(url,))
        self.thread.start()
        return True

    def _visit(self, url: str) -> None:
        redirect_uri = parse_qs(urlsplit(url).query)["redirect_uri"][0]
        port = urlsplit(redirect_uri).port
        with httpx.Client(follow_redirects=True, timeout=10) as client:
            self.pages.append(client.get(f"http://[::1]:{port}/favicon.ico"))
            self.pages.append(client.get(url))

    def join(self) -> None:
        assert self.thread is not None
        self.thread.join(10)


def login(
    provider: OAuthProvider, store: FileTokenStore, browser: Callable[[str], bool], **options: float
) -> list[str]:
    lines: list[str] = []
    run_login(provider, store, port=0, timeout=options.get("timeout", 10), open_browser=browser, echo=lines.append)
    return lines


def test_login_stores_tokens_after_an_exact_redirect_and_a_verified_s256_challenge(
    fake: FakeEbp, provider: OAuthProvider, store: FileTokenStore
) -> None:
    stale = seed(fake, store)
    with store.lock():
        store.journal.begin(RefreshRecord.starting_from(stale))  # a previous interrupted refresh
    browser = Browser()
    lines = login(provider, store, browser.open)
    browser.join()

    [query] = fake.authorize_queries
    assert re.fullmatch(r"http://localhost:\d+", query["redirect_uri"])
    assert query["redirect_uri"] != "http://localhost:3333"  # port=0 picked a free one
    assert query["code_challenge_method"] == "S256"
    assert re.fullmatch(r"[A-Za-z0-9_-]{43}", query["code_challenge"])
    assert query["scope"] == "openid profile offline_access"
    assert len(query["state"]) >= 32
    assert CLIENT_SECRET not in str(query)
    # the fake only answers the exchange when redirect_uri matches and S256(code_verifier) == challenge
    assert fake.counters.token_posts == 1
    saved = store.load()
    assert saved is not None
    assert saved.refresh_token != stale.refresh_token
    assert store.journal.pending() is None
    favicon, page = browser.pages
    assert favicon.status_code == 404
    assert page.status_code == 200
    assert "Logged in" in page.text
    assert any(query["state"] in line for line in lines)  # the URL is printed


@pytest.mark.parametrize(("mode", "message"), [("wrong_state", "state"), ("no_state", "state")])
def test_missing_or_wrong_state_is_rejected_before_any_exchange(
    fake: FakeEbp, provider: OAuthProvider, store: FileTokenStore, mode: str, message: str
) -> None:
    fake.authorize_mode = mode
    browser = Browser()
    with pytest.raises(LoginFailed, match=message):
        login(provider, store, browser.open)
    browser.join()
    assert fake.counters.token_posts == 0
    assert store.load() is None
    assert browser.pages[-1].status_code == 400


def test_access_denied_is_surfaced_and_html_escaped(
    fake: FakeEbp, provider: OAuthProvider, store: FileTokenStore
) -> None:
    fake.authorize_mode = "deny"
    fake.error_description = "<script>alert(1)</script>"
    browser = Browser()
    with pytest.raises(LoginFailed, match="access_denied") as excinfo:
        login(provider, store, browser.open)
    browser.join()
    page = browser.pages[-1].text
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert fake.counters.token_posts == 0
    assert_no_secrets(fake, str(excinfo.value))


def test_busy_port_is_reported(fake: FakeEbp, provider: OAuthProvider, store: FileTokenStore) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        with pytest.raises(LoginFailed, match=f"port {port} on 127.0.0.1 is busy"):
            run_login(provider, store, port=port, open_browser=Browser().open, echo=print)
    assert not fake.authorize_queries


def test_no_browser_prints_the_url_and_times_out(fake: FakeEbp, provider: OAuthProvider, store: FileTokenStore) -> None:
    lines: list[str] = []
    with pytest.raises(LoginFailed, match="no login came back"):
        run_login(provider, store, port=0, timeout=0.3, open_browser=lambda url: False, echo=lines.append)
    assert any(provider.authorize_url in line for line in lines)
    assert any("No browser could be opened" in line for line in lines)


def test_cli_login_status_logout(fake: FakeEbp, token_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    browser = Browser()
    monkeypatch.setattr("webbrowser.open", browser.open)
    monkeypatch.setenv("COMPTOIR_EBP_CLIENT_ID", CLIENT_ID)
    monkeypatch.setenv("COMPTOIR_EBP_CLIENT_SECRET", CLIENT_SECRET)
    monkeypatch.setenv("COMPTOIR_EBP_TOKEN_STORE", str(token_path))
    runner = CliRunner()
    args = ["--port", "0", "--timeout", "10", "--token-url", fake.token_url, "--authorize-url", fake.authorize_url]

    logged_in = runner.invoke(cli.app, ["login", "ebp", *args])
    browser.join()
    assert logged_in.exit_code == 0, logged_in.output
    assert "Logged in to EBP" in logged_in.output
    status = runner.invoke(cli.app, ["auth", "status"])
    assert status.exit_code == 0, status.output
    assert "expires" in status.output
    assert "scope: openid profile offline_access" in status.output
    logged_out = runner.invoke(cli.app, ["logout"])
    assert logged_out.exit_code == 0
    assert not token_path.exists()
    after = runner.invoke(cli.app, ["auth", "status"])
    assert after.exit_code == 1
    assert "comptoir login ebp" in after.output
    assert_no_secrets(fake, logged_in.output, status.output, logged_out.output, after.output)


def test_cli_status_reports_an_interrupted_refresh(fake: FakeEbp, store: FileTokenStore) -> None:
    tokens = seed(fake, store)
    with store.lock():
        store.journal.begin(RefreshRecord.starting_from(tokens))
    result = CliRunner().invoke(cli.app, ["auth", "status", "--store", str(store.path)])
    assert result.exit_code == 1
    assert "never finished" in result.output
    assert "comptoir login ebp" in result.output
