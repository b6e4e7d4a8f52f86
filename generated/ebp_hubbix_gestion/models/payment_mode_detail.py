from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from comptoir.runtime.checks import dump, to_json
from comptoir.runtime.reading import (
    invalid,
    pointer,
    read_any,
    read_bool,
    read_int,
    read_str,
)

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

    id: int | None | Unset = UNSET
    label: str | None | Unset = UNSET
    payment_mode_type: PaymentMode | None | Unset = UNSET
    is_default: bool | None | Unset = UNSET
    can_delete: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.id
        if value is not UNSET:
            field_dict["id"] = dump(value, "PaymentModeDetail.id", "int", False)
        value = self.label
        if value is not UNSET:
            field_dict["label"] = dump(value, "PaymentModeDetail.label", "str", False)
        value = self.payment_mode_type
        if value is not UNSET:
            field_dict["paymentModeType"] = dump(
                value, "PaymentModeDetail.payment_mode_type", "enum", False, PaymentMode
            )
        value = self.is_default
        if value is not UNSET:
            field_dict["isDefault"] = dump(value, "PaymentModeDetail.is_default", "bool", False)
        value = self.can_delete
        if value is not UNSET:
            field_dict["canDelete"] = dump(value, "PaymentModeDetail.can_delete", "bool", False)
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
        label = get("label", UNSET)
        if label.__class__ is not str:
            label = read_str(label, _path, "label")
        payment_mode_type = get("paymentModeType", UNSET)
        if payment_mode_type.__class__ is int and payment_mode_type in PaymentMode._value2member_map_:
            payment_mode_type = PaymentMode._value2member_map_[payment_mode_type]
        elif payment_mode_type is not UNSET:
            payment_mode_type = PaymentMode._read(payment_mode_type, _path, "paymentModeType")
        is_default = get("isDefault", UNSET)
        if is_default.__class__ is not bool:
            is_default = read_bool(is_default, _path, "isDefault")
        can_delete = get("canDelete", UNSET)
        if can_delete.__class__ is not bool:
            can_delete = read_bool(can_delete, _path, "canDelete")
        payment_mode_detail = object.__new__(cls)
        payment_mode_detail.id = id
        payment_mode_detail.label = label
        payment_mode_detail.payment_mode_type = payment_mode_type
        payment_mode_detail.is_default = is_default
        payment_mode_detail.can_delete = can_delete
        payment_mode_detail.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            payment_mode_detail.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return payment_mode_detail

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (PaymentModeDetail)", value)

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
        "label",
        "paymentModeType",
        "isDefault",
        "canDelete",
    }
)
