from enum import IntEnum
from typing import Self


class PaymentMode(IntEnum):
    OTHER = 1
    BOR = 2
    CREDIT_CARD = 3
    CHECK = 4
    CESU = 5
    CASH = 6
    PAYPAL = 7
    DEBIT = 8
    TIP = 9
    TRANSFER = 10

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
