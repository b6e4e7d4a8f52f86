from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, to_decimal

T = TypeVar("T", bound="CustomerGroup")


@_attrs_define
class CustomerGroup:
    """Famille de client.

    Attributes:
        id (int | Unset): Identifiant de la famille de client.
        label (str | Unset): Libellé de la famille de client.
        discount_rate (Decimal | Unset): Remise en pourcentage.
        settlement_term_id (int | None | Unset): Identifiant de la condition de règlement.
        comment (str | Unset): Commentaires.
        can_delete (bool | Unset): Indique si la famille de client peut être supprimée.
    """

    id: int | Unset = UNSET
    label: str | Unset = UNSET
    discount_rate: Decimal | Unset = UNSET
    settlement_term_id: int | None | Unset = UNSET
    comment: str | Unset = UNSET
    can_delete: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        label = self.label

        discount_rate = self.discount_rate

        settlement_term_id: int | None | Unset
        if isinstance(self.settlement_term_id, Unset):
            settlement_term_id = UNSET
        else:
            settlement_term_id = self.settlement_term_id

        comment = self.comment

        can_delete = self.can_delete

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if label is not UNSET:
            field_dict["label"] = label
        if discount_rate is not UNSET:
            field_dict["discountRate"] = discount_rate
        if settlement_term_id is not UNSET:
            field_dict["settlementTermId"] = settlement_term_id
        if comment is not UNSET:
            field_dict["comment"] = comment
        if can_delete is not UNSET:
            field_dict["canDelete"] = can_delete

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        label = d.pop("label", UNSET)

        _discount_rate = d.pop("discountRate", UNSET)
        discount_rate: Decimal | Unset
        if isinstance(_discount_rate, Unset):
            discount_rate = UNSET
        else:
            discount_rate = to_decimal(_discount_rate)

        def _parse_settlement_term_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        settlement_term_id = _parse_settlement_term_id(d.pop("settlementTermId", UNSET))

        comment = d.pop("comment", UNSET)

        can_delete = d.pop("canDelete", UNSET)

        customer_group = cls(
            id=id,
            label=label,
            discount_rate=discount_rate,
            settlement_term_id=settlement_term_id,
            comment=comment,
            can_delete=can_delete,
        )

        customer_group.additional_properties = d
        return customer_group

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
