"""A token store in Redis, for workers on several hosts sharing one login."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager

import redis
from redis.exceptions import LockNotOwnedError

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


class RedisJournal:
    """The refresh-in-flight journal as one Redis key."""

    def __init__(self, client: redis.Redis, key: str) -> None:
        self._client = client
        self.key = key

    def begin(self, record: RefreshRecord) -> None:
        """Record a refresh about to be POSTed."""
        self._client.set(self.key, record.to_json())

    def pending(self) -> RefreshRecord | None:
        """The refresh recorded but never finished, if any."""
        data = self._client.get(self.key)
        return None if data is None else RefreshRecord.from_json(data, source=f"Redis key {self.key}")

    def clear(self) -> None:
        """Forget the recorded refresh."""
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
        self._client = redis.Redis.from_url(url)
        self._journal = RedisJournal(self._client, f"{key}:journal")
        self._compare_and_set = self._client.register_script(_COMPARE_AND_SET)

    def __repr__(self) -> str:
        return f"RedisTokenStore(key={self.key!r})"

    @property
    def location(self) -> str:
        """The Redis key holding the tokens."""
        return f"Redis key {self.key}"

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
        if not lock.acquire():
            raise LockTimeout(f"could not lock {self.location} within {self.lock_timeout:g} s: another worker holds it")
        try:
            yield
        finally:
            try:
                lock.release()
            except LockNotOwnedError:
                logger.warning("the lock on %s expired before its holder released it", self.location)

    def load(self) -> TokenSet | None:
        """The stored tokens, or None when the key does not exist."""
        data = self._client.get(self.key)
        if data is None:
            return None
        try:
            document = json.loads(data)
        except ValueError:
            raise StoreError(f"{self.location} is not valid JSON") from None
        return TokenSet.from_dict(document, source=self.location)

    def save(self, tokens: TokenSet, *, replacing: TokenSet | None) -> None:
        """Store `tokens` only if the key still holds `replacing`'s refresh token (atomic Lua script)."""
        expected = replacing.refresh_token if replacing else ""
        if not self._compare_and_set(keys=[self.key], args=[json.dumps(tokens.to_dict()), expected]):
            raise StoreConflict(f"{self.location} changed during the refresh; not overwriting it")

    def clear(self) -> None:
        """Delete the tokens and the journal."""
        self._client.delete(self.key, self._journal.key)
