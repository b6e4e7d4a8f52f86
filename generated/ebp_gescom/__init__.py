"""A client library for accessing EBP Gestion Commerciale SaaS - SAAS API Gescom"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
