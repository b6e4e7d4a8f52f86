from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuxiliaryAccountContact")


@_attrs_define
class AuxiliaryAccountContact:
    """Contact d'un compte de tiers.

    Attributes:
        uuid (UUID | Unset): UUID du contact.
        civility (None | str | Unset): Civilité.
        first_name (None | str | Unset): Prénom.
        last_name (None | str | Unset): Nom.
        landline_phone (None | str | Unset): Téléphone fixe.
        mobile_phone (None | str | Unset): Téléphone mobile.
        service_or_fonction (None | str | Unset): Service ou fonction.
        email (None | str | Unset): Email.
    """

    uuid: UUID | Unset = UNSET
    civility: None | str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    landline_phone: None | str | Unset = UNSET
    mobile_phone: None | str | Unset = UNSET
    service_or_fonction: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid)

        civility: None | str | Unset
        if isinstance(self.civility, Unset):
            civility = UNSET
        else:
            civility = self.civility

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        landline_phone: None | str | Unset
        if isinstance(self.landline_phone, Unset):
            landline_phone = UNSET
        else:
            landline_phone = self.landline_phone

        mobile_phone: None | str | Unset
        if isinstance(self.mobile_phone, Unset):
            mobile_phone = UNSET
        else:
            mobile_phone = self.mobile_phone

        service_or_fonction: None | str | Unset
        if isinstance(self.service_or_fonction, Unset):
            service_or_fonction = UNSET
        else:
            service_or_fonction = self.service_or_fonction

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
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
        _uuid = d.pop("uuid", UNSET)
        uuid: UUID | Unset
        if isinstance(_uuid, Unset):
            uuid = UNSET
        else:
            uuid = UUID(_uuid)

        def _parse_civility(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        civility = _parse_civility(d.pop("civility", UNSET))

        def _parse_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_name = _parse_first_name(d.pop("firstName", UNSET))

        def _parse_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_name = _parse_last_name(d.pop("lastName", UNSET))

        def _parse_landline_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        landline_phone = _parse_landline_phone(d.pop("landlinePhone", UNSET))

        def _parse_mobile_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mobile_phone = _parse_mobile_phone(d.pop("mobilePhone", UNSET))

        def _parse_service_or_fonction(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        service_or_fonction = _parse_service_or_fonction(d.pop("serviceOrFonction", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        auxiliary_account_contact = cls(
            uuid=uuid,
            civility=civility,
            first_name=first_name,
            last_name=last_name,
            landline_phone=landline_phone,
            mobile_phone=mobile_phone,
            service_or_fonction=service_or_fonction,
            email=email,
        )

        auxiliary_account_contact.additional_properties = d
        return auxiliary_account_contact

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
