"""The shared types of every comptoir client, re-exported from :mod:`comptoir.runtime`.

``Unset``, ``File`` and ``Response`` are the same classes in every generated package.
"""

from comptoir.runtime import (
    UNSET,
    CommaSeparated,
    File,
    FileContent,
    FileTypes,
    RequestFiles,
    Response,
    Unset,
    encode_query,
    file_from_response,
    form_parts,
    json_dumps,
    json_loads,
    to_decimal,
)

__all__ = [
    "UNSET",
    "CommaSeparated",
    "File",
    "FileContent",
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
