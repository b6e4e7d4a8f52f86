"""connect()'s connection options reach the connections under the retry/limit policy.

httpx ignores a client's ``verify``/``cert``/``proxy`` and the environment's proxies when the
client is given a transport, and every connect() client is (the policy is one): these tests check
that TLS settings, client certificates, an explicit proxy and an https target's environment proxy
are all applied, and that a proxied request still goes through the retries.
"""

from __future__ import annotations

import asyncio
import http.server
import json
import select
import socket
import socketserver
import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest
import trustme

from comptoir import seven
from comptoir.errors import APIConnectionError

BALANCE = json.dumps({"amount": 12.5, "currency": "EUR"}).encode()
PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    failures = 0
    seen: list[str]


class _Balance(http.server.BaseHTTPRequestHandler):
    """Answers seven.io's balance; the first ``server.failures`` requests get a 503 to retry."""

    protocol_version = "HTTP/1.1"
    server: _Server

    def do_GET(self) -> None:
        self.server.seen.append(self.path)
        failing = self.server.failures > 0
        self.server.failures -= 1
        body = b"busy" if failing else BALANCE
        self.send_response(503 if failing else 200)
        self.send_header("Content-Type", "text/plain" if failing else "application/json")
        self.send_header("Retry-After", "0")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""


def _balance_server(tls: ssl.SSLContext | None = None, failures: int = 0) -> _Server:
    server = _Server(("127.0.0.1", 0), _Balance)
    server.seen, server.failures = [], failures
    if tls is not None:
        server.socket = tls.wrap_socket(server.socket, server_side=True)
    return server


@contextmanager
def _running(server: socketserver.TCPServer) -> Iterator[str]:
    """``server`` serving in a thread; its URL."""
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        scheme = "https" if isinstance(server.socket, ssl.SSLSocket) else "http"
        yield f"{scheme}://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


class _Tunnel(socketserver.ThreadingTCPServer):
    """A CONNECT proxy to loopback hosts only, recording each tunnel's target."""

    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _TunnelHandler)
        self.targets: list[str] = []


class _TunnelHandler(socketserver.BaseRequestHandler):
    server: _Tunnel

    def handle(self) -> None:
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = self.request.recv(4096)
            if not chunk:
                return
            head += chunk
        method, target, _ = head.split(b"\r\n", 1)[0].decode().split(" ", 2)
        host, _, port = target.rpartition(":")
        if method != "CONNECT" or host != "127.0.0.1":
            self.request.sendall(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n")
            return
        self.server.targets.append(target)
        with socket.create_connection((host, int(port))) as upstream:
            self.request.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
            ends = {self.request: upstream, upstream: self.request}
            while True:
                readable, _, _ = select.select(list(ends), [], [], 5)
                if not readable:
                    return
                for end in readable:
                    data = end.recv(65536)
                    if not data:
                        return
                    ends[end].sendall(data)


@pytest.fixture
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture(autouse=True)
def _no_proxy_from_this_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


def _server_tls(ca: trustme.CA, *, client_certificates: bool = False) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert("127.0.0.1").configure_cert(context)
    if client_certificates:
        context.verify_mode = ssl.CERT_REQUIRED
        ca.configure_trust(context)
    return context


def _trusting(ca: trustme.CA) -> ssl.SSLContext:
    context = ssl.create_default_context()
    ca.configure_trust(context)
    return context


def _both(url: str, **options: object) -> list[str | None]:
    """The balance's currency read by a sync client and by an async one."""
    with seven.connect(api_key="k", base_url=url, **options) as client:  # type: ignore[arg-type]
        sync = client.account.get_balance()

    async def call() -> object:
        async with seven.connect_async(api_key="k", base_url=url, **options) as client:  # type: ignore[arg-type]
            return await client.account.get_balance()

    return [getattr(sync, "currency", None), getattr(asyncio.run(call()), "currency", None)]


def test_verify_reaches_the_connections(ca: trustme.CA) -> None:
    with _running(server := _balance_server(tls=_server_tls(ca))) as url:
        with pytest.raises(APIConnectionError):  # the system's trust store does not know this CA
            seven.connect(api_key="k", base_url=url, max_retries=0).account.get_balance()
        assert _both(url, verify=_trusting(ca)) == ["EUR", "EUR"]
        assert server.seen == ["/balance", "/balance"]


def test_a_client_certificate_in_the_tls_context_is_presented(ca: trustme.CA) -> None:
    context = _trusting(ca)
    with ca.issue_cert("client.example").private_key_and_cert_chain_pem.tempfile() as pem:
        context.load_cert_chain(pem)
    with _running(_balance_server(tls=_server_tls(ca, client_certificates=True))) as url:
        with pytest.raises(APIConnectionError):  # no certificate: the server refuses the handshake
            seven.connect(api_key="k", base_url=url, max_retries=0, verify=_trusting(ca)).account.get_balance()
        assert _both(url, verify=context) == ["EUR", "EUR"]


def test_an_explicit_proxy_is_used_under_the_retry_policy() -> None:
    with _running(proxy := _balance_server(failures=2)) as proxy_url:  # a loopback proxy answering for the target
        assert _both("http://127.0.0.1:9", proxy=proxy_url) == ["EUR", "EUR"]
    # absolute-form request lines: sent to the proxy; four of them: each client retried its 503
    assert proxy.seen == ["http://127.0.0.1:9/balance"] * 4


def test_an_https_target_takes_its_proxy_from_the_environment(ca: trustme.CA, monkeypatch: pytest.MonkeyPatch) -> None:
    with _running(server := _balance_server(tls=_server_tls(ca))) as url, _running(proxy := _Tunnel()) as proxy_url:
        monkeypatch.setenv("HTTPS_PROXY", proxy_url)
        assert _both(url, verify=_trusting(ca)) == ["EUR", "EUR"]
        assert proxy.targets == [url.removeprefix("https://")] * 2
        monkeypatch.setenv("NO_PROXY", "127.0.0.1")
        assert _both(url, verify=_trusting(ca)) == ["EUR", "EUR"]
        assert len(proxy.targets) == 2, "NO_PROXY names the host: no tunnel"
        monkeypatch.delenv("NO_PROXY")
        assert _both(url, verify=_trusting(ca), trust_env=False) == ["EUR", "EUR"]
        assert len(proxy.targets) == 2, "trust_env=False: the environment is not read"
        assert len(server.seen) == 6


def test_a_mounted_transport_is_under_the_retry_policy() -> None:
    answers = [httpx.Response(503, headers={"Retry-After": "0"}), httpx.Response(200, json={"currency": "EUR"})]
    mounted = httpx.MockTransport(lambda request: answers.pop(0))
    client = seven.connect(api_key="k", base_url="http://127.0.0.1:9", mounts={"http://127.0.0.1:9": mounted})
    assert getattr(client.account.get_balance(), "currency", None) == "EUR"
    assert answers == [], "the 503 was retried through the mount"
