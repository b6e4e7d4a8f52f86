from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from comptoir.runtime.checks import dump, to_json
from comptoir.runtime.reading import (
    invalid,
    pointer,
    read_any,
    read_str,
)

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

    civility: str | None | Unset = UNSET
    lastname: str | None | Unset = UNSET
    firstname: str | None | Unset = UNSET
    phone: str | None | Unset = UNSET
    mobile: str | None | Unset = UNSET
    email: str | None | Unset = UNSET
    service: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.civility
        if value is not UNSET:
            field_dict["civility"] = dump(value, "Contact.civility", "str", False)
        value = self.lastname
        if value is not UNSET:
            field_dict["lastname"] = dump(value, "Contact.lastname", "str", False)
        value = self.firstname
        if value is not UNSET:
            field_dict["firstname"] = dump(value, "Contact.firstname", "str", False)
        value = self.phone
        if value is not UNSET:
            field_dict["phone"] = dump(value, "Contact.phone", "str", False)
        value = self.mobile
        if value is not UNSET:
            field_dict["mobile"] = dump(value, "Contact.mobile", "str", False)
        value = self.email
        if value is not UNSET:
            field_dict["email"] = dump(value, "Contact.email", "str", False)
        value = self.service
        if value is not UNSET:
            field_dict["service"] = dump(value, "Contact.service", "str", False)
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
        civility = get("civility", UNSET)
        if civility.__class__ is not str:
            civility = read_str(civility, _path, "civility")
        lastname = get("lastname", UNSET)
        if lastname.__class__ is not str:
            lastname = read_str(lastname, _path, "lastname")
        firstname = get("firstname", UNSET)
        if firstname.__class__ is not str:
            firstname = read_str(firstname, _path, "firstname")
        phone = get("phone", UNSET)
        if phone.__class__ is not str:
            phone = read_str(phone, _path, "phone")
        mobile = get("mobile", UNSET)
        if mobile.__class__ is not str:
            mobile = read_str(mobile, _path, "mobile")
        email = get("email", UNSET)
        if email.__class__ is not str:
            email = read_str(email, _path, "email")
        service = get("service", UNSET)
        if service.__class__ is not str:
            service = read_str(service, _path, "service")
        contact = object.__new__(cls)
        contact.civility = civility
        contact.lastname = lastname
        contact.firstname = firstname
        contact.phone = phone
        contact.mobile = mobile
        contact.email = email
        contact.service = service
        contact.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            contact.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return contact

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (Contact)", value)

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
        "civility",
        "lastname",
        "firstname",
        "phone",
        "mobile",
        "email",
        "service",
    }
)
