"""Cross-process single-flight rotation: lock, re-read, adopt or refresh, persist, then use."""

from __future__ import annotations

import logging

from . import token_endpoint
from .errors import LoginRequired, RefreshInterrupted, TokenEndpointError, TokenResponseLost
from .journal import RefreshRecord
from .provider import OAuthProvider
from .store import TokenStore
from .tokens import TokenSet

logger = logging.getLogger("comptoir.auth")


def fresh_tokens(provider: OAuthProvider, store: TokenStore, *, rejected: TokenSet | None) -> TokenSet:
    """Usable tokens other than `rejected`: adopted from the store when a sibling rotated, else refreshed.

    Runs entirely under the store's lock, so at most one refresh per login happens at a time, and the
    new tokens are persisted before this returns them.
    """
    with store.lock():
        current = store.load()
        if current is None:
            raise LoginRequired(f"no {provider.display_name} login in {store.location}", command=provider.login_command)
        pending = store.journal.pending()
        if pending is not None and pending.concerns(current):
            raise _interrupted(provider, pending)
        if current.is_fresh() and (rejected is None or current.access_token != rejected.access_token):
            logger.debug("adopting tokens from %s", store.location)
            return current
        logger.info("refreshing the %s access token (store %s)", provider.display_name, store.location)
        record = RefreshRecord.starting_from(current)
        store.journal.begin(record)
        try:
            rotated = token_endpoint.refresh(provider, current)
        except (TokenEndpointError, LoginRequired):
            store.journal.clear()  # the server answered or was never reached: nothing was rotated
            raise
        except TokenResponseLost as exc:
            raise _interrupted(provider, record) from exc
        store.save(rotated, replacing=current)
        store.journal.clear()
        return rotated


def _interrupted(provider: OAuthProvider, record: RefreshRecord) -> RefreshInterrupted:
    return RefreshInterrupted(
        f"{record.describe()}: {provider.display_name} may already have invalidated the stored "
        "refresh token, so comptoir will not reuse it",
        command=provider.login_command,
    )
