"""Build, print and parse EBP ``WhereCondition`` filters (SAAS Gescom and Batiment APIs).

The server reads a YAML tree of ``CustomFilter`` leaves (column, operator, valueType, value list)
joined by ``ImbricationFilter`` nodes (left, And/Or, right) and turns it into a SQL WHERE clause::

    from datetime import datetime
    from comptoir.ebp.where import Where, col

    cond = (col("Id") == "ANIM0001") | (col("sysModifiedDate") >= datetime(2021, 7, 12))
    cond.to_sql()  # "(Id = 'ANIM0001' Or sysModifiedDate >= '2021-07-12 00:00:00.000')"
    some_list_call(client, where_condition=cond.to_yaml())  # httpx URL-encodes it
    assert Where.from_yaml(cond.to_yaml()) == cond

Design choices:

- Only ``col(...)`` overloads ``==``. Tree nodes are frozen dataclasses: ``==`` and ``hash`` on
  them are structural (same shape, operators, value types and equal values). ``col(...)``
  objects are unhashable, since their ``==`` builds a filter.
- ``bool()`` of a tree raises ``TypeError``, so ``a and b`` cannot silently drop a branch.
- The node constructors hold every check, so built and parsed trees are validated alike.
  Problems raise ``WhereError`` (a ``ValueError``); parse errors start with the YAML path.
- ``str(cond)`` is ``cond.to_yaml()``, the wire form; ``to_sql()`` is only a preview.
- Dates are sent as ``'YYYY-MM-DD HH:MM:SS.fff'``: naive datetimes, truncated to the millisecond;
  a ``date`` means midnight. Decimals are sent in fixed-point notation.
- The YAML is laid out like the vendor doc's examples (key order, ``valueType :``, indentless
  lists, single-quoted strings); strings needing escapes are double-quoted on one line.
  ``IsNull``/``IsNotNull`` send ``value: []``.
"""

from __future__ import annotations

import enum
import functools
import math
import re
import threading
import urllib.parse
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, TypeAlias, TypeVar

import yaml

from ..errors import ComptoirError

__all__ = [
    "ColumnRef",
    "CustomFilter",
    "ImbricationFilter",
    "Junction",
    "Operator",
    "Scalar",
    "Value",
    "ValueType",
    "Where",
    "WhereError",
    "col",
]


class WhereError(ComptoirError, ValueError):
    """An invalid WhereCondition: bad column name, operator, value or YAML."""


class Operator(enum.Enum):
    """CustomFilter operators, spelled as the server expects them."""

    IN = "In"
    NOT_IN = "NotIn"
    LIKE = "Like"
    EQUAL = "Equal"
    DIFFERENT = "Different"
    LOWER = "Lower"
    LOWER_OR_EQUAL = "LowerOrEqual"
    UPPER = "Upper"
    UPPER_OR_EQUAL = "UpperOrEqual"
    IS_NULL = "IsNull"
    IS_NOT_NULL = "IsNotNull"
    BETWEEN = "Between"


class Junction(enum.Enum):
    """ImbricationFilter operators."""

    AND = "And"
    OR = "Or"


class ValueType(enum.Enum):
    """How the server reads the value list; Column means the values are column names."""

    STRING = "String"
    INT = "Int"
    DECIMAL = "Decimal"
    DATE = "Date"
    COLUMN = "Column"


class _NodeType(enum.Enum):
    CUSTOM = "CustomFilter"
    IMBRICATION = "ImbricationFilter"


Value: TypeAlias = str | int | Decimal | datetime
"""A value as stored in a CustomFilter (a Column value is stored as the column name)."""

# (minimum, maximum or None, wording for errors); every other operator takes exactly one value.
_ARITY: dict[Operator, tuple[int, int | None, str]] = {
    Operator.IN: (1, None, "at least 1 value"),
    Operator.NOT_IN: (1, None, "at least 1 value"),
    Operator.IS_NULL: (0, 0, "no value"),
    Operator.IS_NOT_NULL: (0, 0, "no value"),
    Operator.BETWEEN: (2, 2, "exactly 2 values"),
}
_SQL_OPERATOR = {
    Operator.IN: "In",
    Operator.NOT_IN: "Not In",
    Operator.LIKE: "Like",
    Operator.EQUAL: "=",
    Operator.DIFFERENT: "<>",
    Operator.LOWER: "<",
    Operator.LOWER_OR_EQUAL: "<=",
    Operator.UPPER: ">",
    Operator.UPPER_OR_EQUAL: ">=",
    Operator.IS_NULL: "Is Null",
    Operator.IS_NOT_NULL: "Is Not Null",
}
_STORED_TYPE: dict[ValueType, type] = {
    ValueType.STRING: str,
    ValueType.INT: int,
    ValueType.DECIMAL: Decimal,
    ValueType.DATE: datetime,
    ValueType.COLUMN: str,
}
_COLUMN_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*")
_DATE_TEXT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{3}")
_INT_TEXT = re.compile(r"[-+]?[0-9]+")
_DECIMAL_TEXT = re.compile(r"[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)")
_SURROGATE = re.compile("[\ud800-\udfff]")
_YAML_LINE_BREAK = re.compile("[\n\r\x85\u2028\u2029]")
_PRINTABLE_ASCII = re.compile("[ -~]*")

MAX_URL_BYTES = 8192
"""The longest URL-encoded WhereCondition ``to_yaml`` produces by default."""
MAX_YAML_DEPTH = 100
"""The deepest nesting of YAML mappings and lists ``from_yaml`` accepts (a balanced tree of
10,000 conditions is 16 deep)."""

_EnumT = TypeVar("_EnumT", bound=enum.Enum)


def _member(kind: type[_EnumT], name: object, what: str) -> _EnumT:
    """An enum member from its server spelling, ignoring case (the doc writes ``equal``, ``or``)."""
    if isinstance(name, kind):
        return name
    for member in kind:
        if isinstance(name, str) and member.value.lower() == name.lower():
            return member
    expected = ", ".join(member.value for member in kind)
    raise WhereError(f"unknown {what} {name!r}; expected one of {expected}")


def _check_column(name: object) -> str:
    if not isinstance(name, str) or not _COLUMN_NAME.fullmatch(name):
        raise WhereError(
            f"invalid column name {name!r}: use letters, digits and _, with . between parts (e.g. Unit.Caption)"
        )
    return name


def _check_value(value_type: ValueType, value: object) -> None:
    """Reject a stored value that is not the canonical Python value for ``value_type``."""
    if not isinstance(value, _STORED_TYPE[value_type]) or isinstance(value, bool):
        raise WhereError(f"{value!r} does not fit valueType {value_type.value}")
    if isinstance(value, Decimal) and not value.is_finite():
        raise WhereError(f"Decimal values must be finite, got {value}")
    if isinstance(value, datetime) and (value.tzinfo or value.microsecond % 1000):
        raise WhereError(f"Date values must be naive, in whole milliseconds, got {value!r}")
    if value_type is ValueType.COLUMN:
        _check_column(value)
    elif isinstance(value, str) and (surrogate := _SURROGATE.search(value)):
        raise WhereError(
            f"string value contains the surrogate code point U+{ord(surrogate.group()):04X}, "
            "which YAML and UTF-8 cannot carry"
        )


def _value_text(value: Value) -> str:
    """The value as the server reads it, unquoted."""
    if isinstance(value, datetime):
        return (
            f"{value.year:04d}-{value.month:02d}-{value.day:02d} {value.hour:02d}:"
            f"{value.minute:02d}:{value.second:02d}.{value.microsecond // 1000:03d}"
        )
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def _quote(text: str) -> str:
    """A one-line YAML scalar: single-quoted like the doc, double-quoted if it needs escapes."""
    if _PRINTABLE_ASCII.fullmatch(text):
        return "'" + text.replace("'", "''") + "'"  # what the emitter writes, without its cost
    style = '"' if _YAML_LINE_BREAK.search(text) else "'"
    dumped = yaml.safe_dump(text, default_style=style, allow_unicode=True, width=math.inf)
    return dumped.rstrip("\n")


@functools.lru_cache(maxsize=1024)
def _reads_as_text(column: str) -> bool:
    """Whether YAML reads the column name, unquoted, as that string."""
    return isinstance(yaml.safe_load(column), str)


class Where(ABC):
    """A WhereCondition tree: CustomFilter leaves joined by ImbricationFilter nodes."""

    @abstractmethod
    def to_sql(self) -> str:
        """A readable preview of the SQL the server builds, like the doc's "Résultat SQL"."""

    @abstractmethod
    def _yaml_lines(self, indent: int) -> Iterator[str]:
        """The YAML lines of this node, indented by ``indent`` spaces."""

    def to_yaml(self, *, max_url_bytes: int | None = MAX_URL_BYTES) -> str:
        """The YAML text to pass as the ``WhereCondition`` query parameter.

        Raises ``WhereError`` when the text, URL-encoded, exceeds ``max_url_bytes`` (8 KiB: what
        servers and proxies safely accept in a URL; ``None`` lifts the check) or nests deeper
        than :data:`MAX_YAML_DEPTH` (which ``from_yaml`` refuses).
        """
        lines = list(self._yaml_lines(0))
        depth = max(len(line) - len(line.lstrip(" ")) for line in lines) // 2 + 2
        if depth > MAX_YAML_DEPTH:
            raise WhereError(f"the condition nests {depth} levels deep in YAML, over {MAX_YAML_DEPTH}; simplify it")
        text = "\n".join(lines)
        if max_url_bytes is not None:
            size = len(urllib.parse.quote(text, safe=""))
            if size > max_url_bytes:
                raise WhereError(
                    f"the WhereCondition is {size} bytes once URL-encoded, over the {max_url_bytes} a URL can "
                    "safely carry: compare one column to many values with a single col(name).isin([...]) "
                    "instead of OR-ed equalities, or split the query"
                )
        return text

    def __str__(self) -> str:
        return self.to_yaml(max_url_bytes=None)

    def __and__(self, other: Where) -> ImbricationFilter:
        if not isinstance(other, Where):
            return NotImplemented
        return ImbricationFilter(self, Junction.AND, other)

    def __or__(self, other: Where) -> ImbricationFilter:
        if not isinstance(other, Where):
            return NotImplemented
        return ImbricationFilter(self, Junction.OR, other)

    def __bool__(self) -> bool:
        raise TypeError("a Where condition has no truth value: combine conditions with & and |, not and/or")

    @staticmethod
    def from_yaml(text: str) -> Where:
        """Parse and validate a WhereCondition YAML text (hand-written or from ``to_yaml``)."""
        try:
            _check_events(text)
            data = yaml.load(text, Loader=_StrictLoader)  # noqa: S506 - a SafeLoader subclass
        except yaml.YAMLError as error:
            raise WhereError(f"invalid YAML: {error}") from None
        return _from_data(data, "root")

    @staticmethod
    def from_query(encoded: str) -> Where:
        """Parse a URL-encoded WhereCondition, like the doc's "URL-ENCODED" examples."""
        return Where.from_yaml(urllib.parse.unquote_plus(encoded))


@dataclass(frozen=True)
class CustomFilter(Where):
    """One condition: ``column operator values``, the values read as ``value_type``."""

    column: str
    operator: Operator
    value_type: ValueType
    values: tuple[Value, ...] = ()

    def __post_init__(self) -> None:
        _check_column(self.column)
        if not isinstance(self.operator, Operator) or not isinstance(self.value_type, ValueType):
            raise WhereError(f"use Operator and ValueType members, got {self.operator!r}, {self.value_type!r}")
        low, high, wording = _ARITY.get(self.operator, (1, 1, "exactly 1 value"))
        count = len(self.values)
        if count < low or (high is not None and count > high):
            raise WhereError(f"{self.operator.value} on {self.column} takes {wording}, got {count}")
        for value in self.values:
            _check_value(self.value_type, value)

    def to_sql(self) -> str:
        items = [self._sql_value(value) for value in self.values]
        if self.operator is Operator.BETWEEN:
            return f"{self.column} Between {items[0]} And {items[1]}"
        if self.operator in (Operator.IN, Operator.NOT_IN):
            return f"{self.column} {_SQL_OPERATOR[self.operator]} ({', '.join(items)})"
        return " ".join([self.column, _SQL_OPERATOR[self.operator], *items])

    def _sql_value(self, value: Value) -> str:
        text = _value_text(value)
        if self.value_type in (ValueType.STRING, ValueType.DATE):
            return "'" + text.replace("'", "''") + "'"
        return text

    def _yaml_lines(self, indent: int) -> Iterator[str]:
        pad = " " * indent
        plain_column = _reads_as_text(self.column)  # not Null, Yes, On...
        numeric = self.value_type in (ValueType.INT, ValueType.DECIMAL)
        yield f"{pad}type: CustomFilter"
        yield f"{pad}column: {self.column if plain_column else _quote(self.column)}"
        yield f"{pad}operator: {self.operator.value}"
        yield f"{pad}valueType : {self.value_type.value}"
        yield f"{pad}value:" if self.values else f"{pad}value: []"
        for value in self.values:
            text = _value_text(value)
            yield f"{pad}- {text if numeric else _quote(text)}"


class ImbricationFilter(Where):
    """Conditions joined by one And/Or operator.

    A chain of one operator is n-ary: ``a | b | c``, ``(a | b) | c`` and ``a | (b | c)`` are the
    same node with operands ``(a, b, c)``, so 10,000 OR-ed conditions are one flat node, built in
    linear time (each ``|`` appends to a list shared with the node it extends, copying only when
    that node was extended before) and compared without recursion. The YAML form is the binary
    tree the server expects, balanced, so its depth is logarithmic in the number of operands;
    ``left`` and ``right`` are its two halves.
    """

    __slots__ = ("_count", "_hash", "_items", "_nesting", "_operands", "operator")
    operator: Junction
    _items: list[Where]
    _count: int
    _nesting: int
    _operands: tuple[Where, ...] | None
    _hash: int | None

    def __init__(self, left: Where, operator: Junction, right: Where) -> None:
        if not isinstance(operator, Junction):
            raise WhereError(f"use a Junction member, got {operator!r}")
        for side in (left, right):
            if not isinstance(side, Where):
                raise WhereError(f"both sides must be Where conditions, got {side!r}")
        self.operator = operator
        with _CHAIN_LOCK:
            if isinstance(left, ImbricationFilter) and left.operator is operator:
                items = left._items if len(left._items) == left._count else left._items[: left._count]
            else:
                items = [left]
            items.extend(_chain(right, operator))
            self._items, self._count = items, len(items)
        nesting = max(_nesting(left, operator), _nesting(right, operator))
        if nesting > MAX_NESTING:
            raise WhereError(
                f"conditions nested more than {MAX_NESTING} levels of alternating And/Or; simplify the filter"
            )
        self._nesting = nesting
        self._operands = None
        self._hash = None

    @property
    def operands(self) -> tuple[Where, ...]:
        """The joined conditions, in order; none is an ImbricationFilter with the same operator."""
        if self._operands is None:
            self._operands = tuple(self._items[: self._count])
        return self._operands

    @property
    def left(self) -> Where:
        """The first half of the operands, as the YAML form nests them."""
        return _balanced(self.operator, self.operands[: (self._count + 1) // 2])

    @property
    def right(self) -> Where:
        """The second half of the operands, as the YAML form nests them."""
        return _balanced(self.operator, self.operands[(self._count + 1) // 2 :])

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ImbricationFilter):
            return NotImplemented
        return self.operator is other.operator and self.operands == other.operands

    def __hash__(self) -> int:
        if self._hash is None:
            self._hash = hash((ImbricationFilter, self.operator, self.operands))
        return self._hash

    def __repr__(self) -> str:
        operands = getattr(self, "_items", [])[: getattr(self, "_count", 0)]
        return f"ImbricationFilter({getattr(self, 'operator', None)!r}, {len(operands)} operands)"

    def to_sql(self) -> str:
        return "(" + f" {self.operator.value} ".join(operand.to_sql() for operand in self.operands) + ")"

    def _yaml_lines(self, indent: int) -> Iterator[str]:
        """The balanced binary tree, written with an explicit stack (no recursion per level)."""
        operands = self.operands
        stack: list[tuple[int, int, int] | str] = [(0, len(operands), indent)]
        while stack:
            item = stack.pop()
            if isinstance(item, str):
                yield item
                continue
            low, high, depth = item
            if high - low == 1:
                yield from operands[low]._yaml_lines(depth)
                continue
            middle = low + (high - low + 1) // 2
            pad = " " * depth
            stack += [
                (middle, high, depth + 2),
                f"{pad}right:",
                f"{pad}type: ImbricationFilter",
                f"{pad}operator: {self.operator.value}",
                (low, middle, depth + 2),
                f"{pad}left:",
            ]


_CHAIN_LOCK = threading.Lock()
MAX_NESTING = 32
"""At most this many levels of alternating And/Or (a chain of one operator is one level)."""


def _chain(condition: Where, operator: Junction) -> tuple[Where, ...]:
    """The operands ``condition`` contributes to a chain of ``operator``."""
    if isinstance(condition, ImbricationFilter) and condition.operator is operator:
        return condition.operands
    return (condition,)


def _nesting(condition: Where, operator: Junction) -> int:
    """Alternation levels of a node joining ``condition`` with ``operator``."""
    if not isinstance(condition, ImbricationFilter):
        return 1
    return condition._nesting + (condition.operator is not operator)


def _balanced(operator: Junction, operands: tuple[Where, ...]) -> Where:
    """The operands joined by ``operator`` (the operand itself when alone)."""
    if len(operands) == 1:
        return operands[0]
    return ImbricationFilter(
        _balanced(operator, operands[: (len(operands) + 1) // 2]),
        operator,
        _balanced(operator, operands[(len(operands) + 1) // 2 :]),
    )


# --- builder -------------------------------------------------------------------------------


def _infer(value: object) -> ValueType:
    if isinstance(value, str):
        return ValueType.STRING
    if isinstance(value, int):
        return ValueType.INT
    if isinstance(value, float | Decimal):
        return ValueType.DECIMAL
    if isinstance(value, date):
        return ValueType.DATE
    if isinstance(value, ColumnRef):
        return ValueType.COLUMN
    if value is None:
        raise WhereError("None is not a value: use is_null() or is_not_null()")
    raise WhereError(f"cannot infer a valueType for {value!r} ({type(value).__name__})")


def _coerce(value_type: ValueType, value: object) -> Value:
    """Convert a builder value to its stored form; CustomFilter then checks that it fits."""
    if value_type is ValueType.DECIMAL and isinstance(value, int | float):
        return Decimal(repr(value))
    if value_type is ValueType.DATE:
        if isinstance(value, datetime):
            if value.tzinfo is not None:
                raise WhereError(f"Date values must be naive (server local time), got {value!r}")
            return value.replace(microsecond=value.microsecond // 1000 * 1000)
        if isinstance(value, date):
            return datetime(value.year, value.month, value.day)
        if isinstance(value, str):
            return _parse_text(ValueType.DATE, value)
    if value_type is ValueType.COLUMN and isinstance(value, ColumnRef):
        return value.name
    if isinstance(value, str | int | Decimal):
        return value
    raise WhereError(f"{value!r} does not fit valueType {value_type.value}")


def _build(
    column: str,
    operator: Operator,
    values: Iterable[object],
    value_type: ValueType | str | None,
) -> CustomFilter:
    if isinstance(values, str | bytes):
        raise WhereError(f"{operator.value} takes a list of values, not the string {values!r}")
    values = list(values)
    for value in values:
        if isinstance(value, bool):
            raise WhereError(f"bool value {value!r} has no valueType: use 1/0 for bit columns")
    if value_type is None:
        inferred = {_infer(value) for value in values} or {ValueType.STRING}
        if len(inferred) > 1:
            names = ", ".join(sorted(kind.value for kind in inferred))
            raise WhereError(f"mixed value types in one list ({names}): pass value_type= to pick one")
        (value_type,) = inferred
    kind = _member(ValueType, value_type, "valueType")
    return CustomFilter(column, operator, kind, tuple(_coerce(kind, value) for value in values))


class ColumnRef:
    """A column to compare: ``col("Id") == "A"``. Unhashable, since ``==`` builds a filter."""

    __slots__ = ("name",)
    __hash__ = None  # type: ignore[assignment]

    def __init__(self, name: str) -> None:
        self.name = _check_column(name)

    def __repr__(self) -> str:
        return f"col({self.name!r})"

    def compare(
        self,
        operator: Operator | str,
        *values: Scalar,
        value_type: ValueType | str | None = None,
    ) -> CustomFilter:
        """Any operator, e.g. ``col("Price").compare("Upper", 5, value_type="Decimal")``."""
        return _build(self.name, _member(Operator, operator, "operator"), values, value_type)

    def __eq__(self, value: object) -> CustomFilter:  # type: ignore[override]
        return _build(self.name, Operator.EQUAL, [value], None)

    def __ne__(self, value: object) -> CustomFilter:  # type: ignore[override]
        return _build(self.name, Operator.DIFFERENT, [value], None)

    def __lt__(self, value: Scalar) -> CustomFilter:
        return self.compare(Operator.LOWER, value)

    def __le__(self, value: Scalar) -> CustomFilter:
        return self.compare(Operator.LOWER_OR_EQUAL, value)

    def __gt__(self, value: Scalar) -> CustomFilter:
        return self.compare(Operator.UPPER, value)

    def __ge__(self, value: Scalar) -> CustomFilter:
        return self.compare(Operator.UPPER_OR_EQUAL, value)

    def isin(self, values: Iterable[Scalar], *, value_type: ValueType | str | None = None) -> CustomFilter:
        """``column In (values)``."""
        return _build(self.name, Operator.IN, values, value_type)

    def notin(self, values: Iterable[Scalar], *, value_type: ValueType | str | None = None) -> CustomFilter:
        """``column Not In (values)``."""
        return _build(self.name, Operator.NOT_IN, values, value_type)

    def like(self, pattern: str) -> CustomFilter:
        """``column Like pattern``, with the SQL wildcards ``%`` and ``_``."""
        return self.compare(Operator.LIKE, pattern)

    def between(self, low: Scalar, high: Scalar, *, value_type: ValueType | str | None = None) -> CustomFilter:
        """``column Between low And high``."""
        return self.compare(Operator.BETWEEN, low, high, value_type=value_type)

    def is_null(self) -> CustomFilter:
        """``column Is Null``."""
        return self.compare(Operator.IS_NULL)

    def is_not_null(self) -> CustomFilter:
        """``column Is Not Null``."""
        return self.compare(Operator.IS_NOT_NULL)


Scalar: TypeAlias = str | int | float | Decimal | date | ColumnRef
"""A value the builder accepts (bool is rejected at run time)."""


def col(name: str) -> ColumnRef:
    """A column of the queried table; ``Unit.Caption`` for a column of a dependency."""
    return ColumnRef(name)


# --- parser --------------------------------------------------------------------------------

_NULL_TAG = "tag:yaml.org,2002:null"
_CUSTOM_KEYS = ("type", "column", "operator", "valueType", "value")
_IMBRICATION_KEYS = ("type", "left", "operator", "right")


_LibLoader: Any = yaml.CSafeLoader if yaml.__with_libyaml__ else yaml.SafeLoader
"""libyaml's parser when PyYAML was built with it (some 20 times faster), else the pure-Python one."""


def _check_events(text: str) -> None:
    """Refuse anchors, aliases, tags and nesting beyond :data:`MAX_YAML_DEPTH`, reading the event stream.

    The stream is read iteratively, so any depth a document can have gives a ``WhereError``
    before a recursive composer sees it.
    """
    depth = 0
    for event in yaml.parse(text, Loader=_LibLoader):
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
            raise WhereError("invalid YAML: anchors and aliases are not allowed")
        tag = getattr(event, "tag", None)
        if tag is not None:
            raise WhereError(f"invalid YAML: tags are not allowed, got {tag!r}")
        if isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent):
            depth += 1
            if depth > MAX_YAML_DEPTH:
                raise WhereError(f"invalid YAML: nested deeper than {MAX_YAML_DEPTH} levels")
        elif isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
            depth -= 1


class _StrictLoader(_LibLoader):  # type: ignore[misc]
    """Safe loader without duplicate keys; plain scalars stay strings or null (run after `_check_events`)."""

    yaml_implicit_resolvers = {  # noqa: RUF012 - PyYAML's class-level table, never mutated
        first: [(tag, regexp) for tag, regexp in resolvers if tag == _NULL_TAG]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        mapping: dict[str, Any] = {}
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=True)
            if not isinstance(key, str):
                raise WhereError(f"invalid YAML: keys must be strings, got {key!r}")
            if key in mapping:
                raise WhereError(f"invalid YAML: duplicate key {key!r}")
            mapping[key] = self.construct_object(value_node, deep=deep)
        return mapping


def _parse_text(value_type: ValueType, text: str) -> Value:
    """Read one item of a ``value`` list; the server receives every item as a string."""
    if value_type in (ValueType.STRING, ValueType.COLUMN):
        return text
    if value_type is ValueType.INT and _INT_TEXT.fullmatch(text):
        return int(text)
    if value_type is ValueType.DECIMAL and _DECIMAL_TEXT.fullmatch(text):
        return Decimal(text)
    if value_type is ValueType.DATE and _DATE_TEXT.fullmatch(text):
        try:
            return datetime.strptime(text, "%Y-%m-%d %H:%M:%S.%f")
        except ValueError:
            raise WhereError(f"invalid date {text!r}") from None
    expected = " (expected 'YYYY-MM-DD HH:MM:SS.fff')" if value_type is ValueType.DATE else ""
    raise WhereError(f"{text!r} is not a valid {value_type.value}{expected}")


@contextmanager
def _located(path: str) -> Iterator[None]:
    """Prefix the WhereErrors raised inside with the YAML path of the node being read."""
    try:
        yield
    except WhereError as error:
        raise WhereError(f"{path}: {error}") from None


def _check_keys(data: dict[str, Any], allowed: tuple[str, ...], optional: tuple[str, ...]) -> None:
    unknown = [key for key in data if key not in allowed]
    if unknown:
        raise WhereError(f"unknown key(s) {', '.join(map(repr, unknown))}; allowed: {', '.join(allowed)}")
    missing = [key for key in allowed if key not in data and key not in optional]
    if missing:
        raise WhereError(f"missing key(s) {', '.join(map(repr, missing))}")


def _from_data(data: object, path: str) -> Where:
    """Validate one loaded YAML node and its children."""
    with _located(path):
        if not isinstance(data, dict):
            raise WhereError(f"expected a mapping with a type key, got {data!r}")
        if "type" not in data:
            raise WhereError("missing key 'type' (CustomFilter or ImbricationFilter)")
        if _member(_NodeType, data["type"], "type") is _NodeType.CUSTOM:
            return _custom_filter(data)
        _check_keys(data, _IMBRICATION_KEYS, optional=())
        junction = _member(Junction, data["operator"], "operator")
    left = _from_data(data["left"], f"{path}.left")
    return ImbricationFilter(left, junction, _from_data(data["right"], f"{path}.right"))


def _custom_filter(data: dict[str, Any]) -> CustomFilter:
    _check_keys(data, _CUSTOM_KEYS, optional=("value",))
    operator = _member(Operator, data["operator"], "operator")
    value_type = _member(ValueType, data["valueType"], "valueType")
    items = data.get("value")
    if items is None:
        items = []
    if not isinstance(items, list) or not all(isinstance(item, str) for item in items):
        raise WhereError(f"value must be a list of scalars, got {items!r}")
    values = tuple(_parse_text(value_type, item) for item in items)
    return CustomFilter(data["column"], operator, value_type, values)
