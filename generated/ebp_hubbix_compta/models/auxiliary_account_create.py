from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from comptoir.errors import ArgumentTypeError
from comptoir.runtime.checks import dump, dump_model, to_json
from comptoir.runtime.reading import (
    invalid,
    missing,
    pointer,
    read_any,
    read_str,
    read_uuid,
)

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

    type_: UUID | None
    name: str | None
    number: str | None | Unset = UNSET
    vat_number: str | None | Unset = UNSET
    siret: str | None | Unset = UNSET
    contact: ContactDto | None | Unset = UNSET
    address: AdresseDto | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        from ..models.adresse_dto import AdresseDto  # noqa: PLC0415
        from ..models.contact_dto import ContactDto  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.type_
        if value is UNSET:
            raise ArgumentTypeError("is required", parameter="AuxiliaryAccountCreate.type_")
        field_dict["type"] = dump(value, "AuxiliaryAccountCreate.type_", "uuid", False)
        value = self.name
        if value is UNSET:
            raise ArgumentTypeError("is required", parameter="AuxiliaryAccountCreate.name")
        field_dict["name"] = dump(value, "AuxiliaryAccountCreate.name", "str", False)
        value = self.number
        if value is not UNSET:
            field_dict["number"] = dump(value, "AuxiliaryAccountCreate.number", "str", False)
        value = self.vat_number
        if value is not UNSET:
            field_dict["vatNumber"] = dump(value, "AuxiliaryAccountCreate.vat_number", "str", False)
        value = self.siret
        if value is not UNSET:
            field_dict["siret"] = dump(value, "AuxiliaryAccountCreate.siret", "str", False)
        value = self.contact
        if value is not UNSET:
            field_dict["contact"] = dump_model(value, "AuxiliaryAccountCreate.contact", ContactDto, False)
        value = self.address
        if value is not UNSET:
            field_dict["address"] = dump_model(value, "AuxiliaryAccountCreate.address", AdresseDto, False)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object (a response body or part of one) at JSON pointer ``_path``.

        ``null`` reads as None; numeric strings, dates given as date-times and enum names are accepted;
        anything else that does not fit raises ``ResponseValidationError`` naming its path.
        """
        from ..models.adresse_dto import AdresseDto  # noqa: PLC0415
        from ..models.contact_dto import ContactDto  # noqa: PLC0415

        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise invalid(_path, None, "an object", src_dict)
        get = src_dict.get
        type_ = get("type", UNSET)
        if type_ is UNSET:
            raise missing(_path, "type", "a UUID")
        if type_ is not UNSET:
            type_ = read_uuid(type_, _path, "type")
        name = get("name", UNSET)
        if name is UNSET:
            raise missing(_path, "name", "a string")
        if name.__class__ is not str:
            name = read_str(name, _path, "name")
        number = get("number", UNSET)
        if number.__class__ is not str:
            number = read_str(number, _path, "number")
        vat_number = get("vatNumber", UNSET)
        if vat_number.__class__ is not str:
            vat_number = read_str(vat_number, _path, "vatNumber")
        siret = get("siret", UNSET)
        if siret.__class__ is not str:
            siret = read_str(siret, _path, "siret")
        contact = get("contact", UNSET)
        if contact is not UNSET:
            contact = ContactDto._read(contact, _path, "contact")
        address = get("address", UNSET)
        if address is not UNSET:
            address = AdresseDto._read(address, _path, "address")
        auxiliary_account_create = object.__new__(cls)
        auxiliary_account_create.type_ = type_
        auxiliary_account_create.name = name
        auxiliary_account_create.number = number
        auxiliary_account_create.vat_number = vat_number
        auxiliary_account_create.siret = siret
        auxiliary_account_create.contact = contact
        auxiliary_account_create.address = address
        auxiliary_account_create.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            auxiliary_account_create.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return auxiliary_account_create

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (AuxiliaryAccountCreate)", value)

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
        "type",
        "name",
        "number",
        "vatNumber",
        "siret",
        "contact",
        "address",
    }
)
