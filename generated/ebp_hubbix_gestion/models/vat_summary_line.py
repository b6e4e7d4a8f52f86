from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, to_decimal

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

    id: int | Unset = UNSET
    rate: Decimal | Unset = UNSET
    base_amount_excluded_vat: Decimal | Unset = UNSET
    debit_vat_amount: Decimal | Unset = UNSET
    cash_vat_amount: Decimal | Unset = UNSET
    total_vat_amount: Decimal | Unset = UNSET
    discount_amount: Decimal | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        rate = self.rate

        base_amount_excluded_vat = self.base_amount_excluded_vat

        debit_vat_amount = self.debit_vat_amount

        cash_vat_amount = self.cash_vat_amount

        total_vat_amount = self.total_vat_amount

        discount_amount: Decimal | None | Unset
        if isinstance(self.discount_amount, Unset):
            discount_amount = UNSET
        else:
            discount_amount = self.discount_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if rate is not UNSET:
            field_dict["rate"] = rate
        if base_amount_excluded_vat is not UNSET:
            field_dict["baseAmountExcludedVat"] = base_amount_excluded_vat
        if debit_vat_amount is not UNSET:
            field_dict["debitVatAmount"] = debit_vat_amount
        if cash_vat_amount is not UNSET:
            field_dict["cashVatAmount"] = cash_vat_amount
        if total_vat_amount is not UNSET:
            field_dict["totalVatAmount"] = total_vat_amount
        if discount_amount is not UNSET:
            field_dict["discountAmount"] = discount_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _rate = d.pop("rate", UNSET)
        rate: Decimal | Unset
        if isinstance(_rate, Unset):
            rate = UNSET
        else:
            rate = to_decimal(_rate)

        _base_amount_excluded_vat = d.pop("baseAmountExcludedVat", UNSET)
        base_amount_excluded_vat: Decimal | Unset
        if isinstance(_base_amount_excluded_vat, Unset):
            base_amount_excluded_vat = UNSET
        else:
            base_amount_excluded_vat = to_decimal(_base_amount_excluded_vat)

        _debit_vat_amount = d.pop("debitVatAmount", UNSET)
        debit_vat_amount: Decimal | Unset
        if isinstance(_debit_vat_amount, Unset):
            debit_vat_amount = UNSET
        else:
            debit_vat_amount = to_decimal(_debit_vat_amount)

        _cash_vat_amount = d.pop("cashVatAmount", UNSET)
        cash_vat_amount: Decimal | Unset
        if isinstance(_cash_vat_amount, Unset):
            cash_vat_amount = UNSET
        else:
            cash_vat_amount = to_decimal(_cash_vat_amount)

        _total_vat_amount = d.pop("totalVatAmount", UNSET)
        total_vat_amount: Decimal | Unset
        if isinstance(_total_vat_amount, Unset):
            total_vat_amount = UNSET
        else:
            total_vat_amount = to_decimal(_total_vat_amount)

        def _parse_discount_amount(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (int, float, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                discount_amount_type_0 = to_decimal(data)

                return discount_amount_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        discount_amount = _parse_discount_amount(d.pop("discountAmount", UNSET))

        vat_summary_line = cls(
            id=id,
            rate=rate,
            base_amount_excluded_vat=base_amount_excluded_vat,
            debit_vat_amount=debit_vat_amount,
            cash_vat_amount=cash_vat_amount,
            total_vat_amount=total_vat_amount,
            discount_amount=discount_amount,
        )

        vat_summary_line.additional_properties = d
        return vat_summary_line

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
