from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactDto")


@_attrs_define
class ContactDto:
    """Contact d'un nouveau compte de tiers (ContactDTO).

    Attributes:
        civility (str | Unset): Civilité.
        first_name (str | Unset): Prénom.
        last_name (str | Unset): Nom.
        landline_phone (str | Unset): Téléphone fixe.
        mobile_phone (str | Unset): Téléphone mobile.
        service_or_fonction (str | Unset): Service ou fonction.
        email (str | Unset): Email.
    """

    civility: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    landline_phone: str | Unset = UNSET
    mobile_phone: str | Unset = UNSET
    service_or_fonction: str | Unset = UNSET
    email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        civility = self.civility

        first_name = self.first_name

        last_name = self.last_name

        landline_phone = self.landline_phone

        mobile_phone = self.mobile_phone

        service_or_fonction = self.service_or_fonction

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if civility is not UNSET:
            field_dict["civility"] = civility
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if landline_phone is not UNSET:
            field_dict["landlinePhone"] = landline_phone
        if mobile_phone is not UNSET:
            field_dict["mobilePhone"] = mobile_phone
        if service_or_fonction is not UNSET:
            field_dict["serviceOrFonction"] = service_or_fonction
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        civility = d.pop("civility", UNSET)

        first_name = d.pop("firstName", UNSET)

        last_name = d.pop("lastName", UNSET)

        landline_phone = d.pop("landlinePhone", UNSET)

        mobile_phone = d.pop("mobilePhone", UNSET)

        service_or_fonction = d.pop("serviceOrFonction", UNSET)

        email = d.pop("email", UNSET)

        contact_dto = cls(
            civility=civility,
            first_name=first_name,
            last_name=last_name,
            landline_phone=landline_phone,
            mobile_phone=mobile_phone,
            service_or_fonction=service_or_fonction,
            email=email,
        )

        contact_dto.additional_properties = d
        return contact_dto

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
