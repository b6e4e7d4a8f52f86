from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from comptoir.errors import ArgumentTypeError
from comptoir.runtime.checks import dump, to_json
from comptoir.runtime.reading import (
    invalid,
    missing,
    pointer,
    read_any,
    read_decimal,
    read_int,
    read_str,
)

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerGroupInput")


@_attrs_define
class CustomerGroupInput:
    """Famille de client à créer ou modifier.

    Attributes:
        label (str): Libellé de la famille de client. Example: Etablissement de santé.
        discount_rate (Decimal): Pourcentage de remise. Example: 1.99.
        settlement_term_id (int | None | Unset): Identifiant de la condition de règlement.
        comment (str | Unset): Commentaires. Example: Hôpitaux, cliniques, etc.
    """

    label: str | None
    discount_rate: Decimal | None
    settlement_term_id: int | None | Unset = UNSET
    comment: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.label
        if value is UNSET:
            raise ArgumentTypeError("is required", parameter="CustomerGroupInput.label")
        field_dict["Label"] = dump(value, "CustomerGroupInput.label", "str", False)
        value = self.discount_rate
        if value is UNSET:
            raise ArgumentTypeError("is required", parameter="CustomerGroupInput.discount_rate")
        field_dict["DiscountRate"] = dump(value, "CustomerGroupInput.discount_rate", "number", False)
        value = self.settlement_term_id
        if value is not UNSET:
            field_dict["SettlementTermId"] = to_json(value)
        value = self.comment
        if value is not UNSET:
            field_dict["Comment"] = dump(value, "CustomerGroupInput.comment", "str", False)
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
        label = get("Label", UNSET)
        if label is UNSET:
            raise missing(_path, "Label", "a string")
        if label.__class__ is not str:
            label = read_str(label, _path, "Label")
        discount_rate = get("DiscountRate", UNSET)
        if discount_rate is UNSET:
            raise missing(_path, "DiscountRate", "a number")
        if discount_rate.__class__ is not Decimal:
            discount_rate = read_decimal(discount_rate, _path, "DiscountRate")
        settlement_term_id = get("SettlementTermId", UNSET)
        if settlement_term_id.__class__ is not int:
            settlement_term_id = read_int(settlement_term_id, _path, "SettlementTermId")
        comment = get("Comment", UNSET)
        if comment.__class__ is not str:
            comment = read_str(comment, _path, "Comment")
        customer_group_input = object.__new__(cls)
        customer_group_input.label = label
        customer_group_input.discount_rate = discount_rate
        customer_group_input.settlement_term_id = settlement_term_id
        customer_group_input.comment = comment
        customer_group_input.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            customer_group_input.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return customer_group_input

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (CustomerGroupInput)", value)

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
        "Label",
        "DiscountRate",
        "SettlementTermId",
        "Comment",
    }
)
