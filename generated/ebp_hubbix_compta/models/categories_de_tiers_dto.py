from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CategoriesDeTiersDto")


@_attrs_define
class CategoriesDeTiersDto:
    """Catégorie de tiers (CategoriesDeTiersDTO).

    Attributes:
        uuid (UUID): UUID de la catégorie.
        prefix (str): Préfixe.
        next_number (int): Prochain numéro.
        is_automatic (int | Unset): Numérotation automatique (« Est Automatique »).
        general_account (str | Unset): Compte général.
    """

    uuid: UUID
    prefix: str
    next_number: int
    is_automatic: int | Unset = UNSET
    general_account: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = str(self.uuid)

        prefix = self.prefix

        next_number = self.next_number

        is_automatic = self.is_automatic

        general_account = self.general_account

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "prefix": prefix,
                "nextNumber": next_number,
            }
        )
        if is_automatic is not UNSET:
            field_dict["isAutomatic"] = is_automatic
        if general_account is not UNSET:
            field_dict["generalAccount"] = general_account

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        uuid = UUID(d.pop("uuid"))

        prefix = d.pop("prefix")

        next_number = d.pop("nextNumber")

        is_automatic = d.pop("isAutomatic", UNSET)

        general_account = d.pop("generalAccount", UNSET)

        categories_de_tiers_dto = cls(
            uuid=uuid,
            prefix=prefix,
            next_number=next_number,
            is_automatic=is_automatic,
            general_account=general_account,
        )

        categories_de_tiers_dto.additional_properties = d
        return categories_de_tiers_dto

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
