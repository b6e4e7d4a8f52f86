"""Seqino PDP: ``connect()`` with the API key and the PDP client identifier.

from comptoir import seqino
from seqino_pdp.api.usage import get_usage_summary

client = seqino.connect(api_key=os.environ["SEQINO_API_KEY"], client_id="company-42")
summary = get_usage_summary.sync(client=client)
summary = client.usage.get_usage_summary()        # the same, resource style

``connect_async()`` gives the async client (``async with seqino.connect_async(...) as client:``).
"""

from __future__ import annotations

from typing import Any

import httpx
from seqino_pdp.resources import AsyncSeqinoPdpClient, SeqinoPdpClient

from ._connect import build_client
from ._credentials import HeaderCredential, SpecAuth
from .secret import Secret

DEV_URL = "https://pdp.seqino.dev/api"
LOCAL_URL = "http://localhost:8052"


def connect(
    *,
    api_key: str | Secret,
    client_id: str,
    base_url: str = DEV_URL,
    timeout: httpx.Timeout | float | None = None,
    max_retries: int = 2,
    **httpx_args: Any,
) -> SeqinoPdpClient:
    """The Seqino PDP client.

    The API key goes as is in ``Authorization``; ``X-PDP-Client-Id`` is sent on the operations
    whose security requirement names it (metrics, summary, limits, alerts), not on the others.
    """
    api_key = Secret.of(api_key)  # masked in tracebacks rendered with locals
    return build_client(
        SeqinoPdpClient,
        base_url=base_url,
        auth=_auth(api_key, client_id),
        timeout=timeout,
        max_retries=max_retries,
        **httpx_args,
    )


def connect_async(
    *,
    api_key: str | Secret,
    client_id: str,
    base_url: str = DEV_URL,
    timeout: httpx.Timeout | float | None = None,
    max_retries: int = 2,
    **httpx_args: Any,
) -> AsyncSeqinoPdpClient:
    """The async Seqino PDP client; arguments as :func:`connect`."""
    api_key = Secret.of(api_key)  # masked in tracebacks rendered with locals
    return build_client(
        AsyncSeqinoPdpClient,
        base_url=base_url,
        auth=_auth(api_key, client_id),
        timeout=timeout,
        max_retries=max_retries,
        **httpx_args,
    )


def _auth(api_key: Secret, client_id: str) -> SpecAuth:
    return SpecAuth(
        {
            "apiKey": HeaderCredential("Authorization", api_key),
            "clientId": HeaderCredential("X-PDP-Client-Id", client_id),
        }
    )
