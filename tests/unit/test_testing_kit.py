"""The testing kit: comptoir_mock answers, checks, scripts failures, pages and records."""

from __future__ import annotations

import asyncio
import importlib
import re
from pathlib import Path
from typing import Any

import pytest
from ebp_gescom.api.clients import list_clients

from comptoir import ebp, facturare, seqino, seven, specs
from comptoir._credentials import SpecAuth
from comptoir.errors import ConfigurationError
from comptoir.testing import ComptoirMock, WireViolation
from tests.conftest import dummy_credentials
from tests.support.operations import Operation, operations

pytest_plugins = ["pytester"]
ROOT = Path(__file__).resolve().parents[2]
KEY, TOKEN = "sub-key", "access-token"


def _gestion() -> Any:
    return ebp.connect("hubbix-gestion", subscription_key=KEY, auth=TOKEN)


ALL: list[Operation] = [
    op for api, package in specs.PACKAGES.items() for op in operations(api, specs.document(package))
]


def _client(op: Operation) -> Any:
    spec = specs.document(specs.package_of(op.spec_name))
    base_url = next(s["url"] for s in spec["servers"] if s["url"].startswith("https://"))
    client_class = importlib.import_module(f"{op.package}.client").AuthenticatedClient
    return client_class(base_url=base_url, auth=SpecAuth(dummy_credentials(spec)))


@pytest.mark.parametrize("op", ALL, ids=lambda op: op.id)
def test_every_operation_is_answered_with_its_documented_success_and_errors(
    op: Operation, comptoir_mock: ComptoirMock
) -> None:
    """The contract suite's success and error cases, in-process: no Node, no Prism."""
    client = _client(op)
    for status in op.error_statuses():
        comptoir_mock.fail(f"{op.spec_name}:{op.operation_id}", status=status)
    for status in [*op.error_statuses(), op.success_status()]:
        response = op.module.sync_detailed(client=client, **op.kwargs())
        assert response.status_code == status, f"{op.id}: {response.content[:200]!r}"
        expected = op.expected_type(status)
        assert isinstance(response.parsed, expected), f"{op.id}: HTTP {status} parsed as {type(response.parsed)}"
    assert len(comptoir_mock.calls) == len(op.error_statuses()) + 1
    assert comptoir_mock.violations == []


def test_the_example_answer_is_the_documented_one(comptoir_mock: ComptoirMock) -> None:
    client = seven.connect(api_key="key")
    assert str(seven.balance(client)) == "290.67"
    page = ebp.connect("gescom", subscription_key=KEY, auth=TOKEN).clients.list("3691")
    assert page is not None
    assert [call.operation_id for call in comptoir_mock.calls] == ["getBalance", "listClients"]
    assert comptoir_mock.calls[1].api == "ebp-gescom"
    assert comptoir_mock.calls[1].request.url.path == "/gescom/api/v1/Folders/3691/Clients"


def test_a_request_that_breaks_the_spec_is_raised_and_recorded() -> None:
    with ComptoirMock(["ebp-gescom"]) as mock:
        client = ebp.connect("gescom", subscription_key=KEY, auth=TOKEN)
        http = client.get_httpx_client()
        with pytest.raises(WireViolation, match="undeclared query key 'Bogus'"):
            http.get("/v1/Folders/3691/Clients", params={"Bogus": "1"})
        with pytest.raises(WireViolation, match="no such operation"):
            http.get("/v1/Nowhere")
    assert len(mock.violations) == 2
    assert mock.calls == []


def test_the_fixture_fails_a_test_with_a_violation(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        from comptoir import ebp

        def test_bad(comptoir_mock):
            client = ebp.connect("gescom", subscription_key="k", auth="t")
            try:
                client.get_httpx_client().get("/v1/Folders/1/Clients", params={"Bogus": "1"})
            except Exception:
                pass  # swallowed by the code under test: the fixture still fails the test

        def test_good(comptoir_mock):
            client = ebp.connect("gescom", subscription_key="k", auth="t")
            assert client.clients.list_detailed("1").status_code == 200
        """
    )
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=2, errors=1)  # the violating test's teardown errors
    result.stdout.fnmatch_lines(["*undeclared query key 'Bogus'*"])


def test_scripted_failures_come_first_then_the_example(comptoir_mock: ComptoirMock) -> None:
    comptoir_mock.fail("getSaleDocuments", status=429, retry_after=1, times=2)
    client = _gestion()
    answers = [client.sale_documents.get_sale_documents_detailed(domain_id="D", max_retries=0) for _ in range(3)]
    assert [int(a.status_code) for a in answers] == [429, 429, 200]
    assert answers[0].headers["Retry-After"] == "1"
    assert len(comptoir_mock.calls_of("getSaleDocuments")) == 3


def test_scripted_429s_are_retried_by_default(comptoir_mock: ComptoirMock) -> None:
    comptoir_mock.fail("getSaleDocuments", status=429, retry_after=0, times=2)
    page = _gestion().sale_documents.get_sale_documents(domain_id="D")
    assert page.total is not None
    assert len(comptoir_mock.calls_of("getSaleDocuments")) == 3


def test_an_unknown_operation_is_refused(comptoir_mock: ComptoirMock) -> None:
    with pytest.raises(ConfigurationError, match="getNothing"):
        comptoir_mock.fail("getNothing", status=500)


def test_paging_serves_the_records_through_skip_and_take(comptoir_mock: ComptoirMock) -> None:
    records = [{"id": n, "number": f"FA{n:03}"} for n in range(7)]
    comptoir_mock.paginate("getSaleDocuments", records)
    client = _gestion()
    seen: list[str] = []
    skip = 0
    while True:
        page = client.sale_documents.get_sale_documents(domain_id="D", skip=skip, take=3)
        assert page is not None
        assert page.total == 7
        elements = list(page.elements or [])
        seen += [e.id for e in elements]
        if len(elements) < 3:
            break
        skip += 3
    assert seen == [r["id"] for r in records]
    assert [c.request.url.params["skip"] for c in comptoir_mock.calls] == ["0", "3", "6"]


def test_paging_with_offset_and_limit_in_a_nested_paging_object(comptoir_mock: ComptoirMock) -> None:
    row = ebp.connect("gescom", subscription_key=KEY, auth=TOKEN).clients.list("1")
    assert row is not None
    template = row.to_dict()["clients"][0]
    comptoir_mock.paginate("ebp-gescom:listClients", [template] * 5)
    client = ebp.connect("gescom", subscription_key=KEY, auth=TOKEN)
    page = client.clients.list("3691", offset=4, limit=2)
    assert page is not None
    assert len(page.clients) == 1
    assert page.paging.total == 5
    assert page.paging.offset == 4


def test_async_clients_are_answered_too(comptoir_mock: ComptoirMock) -> None:
    async def main() -> list[int]:
        async with ebp.connect_async("gescom", subscription_key=KEY, auth=TOKEN) as gescom:
            first = await list_clients.asyncio_detailed("1", client=gescom)
            second = await gescom.clients.list_detailed("1")
        return [int(first.status_code), int(second.status_code)]

    assert asyncio.run(main()) == [200, 200]


def test_other_base_urls_can_be_added(comptoir_mock: ComptoirMock) -> None:
    comptoir_mock.add_base_url("facturare", "https://facturare.example.test/v0")
    client = facturare.connect(api_key="key", base_url="https://facturare.example.test/v0")
    assert client.invoices.list_invoices_detailed().status_code == 200
    assert comptoir_mock.calls[0].api == "facturare"
    with pytest.raises(ConfigurationError):
        comptoir_mock.add_base_url("nope", "https://x.test")


def test_seqino_is_mocked_on_its_default_url(comptoir_mock: ComptoirMock) -> None:
    client = seqino.connect(api_key="key", client_id="c")
    assert client.usage.get_usage_summary_detailed().status_code == 200


def test_readme_examples_run_against_the_testing_kit() -> None:
    """Every README python block marked "# runs in tests" runs against a fresh mock, without violations."""
    blocks = re.findall(r"```python\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)
    runnable = [b for b in blocks if b.startswith("# runs in tests")]
    assert len(runnable) >= 2
    for number, block in enumerate(runnable):
        with ComptoirMock() as mock:
            namespace: dict[str, Any] = {"__name__": f"readme_{number}", "comptoir_mock": mock}
            exec(compile(block, f"README.md block {number}", "exec"), namespace)
        assert mock.calls, f"README block {number} made no call"
        assert mock.violations == []
