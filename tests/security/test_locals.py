"""Finding 7: tracebacks rendered with locals show no secret; every `__repr__` works on a half-built object.

Before, `connect()` frames showed the API key and `token_endpoint` frames the client secret and the
refresh token; `repr(object.__new__(HeaderCredential))` raised AttributeError.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from comptoir import ebp, facturare, seqino, seven
from comptoir._credentials import HeaderCredential, SpecAuth
from comptoir.auth import (
    FileTokenStore,
    OAuthProvider,
    RefreshingAuth,
    RefreshInterrupted,
    TokenEndpointError,
    TokenSet,
    ebp_provider,
    token_endpoint,
)
from comptoir.auth.redis_store import RedisTokenStore
from comptoir.ebp.where import ImbricationFilter
from comptoir.errors import ComptoirError

from .conftest import (
    ACCESS_TOKEN,
    API_KEY,
    CLIENT_SECRET,
    REFRESH_TOKEN,
    SUBSCRIPTION_KEY,
    LoopbackServer,
    closed_port,
    json_reply,
    leaks,
    rendered_with_locals,
)

CONNECTS: dict[str, Any] = {
    "seven": lambda key, **kw: seven.connect(api_key=key, **kw),
    "seqino": lambda key, **kw: seqino.connect(api_key=key, client_id="company-42", **kw),
    "facturare": lambda key, **kw: facturare.connect(api_key=key, **kw),
    "ebp-subscription-key": lambda key, **kw: ebp.connect("gescom", subscription_key=key, auth=ACCESS_TOKEN, **kw),
    "ebp-access-token": lambda key, **kw: ebp.connect("gescom", subscription_key=SUBSCRIPTION_KEY, auth=key, **kw),
}


@pytest.mark.parametrize("api", sorted(CONNECTS))
@pytest.mark.parametrize(
    ("key_suffix", "options"),
    [("", {"base_url": "http://10.0.0.1/api"}), ("\n", {"base_url": "https://api.example"})],
    ids=["insecure base URL", "key with a newline"],
)
def test_connect_frames_rendered_with_locals_show_no_key(api: str, key_suffix: str, options: dict[str, str]) -> None:
    key = (API_KEY if api != "ebp-access-token" else ACCESS_TOKEN) + key_suffix
    with pytest.raises(ComptoirError) as caught:
        CONNECTS[api](key, **options)
    text = rendered_with_locals(caught.value)
    assert "connect" in text  # the connect() frame is there, with its locals
    assert not leaks(text)


def _provider(token_url: str) -> OAuthProvider:
    return ebp_provider("id", CLIENT_SECRET, token_url=token_url)


def _tokens() -> TokenSet:
    from comptoir.secret import Secret

    now = time.time()
    return TokenSet(
        access_token=Secret(ACCESS_TOKEN), refresh_token=Secret(REFRESH_TOKEN), issued_at=now - 7200, expires_at=now
    )


def test_token_endpoint_frames_rendered_with_locals_show_no_secret_when_unreachable() -> None:
    with pytest.raises(TokenEndpointError) as caught:
        token_endpoint.refresh(_provider(f"http://127.0.0.1:{closed_port()}/token"), _tokens())
    text = rendered_with_locals(caught.value)
    assert "_request_tokens" in text
    assert not leaks(text)


def test_refresh_frames_rendered_with_locals_show_no_secret_on_a_bad_answer(
    server: LoopbackServer, tmp_path: Path
) -> None:
    from comptoir.auth.rotation import fresh_tokens

    server.reply = json_reply(200, {"access_token": ACCESS_TOKEN + "-new\r\n", "refresh_token": "x"})
    store = FileTokenStore(tmp_path / "private" / "tokens.json")
    with store.lock():
        store.save(_tokens(), replacing=None)
    with pytest.raises(RefreshInterrupted) as caught:
        fresh_tokens(_provider(f"{server.url}/token"), store, rejected=None)
    text = rendered_with_locals(caught.value)
    assert "_request_tokens" in text
    assert "fresh_tokens" in text
    assert not leaks(text)


def test_objects_holding_secrets_never_show_them() -> None:
    from comptoir.secret import Secret

    provider = _provider("https://login.example/token")
    objects = [
        Secret(API_KEY),
        HeaderCredential("X-Api-Key", API_KEY),
        SpecAuth({"apiKey": HeaderCredential("X-Api-Key", API_KEY)}),
        provider,
        _tokens(),
        RefreshingAuth(provider, FileTokenStore("/nonexistent/tokens.json")),
    ]
    assert not leaks(*(repr(value) + str(value) + f"{value}" for value in objects))
    assert Secret(API_KEY).get_secret_value() == API_KEY


@pytest.mark.parametrize(
    "cls",
    [HeaderCredential, SpecAuth, RefreshingAuth, OAuthProvider, TokenSet, FileTokenStore, RedisTokenStore],
)
def test_repr_is_safe_on_a_half_built_object(cls: type) -> None:
    assert cls.__name__ in repr(object.__new__(cls))


def test_repr_is_safe_on_half_built_secret_and_filter() -> None:
    from comptoir.origin import RequestGuard
    from comptoir.secret import Secret

    for cls in (Secret, ImbricationFilter, RequestGuard):
        assert cls.__name__ in repr(object.__new__(cls))
