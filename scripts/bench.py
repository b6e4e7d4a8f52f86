"""Benchmarks of the codegen pipeline, as ratios against baselines measured in the same run.

    python scripts/bench.py [--runs 3]

Measures (median of N runs, wall clock, each a fresh process):
- `generate.py --force` for the three small specs and for every spec (lint with Spectral,
  generation, ruff);
- `generate.py --check` for the three small specs and for every spec (no generation: digests only);
- baseline: the stock openapi-python-client CLI generating the same three small specs.
Writes build/bench/results.md and prints it. Regenerating in place is safe: generation is
deterministic, and the script fails if a forced run changes any generated file.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import GENERATED, tree_digest
from specbundle import ROOT, package_name, spec_names, write_bundle

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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
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
