"""Errors the overlay raises for bad configuration, before anything is sent."""

from __future__ import annotations


class ComptoirError(Exception):
    """Base class of every error comptoir's overlay raises."""


class ConfigurationError(ComptoirError, ValueError):
    """A connect() argument is missing or malformed; the message says which and why."""


class InsecureURLError(ConfigurationError):
    """A base URL would send credentials in clear text over plain HTTP to a non-loopback host."""
