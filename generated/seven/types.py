"""Contains some shared types for properties, and the exact JSON codec of the endpoints"""

import json
from collections.abc import Mapping, MutableMapping
from decimal import Decimal
from email.message import Message
from http import HTTPStatus
from io import BytesIO
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar
from urllib.parse import quote

import httpx
from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


class CommaSeparated(list[Any]):
    """A query value sent once as ``a,b`` (OpenAPI ``style: form, explode: false``)."""


def _query_text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def encode_query(params: Mapping[str, Any]) -> str:
    """Encode query parameters as the spec declares them, percent-encoding everything but our separators.

    A list is sent as repeated keys (exploded form); a :class:`CommaSeparated` list as one key whose
    items are joined by literal commas, a comma inside an item being sent as ``%2C``.
    """
    pairs: list[str] = []
    for key, value in params.items():
        name = quote(str(key), safe="")
        if isinstance(value, CommaSeparated):
            pairs.append(name + "=" + ",".join(quote(_query_text(item), safe="") for item in value))
        elif isinstance(value, list):
            pairs.extend(name + "=" + quote(_query_text(item), safe="") for item in value)
        else:
            pairs.append(name + "=" + quote(_query_text(value), safe=""))
    return "&".join(pairs)


def form_parts(name: str, value: object) -> RequestFiles:
    """Multipart parts for a form field of no declared type, by its runtime type.

    None is left out, a list is one part per item (OpenAPI's form default), an object one
    ``application/json`` part, anything else its text (booleans ``true``/``false``).
    """
    if value is None or isinstance(value, Unset):
        return []
    items = value if isinstance(value, (list, tuple)) else [value]
    return [(name, _form_part(item)) for item in items]


def _form_part(value: object) -> FileTypes:
    if value is None or isinstance(value, (Mapping, list, tuple)):
        return (None, json_dumps(value), "application/json")
    return (None, _query_text(value).encode(), "text/plain")


def file_from_response(response: httpx.Response) -> File:
    """A binary response as a File: its bytes, its Content-Type, and the Content-Disposition file name."""
    disposition = Message()
    disposition["content-disposition"] = response.headers.get("content-disposition", "")
    return File(
        payload=BytesIO(response.content),
        file_name=disposition.get_filename(),
        mime_type=response.headers.get("content-type"),
    )


def to_decimal(value: object) -> Decimal:
    """A JSON number as an exact Decimal (floats go through their shortest repr)."""
    if isinstance(value, bool) or not isinstance(value, (int, float, str, Decimal)):
        raise TypeError(f"expected a number, got {type(value).__name__}")
    decimal = Decimal(value) if not isinstance(value, float) else Decimal(repr(value))
    if not decimal.is_finite():
        raise ValueError(f"{value!r} is not a finite number")
    return decimal


def json_loads(content: bytes) -> Any:
    """Parse a JSON body, reading every non-integer number as an exact Decimal."""
    return json.loads(content, parse_float=Decimal)


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


__all__ = [
    "UNSET",
    "CommaSeparated",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "encode_query",
    "file_from_response",
    "form_parts",
    "json_dumps",
    "json_loads",
    "to_decimal",
]
