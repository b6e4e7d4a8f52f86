"""Every operation of every spec, through its generated client, against the spec's Prism mock."""

from __future__ import annotations

from typing import Any

import pytest
from specbundle import spec_names

from comptoir.errors import STATUS_ERRORS, APIStatusError, InternalServerError
from tests.support.operations import Operation, operations

ALL: list[Operation] = [op for name in spec_names() for op in operations(name)]
ERRORS = [(op, status) for op in ALL for status in op.error_statuses()]

pytestmark = pytest.mark.contract


def _check(op: Operation, response: Any, status: int, wire_check: Any) -> None:
    violations = response.headers.get("sl-violations")
    assert violations is None, f"{op.id}: Prism reports violations: {violations}"
    assert response.status_code == status, f"{op.id}: HTTP {response.status_code}: {response.content[:300]!r}"
    expected = op.expected_type(status)
    assert isinstance(response.parsed, expected), (
        f"{op.id}: HTTP {status} parsed as {type(response.parsed).__name__}, spec says {expected.__name__}"
    )
    assert wire_check.checked >= 1


@pytest.mark.parametrize("op", ALL, ids=lambda op: op.id)
def test_documented_success(op: Operation, make_client: Any) -> None:
    client, wire_check = make_client(op.spec_name)
    response = op.module.sync_detailed(client=client, **op.kwargs())
    _check(op, response, op.success_status(), wire_check)


@pytest.mark.parametrize(("op", "status"), ERRORS, ids=lambda v: v.id if isinstance(v, Operation) else str(v))
def test_documented_error_parses(op: Operation, status: int, make_client: Any) -> None:
    client, wire_check = make_client(op.spec_name, headers={"Prefer": f"code={status}"})
    response = op.module.sync_detailed(client=client, **op.kwargs())
    _check(op, response, status, wire_check)


@pytest.mark.parametrize(("op", "status"), ERRORS, ids=lambda v: v.id if isinstance(v, Operation) else str(v))
def test_documented_error_raises_its_class_through_sync(op: Operation, status: int, make_client: Any) -> None:
    client, _ = make_client(op.spec_name, headers={"Prefer": f"code={status}"})
    expected = STATUS_ERRORS.get(status, InternalServerError if status >= 500 else APIStatusError)
    with pytest.raises(expected) as caught:
        op.module.sync(client=client, **op.kwargs())
    assert type(caught.value) is expected
    assert caught.value.status_code == status
    assert caught.value.operation == op.operation_id
    if op.response_schema(status)[0] is not None:
        assert caught.value.error is not None, f"{op.id}: the documented {status} body did not fill .error"


@pytest.mark.parametrize("op", [op for op in ALL if op.security], ids=lambda op: op.id)
def test_without_credentials_is_401(op: Operation, make_client: Any) -> None:
    client, _ = make_client(op.spec_name, authenticated=False)
    response = op.module.sync_detailed(client=client, **op.kwargs())
    assert response.status_code == 401, f"{op.id}: HTTP {response.status_code} without credentials"
