"""`comptoir ops` and `comptoir call`, against the testing kit."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal

import pytest
from typer.testing import CliRunner

from comptoir import specs
from comptoir.cli import app
from comptoir.testing import ComptoirMock

SECRET = "secret-subscription-key-123"


@pytest.fixture(autouse=True)
def credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EBP_SUBSCRIPTION_KEY", SECRET)
    monkeypatch.setenv("EBP_ACCESS_TOKEN", "access-token-456")
    monkeypatch.setenv("SEVEN_API_KEY", "seven-key-789")
    monkeypatch.delenv("COMPTOIR_BASE_URL", raising=False)


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def _rows(amount: str, count: int) -> list[dict[str, object]]:
    return [
        {"code": {"value": f"CL{n:03}", "hasRight": True}, "soldeEchu": {"value": Decimal(amount), "hasRight": True}}
        for n in range(count)
    ]


def test_ops_lists_every_operation_of_an_api() -> None:
    code, out, _ = run("ops", "ebp-gescom")
    assert code == 0
    for op in specs.operations("ebp-gescom"):
        assert op.operation_id in out
    assert "GET" in out
    assert "/v1/Folders/{FolderId}/Clients" in out


def test_ops_searches_across_apis_and_refuses_what_matches_nothing() -> None:
    code, out, _ = run("ops", "getBalance")
    assert code == 0
    assert "seven" in out
    assert "listClients" not in out
    code, _, err = run("ops", "seven", "no-such-words")
    assert code == 1
    assert err.startswith("Error: ")
    code, _, err = run("ops", "nope", "x")
    assert code == 1
    assert "unknown API 'nope'" in err


def test_call_all_pages_to_csv_with_exact_decimals(comptoir_mock: ComptoirMock) -> None:
    amount = "1103.6600000000000000000000001"  # 29 significant digits: a float would round it
    comptoir_mock.paginate("ebp-gescom:listClients", _rows(amount, 7))
    code, out, _ = run(
        "call", "ebp-gescom", "listClients", "--folder-id", "3691", "--all", "--output", "csv", "--limit", "3"
    )
    assert code == 0, out
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [row["code.value"] for row in rows] == [f"CL{n:03}" for n in range(7)]
    assert {row["soldeEchu.value"] for row in rows} == {amount}
    offsets = [call.request.url.params["Offset"] for call in comptoir_mock.calls]
    assert offsets == ["0", "3", "6"]
    assert all(call.request.url.path == "/gescom/api/v1/Folders/3691/Clients" for call in comptoir_mock.calls)


def test_call_json_and_jsonl(comptoir_mock: ComptoirMock) -> None:
    comptoir_mock.paginate("ebp-gescom:listClients", _rows("0.10", 2))
    code, out, _ = run("call", "ebp-gescom", "listClients", "--param", "folder_id=1", "--output", "json")
    assert code == 0
    assert '"value":0.10' in out  # the number as sent, not 0.1
    assert len(json.loads(out)["clients"]) == 2
    code, out, _ = run("call", "ebp-gescom", "listClients", "--folder-id", "1", "--all", "--output", "jsonl")
    assert code == 0
    assert [json.loads(line)["code"]["value"] for line in out.splitlines()] == ["CL000", "CL001"]


def test_call_converts_typed_parameters(comptoir_mock: ComptoirMock) -> None:
    code, out, _ = run("call", "seven", "getPricing", "--param", "country=FR")
    assert code == 0
    assert json.loads(out)["countCountries"] == 1
    assert comptoir_mock.calls[0].request.url.params["country"] == "FR"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("call", "ebp-gescom", "listClients"), "listClients: argument 'FolderId' is required"),
        (("call", "ebp-gescom", "listClients", "--folder-id", "1", "--limit", "abc"), "parameter 'limit'"),
        (("call", "ebp-gescom", "listClients", "--nope", "1", "--folder-id", "1"), "no parameter 'nope'"),
        (("call", "ebp-gescom", "listNothing"), "no operation 'listNothing'"),
        (("call", "ebp-gescom", "listClients", "--folder-id", "1", "--output", "xml"), "--output"),
        (("call", "seven", "getBalance", "--all"), "--all: this operation has no offset/limit"),
    ],
)
def test_call_errors_are_one_line_and_exit_non_zero(
    comptoir_mock: ComptoirMock, args: tuple[str, ...], message: str
) -> None:
    code, out, err = run(*args)
    assert code == 1
    assert out == ""
    assert err.startswith("Error: ")
    assert message in err
    assert err.count("\n") == 1


def test_an_error_answer_names_the_status_and_never_the_key(comptoir_mock: ComptoirMock) -> None:
    comptoir_mock.fail("ebp-gescom:listClients", status=403)
    code, _, err = run("call", "ebp-gescom", "listClients", "--folder-id", "1")
    assert code == 1
    assert "listClients: HTTP 403" in err
    assert SECRET not in err


def test_missing_credentials_are_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SEVEN_API_KEY")
    code, _, err = run("call", "seven", "getBalance")
    assert code == 1
    assert "SEVEN_API_KEY" in err
