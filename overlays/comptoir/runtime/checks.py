"""The strict writer: every argument and body field is checked against the spec before anything is sent.

Generated ``_get_kwargs`` functions call :func:`check_arg` once per parameter, and generated models'
``to_dict`` call :func:`dump` once per field. Errors are :class:`~comptoir.errors.ArgumentTypeError`
(also a ``TypeError``) or :class:`~comptoir.errors.ArgumentValueError` (also a ``ValueError``) naming
the operation and the parameter or field.
"""

from __future__ import annotations

import datetime
import enum
import math
import re
import uuid
from collections.abc import Mapping
from decimal import Decimal
from functools import lru_cache
from typing import Any

from ..errors import ArgumentTypeError, ArgumentValueError, InvalidArgument
from .types import UNSET, File

_KIND_TYPES: dict[str, tuple[type, ...]] = {
    "str": (str,),
    "int": (int,),
    "number": (Decimal, int, float),
    "bool": (bool,),
    "date": (datetime.date,),
    "datetime": (datetime.datetime,),
    "uuid": (uuid.UUID,),
    "list": (list, tuple),
    "file": (File,),
}
_KIND_NAMES = {
    "str": "a string",
    "int": "an integer",
    "number": "a number",
    "bool": "a boolean",
    "date": "a datetime.date",
    "datetime": "a datetime.datetime",
    "uuid": "a uuid.UUID",
    "list": "a list",
    "file": "a File",
}
_DOT_SEGMENTS = ("", ".", "..")


@lru_cache(maxsize=512)
def _pattern(text: str) -> re.Pattern[str]:
    return re.compile(text)


def _type_name(value: object) -> str:
    return "None" if value is None else type(value).__name__


def _fits(value: object, kind: str) -> bool:
    if kind in ("int", "number") and isinstance(value, bool):
        return False
    if kind == "date" and isinstance(value, datetime.datetime):
        return False
    if kind == "number" and isinstance(value, float):
        return math.isfinite(value)
    if kind == "number" and isinstance(value, Decimal):
        return value.is_finite()
    return isinstance(value, _KIND_TYPES[kind])


def _enum_value(cls: type[enum.Enum], value: object, operation: str, name: str) -> enum.Enum:
    if isinstance(value, cls) and value._value_ in cls._value2member_map_:
        return value
    if not isinstance(value, bool) and value in cls._value2member_map_:
        return cls._value2member_map_[value]
    allowed = ", ".join(repr(member.value) for member in cls)
    error = ArgumentValueError if isinstance(value, (str, int, cls)) else ArgumentTypeError
    raise error(f"must be one of {cls.__name__} ({allowed}), got {value!r}"[:300], operation=operation, parameter=name)


def check_arg(  # noqa: PLR0911, PLR0912 - one branch per kind of constraint, in the order the spec lists them
    operation: str,
    name: str,
    value: Any,
    kind: str,
    *,
    required: bool = False,
    nullable: bool = False,
    enum_cls: type[enum.Enum] | None = None,
    model: type | None = None,
    items: str | None = None,
    items_enum: type[enum.Enum] | None = None,
    path_segment: bool = False,
    minimum: float | None = None,
    maximum: float | None = None,
    exclusive_minimum: float | None = None,
    exclusive_maximum: float | None = None,
    min_length: int | None = None,
    max_length: int | None = None,
    pattern: str | None = None,
    min_items: int | None = None,
    max_items: int | None = None,
    alternatives: tuple[tuple[str, type | None], ...] = (),
) -> Any:
    """Check one argument of ``operation`` against its spec; return it (a valid enum value as its member).

    ``kind`` is the declared JSON type (``str``, ``int``, ``number``, ``bool``, ``date``, ``datetime``,
    ``uuid``, ``enum``, ``model``, ``list``, ``any``); the keyword constraints are the schema's.
    """
    if value is UNSET:
        if required:
            raise ArgumentTypeError("is required", operation=operation, parameter=name)
        return value
    if value is None:
        if nullable:
            return value
        what = "is required and" if required else "is optional (leave it out instead) and"
        raise ArgumentTypeError(f"{what} cannot be None", operation=operation, parameter=name)
    if kind == "enum" and enum_cls is not None:
        return _enum_value(enum_cls, value, operation, name)
    if kind == "union":
        return _one_of(operation, name, value, alternatives)
    if kind == "model" and model is not None:
        if not isinstance(value, model):
            raise ArgumentTypeError(
                f"must be a {model.__name__}, got {_type_name(value)}", operation=operation, parameter=name
            )
        return value
    if kind == "list":
        if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, (list, tuple)):
            raise ArgumentTypeError(
                f"must be a list, got {_type_name(value)} (wrap a single value in a list)",
                operation=operation,
                parameter=name,
            )
        checked = [
            check_arg(operation, f"{name}[{index}]", item, items or "any", required=True, enum_cls=items_enum)
            for index, item in enumerate(value)
        ]
        _check_size(operation, name, len(checked), (min_items, max_items), "items")
        return checked
    if kind == "uuid" and isinstance(value, str):
        try:
            return uuid.UUID(value)
        except ValueError:
            raise ArgumentValueError("is not a UUID", operation=operation, parameter=name) from None
    if kind in _KIND_TYPES and not _fits(value, kind):
        raise ArgumentTypeError(
            f"must be {_KIND_NAMES[kind]}, got {_type_name(value)}", operation=operation, parameter=name
        )
    if path_segment and str(value) in _DOT_SEGMENTS:
        raise ArgumentValueError(
            f"{str(value)!r} cannot be a path segment (it would change the URL's path)",
            operation=operation,
            parameter=name,
        )
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        _check_range(operation, name, value, (minimum, maximum, exclusive_minimum, exclusive_maximum))
    if isinstance(value, str):
        _check_size(operation, name, len(value), (min_length, max_length), "characters")
        if pattern is not None and _pattern(pattern).search(value) is None:
            raise ArgumentValueError(f"must match the pattern {pattern!r}", operation=operation, parameter=name)
    return value


def _one_of(operation: str, name: str, value: Any, alternatives: tuple[tuple[str, type | None], ...]) -> Any:
    for kind, cls in alternatives:
        try:
            return check_arg(
                operation, name, value, kind, required=True,
                enum_cls=cls if kind == "enum" else None, model=cls if kind == "model" else None,
            )  # fmt: skip
        except InvalidArgument:
            continue
    wanted = " or ".join(cls.__name__ if cls is not None else _KIND_NAMES.get(kind, kind) for kind, cls in alternatives)
    raise ArgumentTypeError(f"must be {wanted}, got {_type_name(value)}", operation=operation, parameter=name)


def _check_range(operation: str, name: str, value: float | Decimal, bounds: tuple[float | None, ...]) -> None:
    minimum, maximum, exclusive_minimum, exclusive_maximum = bounds
    problem = None
    if minimum is not None and value < minimum:
        problem = f"must be at least {minimum}"
    elif maximum is not None and value > maximum:
        problem = f"must be at most {maximum}"
    elif exclusive_minimum is not None and value <= exclusive_minimum:
        problem = f"must be greater than {exclusive_minimum}"
    elif exclusive_maximum is not None and value >= exclusive_maximum:
        problem = f"must be less than {exclusive_maximum}"
    if problem:
        raise ArgumentValueError(f"{problem}, got {value}", operation=operation, parameter=name)


def _check_size(operation: str, name: str, size: int, bounds: tuple[int | None, int | None], unit: str) -> None:
    low, high = bounds
    if low is not None and size < low:
        raise ArgumentValueError(f"must have at least {low} {unit}, got {size}", operation=operation, parameter=name)
    if high is not None and size > high:
        raise ArgumentValueError(f"must have at most {high} {unit}, got {size}", operation=operation, parameter=name)


def dump(value: Any, where: str, kind: str, nullable: bool = False, enum_cls: type[enum.Enum] | None = None) -> Any:
    """One model field as JSON data, refusing a value of the wrong type (``where`` is ``Model.field``).

    Enum members become their values (a plain valid value is accepted), dates and date-times ISO 8601
    text, UUIDs text, models their ``to_dict()``; lists are converted item by item.
    """
    if value is None:
        if nullable:
            return None
        raise ArgumentTypeError("cannot be None (the field is not nullable; leave it unset)", parameter=where)
    if kind == "enum" and enum_cls is not None:
        if isinstance(value, enum.Enum):
            return value.value
        return _enum_value(enum_cls, value, "", where).value
    if kind in _KIND_TYPES and not _fits(value, kind):
        raise ArgumentTypeError(f"must be {_KIND_NAMES[kind]}, got {_type_name(value)}", parameter=where)
    return to_json(value)


def dump_model(value: Any, where: str, model: type, nullable: bool = False) -> Any:
    """A model field as JSON data: the nested model's ``to_dict()`` (a plain mapping is refused)."""
    if value is None and nullable:
        return None
    if not isinstance(value, model):
        raise ArgumentTypeError(f"must be a {model.__name__}, got {_type_name(value)}", parameter=where)
    return value.to_dict()  # type: ignore[attr-defined]


def to_json(value: Any) -> Any:  # noqa: PLR0911 - one return per JSON shape
    """Any value the generated code holds, as JSON data (the encoder writes Decimals exactly)."""
    if isinstance(value, enum.Enum):  # first: a StrEnum is a str and an IntEnum an int
        return value.value
    if value is None or isinstance(value, (str, int, Decimal)):
        return value
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, (list, tuple)):
        return [to_json(item) for item in value]
    if isinstance(value, Mapping):
        return {str(key): to_json(item) for key, item in value.items()}
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    return value
