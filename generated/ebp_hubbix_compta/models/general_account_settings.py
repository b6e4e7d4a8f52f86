from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GeneralAccountSettings")


@_attrs_define
class GeneralAccountSettings:
    """Paramètres des comptes généraux.

    Attributes:
        account_length (int | Unset): Longueur des numéros de comptes.
        account_numbers_max_length (int | Unset): Longueur maximale des numéros de comptes.
    """

    account_length: int | Unset = UNSET
    account_numbers_max_length: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_length = self.account_length

        account_numbers_max_length = self.account_numbers_max_length

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_length is not UNSET:
            field_dict["accountLength"] = account_length
        if account_numbers_max_length is not UNSET:
            field_dict["accountNumbersMaxLength"] = account_numbers_max_length

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_length = d.pop("accountLength", UNSET)

        account_numbers_max_length = d.pop("accountNumbersMaxLength", UNSET)

        general_account_settings = cls(
            account_length=account_length,
            account_numbers_max_length=account_numbers_max_length,
        )

        general_account_settings.additional_properties = d
        return general_account_settings

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
