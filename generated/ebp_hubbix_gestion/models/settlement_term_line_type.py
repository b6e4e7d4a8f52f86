from enum import IntEnum
from typing import Any, Self

from comptoir.runtime.reading import read_enum


class SettlementTermLineType(IntEnum):
    CASH = 0
    NUMBER_OF_DAYS_NET = 1
    NUMBER_OF_DAYS_END_OF_MONTH = 2
    NUMBER_OF_DAYS_END_OF_MONTH_ON = 3
    NUMBER_OF_DAYS_NET_ON = 4
    NUMBER_OF_DAYS_BEGINNING_OF_MONTH = 5
    NUMBER_OF_DAYS_BEGINNING_OF_MONTH_ON = 6
    BEGINNING_OF_MONTH_WITH_NUMBER_OF_DAYS = 7
    BEGINNING_OF_MONTH_WITH_NUMBER_OF_DAYS_ON = 8
    NUMBER_OF_DAYS_END_OF_DECADE = 9
    END_MONTH_WITH_NUMBER_OF_DAYS = 10
    END_MONTH_WITH_NUMBER_OF_DAYS_ON = 11

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
