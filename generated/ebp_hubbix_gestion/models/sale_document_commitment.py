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
    read_datetime,
    read_decimal,
    read_int,
)

from ..types import UNSET, Unset

T = TypeVar("T", bound="SaleDocumentCommitment")


@_attrs_define
class SaleDocumentCommitment:
    """Échéance (engagement) d'un document de vente.

    Attributes:
        date (datetime.datetime | Unset): Date de l'engagement.
        percent (Decimal | Unset): Pourcentage de l'engagement.
        amount (Decimal | Unset): Montant de l'engagement.
        remaining_amount (Decimal | Unset): Montant restant de l'engagement.
        payment_mode_id (int | Unset): Identifiant du mode de paiement de l'engagement.
    """

    date: datetime.datetime | None | Unset = UNSET
    percent: Decimal | None | Unset = UNSET
    amount: Decimal | None | Unset = UNSET
    remaining_amount: Decimal | None | Unset = UNSET
    payment_mode_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.date
        if value is not UNSET:
            field_dict["date"] = dump(value, "SaleDocumentCommitment.date", "datetime", False)
        value = self.percent
        if value is not UNSET:
            field_dict["percent"] = dump(value, "SaleDocumentCommitment.percent", "number", False)
        value = self.amount
        if value is not UNSET:
            field_dict["amount"] = dump(value, "SaleDocumentCommitment.amount", "number", False)
        value = self.remaining_amount
        if value is not UNSET:
            field_dict["remainingAmount"] = dump(value, "SaleDocumentCommitment.remaining_amount", "number", False)
        value = self.payment_mode_id
        if value is not UNSET:
            field_dict["paymentModeId"] = dump(value, "SaleDocumentCommitment.payment_mode_id", "int", False)
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
        date = get("date", UNSET)
        if date is not UNSET:
            date = read_datetime(date, _path, "date")
        percent = get("percent", UNSET)
        if percent.__class__ is not Decimal:
            percent = read_decimal(percent, _path, "percent")
        amount = get("amount", UNSET)
        if amount.__class__ is not Decimal:
            amount = read_decimal(amount, _path, "amount")
        remaining_amount = get("remainingAmount", UNSET)
        if remaining_amount.__class__ is not Decimal:
            remaining_amount = read_decimal(remaining_amount, _path, "remainingAmount")
        payment_mode_id = get("paymentModeId", UNSET)
        if payment_mode_id.__class__ is not int:
            payment_mode_id = read_int(payment_mode_id, _path, "paymentModeId")
        sale_document_commitment = object.__new__(cls)
        sale_document_commitment.date = date
        sale_document_commitment.percent = percent
        sale_document_commitment.amount = amount
        sale_document_commitment.remaining_amount = remaining_amount
        sale_document_commitment.payment_mode_id = payment_mode_id
        sale_document_commitment.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            sale_document_commitment.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return sale_document_commitment

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (SaleDocumentCommitment)", value)

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
        "date",
        "percent",
        "amount",
        "remainingAmount",
        "paymentModeId",
    }
)
