"""Offset/limit paging: the rules on made-up pages, then the four EBP envelopes through the real clients.

The generated ``iterate()``/``aiterate()`` will bind ``fetch`` to the operation as done here by hand.
"""

from __future__ import annotations

import asyncio
import sys
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from comptoir import ebp
from comptoir.errors import ArgumentTypeError, ArgumentValueError, ConfigurationError
from comptoir.runtime import paging
from comptoir.runtime.paging import PagingSpec
from tests.support.fake_ebp_server import FakeEbp

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Page:
    rows: list[int]
    total: int | None


class Listing:
    """A server-side listing of ``size`` items that may return fewer than asked; it records the asks."""

    def __init__(self, size: int, *, cap: int | None = None, with_total: bool = True) -> None:
        self.size, self.cap, self.with_total = size, cap, with_total
        self.asks: list[tuple[int, int]] = []

    def fetch(self, offset: int, limit: int) -> Page:
        self.asks.append((offset, limit))
        count = min(limit, self.cap or limit)
        return Page(list(range(offset, min(offset + count, self.size))), self.size if self.with_total else None)

    async def afetch(self, offset: int, limit: int) -> Page:
        await asyncio.sleep(0)
        return self.fetch(offset, limit)


def rows(page: Page) -> list[int]:
    return page.rows


def total(page: Page) -> int | None:
    return page.total


@pytest.mark.parametrize("with_total", [True, False])
@pytest.mark.parametrize(("size", "cap"), [(0, None), (1, None), (250, None), (300, None), (250, 7), (1234, 99)])
def test_every_item_once_in_order(size: int, cap: int | None, with_total: bool) -> None:
    listing = Listing(size, cap=cap, with_total=with_total)
    items = list(paging.iterate(listing.fetch, rows, total, maximum=100))
    if cap is not None and not with_total:
        # no total: a short page is the end, so a server returning fewer than asked ends the listing early
        assert items == list(range(min(cap, size)))
    else:
        assert items == list(range(size))
    offsets = [offset for offset, _ in listing.asks]
    assert offsets == sorted(set(offsets)), "no page asked twice"
    assert all(limit == 100 for _, limit in listing.asks), "asks the largest page"


def test_stops_when_the_total_is_reached_without_an_extra_empty_page() -> None:
    listing = Listing(300)
    assert len(list(paging.pages(listing.fetch, rows, total, maximum=100))) == 3
    assert listing.asks == [(0, 100), (100, 100), (200, 100)]


def test_next_offset_counts_what_was_returned_not_what_was_asked() -> None:
    listing = Listing(100, cap=30)
    assert list(paging.iterate(listing.fetch, rows, total, maximum=50, page_size=50)) == list(range(100))
    assert listing.asks == [(0, 50), (30, 50), (60, 50), (90, 50)]


def test_stops_on_an_empty_page_even_below_the_total() -> None:
    def fetch(offset: int, limit: int) -> Page:
        return Page(list(range(offset, min(offset + limit, 150))), 400)  # the total overstates

    assert list(paging.iterate(fetch, rows, total, maximum=100)) == list(range(150))


def test_resumes_from_start_and_honours_page_size() -> None:
    listing = Listing(1234)
    assert list(paging.iterate(listing.fetch, rows, total, maximum=100, start=1200, page_size=20)) == list(
        range(1200, 1234)
    )
    assert listing.asks == [(1200, 20), (1220, 20)]


@pytest.mark.parametrize(("page_size", "error"), [(101, ArgumentValueError), (0, ArgumentValueError),
                                                  (-5, ArgumentValueError), ("50", ArgumentTypeError),
                                                  (True, ArgumentTypeError)])  # fmt: skip
def test_a_bad_page_size_is_refused_before_any_call(page_size: Any, error: type[Exception]) -> None:
    listing = Listing(10)
    with pytest.raises(error, match="page_size"):
        paging.iterate(listing.fetch, rows, total, maximum=100, page_size=page_size)
    with pytest.raises(error, match="page_size"):
        paging.aiterate(listing.afetch, rows, total, maximum=100, page_size=page_size)
    assert listing.asks == []


@pytest.mark.parametrize(("start", "error"), [(-1, ArgumentValueError), (1.5, ArgumentTypeError)])
def test_a_bad_start_is_refused(start: Any, error: type[Exception]) -> None:
    with pytest.raises(error, match="start"):
        paging.pages(Listing(10).fetch, rows, total, maximum=100, start=start)


def test_async_pages_and_items() -> None:
    listing = Listing(250, cap=60)

    async def main() -> tuple[list[int], int]:
        items = [item async for item in paging.aiterate(listing.afetch, rows, total, maximum=100)]
        pages = [page async for page in paging.apages(Listing(250).afetch, rows, total, maximum=100)]
        return items, len(pages)

    items, page_count = asyncio.run(main())
    assert items == list(range(250))
    assert page_count == 3


# --- the extension in the specs ------------------------------------------------------------------------


def _bundles() -> Iterator[tuple[str, dict[str, Any]]]:
    sys.path.insert(0, str(ROOT / "scripts"))
    from specbundle import bundle, spec_names

    for name in spec_names():
        yield name, bundle(name)


def test_every_declared_paging_fits_its_operation() -> None:
    """Parameters exist with the declared maximum; pointers lead to an array and an integer."""
    from specbundle import resolve

    checked = 0
    for name, doc in _bundles():
        for path, item in doc["paths"].items():
            for method, op in item.items():
                if not isinstance(op, dict) or "x-comptoir-paging" not in op:
                    continue
                where = f"{name} {method.upper()} {path}"
                value = op["x-comptoir-paging"]
                if value is False:
                    assert op.get("x-comptoir-paging-reason"), where
                    continue
                spec = PagingSpec.from_extension(value, where=where)
                params = {p["name"]: p for p in (resolve(doc, p) for p in op.get("parameters", []))}
                assert params[spec.offset]["in"] == "query", where
                assert params[spec.limit]["schema"].get("maximum") == spec.maximum, where
                schema = resolve(doc, next(iter(resolve(doc, op["responses"]["200"])["content"].values()))["schema"])

                assert _walk(doc, schema, spec, spec.items)["type"] == "array", where
                if spec.total is not None:
                    assert _walk(doc, schema, spec, spec.total)["type"] == "integer", where
                checked += 1
    assert checked == 41


def _walk(doc: Any, schema: Any, spec: PagingSpec, pointer: str) -> Any:
    from specbundle import resolve

    node = schema
    for step in spec.pointer_steps(pointer):
        node = resolve(doc, resolve(doc, node)["properties"][step])
    return resolve(doc, node)


@pytest.mark.parametrize(
    "value",
    [None, {"offset": "skip", "limit": "take", "maximum": 0, "items": "/x"},
     {"offset": "skip", "limit": "take", "maximum": 100, "items": "x"},
     {"offset": "skip", "limit": "take", "maximum": 100, "items": "/x", "extra": 1}],
)  # fmt: skip
def test_a_malformed_paging_extension_is_refused(value: Any) -> None:
    with pytest.raises(ConfigurationError):
        PagingSpec.from_extension(value)


# --- the four EBP envelopes through the generated iterate()/aiterate(), against the fake EBP --------


@dataclass
class Envelope:
    api: str
    module: Any
    arguments: dict[str, Any]
    key: Callable[[Any], str]
    expected: Callable[[int], str]


TENANT = uuid.UUID(int=7)


def _envelopes() -> list[Envelope]:
    from ebp_gescom.api.clients import list_clients
    from ebp_hubbix_compta.api.auxiliary_accounts import list_auxiliary_accounts
    from ebp_hubbix_compta.api.lines_entries import list_lines_entries
    from ebp_hubbix_gestion.api.sale_documents import get_sale_documents

    return [
        Envelope("gescom", list_clients, {"folder_id": "3691"}, lambda r: r.code.value, lambda i: f"C{i:05d}"),
        Envelope("hubbix-gestion", get_sale_documents, {"domain_id": "d1"}, lambda r: r.number, lambda i: f"FA{i:05d}"),
        Envelope("hubbix-compta", list_auxiliary_accounts, {"tenantid": TENANT}, lambda r: r.number,
                 lambda i: f"411{i:05d}"),
        Envelope("hubbix-compta", list_lines_entries, {"tenantid": TENANT}, lambda r: r.label, lambda i: f"Ligne {i}"),
    ]  # fmt: skip


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeEbp]:
    with FakeEbp(rate=None, quota=None) as server:
        yield server


@pytest.mark.parametrize("max_returned", [None, 37])
@pytest.mark.parametrize("index", range(4), ids=["gescom", "gestion-elements", "compta-data", "compta-linesEntries"])
def test_iterate_and_aiterate_return_every_record_once_in_order(fake: FakeEbp, index: int,
                                                                 max_returned: int | None) -> None:  # fmt: skip
    envelope = _envelopes()[index]
    fake.max_returned = max_returned
    try:
        client = ebp.connect(envelope.api, subscription_key="paging-key", auth="token",
                             base_url=fake.url(envelope.api), rate_limits=None)  # fmt: skip
        with client:
            records = list(envelope.module.iterate(client=client, **envelope.arguments))
            pages = list(envelope.module.pages(client=client, page_size=500 // 5, **envelope.arguments))

        async def collect() -> list[Any]:
            async with client:
                return [r async for r in envelope.module.aiterate(client=client, **envelope.arguments)]

        arecords = asyncio.run(collect())
        resumed = list(envelope.module.iterate(client=client, start=1200, page_size=10, **envelope.arguments))
    finally:
        fake.max_returned = None
    expected = [envelope.expected(i) for i in range(1234)]
    assert [envelope.key(r) for r in records] == expected
    assert [envelope.key(r) for r in arecords] == expected
    assert [envelope.key(r) for r in resumed] == expected[1200:]
    assert len(pages) == (13 if max_returned is None else -(-1234 // 37))


def test_generated_paging_refuses_more_than_the_maximum_before_sending() -> None:
    from ebp_gescom.api.clients import list_clients

    client = ebp.connect("gescom", subscription_key="k", auth="t", base_url="http://127.0.0.1:9", rate_limits=None)
    with pytest.raises(ArgumentValueError):
        list_clients.iterate("3691", client=client, page_size=101)
    assert list_clients.MAXIMUM_PAGE_SIZE == 100
