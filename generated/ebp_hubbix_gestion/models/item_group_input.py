from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ItemGroupInput")


@_attrs_define
class ItemGroupInput:
    """Famille d'articles à créer ou modifier.

    Attributes:
        label (str): Libellé de la famille d'article. Example: Clients VIP.
        vat_id (int): Identifiant du taux de TVA à appliquer. Example: 1.
    """

    label: str
    vat_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        vat_id = self.vat_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Label": label,
                "VatId": vat_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("Label")

        vat_id = d.pop("VatId")

        item_group_input = cls(
            label=label,
            vat_id=vat_id,
        )

        item_group_input.additional_properties = d
        return item_group_input

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
