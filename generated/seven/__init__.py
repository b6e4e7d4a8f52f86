"""A client library for accessing seven.io gateway — account"""

from typing import Any

from .client import AuthenticatedClient, Client

API_NAME = "seven"
"""The API's name in comptoir: its spec's file name (``specs/seven.yaml``)."""

RATE_LIMITS: Any = None
"""The spec's ``x-comptoir-rate-limits`` (None: the vendor documents no limit)."""

CLIENT_DEFAULTS: Any = None
"""The spec's ``x-comptoir-client-defaults``: parameters a client may set once for every call."""

__all__ = (
    "API_NAME",
    "CLIENT_DEFAULTS",
    "RATE_LIMITS",
    "AuthenticatedClient",
    "Client",
)
