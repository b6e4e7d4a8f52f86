"""A client library for accessing EBP Bâtiment SaaS - SAAS API Batiment"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
