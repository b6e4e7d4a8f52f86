from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.adresse_dto import AdresseDto
    from ..models.contact_dto import ContactDto


T = TypeVar("T", bound="AuxiliaryAccountCreate")


@_attrs_define
class AuxiliaryAccountCreate:
    """Création d'un compte de tiers.

    Attributes:
        type_ (UUID): UUID de la catégorie de tiers.
        name (str): Nom.
        number (str | Unset): Numéro de compte.
        vat_number (str | Unset): TVA intracommunautaire.
        siret (str | Unset): SIRET.
        contact (ContactDto | Unset): Contact d'un nouveau compte de tiers (ContactDTO).
        address (AdresseDto | Unset): Adresse d'un nouveau compte de tiers (AdresseDTO).
    """

    type_: UUID
    name: str
    number: str | Unset = UNSET
    vat_number: str | Unset = UNSET
    siret: str | Unset = UNSET
    contact: ContactDto | Unset = UNSET
    address: AdresseDto | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = str(self.type_)

        name = self.name

        number = self.number

        vat_number = self.vat_number

        siret = self.siret

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
                "type": type_,
                "name": name,
            }
        )
        if number is not UNSET:
            field_dict["number"] = number
        if vat_number is not UNSET:
            field_dict["vatNumber"] = vat_number
        if siret is not UNSET:
            field_dict["siret"] = siret
        if contact is not UNSET:
            field_dict["contact"] = contact
        if address is not UNSET:
            field_dict["address"] = address

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.adresse_dto import AdresseDto  # noqa: PLC0415
        from ..models.contact_dto import ContactDto  # noqa: PLC0415

        d = dict(src_dict)
        type_ = UUID(d.pop("type"))

        name = d.pop("name")

        number = d.pop("number", UNSET)

        vat_number = d.pop("vatNumber", UNSET)

        siret = d.pop("siret", UNSET)

        _contact = d.pop("contact", UNSET)
        contact: ContactDto | Unset
        if isinstance(_contact, Unset):
            contact = UNSET
        else:
            contact = ContactDto.from_dict(_contact)

        _address = d.pop("address", UNSET)
        address: AdresseDto | Unset
        if isinstance(_address, Unset):
            address = UNSET
        else:
            address = AdresseDto.from_dict(_address)

        auxiliary_account_create = cls(
            type_=type_,
            name=name,
            number=number,
            vat_number=vat_number,
            siret=siret,
            contact=contact,
            address=address,
        )

        auxiliary_account_create.additional_properties = d
        return auxiliary_account_create

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
