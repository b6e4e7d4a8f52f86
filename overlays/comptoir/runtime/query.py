"""Request encoding the generator gets wrong: query strings, multipart fields, binary responses."""

from __future__ import annotations

from collections.abc import Mapping
from email.message import Message
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from .jsonio import json_dumps
from .types import CommaSeparated, File, FileTypes, RequestFiles, Unset


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

    None is left out (also inside a list: a form has no null), a list is one part per item (OpenAPI's
    form default), an object one ``application/json`` part, anything else its text (booleans
    ``true``/``false``).
    """
    if value is None or isinstance(value, Unset):
        return []
    items = value if isinstance(value, (list, tuple)) else [value]
    return [(name, _form_part(item)) for item in items if item is not None]


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
