"""A token store in Redis, for workers on several hosts sharing one login.

Every Redis failure (connection refused, authentication, wrong key type, script error...) surfaces
as a `StoreError` naming the key and the server, never the URL's password or a token.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit

import redis
from redis.exceptions import LockNotOwnedError

from ..errors import ConfigurationError
from ..origin import redacted
from .errors import LockTimeout, StoreConflict, StoreError
from .journal import RefreshRecord
from .tokens import TokenSet

logger = logging.getLogger("comptoir.auth")

DEFAULT_KEY = "comptoir:ebp:tokens"

_COMPARE_AND_SET = """
local current = redis.call('GET', KEYS[1])
if ARGV[2] == '' then
    if current then return 0 end
elseif not current or cjson.decode(current)['refresh_token'] ~= ARGV[2] then
    return 0
end
redis.call('SET', KEYS[1], ARGV[1])
return 1
"""


@contextmanager
def redis_errors(location: str, action: str) -> Iterator[None]:
    """Turn any `redis.RedisError` raised inside into a `StoreError` naming `location` (never a token)."""
    try:
        yield
    except redis.RedisError as exc:
        raise StoreError(
            f"cannot {action} {location}: {type(exc).__name__}; check that the Redis server is up and the URL, "
            "password and key are right"
        ) from None


class RedisJournal:
    """The refresh-in-flight journal as one Redis key."""

    def __init__(self, client: redis.Redis, key: str, server: str) -> None:
        self._client = client
        self.key = key
        self.location = f"Redis key {key} on {server}"

    def begin(self, record: RefreshRecord) -> None:
        """Record a refresh about to be POSTed."""
        with redis_errors(self.location, "write"):
            self._client.set(self.key, record.to_json())

    def pending(self) -> RefreshRecord | None:
        """The refresh recorded but never finished, if any."""
        with redis_errors(self.location, "read"):
            data = self._client.get(self.key)
        return None if data is None else RefreshRecord.from_json(data, source=self.location)

    def clear(self) -> None:
        """Forget the recorded refresh."""
        with redis_errors(self.location, "write"):
            self._client.delete(self.key)


class RedisTokenStore:
    """Tokens as JSON under `key`; an expiring, owner-checked lock at `<key>:lock`; compare-and-set saves.

    `lock_expiry` must exceed a refresh's duration (the token request times out after 25 s at most).
    """

    def __init__(
        self, url: str, key: str = DEFAULT_KEY, *, lock_timeout: float = 30.0, lock_expiry: float = 60.0
    ) -> None:
        self.key = key
        self.lock_timeout = lock_timeout
        self.lock_expiry = lock_expiry
        try:
            self._client = redis.Redis.from_url(url)
        except ValueError:
            raise ConfigurationError(
                f"invalid Redis URL {redacted(url)!r}: expected redis://[:password@]host[:port][/db]"
            ) from None
        self.server = _server(url)
        self._journal = RedisJournal(self._client, f"{key}:journal", self.server)
        self._compare_and_set = self._client.register_script(_COMPARE_AND_SET)

    def __repr__(self) -> str:
        return f"RedisTokenStore(key={getattr(self, 'key', None)!r}, server={getattr(self, 'server', None)!r})"

    @property
    def location(self) -> str:
        """The Redis key holding the tokens, and its server (without password)."""
        return f"Redis key {self.key} on {self.server}"

    @property
    def journal(self) -> RedisJournal:
        """The journal key next to the tokens."""
        return self._journal

    @contextmanager
    def lock(self) -> Iterator[None]:
        """Hold `<key>:lock` (expiring after `lock_expiry`); raises `LockTimeout` after `lock_timeout` s."""
        lock = self._client.lock(
            f"{self.key}:lock", timeout=self.lock_expiry, sleep=0.05, blocking_timeout=self.lock_timeout
        )
        with redis_errors(self.location, "lock"):
            acquired = lock.acquire()
        if not acquired:
            raise LockTimeout(f"could not lock {self.location} within {self.lock_timeout:g} s: another worker holds it")
        try:
            yield
        finally:
            with redis_errors(self.location, "unlock"):
                try:
                    lock.release()
                except LockNotOwnedError:
                    logger.warning("the lock on %s expired before its holder released it", self.location)

    def load(self) -> TokenSet | None:
        """The stored tokens, or None when the key does not exist."""
        with redis_errors(self.location, "read"):
            data = self._client.get(self.key)
        if data is None:
            return None
        try:
            document = json.loads(data)
        except ValueError:
            raise StoreError(f"{self.location} is not valid JSON: run `comptoir logout` then log in again") from None
        return TokenSet.from_dict(document, source=self.location)

    def save(self, tokens: TokenSet, *, replacing: TokenSet | None) -> None:
        """Store `tokens` only if the key still holds `replacing`'s refresh token (atomic Lua script)."""
        with redis_errors(self.location, "write"):
            saved = self._compare_and_set(
                keys=[self.key],
                args=[json.dumps(tokens.to_dict()), replacing.refresh_token.get_secret_value() if replacing else ""],
            )
        if not saved:
            raise StoreConflict(f"{self.location} changed during the refresh; not overwriting it")

    def clear(self) -> None:
        """Delete the tokens and the journal."""
        with redis_errors(self.location, "write"):
            self._client.delete(self.key, self._journal.key)

    def check_writable(self) -> None:
        """Write then delete `<key>:probe` (expiring in 60 s should the delete not happen)."""
        with redis_errors(self.location, "write"):
            self._client.set(f"{self.key}:probe", b"1", ex=60)
            self._client.delete(f"{self.key}:probe")


def _server(url: str) -> str:
    """`host:port/db` of a Redis URL, without user name or password."""
    parts = urlsplit(url)
    try:
        port = parts.port
    except ValueError:
        raise ConfigurationError(f"invalid port in Redis URL {redacted(url)!r}") from None
    if parts.scheme == "unix":
        return parts.path
    return f"{parts.hostname or 'localhost'}:{port or 6379}{parts.path}"
