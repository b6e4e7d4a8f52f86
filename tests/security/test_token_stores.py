"""Finding 6: token stores refuse what is unsafe, and every OS or Redis failure is a `StoreError` naming the place.

Refused, with the path and what to do: a token file or directory accessible by group or others or owned
by another user, a symbolic link as token path (an atomic save used to replace the link by a file, the
target keeping the dead refresh token), a non-finite or boolean expiry. IsADirectory, ELOOP and Redis
ConnectionError/ResponseError used to escape raw.
"""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path
from typing import Any

import pytest
import redis

from comptoir.auth import FileTokenStore, StoreError, TokenSet
from comptoir.auth.redis_store import RedisTokenStore

from .conftest import ACCESS_TOKEN, REFRESH_TOKEN, closed_port, leaks

DOCUMENT = {"access_token": ACCESS_TOKEN, "refresh_token": REFRESH_TOKEN, "expires_at": 2e9, "issued_at": 1.9e9}


def _private_dir(tmp_path: Path) -> Path:
    directory = tmp_path / "private"
    directory.mkdir(mode=0o700)
    return directory


def _write(path: Path, document: Any, mode: int = 0o600) -> None:
    path.write_text(json.dumps(document))
    path.chmod(mode)


def _tokens() -> TokenSet:
    from comptoir.secret import Secret

    return TokenSet(access_token=Secret("a2"), refresh_token=Secret("r2"), expires_at=2e9, issued_at=1.9e9)


def _refused(store: Any, match: str) -> str:
    with pytest.raises(StoreError, match=match) as caught:
        store.load()
    assert not leaks(str(caught.value))
    return str(caught.value)


def test_a_token_file_readable_by_others_is_refused_with_the_fix(tmp_path: Path) -> None:
    path = _private_dir(tmp_path) / "tokens.json"
    _write(path, DOCUMENT, mode=0o644)
    message = _refused(FileTokenStore(path), "accessible by group or others")
    assert f"chmod 600 {path}" in message


def test_a_token_directory_open_to_others_is_refused_with_the_fix(tmp_path: Path) -> None:
    directory = _private_dir(tmp_path)
    _write(directory / "tokens.json", DOCUMENT)
    directory.chmod(0o750)
    message = _refused(FileTokenStore(directory / "tokens.json"), "accessible by group or others")
    assert f"chmod 700 {directory}" in message


def test_a_token_file_owned_by_another_user_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _private_dir(tmp_path) / "tokens.json"
    _write(path, DOCUMENT)
    real_uid = os.geteuid()
    monkeypatch.setattr(os, "geteuid", lambda: real_uid + 1)  # the files now belong to "someone else"
    _refused(FileTokenStore(path), f"owned by user id {real_uid}")


def test_a_symlinked_token_path_is_refused_and_its_target_left_alone(tmp_path: Path) -> None:
    directory = _private_dir(tmp_path)
    target = directory / "real.json"
    _write(target, DOCUMENT)
    link = directory / "tokens.json"
    link.symlink_to(target)
    store = FileTokenStore(link)
    _refused(store, "is a symbolic link")
    with store.lock(), pytest.raises(StoreError, match="symbolic link"):
        store.save(_tokens(), replacing=None)
    assert link.is_symlink()
    assert json.loads(target.read_text()) == DOCUMENT


@pytest.mark.parametrize(
    ("field", "value"),
    [("expires_at", float("nan")), ("expires_at", float("inf")), ("expires_at", True), ("issued_at", "-Infinity")],
)
def test_a_non_finite_or_boolean_expiry_is_refused(tmp_path: Path, field: str, value: object) -> None:
    path = _private_dir(tmp_path) / "tokens.json"
    _write(path, {**DOCUMENT, field: value})
    _refused(FileTokenStore(path), field)


def test_a_stored_token_with_control_characters_is_refused(tmp_path: Path) -> None:
    path = _private_dir(tmp_path) / "tokens.json"
    _write(path, {**DOCUMENT, "access_token": ACCESS_TOKEN + "\r\n"})
    _refused(FileTokenStore(path), "access_token contains blanks, control characters")


def test_a_directory_at_the_token_path_is_a_store_error(tmp_path: Path) -> None:
    path = _private_dir(tmp_path) / "tokens.json"
    path.mkdir(mode=0o700)
    store = FileTokenStore(path)
    _refused(store, f"cannot read {path}: Is a directory")
    with store.lock(), pytest.raises(StoreError, match=f"cannot remove {path}"):
        store.clear()


def test_a_symbolic_link_loop_is_a_store_error(tmp_path: Path) -> None:
    directory = _private_dir(tmp_path)
    (directory / "loop").symlink_to(directory / "loop")
    store = FileTokenStore(directory / "loop" / "tokens.json")
    with pytest.raises(StoreError, match="loop") as caught:
        store.load()
    assert "Too many levels of symbolic links" in str(caught.value)


def test_an_unreachable_redis_is_a_store_error_naming_the_key_and_server() -> None:
    port = closed_port()
    store = RedisTokenStore(f"redis://:pw-PLANTED@127.0.0.1:{port}/0", "comptoir:k", lock_timeout=1)
    for action in (store.load, store.clear, store.journal.pending):
        with pytest.raises(StoreError, match=f"Redis key comptoir:k(:journal)? on 127.0.0.1:{port}/0") as caught:
            action()
        assert "pw-PLANTED" not in str(caught.value)
    with pytest.raises(StoreError, match="ConnectionError"), store.lock():
        pytest.fail("locked an unreachable Redis")


def test_a_redis_response_error_is_a_store_error(redis_url: str) -> None:
    key = f"comptoir:test:{uuid.uuid4()}"
    client = redis.Redis.from_url(redis_url)
    client.rpush(key, "not a string")  # GET on a list: WRONGTYPE
    store = RedisTokenStore(redis_url, key)
    with pytest.raises(StoreError, match=f"cannot read Redis key {key} on .*ResponseError"):
        store.load()
    with store.lock(), pytest.raises(StoreError, match="ResponseError"):
        store.save(_tokens(), replacing=None)
    client.delete(key)


def test_a_redis_expiry_of_nan_is_refused(redis_url: str) -> None:
    key = f"comptoir:test:{uuid.uuid4()}"
    client = redis.Redis.from_url(redis_url)
    client.set(key, json.dumps({**DOCUMENT, "expires_at": float("nan")}))
    with pytest.raises(StoreError, match="expires_at is not finite"):
        RedisTokenStore(redis_url, key).load()
    client.delete(key)
