"""The one-time browser login: authorization code with state and PKCE S256, caught on a loopback listener."""

from __future__ import annotations

import errno
import html
import socket
import socketserver
import threading
import webbrowser
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler
from types import TracebackType
from urllib.parse import parse_qs, urlsplit, urlunsplit

from ..secret import Secret
from . import token_endpoint
from .errors import AuthError, LoginFailed
from .pkce import code_challenge, new_code_verifier, new_state, state_matches
from .provider import OAuthProvider
from .store import TokenStore
from .tokens import TokenSet

LOGIN_TIMEOUT = 300.0
"""EBP's authorization codes live 5 minutes."""


def run_login(
    provider: OAuthProvider,
    store: TokenStore,
    *,
    port: int | None = None,
    timeout: float = LOGIN_TIMEOUT,
    open_browser: Callable[[str], bool] = webbrowser.open,
    echo: Callable[[str], None] = print,
) -> TokenSet:
    """Log a person in through their browser and save the tokens under the store's lock.

    `port` defaults to the provider's redirect URI port (3333 for EBP); 0 picks a free one. Before
    anything else the store is locked, read and written once, so that a broken store fails now
    rather than after the single-use authorization code was spent.
    """
    redirect = urlsplit(provider.redirect_uri)
    if redirect.scheme != "http" or redirect.hostname not in ("localhost", "127.0.0.1", "::1"):
        raise LoginFailed(f"the redirect URI {provider.redirect_uri} is not a loopback http:// URL")
    with store.lock():
        store.load()
        store.journal.pending()
        store.check_writable()
    state, verifier = new_state(), Secret(new_code_verifier())
    listen_port = port if port is not None else redirect.port or 80
    with LoopbackListener(listen_port, redirect.path or "/", state) as listener:
        host = "[::1]" if redirect.hostname == "::1" else redirect.hostname
        provider = provider.with_redirect_uri(urlunsplit(("http", f"{host}:{listener.port}", redirect.path, "", "")))
        url = provider.authorization_url(state=state, code_challenge=code_challenge(verifier.get_secret_value()))
        echo(f"Log in to {provider.display_name} in your browser:\n  {url}")
        if not open_browser(url):
            echo("No browser could be opened: open the address above yourself.")
        echo(f"Waiting up to {timeout / 60:g} min for the redirect to {provider.redirect_uri} ...")
        code = listener.wait(timeout)
    try:
        tokens = token_endpoint.exchange_code(provider, code=code, code_verifier=verifier)
    except AuthError as exc:
        raise LoginFailed(f"the authorization code could not be exchanged: {exc}") from None
    with store.lock():
        store.save(tokens, replacing=store.load())
        store.journal.clear()
    return tokens


class LoopbackListener:
    """Serves the redirect URI on 127.0.0.1 and ::1 until the browser brings back a code or an error."""

    def __init__(self, port: int, path: str, expected_state: str) -> None:
        self.path = path
        self.expected_state = expected_state
        self._done = threading.Event()
        self._outcome_lock = threading.Lock()
        self._code: Secret | None = None
        self._failure: str | None = None
        self._servers = [_bind(self, "127.0.0.1", port)]
        try:
            self._servers.extend(_bind_ipv6_if_available(self, self.port))
        except BaseException:
            self._servers[0].server_close()
            raise

    @property
    def port(self) -> int:
        """The port actually listened on (useful when 0 was asked for)."""
        return int(self._servers[0].server_address[1])

    def __enter__(self) -> LoopbackListener:
        for server in self._servers:
            threading.Thread(
                target=server.serve_forever, args=(0.05,), name="comptoir-login-listener", daemon=True
            ).start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        for server in self._servers:
            server.shutdown()
            server.server_close()

    def wait(self, timeout: float) -> Secret:
        """The authorization code; raises `LoginFailed` on an error answer, a bad state or the timeout."""
        if not self._done.wait(timeout):
            raise LoginFailed(f"no login came back within {timeout:g} s; run the command again")
        if self._code is None:
            raise LoginFailed(self._failure or "the login failed")
        return self._code

    def answer(self, query: dict[str, list[str]]) -> tuple[int, str]:
        """Judge one redirect and return the HTTP status and the page for the browser."""
        if not {"code", "error", "state"} & query.keys():
            return 400, "This address only receives the login redirect."
        if not state_matches(self.expected_state, _single(query, "state")):
            return self._finish(None, "the redirect's state was missing or wrong (possible forged request)")
        error = _single(query, "error")
        if error is not None:
            description = _single(query, "error_description")
            return self._finish(None, f"the login was refused: {error}" + (f" ({description})" if description else ""))
        code = _single(query, "code")
        if not code:
            return self._finish(None, "the redirect carried neither a code nor an error")
        return self._finish(Secret(code), None)

    def _finish(self, code: Secret | None, failure: str | None) -> tuple[int, str]:
        with self._outcome_lock:
            if self._done.is_set():
                return 409, "This login attempt is already over; you can close this tab."
            self._code, self._failure = code, failure
            self._done.set()
        if failure is not None:
            return 400, f"Login failed: {failure}."
        return 200, "Logged in. You can close this tab and go back to the terminal."


class _CallbackServer(socketserver.ThreadingMixIn, socketserver.TCPServer):
    allow_reuse_address = True
    daemon_threads = True

    def __init__(self, listener: LoopbackListener, host: str, port: int, family: socket.AddressFamily) -> None:
        self.address_family = family
        self.listener = listener
        super().__init__((host, port), _CallbackHandler, bind_and_activate=False)
        try:
            if family == socket.AF_INET6:
                self.socket.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 1)
            self.server_bind()
            self.server_activate()
        except BaseException:
            self.server_close()
            raise


class _CallbackHandler(BaseHTTPRequestHandler):
    server: _CallbackServer
    timeout = 10  # browsers open idle speculative connections

    def do_GET(self) -> None:
        """Answer the redirect; anything else (favicon...) is a 404 that does not end the wait."""
        url = urlsplit(self.path)
        if url.path != self.server.listener.path:
            status, message = 404, "Not found."
        else:
            status, message = self.server.listener.answer(parse_qs(url.query))
        body = f"<!doctype html><title>comptoir login</title><p>{html.escape(message)}</p>\n".encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Stay silent: request lines carry the authorization code."""


def _bind(listener: LoopbackListener, host: str, port: int) -> _CallbackServer:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    try:
        return _CallbackServer(listener, host, port, family)
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise LoginFailed(
                f"port {port} on {host} is busy (another program, maybe another login, listens there); "
                "stop it and retry: the redirect URI must use this exact port"
            ) from None
        raise


def _bind_ipv6_if_available(listener: LoopbackListener, port: int) -> list[_CallbackServer]:
    try:
        return [_bind(listener, "::1", port)]
    except OSError as exc:
        if exc.errno in (errno.EADDRNOTAVAIL, errno.EAFNOSUPPORT):
            return []  # no IPv6 loopback here: browsers resolve localhost to 127.0.0.1
        raise


def _single(query: dict[str, list[str]], name: str) -> str | None:
    values = query.get(name)
    return values[0] if values else None
