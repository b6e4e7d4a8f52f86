"""The codegen script: deterministic output, and `--check` catching every kind of staleness."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import generate
import pytest
import specbundle


@pytest.fixture
def sandbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of specs/ and generated/seven that `generate` reads instead of the real tree."""
    shutil.copytree(specbundle.SPECS_DIR, tmp_path / "specs")
    (tmp_path / "generated").mkdir()
    shutil.copytree(generate.GENERATED / "seven", tmp_path / "generated" / "seven")
    monkeypatch.setattr(specbundle, "SPECS_DIR", tmp_path / "specs")
    monkeypatch.setattr(generate, "GENERATED", tmp_path / "generated")
    return tmp_path


@pytest.mark.parametrize("name", ["seven", "seqino-pdp"])  # seqino-pdp: request bodies in the resource docs
def test_generation_is_deterministic_and_matches_the_committed_package(tmp_path: Path, name: str) -> None:
    document = json.loads(specbundle.bundled_bytes(name))
    package = specbundle.package_name(name)
    generate.generate_package(document, tmp_path / package)
    assert generate.tree_digest(tmp_path / package) == generate.tree_digest(generate.GENERATED / package)


def test_a_fresh_package_is_not_stale(sandbox: Path) -> None:
    assert generate.staleness(["seven"]) == {}


def test_a_hand_edit_in_generated_is_caught(sandbox: Path) -> None:
    module = sandbox / "generated" / "seven" / "client.py"
    module.write_text(module.read_text() + "\n# tweak\n")
    assert "edited by hand" in generate.staleness(["seven"])["seven"]


def test_a_spec_change_is_caught(sandbox: Path) -> None:
    spec = sandbox / "specs" / "seven.yaml"
    spec.write_text(spec.read_text().replace("summary: Solde", "summary: Solde du compte"))
    assert "changed since it was generated" in generate.staleness(["seven"])["seven"]


def test_a_missing_package_and_an_orphan_are_caught(sandbox: Path) -> None:
    (sandbox / "generated" / "seven").rename(sandbox / "generated" / "old_api")
    assert generate.staleness(["seven"]) == {"seven": "missing"}
    assert generate.orphans() == ["old_api"]


def test_check_exits_non_zero_and_names_the_stale_package(sandbox: Path, capsys: pytest.CaptureFixture[str]) -> None:
    module = sandbox / "generated" / "seven" / "types.py"
    module.write_text(module.read_text() + "\n")
    assert generate.main(["--check", "--only", "seven"]) == 1
    assert "generated/seven: edited by hand" in capsys.readouterr().err
