"""The wire check lives in the library (comptoir.testing.wire_check), shared with the testing kit."""

from comptoir.testing.wire_check import WireCheck, WireViolation, describe, resolve_type

__all__ = ["WireCheck", "WireViolation", "describe", "resolve_type"]
