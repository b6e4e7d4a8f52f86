"""The tolerant reader (responses) through the generated models, and what requests say of themselves."""

from __future__ import annotations

import datetime
import importlib
import json
import subprocess
import sys
import textwrap
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
from openapi_python_client.strings import ClassName
from specbundle import resolve, spec_names

from comptoir import errors
from comptoir._credentials import SpecAuth
from comptoir.runtime import USER_AGENT
from tests.conftest import dummy_credentials
from tests.support.operations import load_bundle, operations

ROOT = Path(__file__).resolve().parents[2]


def _models_with_properties() -> list[Any]:
    found = []
    for name in spec_names():
        spec = load_bundle(name)
        models = importlib.import_module(f"{name.replace('-', '_')}.models")
        for schema_name, schema in spec.get("components", {}).get("schemas", {}).items():
            schema = resolve(spec, schema)
            cls = getattr(models, ClassName(schema_name, "field_"), None)
            if cls is not None and schema.get("properties") and hasattr(cls, "from_dict"):
                found.append(pytest.param(cls, sorted(schema["properties"]), id=f"{name}:{schema_name}"))
    return found


MODELS = _models_with_properties()


@pytest.mark.parametrize(("cls", "keys"), MODELS)
def test_null_in_any_property_reads_as_none(cls: Any, keys: list[str]) -> None:
    parsed = cls.from_dict(dict.fromkeys(keys))
    attributes = [attribute.name for attribute in cls.__attrs_attrs__ if attribute.name != "additional_properties"]
    assert len(attributes) == len(keys)
    for name in attributes:
        assert getattr(parsed, name) is None, f"{cls.__name__}.{name}"
    assert getattr(parsed, "additional_properties", {}) == {}


def test_the_model_table_covers_every_api() -> None:
    assert {param.id.split(":")[0] for param in MODELS} == set(spec_names())
    assert len(MODELS) > 150


def _gestion(handler: Any) -> Any:
    client = importlib.import_module("ebp_hubbix_gestion.client").AuthenticatedClient(
        base_url="http://127.0.0.1:9",
        auth=SpecAuth(dummy_credentials(load_bundle("ebp-hubbix-gestion"))),
        httpx_args={"transport": httpx.MockTransport(handler)},
    )
    return client


def _settlements(elements: list[dict[str, Any]]) -> Any:
    from ebp_hubbix_gestion.api.settlements import get_settlements

    body = json.dumps({"take": 100, "skip": 0, "total": len(elements), "elements": elements}).encode()
    client = _gestion(lambda request: httpx.Response(200, content=body, headers={"content-type": "application/json"}))
    return get_settlements.sync(client=client, domain_id="d-1")


def test_the_docs_settlement_example_reads_a_date_time_in_a_date_field() -> None:
    from ebp_hubbix_gestion.models import SettlementType

    page = _settlements(
        [{"id": 1, "date": "2023-12-14T00:00:00Z", "amount": "500.00", "settlementType": 0, "code": "R1"}]
    )
    settlement = page.elements[0]
    # the spec now accepts both (anyOf date, date-time): the date-time is kept as sent
    assert settlement.date == datetime.datetime(2023, 12, 14, tzinfo=datetime.UTC)
    assert _settlements([{"date": "2023-12-14"}]).elements[0].date == datetime.date(2023, 12, 14)
    # a field typed date only still reads a date-time as its date
    from comptoir.runtime import read_date

    assert read_date("2023-12-14T00:00:00Z", "", "date") == datetime.date(2023, 12, 14)
    assert settlement.amount == Decimal("500.00")
    assert settlement.settlement_type == 0  # unknown value kept (the spec: a SettlementType or an integer)
    assert _settlements([{"settlementType": 2}]).elements[0].settlement_type is SettlementType.REIMBURSEMENT


def test_numeric_strings_enum_names_and_a_date_for_a_date_time() -> None:
    page = _settlements([{"id": "7", "amount": 12.5, "settlementType": "Reimbursement"}])
    settlement = page.elements[0]
    assert settlement.id == 7
    assert settlement.amount == Decimal("12.5")
    assert settlement.settlement_type.name == "REIMBURSEMENT"
    from comptoir.runtime import read_datetime

    assert read_datetime("2024-01-01", "", "d") == datetime.datetime(2024, 1, 1)


@pytest.mark.parametrize(
    ("element", "path", "expected"),
    [
        ({"code": {"nested": 1}}, "/elements/0/code", "a string"),
        ({"id": "grp-1"}, "/elements/0/id", "an integer"),
        ({"id": True}, "/elements/0/id", "an integer"),
        ({"amount": "NaN"}, "/elements/0/amount", "a finite number"),
        ({"amount": "lots"}, "/elements/0/amount", "a number"),
        ({"date": "14/12/2023"}, "/elements/0/date", "a date"),
        ({"settlementType": "Sometimes"}, "/elements/0/settlementType", "a SettlementType or an integer"),
    ],
)
def test_a_value_that_does_not_fit_is_refused_with_its_path(element: dict[str, Any], path: str, expected: str) -> None:
    with pytest.raises(errors.ResponseValidationError) as caught:
        _settlements([{"id": 1}, element][1:])
    assert caught.value.path == path
    assert caught.value.expected.startswith(expected)
    assert caught.value.operation == "getSettlements"
    assert isinstance(caught.value.response, httpx.Response)


def test_wrong_shapes_bool_uuid_object() -> None:
    from ebp_hubbix_compta.models import Territoriality
    from facturare.models import Error as FacturareError

    with pytest.raises(errors.ResponseValidationError, match="/uuid: expected a UUID"):
        Territoriality.from_dict({"uuid": "not-a-uuid"})
    with pytest.raises(errors.ResponseValidationError, match="invalid response at /: expected an object"):
        Territoriality.from_dict([["uuid", "x"]])  # type: ignore[arg-type]
    with pytest.raises(errors.ResponseValidationError, match="/elements: expected an array"):
        _settlements({"not": "a list"})  # type: ignore[arg-type]
    with pytest.raises(errors.ResponseValidationError, match="/message: expected a string \\(required\\)"):
        FacturareError.from_dict({"type": "invalid_request_error"})
    from comptoir.runtime import read_bool

    with pytest.raises(errors.ResponseValidationError, match="expected a boolean, got str 'no'"):
        read_bool("no", "/x", None)
    assert read_bool("true", "", None) is True


def test_requests_say_who_they_are_and_what_they_accept() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"take": 1, "skip": 0, "total": 0, "elements": []})

    from ebp_hubbix_gestion.api.settlements import get_settlements

    get_settlements.sync(client=_gestion(handler), domain_id="d-1")
    assert seen[0].headers["user-agent"] == USER_AGENT
    assert USER_AGENT.startswith("comptoir/")
    assert " httpx/" in USER_AGENT
    assert seen[0].headers["accept"] == "application/json"
    balance = next(op for op in operations("seven") if op.operation_id == "getBalance")
    assert balance.module._get_kwargs()["headers"]["Accept"] == "application/json, text/plain"


def test_a_user_script_type_checks_without_isinstance(tmp_path: Path) -> None:
    script = tmp_path / "user_script.py"
    script.write_text(
        textwrap.dedent(
            """
            from comptoir import ebp
            from ebp_hubbix_gestion.api.sale_documents import get_sale_documents

            client = ebp.connect("hubbix-gestion", subscription_key="k", auth="t")
            page = get_sale_documents.sync(client=client, domain_id="d")
            elements = page.elements
            total = page.total
            """
        )
    )
    planted = tmp_path / "planted.py"
    planted.write_text(script.read_text().replace('domain_id="d"', "domain_id=3"))
    command = [
        sys.executable,
        "-m",
        "mypy",
        "--strict",
        "--no-incremental",
        "--config-file",
        str(ROOT / "pyproject.toml"),
    ]
    clean = subprocess.run([*command, str(script)], capture_output=True, text=True, cwd=ROOT, check=False)
    assert clean.returncode == 0, clean.stdout
    wrong = subprocess.run([*command, str(planted)], capture_output=True, text=True, cwd=ROOT, check=False)
    assert wrong.returncode == 1
    assert 'Argument "domain_id" to "sync"' in wrong.stdout, wrong.stdout
