"""A client library for accessing EBP SaaS API AssociatedFile"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
