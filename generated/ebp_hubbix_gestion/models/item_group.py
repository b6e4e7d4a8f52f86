from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ItemGroup")


@_attrs_define
class ItemGroup:
    """Famille d'articles.

    Attributes:
        id (int | Unset): Identifiant de la famille d'articles.
        label (str | Unset): Libellé.
        vat_id (int | Unset): Identifiant du taux de TVA.
        can_delete (bool | Unset): Indique si la famille d'articles peut être supprimée.
    """

    id: int | Unset = UNSET
    label: str | Unset = UNSET
    vat_id: int | Unset = UNSET
    can_delete: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        label = self.label

        vat_id = self.vat_id

        can_delete = self.can_delete

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if label is not UNSET:
            field_dict["label"] = label
        if vat_id is not UNSET:
            field_dict["vatId"] = vat_id
        if can_delete is not UNSET:
            field_dict["canDelete"] = can_delete

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        label = d.pop("label", UNSET)

        vat_id = d.pop("vatId", UNSET)

        can_delete = d.pop("canDelete", UNSET)

        item_group = cls(
            id=id,
            label=label,
            vat_id=vat_id,
            can_delete=can_delete,
        )

        item_group.additional_properties = d
        return item_group

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
