from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from comptoir.runtime.checks import dump, to_json
from comptoir.runtime.reading import (
    invalid,
    pointer,
    read_any,
    read_str,
    read_uuid,
)

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactUpdateDto")


@_attrs_define
class ContactUpdateDto:
    """Contact d'un compte de tiers modifié (ContactDTO de la mise à jour, avec UUID).

    Attributes:
        uuid (UUID | Unset): UUID du contact.
        civility (str | Unset): Civilité.
        first_name (str | Unset): Prénom.
        last_name (str | Unset): Nom.
        landline_phone (str | Unset): Téléphone fixe.
        mobile_phone (str | Unset): Téléphone mobile.
        service_or_fonction (str | Unset): Service ou fonction.
        email (str | Unset): Email.
    """

    uuid: UUID | None | Unset = UNSET
    civility: str | None | Unset = UNSET
    first_name: str | None | Unset = UNSET
    last_name: str | None | Unset = UNSET
    landline_phone: str | None | Unset = UNSET
    mobile_phone: str | None | Unset = UNSET
    service_or_fonction: str | None | Unset = UNSET
    email: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.uuid
        if value is not UNSET:
            field_dict["uuid"] = dump(value, "ContactUpdateDto.uuid", "uuid", False)
        value = self.civility
        if value is not UNSET:
            field_dict["civility"] = dump(value, "ContactUpdateDto.civility", "str", False)
        value = self.first_name
        if value is not UNSET:
            field_dict["firstName"] = dump(value, "ContactUpdateDto.first_name", "str", False)
        value = self.last_name
        if value is not UNSET:
            field_dict["lastName"] = dump(value, "ContactUpdateDto.last_name", "str", False)
        value = self.landline_phone
        if value is not UNSET:
            field_dict["landlinePhone"] = dump(value, "ContactUpdateDto.landline_phone", "str", False)
        value = self.mobile_phone
        if value is not UNSET:
            field_dict["mobilePhone"] = dump(value, "ContactUpdateDto.mobile_phone", "str", False)
        value = self.service_or_fonction
        if value is not UNSET:
            field_dict["serviceOrFonction"] = dump(value, "ContactUpdateDto.service_or_fonction", "str", False)
        value = self.email
        if value is not UNSET:
            field_dict["email"] = dump(value, "ContactUpdateDto.email", "str", False)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object (a response body or part of one) at JSON pointer ``_path``.

        ``null`` reads as None; numeric strings, dates given as date-times and enum names are accepted;
        anything else that does not fit raises ``ResponseValidationError`` naming its path.
        """
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise invalid(_path, None, "an object", src_dict)
        get = src_dict.get
        uuid = get("uuid", UNSET)
        if uuid is not UNSET:
            uuid = read_uuid(uuid, _path, "uuid")
        civility = get("civility", UNSET)
        if civility.__class__ is not str:
            civility = read_str(civility, _path, "civility")
        first_name = get("firstName", UNSET)
        if first_name.__class__ is not str:
            first_name = read_str(first_name, _path, "firstName")
        last_name = get("lastName", UNSET)
        if last_name.__class__ is not str:
            last_name = read_str(last_name, _path, "lastName")
        landline_phone = get("landlinePhone", UNSET)
        if landline_phone.__class__ is not str:
            landline_phone = read_str(landline_phone, _path, "landlinePhone")
        mobile_phone = get("mobilePhone", UNSET)
        if mobile_phone.__class__ is not str:
            mobile_phone = read_str(mobile_phone, _path, "mobilePhone")
        service_or_fonction = get("serviceOrFonction", UNSET)
        if service_or_fonction.__class__ is not str:
            service_or_fonction = read_str(service_or_fonction, _path, "serviceOrFonction")
        email = get("email", UNSET)
        if email.__class__ is not str:
            email = read_str(email, _path, "email")
        contact_update_dto = object.__new__(cls)
        contact_update_dto.uuid = uuid
        contact_update_dto.civility = civility
        contact_update_dto.first_name = first_name
        contact_update_dto.last_name = last_name
        contact_update_dto.landline_phone = landline_phone
        contact_update_dto.mobile_phone = mobile_phone
        contact_update_dto.service_or_fonction = service_or_fonction
        contact_update_dto.email = email
        contact_update_dto.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            contact_update_dto.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return contact_update_dto

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (ContactUpdateDto)", value)

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


_KNOWN: frozenset[str] = frozenset(
    {
        "uuid",
        "civility",
        "firstName",
        "lastName",
        "landlinePhone",
        "mobilePhone",
        "serviceOrFonction",
        "email",
    }
)
