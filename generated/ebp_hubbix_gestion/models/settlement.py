from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from comptoir.runtime.checks import dump, to_json
from comptoir.runtime.reading import (
    invalid,
    pointer,
    read_any,
    read_date,
    read_datetime,
    read_decimal,
    read_int,
    read_str,
    read_union,
)

from ..models.settlement_type import SettlementType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Settlement")


@_attrs_define
class Settlement:
    """Règlement.

    Attributes:
        id (int | Unset): Identifiant du règlement.
        code (str | Unset): Code unique du règlement.
        date (datetime.date | datetime.datetime | Unset): Date du règlement (a date per the table, a date-time in the
            doc's example; both parse).
        customer_name (str | Unset): Nom du client.
        amount (Decimal | Unset): Montant TTC du règlement.
        still_to_be_distributed_amount (Decimal | Unset): Montant TTC du règlement restant à répartir.
        payment_mode_label (str | Unset): Moyen de paiement.
        payment_reference (str | Unset): N° de référence du règlement.
        settlement_type (int | SettlementType | Unset): Type de règlement: a SettlementType value, or any other integer
            the server sends (an open enum; the doc's example shows 0).
    """

    id: int | None | Unset = UNSET
    code: str | None | Unset = UNSET
    date: datetime.date | datetime.datetime | None | Unset = UNSET
    customer_name: str | None | Unset = UNSET
    amount: Decimal | None | Unset = UNSET
    still_to_be_distributed_amount: Decimal | None | Unset = UNSET
    payment_mode_label: str | None | Unset = UNSET
    payment_reference: str | None | Unset = UNSET
    settlement_type: int | SettlementType | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.id
        if value is not UNSET:
            field_dict["id"] = dump(value, "Settlement.id", "int", False)
        value = self.code
        if value is not UNSET:
            field_dict["code"] = dump(value, "Settlement.code", "str", False)
        value = self.date
        if value is not UNSET:
            field_dict["date"] = to_json(value)
        value = self.customer_name
        if value is not UNSET:
            field_dict["customerName"] = dump(value, "Settlement.customer_name", "str", False)
        value = self.amount
        if value is not UNSET:
            field_dict["amount"] = dump(value, "Settlement.amount", "number", False)
        value = self.still_to_be_distributed_amount
        if value is not UNSET:
            field_dict["stillToBeDistributedAmount"] = dump(
                value, "Settlement.still_to_be_distributed_amount", "number", False
            )
        value = self.payment_mode_label
        if value is not UNSET:
            field_dict["paymentModeLabel"] = dump(value, "Settlement.payment_mode_label", "str", False)
        value = self.payment_reference
        if value is not UNSET:
            field_dict["paymentReference"] = dump(value, "Settlement.payment_reference", "str", False)
        value = self.settlement_type
        if value is not UNSET:
            field_dict["settlementType"] = to_json(value)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object (a response body or part of one) at JSON pointer ``_path``.

        ``null`` reads as None; numeric strings, dates given as date-times and enum names are accepted;
        anything else that does not fit raises ``ResponseValidationError`` naming its path.
        """
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise invalid(_path, None, "an object", src_dict)
        get = src_dict.get
        id = get("id", UNSET)
        if id.__class__ is not int:
            id = read_int(id, _path, "id")
        code = get("code", UNSET)
        if code.__class__ is not str:
            code = read_str(code, _path, "code")
        date = get("date", UNSET)
        if date is not UNSET:
            date = read_union(
                date,
                _path,
                "date",
                (
                    read_date,
                    read_datetime,
                ),
                "a date or a date-time",
            )
        customer_name = get("customerName", UNSET)
        if customer_name.__class__ is not str:
            customer_name = read_str(customer_name, _path, "customerName")
        amount = get("amount", UNSET)
        if amount.__class__ is not Decimal:
            amount = read_decimal(amount, _path, "amount")
        still_to_be_distributed_amount = get("stillToBeDistributedAmount", UNSET)
        if still_to_be_distributed_amount.__class__ is not Decimal:
            still_to_be_distributed_amount = read_decimal(
                still_to_be_distributed_amount, _path, "stillToBeDistributedAmount"
            )
        payment_mode_label = get("paymentModeLabel", UNSET)
        if payment_mode_label.__class__ is not str:
            payment_mode_label = read_str(payment_mode_label, _path, "paymentModeLabel")
        payment_reference = get("paymentReference", UNSET)
        if payment_reference.__class__ is not str:
            payment_reference = read_str(payment_reference, _path, "paymentReference")
        settlement_type = get("settlementType", UNSET)
        if settlement_type is not UNSET:
            settlement_type = read_union(
                settlement_type,
                _path,
                "settlementType",
                (
                    SettlementType._read,
                    read_int,
                ),
                "a SettlementType or an integer",
            )
        settlement = object.__new__(cls)
        settlement.id = id
        settlement.code = code
        settlement.date = date
        settlement.customer_name = customer_name
        settlement.amount = amount
        settlement.still_to_be_distributed_amount = still_to_be_distributed_amount
        settlement.payment_mode_label = payment_mode_label
        settlement.payment_reference = payment_reference
        settlement.settlement_type = settlement_type
        settlement.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            settlement.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return settlement

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (Settlement)", value)

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


_KNOWN: frozenset[str] = frozenset(
    {
        "id",
        "code",
        "date",
        "customerName",
        "amount",
        "stillToBeDistributedAmount",
        "paymentModeLabel",
        "paymentReference",
        "settlementType",
    }
)
