"""Tests for comptoir.ebp.where against the vendor doc's "Annexe 2 - Filtre personnalisé"."""

from __future__ import annotations

import re
import textwrap
import urllib.parse
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import httpx
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from comptoir.ebp.where import (
    CustomFilter,
    ImbricationFilter,
    Junction,
    Operator,
    Value,
    ValueType,
    Where,
    WhereError,
    col,
)

# --- the doc's three examples, copied verbatim (seeds/001_f8a362aca9bf48b4.txt, ~2585-2643) ---

DOC_DATE_YAML = """\
type: CustomFilter
column: sysModifiedDate
operator: Equal
valueType : Date
value:
- '2021-07-12 13:43:32.000'"""
DOC_DATE_SQL = "Where sysModifiedDate = '2021-07-12 13:43:32.000'"
DOC_DATE_URL = (
    "%20%20type%3A%20CustomFilter%0A%20%20column%3A%20sysModifiedDate%0A%20%20operator%3A%20Equal"
    "%0A%20%20valueType%20%3A%20Date%0A%20%20value%3A%0A%20%20-%20'2021-07-12%2013%3A43%3A32.000'"
)

DOC_BETWEEN_YAML = """\
type: CustomFilter
column: UseInvoicingAddressAsDeliveryAddress
operator: Between
valueType : Int
value:
- 1
- 5"""
DOC_BETWEEN_SQL = "Where UseInvoicingAddressAsDeliveryAddress Between 1 And 5"

# The doc's plain-text copy of this example lost its indentation (left/right children are
# flattened), so only its URL-encoded form, which kept it, describes the real tree.
DOC_OR_FLATTENED_YAML = """\
left:
type: CustomFilter
column: Id
operator: Equal
valueType : string
value:
- 'ANIM0001'
operator: or
type: ImbricationFilter
right:
type: CustomFilter
column: Id
operator: Equal
valueType : string
value:
- 'BUZZ0001'"""
DOC_OR_SQL = "Where (Id = 'ANIM0001' Or Id = 'BUZZ0001')"
DOC_OR_URL = (
    "%20%20left%3A%0A%20%20%20%20%20type%3A%20CustomFilter%0A%20%20%20%20%20column%3A%20Id%0A"
    "%20%20%20%20%20operator%3A%20equal%0A%20%20%20%20%20valueType%20%3A%20string%0A%20%20%20%20"
    "%20value%3A%0A%20%20%20%20%20-%20'ANIM0001'%0A%20%20operator%3A%20or%0A%20%20type%3A%20"
    "ImbricationFilter%0A%20%20right%3A%0A%20%20%20%20%20%20type%3A%20customFilter%0A%20%20%20"
    "%20%20%20column%3A%20Id%0A%20%20%20%20%20%20operator%3A%20equal%0A%20%20%20%20%20%20"
    "valueType%20%3A%20string%0A%20%20%20%20%20%20value%3A%0A%20%20%20%20%20%20-%20'BUZZ0001'"
)

CUSTOM_KEYS = {"type", "column", "operator", "valueType", "value"}
IMBRICATION_KEYS = {"left", "operator", "type", "right"}


def doc_date_filter() -> Where:
    return col("sysModifiedDate") == datetime(2021, 7, 12, 13, 43, 32)


def doc_or_filter() -> Where:
    return (col("Id") == "ANIM0001") | (col("Id") == "BUZZ0001")


def casefold_enums(data: Any) -> Any:
    """The loaded YAML with type/operator/valueType lower-cased (the doc mixes cases)."""
    if isinstance(data, dict):
        return {
            key: value.lower() if key in ("type", "operator", "valueType") else casefold_enums(value)
            for key, value in data.items()
        }
    return data


def query_value_sent_by_httpx(text: str) -> str:
    request = httpx.Request("GET", "https://ebp.test/v1/Item", params={"WhereCondition": text})
    (value,) = urllib.parse.parse_qs(request.url.query.decode())["WhereCondition"]
    return value


def test_doc_equal_on_a_date() -> None:
    cond = doc_date_filter()
    assert cond.to_yaml() == DOC_DATE_YAML
    assert yaml.safe_load(cond.to_yaml()) == yaml.safe_load(DOC_DATE_YAML)
    assert "Where " + cond.to_sql() == DOC_DATE_SQL
    assert Where.from_query(DOC_DATE_URL) == cond
    assert Where.from_yaml(DOC_DATE_YAML) == cond
    # The doc's URL form is this YAML indented by two spaces, percent-encoded except for quotes.
    assert urllib.parse.quote(textwrap.indent(cond.to_yaml(), "  "), safe="'") == DOC_DATE_URL


def test_doc_between_on_an_int() -> None:
    cond = col("UseInvoicingAddressAsDeliveryAddress").between(1, 5)
    assert cond.to_yaml() == DOC_BETWEEN_YAML
    assert yaml.safe_load(cond.to_yaml()) == yaml.safe_load(DOC_BETWEEN_YAML)
    assert "Where " + cond.to_sql() == DOC_BETWEEN_SQL
    assert Where.from_yaml(DOC_BETWEEN_YAML) == cond


def test_doc_or_of_two_equals() -> None:
    cond = doc_or_filter()
    doc_yaml = urllib.parse.unquote(DOC_OR_URL)
    assert casefold_enums(yaml.safe_load(cond.to_yaml())) == casefold_enums(yaml.safe_load(doc_yaml))
    assert "Where " + cond.to_sql() == DOC_OR_SQL
    assert Where.from_query(DOC_OR_URL) == cond
    assert Where.from_yaml(doc_yaml) == cond


def test_doc_flattened_or_example_is_rejected_not_misread() -> None:
    with pytest.raises(WhereError) as caught:
        Where.from_yaml(DOC_OR_FLATTENED_YAML)
    assert str(caught.value) == "invalid YAML: duplicate key 'operator'"


@pytest.mark.parametrize("cond", [doc_date_filter(), doc_or_filter()])
def test_httpx_sends_the_exact_yaml(cond: Where) -> None:
    assert query_value_sent_by_httpx(cond.to_yaml()) == cond.to_yaml()
    assert query_value_sent_by_httpx(str(cond)) == cond.to_yaml()


def test_from_query_reads_httpx_plus_encoded_spaces() -> None:
    cond = col("Caption").like("% x+y %")
    query = httpx.Request("GET", "https://ebp.test", params={"w": cond.to_yaml()}).url.query
    assert Where.from_query(query.decode().removeprefix("w=")) == cond


# --- builder ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cond", "sql"),
    [
        (col("Id") == "A", "Id = 'A'"),
        (col("Id") != "O'Neil", "Id <> 'O''Neil'"),
        (col("Qty") < 3, "Qty < 3"),
        (col("Qty") <= 3, "Qty <= 3"),
        (col("Price") > Decimal("2.50"), "Price > 2.50"),
        (col("Price") >= 2.5, "Price >= 2.5"),
        (col("Id").isin(["A", "B"]), "Id In ('A', 'B')"),
        (col("Id").notin([1, 2]), "Id Not In (1, 2)"),
        (col("Id").like("%8"), "Id Like '%8'"),
        (col("Unit.Caption").is_null(), "Unit.Caption Is Null"),
        (col("Caption").is_not_null(), "Caption Is Not Null"),
        (
            col("Date").between(date(2024, 1, 1), date(2024, 2, 1)),
            "Date Between '2024-01-01 00:00:00.000' And '2024-02-01 00:00:00.000'",
        ),
        (col("DeliveryDate") == col("Date"), "DeliveryDate = Date"),
        (3 < col("Qty"), "Qty > 3"),  # noqa: SIM300 - the reflected comparison is under test
    ],
)
def test_operators_and_sql_preview(cond: Where, sql: str) -> None:
    assert cond.to_sql() == sql


@pytest.mark.parametrize(
    ("cond", "operator", "value_type", "values"),
    [
        (col("a") == "x", Operator.EQUAL, ValueType.STRING, ("x",)),
        (col("a") == 7, Operator.EQUAL, ValueType.INT, (7,)),
        (col("a") == 0.1, Operator.EQUAL, ValueType.DECIMAL, (Decimal("0.1"),)),
        (col("a") == Decimal("1.10"), Operator.EQUAL, ValueType.DECIMAL, (Decimal("1.10"),)),
        (col("a") == date(2021, 7, 12), Operator.EQUAL, ValueType.DATE, (datetime(2021, 7, 12),)),
        (col("a") == col("b"), Operator.EQUAL, ValueType.COLUMN, ("b",)),
        (col("a").is_null(), Operator.IS_NULL, ValueType.STRING, ()),
        (
            col("a").compare("upper", 5, value_type="Decimal"),
            Operator.UPPER,
            ValueType.DECIMAL,
            (Decimal(5),),
        ),
        (
            col("a").isin(["2021-07-12 13:43:32.000"], value_type=ValueType.DATE),
            Operator.IN,
            ValueType.DATE,
            (datetime(2021, 7, 12, 13, 43, 32),),
        ),
        (
            col("a").between("b", col("c"), value_type="column"),
            Operator.BETWEEN,
            ValueType.COLUMN,
            ("b", "c"),
        ),
        (
            col("a").compare("IsNull", value_type="Int"),
            Operator.IS_NULL,
            ValueType.INT,
            (),
        ),
    ],
)
def test_value_type_inference_and_override(
    cond: Where, operator: Operator, value_type: ValueType, values: tuple[Value, ...]
) -> None:
    assert cond == CustomFilter("a", operator, value_type, values)


def test_datetimes_are_truncated_to_the_documented_millisecond_form() -> None:
    cond = col("sysModifiedDate") == datetime(2021, 7, 12, 13, 43, 32, 123999)
    assert cond == CustomFilter(
        "sysModifiedDate", Operator.EQUAL, ValueType.DATE, (datetime(2021, 7, 12, 13, 43, 32, 123000),)
    )
    assert cond.to_yaml().endswith("- '2021-07-12 13:43:32.123'")
    assert (col("d") == datetime(5, 1, 2)).to_sql() == "d = '0005-01-02 00:00:00.000'"


def test_null_checks_send_an_empty_value_list() -> None:
    assert col("Caption").is_null().to_yaml() == (
        "type: CustomFilter\ncolumn: Caption\noperator: IsNull\nvalueType : String\nvalue: []"
    )


def test_decimals_are_sent_in_fixed_point() -> None:
    cond = col("Price").isin([Decimal("1E+3"), Decimal("-2.5E-3")])
    assert cond.to_yaml().endswith("value:\n- 1000\n- -0.0025")
    assert Where.from_yaml(cond.to_yaml()) == cond


def test_nesting_is_kept_chains_of_one_operator_are_flat_and_trees_compare_structurally() -> None:
    a, b, c = col("a") == 1, col("b") == 2, col("c") == 3
    assert ((a | b) & c).to_sql() == "((a = 1 Or b = 2) And c = 3)"
    assert (a | (b & c)).to_sql() == "(a = 1 Or (b = 2 And c = 3))"
    assert ((a | b) | c).to_sql() == "(a = 1 Or b = 2 Or c = 3)"
    assert (a | b) | c == a | (b | c)
    assert ((a | b) | c).operands == (a, b, c)
    assert (a | b) == ImbricationFilter(col("a") == 1, Junction.OR, col("b") == 2)
    assert (a | b) != (a & b)
    assert (col("a") == 1) != (col("a") == Decimal(1))
    assert len({a | b, (col("a") == 1) | (col("b") == 2), a & b}) == 2


@pytest.mark.parametrize(
    "text",
    [
        *["it's", 'say "hi"', "a: b", "a #b", "# c", "- item", "? k", "!!python/object:os.system"],
        *["&anchor", "*alias", "{a: 1}", "[1]", "%8", "@x", "`x", "|", ">", "null", "yes", "1e3"],
        *["", " padded ", "'", '"', "\\", "l1\nl2", "\r\n", "\t", "\x00\x07\x1b", "\x85"],
        *["\u2028", "\ufeff", "é€ à l'œil 😀", "\U0010ffff", "x" * 300 + " y" * 100],
    ],
)
def test_awkward_strings_stay_on_one_line_and_round_trip(text: str) -> None:
    cond = col("Caption") == text
    assert len(cond.to_yaml().splitlines()) == 6
    assert yaml.safe_load(cond.to_yaml())["value"] == [text]
    assert Where.from_yaml(cond.to_yaml()) == cond
    assert query_value_sent_by_httpx(cond.to_yaml()) == cond.to_yaml()


def test_str_is_the_wire_yaml() -> None:
    cond = doc_or_filter()
    assert str(cond) == cond.to_yaml()
    assert f"{cond}" == cond.to_yaml()


def test_truth_value_raises() -> None:
    a, b = col("a") == 1, col("b") == 2
    message = "a Where condition has no truth value: combine conditions with & and |, not and/or"
    with pytest.raises(TypeError, match=re.escape(message)):
        bool(a)
    with pytest.raises(TypeError, match=re.escape(message)):
        a and b  # noqa: B018
    with pytest.raises(TypeError, match=re.escape(message)):
        a or b  # noqa: B018
    with pytest.raises(TypeError, match=re.escape(message)):
        1 < col("a") < 5  # noqa: B015


def test_misuse_of_operators_fails_loudly() -> None:
    with pytest.raises(TypeError):
        (col("a") == 1) & True  # type: ignore[operator]
    with pytest.raises(TypeError):
        col("a") == 1 | col("b") == 2  # type: ignore[operator]  # noqa: B015
    with pytest.raises(TypeError, match="unhashable"):
        hash(col("a"))


# --- validation ------------------------------------------------------------------------------


OPERATORS = "In, NotIn, Like, Equal, Different, Lower, LowerOrEqual, Upper, UpperOrEqual, IsNull, IsNotNull, Between"
VALUE_TYPES = "String, Int, Decimal, Date, Column"
COLUMN_RULE = "use letters, digits and _, with . between parts (e.g. Unit.Caption)"
SURROGATE = "string value contains the surrogate code point U+D800, which YAML and UTF-8 cannot carry"
UTC_PLUS_1 = timezone(timedelta(hours=1))


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: col("n").compare("Between", 1, 2, 3), "Between on n takes exactly 2 values, got 3"),
        (lambda: col("n").compare("Between", 1), "Between on n takes exactly 2 values, got 1"),
        (lambda: col("n").compare("IsNull", 1), "IsNull on n takes no value, got 1"),
        (lambda: col("n").compare("IsNotNull", "x"), "IsNotNull on n takes no value, got 1"),
        (lambda: col("n").isin([]), "In on n takes at least 1 value, got 0"),
        (lambda: col("n").notin([]), "NotIn on n takes at least 1 value, got 0"),
        (lambda: col("n").compare("Equal"), "Equal on n takes exactly 1 value, got 0"),
        (lambda: col("n").compare("Lower", 1, 2), "Lower on n takes exactly 1 value, got 2"),
        (lambda: col("n").compare("Equals", 1), f"unknown operator 'Equals'; expected one of {OPERATORS}"),
        (lambda: col("n").compare("Equal", "x", value_type="Int"), "'x' does not fit valueType Int"),
        (lambda: col("n").compare("Equal", 1.5, value_type="Int"), "1.5 does not fit valueType Int"),
        (lambda: col("n").compare("Equal", 1, value_type="String"), "1 does not fit valueType String"),
        (
            lambda: col("n").compare("Equal", 1, value_type="Float"),
            f"unknown valueType 'Float'; expected one of {VALUE_TYPES}",
        ),
        (
            lambda: col("n").compare("Equal", "2021-07-12", value_type="Date"),
            "'2021-07-12' is not a valid Date (expected 'YYYY-MM-DD HH:MM:SS.fff')",
        ),
        (
            lambda: col("n").compare("Equal", "2021-02-30 00:00:00.000", value_type="Date"),
            "invalid date '2021-02-30 00:00:00.000'",
        ),
        (
            lambda: col("n") == datetime(2021, 1, 1, tzinfo=UTC_PLUS_1),
            f"Date values must be naive (server local time), got {datetime(2021, 1, 1, tzinfo=UTC_PLUS_1)!r}",
        ),
        (
            lambda: CustomFilter("n", Operator.EQUAL, ValueType.DATE, (datetime(2021, 1, 1, 0, 0, 0, 1),)),
            "Date values must be naive, in whole milliseconds, got datetime.datetime(2021, 1, 1, 0, 0, 0, 1)",
        ),
        (
            lambda: col("n").isin([1, "a"]),
            "mixed value types in one list (Int, String): pass value_type= to pick one",
        ),
        (
            lambda: col("n").between(1, Decimal(2)),
            "mixed value types in one list (Decimal, Int): pass value_type= to pick one",
        ),
        (lambda: col("n").isin("ABC"), "In takes a list of values, not the string 'ABC'"),
        (lambda: col("n").compare("Equal", float("nan")), "Decimal values must be finite, got NaN"),
        (lambda: col("n") < float("-inf"), "Decimal values must be finite, got -Infinity"),
        (lambda: col("n") > Decimal("Infinity"), "Decimal values must be finite, got Infinity"),
        (lambda: col("n") == True, "bool value True has no valueType: use 1/0 for bit columns"),  # noqa: E712
        (
            lambda: col("n").compare("Equal", False, value_type="Int"),
            "bool value False has no valueType: use 1/0 for bit columns",
        ),
        (lambda: col("n") == None, "None is not a value: use is_null() or is_not_null()"),  # noqa: E711
        (lambda: col("n") == b"x", "cannot infer a valueType for b'x' (bytes)"),
        (lambda: col("n") == "a\ud800b", SURROGATE),
        (
            lambda: CustomFilter("n", "Equal", ValueType.INT, (1,)),  # type: ignore[arg-type]
            "use Operator and ValueType members, got 'Equal', <ValueType.INT: 'Int'>",
        ),
        (
            lambda: ImbricationFilter(col("a") == 1, "Or", col("b") == 2),  # type: ignore[arg-type]
            "use a Junction member, got 'Or'",
        ),
        (
            lambda: ImbricationFilter(col("a") == 1, Junction.OR, "b = 2"),  # type: ignore[arg-type]
            "both sides must be Where conditions, got 'b = 2'",
        ),
    ],
)
def test_builder_validation_errors(build: Any, message: str) -> None:
    with pytest.raises(WhereError) as caught:
        build()
    assert str(caught.value) == message


@pytest.mark.parametrize("name", ["", "1abc", "Id; DROP TABLE Item", "a..b", "a.", ".a", "Id ", "Prix€", "a-b", "a\n"])
def test_column_names_are_identifiers(name: str) -> None:
    expected = f"invalid column name {name!r}: use letters, digits and _, with . between parts (e.g. Unit.Caption)"
    with pytest.raises(WhereError) as caught:
        col(name)
    assert str(caught.value) == expected
    with pytest.raises(WhereError) as caught:
        col("Id").compare("Equal", name, value_type="Column")
    assert str(caught.value) == expected


def test_valid_column_names() -> None:
    for name in ["Id", "_x1", "Unit.Caption", "a.b.c_2"]:
        assert col(name).is_null().to_sql() == f"{name} Is Null"


@pytest.mark.parametrize("name", ["Null", "Yes", "on", "true", "NULL"])
def test_column_names_that_yaml_would_misread_are_quoted(name: str) -> None:
    cond = col(name) == 1
    assert f"column: '{name}'" in cond.to_yaml()
    assert yaml.safe_load(cond.to_yaml())["column"] == name
    assert Where.from_yaml(cond.to_yaml()) == cond


# --- parser ----------------------------------------------------------------------------------

CUSTOM = "type: CustomFilter\ncolumn: Id\noperator: Equal\nvalueType: String\nvalue:\n- 'A'\n"


CUSTOM_KEYS_TEXT = "type, column, operator, valueType, value"
NESTED_WITH_EXTRA_KEY = """\
type: ImbricationFilter
operator: And
left:
  type: ImbricationFilter
  operator: Or
  left:
    type: CustomFilter
    column: Id
    operator: Equal
    valueType: String
    value: ['A']
  right:
    type: CustomFilter
    column: Id
    operator: Equal
    valueType: String
    value: ['B']
    extra: 1
right:
  type: CustomFilter
  column: Id
  operator: IsNull
  valueType: String
"""
ALIASED = """\
type: ImbricationFilter
operator: And
left: &same
  type: CustomFilter
  column: Id
  operator: IsNull
  valueType: String
right: *same
"""


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("type: CustomFilter\nLeft: x\n", f"root: unknown key(s) 'Left'; allowed: {CUSTOM_KEYS_TEXT}"),
        ("Left:\n  type: CustomFilter\n", "root: missing key 'type' (CustomFilter or ImbricationFilter)"),
        (
            "type: ImbricationFilter\nLeft: x\n",
            "root: unknown key(s) 'Left'; allowed: type, left, operator, right",
        ),
        ("type: CustomFilter\ncolumn: Id\n", "root: missing key(s) 'operator', 'valueType'"),
        (CUSTOM.replace("Equal", "Equals"), f"root: unknown operator 'Equals'; expected one of {OPERATORS}"),
        (
            CUSTOM.replace("CustomFilter", "Custom"),
            "root: unknown type 'Custom'; expected one of CustomFilter, ImbricationFilter",
        ),
        (CUSTOM.replace("String", "Text"), f"root: unknown valueType 'Text'; expected one of {VALUE_TYPES}"),
        (CUSTOM.replace("String", "Int"), "root: 'A' is not a valid Int"),
        (CUSTOM.replace("String", "Int").replace("'A'", "1.5"), "root: '1.5' is not a valid Int"),
        (CUSTOM.replace("String", "Int").replace("'A'", "0x1F"), "root: '0x1F' is not a valid Int"),
        (CUSTOM.replace("String", "Decimal").replace("'A'", "1e5"), "root: '1e5' is not a valid Decimal"),
        (CUSTOM.replace("String", "Decimal").replace("'A'", ".nan"), "root: '.nan' is not a valid Decimal"),
        (CUSTOM.replace("- 'A'", "- ~"), "root: value must be a list of scalars, got [None]"),
        (CUSTOM.replace("value:\n- 'A'", "value: A"), "root: value must be a list of scalars, got 'A'"),
        (CUSTOM.replace("value:\n- 'A'", "value: []"), "root: Equal on Id takes exactly 1 value, got 0"),
        (CUSTOM.replace("Id", "'Id = 1 --'"), f"root: invalid column name 'Id = 1 --': {COLUMN_RULE}"),
        (
            "- type: CustomFilter\n",
            "root: expected a mapping with a type key, got [{'type': 'CustomFilter'}]",
        ),
        ("", "root: expected a mapping with a type key, got None"),
        (
            "type: ImbricationFilter\noperator: Xor\nleft: 1\nright: 2\n",
            "root: unknown operator 'Xor'; expected one of And, Or",
        ),
        (
            "type: ImbricationFilter\noperator: And\nleft: 1\nright: 2\n",
            "root.left: expected a mapping with a type key, got '1'",
        ),
        (NESTED_WITH_EXTRA_KEY, f"root.left.right: unknown key(s) 'extra'; allowed: {CUSTOM_KEYS_TEXT}"),
        (CUSTOM + "column: Other\n", "invalid YAML: duplicate key 'column'"),
        (
            "!!python/object/apply:os.system ['echo pwned']",
            "invalid YAML: tags are not allowed, got 'tag:yaml.org,2002:python/object/apply:os.system'",
        ),
        (CUSTOM.replace("'A'", "!!str A"), "invalid YAML: tags are not allowed, got 'tag:yaml.org,2002:str'"),
        (CUSTOM.replace("'A'", "!local A"), "invalid YAML: tags are not allowed, got '!local'"),
        (
            CUSTOM.replace("value:", "value: !!seq"),
            "invalid YAML: tags are not allowed, got 'tag:yaml.org,2002:seq'",
        ),
        (ALIASED, "invalid YAML: anchors and aliases are not allowed"),
        (
            CUSTOM.replace("column: Id", "<<: {column: Id}"),
            f"root: unknown key(s) '<<'; allowed: {CUSTOM_KEYS_TEXT}",
        ),
        ("? [a]\n: 1\n", "invalid YAML: keys must be strings, got ['a']"),
    ],
)
def test_from_yaml_errors(text: str, message: str) -> None:
    with pytest.raises(WhereError) as caught:
        Where.from_yaml(text)
    assert str(caught.value) == message


def test_escaped_surrogate_is_refused_by_the_parser_or_the_value_check() -> None:
    # libyaml refuses the escape itself; the pure-Python parser reads it and the value check refuses it
    with pytest.raises(WhereError, match=rf"invalid Unicode character escape|^root: {SURROGATE}$"):
        Where.from_yaml(CUSTOM.replace("'A'", '"a\\uD800b"'))


def test_from_yaml_reports_malformed_yaml() -> None:
    with pytest.raises(WhereError, match=r"^invalid YAML: .*mapping values are not allowed (here|in this context)"):
        Where.from_yaml("type: CustomFilter: x")
    with pytest.raises(WhereError, match=r"^invalid YAML: .*expected a single document"):
        Where.from_yaml(CUSTOM + "---\n" + CUSTOM)


def test_from_yaml_accepts_the_docs_spellings() -> None:
    text = (
        "  type: customFilter\n  column: Id\n  operator: notin\n  valueType : int\n  value:\n  - 1\n  - '2'\n  - +3\n"
    )
    assert Where.from_yaml(text) == col("Id").notin([1, 2, 3])


@pytest.mark.parametrize("value", ["", "value:\n", "value: []\n", "value: ~\n"])
def test_from_yaml_null_checks_take_no_or_an_empty_value_list(value: str) -> None:
    text = "type: CustomFilter\ncolumn: Id\noperator: IsNull\nvalueType: String\n" + value
    assert Where.from_yaml(text) == col("Id").is_null()


def test_from_yaml_keeps_plain_scalars_as_text() -> None:
    text = CUSTOM.replace("- 'A'", "- yes\n- 2021-07-12\n- 012\n- null x").replace("Equal", "In")
    assert Where.from_yaml(text) == col("Id").isin(["yes", "2021-07-12", "012", "null x"])


def test_decimals_parse_exactly() -> None:
    text = CUSTOM.replace("String", "Decimal").replace("'A'", "0.1000000000000000055511151231257827")
    assert Where.from_yaml(text) == (col("Id") == Decimal("0.1000000000000000055511151231257827"))


# --- properties ------------------------------------------------------------------------------

NAMES = st.from_regex(r"[A-Za-z_][A-Za-z0-9_]{0,8}(\.[A-Za-z_][A-Za-z0-9_]{0,8})?", fullmatch=True)
VALUES: dict[ValueType, st.SearchStrategy[Any]] = {
    ValueType.STRING: st.text(),  # all code points but surrogates, control characters included
    ValueType.INT: st.integers(),
    ValueType.DECIMAL: st.decimals(allow_nan=False, allow_infinity=False)
    | st.floats(allow_nan=False, allow_infinity=False),
    ValueType.DATE: st.datetimes() | st.dates(),
    ValueType.COLUMN: NAMES.map(col),
}
COUNTS = {
    Operator.IN: (1, 4),
    Operator.NOT_IN: (1, 4),
    Operator.IS_NULL: (0, 0),
    Operator.IS_NOT_NULL: (0, 0),
    Operator.BETWEEN: (2, 2),
}


@st.composite
def custom_filters(draw: st.DrawFn) -> Where:
    value_type = draw(st.sampled_from(ValueType))
    operator = draw(st.sampled_from(Operator))
    low, high = COUNTS.get(operator, (1, 1))
    values = draw(st.lists(VALUES[value_type], min_size=low, max_size=high))
    inferred_or_explicit = draw(st.sampled_from([None, value_type]))
    return col(draw(NAMES)).compare(operator, *values, value_type=inferred_or_explicit)


def join(left: Where, use_and: bool, right: Where) -> Where:
    return left & right if use_and else left | right


TREES = st.recursive(
    custom_filters(),
    lambda children: st.builds(join, children, st.booleans(), children),
    max_leaves=6,
)


def assert_documented_keys(data: Any, tree: Where) -> None:
    if isinstance(tree, ImbricationFilter):
        assert list(data) == ["left", "operator", "type", "right"]
        assert (data["type"], data["operator"]) == ("ImbricationFilter", tree.operator.value)
        assert_documented_keys(data["left"], tree.left)
        assert_documented_keys(data["right"], tree.right)
    else:
        assert isinstance(tree, CustomFilter)
        assert list(data) == ["type", "column", "operator", "valueType", "value"]
        assert data["type"] == "CustomFilter"
        assert data["column"] == tree.column
        assert (data["operator"], data["valueType"]) == (tree.operator.value, tree.value_type.value)
        assert len(data["value"]) == len(tree.values)
        if tree.value_type in (ValueType.STRING, ValueType.COLUMN):
            assert data["value"] == list(tree.values)


@settings(max_examples=200, deadline=None)
@given(TREES)
def test_yaml_round_trips_any_tree(tree: Where) -> None:
    text = tree.to_yaml()
    assert Where.from_yaml(text) == tree
    assert_documented_keys(yaml.safe_load(text), tree)
    assert query_value_sent_by_httpx(text) == text
    assert Where.from_query(urllib.parse.quote(text)) == tree


@settings(max_examples=50, deadline=None)
@given(st.text(), st.characters(categories=["Cs"]), st.text())
def test_surrogates_are_rejected_at_construction(before: str, surrogate: str, after: str) -> None:
    with pytest.raises(WhereError) as caught:
        col("Id") == before + surrogate + after  # noqa: B015
    assert str(caught.value) == (
        f"string value contains the surrogate code point U+{ord(surrogate):04X}, which YAML and UTF-8 cannot carry"
    )
