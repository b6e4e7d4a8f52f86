"""Client classes (sync/async, with_options views, prepare_request, defaults) and the generated resource clients."""

from __future__ import annotations

import asyncio
import http.cookiejar
import importlib
import inspect
import time
import uuid
from pathlib import Path
from typing import Any

import httpx
import pytest
from ebp_gescom.api.clients import list_clients
from ebp_gescom.client import AsyncAuthenticatedClient, AuthenticatedClient
from ebp_gescom.resources import AsyncGescomClient, GescomClient
from ebp_hubbix_gestion.resources import HubbixGestionClient

from comptoir import ebp, facturare, seqino, seven, specs
from comptoir.clients import DEADLINE_EXTENSION, MAX_RETRIES_EXTENSION
from comptoir.errors import ConfigurationError
from comptoir.testing import ComptoirMock

KEY, TOKEN = "sub-key", "access-token"


def _gescom(**options: Any) -> GescomClient:
    return ebp.connect("gescom", subscription_key=KEY, auth=TOKEN, **options)


# --- client classes ---------------------------------------------------------------------------


def test_async_client_survives_two_event_loops_and_async_with(comptoir_mock: ComptoirMock) -> None:
    client = ebp.connect_async("gescom", subscription_key=KEY, auth=TOKEN)

    async def twice() -> list[str]:
        async with client:
            first = await client.clients.list_detailed("3691")
        second = await client.clients.list_detailed("3691")  # after `async with`: a fresh pool
        return [type(first.parsed).__name__, type(second.parsed).__name__]

    assert asyncio.run(twice()) == ["ClientList", "ClientList"]
    assert asyncio.run(twice()) == ["ClientList", "ClientList"]  # a second asyncio.run()
    assert len(comptoir_mock.calls) == 4


def test_sync_client_still_serves_the_asyncio_functions_on_every_loop(comptoir_mock: ComptoirMock) -> None:
    client = _gescom()

    async def call() -> int:
        return int((await list_clients.asyncio_detailed("3691", client=client)).status_code)

    assert [asyncio.run(call()), asyncio.run(call())] == [200, 200]
    assert client.clients.list_detailed("3691").status_code == 200


def test_the_wrong_kind_of_httpx_client_is_refused_clearly() -> None:
    client = ebp.connect_async("gescom", subscription_key=KEY, auth=TOKEN)
    with pytest.raises(ConfigurationError, match="asynchronous"):
        client.get_httpx_client()
    with pytest.raises(ConfigurationError, match="asynchronous"):
        list_clients.sync_detailed("3691", client=client)  # type: ignore[arg-type]


def test_every_generated_package_is_registered() -> None:
    generated = Path(__file__).resolve().parents[2] / "generated"
    assert sorted(specs.PACKAGES.values()) == sorted(
        p.name for p in generated.iterdir() if (p / "openapi.json").is_file()
    )


def test_per_call_headers_never_show_in_repr() -> None:
    view = _gescom().with_options(extra_headers={"Authorization": "Bearer very-secret"})
    assert "very-secret" not in repr(view) + repr(view.options) + str(view)


def test_with_options_shares_the_pool_and_prepare_request_merges_the_options() -> None:
    client = _gescom()
    view = client.with_options(timeout=5, extra_headers={"X-Trace": "1"}, max_retries=0, deadline=30)
    assert view.get_httpx_client() is client.get_httpx_client()
    assert type(view) is GescomClient
    kwargs = {"method": "get", "url": "/x", "headers": {"Accept-Language": "fr-FR"}, "extensions": {"a": 1}}
    before = time.monotonic()
    prepared = view.prepare_request(kwargs)
    assert prepared["headers"] == {"Accept-Language": "fr-FR", "X-Trace": "1"}
    assert prepared["timeout"] == httpx.Timeout(5.0)
    assert prepared["extensions"]["a"] == 1
    assert prepared["extensions"][MAX_RETRIES_EXTENSION] == 0
    assert before + 30 <= prepared["extensions"][DEADLINE_EXTENSION] <= time.monotonic() + 30
    assert kwargs == {"method": "get", "url": "/x", "headers": {"Accept-Language": "fr-FR"}, "extensions": {"a": 1}}
    assert client.prepare_request(kwargs) == kwargs  # the client itself has no per-call options
    nested = view.with_options(extra_headers={"X-Other": "2"})
    assert nested.prepare_request({})["headers"] == {"X-Trace": "1", "X-Other": "2"}
    assert nested.get_httpx_client() is client.get_httpx_client()


@pytest.mark.parametrize(
    "options",
    [{"timeout": -1}, {"timeout": "5"}, {"max_retries": -1}, {"max_retries": True}, {"deadline": 0}],
)
def test_bad_options_are_refused(options: dict[str, Any]) -> None:
    with pytest.raises(ConfigurationError):
        _gescom().with_options(**options)


def test_closing_a_sync_client_lets_it_reopen(comptoir_mock: ComptoirMock) -> None:
    with _gescom() as client:
        first = client.get_httpx_client()
        assert client.clients.list_detailed("3691").status_code == 200
    assert first.is_closed
    assert client.clients.list_detailed("3691").status_code == 200
    assert client.get_httpx_client() is not first


# --- resource clients -------------------------------------------------------------------------


def test_a_resource_method_returns_what_the_function_returns(comptoir_mock: ComptoirMock) -> None:
    client = _gescom()
    assert client.clients.list("3691") == list_clients.sync("3691", client=client)
    assert client.clients.list_clients("3691") == client.clients.list("3691")
    detailed = client.clients.list_clients_detailed("3691", limit=10)
    assert detailed.status_code == 200
    assert detailed.parsed == client.clients.list("3691")
    sent = comptoir_mock.calls[-2].request
    assert sent.url.path == "/gescom/api/v1/Folders/3691/Clients"
    assert sent.headers["ebp-subscription-key"] == KEY


def test_per_call_options_reach_the_function_as_a_view(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[Any] = []
    monkeypatch.setattr(list_clients, "sync", lambda folder_id, **kwargs: seen.append(kwargs["client"]))
    client = _gescom()
    client.clients.list("3691")
    client.clients.list("3691", timeout=2, extra_headers={"X-Trace": "t"}, max_retries=1)
    assert seen[0] is client
    view = seen[1]
    assert view is not client
    assert view.get_httpx_client() is client.get_httpx_client()
    prepared = view.prepare_request({})
    assert prepared["headers"] == {"X-Trace": "t"}
    assert prepared["timeout"] == httpx.Timeout(2.0)
    assert prepared["extensions"] == {MAX_RETRIES_EXTENSION: 1}


def test_resource_clients_are_the_packages_authenticated_clients() -> None:
    assert issubclass(GescomClient, AuthenticatedClient)
    assert issubclass(AsyncGescomClient, AsyncAuthenticatedClient)
    assert type(_gescom()) is GescomClient
    assert type(ebp.connect_async("gescom", subscription_key=KEY, auth=TOKEN)) is AsyncGescomClient
    assert type(seven.connect(api_key="k")).__name__ == "SevenClient"
    assert type(seven.connect_async(api_key="k")).__name__ == "AsyncSevenClient"
    assert type(seqino.connect(api_key="k", client_id="c")).__name__ == "SeqinoPdpClient"
    assert type(seqino.connect_async(api_key="k", client_id="c")).__name__ == "AsyncSeqinoPdpClient"
    assert type(facturare.connect(api_key="k")).__name__ == "FacturareClient"
    assert type(facturare.connect_async(api_key="k")).__name__ == "AsyncFacturareClient"


def _methods(namespace_class: type) -> dict[str, Any]:
    return {name: value for name, value in vars(namespace_class).items() if callable(value) and name[0] != "_"}


@pytest.mark.parametrize("api", list(specs.PACKAGES))
def test_every_operation_has_sync_and_async_methods_with_the_functions_signature(api: str) -> None:
    package = specs.package_of(api)
    resources = importlib.import_module(f"{package}.resources")
    operations = list(specs.operations(api))
    for kind in ("CLIENT_CLASS", "ASYNC_CLIENT_CLASS"):
        client_class = getattr(resources, kind)
        found = 0
        for tag, value in vars(client_class).items():
            if not isinstance(value, property) or tag.startswith("_"):
                continue
            namespace = inspect.signature(value.fget).return_annotation
            namespace_class = getattr(resources, namespace) if isinstance(namespace, str) else namespace
            for name, method in _methods(namespace_class).items():
                if not name.endswith("_detailed") or method.__name__ != name:
                    continue  # shorter aliases are checked through their targets
                found += 1
                module = importlib.import_module(f"{package}.api.{tag}.{name.removesuffix('_detailed')}")
                function = module.asyncio_detailed if kind.startswith("ASYNC") else module.sync_detailed
                assert inspect.iscoroutinefunction(method) == kind.startswith("ASYNC")
                wanted = [p for p in inspect.signature(function).parameters.values() if p.name != "client"]
                have = list(inspect.signature(method).parameters.values())[1 : len(wanted) + 1]
                assert [(p.name, p.kind, p.default) for p in have] == [(p.name, p.kind, p.default) for p in wanted]
                assert inspect.signature(method).return_annotation == inspect.signature(function).return_annotation
        assert found == len(operations), f"{api} {kind}: {found} methods for {len(operations)} operations"


def test_docstrings_have_an_english_summary_the_http_line_and_every_parameter() -> None:
    method = GescomClient.clients.fget(_gescom()).list_clients  # type: ignore[attr-defined]
    doc = inspect.getdoc(method) or ""
    assert doc.splitlines()[0] == "List clients."
    assert "GET /v1/Folders/{FolderId}/Clients" in doc
    assert "Obtenir les clients" in doc  # the vendor's own words follow
    for name in inspect.signature(method).parameters:
        assert f"    {name}: " in doc, name
    assert "Raises:" in doc
    hubbix = inspect.getdoc(HubbixGestionClient.sale_documents.fget(None).get_sale_documents)  # type: ignore[attr-defined]
    assert (hubbix or "").splitlines()[0] == "Get sale documents."


# --- client defaults --------------------------------------------------------------------------


@pytest.mark.parametrize("api", list(specs.PACKAGES))
def test_declared_client_defaults_are_parameters_of_the_spec(api: str) -> None:
    declared = specs.document(specs.package_of(api)).get("x-comptoir-client-defaults") or []
    used = {(p["name"], p["in"]) for op in specs.operations(api) for p in op.parameters}
    for entry in declared:
        assert set(entry) == {"name", "in", "argument", "description"}
        assert (entry["name"], entry["in"]) in used, entry
        assert entry["argument"].isidentifier()


def test_connect_stores_the_client_defaults_by_wire_name() -> None:
    gestion = ebp.connect("hubbix-gestion", subscription_key=KEY, auth=TOKEN, domain_id="D1", accept_language="en")
    assert dict(gestion.defaults) == {"DomainId": "D1", "Accept-Language": "en"}
    assert dict(gestion.with_options(timeout=3).defaults) == {"DomainId": "D1", "Accept-Language": "en"}
    tenant = uuid.uuid4()
    compta = ebp.connect("hubbix-compta", subscription_key=KEY, auth=TOKEN, tenantid=str(tenant))
    assert dict(compta.defaults) == {"tenantid": tenant}
    assert dict(_gescom(folder_id="3691").defaults) == {"FolderId": "3691"}
    assert dict(_gescom().defaults) == {}
    with pytest.raises(TypeError):
        gestion.defaults["DomainId"] = "x"  # type: ignore[index]


def test_a_client_default_the_api_does_not_declare_is_refused() -> None:
    with pytest.raises(ConfigurationError) as caught:
        _gescom(domain_id="D1")
    assert "domain_id" in str(caught.value)
    assert "folder_id" in str(caught.value)  # the valid ones are named
    with pytest.raises(ConfigurationError, match="UUID"):
        ebp.connect("hubbix-compta", subscription_key=KEY, auth=TOKEN, tenantid="not-a-uuid")
    with pytest.raises(ConfigurationError, match="empty"):
        _gescom(folder_id=" ")


# --- operations index (docs/) -----------------------------------------------------------------


def test_the_operations_index_lists_every_operation_and_check_catches_an_edit(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import generate
    import opsdocs

    assert opsdocs.stale() == []  # the committed docs are what the specs give
    for api in specs.PACKAGES:
        text = (opsdocs.DOCS / f"{api}.md").read_text(encoding="utf-8")
        for op in specs.operations(api):
            assert f"| `{op.operation_id}` | {op.method.upper()} | `{op.path}` |" in text
    assert "Get sale documents." in (opsdocs.DOCS / "ebp-hubbix-gestion.md").read_text(encoding="utf-8")
    copy = tmp_path / "docs"
    copy.mkdir()
    for path in opsdocs.DOCS.glob("*.md"):
        (copy / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setattr(opsdocs, "DOCS", copy)
    monkeypatch.setattr(opsdocs, "ROOT", tmp_path)
    (copy / "seven.md").write_text("edited by hand\n", encoding="utf-8")
    (copy / "gone.md").write_text("an API that no longer exists\n", encoding="utf-8")
    monkeypatch.setattr(generate, "staleness", lambda names: {})
    assert generate.main(["--check"]) == 1
    assert opsdocs.stale() == ["docs/seven.md: out of date", "docs/gone.md: its spec is gone"]
    assert sorted(p.name for p in opsdocs.write()) == ["gone.md", "seven.md"]
    assert opsdocs.stale() == []


# --- the httpx clients the clients own ---------------------------------------------------------


def _seen_by(answers: list[httpx.Response]) -> tuple[list[httpx.Request], httpx.MockTransport]:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return answers.pop(0)

    return seen, httpx.MockTransport(answer)


def test_cookies_an_answer_sets_are_sent_back_as_httpx_does(monkeypatch: pytest.MonkeyPatch) -> None:
    parsed: list[object] = []
    extract = http.cookiejar.CookieJar.extract_cookies

    def counted(jar: http.cookiejar.CookieJar, response: Any, request: Any) -> None:
        parsed.append(response)
        extract(jar, response, request)

    monkeypatch.setattr(http.cookiejar.CookieJar, "extract_cookies", counted)
    balance = {"amount": 1, "currency": "EUR"}
    seen, transport = _seen_by(
        [httpx.Response(200, json=balance, headers={"Set-Cookie": "affinity=node-2; Path=/"})]
        + [httpx.Response(200, json=balance) for _ in range(2)]
    )
    with seven.connect(api_key="k", base_url="http://127.0.0.1:9", transport=transport) as client:
        for _ in range(3):
            client.account.get_balance()
        assert client.get_httpx_client().cookies.get("affinity") == "node-2"
    assert [request.headers.get("cookie") for request in seen] == [None, "affinity=node-2", "affinity=node-2"]
    assert len(parsed) == 1, "only the answer that sets a cookie goes through the cookie parser"


def test_the_async_client_keeps_cookies_and_parses_only_answers_that_set_one(monkeypatch: pytest.MonkeyPatch) -> None:
    parsed: list[object] = []
    extract = http.cookiejar.CookieJar.extract_cookies
    monkeypatch.setattr(
        http.cookiejar.CookieJar, "extract_cookies", lambda jar, *args: parsed.append(args) or extract(jar, *args)
    )
    balance = {"amount": 1, "currency": "EUR"}
    seen, transport = _seen_by(
        [httpx.Response(200, json=balance, headers={"Set-Cookie": "affinity=node-2; Path=/"})]
        + [httpx.Response(200, json=balance) for _ in range(2)]
    )

    async def calls() -> None:
        async with seven.connect_async(api_key="k", base_url="http://127.0.0.1:9", transport=transport) as client:
            for _ in range(3):
                await client.account.get_balance()

    asyncio.run(calls())
    assert [request.headers.get("cookie") for request in seen] == [None, "affinity=node-2", "affinity=node-2"]
    assert len(parsed) == 1


def test_each_operation_sends_its_accept_and_a_client_accept_wins() -> None:
    answers = [httpx.Response(200, json={"amount": 1, "currency": "EUR"}) for _ in range(3)]
    seen, transport = _seen_by(answers)
    with seven.connect(api_key="k", base_url="http://127.0.0.1:9", transport=transport) as plain:
        plain.account.get_balance()
        plain.get_httpx_client().get("/balance")  # a hand-made request: no Accept unless the caller sets one
    chosen = seven.connect(
        api_key="k", base_url="http://127.0.0.1:9", transport=transport, headers={"accept": "application/json"}
    )
    chosen.account.get_balance()
    assert [request.headers.get_list("accept") for request in seen] == [
        ["application/json, text/plain"],
        [],
        ["application/json"],
    ]
