from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PrintingModelColumnCustomization")


@_attrs_define
class PrintingModelColumnCustomization:
    """Colonne du modèle d'impression.

    Attributes:
        id (int | None | Unset): Identifiant de la colonne.
        label (str | Unset): Libellé de la colonne. Example: Code article.
        is_visible (bool | Unset): Indique si la colonne est visible.
    """

    id: int | None | Unset = UNSET
    label: str | Unset = UNSET
    is_visible: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        label = self.label

        is_visible = self.is_visible

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if label is not UNSET:
            field_dict["label"] = label
        if is_visible is not UNSET:
            field_dict["isVisible"] = is_visible

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        label = d.pop("label", UNSET)

        is_visible = d.pop("isVisible", UNSET)

        printing_model_column_customization = cls(
            id=id,
            label=label,
            is_visible=is_visible,
        )

        printing_model_column_customization.additional_properties = d
        return printing_model_column_customization

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
