"""Finding 5: `comptoir login` checks that the store can be locked, read and written before the browser opens.

Before, a corrupted store was only noticed after the single-use authorization code had been exchanged,
and the new tokens were thrown away.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from comptoir import cli
from comptoir.auth import FileTokenStore, StoreError, ebp_provider, run_login
from comptoir.auth.redis_store import RedisTokenStore

from .conftest import CLIENT_SECRET, LoopbackServer, closed_port, leaks


def _corrupted_store(tmp_path: Path) -> FileTokenStore:
    directory = tmp_path / "private"
    directory.mkdir(mode=0o700)
    (directory / "tokens.json").write_text("{not json")
    (directory / "tokens.json").chmod(0o600)
    return FileTokenStore(directory / "tokens.json")


def _unreachable_redis() -> RedisTokenStore:
    return RedisTokenStore(f"redis://127.0.0.1:{closed_port()}/0", "comptoir:test", lock_timeout=1)


@pytest.mark.parametrize("make_store", [_corrupted_store, lambda tmp_path: _unreachable_redis()])
def test_login_fails_on_a_broken_store_before_the_browser_opens(
    make_store: object, tmp_path: Path, server: LoopbackServer
) -> None:
    store = make_store(tmp_path)  # type: ignore[operator]
    provider = ebp_provider(
        "id", CLIENT_SECRET, token_url=f"{server.url}/connect/token", authorize_url=f"{server.url}/authorize"
    )
    opened: list[str] = []
    with pytest.raises(StoreError, match=r"tokens\.json|Redis key comptoir:test"):
        run_login(provider, store, port=0, timeout=0.5, open_browser=lambda url: opened.append(url) or True)
    assert not opened
    assert not server.seen  # no exchange either


def test_cli_login_reports_the_broken_store_and_never_opens_the_browser(
    tmp_path: Path, server: LoopbackServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = _corrupted_store(tmp_path)
    opened: list[str] = []
    monkeypatch.setattr("webbrowser.open", opened.append)
    monkeypatch.setenv("COMPTOIR_EBP_CLIENT_ID", "id")
    monkeypatch.setenv("COMPTOIR_EBP_CLIENT_SECRET", CLIENT_SECRET)
    args = ["login", "ebp", "--store", str(store.path), "--port", "0", "--timeout", "0.5"]
    result = CliRunner().invoke(cli.app, [*args, "--token-url", f"{server.url}/t", "--authorize-url", server.url])
    assert result.exit_code == 1
    assert f"{store.path} is not valid JSON" in result.output
    assert "comptoir logout" in result.output
    assert not opened
    assert not leaks(result.output)
