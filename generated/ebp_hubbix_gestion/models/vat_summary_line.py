from __future__ import annotations

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
    read_decimal,
    read_int,
)

from ..types import UNSET, Unset

T = TypeVar("T", bound="VatSummaryLine")


@_attrs_define
class VatSummaryLine:
    """Ligne de récapitulatif de la TVA.

    Attributes:
        id (int | Unset): Identifiant de la ligne de récapitulatif de la TVA.
        rate (Decimal | Unset): Taux de TVA de la ligne de récapitulatif.
        base_amount_excluded_vat (Decimal | Unset): Montant HT de la base de la TVA.
        debit_vat_amount (Decimal | Unset): Montant de la TVA sur les débits.
        cash_vat_amount (Decimal | Unset): Montant de la TVA sur les encaissements.
        total_vat_amount (Decimal | Unset): Montant total de la TVA.
        discount_amount (Decimal | None | Unset): Montant de remise de la TVA.
    """

    id: int | None | Unset = UNSET
    rate: Decimal | None | Unset = UNSET
    base_amount_excluded_vat: Decimal | None | Unset = UNSET
    debit_vat_amount: Decimal | None | Unset = UNSET
    cash_vat_amount: Decimal | None | Unset = UNSET
    total_vat_amount: Decimal | None | Unset = UNSET
    discount_amount: Decimal | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.id
        if value is not UNSET:
            field_dict["id"] = dump(value, "VatSummaryLine.id", "int", False)
        value = self.rate
        if value is not UNSET:
            field_dict["rate"] = dump(value, "VatSummaryLine.rate", "number", False)
        value = self.base_amount_excluded_vat
        if value is not UNSET:
            field_dict["baseAmountExcludedVat"] = dump(
                value, "VatSummaryLine.base_amount_excluded_vat", "number", False
            )
        value = self.debit_vat_amount
        if value is not UNSET:
            field_dict["debitVatAmount"] = dump(value, "VatSummaryLine.debit_vat_amount", "number", False)
        value = self.cash_vat_amount
        if value is not UNSET:
            field_dict["cashVatAmount"] = dump(value, "VatSummaryLine.cash_vat_amount", "number", False)
        value = self.total_vat_amount
        if value is not UNSET:
            field_dict["totalVatAmount"] = dump(value, "VatSummaryLine.total_vat_amount", "number", False)
        value = self.discount_amount
        if value is not UNSET:
            field_dict["discountAmount"] = to_json(value)
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
        rate = get("rate", UNSET)
        if rate.__class__ is not Decimal:
            rate = read_decimal(rate, _path, "rate")
        base_amount_excluded_vat = get("baseAmountExcludedVat", UNSET)
        if base_amount_excluded_vat.__class__ is not Decimal:
            base_amount_excluded_vat = read_decimal(base_amount_excluded_vat, _path, "baseAmountExcludedVat")
        debit_vat_amount = get("debitVatAmount", UNSET)
        if debit_vat_amount.__class__ is not Decimal:
            debit_vat_amount = read_decimal(debit_vat_amount, _path, "debitVatAmount")
        cash_vat_amount = get("cashVatAmount", UNSET)
        if cash_vat_amount.__class__ is not Decimal:
            cash_vat_amount = read_decimal(cash_vat_amount, _path, "cashVatAmount")
        total_vat_amount = get("totalVatAmount", UNSET)
        if total_vat_amount.__class__ is not Decimal:
            total_vat_amount = read_decimal(total_vat_amount, _path, "totalVatAmount")
        discount_amount = get("discountAmount", UNSET)
        if discount_amount.__class__ is not Decimal:
            discount_amount = read_decimal(discount_amount, _path, "discountAmount")
        vat_summary_line = object.__new__(cls)
        vat_summary_line.id = id
        vat_summary_line.rate = rate
        vat_summary_line.base_amount_excluded_vat = base_amount_excluded_vat
        vat_summary_line.debit_vat_amount = debit_vat_amount
        vat_summary_line.cash_vat_amount = cash_vat_amount
        vat_summary_line.total_vat_amount = total_vat_amount
        vat_summary_line.discount_amount = discount_amount
        vat_summary_line.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            vat_summary_line.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return vat_summary_line

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (VatSummaryLine)", value)

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
        "rate",
        "baseAmountExcludedVat",
        "debitVatAmount",
        "cashVatAmount",
        "totalVatAmount",
        "discountAmount",
    }
)
