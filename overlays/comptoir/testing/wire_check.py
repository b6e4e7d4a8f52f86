"""The wire check: each request's bytes against the spec (Prism accepts unknown and repeated query keys, we do not).

Shared by comptoir's own tests and the testing kit (``comptoir_mock``). `WireCheck(spec)` is an
httpx request event hook. For every request it finds the operation by
method and path template, then fails (raising `WireViolation`) when:
- a query key is not declared by the operation;
- a deepObject parameter is sent as a bare key (flattened) instead of `name[key]=value`;
- a `form, explode: false` parameter is repeated instead of sent once, comma-separated;
- a scalar parameter is repeated;
- a required query or header parameter is missing;
- the body's Content-Type is not one the operation declares (multipart with a boundary).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from email import policy
from email.parser import BytesParser
from fnmatch import fnmatch
from typing import Any
from urllib.parse import parse_qsl

import httpx

from ..specs import METHODS, resolve


class WireViolation(AssertionError):
    """A request whose bytes differ from what the spec declares."""


@dataclass(frozen=True)
class _Route:
    method: str
    pattern: re.Pattern[str]
    template: str
    parameters: tuple[dict[str, Any], ...]
    body_types: tuple[str, ...]
    part_types: dict[str, tuple[str, ...]]
    operation_id: str = ""


class WireCheck:
    """Request hook checking query serialisation, required parameters and content types."""

    def __init__(self, spec: dict[str, Any], base_path: str = "") -> None:
        self.base_path = base_path.rstrip("/")
        self.checked = 0
        self.routes: list[_Route] = []
        for path, method, raw, merged in _operations(spec):
            pattern = re.compile("^" + re.sub(r"\\\{[^}]*\\\}", "[^/]+", re.escape(path)) + "$")
            parameters = tuple({**p, "schema": resolve(spec, p.get("schema", {}))} for p in merged)
            body = resolve(spec, raw.get("requestBody")) or {}
            encoding = body.get("content", {}).get("multipart/form-data", {}).get("encoding", {})
            part_types = {
                name: tuple(t.strip() for t in str(part["contentType"]).split(","))
                for name, part in encoding.items()
                if "contentType" in part
            }
            body_types = tuple(body.get("content", {}))
            operation_id = str(raw.get("operationId", ""))
            self.routes.append(_Route(method, pattern, path, parameters, body_types, part_types, operation_id))

    def route(self, request: httpx.Request) -> _Route:
        # Percent-encoded, so that a %2F in a path argument stays inside its segment.
        path = request.url.raw_path.decode("ascii").partition("?")[0]
        if self.base_path and path.startswith(self.base_path):
            path = path[len(self.base_path) :]
        candidates = [r for r in self.routes if r.method == request.method.lower() and r.pattern.match(path)]
        if not candidates:
            raise WireViolation(f"{request.method} {path}: no such operation in the spec")
        # a literal segment beats a template one (/v1/Status vs /v1/{id})
        return min(candidates, key=lambda r: r.template.count("{"))

    def __call__(self, request: httpx.Request) -> None:
        route = self.route(request)
        where = f"{request.method} {route.template}"
        counts = self._check_query(where, route, request)
        self._check_required(where, route, request, counts)
        request.read()  # multipart bodies are streams until read
        content_type = request.headers.get("content-type", "").partition(";")[0].strip()
        if route.body_types and request.content and content_type not in route.body_types:
            raise WireViolation(f"{where}: body sent as {content_type!r}, declared {list(route.body_types)}")
        if not route.body_types and request.content:
            raise WireViolation(f"{where}: a body was sent to an operation that declares none")
        if content_type == "multipart/form-data":
            self._check_parts(where, route, request)
        self.checked += 1

    @staticmethod
    def _check_query(where: str, route: _Route, request: httpx.Request) -> dict[str, int]:
        """Undeclared, flattened or repeated query keys; returns how often each key was sent."""
        query = parse_qsl(request.url.query.decode("ascii"), keep_blank_values=True)
        counts: dict[str, int] = {}
        declared = {p["name"]: p for p in route.parameters if p["in"] == "query"}
        for key, _value in query:
            counts[key] = counts.get(key, 0) + 1
            parameter = declared.get(key)
            if parameter is None:
                base = key.split("[", 1)[0]
                deep = declared.get(base)
                if deep is None or "[" not in key or deep.get("style") != "deepObject":
                    raise WireViolation(f"{where}: undeclared query key {key!r}")
                continue
            style = parameter.get("style", "form")
            if style == "deepObject":
                raise WireViolation(f"{where}: deepObject parameter {key!r} sent flattened, not as {key}[…]")
        for key, count in counts.items():
            parameter = declared.get(key)
            if parameter is None or count == 1:
                continue
            schema = parameter.get("schema", {})
            exploded = parameter.get("explode", parameter.get("style", "form") == "form")
            if resolve_type(schema) != "array" or not exploded:
                raise WireViolation(
                    f"{where}: query key {key!r} repeated {count} times (declared {describe(parameter)})"
                )
        return counts

    @staticmethod
    def _check_required(where: str, route: _Route, request: httpx.Request, counts: dict[str, int]) -> None:
        """Required query parameters and headers must be sent."""
        for parameter in route.parameters:
            if not parameter.get("required"):
                continue
            if parameter["in"] == "query" and parameter["name"] not in counts:
                sent_deep = any(k.startswith(parameter["name"] + "[") for k in counts)
                if not sent_deep:
                    raise WireViolation(f"{where}: required query parameter {parameter['name']!r} missing")
            if parameter["in"] == "header" and parameter["name"] not in request.headers:
                raise WireViolation(f"{where}: required header {parameter['name']!r} missing")

    @staticmethod
    def _check_parts(where: str, route: _Route, request: httpx.Request) -> None:
        """Each multipart part's Content-Type must be one its `encoding` declares."""
        header = f"Content-Type: {request.headers['content-type']}\r\n\r\n".encode()
        message = BytesParser(policy=policy.default).parsebytes(header + request.content)
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            allowed = route.part_types.get(str(name))
            if allowed is None:
                continue
            sent = part.get_content_type()
            if not any(fnmatch(sent, pattern) for pattern in allowed):
                raise WireViolation(f"{where}: multipart part {name!r} sent as {sent!r}, declared {list(allowed)}")


def resolve_type(schema: dict[str, Any]) -> str:
    kind = schema.get("type", "")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "")
    return str(kind)


def describe(parameter: dict[str, Any]) -> str:
    style = parameter.get("style", "form")
    explode = parameter.get("explode", style == "form")
    return f"style={style}, explode={str(explode).lower()}, type={resolve_type(parameter.get('schema', {}))}"


def _operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any], list[dict[str, Any]]]]:
    """(path, method, operation, parameters with the path item's ones not overridden), resolved."""
    found = []
    for path, path_item in spec.get("paths", {}).items():
        item = resolve(spec, path_item)
        for method in METHODS:
            raw = item.get(method)
            if not isinstance(raw, dict):
                continue
            own = [resolve(spec, p) for p in raw.get("parameters", [])]
            seen = {(p["in"], p["name"]) for p in own}
            shared = [resolve(spec, q) for q in item.get("parameters", [])]
            found.append((path, method, raw, own + [p for p in shared if (p["in"], p["name"]) not in seen]))
    return found
