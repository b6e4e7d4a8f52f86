"""Seqino PDP: ``connect()`` with the API key and the PDP client identifier.

from comptoir import seqino
from seqino_pdp.api.usage import get_usage_summary

client = seqino.connect(api_key=os.environ["SEQINO_API_KEY"], client_id="company-42")
summary = get_usage_summary.sync(client=client)
"""

from __future__ import annotations

from typing import Any

import httpx
from seqino_pdp.client import AuthenticatedClient

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
) -> AuthenticatedClient:
    """The Seqino PDP client.

    The API key goes as is in ``Authorization``; ``X-PDP-Client-Id`` is sent on the operations
    whose security requirement names it (metrics, summary, limits, alerts), not on the others.
    """
    api_key = Secret.of(api_key)  # masked in tracebacks rendered with locals
    auth = SpecAuth(
        {
            "apiKey": HeaderCredential("Authorization", api_key),
            "clientId": HeaderCredential("X-PDP-Client-Id", client_id),
        }
    )
    return build_client(
        AuthenticatedClient, base_url=base_url, auth=auth, timeout=timeout, max_retries=max_retries, **httpx_args
    )
