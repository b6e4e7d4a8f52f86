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

    uuid: UUID | None | Unset = UNSET
    civility: None | str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    landline_phone: None | str | Unset = UNSET
    mobile_phone: None | str | Unset = UNSET
    service_or_fonction: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.uuid
        if value is not UNSET:
            field_dict["uuid"] = dump(value, "AuxiliaryAccountContact.uuid", "uuid", False)
        value = self.civility
        if value is not UNSET:
            field_dict["civility"] = to_json(value)
        value = self.first_name
        if value is not UNSET:
            field_dict["firstName"] = to_json(value)
        value = self.last_name
        if value is not UNSET:
            field_dict["lastName"] = to_json(value)
        value = self.landline_phone
        if value is not UNSET:
            field_dict["landlinePhone"] = to_json(value)
        value = self.mobile_phone
        if value is not UNSET:
            field_dict["mobilePhone"] = to_json(value)
        value = self.service_or_fonction
        if value is not UNSET:
            field_dict["serviceOrFonction"] = to_json(value)
        value = self.email
        if value is not UNSET:
            field_dict["email"] = to_json(value)
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
        auxiliary_account_contact = object.__new__(cls)
        auxiliary_account_contact.uuid = uuid
        auxiliary_account_contact.civility = civility
        auxiliary_account_contact.first_name = first_name
        auxiliary_account_contact.last_name = last_name
        auxiliary_account_contact.landline_phone = landline_phone
        auxiliary_account_contact.mobile_phone = mobile_phone
        auxiliary_account_contact.service_or_fonction = service_or_fonction
        auxiliary_account_contact.email = email
        auxiliary_account_contact.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            auxiliary_account_contact.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return auxiliary_account_contact

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (AuxiliaryAccountContact)", value)

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
