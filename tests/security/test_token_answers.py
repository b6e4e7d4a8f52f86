"""Finding 4: tokens from the token endpoint are checked (visible ASCII, at most 8 KiB) before use or storage.

A token with CR/LF/NUL used to end up, whole, in httpx's `LocalProtocolError`; now the answer is refused
with an error naming the field, never the value.
"""

from __future__ import annotations

from typing import Any

import pytest

from comptoir.auth import TokenResponseLost, ebp_provider, token_endpoint

from .conftest import CLIENT_SECRET, LoopbackServer, json_reply, leaks

BAD = "PLANTED-bad-token"
GOOD = {"access_token": "good-access", "refresh_token": "good-refresh", "expires_in": 3600}


def _exchange(server: LoopbackServer) -> Any:
    from comptoir.secret import Secret

    provider = ebp_provider("id", CLIENT_SECRET, token_url=f"{server.url}/connect/token")
    return token_endpoint.exchange_code(provider, code=Secret("the-code"), code_verifier=Secret("v" * 43))


@pytest.mark.parametrize(
    ("field", "value", "reason"),
    [
        ("access_token", f"{BAD}\r\nX-Injected: 1", "control characters"),
        ("access_token", f"{BAD}\x00", "control characters"),
        ("access_token", f"{BAD} with blanks", "blanks"),
        ("access_token", f"{BAD}-é", "non-ASCII"),
        ("access_token", BAD + "x" * 8192, "longer than 8192"),
        ("access_token", "", "empty"),
        ("access_token", 12345, "not a string"),
        ("refresh_token", f"{BAD}\n", "control characters"),
        ("refresh_token", BAD + "y" * 9000, "longer than 8192"),
        ("expires_in", float("nan"), "expires_in"),
        ("expires_in", True, "expires_in"),
        ("expires_in", -5, "expires_in"),
    ],
)
def test_an_unusable_token_answer_is_refused_naming_the_field(
    server: LoopbackServer, field: str, value: object, reason: str
) -> None:
    server.reply = json_reply(200, {**GOOD, field: value})
    with pytest.raises(TokenResponseLost, match=field) as caught:
        _exchange(server)
    message = str(caught.value)
    assert reason in message
    assert BAD not in message
    assert not leaks(message)


def test_a_missing_access_token_is_named(server: LoopbackServer) -> None:
    server.reply = json_reply(200, {"refresh_token": "r"})
    with pytest.raises(TokenResponseLost, match="access_token is missing"):
        _exchange(server)


def test_a_good_answer_gives_secret_tokens(server: LoopbackServer) -> None:
    from comptoir.secret import Secret

    server.reply = json_reply(200, GOOD)
    tokens = _exchange(server)
    assert tokens.access_token == Secret("good-access")
    assert "good-access" not in repr(tokens) + str(tokens)
