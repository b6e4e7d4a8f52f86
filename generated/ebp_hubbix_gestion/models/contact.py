from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Contact")


@_attrs_define
class Contact:
    """Contact (civilité, nom, prénom, téléphones, email, service).

    Attributes:
        civility (str | Unset): Civilité du contact.
        lastname (str | Unset): Nom du contact.
        firstname (str | Unset): Prénom du contact.
        phone (str | Unset): Téléphone fixe du contact.
        mobile (str | Unset): Téléphone portable du contact.
        email (str | Unset): Adresse email du contact. Example: toto@free.fr.
        service (str | Unset): Service du contact.
    """

    civility: str | Unset = UNSET
    lastname: str | Unset = UNSET
    firstname: str | Unset = UNSET
    phone: str | Unset = UNSET
    mobile: str | Unset = UNSET
    email: str | Unset = UNSET
    service: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        civility = self.civility

        lastname = self.lastname

        firstname = self.firstname

        phone = self.phone

        mobile = self.mobile

        email = self.email

        service = self.service

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if civility is not UNSET:
            field_dict["civility"] = civility
        if lastname is not UNSET:
            field_dict["lastname"] = lastname
        if firstname is not UNSET:
            field_dict["firstname"] = firstname
        if phone is not UNSET:
            field_dict["phone"] = phone
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if email is not UNSET:
            field_dict["email"] = email
        if service is not UNSET:
            field_dict["service"] = service

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        civility = d.pop("civility", UNSET)

        lastname = d.pop("lastname", UNSET)

        firstname = d.pop("firstname", UNSET)

        phone = d.pop("phone", UNSET)

        mobile = d.pop("mobile", UNSET)

        email = d.pop("email", UNSET)

        service = d.pop("service", UNSET)

        contact = cls(
            civility=civility,
            lastname=lastname,
            firstname=firstname,
            phone=phone,
            mobile=mobile,
            email=email,
            service=service,
        )

        contact.additional_properties = d
        return contact

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
