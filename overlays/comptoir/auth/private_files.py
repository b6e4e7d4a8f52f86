"""Owner-only directories and files: checked reads, crash-safe replacement, OS errors as `StoreError`.

A token file must be a regular file (not a symbolic link, which an atomic replacement would
silently turn into a file while the link's target keeps a dead refresh token), owned by the
current user and not accessible by group or others; so must its directory. Every OS failure
(permission, is-a-directory, symbolic link loop...) becomes a `StoreError` naming the path.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

from .errors import StoreError

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
MAX_PRIVATE_FILE_SIZE = 64 * 1024
"""Token and journal files are a few KiB; anything larger is not one of them."""


@contextlib.contextmanager
def os_errors(path: Path, action: str) -> Iterator[None]:
    """Turn an `OSError` raised inside into a `StoreError` naming `path` and what failed (never the content)."""
    try:
        yield
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise StoreError(f"cannot {action} {path}: {reason}; check the path and its permissions") from None


def check_private(status: os.stat_result, path: Path, kind: str) -> None:
    """Refuse a file or directory owned by someone else or accessible by group or others."""
    if status.st_uid != os.geteuid():
        raise StoreError(
            f"the token {kind} {path} is owned by user id {status.st_uid}, not by you ({os.geteuid()}): "
            "someone else could read or replace your tokens; use a path you own (--store)"
        )
    mode = stat.S_IMODE(status.st_mode)
    if mode & 0o077:
        wanted = PRIVATE_DIR_MODE if kind == "directory" else PRIVATE_FILE_MODE
        raise StoreError(
            f"the token {kind} {path} is accessible by group or others (mode {mode:04o}): "
            f"run `chmod {wanted:o} {path}` (and log in again if others may have read it)"
        )


def check_private_dir(directory: Path) -> bool:
    """Whether `directory` exists; refuses it when it is not private (see `check_private`)."""
    with os_errors(directory, "inspect"):
        try:
            status = os.stat(directory)
        except FileNotFoundError:
            return False
    if not stat.S_ISDIR(status.st_mode):
        raise StoreError(f"{directory} is not a directory; choose another token path (--store)")
    check_private(status, directory, "directory")
    return True


def read_private_file(path: Path) -> bytes | None:
    """The content of a private regular file, or None when it (or its directory) does not exist."""
    if not check_private_dir(path.parent):
        return None
    with os_errors(path, "read"):
        try:
            fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC | os.O_NONBLOCK)
        except FileNotFoundError:
            return None
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                raise StoreError(
                    f"the token file {path} is a symbolic link: comptoir replaces the file atomically, "
                    "which would break the link; point --store at the real file instead"
                ) from None
            raise
        with os.fdopen(fd, "rb") as file:
            status = os.fstat(file.fileno())
            if not stat.S_ISREG(status.st_mode):
                raise StoreError(f"{path} is not a regular file; remove it or choose another token path (--store)")
            check_private(status, path, "file")
            data = file.read(MAX_PRIVATE_FILE_SIZE + 1)
    if len(data) > MAX_PRIVATE_FILE_SIZE:
        raise StoreError(f"{path} is larger than {MAX_PRIVATE_FILE_SIZE // 1024} KiB: it is not a token file")
    return data


def ensure_private_dir(directory: Path) -> None:
    """Create `directory` and missing parents with mode 0700 whatever the umask; refuse an existing non-private one."""
    with os_errors(directory, "create"):
        missing = [p for p in (directory, *directory.parents) if not p.exists()]
        for path in reversed(missing):
            with contextlib.suppress(FileExistsError):
                path.mkdir(mode=PRIVATE_DIR_MODE)
                os.chmod(path, PRIVATE_DIR_MODE)
    check_private_dir(directory)


def write_private_file(path: Path, data: bytes) -> None:
    """Replace `path` atomically by a 0600 file: temp file in the same directory, fsync, rename, fsync dir."""
    ensure_private_dir(path.parent)
    with os_errors(path, "write"):
        fd, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as temp_file:
                os.fchmod(temp_file.fileno(), PRIVATE_FILE_MODE)
                temp_file.write(data)
                temp_file.flush()
                os.fsync(temp_file.fileno())
            os.replace(temp_name, path)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temp_name)
            raise
        fsync_directory(path.parent)


def check_writable_dir(directory: Path) -> None:
    """Create and remove a temporary file in `directory` (private, created if missing): proves writes work."""
    ensure_private_dir(directory)
    with os_errors(directory, "write in"):
        fd, temp_name = tempfile.mkstemp(dir=directory, prefix=".comptoir-probe.", suffix=".tmp")
        os.close(fd)
        os.unlink(temp_name)


def remove_file(path: Path) -> None:
    """Delete `path` if it exists and make the removal durable."""
    with os_errors(path, "remove"), contextlib.suppress(FileNotFoundError):
        path.unlink()
        fsync_directory(path.parent)


def fsync_directory(directory: Path) -> None:
    """Flush a directory entry change (rename, unlink) to disk."""
    fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
