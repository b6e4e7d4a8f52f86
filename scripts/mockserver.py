"""Prism mock servers (pinned in package.json) on free loopback ports, for the tests and the demo."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from collections import deque
from pathlib import Path
from threading import Thread

ROOT = Path(__file__).resolve().parent.parent
PRISM = ROOT / "node_modules" / ".bin" / "prism"
READY_TIMEOUT = 60.0


class PrismError(RuntimeError):
    """Prism did not start, or died."""


def free_port() -> int:
    """A TCP port nothing listens on right now (on 127.0.0.1)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class PrismServer:
    """`prism mock` of one bundled spec, in its own process group; keeps the last log lines."""

    def __init__(self, spec_path: Path) -> None:
        self.spec_path = spec_path
        self.port = 0
        self.process: subprocess.Popen[str] | None = None
        self.log: deque[str] = deque(maxlen=60)

    @property
    def base_url(self) -> str:
        """http://127.0.0.1:<port>"""
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        """Start Prism and wait until its port accepts connections."""
        if not PRISM.exists():
            raise PrismError(f"{PRISM} is missing: run `npm ci` (make test does)")
        self.port = free_port()
        self.log.clear()
        self.process = subprocess.Popen(
            [str(PRISM), "mock", "-h", "127.0.0.1", "-p", str(self.port), str(self.spec_path)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,
        )
        Thread(target=self._pump, args=(self.process,), daemon=True).start()
        deadline = time.monotonic() + READY_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise PrismError(f"prism exited with {self.process.returncode}:\n{self.tail()}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return
            except OSError:
                time.sleep(0.1)
        self.stop()
        raise PrismError(f"prism not ready on port {self.port} after {READY_TIMEOUT} s:\n{self.tail()}")

    def _pump(self, process: subprocess.Popen[str]) -> None:
        for line in process.stdout or ():
            self.log.append(line.rstrip())

    def alive(self) -> bool:
        """True while the Prism process runs."""
        return self.process is not None and self.process.poll() is None

    def ensure_running(self) -> str:
        """The base URL, restarting Prism first if a test crashed it."""
        if not self.alive():
            self.start()
        return self.base_url

    def tail(self) -> str:
        """The last lines Prism printed."""
        return "\n".join(self.log)

    def stop(self) -> None:
        """Kill the whole process group (npx/node children included)."""
        if self.process is None:
            return
        if self.process.poll() is None:
            try:
                os.killpg(self.process.pid, signal.SIGTERM)
                self.process.wait(timeout=10)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)
        self.process = None


class PrismPool:
    """One Prism per spec, started on first use, restarted if a test crashed it, all stopped at the end."""

    def __init__(self, bundle_dir: Path = ROOT / "build" / "specs") -> None:
        self.bundle_dir = bundle_dir
        self.servers: dict[str, PrismServer] = {}

    def url(self, spec_name: str) -> str:
        """The base URL of the spec's mock, starting it if needed."""
        server = self.servers.get(spec_name)
        if server is None:
            server = self.servers[spec_name] = PrismServer(self.bundle_dir / f"{spec_name}.json")
        return server.ensure_running()

    def tail(self, spec_name: str) -> str:
        """The last lines the spec's Prism printed."""
        server = self.servers.get(spec_name)
        return server.tail() if server else ""

    def stop(self) -> None:
        """Stop every started server."""
        for server in self.servers.values():
            server.stop()
