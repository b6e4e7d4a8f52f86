from enum import StrEnum
from typing import Any, Self

from comptoir.runtime.reading import read_enum


class AnalyticsGrouping(StrEnum):
    COUNTRY = "country"
    DATE = "date"
    LABEL = "label"
    SUBACCOUNT = "subaccount"

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        """Keep a value the server added after this client was generated, instead of failing."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _read(cls, value: Any, path: str, key: str | int | None) -> Any:
        """Read a response value: a member by value or name, an unknown value kept (see comptoir.runtime.reading)."""
        return read_enum(cls, value, path, key)
