from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PrintingModelColor")


@_attrs_define
class PrintingModelColor:
    """Couleurs du modèle d'impression.

    Attributes:
        theme (str | Unset): Couleur du thème (code hexadécimal). Example: #888888.
        contrast (str | Unset): Couleur de contraste (White, Black dans les exemples). Example: White.
        type_ (str | Unset): Type de couleur (Custom, Theme dans les exemples). Example: Custom.
    """

    theme: str | Unset = UNSET
    contrast: str | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        theme = self.theme

        contrast = self.contrast

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if theme is not UNSET:
            field_dict["theme"] = theme
        if contrast is not UNSET:
            field_dict["contrast"] = contrast
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        theme = d.pop("theme", UNSET)

        contrast = d.pop("contrast", UNSET)

        type_ = d.pop("type", UNSET)

        printing_model_color = cls(
            theme=theme,
            contrast=contrast,
            type_=type_,
        )

        printing_model_color.additional_properties = d
        return printing_model_color

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
