"""A strict fake EBP on loopback, for the rate-limit, retry, paging and job tests.

- Rate limits per subscription key (``ebp-subscription-key``): at most ``rate`` requests in any
  sliding ``per_seconds`` window, and ``quota`` requests in all; one more is answered 429 with
  Retry-After (whole seconds, as a gateway would), and is not counted.
- Four listing envelopes over ``records`` records each (1,234 by default): Gescom
  (``Offset``/``Limit`` -> ``clients`` + ``paging{total, returned, offset, limit}``), Hubbix Gestion
  (``skip``/``take`` -> ``elements`` + ``total``), Hubbix Compta (``skip``/``take`` -> ``data`` +
  ``totalRecords``, and ``linesEntries`` on lines-entries). ``max_returned`` makes every page
  shorter than asked.
- Faults, queued with :meth:`FakeEbp.inject` and applied to the next requests in order: ``429``
  (with ``retry_after``), ``503``, ``reset`` (the connection is reset after the request is read),
  ``trickle`` (a 200 whose body comes one byte every ``interval`` seconds).
- Stateful jobs (export, import, associated file): each status poll moves one step along
  ``job_statuses`` (Waiting -> Starting -> Completed by default); the export result is a file.
- It records every arrival (:attr:`FakeEbp.arrivals`) and counts POSTs per path (:attr:`FakeEbp.posts`).

Run it in a thread (``with FakeEbp() as server:``) or as its own process
(``python -m tests.support.fake_ebp_server --rate 10``, which prints its URL).
"""

from __future__ import annotations

import argparse
import bisect
import collections
import json
import math
import socket
import struct
import sys
import threading
import time
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

KEY_HEADER = "ebp-subscription-key"
SO_TIMESTAMPNS = getattr(socket, "SO_TIMESTAMPNS", 35)  # Linux's value; Python 3.11 does not name it
EXPORT_FILE = b"%PDF-1.4 fake export\n"


@dataclass(frozen=True)
class Arrival:
    """One request as the server saw it (``at``: when its first bytes reached the server's socket, by the
    kernel's receive timestamp, as a gateway stamps arrivals; not when a Python thread got round to it)."""

    at: float
    key: str
    method: str
    path: str
    status: int


@dataclass
class Fault:
    """One injected fault: ``kind`` is ``429``, ``503``, ``reset`` or ``trickle``."""

    kind: str
    retry_after: str | None = None
    interval: float = 0.5


@dataclass
class Job:
    """A job's scripted statuses; each poll moves one step."""

    kind: str
    statuses: list[str]
    polls: int = 0

    def status(self) -> str:
        current = self.statuses[min(self.polls, len(self.statuses) - 1)]
        self.polls += 1
        return current


@dataclass
class FakeEbp:
    """The server; its settings may be changed between requests."""

    rate: int | None = 1
    per_seconds: float = 1.0
    quota: int | None = 10_000
    records: int = 1234
    max_returned: int | None = None
    job_statuses: list[str] = field(default_factory=lambda: ["Waiting", "Starting", "Completed"])
    arrivals: list[Arrival] = field(default_factory=list)
    posts: collections.Counter[str] = field(default_factory=collections.Counter)
    jobs: dict[str, Job] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.lock = threading.Lock()
        self._faults: collections.deque[Fault] = collections.deque()
        self._windows: dict[str, list[float]] = collections.defaultdict(list)  # accepted arrival times, sorted
        self._used: collections.Counter[str] = collections.Counter()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # --- life cycle ---------------------------------------------------------------------------------
    def start(self) -> FakeEbp:
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._server.daemon_threads = True
        server = self._server
        self._thread = threading.Thread(target=lambda: server.serve_forever(poll_interval=0.05), daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    def __enter__(self) -> FakeEbp:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def root(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def url(self, api: str) -> str:
        """The base URL of one EBP API on this server (same paths as production)."""
        prefix = {"hubbix-compta": "hubbix-cpttpe", "hubbix-gestion": "hubbix-gctpe"}.get(api, api)
        return f"{self.root}/{prefix}/api"

    # --- control ------------------------------------------------------------------------------------
    def inject(self, *faults: Fault) -> None:
        """Apply these faults to the next requests, one each, in order."""
        with self.lock:
            self._faults.extend(faults)

    def use_quota(self, key: str, count: int) -> None:
        """Count ``count`` requests against ``key``'s quota, as if already made today."""
        with self.lock:
            self._used[key] += count

    def statuses(self, method: str | None = None) -> collections.Counter[int]:
        """How many answers of each status (optionally for one method)."""
        return collections.Counter(a.status for a in self.arrivals if method is None or a.method == method)

    # --- request handling (called by the handler) ---------------------------------------------------
    def admit(self, key: str, now: float) -> tuple[Fault | None, str | None]:
        """The fault to apply, or the Retry-After of a rate-limit 429, or (None, None) to serve."""
        with self.lock:
            if self._faults:
                return self._faults.popleft(), None
            if self.quota is not None and self._used[key] >= self.quota:
                return None, "86400"
            if self.rate is not None:
                # Handler threads may admit two close arrivals out of order: count by arrival time.
                window = self._windows[key]
                del window[: bisect.bisect_right(window, now - 2 * self.per_seconds)]
                earlier = window[bisect.bisect_right(window, now - self.per_seconds) : bisect.bisect_right(window, now)]
                if len(earlier) >= self.rate:
                    return None, str(max(1, math.ceil(earlier[-self.rate] + self.per_seconds - now)))
                bisect.insort(window, now)
            self._used[key] += 1
            return None, None

    def record(self, arrival: Arrival) -> None:
        with self.lock:
            self.arrivals.append(arrival)
            if arrival.method == "POST":
                self.posts[arrival.path] += 1

    def listing(self, path: str, query: dict[str, str]) -> dict[str, Any] | None:
        """The page a listing path answers, or None when the path is not a listing."""
        if path.startswith(("/gescom/api/v1/Folders/", "/batiment/api/v1/Folders/")) and path.endswith("/Clients"):
            offset, limit = int(query.get("Offset", 0)), int(query.get("Limit", 100))
            rows = self._rows(offset, limit, _gescom_client)
            return {"clients": rows, "paging": {"total": self.records, "returned": len(rows), "offset": offset,
                                                "limit": limit}}  # fmt: skip
        if path in ("/hubbix-gctpe/api/public/v1/sale-documents", "/hubbix-cpttpe/api/v1/auxiliary-accounts",
                    "/hubbix-cpttpe/api/v1/lines-entries"):  # fmt: skip
            skip, take = int(query.get("skip", 0)), int(query.get("take", 100))
            if path.endswith("sale-documents"):
                return {"take": take, "skip": skip, "total": self.records,
                        "elements": self._rows(skip, take, _sale_document)}  # fmt: skip
            name, make = ("data", _auxiliary_account) if path.endswith("accounts") else ("linesEntries", _line_entry)
            return {name: self._rows(skip, take, make), "take": take, "skip": skip, "totalRecords": self.records}
        return None

    def _rows(self, offset: int, limit: int, make: Any) -> list[dict[str, Any]]:
        if limit > 100:
            raise ValueError("Limit above 100")
        count = min(limit, self.max_returned or limit)
        return [make(i) for i in range(offset, min(offset + count, self.records))]

    def job_answer(self, method: str, path: str, query: dict[str, str]) -> tuple[int, Any] | None:
        """Create or poll a job; None when the path is not a job path."""
        kinds = {"/export/api/v1/CreateExport/": "export", "/import/api/v1/CreateImport": "import",
                 "/associatedfile/api/v1/AddAssociatedFile": "associatedfile"}  # fmt: skip
        for prefix, kind in kinds.items():
            if method == "POST" and path.startswith(prefix):
                job_id = str(uuid.uuid4())
                with self.lock:
                    self.jobs[job_id] = Job(kind, list(self.job_statuses))
                id_key = {"export": "exportId", "import": "importId", "associatedfile": "associatedFileId"}[kind]
                return 202, {id_key: job_id}
        polls = {"/export/api/v1/Status": ("export", "exportId"), "/import/api/v1/StatutResultImport":
                 ("import", "importId"), "/associatedfile/api/v1/AssociatedFileResult":
                 ("associatedfile", "associatedFileId")}  # fmt: skip
        if method == "GET" and path in polls:
            kind, id_key = polls[path]
            job = self.jobs.get(query.get(id_key, ""))
            if job is None or job.kind != kind:
                return 404, {"title": "NotFound", "message": "job inconnu"}
            status = job.status()
            body: dict[str, Any] = {id_key: query[id_key], "status": status, "fileId": "file-1"}
            failed = status not in ("Waiting", "Starting", "Completed")
            if kind == "export":
                body["exportInfos"] = {"message": f"export {status}" if failed else "ok"}
            elif kind == "import":
                body["importInfos"] = {"itemTotal": 1, "itemError": 1 if failed else 0}
            else:
                body["report"] = f"associated file {status}" if failed else "ok"
            return 200, body
        if method == "GET" and path == "/export/api/v1/Result":
            job = self.jobs.get(query.get("exportId", ""))
            if job is None:
                return 404, {"title": "NotFound", "message": "export inconnu"}
            return 200, EXPORT_FILE
        return None


def _gescom_client(i: int) -> dict[str, Any]:
    return {"code": {"value": f"C{i:05d}", "hasRight": True}, "name": {"value": f"Client {i}", "hasRight": True}}


def _sale_document(i: int) -> dict[str, Any]:
    return {"id": i, "number": f"FA{i:05d}", "name": f"Document {i}"}


def _auxiliary_account(i: int) -> dict[str, Any]:
    return {"uuid": str(uuid.UUID(int=i)), "number": f"411{i:05d}", "name": f"Tiers {i}"}


def _line_entry(i: int) -> dict[str, Any]:
    return {"uuid": str(uuid.UUID(int=i)), "label": f"Ligne {i}", "debit": f"{i}.10", "credit": 0}


def _handler(server: FakeEbp) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # headers and body leave at once (no 40 ms delayed-ACK stall)
        wbufsize = 64 * 1024  # one write per answer; flushed after each request

        def log_message(self, format: str, *args: Any) -> None:
            """Quiet."""

        def setup(self) -> None:
            super().setup()
            try:
                self.connection.setsockopt(socket.SOL_SOCKET, SO_TIMESTAMPNS, 1)
                self.stamped = True
            except OSError:  # not Linux: stamped when read
                self.stamped = False
            self.arrived = time.time()

        def handle_one_request(self) -> None:
            self.arrived = self._arrival()
            super().handle_one_request()

        def _arrival(self) -> float:
            """The kernel's receive time of the next request's first bytes (waits for them; our clients
            never pipeline, so nothing is left unread in the buffer between requests)."""
            if not self.stamped:
                return time.time()
            try:
                _, ancillary, _, _ = self.connection.recvmsg(1, socket.CMSG_SPACE(16), socket.MSG_PEEK)
            except OSError:
                return time.time()
            for level, kind, data in ancillary:
                if level == socket.SOL_SOCKET and kind == SO_TIMESTAMPNS and len(data) >= 16:
                    seconds, nanoseconds = struct.unpack("qq", data[:16])
                    return float(seconds) + float(nanoseconds) / 1e9
            return time.time()

        def _serve(self) -> None:
            now = self.arrived
            length = int(self.headers.get("Content-Length") or 0)
            if length:
                self.rfile.read(length)
            parts = urlsplit(self.path)
            query = {name: values[-1] for name, values in parse_qs(parts.query).items()}
            key = self.headers.get(KEY_HEADER, "")
            fault, retry_after = server.admit(key, now)
            status = 200
            try:
                if fault is not None:
                    status = self._fault(fault)
                elif retry_after is not None:
                    status = 429
                    self._json(429, {"statusCode": 429, "message": "Rate limit is exceeded."}, retry_after)
                else:
                    status = self._route(parts.path, query)
            finally:
                server.record(Arrival(now, key, self.command, parts.path, status))

        do_GET = do_POST = do_PUT = do_DELETE = _serve

        def _route(self, path: str, query: dict[str, str]) -> int:
            if not self.headers.get(KEY_HEADER):
                self._json(401, {"statusCode": 401, "message": "Access denied due to missing subscription key."})
                return 401
            try:
                page = server.listing(path, query)
            except ValueError as error:
                self._json(400, {"title": "BadRequest", "message": str(error)})
                return 400
            if page is not None:
                self._json(200, page)
                return 200
            job = server.job_answer(self.command, path, query)
            if job is not None:
                status, body = job
                if isinstance(body, bytes):
                    self._send(status, body, "application/pdf")
                else:
                    self._json(status, body)
                return status
            if path == "/ping":
                self._json(200, {"ok": True})
                return 200
            self._json(404, {"title": "NotFound", "message": path})
            return 404

        def _fault(self, fault: Fault) -> int:
            if fault.kind == "429":
                self._json(429, {"statusCode": 429, "message": "Rate limit is exceeded."}, fault.retry_after)
                return 429
            if fault.kind == "503":
                self._send(503, b"<html>Service Unavailable</html>", "text/html")
                return 503
            if fault.kind == "reset":
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                self.connection.close()
                self.close_connection = True
                return 0
            if fault.kind == "trickle":
                body = json.dumps({"ok": True, "padding": "x" * 40}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                for byte in body:
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(fault.interval)
                return 200
            raise AssertionError(f"unknown fault {fault.kind}")

        def _json(self, status: int, body: Any, retry_after: str | None = None) -> None:
            self._send(status, json.dumps(body).encode(), "application/json", retry_after)

        def _send(self, status: int, body: bytes, media_type: str, retry_after: str | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", media_type)
            self.send_header("Content-Length", str(len(body)))
            if retry_after is not None:
                self.send_header("Retry-After", retry_after)
            self.end_headers()
            self.wfile.write(body)

    return Handler


def main() -> None:
    """Serve until killed; print the root URL on the first line."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--rate", type=int, default=1, help="requests per window per key; 0: unlimited")
    parser.add_argument("--per-seconds", type=float, default=1.0)
    arguments = parser.parse_args()
    unlimited = arguments.rate == 0
    server = FakeEbp(rate=None if unlimited else arguments.rate, per_seconds=arguments.per_seconds,
                     quota=None if unlimited else 10_000).start()  # fmt: skip
    print(server.root, flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        server.stop()
        sys.exit(0)


if __name__ == "__main__":
    main()
