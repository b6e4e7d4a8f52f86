"""The strict writer: a table over every parameter of every operation of every API.

Each bad argument must raise a ComptoirError that is also a TypeError/ValueError, name the operation
and the parameter, and leave the network untouched (the transport counts requests).
"""

from __future__ import annotations

import importlib
from typing import Any

import httpx
import pytest
from specbundle import resolve, spec_names

from comptoir import errors
from comptoir._credentials import SpecAuth
from tests.conftest import dummy_credentials
from tests.support.operations import Operation, operations

ALL: list[Operation] = [op for name in spec_names() for op in operations(name)]


class Counting:
    """A transport that counts what reaches it (nothing must)."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(599)


def _bad_values(op: Operation, parameter: dict[str, Any]) -> list[tuple[str, Any, type[Exception]]]:
    """(label, value, expected error) for one parameter, from its schema."""
    schema = resolve(op.spec, parameter.get("schema", {}))
    kinds = schema.get("type", "string")
    kinds = [kinds] if isinstance(kinds, str) else list(kinds)
    cases: list[tuple[str, Any, type[Exception]]] = [("wrong-type", object(), TypeError)]
    if parameter.get("required") and "null" not in kinds:
        cases.append(("none", None, TypeError))
    if "array" in kinds:
        cases.append(("string-for-array", "a,b", TypeError))
    if parameter["in"] == "path" and "string" in kinds and "enum" not in schema and "format" not in schema:
        cases += [("dot", ".", ValueError), ("dot-dot", "..", ValueError), ("empty", "", ValueError)]
    if "maximum" in schema:
        cases.append(("above-maximum", schema["maximum"] + 1, ValueError))
    if "minimum" in schema:
        cases.append(("below-minimum", schema["minimum"] - 1, ValueError))
    if "enum" in schema and "string" in kinds:
        cases.append(("not-in-enum", "no-such-value", ValueError))
    return cases


TABLE = [
    pytest.param(op, parameter, value, expected, id=f"{op.id}:{parameter['in']}:{parameter['name']}:{label}")
    for op in ALL
    for parameter in op.parameters
    for label, value, expected in _bad_values(op, parameter)
]


@pytest.mark.parametrize(("op", "parameter", "value", "expected"), TABLE)
def test_a_bad_argument_is_refused_before_sending(
    op: Operation, parameter: dict[str, Any], value: Any, expected: type[Exception]
) -> None:
    transport = Counting()
    package = importlib.import_module(f"{op.package}.client")
    client = package.AuthenticatedClient(
        base_url="http://127.0.0.1:9",
        auth=SpecAuth(dummy_credentials(op.spec)),
        httpx_args={"transport": httpx.MockTransport(transport)},
    )
    kwargs = op.kwargs()
    name = op.argument_name(parameter)
    kwargs[name] = value
    with pytest.raises(errors.InvalidArgument) as caught:
        op.module.sync(client=client, **kwargs)
    assert isinstance(caught.value, expected)
    assert caught.value.operation == op.operation_id
    assert caught.value.parameter.split("[")[0] == parameter["name"]
    assert op.operation_id in str(caught.value)
    assert transport.requests == []


def test_the_table_covers_every_api_and_each_kind_of_fault() -> None:
    covered = {param.values[0].spec_name for param in TABLE}
    assert covered == set(spec_names()) - {"seven"} | ({"seven"} & covered)
    labels = {param.id.rsplit(":", 1)[1] for param in TABLE}
    assert {"wrong-type", "none", "string-for-array", "dot", "dot-dot", "above-maximum"} <= labels


def test_a_plain_string_for_an_enum_is_accepted_and_sent_as_its_value() -> None:
    from facturare.api.invoices import list_invoices
    from facturare.models import InvoiceFilter

    transport = Counting()
    client = importlib.import_module("facturare.client").AuthenticatedClient(
        base_url="http://127.0.0.1:9",
        auth=SpecAuth(dummy_credentials(next(op for op in ALL if op.spec_name == "facturare").spec)),
        httpx_args={"transport": httpx.MockTransport(transport)},
    )
    with pytest.raises(errors.APIStatusError):
        list_invoices.sync(client=client, filter_=InvoiceFilter(), expand=["customer"])
    assert transport.requests[0].url.query == b"expand=customer"
    with pytest.raises(errors.ArgumentTypeError, match="must be a list, got str"):
        list_invoices.sync(client=client, expand="customer")  # type: ignore[arg-type]
    assert len(transport.requests) == 1
