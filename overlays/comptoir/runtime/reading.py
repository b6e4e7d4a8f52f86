"""The tolerant response reader: never lose a page over a harmless deviation, never store a wrong value.

Every reader has the signature ``read_x(value, path, key)``: ``path`` is the JSON pointer of the
enclosing object or array and ``key`` the member name or index (``None`` for the document itself),
so a path string is only built when something is wrong. Each reader

- passes ``None`` through (a ``null`` anywhere parses to ``None``) and ``UNSET`` (absent) too;
- accepts the harmless deviations real servers send: numeric strings for numbers, a date-time for a
  date and a date for a date-time, enum member names as well as values, unknown enum values;
- raises :class:`~comptoir.errors.ResponseValidationError` naming the path for anything else.

Generated models call these from ``from_dict``; the call machinery adds the API, operation and response.
"""

from __future__ import annotations

import datetime
import enum
import re
import uuid
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from io import BytesIO
from typing import Any, TypeVar

from dateutil.parser import isoparse

from ..errors import ResponseValidationError
from .types import UNSET, File

T = TypeVar("T")
E = TypeVar("E", bound=enum.Enum)
Reader = Callable[[Any, str, "str | int | None"], T]

_INTEGER = re.compile(r"[+-]?\d{1,40}\Z")
_MAX_GOT = 60


def pointer(path: str, key: str | int | None) -> str:
    """The JSON pointer of ``key`` inside the value at ``path`` (RFC 6901 escaping)."""
    if key is None:
        return path
    if key.__class__ is int:
        return f"{path}/{key}"
    return f"{path}/{str(key).replace('~', '~0').replace('/', '~1')}"


def describe(value: object) -> str:
    """A short description of an unexpected value for an error message."""
    if isinstance(value, (dict, Mapping)):
        return "an object"
    if isinstance(value, (list, tuple)):
        return "an array"
    text = repr(value)
    if len(text) > _MAX_GOT:
        text = text[: _MAX_GOT - 1] + "…"
    return f"{type(value).__name__} {text}"


def invalid(path: str, key: str | int | None, expected: str, value: object) -> ResponseValidationError:
    """The error for a value that does not fit what the spec declares at this place."""
    return ResponseValidationError(path=pointer(path, key), expected=expected, got=describe(value))


def missing(path: str, key: str, expected: str) -> ResponseValidationError:
    """The error for a required member that is absent."""
    return ResponseValidationError(path=pointer(path, key), expected=f"{expected} (required)", got="nothing")


def read_any(value: Any, path: str, key: str | int | None) -> Any:
    """Any JSON value, as decoded."""
    return value


def read_none(value: Any, path: str, key: str | int | None) -> Any:
    """Only ``null``."""
    if value is None or value is UNSET:
        return None
    raise invalid(path, key, "null", value)


def read_file(value: Any, path: str, key: str | int | None) -> Any:
    """File content (bytes or text, as a multipart example gives it) as a :class:`File`."""
    if value is None or value is UNSET or isinstance(value, File):
        return value
    if isinstance(value, (bytes, str)):
        return File(payload=BytesIO(value.encode() if isinstance(value, str) else value))
    raise invalid(path, key, "file content", value)


def read_str(value: Any, path: str, key: str | int | None) -> Any:
    """A string."""
    if value.__class__ is str or value is None or value is UNSET:
        return value
    if isinstance(value, str):
        return str(value)
    raise invalid(path, key, "a string", value)


def read_int(value: Any, path: str, key: str | int | None) -> Any:
    """An integer; also an integral decimal (``7.0``) or a numeric string (``"7"``)."""
    kind = value.__class__
    if kind is int or value is None or value is UNSET:
        return value
    if kind is Decimal and value.is_finite() and value == value.to_integral_value():
        return int(value)
    if kind is float and value.is_integer():
        return int(value)
    if isinstance(value, str) and _INTEGER.match(value.strip()):
        return int(value.strip())
    raise invalid(path, key, "an integer", value)


def read_decimal(value: Any, path: str, key: str | int | None) -> Any:
    """A number as an exact Decimal; also a numeric string (``"500.00"``). NaN and infinities are refused."""
    kind = value.__class__
    if value is None or value is UNSET:
        return value
    try:
        if kind is Decimal:
            number = value
        elif kind is int:
            return Decimal(value)
        elif kind is float:
            number = Decimal(repr(value))
        elif isinstance(value, str) and value.strip():
            number = Decimal(value.strip())
        else:
            raise invalid(path, key, "a number", value)
    except InvalidOperation:
        raise invalid(path, key, "a number", value) from None
    if not number.is_finite():
        raise invalid(path, key, "a finite number", value)
    return number


def read_bool(value: Any, path: str, key: str | int | None) -> Any:
    """A boolean; also the strings ``"true"`` and ``"false"``."""
    if value.__class__ is bool or value is None or value is UNSET:
        return value
    if value in {"true", "false"}:
        return value == "true"
    raise invalid(path, key, "a boolean", value)


def read_date(value: Any, path: str, key: str | int | None) -> Any:
    """A date (``2023-12-14``); a date-time is accepted and its date kept."""
    if value is None or value is UNSET:
        return value
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            pass
        try:
            return isoparse(value).date()
        except (ValueError, OverflowError):
            pass
    raise invalid(path, key, "a date", value)


def read_datetime(value: Any, path: str, key: str | int | None) -> Any:
    """A date-time (RFC 3339, or ISO 8601 without offset); a plain date is read as its midnight."""
    if value is None or value is UNSET:
        return value
    if isinstance(value, str):
        try:
            return datetime.datetime.fromisoformat(value)
        except ValueError:
            pass
        try:
            return isoparse(value)
        except (ValueError, OverflowError):
            pass
    raise invalid(path, key, "a date-time", value)


def read_uuid(value: Any, path: str, key: str | int | None) -> Any:
    """A UUID."""
    if value is None or value is UNSET:
        return value
    if isinstance(value, str):
        try:
            return uuid.UUID(value)
        except ValueError:
            pass
    raise invalid(path, key, "a UUID", value)


def read_enum(cls: type[E], value: Any, path: str, key: str | int | None) -> Any:
    """An enum member by value (unknown values are kept by the generated enums) or by member name."""
    if value is None or value is UNSET:
        return value
    if value.__class__ is not bool:
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        try:
            return cls(value)
        except (ValueError, TypeError):
            pass
        if isinstance(value, str):
            member = cls.__members__.get(value) or _members_by_name(cls).get(_name_key(value))
            if member is not None:
                return member
            if issubclass(cls, int) and _INTEGER.match(value.strip()):
                return read_enum(cls, int(value.strip()), path, key)
        elif value.__class__ is Decimal and value.is_finite() and value == value.to_integral_value():
            return read_enum(cls, int(value), path, key)
    names = ", ".join(repr(member.value) for member in cls)
    raise invalid(path, key, f"one of {cls.__name__} ({names})", value)


def _name_key(name: str) -> str:
    return re.sub(r"[^A-Z0-9]", "", name.upper())


@lru_cache(maxsize=256)
def _members_by_name(cls: type[E]) -> dict[str, E]:
    """Members by a spelling-insensitive name: ``Reimbursement``, ``REIMBURSEMENT``, ``reimbursement``."""
    return {_name_key(name): member for name, member in cls.__members__.items()}


def read_literal(allowed: Sequence[object], value: Any, path: str, key: str | int | None) -> Any:
    """One of a fixed set of values."""
    if value is None or value is UNSET or (value in allowed and value.__class__ is not bool):
        return value
    raise invalid(path, key, "one of " + ", ".join(repr(item) for item in allowed), value)


def read_list(value: Any, path: str, key: str | int | None, item: Reader[T]) -> Any:
    """An array, each item read by ``item``."""
    if value.__class__ is list:
        here = pointer(path, key)
        return [item(element, here, index) for index, element in enumerate(value)]
    if value is None or value is UNSET:
        return value
    raise invalid(path, key, "an array", value)


def read_dict(value: Any, path: str, key: str | int | None, item: Reader[T]) -> Any:
    """An object used as a map, each member read by ``item``."""
    if isinstance(value, Mapping):
        here = pointer(path, key)
        return {str(name): item(element, here, name) for name, element in value.items()}
    if value is None or value is UNSET:
        return value
    raise invalid(path, key, "an object", value)


def read_union(value: Any, path: str, key: str | int | None, readers: Sequence[Reader[Any]], expected: str) -> Any:
    """The first of several alternatives (``oneOf``/``anyOf``/type lists) that reads the value.

    An alternative the value already is exactly wins first (``"7"`` stays a string when a string is
    allowed, a date-time stays a date-time beside a date); only then are the harmless conversions tried.
    """
    if value is None or value is UNSET:
        return value
    for reader in readers:
        exact = _EXACT.get(reader)
        if (exact is not None and exact(value)) or _known_member(reader, value):
            return reader(value, path, key)
    for reader in readers:
        try:
            return reader(value, path, key)
        except ResponseValidationError:
            continue
    raise invalid(path, key, expected, value)


def _known_member(reader: Reader[Any], value: object) -> bool:
    """True when ``reader`` is an enum's ``_read`` and ``value`` one of its declared values."""
    owner = getattr(reader, "__self__", None)
    if not (isinstance(owner, type) and issubclass(owner, enum.Enum)) or value.__class__ is bool:
        return False
    try:
        return value in owner._value2member_map_
    except TypeError:  # unhashable
        return False


def _is_iso_date(value: object) -> bool:
    return isinstance(value, str) and len(value) == 10 and _ISO_DATE.match(value) is not None


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
_EXACT: dict[Callable[..., Any], Callable[[object], bool]] = {
    read_str: lambda value: isinstance(value, str),
    read_int: lambda value: value.__class__ is int,
    read_decimal: lambda value: value.__class__ in (Decimal, float),
    read_bool: lambda value: value.__class__ is bool,
    read_date: _is_iso_date,
    read_datetime: lambda value: isinstance(value, str) and not _is_iso_date(value),
}


def read_object(value: Any, path: str, key: str | int | None, build: Callable[[Mapping[str, Any], str], T]) -> Any:
    """A JSON object read into a model by ``build(mapping, pointer)``."""
    if isinstance(value, Mapping):
        return build(value, pointer(path, key))
    if value is None or value is UNSET:
        return value
    raise invalid(path, key, "an object", value)
