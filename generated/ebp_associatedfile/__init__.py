"""A client library for accessing EBP SaaS API AssociatedFile"""

from typing import Any

from .client import AuthenticatedClient, Client

API_NAME = "ebp-associatedfile"
"""The API's name in comptoir: its spec's file name (``specs/ebp-associatedfile.yaml``)."""

RATE_LIMITS: Any = {
    "key": "subscriptionKey",
    "limits": [{"per_seconds": 1, "requests": 1}, {"per_seconds": 86400, "quota": True, "requests": 10000}],
    "scope": "ebp",
}
"""The spec's ``x-comptoir-rate-limits`` (None: the vendor documents no limit)."""

CLIENT_DEFAULTS: Any = [
    {
        "argument": "accept_language",
        "description": "Language of translated resources (the spec default is fr-FR).",
        "in": "header",
        "name": "Accept-Language",
    }
]
"""The spec's ``x-comptoir-client-defaults``: parameters a client may set once for every call."""

__all__ = (
    "API_NAME",
    "CLIENT_DEFAULTS",
    "RATE_LIMITS",
    "AuthenticatedClient",
    "Client",
)
