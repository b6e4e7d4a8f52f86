"""What the templates need to know about the wire that openapi-python-client does not keep.

The generator drops a parameter's `style`/`explode` and every response media type but the first
one. `generate.py` exposes a `WireInfo` built from the bundled spec to the templates as the Jinja
global `wire`, so `scripts/templates/` can serialise deepObject and non-exploded parameters as
declared and parse every declared response media type.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from openapi_python_client.strings import ClassName, PythonIdentifier
from specbundle import resolve

JSON_TYPES = ("application/json",)
_PLACEHOLDER = re.compile(r"\{[^}]*\}")


@dataclass(frozen=True)
class MediaAlternative:
    """How to parse one response media type: the Python type and the expression building it."""

    content_type: str
    type_string: str
    expression: str
    import_line: str | None


def _text(value: object) -> str:
    """The generator wraps spec strings in UntrustedString; the spec dict has plain keys."""
    get_value = getattr(value, "get_untrusted_value", None)
    return str(get_value()) if callable(get_value) else str(value)


class WireInfo:
    """Spec facts for the templates, looked up by the endpoint's path and method."""

    def __init__(self, spec: dict[str, Any], field_prefix: str) -> None:
        self.spec = spec
        self.field_prefix = field_prefix
        self._paths = {_PLACEHOLDER.sub("{}", path): path for path in spec.get("paths", {})}

    def _resolve(self, node: Any) -> Any:
        return resolve(self.spec, node)

    def _operation(self, path: object, method: str) -> tuple[dict[str, Any], dict[str, Any]]:
        # The generator renames path placeholders to Python names: match paths with them blanked.
        path_item = self._resolve(self.spec["paths"][self._paths[_PLACEHOLDER.sub("{}", _text(path))]])
        return path_item, self._resolve(path_item[method])

    def query_style(self, path: object, method: str, name: object) -> str:
        """`deepObject`, `form` (exploded) or `form-comma` (explode: false) for a query parameter."""
        path_item, operation = self._operation(path, method)
        for raw in [*operation.get("parameters", []), *path_item.get("parameters", [])]:
            parameter = self._resolve(raw)
            if parameter.get("in") == "query" and parameter.get("name") == _text(name):
                style = parameter.get("style", "form")
                explode = parameter.get("explode", style == "form")
                if style == "deepObject":
                    return "deepObject"
                if style == "form":
                    return "form" if explode else "form-comma"
                raise ValueError(f"{method.upper()} {path} `{name}`: query style {style!r} is not supported")
        raise KeyError(f"{method.upper()} {path}: no query parameter `{name}`")

    def parameter_schema(self, path: object, method: str, name: object, location: str) -> dict[str, Any]:
        """The schema of one parameter (operation-level parameters override path-level ones)."""
        path_item, operation = self._operation(path, method)
        for raw in [*operation.get("parameters", []), *path_item.get("parameters", [])]:
            parameter = self._resolve(raw)
            if parameter.get("in") == location and parameter.get("name") == _text(name):
                return dict(self._resolve(parameter.get("schema", {})))
        raise KeyError(f"{method.upper()} {path}: no {location} parameter `{name}`")

    def operation(self, path: object, method: str) -> dict[str, Any]:
        """The operation object itself (resolved)."""
        return self._operation(path, method)[1]

    def operation_id(self, path: object, method: str) -> str:
        """The operation's operationId, as the spec spells it."""
        _, operation = self._operation(path, method)
        return str(operation.get("operationId", f"{method} {_text(path)}"))

    def accept(self, path: object, method: str) -> str:
        """The Accept header: every media type the operation documents, success responses first."""
        _, operation = self._operation(path, method)
        responses = operation.get("responses", {})
        ordered = sorted(responses, key=lambda status: (not str(status).startswith("2"), str(status)))
        media: list[str] = []
        for status in ordered:
            for content_type in self._resolve(responses[status]).get("content", {}):
                if content_type not in media:
                    media.append(content_type)
        return ", ".join(media) or "*/*"

    def success_statuses(self, path: object, method: str) -> list[int]:
        """The documented 2xx statuses (``2XX`` ranges expanded)."""
        _, operation = self._operation(path, method)
        statuses: list[int] = []
        for status in operation.get("responses", {}):
            text = str(status).upper()
            if text == "2XX":
                statuses.extend(range(200, 300))
            elif text.isdigit() and text.startswith("2"):
                statuses.append(int(text))
        return statuses

    def security(self, path: object, method: str) -> list[list[str]]:
        """The operation's security requirements: alternatives, each a list of scheme names."""
        _, operation = self._operation(path, method)
        requirements = operation.get("security", self.spec.get("security", []))
        return [sorted(requirement) for requirement in requirements]

    def text_number(self, path: object, method: str, status: str) -> MediaAlternative | None:
        """How to parse a response whose first media type is a number written as text, if it is one.

        `text/plain` with `type: number`/`integer`, or `type: string, format: decimal` (the form a
        mock server can serve and validate), becomes `Decimal`/`int` instead of the generator's str.
        """
        _, operation = self._operation(path, method)
        response = self._resolve(operation["responses"][str(status)])
        for content_type, media in list(response.get("content", {}).items())[:1]:
            if content_type.startswith("text/"):
                return self._text_number(content_type, self._resolve(media.get("schema", {})))
        return None

    @staticmethod
    def _text_number(content_type: str, schema: dict[str, Any]) -> MediaAlternative | None:
        if schema.get("type") == "number" or schema.get("format") == "decimal":
            return MediaAlternative(content_type, "Decimal", "to_decimal(response.text.strip())", None)
        if schema.get("type") == "integer":
            return MediaAlternative(content_type, "int", "int(response.text.strip())", None)
        return None

    def extra_media(self, path: object, method: str, status: str) -> list[MediaAlternative]:
        """The media types of a response after the first one (which the generator handles)."""
        _, operation = self._operation(path, method)
        response = self._resolve(operation["responses"][str(status)])
        return [self._alternative(ct, media) for ct, media in list(response.get("content", {}).items())[1:]]

    def _alternative(self, content_type: str, media: dict[str, Any]) -> MediaAlternative:
        schema = media.get("schema", {})
        ref = schema.get("$ref") if isinstance(schema, dict) else None
        resolved = self._resolve(schema)
        if ref is not None and content_type in JSON_TYPES and resolved.get("type") == "object":
            class_name = ClassName(str(ref).rsplit("/", 1)[-1], self.field_prefix)
            module = PythonIdentifier(class_name, self.field_prefix)
            return MediaAlternative(
                content_type,
                class_name,
                f"cast({class_name}, {class_name}._read(json_body(response), '', None))",
                f"from ...models.{module} import {class_name}",
            )
        text_number = self._text_number(content_type, resolved) if content_type.startswith("text/") else None
        if text_number is not None:
            return text_number
        if resolved.get("format") == "binary" or content_type not in JSON_TYPES:
            return MediaAlternative(content_type, "File", "file_from_response(response)", None)
        raise ValueError(f"response media type {content_type} with schema {schema} has no parser")
