"""``ComptoirMock``: every operation of every API answered in-process with its documented example.

Built on respx: while started, httpx requests to any API's servers (``servers`` of its spec, or a
base URL added with :meth:`ComptoirMock.add_base_url`) never leave the process. Each request is
checked against the spec by :class:`~comptoir.testing.wire_check.WireCheck`; a violation is raised
to the caller and recorded, and the pytest fixture fails the test on it.
"""

from __future__ import annotations

import copy
import importlib
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx
import respx

from ..errors import ConfigurationError
from ..specs import PACKAGES, document, operations, resolve
from .wire_check import WireCheck, WireViolation

OFFSET_NAMES = ("offset", "skip")
LIMIT_NAMES = ("limit", "take", "top")
TOTAL_NAMES = ("total", "totalcount", "count")


@dataclass(frozen=True)
class MockCall:
    """One request the mock answered."""

    api: str
    operation_id: str
    request: httpx.Request
    response: httpx.Response


@dataclass
class _Failure:
    status: int
    headers: dict[str, str]
    body: Any


@dataclass
class _Pages:
    records: list[Any]
    items_field: str | None


@dataclass
class _Api:
    name: str
    spec: dict[str, Any]
    check: WireCheck
    dumps: Callable[[object], bytes]
    base_urls: list[str] = field(default_factory=list)


class ComptoirMock:
    """The in-process mock of every API; use as a context manager or through the ``comptoir_mock`` fixture."""

    def __init__(self, apis: Iterable[str] | None = None) -> None:
        self.calls: list[MockCall] = []
        """Every request answered, in order."""
        self.violations: list[str] = []
        """Every wire-check violation seen (the fixture fails the test when any)."""
        self._apis: dict[str, _Api] = {}
        self._operations: dict[str, tuple[str, dict[str, Any]]] = {}
        for api in apis if apis is not None else PACKAGES:
            spec = document(PACKAGES[api])
            urls = [str(s["url"]).rstrip("/") for s in spec.get("servers", []) if str(s["url"]).startswith("https://")]
            dumps = importlib.import_module(f"{PACKAGES[api]}.types").json_dumps
            self._apis[api] = _Api(api, spec, WireCheck(spec), dumps, urls)
            for operation in operations(api):
                self._operations[f"{api}:{operation.operation_id}"] = (api, operation.raw)
        self._failures: dict[str, deque[_Failure]] = defaultdict(deque)
        self._pages: dict[str, _Pages] = {}
        self._router = respx.MockRouter(assert_all_called=False, assert_all_mocked=True)
        for entry in self._apis.values():
            for url in entry.base_urls:
                self._route(entry, url)

    def _route(self, entry: _Api, base_url: str) -> None:
        def answer(request: httpx.Request) -> httpx.Response:
            return self._answer(entry, base_url, request)

        self._router.route(url__startswith=base_url + "/").mock(side_effect=answer)

    def add_base_url(self, api: str, base_url: str) -> None:
        """Also answer ``api`` on this base URL (a sandbox, or a URL given to ``connect(base_url=...)``)."""
        if api not in self._apis:
            raise ConfigurationError(f"the mock has no API {api!r}; it has {', '.join(self._apis)}")
        entry = self._apis[api]
        entry.base_urls.append(base_url.rstrip("/"))
        self._route(entry, base_url.rstrip("/"))

    def _keys(self, operation_id: str) -> list[str]:
        """``api:operationId`` keys an id names: itself when qualified, else that operation in every API."""
        keys = [key for key in self._operations if operation_id in (key, key.partition(":")[2])]
        if not keys:
            raise ConfigurationError(f"no operation {operation_id!r} in the mocked APIs ({', '.join(self._apis)})")
        return keys

    def fail(
        self,
        operation_id: str,
        *,
        status: int,
        retry_after: float | None = None,
        headers: Mapping[str, str] | None = None,
        body: Any = None,
        times: int = 1,
    ) -> None:
        """Answer the next ``times`` calls of an operation with this status (and ``Retry-After``).

        ``operation_id`` is an operationId (in every API that has it) or ``"api:operationId"``; the body
        is the documented example of that status unless given.
        """
        sent = dict(headers or {})
        if retry_after is not None:
            sent["Retry-After"] = f"{retry_after:g}"
        for key in self._keys(operation_id):
            self._failures[key].extend(_Failure(status, sent, body) for _ in range(times))

    def paginate(self, operation_id: str, records: Sequence[Any], *, items_field: str | None = None) -> None:
        """Serve ``records`` through the operation's paging parameters (offset/skip and limit/take/top).

        Each answer is the documented example with its list (``items_field``, else its first array
        property, else the whole body when it is an array) replaced by the requested slice.
        """
        for key in self._keys(operation_id):
            self._pages[key] = _Pages(list(records), items_field)

    def calls_of(self, operation_id: str) -> list[MockCall]:
        """The recorded calls of one operation."""
        keys = set(self._keys(operation_id))
        return [call for call in self.calls if f"{call.api}:{call.operation_id}" in keys]

    def _answer(self, entry: _Api, base_url: str, request: httpx.Request) -> httpx.Response:
        entry.check.base_path = httpx.URL(base_url).path.rstrip("/")
        try:
            route = entry.check.route(request)
            entry.check(request)
        except WireViolation as violation:
            self.violations.append(f"{entry.name}: {violation}")
            raise
        key = f"{entry.name}:{route.operation_id}"
        raw = self._operations[key][1]
        failures = self._failures.get(key)
        if failures:
            failure = failures.popleft()
            body = failure.body if failure.body is not None else self._example(entry.spec, raw, failure.status)
            response = _response(failure.status, body, entry.dumps, failure.headers)
        elif key in self._pages:
            status = _success_status(raw)
            response = _response(status, self._page(entry.spec, raw, status, self._pages[key], request), entry.dumps)
        else:
            status = _success_status(raw)
            response = _response(status, self._example(entry.spec, raw, status), entry.dumps)
        self.calls.append(MockCall(entry.name, route.operation_id, request, response))
        return response

    def _example(self, spec: dict[str, Any], raw: dict[str, Any], status: int) -> Any:
        response = resolve(spec, raw.get("responses", {}).get(str(status)) or {})
        for media in (response.get("content") or {}).values():
            value = _first_example(media)
            if value is None:
                value = example_of_schema(spec, media.get("schema", {}))
            return copy.deepcopy(value)  # the answer may be edited (paging); the spec must not be
        return None

    def _page(self, spec: dict[str, Any], raw: dict[str, Any], status: int, pages: _Pages, request: Any) -> Any:
        query = {key.lower(): value for key, value in request.url.params.items()}
        offset = next((int(query[n]) for n in OFFSET_NAMES if n in query), 0)
        limit = next((int(query[n]) for n in LIMIT_NAMES if n in query), len(pages.records))
        chunk = pages.records[offset : offset + limit]
        body = self._example(spec, raw, status)
        if not isinstance(body, dict):
            return chunk
        field_name = pages.items_field or next((k for k, v in body.items() if isinstance(v, list)), None)
        if field_name is None:
            raise ConfigurationError("paginate(): the example answer has no list; give items_field=")
        page = {**body, field_name: chunk}
        for holder in [page, *(v for v in page.values() if isinstance(v, dict))]:
            for key in holder:
                if key.lower() in TOTAL_NAMES:
                    holder[key] = len(pages.records)
                elif key.lower() in OFFSET_NAMES:
                    holder[key] = offset
                elif key.lower() in LIMIT_NAMES:
                    holder[key] = limit
                elif key.lower() == "returned":
                    holder[key] = len(chunk)
        return page

    def start(self) -> ComptoirMock:
        """Start intercepting httpx."""
        self._router.start()
        return self

    def stop(self) -> None:
        """Stop intercepting httpx."""
        self._router.stop()

    def __enter__(self) -> ComptoirMock:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _success_status(raw: dict[str, Any]) -> int:
    statuses = [int(s) for s in raw.get("responses", {}) if s.isdigit() and s.startswith("2")]
    return min(statuses) if statuses else 200


def _response(
    status: int, body: Any, dumps: Callable[[object], bytes], headers: Mapping[str, str] | None = None
) -> httpx.Response:
    if body is None:
        return httpx.Response(status, headers=headers)
    if isinstance(body, str):
        return httpx.Response(status, text=body, headers=headers)
    content = dumps(body)  # the package's own JSON writer: Decimals digit for digit
    return httpx.Response(status, content=content, headers={"Content-Type": "application/json", **(headers or {})})


def _first_example(node: Mapping[str, Any]) -> Any:
    if "example" in node:
        return node["example"]
    examples = node.get("examples")
    if isinstance(examples, dict) and examples:
        first = next(iter(examples.values()))
        return first.get("value") if isinstance(first, dict) else None
    if isinstance(examples, list) and examples:
        return examples[0]
    return None


def _given_value(schema: dict[str, Any]) -> Any:
    for key in ("example", "default", "const"):
        if key in schema:
            return schema[key]
    values = schema.get("examples") or schema.get("enum")
    return values[0] if values else None


def example_of_schema(spec: dict[str, Any], schema: Any, depth: int = 0) -> Any:
    """A small instance of a schema: its example, default or first enum value, else built from its type."""
    schema = resolve(spec, schema)
    if not isinstance(schema, dict) or depth > 8:
        return None
    given = _given_value(schema)
    if given is not None:
        return given
    for key in ("allOf", "oneOf", "anyOf"):
        if schema.get(key):
            parts = [example_of_schema(spec, part, depth + 1) for part in schema[key]]
            if key == "allOf" and all(isinstance(p, dict) for p in parts):
                return {k: v for part in parts for k, v in part.items()}
            return next((p for p in parts if p is not None), None)
    return _example_of_type(spec, schema, depth)


def _example_of_type(spec: dict[str, Any], schema: dict[str, Any], depth: int) -> Any:
    kind = schema.get("type", "object")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind == "object":
        properties = schema.get("properties", {})
        required = schema.get("required", list(properties))
        return {name: example_of_schema(spec, properties[name], depth + 1) for name in required if name in properties}
    if kind == "array":
        item = example_of_schema(spec, schema.get("items", {}), depth + 1)
        return [] if item is None else [item]
    simple: dict[str, Any] = {"string": "string", "integer": 0, "number": 0, "boolean": False, "null": None}
    return simple.get(str(kind))
