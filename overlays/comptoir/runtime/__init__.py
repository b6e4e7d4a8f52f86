"""The hand-written core every generated package imports (openai-python's ``_base_client``/``_models``).

Generated code imports from here; nothing here imports generated code.
"""

from .calls import USER_AGENT, asend, client_default, detailed, json_body, send, success
from .checks import check_arg, dump, to_json
from .jsonio import json_dumps, json_loads, to_decimal
from .query import encode_query, file_from_response, form_parts
from .reading import (
    invalid,
    missing,
    pointer,
    read_any,
    read_bool,
    read_date,
    read_datetime,
    read_decimal,
    read_dict,
    read_enum,
    read_file,
    read_int,
    read_list,
    read_literal,
    read_none,
    read_object,
    read_str,
    read_union,
    read_uuid,
)
from .types import UNSET, CommaSeparated, File, FileContent, FileTypes, RequestFiles, Response, Unset

__all__ = [
    "UNSET",
    "USER_AGENT",
    "CommaSeparated",
    "File",
    "FileContent",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "asend",
    "check_arg",
    "client_default",
    "detailed",
    "dump",
    "encode_query",
    "file_from_response",
    "form_parts",
    "invalid",
    "json_body",
    "json_dumps",
    "json_loads",
    "missing",
    "pointer",
    "read_any",
    "read_bool",
    "read_date",
    "read_datetime",
    "read_decimal",
    "read_dict",
    "read_enum",
    "read_file",
    "read_int",
    "read_list",
    "read_literal",
    "read_none",
    "read_object",
    "read_str",
    "read_union",
    "read_uuid",
    "send",
    "success",
    "to_decimal",
    "to_json",
]
