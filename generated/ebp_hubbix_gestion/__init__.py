"""A client library for accessing EBP HUBBIX Gestion Commerciale TPE API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
