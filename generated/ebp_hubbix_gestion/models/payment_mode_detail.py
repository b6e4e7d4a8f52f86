from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_mode import PaymentMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentModeDetail")


@_attrs_define
class PaymentModeDetail:
    """Moyen de paiement.

    Attributes:
        id (int | Unset): Identifiant du moyen de paiement.
        label (str | Unset): Libellé du moyen de paiement.
        payment_mode_type (PaymentMode | Unset): PaymentMode - Modes de paiement.
            1 = Other (Autres), 2 = Bor (BOR et LCR), 3 = CreditCard (Carte de crédit), 4 = Check
            (Chèque), 5 = Cesu (CESU), 6 = Cash (Espèces), 7 = Paypal (Paypal), 8 = Debit
            (Prélèvement), 9 = Tip (TIP), 10 = Transfer (Virement).
        is_default (bool | Unset): Indique s'il s'agit du moyen par défaut.
        can_delete (bool | Unset): Indique si le moyen peut être supprimé.
    """

    id: int | Unset = UNSET
    label: str | Unset = UNSET
    payment_mode_type: PaymentMode | Unset = UNSET
    is_default: bool | Unset = UNSET
    can_delete: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        label = self.label

        payment_mode_type: int | Unset = UNSET
        if not isinstance(self.payment_mode_type, Unset):
            payment_mode_type = self.payment_mode_type.value

        is_default = self.is_default

        can_delete = self.can_delete

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if label is not UNSET:
            field_dict["label"] = label
        if payment_mode_type is not UNSET:
            field_dict["paymentModeType"] = payment_mode_type
        if is_default is not UNSET:
            field_dict["isDefault"] = is_default
        if can_delete is not UNSET:
            field_dict["canDelete"] = can_delete

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        label = d.pop("label", UNSET)

        _payment_mode_type = d.pop("paymentModeType", UNSET)
        payment_mode_type: PaymentMode | Unset
        if isinstance(_payment_mode_type, Unset):
            payment_mode_type = UNSET
        else:
            payment_mode_type = PaymentMode(_payment_mode_type)

        is_default = d.pop("isDefault", UNSET)

        can_delete = d.pop("canDelete", UNSET)

        payment_mode_detail = cls(
            id=id,
            label=label,
            payment_mode_type=payment_mode_type,
            is_default=is_default,
            can_delete=can_delete,
        )

        payment_mode_detail.additional_properties = d
        return payment_mode_detail

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
