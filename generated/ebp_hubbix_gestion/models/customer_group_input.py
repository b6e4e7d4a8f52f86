from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, to_decimal

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

    label: str
    discount_rate: Decimal
    settlement_term_id: int | None | Unset = UNSET
    comment: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        discount_rate = self.discount_rate

        settlement_term_id: int | None | Unset
        if isinstance(self.settlement_term_id, Unset):
            settlement_term_id = UNSET
        else:
            settlement_term_id = self.settlement_term_id

        comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Label": label,
                "DiscountRate": discount_rate,
            }
        )
        if settlement_term_id is not UNSET:
            field_dict["SettlementTermId"] = settlement_term_id
        if comment is not UNSET:
            field_dict["Comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("Label")

        discount_rate = to_decimal(d.pop("DiscountRate"))

        def _parse_settlement_term_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        settlement_term_id = _parse_settlement_term_id(d.pop("SettlementTermId", UNSET))

        comment = d.pop("Comment", UNSET)

        customer_group_input = cls(
            label=label,
            discount_rate=discount_rate,
            settlement_term_id=settlement_term_id,
            comment=comment,
        )

        customer_group_input.additional_properties = d
        return customer_group_input

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
