"""A client library for accessing facturare.md API (e-Cont.md)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
