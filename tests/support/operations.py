"""Every operation of every spec, its generated function, and arguments built from the spec itself.

The contract tests call each operation through its generated client with arguments drawn from the
spec's own examples (parameter `example`/`examples`, schema `example`/`default`/`enum`, request
body media examples), falling back to a minimal valid value derived from the schema. Values are
converted to the Python types of the generated function's annotations (models, enums, dates…).
"""

from __future__ import annotations

import datetime
import enum
import importlib
import inspect
import json
import re
import types
import typing
import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property
from io import BytesIO
from pathlib import Path
from typing import Any

from dateutil.parser import isoparse
from openapi_python_client.strings import ClassName, PythonIdentifier
from specbundle import resolve

ROOT = Path(__file__).resolve().parents[2]
BUNDLES = ROOT / "build" / "specs"
METHODS = ("get", "put", "post", "delete", "patch")
PREFIX = "field_"


def load_bundle(spec_name: str) -> dict[str, Any]:
    return json.loads((BUNDLES / f"{spec_name}.json").read_text(encoding="utf-8"))


def _normalise(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


@dataclass
class Operation:
    """One operation of one spec, with what the contract tests need to call it."""

    spec_name: str
    spec: dict[str, Any] = field(repr=False)
    path: str
    method: str
    raw: dict[str, Any] = field(repr=False)
    path_parameters: list[dict[str, Any]] = field(repr=False)

    @property
    def package(self) -> str:
        return self.spec_name.replace("-", "_")

    @property
    def operation_id(self) -> str:
        return str(self.raw["operationId"])

    @property
    def id(self) -> str:
        return f"{self.spec_name}:{self.operation_id}"

    @cached_property
    def module(self) -> types.ModuleType:
        tag = PythonIdentifier(self.raw.get("tags", ["default"])[0], PREFIX)
        return importlib.import_module(f"{self.package}.api.{tag}.{PythonIdentifier(self.operation_id, PREFIX)}")

    @cached_property
    def parameters(self) -> list[dict[str, Any]]:
        """Operation parameters, then path-item ones not overridden (resolved)."""
        own = [resolve(self.spec, p) for p in self.raw.get("parameters", [])]
        seen = {(p["in"], p["name"]) for p in own}
        return own + [
            p for p in (resolve(self.spec, q) for q in self.path_parameters) if (p["in"], p["name"]) not in seen
        ]

    @property
    def security(self) -> list[dict[str, Any]]:
        return list(self.raw.get("security", self.spec.get("security", [])))

    def responses(self) -> dict[str, dict[str, Any]]:
        return {status: resolve(self.spec, value) for status, value in self.raw.get("responses", {}).items()}

    def success_status(self) -> int:
        return min(int(status) for status in self.responses() if status.startswith("2"))

    def error_statuses(self) -> list[int]:
        return sorted(int(status) for status in self.responses() if status[0] in "45" and status.isdigit())

    def response_schema(self, status: int) -> tuple[str | None, dict[str, Any] | None]:
        """The first media type of a response and its schema (unresolved), or (None, None)."""
        content = self.responses()[str(status)].get("content") or {}
        for media_type, media in content.items():
            return media_type, media.get("schema", {})
        return None, None

    # --- arguments -----------------------------------------------------------------------

    def signature_hints(self) -> dict[str, Any]:
        return typing.get_type_hints(self.module.sync_detailed)

    def argument_name(self, parameter: dict[str, Any]) -> str:
        """The generated function's keyword argument for a (resolved) parameter of this operation."""
        names = {_normalise(name.rstrip("_")): name for name in inspect.signature(self.module.sync_detailed).parameters}
        python_name = names.get(_normalise(parameter["name"])) or names.get(
            _normalise(parameter["name"] + parameter["in"])
        )
        if python_name is None:
            raise LookupError(f"{self.id}: no argument for {parameter['in']} parameter {parameter['name']!r}")
        return python_name

    def kwargs(self, *, include_optional: bool = True) -> dict[str, Any]:
        """Keyword arguments for the generated function, from the spec's examples."""
        hints = self.signature_hints()
        arguments: dict[str, Any] = {}
        for parameter in self.parameters:
            has_example = example_of(self.spec, parameter) is not None
            if not parameter.get("required") and not (include_optional and has_example):
                continue
            python_name = self.argument_name(parameter)
            value = example_of(self.spec, parameter)
            if value is None:
                value = minimal(self.spec, parameter.get("schema", {}))
            arguments[python_name] = to_python(value, hints[python_name])
        body = self.body_example()
        if body is not None and "body" in hints:
            arguments["body"] = self.label_files(to_python(body, hints["body"]))
        return arguments

    def label_files(self, body: Any) -> Any:
        """Give each multipart file part a file name and the first content type its `encoding` declares."""
        request_body = resolve(self.spec, self.raw.get("requestBody")) or {}
        encoding = request_body.get("content", {}).get("multipart/form-data", {}).get("encoding", {})
        for name, part in encoding.items():
            attribute = getattr(body, PythonIdentifier(name, PREFIX), None)
            declared = str(part.get("contentType", "")).split(",")[0].strip()
            if hasattr(attribute, "payload") and declared and "*" not in declared:
                attribute.mime_type = declared
                attribute.file_name = attribute.file_name or f"example.{declared.rsplit('/', 1)[-1]}"
        return body

    def body_example(self) -> Any:
        request_body = resolve(self.spec, self.raw.get("requestBody"))
        if not request_body:
            return None
        media_type, media = next(iter(request_body.get("content", {}).items()))
        schema = media.get("schema", {})
        value = _first_example(media)
        if value is None:
            value = _first_example(resolve(self.spec, schema))
        if value is None:
            value = minimal(self.spec, schema)
        if media_type == "multipart/form-data" and isinstance(value, dict):
            properties = resolve(self.spec, schema).get("properties", {})
            for key, prop in properties.items():
                prop = resolve(self.spec, prop)
                if prop.get("format") == "binary" and isinstance(value.get(key), str):
                    value[key] = value[key].encode()
                elif (
                    prop.get("format") == "binary"
                    and key not in value
                    and key in resolve(self.spec, schema).get("required", [])
                ):
                    value[key] = b"example bytes"
        return value

    def expected_type(self, status: int) -> Any:
        """The Python type `parsed` must have for this status (None: no body)."""
        media_type, schema = self.response_schema(status)
        if media_type is None or schema is None:
            return type(None)
        resolved = resolve(self.spec, schema)
        if media_type.startswith("text/plain") and (
            resolved.get("type") == "number" or resolved.get("format") == "decimal"
        ):
            return Decimal
        if media_type != "application/json" and not media_type.startswith("text/plain"):
            return self._types_module().File
        if "$ref" in schema and resolved.get("type") == "object":
            models = importlib.import_module(f"{self.package}.models")
            return getattr(models, ClassName(schema["$ref"].rsplit("/", 1)[-1], PREFIX))
        kind = resolved.get("type")
        if isinstance(kind, list):
            kind = next(k for k in kind if k != "null")
        return {
            "array": list,
            "integer": int,
            "number": Decimal,
            "string": str,
            "boolean": bool,
            "object": object,
        }.get(kind, object)

    def _types_module(self) -> types.ModuleType:
        return importlib.import_module(f"{self.package}.types")


def operations(spec_name: str, spec: dict[str, Any] | None = None) -> list[Operation]:
    """Every operation of a bundled spec (read from build/specs unless given)."""
    spec = load_bundle(spec_name) if spec is None else spec
    found: list[Operation] = []
    for path, item in spec.get("paths", {}).items():
        item = resolve(spec, item)
        for method in METHODS:
            if method in item:
                found.append(Operation(spec_name, spec, path, method, item[method], item.get("parameters", [])))
    return found


# --- values ---------------------------------------------------------------------------------


def _first_example(node: dict[str, Any] | None) -> Any:
    if not node:
        return None
    if "example" in node:
        return node["example"]
    examples = node.get("examples")
    if isinstance(examples, dict) and examples:
        first = next(iter(examples.values()))
        return first.get("value") if isinstance(first, dict) else None
    if isinstance(examples, list) and examples:
        return examples[0]
    return None


def example_of(spec: dict[str, Any], parameter: dict[str, Any]) -> Any:
    """The parameter's documented example, else its schema's example/default/first enum value."""
    value = _first_example(parameter)
    if value is not None:
        return value
    schema = resolve(spec, parameter.get("schema", {}))
    value = _first_example(schema)
    if value is not None:
        return value
    if "default" in schema:
        return schema["default"]
    if schema.get("enum"):
        return schema["enum"][0]
    return None


def minimal(spec: dict[str, Any], schema: Any) -> Any:
    """A small valid instance of a schema (for parameters and bodies with no example)."""
    schema = resolve(spec, schema)
    example = _first_example(schema)
    if example is not None:
        return example
    for key in ("oneOf", "anyOf"):
        if key in schema:
            return minimal(spec, schema[key][0])
    if "allOf" in schema:
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = minimal(spec, part)
            if isinstance(value, dict):
                merged.update(value)
        return merged
    if "enum" in schema:
        return schema["enum"][0]
    if "const" in schema:
        return schema["const"]
    if "default" in schema:
        return schema["default"]
    kind = schema.get("type", "object")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind == "object":
        required = schema.get("required", [])
        return {name: minimal(spec, prop) for name, prop in schema.get("properties", {}).items() if name in required}
    if kind == "array":
        return [minimal(spec, schema.get("items", {})) for _ in range(schema.get("minItems", 1))]
    if kind == "integer":
        return int(schema.get("minimum", 1))
    if kind == "number":
        return schema.get("minimum", 1)
    if kind == "boolean":
        return True
    if kind == "null":
        return None
    formats = {
        "date": "2024-01-31",
        "date-time": "2024-01-31T10:00:00Z",
        "uuid": "0189abef-09af-409f-ab89-012789abcdef",
        "binary": "example bytes",
        "email": "contact@example.com",
    }
    text = formats.get(schema.get("format", ""), "example")
    return text.ljust(schema.get("minLength", 0), "x")


def to_python(value: Any, annotation: Any) -> Any:
    """Convert a JSON value from the spec to the generated function's argument type."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        candidates = [
            a for a in typing.get_args(annotation) if a is not type(None) and getattr(a, "__name__", "") != "Unset"
        ]
        if value is None and len(candidates) < len(typing.get_args(annotation)):
            return None
        errors = []
        for candidate in candidates:
            try:
                return to_python(value, candidate)
            except (TypeError, ValueError, KeyError, AttributeError) as error:
                errors.append(f"{candidate}: {error}")
        raise TypeError(f"{value!r} fits none of {annotation}: {errors}")
    if origin is list:
        if not isinstance(value, list):
            raise TypeError(f"expected a list, got {value!r}")
        (item,) = typing.get_args(annotation)
        return [to_python(v, item) for v in value]
    if annotation is Any or annotation is object:
        return value
    if isinstance(annotation, type):
        if issubclass(annotation, enum.Enum):
            return annotation(value)
        if hasattr(annotation, "from_dict"):
            if not isinstance(value, dict):
                raise TypeError(f"expected an object for {annotation.__name__}, got {value!r}")
            return annotation.from_dict(value)
        if annotation.__name__ == "File":
            payload = value.encode() if isinstance(value, str) else bytes(value)
            return annotation(payload=BytesIO(payload), file_name="example.csv", mime_type="text/csv")
        if annotation is datetime.datetime:
            return isoparse(value)
        if annotation is datetime.date:
            return datetime.date.fromisoformat(value)
        if annotation is uuid.UUID:
            return uuid.UUID(str(value))
        if annotation is Decimal:
            if isinstance(value, bool):
                raise TypeError("bool is not a number")
            return Decimal(str(value))
        if annotation is bool:
            if not isinstance(value, bool):
                raise TypeError(f"expected a boolean, got {value!r}")
            return value
        if annotation is int:
            if isinstance(value, bool) or not isinstance(value, int):
                raise TypeError(f"expected an integer, got {value!r}")
            return value
        if annotation is str:
            if not isinstance(value, str):
                raise TypeError(f"expected a string, got {value!r}")
            return value
    raise TypeError(f"no conversion of {value!r} to {annotation}")
