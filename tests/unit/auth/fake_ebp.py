"""A loopback stand-in for EBP's login server and API, strict about single-use refresh tokens."""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import ssl
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode, urlsplit

CLIENT_ID = "comptoir-test-client"
CLIENT_SECRET = "client-secret-" + secrets.token_urlsafe(12)
API_PATH = "/gescom/api/v1/Folders"


@dataclass
class _Family:
    """Every token descending from one login; any reuse revokes all of them."""

    revoked: bool = False
    latest_access: str = ""


@dataclass
class _Code:
    redirect_uri: str
    challenge: str
    expires_at: float
    used: bool = False


@dataclass
class Counters:
    token_posts: int = 0
    reuse_detected: int = 0
    api_ok: int = 0
    api_rejected: int = 0


@dataclass
class FakeEbp:
    """Token endpoint (`/connect/token`), authorize endpoint (`/connect/authorize`) and one API route."""

    access_lifetime: float = 3600.0
    token_delay: float = 0.0
    revoke_access_on_rotation: bool = False
    api_always_401: bool = False
    token_outage: bool = False  # answer 503 without rotating
    drop_token_answers: bool = False  # rotate, then hang up without answering
    authorize_mode: str = "approve"  # approve | deny | wrong_state | no_state
    error_description: str = "The user denied access"
    counters: Counters = field(default_factory=Counters)
    secrets: set[str] = field(default_factory=lambda: {CLIENT_SECRET})
    authorize_queries: list[dict[str, str]] = field(default_factory=list)
    token_gate: threading.Event | None = None
    token_post_seen: threading.Event = field(default_factory=threading.Event)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _refresh: dict[str, tuple[_Family, bool]] = field(default_factory=dict)
    _access: dict[str, tuple[_Family, float]] = field(default_factory=dict)
    _codes: dict[str, _Code] = field(default_factory=dict)
    base_url: str = ""

    @property
    def token_url(self) -> str:
        return f"{self.base_url}/connect/token"

    @property
    def authorize_url(self) -> str:
        return f"{self.base_url}/connect/authorize"

    @property
    def api_url(self) -> str:
        return f"{self.base_url}{API_PATH}"

    def new_login(self, family: _Family | None = None, *, lifetime: float | None = None) -> dict[str, object]:
        """Issue a token pair (a new family unless given) and return the token endpoint's JSON answer."""
        family = family or _Family()
        access, refresh = "AT-" + secrets.token_urlsafe(18), "RT-" + secrets.token_urlsafe(18)
        with self._lock:
            if self.revoke_access_on_rotation and family.latest_access:
                self._access.pop(family.latest_access, None)
            family.latest_access = access
            self._access[access] = (family, time.time() + (lifetime or self.access_lifetime))
            self._refresh[refresh] = (family, False)
            self.secrets.update((access, refresh))
        return {
            "access_token": access,
            "refresh_token": refresh,
            "expires_in": lifetime or self.access_lifetime,
            "token_type": "Bearer",
            "scope": "openid profile offline_access",
        }

    def rotate(self, refresh_token: str) -> dict[str, object] | None:
        """Consume a refresh token; None (and a revoked family on reuse) when it is not usable."""
        with self._lock:
            entry = self._refresh.get(refresh_token)
            if entry is None or entry[0].revoked:
                return None
            family, used = entry
            if used:
                self.counters.reuse_detected += 1
                family.revoked = True
                return None
            self._refresh[refresh_token] = (family, True)
        return self.new_login(family)

    def revoke_access(self, access_token: str) -> None:
        with self._lock:
            self._access.pop(access_token)

    def access_is_valid(self, access_token: str) -> bool:
        with self._lock:
            entry = self._access.get(access_token)
            return entry is not None and not entry[0].revoked and time.time() < entry[1]

    def authorize(self, query: dict[str, str]) -> str:
        """The Location the authorize endpoint redirects the browser to."""
        self.authorize_queries.append(query)
        redirect = query["redirect_uri"]
        if self.authorize_mode == "deny":
            answer = {"error": "access_denied", "error_description": self.error_description}
        else:
            code = "CODE-" + secrets.token_urlsafe(12)
            self.secrets.add(code)
            self._codes[code] = _Code(redirect, query["code_challenge"], time.time() + 300)
            answer = {"code": code}
        if self.authorize_mode == "wrong_state":
            answer["state"] = "forged-" + query["state"]
        elif self.authorize_mode != "no_state":
            answer["state"] = query["state"]
        return f"{redirect}?{urlencode(answer)}"

    def token_request(self, form: dict[str, str]) -> tuple[int, dict[str, object]]:
        with self._lock:
            self.counters.token_posts += 1
        self.token_post_seen.set()
        if self.token_outage:
            return 503, {"error": "temporarily_unavailable"}
        if form.get("client_id") != CLIENT_ID or form.get("client_secret") != CLIENT_SECRET:
            return 401, {"error": "invalid_client"}
        if form.get("grant_type") == "refresh_token":
            answer = self.rotate(form.get("refresh_token", ""))
        elif form.get("grant_type") == "authorization_code":
            answer = self._exchange(form)
        else:
            return 400, {"error": "unsupported_grant_type"}
        if self.token_gate is not None:
            self.token_gate.wait(30)
        time.sleep(self.token_delay)
        return (200, answer) if answer else (400, {"error": "invalid_grant"})

    def _exchange(self, form: dict[str, str]) -> dict[str, object] | None:
        code = self._codes.get(form.get("code", ""))
        verifier = form.get("code_verifier", "")
        challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
        if code is None or code.used or time.time() > code.expires_at:
            return None
        code.used = True
        if form.get("redirect_uri") != code.redirect_uri or challenge != code.challenge:
            return None
        self.secrets.add(verifier)
        return self.new_login()

    def api_call(self, authorization: str) -> bool:
        scheme, _, token = authorization.partition(" ")
        ok = scheme == "Bearer" and not self.api_always_401 and self.access_is_valid(token)
        with self._lock:
            if ok:
                self.counters.api_ok += 1
            else:
                self.counters.api_rejected += 1
        return ok


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        fake = self.server.fake
        if url.path == "/connect/authorize":
            query = {k: v[0] for k, v in parse_qs(url.query).items()}
            self._send(302, b"", location=fake.authorize(query))
        elif url.path == API_PATH and fake.api_call(self.headers.get("Authorization", "")):
            self._send(200, b'[{"id": "demo-folder"}]')
        elif url.path == API_PATH:
            self._send(401, b'{"title": "Unauthorized", "message": "Mauvais JWT"}')
        else:
            self._send(404, b"{}")

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        body = self.rfile.read(length).decode()
        if urlsplit(self.path).path != "/connect/token":
            self._send(404, b"{}")
            return
        form = {k: v[0] for k, v in parse_qs(body).items()}
        status, answer = self.server.fake.token_request(form)
        if self.server.fake.drop_token_answers:
            self.close_connection = True
            return
        self._send(status, json.dumps(answer).encode())

    def _send(self, status: int, body: bytes, *, location: str | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        if location:
            self.send_header("Location", location)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        """Silent."""


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256  # a burst of 100 connections must not overflow the accept backlog

    def __init__(self, fake: FakeEbp) -> None:
        self.fake = fake
        super().__init__(("127.0.0.1", 0), _Handler)

    def server_bind(self) -> None:
        """Skip HTTPServer's reverse DNS lookup of the address."""
        self.socket.bind(self.server_address)
        self.server_address = self.socket.getsockname()
        self.server_name, self.server_port = "127.0.0.1", self.server_address[1]


def serve(fake: FakeEbp, tls: ssl.SSLContext | None = None) -> _Server:
    """Start `fake` on a free loopback port in a background thread (over TLS with this server context)."""
    server = _Server(fake)
    if tls is not None:
        server.socket = tls.wrap_socket(server.socket, server_side=True)
    fake.base_url = f"{'https' if tls else 'http'}://127.0.0.1:{server.server_port}"
    threading.Thread(target=server.serve_forever, args=(0.05,), name="fake-ebp", daemon=True).start()
    return server
