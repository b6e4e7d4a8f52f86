from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auxiliary_account_type import AuxiliaryAccountType


T = TypeVar("T", bound="AuxiliaryAccountSettings")


@_attrs_define
class AuxiliaryAccountSettings:
    """Paramètres des comptes de tiers.

    Attributes:
        length (int | Unset): Longueur des numéros de comptes de tiers.
        types (list[AuxiliaryAccountType] | Unset):
    """

    length: int | Unset = UNSET
    types: list[AuxiliaryAccountType] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        length = self.length

        types: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.types, Unset):
            types = []
            for types_item_data in self.types:
                types_item = types_item_data.to_dict()
                types.append(types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if length is not UNSET:
            field_dict["length"] = length
        if types is not UNSET:
            field_dict["types"] = types

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auxiliary_account_type import AuxiliaryAccountType  # noqa: PLC0415

        d = dict(src_dict)
        length = d.pop("length", UNSET)

        _types = d.pop("types", UNSET)
        types: list[AuxiliaryAccountType] | Unset = UNSET
        if _types is not UNSET:
            types = []
            for types_item_data in _types:
                types_item = AuxiliaryAccountType.from_dict(types_item_data)

                types.append(types_item)

        auxiliary_account_settings = cls(
            length=length,
            types=types,
        )

        auxiliary_account_settings.additional_properties = d
        return auxiliary_account_settings

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
