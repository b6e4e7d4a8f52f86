"""A client library for accessing EBP SaaS API Maintenance"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
