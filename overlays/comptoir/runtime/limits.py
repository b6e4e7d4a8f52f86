"""Proactive rate limits and quotas, declared in the specs, shared by threads, processes and hosts.

A spec states its documented limits at its root (plain JSON data)::

    x-comptoir-rate-limits:
      scope: ebp                      # one budget for every API of this scope
      key: subscriptionKey            # the security scheme whose credential names the budget
      limits:
        - {requests: 1, per_seconds: 1}
        - {requests: 10000, per_seconds: 86400, quota: true}

``connect()`` turns it into a :class:`RateLimiter` whose budget (a *bucket*) is named by the scope
and a SHA-256 of the credential, never the credential itself, and lives in a
:class:`RateLimitStore`: :class:`MemoryStore` (threads and tasks of one process),
:class:`SQLiteStore` (the default: every process of the machine, one file per bucket under the
user's cache directory) or :class:`RedisStore` (every host using the same Redis server).

The algorithm is a sliding-window log of *reservations*: each request atomically reserves the
earliest instant at which every limit still holds (counting reservations already made by others,
and a shared "blocked until" pushed by a server's 429), then sleeps until that instant, holding no
lock. Each window is taken :data:`SAFETY_MARGIN` longer than declared so that scheduling jitter
between reserving and sending never makes a strict server count one request too many, and a
short limit of ``n`` per ``w`` is paced evenly (one request every ``w / n``) rather than in bursts
of ``n``: the same rate, but requests never contend with each other for the last slot of a
window. Quotas are not spread: they are used as they come.

A server counts a request when it arrives, so the instant recorded is the instant the request's
first byte leaves: the client's own connection pool holds that write until then
(:mod:`comptoir.runtime.sendgate`), the thread having woken :data:`SEND_LEAD` early to run the
client stack meanwhile; a request granted at once is recorded (and held) ``SEND_LEAD`` from now, at
most one pacing interval, for the same reason. On a machine where code idle for a second takes tens
of milliseconds to run again, this is what keeps two requests a window apart on arrival.

Why not pyrate-limiter (checked: 4.5): its Redis bucket stamps items with each host's own clock
(ours reads the Redis server's clock in the transaction, so skewed hosts share one timeline), its
limiter stamps an item before taking the store's lock (a process that waited for the lock records
a stale time and its successor goes early), it has no place for a server-imposed "blocked until"
checked in the same atomic step, and it polls (sleep, retry the put) where a reservation needs one
store round trip per request. The whole algorithm is :func:`_plan`, shared by the three stores.
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import math
import os
import sqlite3
import threading
import time
from abc import ABC, abstractmethod
from collections import deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NamedTuple, ParamSpec, TypeVar

import httpx
import platformdirs
import redis
from filelock import FileLock, Timeout

from ..errors import ConfigurationError, QuotaExceededError, RateLimitStoreError
from ..secret import Secret

SAFETY_MARGIN = 0.015
"""Each window is held this fraction longer than declared (at most :data:`MAX_MARGIN` seconds)."""
MAX_MARGIN = 0.25
EARLY_WAKE = 0.02
"""A paced request wakes this many seconds before its instant: it checks the store then, not after."""
SEND_LEAD = 0.1
"""A paced request whose first write is held (:mod:`comptoir.runtime.sendgate`) wakes this many
seconds before its instant: the client stack runs during the lead, the write waits for the instant."""
SHORTEST_HOLD = 0.001
"""A request granted at once with less than this to wait goes at once (its stack takes longer)."""
DEFAULT_DIRECTORY_NAME = "rate-limits"


class DeadlineExceeded(httpx.TimeoutException):
    """The call's deadline passed, or waiting for the rate limit would outlive it (an httpx timeout)."""


@dataclass(frozen=True)
class Limit:
    """At most ``requests`` per sliding ``per_seconds``; a ``quota`` is not waited for by default."""

    requests: int
    per_seconds: float
    quota: bool = False
    window: float = field(init=False, repr=False, compare=False)
    """The window the limiter holds: the declared one plus the safety margin."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "window", self.per_seconds + min(self.per_seconds * SAFETY_MARGIN, MAX_MARGIN))

    def describe(self) -> str:
        """``10000 requests per 86400 s``."""
        return f"{self.requests} request{'s' if self.requests > 1 else ''} per {self.per_seconds:g} s"


@dataclass(frozen=True)
class RateLimits:
    """The value of a spec's ``x-comptoir-rate-limits``."""

    scope: str
    key: str
    limits: tuple[Limit, ...]

    @classmethod
    def from_extension(cls, value: object, *, where: str = "x-comptoir-rate-limits") -> RateLimits:
        """Validate the extension's plain-JSON value; :class:`ConfigurationError` names what is wrong."""
        if not isinstance(value, Mapping):
            raise ConfigurationError(f"{where}: expected an object, got {type(value).__name__}")
        unknown = set(value) - {"scope", "key", "limits"}
        if unknown:
            raise ConfigurationError(f"{where}: unknown keys {sorted(unknown)}")
        scope, key, raw_limits = value.get("scope"), value.get("key"), value.get("limits")
        if not isinstance(scope, str) or not scope.replace("-", "").isalnum():
            raise ConfigurationError(f"{where}.scope: expected a name of letters, digits and '-', got {scope!r}")
        if not isinstance(key, str) or not key:
            raise ConfigurationError(f"{where}.key: expected a security scheme name, got {key!r}")
        if not isinstance(raw_limits, list) or not raw_limits:
            raise ConfigurationError(f"{where}.limits: expected a non-empty list")
        limits = []
        for index, raw in enumerate(raw_limits):
            here = f"{where}.limits[{index}]"
            if not isinstance(raw, Mapping) or set(raw) - {"requests", "per_seconds", "quota"}:
                raise ConfigurationError(f"{here}: expected {{requests, per_seconds, quota?}}, got {raw!r}")
            requests, per_seconds, quota = raw.get("requests"), raw.get("per_seconds"), raw.get("quota", False)
            if not isinstance(requests, int) or isinstance(requests, bool) or requests < 1:
                raise ConfigurationError(f"{here}.requests: expected a positive integer, got {requests!r}")
            if (
                not isinstance(per_seconds, int | float)
                or isinstance(per_seconds, bool)
                or not math.isfinite(per_seconds)
                or per_seconds <= 0
            ):
                raise ConfigurationError(f"{here}.per_seconds: expected a positive number, got {per_seconds!r}")
            if not isinstance(quota, bool):
                raise ConfigurationError(f"{here}.quota: expected true or false, got {quota!r}")
            limits.append(Limit(requests, float(per_seconds), quota))
        return cls(scope, key, tuple(limits))


class _Snapshot(NamedTuple):
    """What a store reads, atomically, before deciding: its clock, the block, the n-th latest reservations."""

    now: float
    blocked_until: float
    latest: Mapping[int, float]  # n -> the n-th most recent reservation (absent when fewer exist)


class Decision(NamedTuple):
    """A reservation (``granted``: sleep ``wait`` seconds from when the store returns, then send) or a refusal."""

    granted: bool
    wait: float
    now: float
    quota: Limit | None = None
    hold: float = 0.0
    """Seconds until the instant a granted reservation is recorded at (``wait``, or longer for a
    request granted at once: see :func:`_plan`'s ``slack``); its first byte leaves then."""

    def since(self, clock_read_at: float) -> Decision:
        """The same decision with ``wait`` and ``hold`` counted from now, the store's clock having been
        read at ``clock_read_at`` (``time.monotonic()``): a slow transaction must not delay the request."""
        elapsed = time.monotonic() - clock_read_at
        return self._replace(wait=self.wait - elapsed, hold=self.hold - elapsed)


def _plan(
    limits: Sequence[Limit], snapshot: _Snapshot, *, max_wait: float, max_quota_wait: float, slack: float = 0.0
) -> Decision:
    """The earliest instant every limit allows, or a refusal when it is further than allowed.

    A request is recorded (and its first byte held) at least ``slack`` seconds from now, at most one
    pacing interval: the client stack runs in between, so the recorded instant is when it arrives.
    """
    now = snapshot.now
    slot = max(now, snapshot.blocked_until, snapshot.latest.get(1, now))
    spent: Limit | None = None
    quota_free = now
    interval = math.inf
    for limit in limits:
        if not limit.quota:
            interval = min(interval, limit.window / limit.requests)
        if not limit.quota and 1 in snapshot.latest:  # even pacing: one request every window / requests
            slot = max(slot, snapshot.latest[1] + limit.window / limit.requests)
        nth = snapshot.latest.get(limit.requests)
        if nth is None:
            continue
        free = nth + limit.window
        slot = max(slot, free)
        if limit.quota and free > quota_free:
            spent, quota_free = limit, free
    if spent is not None and quota_free - now > max_quota_wait:
        return Decision(False, quota_free - now, now, spent)
    if slot - now > max_wait:
        return Decision(False, slot - now, now)
    return Decision(True, slot - now, now, hold=max(slot, now + min(slack, interval)) - now)


class _Shape(NamedTuple):
    """Values the stores derive from a set of limits."""

    limits: Sequence[Limit]
    depths: list[int]
    """The n for which a store reads the n-th latest reservation."""
    horizon: float
    """How long a reservation matters (the longest window)."""


_SHAPES: dict[int, _Shape] = {}


def _shape(limits: Sequence[Limit]) -> _Shape:
    """What the stores need of ``limits``, computed once per limits object (every call reserves)."""
    shape = _SHAPES.get(id(limits))
    if shape is None or shape.limits is not limits:
        if len(_SHAPES) >= 64:  # limits made again and again (tests): keep the cache small
            _SHAPES.clear()
        depths = sorted({1, *(limit.requests for limit in limits)})
        shape = _SHAPES[id(limits)] = _Shape(limits, depths, max(limit.window for limit in limits))
    return shape


def _depths(limits: Sequence[Limit]) -> list[int]:
    return _shape(limits).depths


def _horizon(limits: Sequence[Limit]) -> float:
    return _shape(limits).horizon


P = ParamSpec("P")
R = TypeVar("R")


def _store_errors(method: Callable[P, R]) -> Callable[P, R]:
    """A store's SQLite, file-system or Redis failure as :class:`RateLimitStoreError` naming the store."""

    @functools.wraps(method)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(*args, **kwargs)
        except (sqlite3.Error, OSError, redis.RedisError, Timeout) as error:
            store = args[0] if args else "the rate-limit store"
            raise RateLimitStoreError(f"{store!r} failed: {type(error).__name__}: {error}"[:300]) from error

    return wrapper


class RateLimitStore(ABC):
    """Where buckets live; :meth:`reserve` is atomic across everyone sharing the store."""

    blocking_io = True
    """Whether calls do I/O (async callers then run them in a worker thread)."""

    @abstractmethod
    def reserve(
        self, bucket: str, limits: Sequence[Limit], *, max_wait: float, max_quota_wait: float, slack: float = 0.0
    ) -> Decision:
        """Reserve the earliest allowed instant for one request, unless it is further than allowed
        (``slack``: see :func:`_plan`)."""

    @abstractmethod
    def block(self, bucket: str, seconds: float) -> None:
        """Nobody sharing the bucket may send for ``seconds`` from now (a server's Retry-After)."""

    @abstractmethod
    def blocked_for(self, bucket: str) -> float:
        """Seconds until the bucket's block ends (0 when not blocked)."""


class MemoryStore(RateLimitStore):
    """Buckets in this process only: every thread and asyncio task of it."""

    blocking_io = False

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._logs: dict[str, deque[float]] = {}
        self._blocked: dict[str, float] = {}

    def reserve(
        self, bucket: str, limits: Sequence[Limit], *, max_wait: float, max_quota_wait: float, slack: float = 0.0
    ) -> Decision:
        with self._lock:
            now = time.time()
            log = self._logs.setdefault(bucket, deque())
            cutoff = now - _horizon(limits)
            while log and log[0] < cutoff:
                log.popleft()
            latest = {n: log[-n] for n in _depths(limits) if len(log) >= n}
            decision = _plan(limits, _Snapshot(now, self._blocked.get(bucket, 0.0), latest),
                             max_wait=max_wait, max_quota_wait=max_quota_wait, slack=slack)  # fmt: skip
            if decision.granted:
                log.append(now + decision.hold)
            return decision

    def block(self, bucket: str, seconds: float) -> None:
        with self._lock:
            until = time.time() + seconds
            self._blocked[bucket] = max(self._blocked.get(bucket, 0.0), until)

    def blocked_for(self, bucket: str) -> float:
        with self._lock:
            return max(0.0, self._blocked.get(bucket, 0.0) - time.time())


class SQLiteStore(RateLimitStore):
    """One SQLite file per bucket in ``directory``: every process of the machine shares it.

    Each reservation is one ``BEGIN IMMEDIATE`` transaction (SQLite's write lock serialises
    processes and threads), reading the clock inside it. The files hold times only.
    """

    def __init__(self, directory: str | os.PathLike[str] | None = None) -> None:
        self.directory = Path(directory) if directory is not None else default_directory()
        self._local = threading.local()

    def __repr__(self) -> str:
        return f"SQLiteStore({str(self.directory)!r})"

    def _connection(self, bucket: str) -> sqlite3.Connection:
        connections: dict[str, sqlite3.Connection] | None = getattr(self._local, "connections", None)
        if connections is None or getattr(self._local, "pid", None) != os.getpid():
            connections = self._local.connections = {}
            self._local.pid = os.getpid()
        connection = connections.get(bucket)
        if connection is None:
            self.directory.mkdir(mode=0o700, parents=True, exist_ok=True)
            # Switching to WAL needs the database alone: SQLite answers "database is locked" at once, busy
            # timeout or not, when processes open a new file together; so the set-up runs under a file lock.
            with FileLock(str(self.directory / f"{bucket}.init-lock"), timeout=60):
                connection = sqlite3.connect(self.directory / f"{bucket}.sqlite3", timeout=60, isolation_level=None)
                if connection.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                    connection.execute("PRAGMA journal_mode=WAL")
                connection.execute("PRAGMA synchronous=NORMAL")
                connection.execute("CREATE TABLE IF NOT EXISTS reservations (at REAL NOT NULL)")
                connection.execute("CREATE INDEX IF NOT EXISTS reservations_at ON reservations (at)")
                connection.execute(
                    "CREATE TABLE IF NOT EXISTS block (id INTEGER PRIMARY KEY CHECK (id = 0), until REAL)"
                )
            connections[bucket] = connection
        return connection

    def _transaction(self, bucket: str, work: Callable[[sqlite3.Connection], Any]) -> Any:
        connection = self._connection(bucket)
        connection.execute("BEGIN IMMEDIATE")
        try:
            result = work(connection)
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")
        return result

    @_store_errors
    def reserve(
        self, bucket: str, limits: Sequence[Limit], *, max_wait: float, max_quota_wait: float, slack: float = 0.0
    ) -> Decision:
        clock_read_at = 0.0

        def work(connection: sqlite3.Connection) -> Decision:
            nonlocal clock_read_at
            now, clock_read_at = time.time(), time.monotonic()
            connection.execute("DELETE FROM reservations WHERE at < ?", (now - _horizon(limits),))
            latest = {}
            for n in _depths(limits):
                row = connection.execute(
                    "SELECT at FROM reservations ORDER BY at DESC LIMIT 1 OFFSET ?", (n - 1,)
                ).fetchone()
                if row is not None:
                    latest[n] = float(row[0])
            decision = _plan(limits, _Snapshot(now, self._blocked_until(connection), latest),
                             max_wait=max_wait, max_quota_wait=max_quota_wait, slack=slack)  # fmt: skip
            if decision.granted:
                connection.execute("INSERT INTO reservations (at) VALUES (?)", (now + decision.hold,))
            return decision

        result: Decision = self._transaction(bucket, work)
        return result.since(clock_read_at)

    @staticmethod
    def _blocked_until(connection: sqlite3.Connection) -> float:
        row = connection.execute("SELECT until FROM block WHERE id = 0").fetchone()
        return float(row[0]) if row is not None else 0.0

    @_store_errors
    def block(self, bucket: str, seconds: float) -> None:
        def work(connection: sqlite3.Connection) -> None:
            until = max(self._blocked_until(connection), time.time() + seconds)
            connection.execute("INSERT OR REPLACE INTO block (id, until) VALUES (0, ?)", (until,))

        self._transaction(bucket, work)

    @_store_errors
    def blocked_for(self, bucket: str) -> float:
        row = self._connection(bucket).execute("SELECT until FROM block WHERE id = 0").fetchone()
        return max(0.0, float(row[0]) - time.time()) if row is not None else 0.0


class RedisStore(RateLimitStore):
    """Buckets in Redis (the server :class:`~comptoir.auth.redis_store.RedisTokenStore` uses): every host.

    A reservation is an optimistic transaction (``WATCH``/``MULTI``) on the bucket's sorted set,
    timed by the Redis server's clock, so hosts with skewed clocks still share one timeline.
    """

    def __init__(self, client: redis.Redis, *, prefix: str = "comptoir:rate-limits:") -> None:
        self._client = client
        self._prefix = prefix

    @classmethod
    def from_url(cls, url: str) -> RedisStore:
        """A store on the Redis server at ``url`` (``redis://``, ``rediss://`` or ``unix://``)."""
        return cls(redis.Redis.from_url(url))

    def __repr__(self) -> str:
        return "RedisStore(...)"

    def _now(self, pipe: Any) -> float:
        seconds, microseconds = pipe.time()
        return float(seconds) + float(microseconds) / 1e6

    @_store_errors
    def reserve(
        self, bucket: str, limits: Sequence[Limit], *, max_wait: float, max_quota_wait: float, slack: float = 0.0
    ) -> Decision:
        log_key, block_key = self._prefix + bucket, self._prefix + bucket + ":block"
        with self._client.pipeline() as pipe:
            while True:
                try:
                    pipe.watch(log_key, block_key)  # type: ignore[no-untyped-call]
                    now, clock_read_at = self._now(pipe), time.monotonic()
                    raw_block = pipe.get(block_key)
                    latest = {}
                    for n in _depths(limits):
                        found = pipe.zrange(log_key, -n, -n, withscores=True)
                        if found:  # empty when fewer than n exist
                            latest[n] = float(found[0][1])
                    blocked_until = float(raw_block) if raw_block is not None else 0.0
                    decision = _plan(limits, _Snapshot(now, blocked_until, latest),
                                     max_wait=max_wait, max_quota_wait=max_quota_wait, slack=slack)  # fmt: skip
                    pipe.multi()
                    pipe.zremrangebyscore(log_key, "-inf", now - _horizon(limits))
                    if decision.granted:
                        at = now + decision.hold
                        pipe.zadd(log_key, {f"{at!r}:{os.urandom(6).hex()}": at})
                        pipe.expire(log_key, math.ceil(_horizon(limits) + (at - now)) + 1)
                    pipe.execute()
                    return decision.since(clock_read_at)
                except redis.WatchError:
                    continue

    @_store_errors
    def block(self, bucket: str, seconds: float) -> None:
        block_key = self._prefix + bucket + ":block"
        with self._client.pipeline() as pipe:
            while True:
                try:
                    pipe.watch(block_key)  # type: ignore[no-untyped-call]
                    now = self._now(pipe)
                    raw = pipe.get(block_key)
                    until = max(float(raw) if raw is not None else 0.0, now + seconds)
                    pipe.multi()
                    pipe.set(block_key, repr(until), px=max(1, math.ceil(seconds * 1000)) + 1000)
                    pipe.execute()
                    return
                except redis.WatchError:
                    continue

    @_store_errors
    def blocked_for(self, bucket: str) -> float:
        with self._client.pipeline(transaction=True) as pipe:
            pipe.time()
            pipe.get(self._prefix + bucket + ":block")
            (seconds, microseconds), raw = pipe.execute()
        return max(0.0, float(raw) - (float(seconds) + float(microseconds) / 1e6)) if raw is not None else 0.0


_declared_off = 0
_declared_off_lock = threading.Lock()


@contextmanager
def declared_limits_off() -> Iterator[None]:
    """Within this block, connect() applies no *declared* limits (explicit ``rate_limits=`` still apply).

    For a mock of the vendor in tests (the testing kit's ``comptoir_mock`` uses it): the declared
    limits protect the vendor's servers, and pacing a mock at 1 request/s only slows the tests.
    """
    global _declared_off  # noqa: PLW0603 - one process-wide switch, counted for nesting
    with _declared_off_lock:
        _declared_off += 1
    try:
        yield
    finally:
        with _declared_off_lock:
            _declared_off -= 1


def declared_limits_apply() -> bool:
    """False inside :func:`declared_limits_off`."""
    return _declared_off == 0


def default_directory() -> Path:
    """``<user cache dir>/comptoir/rate-limits`` (platformdirs), where the default store keeps its files."""
    return Path(platformdirs.user_cache_dir("comptoir")) / DEFAULT_DIRECTORY_NAME


_MEMORY = MemoryStore()
_STORES: dict[str, RateLimitStore] = {}
_STORES_LOCK = threading.Lock()

StoreSpec = RateLimitStore | redis.Redis | str | os.PathLike[str] | None


def open_store(spec: StoreSpec) -> RateLimitStore:
    """The store ``connect(rate_limit_store=...)`` names.

    ``None``: the SQLite files under the user's cache directory (every process of the machine);
    ``"memory"``: this process only; ``"redis://..."`` (or ``rediss://``, ``unix://``) or a
    ``redis.Redis``: every host using that server; a path: SQLite files in that directory; or any
    :class:`RateLimitStore`. Stores opened by URL or path are shared within the process.
    """
    if isinstance(spec, RateLimitStore):
        return spec
    if isinstance(spec, redis.Redis):
        return RedisStore(spec)
    if spec == "memory":
        return _MEMORY
    if spec is None or isinstance(spec, os.PathLike):
        directory = default_directory() if spec is None else Path(spec)
        name = f"sqlite:{directory.resolve()}"
        factory: Callable[[], RateLimitStore] = lambda: SQLiteStore(directory)  # noqa: E731
    elif isinstance(spec, str) and spec.split("://", 1)[0] in ("redis", "rediss", "unix"):
        name, url = spec, spec
        factory = lambda: RedisStore.from_url(url)  # noqa: E731
    else:
        raise ConfigurationError(
            "rate_limit_store must be None (a SQLite file in the user cache directory), 'memory', a redis:// URL, "
            f"a redis.Redis, a directory path or a RateLimitStore; got {type(spec).__name__}"
        )
    with _STORES_LOCK:
        store = _STORES.get(name)
        if store is None:
            store = _STORES[name] = factory()
        return store


def bucket_name(scope: str, secret: str | Secret) -> str:
    """``<scope>-<SHA-256 of the secret>``: names a budget without revealing the credential."""
    return f"{scope}-{hashlib.sha256(Secret.of(secret).get_secret_value().encode()).hexdigest()}"


class RateLimiter:
    """Paces requests to one bucket; :meth:`acquire` (threads) and :meth:`aacquire` (asyncio).

    ``max_wait`` is how long a call may wait for a spent quota to free (default 0: raise
    :class:`QuotaExceededError` at once); waits for the short limits are bounded only by the
    call's deadline.
    """

    def __init__(
        self, limits: RateLimits, store: RateLimitStore, secret: str | Secret, *, max_wait: float = 0.0
    ) -> None:
        if not isinstance(max_wait, int | float) or isinstance(max_wait, bool) or not max_wait >= 0:
            raise ConfigurationError(f"max_wait must be a number of seconds >= 0, got {max_wait!r}")
        self.limits = limits
        self.store = store
        self.max_wait = float(max_wait)
        self._bucket = bucket_name(limits.scope, secret)

    def __repr__(self) -> str:
        return f"RateLimiter(scope={self.limits.scope!r}, store={self.store!r}, max_wait={self.max_wait})"

    def _decide(self, deadline: float | None) -> Decision:
        left = math.inf if deadline is None else deadline - time.monotonic()
        if left <= 0:
            raise DeadlineExceeded("the call's deadline passed before it could be sent")
        decision = self.store.reserve(
            self._bucket, self.limits.limits, max_wait=left, max_quota_wait=self.max_wait, slack=SEND_LEAD
        )
        if decision.granted:
            return decision
        if decision.quota is not None:
            reset_at = time.time() + decision.wait
            when = datetime.fromtimestamp(reset_at, UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
            raise QuotaExceededError(
                f"{self.limits.scope}: the quota of {decision.quota.describe()} is spent; it frees at {when} "
                "(nothing was sent; pass max_wait= to connect() to wait for it)",
                reset_at=reset_at,
            )
        raise DeadlineExceeded(f"the rate limit allows the next request in {decision.wait:.3f} s, after the deadline")

    def reserve(self, deadline: float | None = None, lead: float = EARLY_WAKE) -> float | None:
        """Reserve the request's instant and sleep until ``lead`` seconds before it (no lock is held):
        the ``time.monotonic()`` instant its first byte may leave, or None when it may leave now.

        Woken, the thread checks the bucket's block (a 429 a sibling got meanwhile: then it reserves
        again), so neither the store's I/O nor a slow wake from a long sleep delays the request.
        """
        while True:
            decision = self._decide(deadline)
            due = time.monotonic() + decision.hold
            if decision.wait <= 0:  # granted at once: not blocked; held at most `slack`
                return due if decision.hold > SHORTEST_HOLD else None
            time.sleep(max(0.0, decision.hold - lead))
            if self.store.blocked_for(self._bucket) <= 0:
                return due

    def acquire(self, deadline: float | None = None) -> None:
        """Block this thread until the request may go (:meth:`reserve`, then sleep to the instant)."""
        due = self.reserve(deadline)
        if due is not None:
            time.sleep(max(0.0, due - time.monotonic()))

    async def areserve(self, deadline: float | None = None, lead: float = EARLY_WAKE) -> float | None:
        """:meth:`reserve` for asyncio (``await asyncio.sleep``; store I/O runs off the event loop)."""
        while True:
            if self.store.blocking_io:
                decision = await asyncio.to_thread(self._decide, deadline)
            else:
                decision = self._decide(deadline)
            due = time.monotonic() + decision.hold
            if decision.wait <= 0:
                return due if decision.hold > SHORTEST_HOLD else None
            await asyncio.sleep(max(0.0, decision.hold - lead))
            blocked = (
                await asyncio.to_thread(self.store.blocked_for, self._bucket)
                if self.store.blocking_io
                else self.store.blocked_for(self._bucket)
            )
            if blocked <= 0:
                return due

    async def aacquire(self, deadline: float | None = None) -> None:
        """Wait until the request may go (:meth:`areserve`, then ``asyncio.sleep`` to the instant)."""
        due = await self.areserve(deadline)
        if due is not None:
            await asyncio.sleep(max(0.0, due - time.monotonic()))

    def push_back(self, seconds: float) -> None:
        """A server answered 429 with Retry-After: every sibling sharing the bucket waits ``seconds``."""
        self.store.block(self._bucket, seconds)

    async def apush_back(self, seconds: float) -> None:
        """:meth:`push_back` off the event loop."""
        if self.store.blocking_io:
            await asyncio.to_thread(self.store.block, self._bucket, seconds)
        else:
            self.store.block(self._bucket, seconds)
