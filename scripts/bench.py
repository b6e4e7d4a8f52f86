"""Benchmarks of the codegen pipeline, as ratios against baselines measured in the same run.

    python scripts/bench.py [--runs 3] [--only codegen|runtime|traffic]

Measures (median of N runs, wall clock, each a fresh process):
- `generate.py --force` for the three small specs and for every spec (lint with Spectral,
  generation, ruff);
- `generate.py --check` for the three small specs and for every spec (no generation: digests only);
- baseline: the stock openapi-python-client CLI generating the same three small specs.
Runtime (``--only runtime``, interleaved rounds, medians): parsing a 100-row Hubbix page through
the generated reader against `json.loads` of the same bytes (target <= 3); a call through `connect()`
(credentials, checks, retries, encoding, reading) against a raw `httpx.Client.get` sending the same
API key, on the same loopback keep-alive server (target <= 1.05). Reference rows: the raw get followed by
`json.loads`; the raw get through comptoir's `HTTPClient` (httpx, whose cookie jar parses only answers
that set a cookie), and the call against it: what the layers above the httpx client cost.
Production traffic (``--only traffic``), against the strict fake EBP (tests/support) on loopback:
- per-request cost of the full client transport (retries on, an in-memory rate limiter that never
  binds) against a raw ``httpx.Client.get`` on the same keep-alive server (ratio, target <= 1.05);
- EBP's true limit, 1 request/s, under one key: 4 processes x 4 threads on one machine (SQLite
  store), then two "hosts" of 2 processes x 4 threads sharing only a Redis server: achieved rate and
  429 answers, as the strict fake EBP timed them.
Writes build/bench/results.md and prints it. Regenerating in place is safe: generation is
deterministic, and the script fails if a forced run changes any generated file.
"""

from __future__ import annotations

import argparse
import http.server
import json
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import httpx
from ebp_hubbix_gestion.api.sale_documents import get_sale_documents
from seven.api.account import get_balance

from comptoir import seven
from comptoir.clients import HTTPClient
from comptoir.runtime.limits import MemoryStore, RateLimiter, RateLimits
from comptoir.runtime.retries import ResilientTransport

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parent.parent))

from generate import GENERATED, tree_digest
from specbundle import ROOT, package_name, resolve, spec_names, write_bundle

from tests.support.fake_ebp_server import FakeEbp
from tests.support.redis_server import running_redis
from tests.support.traffic import run_processes

SMALL = ("seven", "seqino-pdp", "facturare")
RESULTS = ROOT / "build" / "bench" / "results.md"


def _timed(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True)
    return time.perf_counter() - started


def _median(command: list[str], runs: int) -> float:
    return statistics.median(_timed(command) for _ in range(runs))


def _stock(runs: int) -> float:
    cli = Path(sys.executable).with_name("openapi-python-client")
    bundles = [write_bundle(name) for name in SMALL]

    def once() -> float:
        with tempfile.TemporaryDirectory() as scratch:
            started = time.perf_counter()
            for bundle in bundles:
                output = str(Path(scratch) / bundle.stem)
                subprocess.run(
                    [
                        str(cli),
                        "generate",
                        "--path",
                        str(bundle),
                        "--meta",
                        "none",
                        "--overwrite",
                        "--output-path",
                        output,
                    ],
                    cwd=ROOT,
                    check=True,
                    capture_output=True,
                )
            return time.perf_counter() - started

    return statistics.median(once() for _ in range(runs))


class FakeServer:
    """The fake EBP in its own process (so its threads do not share the client's GIL)."""

    def __init__(self, *arguments: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.support.fake_ebp_server", *arguments],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        self.root = self.process.stdout.readline().strip()

    def __enter__(self) -> FakeServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.process.terminate()
        self.process.wait(10)


def transport_overhead(rounds: int = 21, repeat: int = 200) -> tuple[float, float, float]:
    """(raw seconds per GET, full stack seconds per GET, ratio): medians of interleaved rounds."""
    never_binds = RateLimits.from_extension(
        {"scope": "bench", "key": "k", "limits": [{"requests": 10**9, "per_seconds": 1}]}
    )
    headers = {"ebp-subscription-key": "bench"}
    with FakeServer("--rate", "0") as server:
        url = server.root + "/ping"
        transport = ResilientTransport(max_retries=2, limiter=RateLimiter(never_binds, MemoryStore(), "bench"))
        with httpx.Client(headers=headers) as raw, httpx.Client(headers=headers, transport=transport) as full:
            for client in (raw, full):
                for _ in range(100):
                    client.get(url).raise_for_status()
            seconds = _best_of_rounds({"raw": lambda: raw.get(url), "full": lambda: full.get(url)}, rounds, repeat)
    return seconds["raw"], seconds["full"], seconds["full"] / seconds["raw"]


def shared_rate(groups: list[list[str]], start: int = 700) -> tuple[float, int, int]:
    """(achieved requests/s, 429 answers, requests) at EBP's declared 1 request/s: one process of 4
    threads per store in ``groups`` (a group = one machine: its own cache directory), all under one
    key, each thread paging Gescom clients from ``start``; timed by the strict fake EBP as it read them."""
    key = f"bench-{uuid.uuid4().hex}"
    with FakeEbp(rate=1, per_seconds=1.0) as fake, tempfile.TemporaryDirectory() as scratch:
        machines = [(store, str(Path(scratch) / f"machine-{index}")) for index, group in enumerate(groups)
                    for store in group]  # fmt: skip
        codes = run_processes(fake.url("gescom"), machines, key, start=start)
        if codes != [0] * len(machines):
            raise RuntimeError(f"a paging process failed: exit codes {codes}")
        mine = [arrival for arrival in fake.arrivals if arrival.key == key]
    times = sorted(arrival.at for arrival in mine)
    return (len(times) - 1) / (times[-1] - times[0]), sum(a.status == 429 for a in mine), len(mine)


def traffic_lines() -> list[str]:
    raw, full, ratio = transport_overhead()
    with tempfile.TemporaryDirectory() as scratch:
        sqlite = shared_rate([[str(Path(scratch) / "limits")] * 4])
        with running_redis(Path(scratch)) as redis_url:
            hosts = shared_rate([[redis_url] * 2, [redis_url] * 2])
    rows = [("4 processes x 4 threads, one machine (SQLite store)", sqlite),
            ("2 hosts x 2 processes x 4 threads, sharing only Redis", hosts)]  # fmt: skip
    return [
        "# Production traffic (loopback fake EBP)",
        "",
        "| measurement | value | ratio |",
        "|---|---:|---:|",
        f"| raw httpx.Client.get, keep-alive (baseline) | {raw * 1e6:.0f} µs/request | 1.00 |",
        f"| full transport: retries on, rate limiter never binding | {full * 1e6:.0f} µs/request | {ratio:.3f} |",
        *(
            f"| EBP 1 request/s, {label}: {count} requests, {rejected} answered 429 | {rate:.3f} requests/s "
            f"| {rate / 1.0:.3f} |"
            for label, (rate, rejected, count) in rows
        ),
        "",
        "Targets: full transport <= 1.05x raw; achieved rate >= 0.98 of the limit with no 429.",
    ]


def codegen_lines(runs: int) -> tuple[list[str], int]:
    generate = [sys.executable, str(ROOT / "scripts" / "generate.py")]
    small = [arg for name in SMALL for arg in ("--only", name)]
    before = {name: tree_digest(GENERATED / package_name(name)) for name in spec_names()}

    stock_small = _stock(runs)
    ours_small = _median([*generate, "--force", *small], runs)
    ours_all = _median([*generate, "--force"], runs)
    check_small = _median([*generate, "--check", *small], runs)
    check_all = _median([*generate, "--check"], runs)

    after = {name: tree_digest(GENERATED / package_name(name)) for name in spec_names()}
    changed = sorted(name for name in before if before[name] != after[name])
    rows = [
        ("stock openapi-python-client, 3 small specs (baseline)", stock_small, 1.0),
        ("generate.py --force, 3 small specs", ours_small, ours_small / stock_small),
        (f"generate.py --force, all {len(before)} specs", ours_all, ours_all / stock_small),
        ("generate.py --check, 3 small specs", check_small, check_small / ours_small),
        (f"generate.py --check, all {len(before)} specs", check_all, check_all / ours_all),
    ]
    return [
        f"# Codegen benchmark (median of {runs} runs, wall clock)",
        "",
        "| measurement | seconds | ratio |",
        "|---|---:|---:|",
        *(f"| {label} | {seconds:.2f} | {ratio:.2f} |" for label, seconds, ratio in rows),
        "",
        "Ratios: our generation against the stock generator on the same specs; `--check` against",
        "a full generation of the same specs (what it saves).",
        f"Determinism: forced regeneration changed {len(changed)} package(s) {', '.join(changed)}".rstrip() + ".",
    ], len(changed)


def _best_of_rounds(candidates: dict[str, Callable[[], object]], rounds: int, repeat: int) -> dict[str, float]:
    """Median seconds per call of each candidate, the candidates interleaved round by round."""
    samples: dict[str, list[float]] = {name: [] for name in candidates}
    for _ in range(rounds):
        for name, call in candidates.items():
            started = time.perf_counter()
            for _ in range(repeat):
                call()
            samples[name].append((time.perf_counter() - started) / repeat)
    return {name: statistics.median(values) for name, values in samples.items()}


def _page_body() -> bytes:
    spec = json.loads((GENERATED / "ebp_hubbix_gestion" / "openapi.json").read_text(encoding="utf-8"))
    operation = spec["paths"]["/public/v1/sale-documents"]["get"]
    media = resolve(spec, operation["responses"]["200"])["content"]["application/json"]
    example = media.get("example") or next(iter(media["examples"].values()))["value"]
    row = example["elements"][0]
    return json.dumps({**example, "take": 100, "elements": [row] * 100}).encode()


class _KeepAliveHandler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    body = b'{"amount": 290.67, "currency": "EUR"}'

    def setup(self) -> None:
        super().setup()
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""


def runtime_rows(rounds: int) -> list[tuple[str, float, float]]:
    """The runtime measurements: (label, seconds per call, ratio to its baseline)."""
    body = _page_body()
    response = httpx.Response(200, content=body, headers={"content-type": "application/json"})
    parse = _best_of_rounds(
        {"json.loads": lambda: json.loads(body), "ours": lambda: get_sale_documents._parse_response(response)},
        rounds,
        200,
    )
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _KeepAliveHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        # The hand-written equivalent sends the API key too (as the traffic baseline sends its key).
        # comptoir's httpx client alone (its cookie jar parses only answers that set a cookie): what the
        # layers above it (credential, guard, retries, checks, reading) cost.
        with (
            httpx.Client(headers={"X-Api-Key": "bench-key"}) as raw,
            HTTPClient(headers={"X-Api-Key": "bench-key"}) as lean,
        ):
            client = seven.connect(api_key="bench-key", base_url=url)
            raw.get(url + "/balance")
            lean.get(url + "/balance")
            get_balance.sync(client=client)
            calls = _best_of_rounds(
                {
                    "raw": lambda: raw.get(url + "/balance"),
                    "raw+json": lambda: json.loads(raw.get(url + "/balance").content),
                    "lean": lambda: lean.get(url + "/balance"),
                    "ours": lambda: get_balance.sync(client=client),
                },
                rounds,
                200,
            )
    finally:
        server.shutdown()
    return [
        ("json.loads of a 100-row page (baseline)", parse["json.loads"], 1.0),
        ("generated reader, same page (target <= 3)", parse["ours"], parse["ours"] / parse["json.loads"]),
        ("raw httpx.Client.get, loopback keep-alive (baseline)", calls["raw"], 1.0),
        (
            "for reference: the same get, then json.loads of its body",
            calls["raw+json"],
            calls["raw+json"] / calls["raw"],
        ),
        ("for reference: the same get through comptoir's HTTPClient", calls["lean"], calls["lean"] / calls["raw"]),
        ("get_balance.sync through connect() (target <= 1.05)", calls["ours"], calls["ours"] / calls["raw"]),
        ("for reference: get_balance.sync against the HTTPClient get", calls["ours"], calls["ours"] / calls["lean"]),
    ]


def runtime_lines(rounds: int = 21) -> list[str]:
    """The runtime section of the results table."""
    return [
        "# Runtime (medians of interleaved rounds, seconds per call)",
        "",
        "| measurement | seconds | ratio |",
        "|---|---:|---:|",
        *(f"| {label} | {seconds:.6f} | {ratio:.2f} |" for label, seconds, ratio in runtime_rows(rounds)),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only", choices=["codegen", "runtime", "traffic"], default=None)
    arguments = parser.parse_args()
    lines: list[str] = []
    changed = 0
    if arguments.only in (None, "codegen"):
        codegen, changed = codegen_lines(arguments.runs)
        lines += codegen
    if arguments.only in (None, "runtime"):
        lines += ([""] if lines else []) + runtime_lines()
    if arguments.only in (None, "traffic"):
        lines += ([""] if lines else []) + traffic_lines()
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
