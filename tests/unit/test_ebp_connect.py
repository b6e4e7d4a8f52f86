"""`comptoir.ebp.connect()`: the right generated client, both credentials on the wire, refusals.

API calls go through `httpx.MockTransport`; the refreshing tests use the auth tests' fake EBP login
server on loopback (`tests/unit/auth/fake_ebp.py`) for the token endpoint only.
"""

from __future__ import annotations

import asyncio
import functools
import importlib
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from comptoir import ebp
from comptoir._credentials import HeaderCredential, SpecAuth
from comptoir.auth import FileTokenStore, RefreshingAuth, TokenSet, ebp_provider
from comptoir.errors import ConfigurationError, InsecureURLError
from comptoir.secret import Secret
from tests.support.operations import operations
from tests.unit.auth.fake_ebp import CLIENT_ID, CLIENT_SECRET, FakeEbp, serve

ROOT = Path(__file__).resolve().parents[2]
SUBSCRIPTION_KEY = "sub-key-7f3c9e1d2b"
ACCESS_TOKEN = "eyJhbGciOi.static-access-token.sig"
MOCK_URL = "http://127.0.0.1:9"
UNDOCUMENTED = 418  # undocumented by every EBP spec: the generated parser returns parsed=None


@dataclass
class Api:
    """A MockTransport handler standing in for an EBP API: records requests, checks bearer tokens.

    A retry after a 401 resends the same `httpx.Request` object with new headers, so each request
    is recorded as a copy taken when it reached the transport.
    """

    valid: Any = None  # callable(access_token) -> bool; None accepts any token
    requests: list[httpx.Request] = field(default_factory=list)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(
            httpx.Request(request.method, request.url, headers=request.headers.copy(), content=request.read())
        )
        scheme, _, token = request.headers.get("Authorization", "").partition(" ")
        if scheme != "Bearer" or (self.valid is not None and not self.valid(token)):
            return httpx.Response(401, json={"title": "Unauthorized"})
        return httpx.Response(UNDOCUMENTED, content=b"")

    @property
    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)


def _gescom_folders() -> Any:
    return importlib.import_module("ebp_gescom.api.folders.list_folders")


# --- the API table ---------------------------------------------------------------------------------


@functools.cache
def _spec_servers() -> dict[str, str]:
    """`servers[0].url` of each specs/ebp-<api>.yaml, by API name."""
    servers = {}
    for path in sorted((ROOT / "specs").glob("ebp-*.yaml")):
        spec = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        servers[path.stem.removeprefix("ebp-")] = spec["servers"][0]["url"]
    return servers


def test_url_table_matches_the_specs_servers() -> None:
    assert dict(ebp.PRODUCTION_URLS) == _spec_servers()
    assert len(ebp.API_NAMES) == 8


@pytest.mark.parametrize("api", ebp.API_NAMES)
def test_each_api_gets_its_generated_client_on_its_production_url(api: str) -> None:
    client = ebp.connect(api, subscription_key=SUBSCRIPTION_KEY, auth=ACCESS_TOKEN)
    package = "ebp_" + api.replace("-", "_")
    assert ebp.package_name(api) == package
    assert isinstance(client, importlib.import_module(f"{package}.client").AuthenticatedClient)
    assert type(client) is importlib.import_module(f"{package}.resources").CLIENT_CLASS
    assert client.base_url == _spec_servers()[api]
    assert client.get_httpx_client().base_url == httpx.URL(_spec_servers()[api] + "/")


@pytest.mark.parametrize("api", ebp.API_NAMES)
def test_every_api_sends_the_subscription_key_and_the_bearer(api: str) -> None:
    op = operations(f"ebp-{api}")[0]
    recorder = Api()
    client = ebp.connect(
        api,
        subscription_key=SUBSCRIPTION_KEY,
        auth=ACCESS_TOKEN,
        base_url=MOCK_URL,
        transport=recorder.transport,
        rate_limits=None,  # a local mock: no pacing (tests/unit/test_limits.py covers it)
    )
    response = op.module.sync_detailed(client=client, **op.kwargs())
    assert response.status_code == UNDOCUMENTED
    (request,) = recorder.requests
    assert request.headers["ebp-subscription-key"] == SUBSCRIPTION_KEY
    assert request.headers["Authorization"] == f"Bearer {ACCESS_TOKEN}"


def test_a_static_bearer_credential_is_accepted_as_is() -> None:
    recorder = Api()
    credential = HeaderCredential("Authorization", ACCESS_TOKEN, prefix="Bearer")
    client = ebp.connect(
        "gescom",
        subscription_key=SUBSCRIPTION_KEY,
        auth=credential,
        base_url=MOCK_URL,
        transport=recorder.transport,
        rate_limits=None,  # a local mock: no pacing (tests/unit/test_limits.py covers it)
    )
    _gescom_folders().sync_detailed(client=client)
    (request,) = recorder.requests
    assert request.headers["Authorization"] == f"Bearer {ACCESS_TOKEN}"
    assert request.headers["ebp-subscription-key"] == SUBSCRIPTION_KEY


def test_the_header_names_and_the_operation_path_on_the_wire() -> None:
    recorder = Api()
    client = ebp.connect(
        "gescom",
        subscription_key=SUBSCRIPTION_KEY,
        auth=ACCESS_TOKEN,
        base_url=MOCK_URL,
        transport=recorder.transport,
        rate_limits=None,  # a local mock: no pacing (tests/unit/test_limits.py covers it)
    )
    _gescom_folders().sync_detailed(client=client, limit=5)
    (request,) = recorder.requests
    assert request.url.raw_path == b"/v1/Folders?Offset=0&Limit=5"
    # exactly one of each credential header, under the spec's names
    assert [k for k, _ in request.headers.raw if k.lower() == b"ebp-subscription-key"] == [b"ebp-subscription-key"]
    assert len(request.headers.get_list("Authorization")) == 1


# --- refusals --------------------------------------------------------------------------------------


def test_unknown_api_is_refused_with_the_valid_names() -> None:
    with pytest.raises(ConfigurationError) as caught:
        ebp.connect("compta", subscription_key=SUBSCRIPTION_KEY, auth=ACCESS_TOKEN)
    message = str(caught.value)
    assert "'compta'" in message
    for name in ebp.API_NAMES:
        assert name in message
    with pytest.raises(ConfigurationError):
        ebp.package_name("ebp_gescom")


@pytest.mark.parametrize(
    "url",
    ["http://api-developpeurs.ebp.com/gescom/api", "http://10.0.0.5:8080", "http://localhost.example.com/api"],
)
def test_plain_http_to_a_non_loopback_host_is_refused(url: str) -> None:
    with pytest.raises(InsecureURLError) as caught:
        ebp.connect("gescom", subscription_key=SUBSCRIPTION_KEY, auth=ACCESS_TOKEN, base_url=url)
    assert SUBSCRIPTION_KEY not in str(caught.value)
    assert ACCESS_TOKEN not in str(caught.value)


@pytest.mark.parametrize("url", ["http://127.0.0.1:4010", "http://localhost:4010/api", "http://[::1]:4010"])
def test_plain_http_to_loopback_is_allowed(url: str) -> None:
    client = ebp.connect("export", subscription_key=SUBSCRIPTION_KEY, auth=ACCESS_TOKEN, base_url=url)
    assert client.base_url == url.rstrip("/")


@pytest.mark.parametrize("key", ["", " padded ", "two\nlines"])
def test_a_blank_or_malformed_subscription_key_is_refused(key: str) -> None:
    with pytest.raises(ConfigurationError):
        ebp.connect("gescom", subscription_key=key, auth=ACCESS_TOKEN)


@pytest.mark.parametrize(
    "auth",
    [HeaderCredential("X-Api-Key", ACCESS_TOKEN), 42, "", None],
    ids=["wrong-header", "int", "empty-token", "none"],
)
def test_an_unusable_auth_is_refused(auth: Any) -> None:
    with pytest.raises(ConfigurationError) as caught:
        ebp.connect("gescom", subscription_key=SUBSCRIPTION_KEY, auth=auth)
    assert ACCESS_TOKEN not in str(caught.value)


def test_repr_of_client_and_auth_shows_no_secret() -> None:
    recorder = Api()
    client = ebp.connect(
        "hubbix-gestion",
        subscription_key=SUBSCRIPTION_KEY,
        auth=ACCESS_TOKEN,
        base_url=MOCK_URL,
        transport=recorder.transport,
    )
    auth = client.get_httpx_client().auth
    assert isinstance(auth, SpecAuth)
    for text in (repr(client), str(client), repr(auth), repr(auth._schemes), repr(client.get_httpx_client())):
        assert SUBSCRIPTION_KEY not in text
        assert ACCESS_TOKEN not in text
    assert "bearerAuth" in repr(auth)
    assert "subscriptionKey" in repr(auth)


# --- RefreshingAuth through SpecAuth --------------------------------------------------------------


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeEbp]:
    """The fake EBP login server on loopback; no proxy may divert its traffic."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost,::1")
    fake = FakeEbp()
    server = serve(fake)
    yield fake
    server.shutdown()
    server.server_close()


def _refreshing_auth(fake: FakeEbp, tmp_path: Path, *, expired: bool) -> tuple[RefreshingAuth, TokenSet]:
    """A RefreshingAuth on a file store seeded with a login at the fake (expired: due for refresh)."""
    store = FileTokenStore(tmp_path / "ebp-tokens.json", lock_timeout=10)
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
        store.save(tokens, replacing=None)
    provider = ebp_provider(CLIENT_ID, CLIENT_SECRET, authorize_url=fake.authorize_url, token_url=fake.token_url)
    return RefreshingAuth(provider, store), tokens


def _connect_refreshing(auth: RefreshingAuth, api: Api) -> Any:
    return ebp.connect(
        "gescom",
        subscription_key=SUBSCRIPTION_KEY,
        auth=auth,
        base_url=MOCK_URL,
        transport=api.transport,
        rate_limits=None,  # a local mock: no pacing (tests/unit/test_limits.py covers it)
    )


def _assert_credentials(request: httpx.Request, access_token: Secret) -> None:
    assert request.headers["ebp-subscription-key"] == SUBSCRIPTION_KEY
    assert request.headers["Authorization"] == f"Bearer {access_token.get_secret_value()}"


def test_refreshing_auth_sync_refreshes_before_use(fake: FakeEbp, tmp_path: Path) -> None:
    auth, old = _refreshing_auth(fake, tmp_path, expired=True)
    api = Api(valid=fake.access_is_valid)
    with _connect_refreshing(auth, api) as client:
        response = _gescom_folders().sync_detailed(client=client)
    assert response.status_code == UNDOCUMENTED
    saved = auth.store.load()
    assert saved is not None
    assert saved.access_token != old.access_token
    (request,) = api.requests
    _assert_credentials(request, saved.access_token)
    assert fake.counters.token_posts == 1


def test_refreshing_auth_sync_retries_a_401_with_both_credentials(fake: FakeEbp, tmp_path: Path) -> None:
    auth, old = _refreshing_auth(fake, tmp_path, expired=False)
    fake.revoke_access(old.access_token.get_secret_value())
    api = Api(valid=fake.access_is_valid)
    with _connect_refreshing(auth, api) as client:
        response = _gescom_folders().sync_detailed(client=client)
    assert response.status_code == UNDOCUMENTED
    saved = auth.store.load()
    assert saved is not None
    first, retry = api.requests
    _assert_credentials(first, old.access_token)
    _assert_credentials(retry, saved.access_token)
    assert saved.access_token != old.access_token
    assert fake.counters.token_posts == 1


def test_refreshing_auth_async_refreshes_and_retries(fake: FakeEbp, tmp_path: Path) -> None:
    auth, old = _refreshing_auth(fake, tmp_path, expired=True)
    api = Api(valid=fake.access_is_valid)

    async def main() -> list[Any]:
        async with _connect_refreshing(auth, api) as client:
            first = await _gescom_folders().asyncio_detailed(client=client)
            current = auth.store.load()
            assert current is not None
            fake.revoke_access(current.access_token.get_secret_value())  # the next call meets a 401, refreshes, retries
            second = await _gescom_folders().asyncio_detailed(client=client)
        return [first, second, current]

    first, second, after_first = asyncio.run(main())
    assert (first.status_code, second.status_code) == (UNDOCUMENTED, UNDOCUMENTED)
    final = auth.store.load()
    assert final is not None
    assert len({old.access_token, after_first.access_token, final.access_token}) == 3
    call_1, call_2, call_2_retry = api.requests
    _assert_credentials(call_1, after_first.access_token)
    _assert_credentials(call_2, after_first.access_token)
    _assert_credentials(call_2_retry, final.access_token)
    assert fake.counters.token_posts == 2


def test_refreshing_auth_repr_through_connect_shows_no_token(fake: FakeEbp, tmp_path: Path) -> None:
    auth, old = _refreshing_auth(fake, tmp_path, expired=False)
    api = Api(valid=fake.access_is_valid)
    client = _connect_refreshing(auth, api)
    _gescom_folders().sync_detailed(client=client)
    for text in (repr(client), repr(client.get_httpx_client().auth), repr(auth)):
        tokens = (old.access_token.get_secret_value(), old.refresh_token.get_secret_value())
        for secret in (SUBSCRIPTION_KEY, *tokens, CLIENT_SECRET):
            assert secret not in text


# --- re-exports -----------------------------------------------------------------------------------


def test_where_is_reachable_from_comptoir_ebp() -> None:
    from comptoir.ebp.where import Where as WhereFromModule

    assert ebp.Where is WhereFromModule
    assert ebp.where.col is ebp.col
    cond = (ebp.col("Id") == "ANIM0001") | (ebp.col("Id") == "BUZZ0001")
    assert ebp.Where.from_yaml(cond.to_yaml()) == cond
