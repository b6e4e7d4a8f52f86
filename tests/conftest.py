"""Shared fixtures: bundled specs, one Prism mock per spec, clients with the wire check."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from mockserver import PrismPool  # noqa: E402
from specbundle import spec_names, write_bundle  # noqa: E402

from tests.support.operations import load_bundle  # noqa: E402
from tests.support.redis_server import RedisUnavailable, running_redis  # noqa: E402
from tests.support.wire_check import WireCheck  # noqa: E402

for _name in spec_names():
    write_bundle(_name)


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The rate-limit stores (and anything else under the user cache) live in a temporary directory."""
    previous = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if previous is None:
        os.environ.pop("XDG_CACHE_HOME", None)
    else:
        os.environ["XDG_CACHE_HOME"] = previous


@pytest.fixture(scope="session")
def prism() -> Iterator[PrismPool]:
    pool = PrismPool()
    yield pool
    pool.stop()


def dummy_credentials(spec: dict[str, Any]) -> dict[str, Any]:
    """A dummy credential for every security scheme of a spec, placed as the scheme says."""
    from comptoir._credentials import HeaderCredential, basic_credential

    credentials: dict[str, Any] = {}
    for name, scheme in spec.get("components", {}).get("securitySchemes", {}).items():
        if scheme["type"] == "apiKey" and scheme["in"] == "header":
            credentials[name] = HeaderCredential(scheme["name"], f"test-{name}")
        elif scheme["type"] == "http" and scheme["scheme"].lower() == "basic":
            credentials[name] = basic_credential("test-api-key")
        elif scheme["type"] == "http" and scheme["scheme"].lower() == "bearer":
            credentials[name] = HeaderCredential("Authorization", "test-jwt", prefix="Bearer")
        else:
            raise NotImplementedError(f"security scheme {name}: {scheme}")
    return credentials


ClientFactory = Callable[..., Any]


@pytest.fixture(scope="session")
def make_client(prism: PrismPool) -> ClientFactory:
    """`make_client(spec_name, authenticated=True, headers=None)`: a generated client on Prism.

    Every request goes through the spec's WireCheck, which raises on any serialisation the spec
    does not declare; the check object is reachable as `client.wire_check` for assertions.
    """
    import importlib

    from comptoir._credentials import SpecAuth

    def factory(spec_name: str, *, authenticated: bool = True, headers: dict[str, str] | None = None) -> Any:
        spec = load_bundle(spec_name)
        package = importlib.import_module(f"{spec_name.replace('-', '_')}.client")
        check = WireCheck(spec)
        options: dict[str, Any] = {
            "base_url": prism.url(spec_name),
            "headers": headers or {},
            "timeout": httpx.Timeout(30.0, connect=5.0),
            "httpx_args": {"event_hooks": {"request": [check]}},
        }
        if authenticated:
            client = package.AuthenticatedClient(auth=SpecAuth(dummy_credentials(spec)), **options)
        else:
            client = package.Client(**options)
        return client, check

    return factory


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Any:
    """Attach the Prism log tail of every mock server to a failed test's report."""
    report = yield
    pool = getattr(item, "funcargs", {}).get("prism")
    if report.failed and isinstance(pool, PrismPool):
        for name in sorted(pool.servers):
            report.sections.append((f"prism log: {name}", pool.tail(name) or "(empty)"))
    return report


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A private redis-server on a free loopback port (installed with `apt-get install redis-server`)."""
    try:
        with running_redis(tmp_path_factory.mktemp("redis")) as url:
            yield url
    except RedisUnavailable as error:
        pytest.fail(str(error))
