"""Finding 8: WhereCondition chains scale linearly, any YAML depth is a `WhereError`, long filters suggest isin.

Before, `reduce(operator.or_, conditions)` over 500 conditions gave 2.5 MB of YAML and RecursionError on
`==`, `hash` and `from_yaml(to_yaml())`; over 2,000 `to_yaml` failed; deep YAML raised RecursionError;
sixty OR-ed conditions exceeded the URL length httpx accepts.
"""

from __future__ import annotations

import functools
import math
import operator

import httpx
import pytest

from comptoir.ebp.where import Where, WhereError, col


def _or_chain(count: int) -> Where:
    return functools.reduce(operator.or_, [col("Id") == f"ID{index:06d}" for index in range(count)])


def _yaml_depth(text: str) -> int:
    """Nesting depth of the YAML layout: two spaces per level, plus the leaf mapping and its value list."""
    return max(len(line) - len(line.lstrip(" ")) for line in text.splitlines()) // 2 + 2


def _unlimited_yaml(condition: Where) -> str:
    try:
        return condition.to_yaml(max_url_bytes=None)
    except TypeError:  # before the fix to_yaml had no size limit to lift
        return condition.to_yaml()


def test_ten_thousand_or_ed_conditions_build_serialise_parse_back_and_compare() -> None:
    conditions = _or_chain(10_000)
    assert len(conditions.operands) == 10_000  # type: ignore[attr-defined]
    text = _unlimited_yaml(conditions)
    assert _yaml_depth(text) <= math.ceil(math.log2(10_000)) + 2  # a balanced tree, not a 10,000-deep one
    parsed = Where.from_yaml(text)
    assert parsed == conditions
    assert hash(parsed) == hash(conditions)
    assert parsed.to_sql() == conditions.to_sql()


def test_yaml_size_per_condition_grows_only_with_the_tree_depth() -> None:
    sizes = {count: len(_unlimited_yaml(_or_chain(count))) / count for count in (100, 1_000, 10_000)}
    # each condition costs its own lines plus two spaces per level of a log2-deep tree:
    # ~120 bytes + 12 bytes per level, so from 100 to 10,000 conditions the cost per condition
    # grows by the 7 extra levels only (a left-nested chain grew linearly: 2.5 MB for 500)
    assert sizes[10_000] < 400
    assert sizes[10_000] < sizes[100] * 1.8


def test_mixed_chains_stay_flat_per_operator() -> None:
    a, b, c, d = (col(name) == 1 for name in "abcd")
    assert ((a | b) | (c | d)).operands == (a, b, c, d)  # type: ignore[attr-defined]
    nested = (a & b) | (c & d)
    assert Where.from_yaml(nested.to_yaml()) == nested
    assert nested.to_sql() == "((a = 1 And b = 1) Or (c = 1 And d = 1))"


def _left_nested_chain(depth: int) -> str:
    """A valid ImbricationFilter chain nested `depth` levels deep on its left side, as hand-written YAML."""
    leaf = "type: CustomFilter\ncolumn: Id\noperator: IsNull\nvalueType: String\n"
    text = leaf
    for _ in range(depth):
        indented = "".join(f"  {line}\n" for line in text.splitlines())
        text = f"type: ImbricationFilter\noperator: Or\nleft:\n{indented}right:\n" + "".join(
            f"  {line}\n" for line in leaf.splitlines()
        )
    return text


@pytest.mark.parametrize(
    "text",
    [
        "[" * 50_000,
        "{a: " * 50_000,
        "".join(" " * level + "left:\n" for level in range(2_000)),
        _left_nested_chain(150),
    ],
    ids=["flow lists", "flow mappings", "block mappings", "imbrication chain"],
)
def test_any_yaml_depth_is_a_where_error(text: str) -> None:
    with pytest.raises(WhereError, match=r"nested deeper than 100 levels|invalid YAML"):
        Where.from_yaml(text)


def test_a_condition_too_long_for_a_url_suggests_isin() -> None:
    long_filter = _or_chain(60)
    with pytest.raises(WhereError, match=r"over the 8192 a URL can safely carry: .*isin") as caught:
        long_filter.to_yaml()
    assert "URL-encoded" in str(caught.value)
    short_filter = col("Id").isin([f"ID{index:06d}" for index in range(60)])
    text = short_filter.to_yaml()
    assert len(str(httpx.URL("https://api.example/x", params={"WhereCondition": text}))) < 8192
