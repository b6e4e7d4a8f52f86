"""Offset/limit paging, declared per operation in the specs and generated into its module.

A paged operation says in its spec how it pages (plain JSON data; names are the JSON parameter
names, ``items`` and ``total`` JSON pointers into the response body, ``""`` being the body itself)::

    x-comptoir-paging: {offset: skip, limit: take, maximum: 100, items: /elements, total: /total}
    x-comptoir-paging: {offset: Offset, limit: Limit, maximum: 100, items: /clients, total: /paging/total}
    x-comptoir-paging: false              # has such parameters but is not a listing...
    x-comptoir-paging-reason: "..."       # ...and says why

The generated ``pages()`` / ``iterate()`` / ``aiterate()`` of each paged operation call the
functions here with a ``fetch(offset, limit)`` bound to the operation's other arguments. The rules:

- each page asks for ``page_size`` items, by default the largest page allowed (``maximum``), and a
  ``page_size`` above the maximum (or below 1) is refused before anything is sent;
- the next offset is the previous one plus the number of items actually returned, so a server
  that returns fewer than asked never makes an item be skipped or repeated;
- paging stops when the total is reached, on an empty page, or, when the server gives no total,
  on a page shorter than asked;
- ``start`` resumes from an offset (for instance ``start=n`` after ``n`` items already seen).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from ..errors import ArgumentTypeError, ArgumentValueError, ConfigurationError

PageT = TypeVar("PageT")
ItemT = TypeVar("ItemT")

PAGING_EXTENSION = "x-comptoir-paging"
REASON_EXTENSION = "x-comptoir-paging-reason"


@dataclass(frozen=True)
class PagingSpec:
    """The value of an operation's ``x-comptoir-paging`` (when not ``false``)."""

    offset: str
    limit: str
    maximum: int
    items: str
    total: str | None = None

    @classmethod
    def from_extension(cls, value: object, *, where: str = PAGING_EXTENSION) -> PagingSpec:
        """Validate the extension's plain-JSON value; :class:`ConfigurationError` names what is wrong."""
        if not isinstance(value, Mapping):
            raise ConfigurationError(f"{where}: expected an object or false, got {value!r}")
        unknown = set(value) - {"offset", "limit", "maximum", "items", "total"}
        if unknown:
            raise ConfigurationError(f"{where}: unknown keys {sorted(unknown)}")
        for name in ("offset", "limit"):
            if not isinstance(value.get(name), str) or not value[name]:
                raise ConfigurationError(f"{where}.{name}: expected a parameter name, got {value.get(name)!r}")
        maximum = value.get("maximum")
        if not isinstance(maximum, int) or isinstance(maximum, bool) or maximum < 1:
            raise ConfigurationError(f"{where}.maximum: expected a positive integer, got {maximum!r}")
        for name in ("items", "total"):
            pointer = value.get(name)
            if (name == "items" or pointer is not None) and not _is_pointer(pointer):
                raise ConfigurationError(f"{where}.{name}: expected a JSON pointer ('' or '/…'), got {pointer!r}")
        return cls(value["offset"], value["limit"], maximum, value["items"], value.get("total"))

    def pointer_steps(self, pointer: str) -> list[str]:
        """The keys a JSON pointer walks through (``/paging/total`` -> ``["paging", "total"]``)."""
        return [step.replace("~1", "/").replace("~0", "~") for step in pointer.split("/")[1:]]


def _is_pointer(value: object) -> bool:
    return isinstance(value, str) and (value == "" or value.startswith("/"))


def check_page_size(page_size: object, maximum: int) -> int:
    """``page_size`` itself when given, else ``maximum``; refuses a size outside ``1..maximum``."""
    if page_size is None:
        return maximum
    if not isinstance(page_size, int) or isinstance(page_size, bool):
        raise ArgumentTypeError(f"must be an int, got {type(page_size).__name__}", parameter="page_size")
    if not 1 <= page_size <= maximum:
        raise ArgumentValueError(f"must be between 1 and {maximum} (the API's largest page), got {page_size}",
                                 parameter="page_size")  # fmt: skip
    return page_size


def check_start(start: object) -> int:
    """The offset to resume from: an int >= 0."""
    if not isinstance(start, int) or isinstance(start, bool):
        raise ArgumentTypeError(f"must be an int, got {type(start).__name__}", parameter="start")
    if start < 0:
        raise ArgumentValueError(f"must be >= 0, got {start}", parameter="start")
    return start


@dataclass
class _Cursor:
    """Where paging stands: the next offset, and whether the last page ended it."""

    offset: int
    size: int
    done: bool = False

    def advance(self, returned: int, total: int | None) -> None:
        self.offset += returned
        if returned == 0 or (self.offset >= total if total is not None else returned < self.size):
            self.done = True


def pages(
    fetch: Callable[[int, int], PageT],
    items: Callable[[PageT], Sequence[object]],
    total: Callable[[PageT], int | None],
    *,
    maximum: int,
    start: int = 0,
    page_size: int | None = None,
) -> Iterator[PageT]:
    """Every page, fetched lazily with ``fetch(offset, limit)``; arguments are checked before the first call."""
    cursor = _Cursor(check_start(start), check_page_size(page_size, maximum))
    return _pages(fetch, items, total, cursor)


def _pages(
    fetch: Callable[[int, int], PageT],
    items: Callable[[PageT], Sequence[object]],
    total: Callable[[PageT], int | None],
    cursor: _Cursor,
) -> Iterator[PageT]:
    while not cursor.done:
        page = fetch(cursor.offset, cursor.size)
        cursor.advance(len(items(page)), total(page))
        yield page


def iterate(
    fetch: Callable[[int, int], PageT],
    items: Callable[[PageT], Sequence[ItemT]],
    total: Callable[[PageT], int | None],
    *,
    maximum: int,
    start: int = 0,
    page_size: int | None = None,
) -> Iterator[ItemT]:
    """Every item of every page, in order, each once; arguments are checked before the first call."""
    page_iterator = pages(fetch, items, total, maximum=maximum, start=start, page_size=page_size)
    return _items(page_iterator, items)


def _items(page_iterator: Iterator[PageT], items: Callable[[PageT], Sequence[ItemT]]) -> Iterator[ItemT]:
    for page in page_iterator:
        yield from items(page)


def apages(
    fetch: Callable[[int, int], Awaitable[PageT]],
    items: Callable[[PageT], Sequence[object]],
    total: Callable[[PageT], int | None],
    *,
    maximum: int,
    start: int = 0,
    page_size: int | None = None,
) -> AsyncIterator[PageT]:
    """:func:`pages` for asyncio: ``fetch`` returns an awaitable."""
    cursor = _Cursor(check_start(start), check_page_size(page_size, maximum))
    return _apages(fetch, items, total, cursor)


async def _apages(
    fetch: Callable[[int, int], Awaitable[PageT]],
    items: Callable[[PageT], Sequence[object]],
    total: Callable[[PageT], int | None],
    cursor: _Cursor,
) -> AsyncIterator[PageT]:
    while not cursor.done:
        page = await fetch(cursor.offset, cursor.size)
        cursor.advance(len(items(page)), total(page))
        yield page


def aiterate(
    fetch: Callable[[int, int], Awaitable[PageT]],
    items: Callable[[PageT], Sequence[ItemT]],
    total: Callable[[PageT], int | None],
    *,
    maximum: int,
    start: int = 0,
    page_size: int | None = None,
) -> AsyncIterator[ItemT]:
    """:func:`iterate` for asyncio."""
    page_iterator = apages(fetch, items, total, maximum=maximum, start=start, page_size=page_size)
    return _aitems(page_iterator, items)


async def _aitems(
    page_iterator: AsyncIterator[PageT], items: Callable[[PageT], Sequence[ItemT]]
) -> AsyncIterator[ItemT]:
    async for page in page_iterator:
        for item in items(page):
            yield item


def total_at(page: object, attributes: tuple[str, ...]) -> int | None:
    """The total of a page at an attribute path (``("paging", "total")``); None when absent or not an int."""
    if not attributes:
        return None
    value: object = page
    for attribute in attributes:
        value = getattr(value, attribute, None)
    return value if isinstance(value, int) and not isinstance(value, bool) else None
