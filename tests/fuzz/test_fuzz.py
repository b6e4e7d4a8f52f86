"""Schemathesis-driven fuzzing of every generated client against its spec.

- Requests: for every operation of every spec, schemathesis draws valid path/query/header values
  and bodies from the spec (as JSON values, see tests/support/fuzzing.py); they go through the
  generated function (typed arguments, models built with `from_dict`) to the spec's Prism mock,
  behind the WireCheck request hook. Prism must report no violation, the status must be one the
  operation documents, and its body must parse to the documented type.
- Multipart forms: every drawn property is sent as the part OpenAPI's defaults say.
- Responses: every model a client builds from a JSON response is drawn from its schema, sent
  through JSON text, parsed with the package's `json_loads` (Decimals) and `from_dict`; `to_dict()`
  must give the drawn document back.
"""

from __future__ import annotations

import importlib
import json
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, Phase, given, note, settings
from specbundle import spec_names

from tests.support.fuzzing import (
    json_difference,
    model_class,
    model_strategy,
    multipart_difference,
    multipart_form,
    request_kwargs,
    request_strategy,
    response_models,
)
from tests.support.operations import Operation, operations, resolve

pytestmark = pytest.mark.fuzz

ALL: list[Operation] = [op for name in spec_names() for op in operations(name)]


def _is_form(op: Operation) -> bool:
    return "multipart/form-data" in resolve(op.spec, op.raw["requestBody"])["content"]


FORMS: list[Operation] = [op for op in ALL if op.raw.get("requestBody") and _is_form(op)]
MODELS: list[tuple[str, str]] = [(name, model) for name in spec_names() for model in response_models(name)]

# Few, derandomised examples: the run is bounded and reproducible (no example database either).
# No shrinking: a shrink step redraws from schemathesis' strategies (and, for requests, goes to
# Prism), and shrinking one failing operation took minutes (20 s for a local multipart check).
# A failure prints the arguments as drawn (`note`), which is enough to replay it.
# Large nested models (invoices with lines, items) are slow to draw, and some drawn bodies are big
# by design: neither is a defect of the code under test, so those health checks are off.
BOUNDED = settings(
    max_examples=5,
    deadline=None,
    derandomize=True,
    database=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
# Model round-trips stay in-process (about 10 ms an example), so they afford more examples.
LOCAL = settings(BOUNDED, max_examples=15)


@pytest.mark.parametrize("op", ALL, ids=lambda op: op.id)
def test_drawn_request_is_accepted(op: Operation, make_client: Any) -> None:
    client, wire_check = make_client(op.spec_name)
    documented = {int(status) for status in op.responses() if status.isdigit()}

    @BOUNDED
    @given(drawn=request_strategy(op))
    def send(drawn: dict[str, Any]) -> None:
        note(f"drawn arguments: {drawn!r}")
        kwargs = request_kwargs(op, drawn)
        before = wire_check.checked
        response = op.module.sync_detailed(client=client, **kwargs)
        violations = response.headers.get("sl-violations")
        assert violations is None, f"{op.id}: Prism reports violations: {violations}"
        assert response.status_code in documented, (
            f"{op.id}: HTTP {response.status_code} is not documented: {response.content[:300]!r}"
        )
        expected = op.expected_type(response.status_code)
        assert isinstance(response.parsed, expected), (
            f"{op.id}: HTTP {response.status_code} parsed as {type(response.parsed).__name__}, "
            f"spec says {expected.__name__}"
        )
        assert wire_check.checked == before + 1

    send()


@pytest.mark.parametrize("op", FORMS, ids=lambda op: op.id)
def test_drawn_form_is_sent_as_drawn(op: Operation) -> None:
    """Each property of a multipart form goes out as the part OpenAPI's defaults say (Prism does
    not look at parts beyond the declared ones, so this reads the request bytes itself)."""
    sent: list[httpx.Request] = []

    def capture(request: httpx.Request) -> httpx.Response:
        request.read()
        sent.append(request)
        return httpx.Response(204)

    package = importlib.import_module(f"{op.package}.client")
    client = package.Client(base_url="http://127.0.0.1", httpx_args={"transport": httpx.MockTransport(capture)})

    @BOUNDED
    @given(drawn=request_strategy(op))
    def send(drawn: dict[str, Any]) -> None:
        note(f"drawn arguments: {drawn!r}")
        sent.clear()
        op.module.sync_detailed(client=client, **request_kwargs(op, drawn))
        form = multipart_form(op, drawn)
        assert form is not None
        (request,) = sent
        difference = multipart_difference(request, form)
        assert difference is None, f"{op.id}: multipart body differs from the drawn form: {difference}"

    send()


@pytest.mark.parametrize(("spec_name", "model"), MODELS, ids=lambda v: v)
def test_drawn_response_round_trips(spec_name: str, model: str) -> None:
    cls = model_class(spec_name, model)
    json_loads = importlib.import_module(f"{spec_name.replace('-', '_')}.types").json_loads

    @LOCAL
    @given(document=model_strategy(spec_name, model))
    def round_trip(document: Any) -> None:
        note(f"drawn document: {document!r}")
        text = json.dumps(document, ensure_ascii=False).encode()
        parsed = json_loads(text)
        result = cls.from_dict(parsed).to_dict()
        difference = json_difference(parsed, result)
        assert difference is None, f"{spec_name}:{model}: to_dict(from_dict(x)) != x at {difference}"

    round_trip()
