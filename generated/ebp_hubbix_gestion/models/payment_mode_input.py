from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_mode import PaymentMode

T = TypeVar("T", bound="PaymentModeInput")


@_attrs_define
class PaymentModeInput:
    """Moyen de paiement à créer ou modifier.

    Attributes:
        label (str): Libellé du moyen de paiement. Example: Pesos.
        payment_mode_type (PaymentMode): PaymentMode - Modes de paiement.
            1 = Other (Autres), 2 = Bor (BOR et LCR), 3 = CreditCard (Carte de crédit), 4 = Check
            (Chèque), 5 = Cesu (CESU), 6 = Cash (Espèces), 7 = Paypal (Paypal), 8 = Debit
            (Prélèvement), 9 = Tip (TIP), 10 = Transfer (Virement).
    """

    label: str
    payment_mode_type: PaymentMode
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        payment_mode_type = self.payment_mode_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "paymentModeType": payment_mode_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label")

        payment_mode_type = PaymentMode(d.pop("paymentModeType"))

        payment_mode_input = cls(
            label=label,
            payment_mode_type=payment_mode_type,
        )

        payment_mode_input.additional_properties = d
        return payment_mode_input

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
