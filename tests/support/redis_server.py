"""A private redis-server on a free loopback port (Debian: ``apt-get install redis-server``)."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import redis


class RedisUnavailable(RuntimeError):
    """redis-server is not installed, or did not start."""


def free_port() -> int:
    """A loopback TCP port nobody listens on (now)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def running_redis(workdir: Path) -> Iterator[str]:
    """Start redis-server (no persistence) in ``workdir``; yield its ``redis://`` URL; stop it."""
    executable = shutil.which("redis-server")
    if executable is None:
        raise RedisUnavailable("redis-server is not installed: run `apt-get install -y redis-server` (Debian) first")
    port = free_port()
    command = [executable, "--bind", "127.0.0.1", "--port", str(port), "--save", "", "--appendonly", "no",
               "--dir", str(workdir)]  # fmt: skip
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    client = redis.Redis(host="127.0.0.1", port=port)
    try:
        for _ in range(200):
            try:
                client.ping()
                break
            except redis.ConnectionError:
                if process.poll() is not None:
                    raise RedisUnavailable("redis-server exited at start-up") from None
                time.sleep(0.05)
        else:
            raise RedisUnavailable("redis-server did not answer PING")
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        client.close()
        process.terminate()
        process.wait(10)
