"""Findings 1-3: one origin rule for every URL that carries a secret; credentials stay on their origin.

1. OAuth token/authorize URLs (incl. `--token-url` and `COMPTOIR_EBP_TOKEN_URL`) follow the plain-http rule.
2. Redirects never carry a key to another origin nor to plain http; an environment proxy never sees a
   loopback-http request; SpecAuth and RefreshingAuth attach nothing to another origin.
3. A base URL with `user:password@` is refused and the password shows nowhere (error, httpx INFO log).
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from typer.testing import CliRunner

from comptoir import cli, ebp, facturare, seqino, seven
from comptoir.auth import FileTokenStore, RefreshingAuth, TokenSet, ebp_provider
from comptoir.errors import ConfigurationError, InsecureURLError
from comptoir.secret import Secret

from .conftest import (
    ACCESS_TOKEN,
    API_KEY,
    CLIENT_SECRET,
    PASSWORD,
    REFRESH_TOKEN,
    SUBSCRIPTION_KEY,
    LoopbackServer,
    json_reply,
    leaks,
)

# (connect, the header carrying the API key, the operation called)
APIS: dict[str, Any] = {
    "seven": (lambda **kw: seven.connect(api_key=API_KEY, **kw), "X-Api-Key"),
    "seqino": (lambda **kw: seqino.connect(api_key=API_KEY, client_id="company-42", **kw), "Authorization"),
    "facturare": (lambda **kw: facturare.connect(api_key=API_KEY, **kw), "Authorization"),
    "ebp": (
        lambda **kw: ebp.connect("gescom", subscription_key=SUBSCRIPTION_KEY, auth=ACCESS_TOKEN, **kw),
        "ebp-subscription-key",
    ),
}
SECRET_HEADERS = {"x-api-key", "authorization", "ebp-subscription-key"}


# --- finding 1: OAuth URLs -------------------------------------------------------------------------


@pytest.mark.parametrize("option", ["token_url", "authorize_url"])
def test_oauth_urls_refuse_plain_http_to_a_remote_host(option: str) -> None:
    with pytest.raises(InsecureURLError, match="refusing plain-http EBP") as caught:
        ebp_provider("id", CLIENT_SECRET, **{option: "http://10.0.0.1/connect/token"})
    assert not leaks(str(caught.value))


def test_oauth_urls_accept_https_and_loopback_http() -> None:
    ebp_provider("id", CLIENT_SECRET, token_url="https://login.example/token", authorize_url="http://[::1]:8/a")


@pytest.mark.parametrize("via", ["option", "environment"])
def test_cli_login_refuses_a_plain_http_token_url_before_anything(
    via: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr("webbrowser.open", opened.append)
    monkeypatch.setenv("COMPTOIR_EBP_CLIENT_ID", "id")
    monkeypatch.setenv("COMPTOIR_EBP_CLIENT_SECRET", CLIENT_SECRET)
    args = ["login", "ebp", "--store", str(tmp_path / "t" / "tokens.json"), "--port", "0", "--timeout", "0.2"]
    if via == "option":
        args += ["--token-url", "http://10.0.0.1/token"]
    else:
        monkeypatch.setenv("COMPTOIR_EBP_TOKEN_URL", "http://10.0.0.1/token")
    result = CliRunner().invoke(cli.app, args)
    assert result.exit_code == 1
    assert "refusing plain-http EBP token URL" in result.output
    assert not opened
    assert not leaks(result.output)


# --- finding 2: redirects, other origins, proxies --------------------------------------------------


def _call(api: str, client: Any) -> httpx.Response:
    """One GET of the API through the generated client's httpx client (as the endpoint functions do)."""
    return client.get_httpx_client().get("/probe")  # type: ignore[no-any-return]


@pytest.mark.parametrize("api", sorted(APIS))
def test_a_redirect_to_another_origin_carries_no_credential(api: str) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.host == "127.0.0.1":
            return httpx.Response(302, headers={"Location": "https://storage.example/signed?sig=1"})
        return httpx.Response(200, json={})

    connect, header = APIS[api]
    client = connect(base_url="http://127.0.0.1:8000", follow_redirects=True, transport=httpx.MockTransport(handler))
    response = _call(api, client)
    assert response.status_code == 200
    first, second = seen
    assert header in first.headers  # the configured origin gets the credential
    assert str(second.url).startswith("https://storage.example/")
    assert not SECRET_HEADERS & {name.lower() for name in second.headers}


@pytest.mark.parametrize("api", sorted(APIS))
def test_a_redirect_to_plain_http_is_refused_before_sending(api: str) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(301, headers={"Location": "http://api.example/probe"})

    connect, _ = APIS[api]
    client = connect(base_url="https://api.example", follow_redirects=True, transport=httpx.MockTransport(handler))
    with pytest.raises(InsecureURLError, match=r"refusing plain-http request URL 'http://api\.example/probe'"):
        _call(api, client)
    assert len(seen) == 1  # the plain-http hop was never sent


@pytest.mark.parametrize("api", sorted(APIS))
def test_a_request_for_another_origin_gets_no_credential(api: str) -> None:
    seen: list[httpx.Request] = []
    connect, header = APIS[api]
    transport = httpx.MockTransport(lambda request: seen.append(request) or httpx.Response(200, json={}))
    client = connect(base_url="https://api.example", transport=transport)
    client.get_httpx_client().get("https://other.example/x")
    client.get_httpx_client().get("https://api.example:8443/x")  # another port is another origin
    client.get_httpx_client().get("https://api.example/x")
    assert [header in request.headers for request in seen] == [False, False, True]
    assert not SECRET_HEADERS & {name.lower() for name in seen[0].headers}


def test_refreshing_auth_sends_its_token_to_its_origin_only(tmp_path: Path) -> None:
    store = FileTokenStore(tmp_path / "private" / "tokens.json")
    now = time.time()
    with store.lock():
        tokens = TokenSet(
            access_token=Secret(ACCESS_TOKEN),
            refresh_token=Secret(REFRESH_TOKEN),
            issued_at=now,
            expires_at=now + 3600,
        )
        store.save(tokens, replacing=None)
    auth = RefreshingAuth(ebp_provider("id", CLIENT_SECRET), store, api_url="https://api.example")
    seen: list[httpx.Request] = []
    transport = httpx.MockTransport(lambda request: seen.append(request) or httpx.Response(200))
    with httpx.Client(auth=auth, transport=transport) as client:
        client.get("https://elsewhere.example/x")
        client.get("https://api.example/x")
    assert "Authorization" not in seen[0].headers
    assert seen[1].headers["Authorization"] == f"Bearer {ACCESS_TOKEN}"


@pytest.mark.parametrize("variable", ["HTTP_PROXY", "ALL_PROXY", "http_proxy"])
def test_an_environment_proxy_never_sees_a_loopback_http_request(
    variable: str, server: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(variable, "http://proxy.invalid:3128")  # would fail to resolve if it were used
    client = seven.connect(api_key=API_KEY, base_url=server.url, timeout=5)
    response = client.get_httpx_client().get("/probe")
    assert response.status_code == 200
    (seen,) = server.seen
    assert seen.headers["X-Api-Key"] == API_KEY  # went straight to the loopback server


def test_the_token_endpoint_ignores_environment_proxies_for_loopback(
    server: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    from comptoir.auth import token_endpoint

    server.reply = json_reply(200, {"access_token": "new-access", "refresh_token": "new-refresh"})
    monkeypatch.setenv("HTTP_PROXY", "http://proxy.invalid:3128")
    provider = ebp_provider("id", CLIENT_SECRET, token_url=f"{server.url}/connect/token")
    tokens = token_endpoint.exchange_code(provider, code=Secret("the-code"), code_verifier=Secret("v" * 43))
    assert tokens.access_token == Secret("new-access")
    assert len(server.seen) == 1


def test_an_explicit_plain_http_remote_proxy_is_refused_for_a_loopback_target() -> None:
    with pytest.raises(InsecureURLError, match="proxy URL"):
        seven.connect(api_key=API_KEY, base_url="http://127.0.0.1:8000", proxy="http://10.1.1.1:3128")


# --- finding 3: userinfo ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("base_url", "error"),
    [
        (f"https://user:{PASSWORD}@api.example", ConfigurationError),
        (f"http://user:{PASSWORD}@127.0.0.1:8000", ConfigurationError),
        (f"http://user:{PASSWORD}@10.0.0.1", ConfigurationError),
    ],
)
@pytest.mark.parametrize("api", sorted(APIS))
def test_a_base_url_with_a_password_is_refused_without_showing_it(
    api: str, base_url: str, error: type[Exception], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    connect, _ = APIS[api]
    with pytest.raises(error) as caught:
        connect(base_url=base_url)
    assert PASSWORD not in str(caught.value)
    assert "user name or password" in str(caught.value) or isinstance(caught.value, InsecureURLError)
    assert not leaks(str(caught.value), caplog.text)


def test_no_userinfo_reaches_the_httpx_info_log(server: LoopbackServer, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="httpx")
    client = seven.connect(api_key=API_KEY, base_url=server.url)
    with pytest.raises(ConfigurationError, match="user name or password"):
        client.get_httpx_client().get(f"http://user:{PASSWORD}@127.0.0.1:{server.port}/probe")
    client.get_httpx_client().get("/probe")
    assert "HTTP Request: GET" in caplog.text
    assert PASSWORD not in caplog.text
    assert len(server.seen) == 1


def test_oauth_url_with_a_password_is_refused_without_showing_it() -> None:
    with pytest.raises(ConfigurationError, match="user name or password") as caught:
        ebp_provider("id", CLIENT_SECRET, token_url=f"https://user:{PASSWORD}@login.example/token")
    assert not leaks(str(caught.value))
