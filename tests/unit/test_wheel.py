"""Packaging: `python -m build` gives a wheel and an sdist that install in a fresh virtual environment,
where `mypy --strict` passes on a realistic script and catches a planted wrong argument.

Offline: the fresh environments get comptoir from the built files only, and its dependencies
(httpx, attrs, mypy…) from this environment's site-packages through a .pth line.
"""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "tests" / "fixtures" / "typed_example.py"
PLANTED = """
from comptoir import ebp, seven
from ebp_gescom.api.clients import list_clients

client = ebp.connect("gescom", subscription_key="k", auth="t")
list_clients.sync("3691", client=client, limit="fifty")
seven.connect(api_key="k").account.get_pricing(country=33)
ebp.connect("gescom", subscription_key="k", auth="t").clients.list(3691)
"""


def run(*command: object, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(c) for c in command], cwd=cwd, capture_output=True, text=True, check=False, timeout=600)


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    built = run(sys.executable, "-m", "build", "--no-isolation", "--outdir", out, ROOT)
    assert built.returncode == 0, built.stdout[-2000:] + built.stderr[-2000:]
    return out


def fresh_environment(where: Path, artifact: Path) -> Path:
    """A new venv with comptoir installed from `artifact` (no index); returns its python."""
    venv.EnvBuilder(with_pip=False).create(where)
    python = where / "bin" / "python"
    site = Path(run(python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])").stdout.strip())
    (site / "_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    pip = [sys.executable, "-m", "pip", "--python", python, "install", "--quiet", "--no-deps", "--no-index"]
    installed = run(*pip, "--no-build-isolation", artifact)
    assert installed.returncode == 0, installed.stdout[-2000:] + installed.stderr[-2000:]
    return python


@pytest.mark.parametrize("kind", ["whl", "tar.gz"])
def test_built_package_installs_and_type_checks_in_a_fresh_environment(dist: Path, kind: str, tmp_path: Path) -> None:
    (artifact,) = dist.glob(f"comptoir-*.{kind}")
    python = fresh_environment(tmp_path / "venv", artifact)
    project = tmp_path / "user-project"
    project.mkdir()
    # the packages come from the fresh environment, not from the source tree
    where = run(python, "-c", "import comptoir, ebp_gescom.resources as r; print(comptoir.__file__, r.__file__)")
    assert where.returncode == 0, where.stderr
    assert str(tmp_path / "venv") in where.stdout
    assert str(ROOT) not in where.stdout
    # the pytest plugin is registered by the built metadata
    plugin = run(python, "-c", "from importlib.metadata import entry_points; print(entry_points(group='pytest11'))")
    assert "comptoir.testing.plugin" in plugin.stdout
    mypy = [python, "-m", "mypy", "--strict", "--no-incremental", "--config-file", "/dev/null"]
    (project / "report.py").write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    clean = run(*mypy, "report.py", cwd=project)
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "Success: no issues found" in clean.stdout
    (project / "planted.py").write_text(PLANTED, encoding="utf-8")
    caught = run(*mypy, "planted.py", cwd=project)
    assert caught.returncode == 1
    errors = [line for line in caught.stdout.splitlines() if ": error:" in line]
    assert [line.split(":")[1] for line in errors] == ["6", "7", "8"], caught.stdout
    assert all("[arg-type]" in line for line in errors), caught.stdout
    # and the script runs against the installed testing kit
    script = "import report\nfrom comptoir.testing import ComptoirMock\nwith ComptoirMock() as m:\n    report.main()\n"
    ran = run(python, "-c", script, cwd=project)
    assert ran.returncode == 0, ran.stderr[-2000:]
    assert "CL00009" in ran.stdout


def test_the_development_install_is_visible_to_mypy(tmp_path: Path) -> None:
    """`make setup`'s editable install: a user project outside the tree type-checks against the sources."""
    (tmp_path / "report.py").write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "planted.py").write_text(PLANTED, encoding="utf-8")
    mypy = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--config-file", "/dev/null"]
    clean = run(*mypy, "report.py", cwd=tmp_path)
    assert clean.returncode == 0, clean.stdout + clean.stderr
    caught = run(*mypy, "planted.py", cwd=tmp_path)
    assert caught.stdout.count(": error:") == 3, caught.stdout
