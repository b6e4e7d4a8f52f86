from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.printing_model_type import PrintingModelType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PrintingModelName")


@_attrs_define
class PrintingModelName:
    """Nom d'un modèle d'impression.

    Attributes:
        id (int | Unset): Identifiant du modèle d'impression.
        type_ (PrintingModelType | Unset): PrintingModelType - Type de modèle d'impression.
            0 = Epure (Modèle épuré), 1 = Classic (Modèle classique), 2 = ColoredMargin (Modèle épuré
            en dégradé de couleur).
        name (str | Unset): Nom du modèle d'impression.
    """

    id: int | Unset = UNSET
    type_: PrintingModelType | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: int | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: PrintingModelType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = PrintingModelType(_type_)

        name = d.pop("name", UNSET)

        printing_model_name = cls(
            id=id,
            type_=type_,
            name=name,
        )

        printing_model_name.additional_properties = d
        return printing_model_name

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
