"""Schemathesis-drawn inputs for the generated clients, and JSON comparison for model round-trips.

Schemathesis draws from a spec only through operations, and what an operation's own strategy
yields for parameters is already *serialised* the way schemathesis would send it (booleans as
`"true"`, `explode: false` arrays comma-joined, deepObject flattened, path values percent-encoded).
Serialisation is exactly what the generated clients must get right, so the fuzz tests draw typed
JSON values instead: the bundled spec is extended with synthetic `POST` operations whose JSON body
schema is what we want drawn, and schemathesis (positive mode) draws those bodies:

- one per real operation: an object `{"path": {...}, "query": {...}, "header": {...}, "body": ...}`
  whose properties are the operation's parameter schemas (required ones required) and its request
  body schema; `request_kwargs` turns a drawn object into the generated function's typed keyword
  arguments, through the same parameter → argument mapping and `to_python` as the contract tests;
- one per model the generated client builds from a JSON response (`response_models`).

The specs declare no readOnly/writeOnly, so a request body draws exactly the schema's values.
"""

from __future__ import annotations

import copy
import datetime
import importlib
import json
import re
from decimal import Decimal
from functools import cache
from typing import Any

import httpx
import schemathesis
from dateutil.parser import isoparse
from hypothesis import strategies as st
from openapi_python_client.strings import ClassName
from schemathesis import GenerationMode

from .operations import PREFIX, Operation, load_bundle, operations, resolve, to_python

MODEL_PATH = "/__fuzz__/models/{}"
REQUEST_PATH = "/__fuzz__/requests/{}"

# What an HTTP header can carry, for string header parameters with no format or enum of their own:
# - visible ASCII: httpx refuses to encode anything else (RFC 9110 leaves non-ASCII as obsolete
#   `obs-text`, with no defined charset), and control characters (TAB, CR, LF, NUL) are illegal;
# - no leading/trailing whitespace: it is optional whitespace around a field value, not part of it
#   (RFC 9110 §5.5), so the server never sees it and h11 refuses to send it;
# - not empty: Prism (like many servers) reads an empty field as an absent header, so a required
#   one would be "missing" (the specs' required string headers, e.g. DomainId, allow "").
HEADER_VALUE = r"^[!-~]+( [!-~]+)*$"


# Names of multipart parts (free-form properties of a form; the declared ones are plain words):
# - no `;` or `=`: Prism's multipart parser (parse-multipart-data) splits Content-Disposition on
#   them, ignoring the quotes: `;` crashes the whole mock (TypeError in multipart.ts `process`),
#   `=` silently truncates the name;
# - no `"`, `\\`, `%` or C0 controls: httpx sends names with the HTML5 form encoding, which is
#   lossy (`"` and `%22` are both sent as `%22`), so the part could not be matched to its property.
PART_NAME = r'^[^;="\\%\u0000-\u001f]*$'


def _header_schema(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    resolved = resolve(spec, schema)
    if resolved.get("type") == "string" and not {"enum", "const", "format", "pattern"} & set(resolved):
        return {"allOf": [schema, {"pattern": HEADER_VALUE}]}
    return schema


def _path_schema(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    # An empty segment, `.` or `..` cannot name a path parameter: URL normalisation removes dot
    # segments (RFC 3986 §5.2.4, and `%2E` is the same character) and an empty one changes the
    # route. Any other character is the client's to percent-encode, and is drawn.
    if resolve(spec, schema).get("type") == "string":
        return {"allOf": [schema, {"minLength": 1, "not": {"enum": [".", ".."]}}]}
    return schema


def _query_schema(spec: dict[str, Any], parameter: dict[str, Any]) -> dict[str, Any]:
    # OpenAPI: a query parameter may be sent with an empty value only if it says
    # `allowEmptyValue: true` (default false), and Prism reads `?name=` as a missing parameter.
    schema = parameter.get("schema", {})
    resolved = resolve(spec, schema)
    if resolved.get("type") == "string" and not parameter.get("allowEmptyValue") and not resolved.get("enum"):
        return {"allOf": [schema, {"minLength": 1}]}
    return schema


def request_schema(op: Operation) -> dict[str, Any]:
    """The JSON schema of everything one call of the operation takes."""
    groups: dict[str, dict[str, Any]] = {}
    for parameter in op.parameters:
        where = parameter["in"]
        if where not in ("path", "query", "header"):
            raise NotImplementedError(f"{op.id}: {where} parameter {parameter['name']!r}")
        schema = parameter.get("schema", {})
        if where == "header":
            schema = _header_schema(op.spec, schema)
        elif where == "path":
            schema = _path_schema(op.spec, schema)
        else:
            schema = _query_schema(op.spec, parameter)
        group = groups.setdefault(where, {"type": "object", "properties": {}, "required": []})
        group["additionalProperties"] = False
        group["properties"][parameter["name"]] = schema
        if parameter.get("required"):
            group["required"].append(parameter["name"])
    properties: dict[str, Any] = dict(groups)
    required = [where for where, group in groups.items() if group["required"]]
    request_body = resolve(op.spec, op.raw.get("requestBody"))
    if request_body:
        media_type, media = next(iter(request_body["content"].items()))
        properties["body"] = media.get("schema", {})
        if media_type == "multipart/form-data":
            properties["body"] = {"allOf": [properties["body"], {"propertyNames": {"pattern": PART_NAME}}]}
        if request_body.get("required"):
            required.append("body")
    return {"type": "object", "properties": properties, "required": required, "additionalProperties": False}


# Prism reads numbers as JavaScript doubles and bounds `format: int64` to the exactly
# representable range (@stoplight/http-spec, keywords/format.js: ±Number.MAX_SAFE_INTEGER), so it
# answers 422 to a valid int64 beyond 2**53 - 1 that the client sends digit for digit. Request values
# are drawn within that range; response models, parsed by Python only, keep the full int64 range.
MOCK_INT64 = 2**53 - 1


def _within_mock_int64(node: Any) -> None:
    if isinstance(node, dict):
        if node.get("format") == "int64":
            node["minimum"] = max(node.get("minimum", -MOCK_INT64), -MOCK_INT64)
            node["maximum"] = min(node.get("maximum", MOCK_INT64), MOCK_INT64)
        for value in node.values():
            _within_mock_int64(value)
    elif isinstance(node, list):
        for value in node:
            _within_mock_int64(value)


def _synthetic_operation(operation_id: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {
        "post": {
            "operationId": operation_id,
            "security": [],
            "requestBody": {"required": True, "content": {"application/json": {"schema": schema}}},
            "responses": {"204": {"description": "none"}},
        }
    }


@cache
def _requests_schema(spec_name: str) -> Any:
    """The spec's components with one synthetic operation per real one, as schemathesis loads it."""
    spec = copy.deepcopy(load_bundle(spec_name))
    spec["paths"] = {
        REQUEST_PATH.format(op.operation_id): _synthetic_operation(f"fuzzRequest_{op.operation_id}", request_schema(op))
        for op in operations(spec_name)
    }
    _within_mock_int64(spec)
    return schemathesis.openapi.from_dict(spec)


@cache
def _models_schema(spec_name: str) -> Any:
    """The spec's components with one synthetic operation per response model, as schemathesis loads it."""
    spec = copy.deepcopy(load_bundle(spec_name))
    spec["paths"] = {
        MODEL_PATH.format(name): _synthetic_operation(f"fuzzModel_{name}", {"$ref": f"#/components/schemas/{name}"})
        for name in response_models(spec_name)
    }
    return schemathesis.openapi.from_dict(spec)


def _bodies(schema: Any, path: str) -> st.SearchStrategy[Any]:
    strategy = schema[path]["POST"].as_strategy(GenerationMode.POSITIVE)
    return strategy.map(lambda case: case.body)


def request_strategy(op: Operation) -> st.SearchStrategy[dict[str, Any]]:
    """Valid arguments for one call, as JSON: `{"path": …, "query": …, "header": …, "body": …}`."""
    return _bodies(_requests_schema(op.spec_name), REQUEST_PATH.format(op.operation_id))


def request_kwargs(op: Operation, drawn: dict[str, Any]) -> dict[str, Any]:
    """The generated function's keyword arguments for drawn JSON arguments."""
    hints = op.signature_hints()
    arguments: dict[str, Any] = {}
    for parameter in op.parameters:
        values = drawn.get(parameter["in"], {})
        if parameter["name"] in values:
            python_name = op.argument_name(parameter)
            arguments[python_name] = to_python(_whole_numbers(values[parameter["name"]]), hints[python_name])
    if "body" in drawn:
        body = drawn["body"]
        if "multipart/form-data" in resolve(op.spec, op.raw["requestBody"])["content"]:
            arguments["body"] = op.label_files(to_python(_binary_as_bytes(op, body), hints["body"]))
        else:
            arguments["body"] = to_python(body, hints["body"])
    return arguments


def _whole_numbers(value: Any) -> Any:
    """Integral floats as ints: JSON Schema counts `2.0` as the integer 2 and schemathesis draws both
    spellings in JSON; a Python caller passes `2` to an `int` argument (and either to a Decimal one)."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, list):
        return [_whole_numbers(item) for item in value]
    if isinstance(value, dict):
        return {key: _whole_numbers(item) for key, item in value.items()}
    return value


def multipart_form(op: Operation, drawn: dict[str, Any]) -> dict[str, Any] | None:
    """The drawn multipart form (binary fields as bytes), or None when the call sends no form."""
    request_body = resolve(op.spec, op.raw.get("requestBody")) or {}
    if "body" not in drawn or "multipart/form-data" not in request_body.get("content", {}):
        return None
    return _binary_as_bytes(op, drawn["body"])


def _binary_as_bytes(op: Operation, body: dict[str, Any]) -> dict[str, Any]:
    """Multipart binary fields as bytes, which the generated `from_dict` wraps in a File.

    Schemathesis draws `format: binary` as its `Binary` wrapper (the bytes are `.data`).
    """
    request_body = resolve(op.spec, op.raw["requestBody"])
    schema = resolve(op.spec, request_body["content"]["multipart/form-data"]["schema"])
    body = dict(body)
    for key, prop in schema.get("properties", {}).items():
        if key in body and resolve(op.spec, prop).get("format") == "binary":
            data = getattr(body[key], "data", body[key])
            body[key] = data.encode() if isinstance(data, str) else bytes(data)
    return body


# --- multipart content -----------------------------------------------------------------------


def multipart_parts(request: httpx.Request) -> list[tuple[str, str, bytes]]:
    """The (name, content type, content) of each part of a multipart/form-data request."""
    boundary = request.headers["content-type"].partition("boundary=")[2].strip('"').encode()
    parts: list[tuple[str, str, bytes]] = []
    for chunk in request.content.split(b"--" + boundary)[1:-1]:
        head, _, content = chunk.removeprefix(b"\r\n").partition(b"\r\n\r\n")
        headers = head.decode("utf-8")
        name = re.search(r'Content-Disposition: form-data; name="([^"]*)"', headers)
        kind = re.search(r"Content-Type: ([^\r\n;]+)", headers)
        assert name is not None, f"multipart part without a name: {headers!r}"
        parts.append((name.group(1), kind.group(1) if kind else "text/plain", content.removesuffix(b"\r\n")))
    return parts


def multipart_difference(request: httpx.Request, body: dict[str, Any]) -> str | None:
    """Where a multipart request differs from the drawn form (None when every property is sent right).

    OpenAPI's multipart defaults: a primitive is a `text/plain` part holding its text (`true`/`false`
    for booleans, the number's digits), a binary one its bytes, an object an `application/json`
    part, an array one part per item (objects and arrays among them as JSON parts); `null` has no
    text form, so it may be left out or sent empty or as `null` (inside an array: left out).
    """
    sent: dict[str, list[tuple[str, bytes]]] = {}
    for name, kind, content in multipart_parts(request):
        sent.setdefault(name, []).append((kind, content))
    for key, value in body.items():
        parts = sent.pop(key, [])
        if value is None:
            if any(content not in (b"", b"null") for _, content in parts):
                return f"part {key!r}: null sent as {parts!r}"
            continue
        if isinstance(value, list):
            value = [item for item in value if item is not None]  # a null item has no form: left out
            if len(parts) != len(value):
                return f"part {key!r}: {len(value)} items sent as {parts!r}"
            for item, part in zip(value, parts, strict=True):
                found = _part_difference(f"{key}[]", item, part)
                if found:
                    return found
            continue
        if len(parts) != 1:
            return f"part {key!r}: {value!r} sent as {len(parts)} parts {parts!r}"
        found = _part_difference(key, value, parts[0])
        if found:
            return found
    if sent:
        return f"parts {sorted(sent)} sent, not in the drawn form"
    return None


def _part_difference(key: str, value: Any, part: tuple[str, bytes]) -> str | None:
    kind, content = part
    if isinstance(value, (dict, list)):
        if kind != "application/json":
            return f"part {key!r}: {value!r} sent as {kind} {content[:200]!r}, not application/json"
        expected = json.loads(json.dumps(value), parse_float=Decimal)
        return json_difference(expected, json.loads(content, parse_float=Decimal), f"part {key!r}")
    if isinstance(value, bytes):
        return None if content == value else f"part {key!r}: {value[:100]!r} sent as {content[:100]!r}"
    text = content.decode("utf-8", errors="replace")
    if isinstance(value, bool):
        expected = "true" if value else "false"
        return None if text == expected else f"part {key!r}: {value!r} sent as {text!r}, not {expected!r}"
    if isinstance(value, (int, float)):
        try:
            same = Decimal(text) == Decimal(repr(value))
        except ArithmeticError:
            same = False
        return None if same else f"part {key!r}: {value!r} sent as {text!r}"
    return None if text == value else f"part {key!r}: {value!r} sent as {text!r}"


# --- response models -----------------------------------------------------------------------


def response_models(spec_name: str) -> list[str]:
    """Component names of the models the generated client builds from JSON responses.

    A response schema that is a `$ref` to an object component, or an array of such, is parsed with
    that model's `from_dict` (error models included); scalars, text and files are not models.
    Nested models are drawn and round-tripped inside the ones that hold them.
    """
    spec = load_bundle(spec_name)
    names: set[str] = set()
    for op in operations(spec_name):
        for response in op.responses().values():
            media = (response.get("content") or {}).get("application/json")
            if not media:
                continue
            schema = media.get("schema", {})
            if schema.get("type") == "array":
                schema = schema.get("items", {})
            ref = schema.get("$ref", "")
            if ref.startswith("#/components/schemas/"):
                target = resolve(spec, schema)
                if target.get("type") == "object" or "allOf" in target or "properties" in target:
                    names.add(ref.rsplit("/", 1)[-1])
    return sorted(names)


def model_strategy(spec_name: str, name: str) -> st.SearchStrategy[Any]:
    """JSON instances of a component schema, drawn by schemathesis."""
    return _bodies(_models_schema(spec_name), MODEL_PATH.format(name))


def model_class(spec_name: str, name: str) -> Any:
    models = importlib.import_module(f"{spec_name.replace('-', '_')}.models")
    return getattr(models, ClassName(name, PREFIX))


# --- comparison ----------------------------------------------------------------------------

# RFC 3339 full-date and date-time (what the specs' `format: date`/`date-time` mean). A model
# re-serialises a parsed datetime with `isoformat()` (`+00:00` for `Z`, microseconds trimmed or
# padded), so both sides are compared as parsed values: the date, or the date-time with its UTC
# offset (aware datetimes compare as instants, which would let a changed offset through).
# Other strings are compared as they are.
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})?")


def _normalise(value: Any) -> Any:
    if isinstance(value, str):
        try:
            if _DATE.fullmatch(value):
                return ("date", datetime.date.fromisoformat(value))
            if _DATE_TIME.fullmatch(value):
                parsed = isoparse(value)
                return ("date-time", parsed, parsed.utcoffset())
        except ValueError:
            return value
    return value


def json_difference(expected: Any, actual: Any, path: str = "$") -> str | None:
    """Where two JSON values differ (None when equal), types compared strictly (True is not 1)."""
    expected, actual = _normalise(expected), _normalise(actual)
    if isinstance(expected, dict) and isinstance(actual, dict):
        if set(expected) != set(actual):
            return f"{path}: keys {sorted(expected)} != {sorted(actual)}"
        for key in expected:
            found = json_difference(expected[key], actual[key], f"{path}.{key}")
            if found:
                return found
        return None
    if isinstance(expected, list) and isinstance(actual, list):
        if len(expected) != len(actual):
            return f"{path}: {len(expected)} items != {len(actual)}"
        for index, (left, right) in enumerate(zip(expected, actual, strict=True)):
            found = json_difference(left, right, f"{path}[{index}]")
            if found:
                return found
        return None
    if _kind(expected) != _kind(actual) or expected != actual:
        return f"{path}: {expected!r} != {actual!r}"
    return None


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float, Decimal)):
        return "number"
    return type(value).__name__
