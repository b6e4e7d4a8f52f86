from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.categories_de_tiers_dto import CategoriesDeTiersDto


T = TypeVar("T", bound="ParametresTiersDto")


@_attrs_define
class ParametresTiersDto:
    """Paramètres des tiers (ParametresTiersDTO).

    Attributes:
        length (int): Longueur.
        types (CategoriesDeTiersDto): Catégorie de tiers (CategoriesDeTiersDTO).
    """

    length: int
    types: CategoriesDeTiersDto
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        length = self.length

        types = self.types.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "length": length,
                "types": types,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.categories_de_tiers_dto import CategoriesDeTiersDto  # noqa: PLC0415

        d = dict(src_dict)
        length = d.pop("length")

        types = CategoriesDeTiersDto.from_dict(d.pop("types"))

        parametres_tiers_dto = cls(
            length=length,
            types=types,
        )

        parametres_tiers_dto.additional_properties = d
        return parametres_tiers_dto

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
