"""The secret scan: every connect() and login path, on every failure, leaks none of the planted secrets.

Looked at: repr and str of clients, auths, responses and errors; DEBUG logs of httpx, httpcore and comptoir;
exception text and tracebacks rendered with locals (standard library and rich); the CLI's output. Failures:
connection refused, timeout, bad URLs, 4xx and 5xx answers, unusable token answers. Everything runs on
loopback servers.
"""

from __future__ import annotations

import importlib
import json
import threading
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from typer.testing import CliRunner

from comptoir import cli, ebp, facturare, seqino, seven
from comptoir.auth import AuthError, FileTokenStore, RefreshingAuth, TokenSet, ebp_provider, run_login
from comptoir.errors import ComptoirError

from .conftest import (
    ACCESS_TOKEN,
    API_KEY,
    CLIENT_SECRET,
    PASSWORD,
    PLANTED,
    REFRESH_TOKEN,
    SUBSCRIPTION_KEY,
    LoopbackServer,
    closed_port,
    json_reply,
    leaks,
    log_text,
    rendered_with_locals,
)

AUTH_CODE = "PLANTED-authorization-code-9a9a"
ALL_SECRETS = (*PLANTED, AUTH_CODE)


def _store(tmp_path: Path, *, expired: bool) -> FileTokenStore:
    from comptoir.secret import Secret

    store = FileTokenStore(tmp_path / "private" / "ebp-tokens.json")
    now = time.time()
    tokens = TokenSet(
        access_token=Secret(ACCESS_TOKEN),
        refresh_token=Secret(REFRESH_TOKEN),
        issued_at=now - 7200 if expired else now,
        expires_at=now - 1 if expired else now + 3600,
    )
    with store.lock():
        store.save(tokens, replacing=None)
    return store


def _call(module: str) -> Callable[[Any], Any]:
    operation = importlib.import_module(module)
    return lambda client: operation.sync_detailed(client=client)


# name -> (connect(base_url, tmp_path, token_url, **options), the operation)
PATHS: dict[str, tuple[Callable[..., Any], Callable[[Any], Any]]] = {
    "seven": (
        lambda url, tmp, token_url, **kw: seven.connect(api_key=API_KEY, base_url=url, **kw),
        _call("seven.api.account.get_balance"),
    ),
    "seqino": (
        lambda url, tmp, token_url, **kw: seqino.connect(api_key=API_KEY, client_id="c-42", base_url=url, **kw),
        _call("seqino_pdp.api.usage.get_usage_summary"),
    ),
    "facturare": (
        lambda url, tmp, token_url, **kw: facturare.connect(api_key=API_KEY, base_url=url, **kw),
        _call("facturare.api.invoices.list_invoices"),
    ),
    "ebp-token": (
        lambda url, tmp, token_url, **kw: ebp.connect(
            "gescom", subscription_key=SUBSCRIPTION_KEY, auth=ACCESS_TOKEN, base_url=url, rate_limits=None, **kw
        ),
        _call("ebp_gescom.api.folders.list_folders"),
    ),
    "ebp-refreshing": (
        lambda url, tmp, token_url, **kw: ebp.connect(
            "gescom",
            subscription_key=SUBSCRIPTION_KEY,
            auth=RefreshingAuth(ebp_provider("id", CLIENT_SECRET, token_url=token_url), _store(tmp, expired=False)),
            base_url=url,
            rate_limits=None,  # a local server: pacing it at EBP's 1 request/s would only slow the scan
            **kw,
        ),
        _call("ebp_gescom.api.folders.list_folders"),
    ),
}


def _scan(*texts: str) -> None:
    found = leaks(*texts, secrets=ALL_SECRETS)
    assert not found, f"planted secrets leaked: {found}"


def _scan_refusal(error: BaseException, *texts: str) -> None:
    """Scan an error's text, repr and locals-rendered traceback, and `texts`.

    A URL given with a password is the caller's own argument: it is refused at once and its password
    appears in no message or log, but it stays a plain string in the caller-facing frames (connect(),
    ebp_provider()) of a traceback rendered with locals, where only Secret-typed credentials are masked.
    """
    _scan(str(error), repr(error), *texts)
    found = leaks(rendered_with_locals(error), secrets=tuple(secret for secret in ALL_SECRETS if secret != PASSWORD))
    assert not found, f"planted secrets leaked into the traceback: {found}"


def _texts_of(client: Any, outcome: object, caplog: pytest.LogCaptureFixture) -> list[str]:
    texts = [repr(client), str(client), repr(client.get_httpx_client().auth), log_text(caplog)]
    if isinstance(outcome, BaseException):
        texts += [str(outcome), repr(outcome), rendered_with_locals(outcome)]
    else:
        texts += [repr(outcome), repr(getattr(outcome, "parsed", None)), repr(getattr(outcome, "headers", None))]
    return texts


def _run(path: str, base_url: str, tmp_path: Path, token_url: str, **options: Any) -> tuple[Any, object]:
    connect, operation = PATHS[path]
    client = connect(base_url, tmp_path, token_url, **options)
    try:
        return client, operation(client)
    except Exception as exc:  # noqa: BLE001 (scanned below, whatever it is)
        return client, exc


@pytest.mark.parametrize("path", sorted(PATHS))
@pytest.mark.parametrize("status", [400, 401, 403, 404, 429, 500, 502, 503])
def test_status_answers_leak_nothing(
    path: str, status: int, server: LoopbackServer, tmp_path: Path, debug_logs: pytest.LogCaptureFixture
) -> None:
    server.reply = json_reply(status, {"message": "nope", "error": "invalid_request"})
    # 429 and 503 go through the retry path (logs and waits included); the others answer at once
    retries = {} if status in (429, 503) else {"max_retries": 0}
    client, outcome = _run(path, server.url, tmp_path, f"{server.url}/connect/token", **retries)
    assert server.seen, "the request was sent"
    _scan(*_texts_of(client, outcome, debug_logs))


@pytest.mark.parametrize("path", sorted(PATHS))
def test_connection_refused_leaks_nothing(path: str, tmp_path: Path, debug_logs: pytest.LogCaptureFixture) -> None:
    url = f"http://127.0.0.1:{closed_port()}"
    client, outcome = _run(path, url, tmp_path, f"{url}/connect/token")
    assert isinstance(outcome, httpx.ConnectError | ComptoirError)
    _scan(*_texts_of(client, outcome, debug_logs))


@pytest.mark.parametrize("path", sorted(PATHS))
def test_timeout_leaks_nothing(
    path: str, server: LoopbackServer, tmp_path: Path, debug_logs: pytest.LogCaptureFixture
) -> None:
    server.hang = True
    client, outcome = _run(path, server.url, tmp_path, f"{server.url}/connect/token", timeout=0.3, max_retries=0)
    assert isinstance(outcome, httpx.TimeoutException | ComptoirError)
    _scan(*_texts_of(client, outcome, debug_logs))


@pytest.mark.parametrize("path", sorted(PATHS))
@pytest.mark.parametrize(
    "base_url",
    ["http://10.0.0.1/api", f"https://user:{PASSWORD}@api.example", "ftp://api.example", "https://", "http://[::1"],
)
def test_bad_base_urls_leak_nothing(
    path: str, base_url: str, tmp_path: Path, debug_logs: pytest.LogCaptureFixture
) -> None:
    connect, _ = PATHS[path]
    with pytest.raises(ComptoirError) as caught:
        connect(base_url, tmp_path, "https://login.example/token")
    _scan_refusal(caught.value, log_text(debug_logs))


@pytest.mark.parametrize(
    "answer",
    [
        (503, {"error": "temporarily_unavailable"}),
        (400, {"error": "invalid_grant", "error_description": f"refresh token {REFRESH_TOKEN} reused"}),
        (200, {"access_token": ACCESS_TOKEN + "\r\n", "refresh_token": REFRESH_TOKEN}),
        (200, {"access_token": "a" * 10_000}),
    ],
    ids=["5xx", "4xx", "CRLF token", "oversized token"],
)
def test_refresh_failures_leak_nothing(
    answer: tuple[int, dict[str, str]], server: LoopbackServer, tmp_path: Path, debug_logs: pytest.LogCaptureFixture
) -> None:
    server.reply = json_reply(*answer)
    store = _store(tmp_path, expired=True)
    auth = RefreshingAuth(ebp_provider("id", CLIENT_SECRET, token_url=f"{server.url}/connect/token"), store)
    client = ebp.connect("gescom", subscription_key=SUBSCRIPTION_KEY, auth=auth, base_url=server.url)
    _, operation = PATHS["ebp-refreshing"]
    with pytest.raises(AuthError) as caught:
        operation(client)
    assert [seen.path for seen in server.seen] == ["/connect/token"]
    _scan(*_texts_of(client, caught.value, debug_logs))


# --- login ---------------------------------------------------------------------------------------


class RedirectingBrowser:
    """Brings the planted authorization code back to the login's redirect URI, as a browser would."""

    def __init__(self) -> None:
        self.thread: threading.Thread | None = None

    def open(self, url: str) -> bool:
        query = parse_qs(urlsplit(url).query)
        target = f"{query['redirect_uri'][0]}?code={AUTH_CODE}&state={query['state'][0]}"
        # urllib, not httpx: the browser is not comptoir, its requests must not land in httpx's log
        self.thread = threading.Thread(target=lambda: urllib.request.urlopen(target, timeout=10).read())
        self.thread.start()
        return True

    def join(self) -> None:
        if self.thread is not None:
            self.thread.join(10)


LOGIN_ANSWERS = {
    "4xx": (400, {"error": "invalid_grant"}),
    "5xx": (500, {"error": "server_error"}),
    "CRLF token": (200, {"access_token": ACCESS_TOKEN + "\r\n", "refresh_token": REFRESH_TOKEN}),
}


@pytest.mark.parametrize("failure", [*LOGIN_ANSWERS, "connection refused", "bad token URL"])
def test_login_failures_leak_nothing(
    failure: str, server: LoopbackServer, tmp_path: Path, debug_logs: pytest.LogCaptureFixture
) -> None:
    from comptoir.auth import LoginFailed

    token_url = {
        "connection refused": f"http://127.0.0.1:{closed_port()}/token",
        "bad token URL": f"https://user:{PASSWORD}@login.example/token",
    }.get(failure, f"{server.url}/connect/token")
    if failure in LOGIN_ANSWERS:
        server.reply = json_reply(*LOGIN_ANSWERS[failure])
    store = FileTokenStore(tmp_path / "private" / "ebp-tokens.json")
    browser = RedirectingBrowser()
    echoed: list[str] = []

    def login() -> None:
        provider = ebp_provider("id", CLIENT_SECRET, token_url=token_url, authorize_url=server.url)
        run_login(provider, store, port=0, timeout=10, open_browser=browser.open, echo=echoed.append)

    with pytest.raises(ComptoirError) as caught:
        login()
    browser.join()
    if failure != "bad token URL":
        assert isinstance(caught.value, LoginFailed)
    _scan_refusal(caught.value, log_text(debug_logs), *echoed)
    assert store.load() is None


def test_cli_login_then_status_leak_nothing(
    server: LoopbackServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, debug_logs: pytest.LogCaptureFixture
) -> None:
    server.reply = json_reply(200, {"access_token": ACCESS_TOKEN, "refresh_token": REFRESH_TOKEN, "expires_in": 3600})
    browser = RedirectingBrowser()
    monkeypatch.setattr("webbrowser.open", browser.open)
    monkeypatch.setenv("COMPTOIR_EBP_CLIENT_ID", "id")
    monkeypatch.setenv("COMPTOIR_EBP_CLIENT_SECRET", CLIENT_SECRET)
    store = tmp_path / "private" / "ebp-tokens.json"
    runner = CliRunner()
    args = ["--store", str(store)]
    login = runner.invoke(
        cli.app,
        ["login", "ebp", *args, "--port", "0", "--token-url", f"{server.url}/t", "--authorize-url", server.url],
    )
    browser.join()
    assert login.exit_code == 0, login.output
    status = runner.invoke(cli.app, ["auth", "status", *args])
    assert status.exit_code == 0, status.output
    (exchange,) = server.seen
    assert CLIENT_SECRET in exchange.body.decode()
    assert AUTH_CODE in exchange.body.decode()
    assert json.loads(store.read_text())["refresh_token"] == REFRESH_TOKEN  # stored, in the 0600 file
    _scan(login.output, status.output, log_text(debug_logs))
