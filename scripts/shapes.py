"""Python expressions the templates emit per property: readers, dumpers, annotations, argument checks.

Exposed to the templates as the Jinja global ``shape``. A *reader* is a function expression of the
runtime's reader signature ``(value, path, key)`` (see ``comptoir.runtime.reading``); a *dumper* turns
a field into JSON data with the strict checks of ``comptoir.runtime.checks``.
"""

from __future__ import annotations

from typing import Any

from openapi_python_client.strings import ClassName, PythonIdentifier
from specbundle import resolve

_PRIMITIVE_READERS = {
    "StringProperty": "read_str",
    "IntProperty": "read_int",
    "FloatProperty": "read_decimal",
    "BooleanProperty": "read_bool",
    "DateProperty": "read_date",
    "DateTimeProperty": "read_datetime",
    "UuidProperty": "read_uuid",
    "AnyProperty": "read_any",
    "NoneProperty": "read_none",
    "FileProperty": "read_file",
}
_FAST_CLASS = {"StringProperty": "str", "IntProperty": "int", "BooleanProperty": "bool", "FloatProperty": "Decimal"}
_COMPOSITE = frozenset({"LiteralEnumProperty", "ConstProperty", "ListProperty", "UnionProperty"})
"""Kinds read by a runtime helper taking the item readers (a reader of one is a lambda around it)."""
_KINDS = {
    "StringProperty": "str",
    "IntProperty": "int",
    "FloatProperty": "number",
    "BooleanProperty": "bool",
    "DateProperty": "date",
    "DateTimeProperty": "datetime",
    "UuidProperty": "uuid",
    "ListProperty": "list",
    "FileProperty": "file",
    "EnumProperty": "enum",
    "ModelProperty": "model",
}
_EXPECTED = {
    "StringProperty": "a string",
    "IntProperty": "an integer",
    "FloatProperty": "a number",
    "BooleanProperty": "a boolean",
    "DateProperty": "a date",
    "DateTimeProperty": "a date-time",
    "UuidProperty": "a UUID",
    "ListProperty": "an array",
    "ModelProperty": "an object",
    "EnumProperty": "an enum value",
    "NoneProperty": "null",
}
_SCHEMA_CONSTRAINTS = {
    "minimum": "minimum",
    "maximum": "maximum",
    "exclusiveMinimum": "exclusive_minimum",
    "exclusiveMaximum": "exclusive_maximum",
    "minLength": "min_length",
    "maxLength": "max_length",
    "pattern": "pattern",
    "minItems": "min_items",
    "maxItems": "max_items",
}


def _kind(prop: Any) -> str:
    return type(prop).__name__


def _name(prop: Any) -> str:
    """A property's name in the spec (the generator wraps spec strings in UntrustedString)."""
    get_value = getattr(prop.name, "get_untrusted_value", None)
    return str(get_value()) if callable(get_value) else str(prop.name)


def _expected(prop: Any) -> str:
    if _kind(prop) in ("EnumProperty", "ModelProperty"):
        return f"a {prop.class_info.name}"
    return _EXPECTED.get(_kind(prop), "a value")


def _class_name(prop: Any) -> str | None:
    return str(prop.class_info.name) if _kind(prop) in ("EnumProperty", "ModelProperty") else None


def _code(value: Any) -> str:
    as_code = getattr(value, "as_unembedded_code", None)
    return str(as_code()) if callable(as_code) else str(value)


class Shapes:
    """The per-property code the templates need, derived from the generator's property objects."""

    def __init__(self, spec: dict[str, Any], prefix: str = "field_") -> None:
        self.spec = spec
        self.prefix = prefix

    # Reading (responses) -------------------------------------------------------------------------

    def reader(self, prop: Any) -> str:
        """A reader function expression ``(value, path, key) -> value`` for this property."""
        kind = _kind(prop)
        if kind in _PRIMITIVE_READERS:
            return _PRIMITIVE_READERS[kind]
        if kind in ("ModelProperty", "EnumProperty"):
            return f"{prop.class_info.name}._read"
        if kind in _COMPOSITE:
            return f"lambda v, p, k: {self.read_call(prop, 'v', 'p', 'k')}"
        return "read_any"

    def read_call(self, prop: Any, value: str, path: str, key: str) -> str:
        """An expression reading ``value`` (member ``key`` of the value at ``path``) as this property."""
        kind = _kind(prop)
        if kind == "LiteralEnumProperty":
            values = ", ".join(repr(value) for value in prop.values.values())
            return f"read_literal(({values},), {value}, {path}, {key})"
        if kind == "ConstProperty":
            return f"read_literal(({prop.value.python_code!s},), {value}, {path}, {key})"
        if kind == "ListProperty":
            return f"read_list({value}, {path}, {key}, {self.reader(prop.inner_property)})"
        if kind == "UnionProperty":
            readers, expected = self._union(prop)
            return f"read_union({value}, {path}, {key}, ({readers},), {expected!r})"
        return f"{self.reader(prop)}({value}, {path}, {key})"

    def _union(self, prop: Any) -> tuple[str, str]:
        inner = [item for item in prop.inner_properties if _kind(item) != "NoneProperty"]
        readers = ", ".join(self.reader(item) for item in inner)
        expected = " or ".join(_expected(item) for item in inner) or "null"
        return readers, expected

    def read_statement(self, prop: Any, source: str) -> str:
        """Statements reading ``source`` (the raw member or UNSET) into ``prop.python_name``."""
        name = prop.python_name
        key = repr(_name(prop))
        lines = [f"{name} = {source}"]
        required = prop.required
        if _kind(prop) == "UnionProperty":
            non_null = [item for item in prop.inner_properties if _kind(item) != "NoneProperty"]
            if len(non_null) == 1:  # a nullable X reads as X: every reader passes null through
                prop = non_null[0]
        kind = _kind(prop)
        if required:
            expected = _EXPECTED.get(kind, "a value")
            lines += [f"if {name} is UNSET:", f"    raise missing(_path, {key}, {expected!r})"]
        if kind in _FAST_CLASS:
            reader = _PRIMITIVE_READERS[kind]
            lines += [
                f"if {name}.__class__ is not {_FAST_CLASS[kind]}:",
                f"    {name} = {reader}({name}, _path, {key})",
            ]
        elif kind == "AnyProperty":
            pass
        elif kind == "EnumProperty":  # fast path: a known value of the declared JSON type
            member_map = f"{prop.class_info.name}._value2member_map_"
            native = "str" if prop.value_type is str else "int"
            lines += [
                f"if {name}.__class__ is {native} and {name} in {member_map}:",
                f"    {name} = {member_map}[{name}]",
                f"elif {name} is not UNSET:",
                f"    {name} = {self.read_call(prop, name, '_path', key)}",
            ]
        else:
            lines += [f"if {name} is not UNSET:", f"    {name} = {self.read_call(prop, name, '_path', key)}"]
        return "\n".join(lines)

    # Declaring ---------------------------------------------------------------------------------

    def annotation(self, prop: Any) -> str:
        """The field's type: the generator's, plus ``None`` (a ``null`` from the server reads as None)."""
        text = _code(prop.get_type_string())
        parts = [part.strip() for part in text.split("|")]
        if "None" in parts or "Any" in parts:
            return text
        if parts[-1] == "Unset":
            return " | ".join([*parts[:-1], "None", "Unset"])
        return f"{text} | None"

    @staticmethod
    def optional(type_string: Any) -> str:
        """``type_string | None`` unless it already admits None."""
        text = _code(type_string)
        return text if "None" in [part.strip() for part in text.split("|")] else f"{text} | None"

    def declare(self, prop: Any) -> str:
        """The attrs field declaration of a property."""
        declaration = f"{prop.python_name}: {self.annotation(prop)}"
        if prop.default is not None:
            return f"{declaration} = {_code(prop.default.python_code)}"
        if not prop.required:
            return f"{declaration} = UNSET"
        return declaration

    def nullable(self, prop: Any) -> bool:
        """True when the spec itself allows ``null`` (not only the tolerant reader)."""
        return (_kind(prop) == "UnionProperty" and any(
            _kind(item) == "NoneProperty" for item in prop.inner_properties
        )) or _kind(prop) in ("AnyProperty", "NoneProperty")  # fmt: skip

    # Writing (requests) ------------------------------------------------------------------------

    def dump_expr(self, prop: Any, source: str, where: str) -> str:
        """An expression turning a set field into JSON data, refusing a value of the wrong type."""
        kind = _kind(prop)
        nullable = self.nullable(prop)
        if kind == "EnumProperty":
            return f"dump({source}, {where!r}, 'enum', {nullable}, {prop.class_info.name})"
        if kind in _KINDS and kind != "ModelProperty":
            return f"dump({source}, {where!r}, {_KINDS[kind]!r}, {nullable})"
        if kind == "ModelProperty":
            return f"dump_model({source}, {where!r}, {prop.class_info.name}, {nullable})"
        return f"to_json({source})"

    # Client defaults ---------------------------------------------------------------------------

    def client_default(self, endpoint: Any, prop: Any, location: str) -> str | None:
        """The wire name of a parameter a client default may fill (``x-comptoir-client-defaults``).

        A path parameter qualifies only as the operation's last path parameter: an optional
        positional argument cannot come before a required one.
        """
        name = _name(prop)
        declared = any(
            entry.get("name") == name and entry.get("in") == location
            for entry in self.spec.get("x-comptoir-client-defaults") or []
        )
        if not declared:
            return None
        if location == "path" and endpoint.path_parameters[-1].python_name != prop.python_name:
            return None
        return name

    def declare_parameter(self, endpoint: Any, prop: Any, location: str) -> str:
        """A parameter in a function signature: optional when a client default may fill it."""
        if self.client_default(endpoint, prop, location) is None:
            return _code(prop.to_string())
        return f"{prop.python_name}: {_code(prop.get_type_string(no_optional=True))} | Unset = UNSET"

    def fill_defaults(self, endpoint: Any) -> str:
        """Statements filling omitted parameters from the client's defaults, then the spec's."""
        lines = []
        for location, parameters in (
            ("path", endpoint.path_parameters),
            ("query", endpoint.query_parameters),
            ("header", endpoint.header_parameters),
        ):
            for prop in parameters:
                wire = self.client_default(endpoint, prop, location)
                if wire is not None:
                    fallback = _code(prop.default.python_code) if prop.default is not None else "UNSET"
                    lines.append(
                        f"{prop.python_name} = client_default(client, {wire!r}, {prop.python_name}, {fallback})"
                    )
        return "\n".join(lines)

    # Paging ------------------------------------------------------------------------------------

    def paging(self, endpoint: Any, operation: dict[str, Any]) -> dict[str, Any] | None:
        """What the paging helpers of a paged operation need, from its ``x-comptoir-paging``."""
        extension = operation.get("x-comptoir-paging")
        if not extension:
            return None
        by_name = {_name(prop): prop for prop in endpoint.query_parameters}
        page = next(r.prop for r in endpoint.responses if r.status_code.range[0] == 200)
        body = resolve(self.spec, operation["responses"]["200"])["content"]["application/json"]["schema"]
        items = [segment for segment in str(extension["items"]).split("/") if segment]
        holder = body
        for segment in items:
            holder = resolve(self.spec, holder)["properties"][segment]
        item_type = self._class_of(resolve(self.spec, holder)["items"])
        items_expression = "page" + "".join(f".{PythonIdentifier(segment, self.prefix)}" for segment in items)
        total = [PythonIdentifier(part, self.prefix) for part in str(extension.get("total") or "").split("/") if part]
        return {
            "offset": by_name[extension["offset"]].python_name,
            "limit": by_name[extension["limit"]].python_name,
            "maximum": int(extension["maximum"]),
            "page_type": _code(page.get_type_string()),
            "item_type": item_type,
            "items_expression": items_expression,
            "total_path": tuple(str(name) for name in total),
        }

    def _class_of(self, schema: dict[str, Any]) -> str:
        """The Python type of an array's items: a model class, or a JSON primitive."""
        if "$ref" in schema:
            return "models." + str(ClassName(str(schema["$ref"]).rsplit("/", 1)[-1], self.prefix))
        kind = resolve(self.spec, schema).get("type")
        return {"integer": "int", "number": "Decimal", "string": "str", "boolean": "bool"}.get(str(kind), "Any")

    # Checking arguments ------------------------------------------------------------------------

    def check_call(self, operation_id: str, prop: Any, schema: dict[str, Any] | None, *, path: bool) -> str:
        """``check_arg(...)`` for one parameter: its declared kind and the schema's constraints."""
        kind = _kind(prop)
        arguments = [repr(operation_id), repr(_name(prop)), prop.python_name]
        inner = prop
        if kind == "UnionProperty":
            non_null = [item for item in prop.inner_properties if _kind(item) != "NoneProperty"]
            inner = non_null[0] if len(non_null) == 1 else prop
        inner_kind = _kind(inner)
        if inner_kind == "UnionProperty":
            alternatives = [
                f"({_KINDS.get(_kind(item), 'any')!r}, {_class_name(item)})"
                for item in inner.inner_properties
                if _kind(item) != "NoneProperty"
            ]
            arguments += ["'union'", f"alternatives=({', '.join(alternatives)},)"]
        else:
            arguments.append(repr(_KINDS.get(inner_kind, "any")))
        if prop.required:
            arguments.append("required=True")
        if self.nullable(prop):
            arguments.append("nullable=True")
        if inner_kind == "EnumProperty":
            arguments.append(f"enum_cls={inner.class_info.name}")
        if inner_kind == "ModelProperty":
            arguments.append(f"model={inner.class_info.name}")
        if inner_kind == "ListProperty":
            item = inner.inner_property
            arguments.append(f"items={_KINDS.get(_kind(item), 'any')!r}")
            if _kind(item) == "EnumProperty":
                arguments.append(f"items_enum={item.class_info.name}")
        if path:
            arguments.append("path_segment=True")
        schema = resolve(self.spec, schema or {})
        for spec_name, python_name in _SCHEMA_CONSTRAINTS.items():
            if spec_name in schema and not isinstance(schema[spec_name], bool):
                arguments.append(f"{python_name}={schema[spec_name]!r}")
        return f"{prop.python_name} = check_arg({', '.join(arguments)})"
