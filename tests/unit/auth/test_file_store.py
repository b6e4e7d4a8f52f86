"""FileTokenStore: permissions, atomic replacement, persistent lock, compare-and-set."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from comptoir.auth import FileTokenStore, LockTimeout, RefreshRecord, StoreConflict, StoreError, TokenSet
from comptoir.secret import Secret


def token_set(suffix: str) -> TokenSet:
    return TokenSet(
        access_token=Secret(f"at-{suffix}"),
        refresh_token=Secret(f"rt-{suffix}"),
        issued_at=1.0,
        expires_at=3601.0,
        scope="openid",
    )


@pytest.fixture
def umask_000() -> Iterator[None]:
    previous = os.umask(0)
    yield
    os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.usefixtures("umask_000")
def test_files_are_0600_in_0700_directories_under_umask_000(tmp_path: Path) -> None:
    store = FileTokenStore(tmp_path / "a" / "b" / "ebp-tokens.json")
    with store.lock():
        store.save(token_set("1"), replacing=None)
        store.journal.begin(RefreshRecord.starting_from(token_set("1")))
    assert mode(tmp_path / "a") == 0o700
    assert mode(tmp_path / "a" / "b") == 0o700
    assert mode(store.path) == 0o600
    assert mode(store.lock_path) == 0o600
    assert mode(store.journal.path) == 0o600


def test_existing_directory_open_to_others_is_refused_and_left_alone(tmp_path: Path) -> None:
    tmp_path.chmod(0o755)
    store = FileTokenStore(tmp_path / "ebp-tokens.json")
    with pytest.raises(StoreError, match=rf"{tmp_path} is accessible by group or others .*chmod 700"), store.lock():
        pytest.fail("locked a store in a directory others can read")
    assert mode(tmp_path) == 0o755


def test_save_replaces_atomically_and_leaves_no_temp_file(store: FileTokenStore) -> None:
    with store.lock():
        store.save(token_set("1"), replacing=None)
        store.save(token_set("2"), replacing=token_set("1"))
    assert store.load() == token_set("2")
    assert sorted(p.name for p in store.path.parent.iterdir()) == ["ebp-tokens.json", "ebp-tokens.json.lock"]


def test_save_is_compare_and_set(store: FileTokenStore) -> None:
    with store.lock():
        store.save(token_set("1"), replacing=None)
        with pytest.raises(StoreConflict):
            store.save(token_set("3"), replacing=token_set("2"))
        with pytest.raises(StoreConflict):
            store.save(token_set("3"), replacing=None)
    assert store.load() == token_set("1")


def test_lock_file_is_never_removed(store: FileTokenStore) -> None:
    with store.lock():
        store.save(token_set("1"), replacing=None)
    with store.lock():
        store.clear()
    assert store.lock_path.exists()
    assert store.load() is None


def test_lock_timeout_raises_lock_timeout(token_path: Path) -> None:
    holder, waiter = FileTokenStore(token_path), FileTokenStore(token_path, lock_timeout=0.2)
    with holder.lock(), pytest.raises(LockTimeout, match=r"ebp-tokens\.json\.lock"), waiter.lock():
        pytest.fail("two holders")


def test_corrupted_file_is_a_store_error(store: FileTokenStore) -> None:
    store.path.parent.mkdir(parents=True, mode=0o700)
    store.path.write_text("{not json")
    store.path.chmod(0o600)
    with pytest.raises(StoreError, match="not valid JSON"):
        store.load()
