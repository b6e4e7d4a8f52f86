from enum import IntEnum
from typing import Any, Self

from comptoir.runtime.reading import read_enum


class UnitType(IntEnum):
    TIME = 1
    WEIGHT = 2
    AREA = 3
    VOLUME = 4
    SIZE = 5
    OTHER = 6
    UNIT = 7

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        """Keep a value the server added after this client was generated, instead of failing."""
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = f"UNKNOWN_{value}".replace("-", "MINUS_")
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _read(cls, value: Any, path: str, key: str | int | None) -> Any:
        """Read a response value: a member by value or name, an unknown value kept (see comptoir.runtime.reading)."""
        return read_enum(cls, value, path, key)
