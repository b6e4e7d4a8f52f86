"""A client library for accessing Seqino PDP API — usage"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
