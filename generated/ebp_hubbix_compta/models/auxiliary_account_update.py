from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.adresse_update_dto import AdresseUpdateDto
    from ..models.contact_update_dto import ContactUpdateDto


T = TypeVar("T", bound="AuxiliaryAccountUpdate")


@_attrs_define
class AuxiliaryAccountUpdate:
    """Modification d'un compte de tiers.

    Attributes:
        name (str): Nom.
        number (str | Unset): Numéro de compte.
        vat_number (str | Unset): TVA intracommunautaire.
        siret (str | Unset): SIRET.
        is_active (bool | Unset): Est actif.
        contact (ContactUpdateDto | Unset): Contact d'un compte de tiers modifié (ContactDTO de la mise à jour, avec
            UUID).
        address (AdresseUpdateDto | Unset): Adresse d'un compte de tiers modifié (AdresseDTO de la mise à jour, avec
            UUID).
    """

    name: str
    number: str | Unset = UNSET
    vat_number: str | Unset = UNSET
    siret: str | Unset = UNSET
    is_active: bool | Unset = UNSET
    contact: ContactUpdateDto | Unset = UNSET
    address: AdresseUpdateDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        number = self.number

        vat_number = self.vat_number

        siret = self.siret

        is_active = self.is_active

        contact: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contact, Unset):
            contact = self.contact.to_dict()

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if number is not UNSET:
            field_dict["number"] = number
        if vat_number is not UNSET:
            field_dict["vatNumber"] = vat_number
        if siret is not UNSET:
            field_dict["siret"] = siret
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if contact is not UNSET:
            field_dict["contact"] = contact
        if address is not UNSET:
            field_dict["address"] = address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.adresse_update_dto import AdresseUpdateDto  # noqa: PLC0415
        from ..models.contact_update_dto import ContactUpdateDto  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        number = d.pop("number", UNSET)

        vat_number = d.pop("vatNumber", UNSET)

        siret = d.pop("siret", UNSET)

        is_active = d.pop("isActive", UNSET)

        _contact = d.pop("contact", UNSET)
        contact: ContactUpdateDto | Unset
        if isinstance(_contact, Unset):
            contact = UNSET
        else:
            contact = ContactUpdateDto.from_dict(_contact)

        _address = d.pop("address", UNSET)
        address: AdresseUpdateDto | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = AdresseUpdateDto.from_dict(_address)

        auxiliary_account_update = cls(
            name=name,
            number=number,
            vat_number=vat_number,
            siret=siret,
            is_active=is_active,
            contact=contact,
            address=address,
        )

        auxiliary_account_update.additional_properties = d
        return auxiliary_account_update

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
