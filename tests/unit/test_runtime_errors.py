"""Every exception class, raised through the generated clients of all 11 APIs (every operation).

A fault-injecting ``httpx.MockTransport`` answers each call with one fault: documented and
undocumented statuses, HTML gateway pages, empty or malformed 2xx bodies, dropped connections and
timeouts. No server is needed; the arguments are the spec's own examples (tests/support/operations).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from specbundle import spec_names

from comptoir import errors
from comptoir._credentials import SpecAuth
from tests.conftest import dummy_credentials
from tests.support.operations import Operation, operations

ALL: list[Operation] = [op for name in spec_names() for op in operations(name)]
ids: Callable[[Any], str] = lambda v: v.id if isinstance(v, Operation) else str(v)  # noqa: E731


def _client(op: Operation, handler: Callable[[httpx.Request], httpx.Response]) -> Any:
    package = importlib.import_module(f"{op.package}.client")
    return package.AuthenticatedClient(
        base_url="http://127.0.0.1:9",
        auth=SpecAuth(dummy_credentials(op.spec)),
        httpx_args={"transport": httpx.MockTransport(handler)},
    )


def _answer(status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=body, headers=headers or {})

    return handler


NOT_FOUND = b'{"status": 404, "errorCode": "Item.NotFound", "data": null, "message": "introuvable"}'
GATEWAY_429 = b'{"statusCode": 429, "message": "Rate limit is exceeded. Try again in 7 seconds."}'
HTML_502 = b"<html><head><title>502 Bad Gateway</title></head><body>" + b"x" * 5000 + b"</body></html>"

STATUS_CASES: list[tuple[str, int, bytes, dict[str, str], type[errors.APIStatusError]]] = [
    ("400", 400, b'{"title": "Bad", "message": "champ invalide"}', {}, errors.BadRequestError),
    ("401-bodiless", 401, b"", {}, errors.AuthenticationError),
    ("403", 403, b'{"statusCode": 403, "message": "Forbidden"}', {}, errors.PermissionDeniedError),
    ("404", 404, NOT_FOUND, {}, errors.NotFoundError),
    ("409", 409, b"{}", {}, errors.ConflictError),
    ("422", 422, b"[]", {}, errors.UnprocessableEntityError),
    ("429-gateway", 429, GATEWAY_429, {"Retry-After": "7"}, errors.RateLimitError),
    ("429-empty", 429, b"", {}, errors.RateLimitError),
    ("500", 500, b'{"message": "boom"}', {"x-request-id": "req-42"}, errors.InternalServerError),
    ("502-html", 502, HTML_502, {"content-type": "text/html"}, errors.InternalServerError),
    ("503", 503, b"Service Unavailable", {}, errors.InternalServerError),
    ("302", 302, b"", {"location": "https://elsewhere.example/login"}, errors.APIStatusError),
]


@pytest.mark.parametrize("case", STATUS_CASES, ids=lambda case: case[0])
@pytest.mark.parametrize("op", ALL, ids=ids)
def test_every_non_2xx_raises_its_status_error(op: Operation, case: Any) -> None:
    label, status, body, headers, expected = case
    client = _client(op, _answer(status, body, headers))
    with pytest.raises(expected) as caught:
        op.module.sync(client=client, **op.kwargs())
    error = caught.value
    assert type(error) is expected
    assert error.status_code == status
    assert error.operation == op.operation_id
    assert error.api == op.spec_name
    assert error.body == body
    message = str(error)
    assert message.startswith(f"{op.spec_name} {op.operation_id}: {status}")
    assert "\n" not in message
    assert len(message) < 1200
    assert "test-" not in message  # no dummy credential
    if label == "429-gateway":
        assert error.retry_after == 7
        assert "Rate limit is exceeded" in message
    if label == "500":
        assert error.request_id == "req-42"
    if label == "502-html":
        assert "(HTML page)" in message


@pytest.mark.parametrize("op", ALL, ids=ids)
def test_detailed_returns_the_response_for_any_status(op: Operation) -> None:
    client = _client(op, _answer(503, b"down"))
    response = op.module.sync_detailed(client=client, **op.kwargs())
    assert response.status_code == 503
    assert response.content == b"down"
    assert response.parsed is None


@pytest.mark.parametrize(
    ("fault", "expected"),
    [(httpx.ConnectError("refused"), errors.APIConnectionError), (httpx.ReadTimeout("slow"), errors.APITimeoutError)],
    ids=["connect", "timeout"],
)
@pytest.mark.parametrize("op", ALL, ids=ids)
def test_no_answer_is_a_connection_error(op: Operation, fault: Exception, expected: type[Exception]) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise fault

    client = _client(op, handler)
    with pytest.raises(expected) as caught:
        op.module.sync(client=client, **op.kwargs())
    assert type(caught.value) is expected
    assert isinstance(caught.value.__cause__, httpx.TransportError)
    assert op.operation_id in str(caught.value)
    with pytest.raises(expected):
        op.module.sync_detailed(client=client, **op.kwargs())


JSON_SUCCESS = [op for op in ALL if op.response_schema(op.success_status())[0] == "application/json"]


def _wrong_shape(op: Operation) -> bytes:
    kind = op.expected_type(op.success_status())
    return b'"a string"' if kind is not str else b'{"an": "object"}'


@pytest.mark.parametrize(
    ("label", "body"),
    [("malformed", b'{"unterminated'), ("empty", b""), ("html", b"<html>oops</html>"), ("wrong-shape", None)],
)
@pytest.mark.parametrize("op", JSON_SUCCESS, ids=ids)
def test_a_2xx_body_that_does_not_fit_is_a_validation_error(op: Operation, label: str, body: bytes | None) -> None:
    content = _wrong_shape(op) if body is None else body
    client = _client(op, _answer(op.success_status(), content, {"content-type": "application/json"}))
    for call in (op.module.sync, op.module.sync_detailed):
        with pytest.raises(errors.ResponseValidationError) as caught:
            call(client=client, **op.kwargs())
        error = caught.value
        assert error.operation == op.operation_id
        assert error.status_code == op.success_status()
        assert isinstance(error.response, httpx.Response)
        assert error.path == ""
        assert str(error).startswith(f"{op.spec_name} {op.operation_id}: {op.success_status()} invalid response")


def test_an_undocumented_2xx_is_a_validation_error() -> None:
    op = next(op for op in ALL if op.operation_id == "getBalance")
    client = _client(op, _answer(206, b"1.00"))
    with pytest.raises(errors.ResponseValidationError, match="expected a documented status, got 206"):
        op.module.sync(client=client)


def test_the_vendor_message_names_api_operation_and_code() -> None:
    op = next(op for op in ALL if op.operation_id == "deleteGoodItem")
    body = (
        b'{"status": 404, "errorCode": "Item.NotFound", "data": null, '
        b'"message": "EntityId : 1. L\'article est introuvable."}'
    )
    client = _client(op, _answer(404, body, {"content-type": "application/json"}))
    with pytest.raises(errors.NotFoundError) as caught:
        op.module.sync(client=client, **op.kwargs())
    assert str(caught.value) == (
        "ebp-hubbix-gestion deleteGoodItem: 404 Item.NotFound: EntityId : 1. L'article est introuvable."
    )
    assert caught.value.error is not None
    assert caught.value.error.error_code == "Item.NotFound"


def test_retry_after_as_an_http_date() -> None:
    headers = httpx.Headers({"retry-after": "Wed, 21 Oct 2015 07:28:30 GMT"})
    assert errors.retry_after_seconds(headers, now=1445412500.0) == 10.0
    assert errors.retry_after_seconds(httpx.Headers({"retry-after": "soon"})) is None
    assert errors.retry_after_seconds(httpx.Headers({"retry-after": "nan"})) is None


def test_one_exception_set_unset_file_and_response_across_packages() -> None:
    gescom = importlib.import_module("ebp_gescom")
    hubbix = importlib.import_module("ebp_hubbix_gestion")
    import comptoir.runtime as runtime

    for name in ("UNSET", "Unset", "File", "Response"):
        assert getattr(importlib.import_module("ebp_gescom.types"), name) is getattr(runtime, name)
        assert getattr(importlib.import_module("ebp_hubbix_gestion.types"), name) is getattr(runtime, name)
    assert isinstance(importlib.import_module("ebp_hubbix_gestion.types").UNSET, gescom.types.Unset)
    assert importlib.import_module("ebp_gescom.errors").NotFoundError is errors.NotFoundError
    assert importlib.import_module("seven.errors").APIStatusError is errors.APIStatusError
    assert hubbix.API_NAME == "ebp-hubbix-gestion"
    assert issubclass(errors.APIStatusError, errors.ComptoirError)
