"""facturare.md: ``connect()`` to production or the sandbox.

from comptoir import facturare
from facturare.api.invoices import list_invoices
from facturare.models import InvoiceFilter, Flag

client = facturare.connect(api_key=os.environ["FACTURARE_API_KEY"], sandbox=True)
unpaid = list_invoices.sync(client=client, filter_=InvoiceFilter(paid=Flag.NO))
unpaid = client.invoices.list_invoices(filter_=InvoiceFilter(paid=Flag.NO))   # the same, resource style

``connect_async()`` gives the async client (``async with facturare.connect_async(...) as client:``).
"""

from __future__ import annotations

from typing import Any

import httpx
from facturare.resources import AsyncFacturareClient, FacturareClient

from ._connect import build_client
from ._credentials import SpecAuth, basic_credential
from .errors import ConfigurationError
from .secret import Secret

PRODUCTION_URL = "https://api.facturare.md"
SANDBOX_URL = "https://api.sandbox.facturare.md"


def connect(
    *,
    api_key: str | Secret,
    sandbox: bool = False,
    base_url: str | None = None,
    timeout: httpx.Timeout | float | None = None,
    max_retries: int = 2,
    **httpx_args: Any,
) -> FacturareClient:
    """The facturare.md client: HTTP basic auth, the API key as user name and no password.

    ``sandbox=True`` targets the test environment; ``base_url`` overrides both (a local mock).
    facturare.md ignores plain-HTTP requests, so only a loopback host may use ``http://``.
    """
    api_key = Secret.of(api_key)  # masked in tracebacks rendered with locals
    url, auth = _settings(api_key, sandbox, base_url)
    return build_client(
        FacturareClient, base_url=url, auth=auth, timeout=timeout, max_retries=max_retries, **httpx_args
    )


def connect_async(
    *,
    api_key: str | Secret,
    sandbox: bool = False,
    base_url: str | None = None,
    timeout: httpx.Timeout | float | None = None,
    max_retries: int = 2,
    **httpx_args: Any,
) -> AsyncFacturareClient:
    """The async facturare.md client; arguments as :func:`connect`."""
    api_key = Secret.of(api_key)  # masked in tracebacks rendered with locals
    url, auth = _settings(api_key, sandbox, base_url)
    return build_client(
        AsyncFacturareClient, base_url=url, auth=auth, timeout=timeout, max_retries=max_retries, **httpx_args
    )


def _settings(api_key: Secret, sandbox: bool, base_url: str | None) -> tuple[str, SpecAuth]:
    if base_url is not None and sandbox:
        raise ConfigurationError("give either sandbox=True or base_url, not both")
    url = base_url or (SANDBOX_URL if sandbox else PRODUCTION_URL)
    return url, SpecAuth({"basicAuth": basic_credential(api_key)})
