from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, to_decimal

if TYPE_CHECKING:
    from ..models.best_customer import BestCustomer


T = TypeVar("T", bound="BestCustomersIndicator")


@_attrs_define
class BestCustomersIndicator:
    """Palmarès des meilleurs clients.

    Attributes:
        total_amount (Decimal | Unset): Montant total, tout client confondu.
        best_customers (list[BestCustomer] | Unset): Les meilleurs clients.
    """

    total_amount: Decimal | Unset = UNSET
    best_customers: list[BestCustomer] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_amount = self.total_amount

        best_customers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.best_customers, Unset):
            best_customers = []
            for best_customers_item_data in self.best_customers:
                best_customers_item = best_customers_item_data.to_dict()
                best_customers.append(best_customers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_amount is not UNSET:
            field_dict["totalAmount"] = total_amount
        if best_customers is not UNSET:
            field_dict["bestCustomers"] = best_customers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.best_customer import BestCustomer  # noqa: PLC0415

        d = dict(src_dict)
        _total_amount = d.pop("totalAmount", UNSET)
        total_amount: Decimal | Unset
        if isinstance(_total_amount, Unset):
            total_amount = UNSET
        else:
            total_amount = to_decimal(_total_amount)

        _best_customers = d.pop("bestCustomers", UNSET)
        best_customers: list[BestCustomer] | Unset = UNSET
        if _best_customers is not UNSET:
            best_customers = []
            for best_customers_item_data in _best_customers:
                best_customers_item = BestCustomer.from_dict(best_customers_item_data)

                best_customers.append(best_customers_item)

        best_customers_indicator = cls(
            total_amount=total_amount,
            best_customers=best_customers,
        )

        best_customers_indicator.additional_properties = d
        return best_customers_indicator

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
