"""The `comptoir` command line: browser login, login status and logout; `ops` and `call` (see cli_ops)."""

from __future__ import annotations

import time
import webbrowser
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer

from comptoir import cli_ops
from comptoir.auth import AuthError, FileTokenStore, TokenStore, default_token_path, ebp_provider, run_login
from comptoir.auth.login import LOGIN_TIMEOUT
from comptoir.auth.provider import EBP_AUTHORIZE_URL, EBP_REFRESH_TOKEN_LIFETIME, EBP_TOKEN_URL
from comptoir.auth.redis_store import DEFAULT_KEY, RedisTokenStore
from comptoir.errors import ConfigurationError
from comptoir.secret import Secret

app = typer.Typer(help="Typed clients for EBP, Seqino PDP, seven.io and facturare.md.", no_args_is_help=True)
login_app = typer.Typer(help="Log in once in a browser; tokens are then refreshed automatically.", no_args_is_help=True)
auth_app = typer.Typer(help="Inspect stored logins.", no_args_is_help=True)
app.add_typer(login_app, name="login")
app.add_typer(auth_app, name="auth")
app.command("ops")(cli_ops.ops)
app.command("call", context_settings={"allow_extra_args": True, "ignore_unknown_options": True})(cli_ops.call)

StoreOption = Annotated[
    Path | None,
    typer.Option(
        "--store",
        envvar="COMPTOIR_EBP_TOKEN_STORE",
        help="Token file (default: $XDG_CONFIG_HOME, else ~/.config, then /comptoir/ebp-tokens.json).",
    ),
]
RedisUrlOption = Annotated[
    str | None,
    typer.Option("--redis-url", envvar="COMPTOIR_EBP_REDIS_URL", help="Keep the tokens in Redis instead of a file."),
]
RedisKeyOption = Annotated[str, typer.Option("--redis-key", envvar="COMPTOIR_EBP_REDIS_KEY", help="Redis key.")]


@login_app.command("ebp")
def login_ebp(
    *,
    client_id: Annotated[str, typer.Option(envvar="COMPTOIR_EBP_CLIENT_ID", help="EBP client id.")],
    client_secret: Annotated[
        Secret,
        typer.Option(
            envvar="COMPTOIR_EBP_CLIENT_SECRET", parser=Secret, help="EBP client secret (prefer the variable)."
        ),
    ],
    store: StoreOption = None,
    redis_url: RedisUrlOption = None,
    redis_key: RedisKeyOption = DEFAULT_KEY,
    port: Annotated[int, typer.Option(help="Loopback port of the redirect URI (EBP only accepts 3333).")] = 3333,
    timeout: Annotated[float, typer.Option(help="Seconds to wait for the browser.")] = LOGIN_TIMEOUT,
    authorize_url: Annotated[str, typer.Option(envvar="COMPTOIR_EBP_AUTHORIZE_URL")] = EBP_AUTHORIZE_URL,
    token_url: Annotated[str, typer.Option(envvar="COMPTOIR_EBP_TOKEN_URL")] = EBP_TOKEN_URL,
    browser: Annotated[bool, typer.Option(help="Try to open a browser (the URL is printed anyway).")] = True,
) -> None:
    """Log in to EBP in a browser (redirect to http://localhost:3333) and store the tokens.

    The store is checked (lock, read, write) before the browser opens; the authorize and token URLs
    must be https (plain http only to a loopback host).
    """
    with _reporting_auth_errors():
        provider = ebp_provider(client_id, client_secret, authorize_url=authorize_url, token_url=token_url)
        token_store = _open_store(store, redis_url, redis_key)
        tokens = run_login(
            provider,
            token_store,
            port=port,
            timeout=timeout,
            open_browser=webbrowser.open if browser else _no_browser,
            echo=typer.echo,
        )
    typer.echo(
        f"Logged in to EBP; tokens saved in {token_store.location} (access token until {_when(tokens.expires_at)})."
    )


@auth_app.command("status")
def auth_status(
    store: StoreOption = None, redis_url: RedisUrlOption = None, redis_key: RedisKeyOption = DEFAULT_KEY
) -> None:
    """Show the stored EBP login's expiry and scope (never a token); exit 1 when it needs a new login."""
    with _reporting_auth_errors():
        token_store = _open_store(store, redis_url, redis_key)
        tokens = token_store.load()
        if tokens is None:
            typer.echo(f"No EBP login in {token_store.location}: run `comptoir login ebp`.")
            raise typer.Exit(1)
        pending = token_store.journal.pending()
    typer.echo(f"EBP login in {token_store.location}")
    typer.echo(f"  access token: expires {_when(tokens.expires_at)}, refreshed automatically")
    typer.echo(
        f"  last rotation: {_when(tokens.issued_at)}; refresh token valid until about "
        f"{_when(tokens.issued_at + EBP_REFRESH_TOKEN_LIFETIME)}"
    )
    typer.echo(f"  scope: {tokens.scope or '(none reported)'}")
    if pending is not None and pending.concerns(tokens):
        typer.echo(f"Error: {pending.describe()}; the refresh token may be dead: run `comptoir login ebp`.", err=True)
        raise typer.Exit(1)


@app.command("logout")
def logout(
    store: StoreOption = None, redis_url: RedisUrlOption = None, redis_key: RedisKeyOption = DEFAULT_KEY
) -> None:
    """Remove the stored EBP login (tokens and refresh journal)."""
    with _reporting_auth_errors():
        token_store = _open_store(store, redis_url, redis_key)
        with token_store.lock():
            token_store.clear()  # without reading it first: a corrupted store can be removed too
    typer.echo(f"Removed any EBP login from {token_store.location}.")


def _open_store(store: Path | None, redis_url: str | None, redis_key: str) -> TokenStore:
    if store is not None and redis_url is not None:
        raise typer.BadParameter("use either --store or --redis-url, not both")
    if redis_url is not None:
        return RedisTokenStore(redis_url, redis_key)
    return FileTokenStore(store or default_token_path("ebp"))


@contextmanager
def _reporting_auth_errors() -> Iterator[None]:
    """Turn an `AuthError` or a `ConfigurationError` into a one-line message and exit status 1."""
    try:
        yield
    except (AuthError, ConfigurationError) as exc:
        typer.echo(f"Error: {exc}", err=True)
        raise typer.Exit(1) from None


def _no_browser(url: str) -> bool:
    return False


def _when(timestamp: float) -> str:
    """A local date with a rough distance from now, e.g. `2025-01-31 10:00:00 CET (in 52 min)`."""
    moment = datetime.fromtimestamp(timestamp).astimezone().strftime("%Y-%m-%d %H:%M:%S %Z")
    seconds = timestamp - time.time()
    amount = abs(seconds)
    if amount >= 2 * 86400:
        span = f"{amount / 86400:.0f} days"
    elif amount >= 2 * 3600:
        span = f"{amount / 3600:.0f} h"
    else:
        span = f"{amount / 60:.0f} min"
    return f"{moment} ({'in ' + span if seconds >= 0 else span + ' ago'})"
