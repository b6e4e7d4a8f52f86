from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuxiliaryAccountType")


@_attrs_define
class AuxiliaryAccountType:
    """Catégorie de comptes de tiers.

    Attributes:
        uuid (UUID | Unset): UUID de la catégorie.
        name (str | Unset): Nom de la catégorie.
        prefix (str | Unset): Préfixe des numéros de compte.
        abbreviation (str | Unset): Abréviation.
        is_automatic (bool | Unset): Numérotation automatique.
        next_number (int | Unset): Prochain numéro.
        accounts (int | Unset): Nombre de comptes de la catégorie.
        general_account (str | Unset): Compte général (collectif) associé.
        nature_code (int | Unset): Code nature (16 à 20 dans les exemples).
    """

    uuid: UUID | Unset = UNSET
    name: str | Unset = UNSET
    prefix: str | Unset = UNSET
    abbreviation: str | Unset = UNSET
    is_automatic: bool | Unset = UNSET
    next_number: int | Unset = UNSET
    accounts: int | Unset = UNSET
    general_account: str | Unset = UNSET
    nature_code: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid)

        name = self.name

        prefix = self.prefix

        abbreviation = self.abbreviation

        is_automatic = self.is_automatic

        next_number = self.next_number

        accounts = self.accounts

        general_account = self.general_account

        nature_code = self.nature_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if name is not UNSET:
            field_dict["name"] = name
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if abbreviation is not UNSET:
            field_dict["abbreviation"] = abbreviation
        if is_automatic is not UNSET:
            field_dict["isAutomatic"] = is_automatic
        if next_number is not UNSET:
            field_dict["nextNumber"] = next_number
        if accounts is not UNSET:
            field_dict["accounts"] = accounts
        if general_account is not UNSET:
            field_dict["generalAccount"] = general_account
        if nature_code is not UNSET:
            field_dict["natureCode"] = nature_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _uuid = d.pop("uuid", UNSET)
        uuid: UUID | Unset
        if isinstance(_uuid, Unset):
            uuid = UNSET
        else:
            uuid = UUID(_uuid)

        name = d.pop("name", UNSET)

        prefix = d.pop("prefix", UNSET)

        abbreviation = d.pop("abbreviation", UNSET)

        is_automatic = d.pop("isAutomatic", UNSET)

        next_number = d.pop("nextNumber", UNSET)

        accounts = d.pop("accounts", UNSET)

        general_account = d.pop("generalAccount", UNSET)

        nature_code = d.pop("natureCode", UNSET)

        auxiliary_account_type = cls(
            uuid=uuid,
            name=name,
            prefix=prefix,
            abbreviation=abbreviation,
            is_automatic=is_automatic,
            next_number=next_number,
            accounts=accounts,
            general_account=general_account,
            nature_code=nature_code,
        )

        auxiliary_account_type.additional_properties = d
        return auxiliary_account_type

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
