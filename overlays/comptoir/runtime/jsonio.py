"""Exact JSON: every non-integer number is a ``Decimal`` when read and written digit for digit."""

from __future__ import annotations

import json
from collections.abc import Mapping
from decimal import Decimal
from typing import Any


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


_parse = json.JSONDecoder(parse_float=Decimal, parse_constant=_refuse_constant).decode
_BOM = b"\xef\xbb\xbf"


def json_loads(content: bytes | str) -> Any:
    """Parse a JSON body, reading every non-integer number as an exact Decimal.

    Raises ``ValueError`` (``json.JSONDecodeError`` or ``UnicodeDecodeError``) on a bad body; the
    response reader turns it into a ``ResponseValidationError``.
    """
    if isinstance(content, bytes):
        content = (content[3:] if content.startswith(_BOM) else content).decode()  # UTF-8, a BOM tolerated
    return _parse(content)


def to_decimal(value: object) -> Decimal:
    """A JSON number as an exact Decimal (floats go through their shortest repr)."""
    if isinstance(value, bool) or not isinstance(value, (int, float, str, Decimal)):
        raise TypeError(f"expected a number, got {type(value).__name__}")
    decimal = Decimal(value) if not isinstance(value, float) else Decimal(repr(value))
    if not decimal.is_finite():
        raise ValueError(f"{value!r} is not a finite number")
    return decimal


def _encode(value: object, out: list[str]) -> None:
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"{value} cannot be sent as JSON")
        out.append(str(value))
    elif isinstance(value, Mapping):
        out.append("{")
        for index, (key, item) in enumerate(value.items()):
            out.append(("," if index else "") + json.dumps(str(key), ensure_ascii=False) + ":")
            _encode(item, out)
        out.append("}")
    elif isinstance(value, (list, tuple)):
        out.append("[")
        for index, item in enumerate(value):
            out.append("," if index else "")
            _encode(item, out)
        out.append("]")
    else:
        out.append(json.dumps(value, ensure_ascii=False, allow_nan=False))


def json_dumps(value: object) -> bytes:
    """Serialise a request body as compact UTF-8 JSON, writing Decimals digit for digit."""
    out: list[str] = []
    _encode(value, out)
    return "".join(out).encode("utf-8")
