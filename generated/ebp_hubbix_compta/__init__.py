"""A client library for accessing EBP HUBBIX Comptabilité TPE"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
