"""Benchmarks of the codegen pipeline and the runtime, as ratios against baselines measured in the same run.

    python scripts/bench.py [--runs 3] [--runtime-only]

Measures (median of N runs, wall clock, each a fresh process):
- `generate.py --force` for the three small specs and for every spec (lint with Spectral,
  generation, ruff);
- `generate.py --check` for the three small specs and for every spec (no generation: digests only);
- baseline: the stock openapi-python-client CLI generating the same three small specs.
Runtime (same run, interleaved rounds, medians): parsing a 100-row Hubbix page through the generated
reader against `json.loads` of the same bytes; a call through `connect()` (credentials, checks,
encoding, reading) against a raw `httpx.Client.get` on the same loopback keep-alive server.
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
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import GENERATED, tree_digest
from specbundle import ROOT, package_name, resolve, spec_names, write_bundle

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
    import httpx  # noqa: PLC0415 - the codegen timings need none of the clients
    from ebp_hubbix_gestion.api.sale_documents import get_sale_documents  # noqa: PLC0415
    from seven.api.account import get_balance  # noqa: PLC0415

    from comptoir import seven  # noqa: PLC0415

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
        with httpx.Client() as raw:
            client = seven.connect(api_key="bench-key", base_url=url)
            raw.get(url + "/balance")
            get_balance.sync(client=client)
            calls = _best_of_rounds(
                {"raw": lambda: raw.get(url + "/balance"), "ours": lambda: get_balance.sync(client=client)},
                rounds,
                200,
            )
    finally:
        server.shutdown()
    return [
        ("json.loads of a 100-row page (baseline)", parse["json.loads"], 1.0),
        ("generated reader, same page (target <= 3)", parse["ours"], parse["ours"] / parse["json.loads"]),
        ("raw httpx.Client.get, loopback keep-alive (baseline)", calls["raw"], 1.0),
        ("get_balance.sync through connect() (target <= 1.05)", calls["ours"], calls["ours"] / calls["raw"]),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--runtime-only", action="store_true", help="skip the codegen timings")
    arguments = parser.parse_args()
    runs = arguments.runs
    runtime = runtime_rows(rounds=max(15, runs * 5))
    runtime_lines = [
        "# Runtime benchmark (medians of interleaved rounds, seconds per call)",
        "",
        "| measurement | seconds | ratio |",
        "|---|---:|---:|",
        *(f"| {label} | {seconds:.6f} | {ratio:.2f} |" for label, seconds, ratio in runtime),
        "",
    ]
    if arguments.runtime_only:
        print("\n".join(runtime_lines))
        return 0
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
    lines = [
        *runtime_lines,
        f"# Codegen benchmark (median of {runs} runs, wall clock)",
        "",
        "| measurement | seconds | ratio |",
        "|---|---:|---:|",
        *(f"| {label} | {seconds:.2f} | {ratio:.2f} |" for label, seconds, ratio in rows),
        "",
        "Ratios: our generation against the stock generator on the same specs; `--check` against",
        "a full generation of the same specs (what it saves).",
        f"Determinism: forced regeneration changed {len(changed)} package(s) {', '.join(changed)}".rstrip() + ".",
    ]
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
