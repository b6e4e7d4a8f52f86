"""TokenSet, PKCE and provider basics."""

from __future__ import annotations

import pytest

from comptoir.auth import StoreError, TokenSet, ebp_provider
from comptoir.auth.pkce import code_challenge, new_code_verifier, state_matches
from comptoir.secret import Secret

NOW = 1_700_000_000.0


def tokens(lifetime: float, *, issued_at: float = NOW) -> TokenSet:
    return TokenSet(
        access_token=Secret("access-secret"),
        refresh_token=Secret("refresh-secret"),
        issued_at=issued_at,
        expires_at=issued_at + lifetime,
        scope="openid",
    )


def test_repr_and_str_hide_the_tokens() -> None:
    text = repr(tokens(3600)) + str(tokens(3600))
    assert "secret" not in text
    assert "expires_at" in text


@pytest.mark.parametrize(
    ("lifetime", "margin"),
    [(3600, 360), (1800, 300), (86400, 8640), (1, 0.5)],
    ids=["1h: 10 %", "30 min: 5 min floor", "1 day: 10 %", "1 s: half the lifetime"],
)
def test_refresh_margin_is_max_of_5_min_and_10_percent_capped_at_half(lifetime: float, margin: float) -> None:
    assert tokens(lifetime).refresh_margin == pytest.approx(margin)


def test_is_fresh_until_the_margin() -> None:
    one_hour = tokens(3600)
    assert one_hour.is_fresh(now=NOW + 3600 - 361)
    assert not one_hour.is_fresh(now=NOW + 3600 - 359)


def test_round_trip_and_invalid_documents() -> None:
    original = tokens(3600)
    assert TokenSet.from_dict(original.to_dict(), source="test") == original
    with pytest.raises(StoreError, match="test does not hold a valid token set") as excinfo:
        TokenSet.from_dict({"access_token": "access-secret", "expires_at": "x"}, source="test")
    assert "secret" not in str(excinfo.value)


def test_pkce_s256_matches_rfc_7636_appendix_b() -> None:
    assert (
        code_challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk") == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
    )


def test_pkce_verifier_is_long_and_unreserved() -> None:
    verifier = new_code_verifier()
    assert 43 <= len(verifier) <= 128
    assert set(verifier) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")


def test_state_comparison() -> None:
    assert state_matches("abc", "abc")
    assert not state_matches("abc", "abd")
    assert not state_matches("abc", None)
    assert not state_matches("abc", "é")


def test_ebp_preset_and_forms_follow_the_doc() -> None:
    provider = ebp_provider("id", "the-secret")
    assert provider.token_url == "https://api-login.ebp.com/connect/token"
    assert provider.authorize_url == "https://api-login.ebp.com/connect/authorize"
    assert provider.redirect_uri == "http://localhost:3333"
    assert provider.scopes == ("openid", "profile", "offline_access")
    assert provider.refresh_form(Secret("rt")) == {
        "grant_type": "refresh_token",
        "refresh_token": Secret("rt"),
        "client_id": "id",
        "client_secret": Secret("the-secret"),
    }
    url = provider.authorization_url(state="st", code_challenge="ch")
    assert "the-secret" not in url
    assert "redirect_uri=http%3A%2F%2Flocalhost%3A3333&" in url
    assert "scope=openid+profile+offline_access" in url
    assert "code_challenge_method=S256" in url
    assert "the-secret" not in repr(provider)
