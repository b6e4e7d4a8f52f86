"""`Secret`: a string that never shows itself, and the one rule for what a secret may contain.

Like pydantic's ``SecretStr``: ``repr`` and ``str`` are masked, so a secret held in an object or in
a local variable stays hidden from tracebacks rendered with locals, log lines and debuggers; the
value only comes out through :meth:`Secret.get_secret_value`.
"""

from __future__ import annotations

import hmac
from typing import Final, final

MASK: Final = "**********"
MAX_SECRET_LENGTH: Final = 8192
"""No API key, token or client secret is longer than 8 KiB; longer values are refused."""


@final
class Secret:
    """A masked string: ``repr``/``str`` show ``**********``; ``get_secret_value()`` gives the value."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        if not isinstance(value, str):
            raise TypeError(f"a Secret holds a str, not {type(value).__name__}")
        self._value = value

    @classmethod
    def of(cls, value: str | Secret) -> Secret:
        """``value`` as a Secret (unchanged when it already is one)."""
        return value if isinstance(value, Secret) else cls(value)

    def get_secret_value(self) -> str:
        """The secret itself: call it only where the value must travel (a header, a form, a store)."""
        return self._value

    def __repr__(self) -> str:
        return f"Secret('{MASK}')"

    def __str__(self) -> str:
        return MASK

    def __format__(self, spec: str) -> str:
        return MASK

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Secret):
            return NotImplemented
        return hmac.compare_digest(self._value.encode(), other._value.encode())

    def __hash__(self) -> int:
        return hash((Secret, self._value))


def secret_problem(value: str | Secret, *, max_length: int = MAX_SECRET_LENGTH) -> str | None:
    """Why ``value`` cannot travel in an HTTP header or a form as is, or None when it can.

    A secret is 1 to ``max_length`` visible ASCII characters: control characters (CR, LF, NUL…)
    would be refused by the HTTP stack with the whole value in the exception text, and blanks are
    nearly always a copy-paste accident. The answer never quotes the value.
    """
    text = value.get_secret_value() if isinstance(value, Secret) else value
    if not isinstance(text, str):
        return f"is a {type(text).__name__}, not a string"
    if not text:
        return "is empty"
    if len(text) > max_length:
        return f"is longer than {max_length} characters"
    if not text.isascii() or not all("!" <= char <= "~" for char in text):
        return "contains blanks, control characters or non-ASCII characters (it must be visible ASCII)"
    return None
