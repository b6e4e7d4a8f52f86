from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from comptoir.errors import ArgumentTypeError
from comptoir.runtime.checks import dump, dump_model, to_json
from comptoir.runtime.reading import (
    invalid,
    missing,
    pointer,
    read_any,
    read_bool,
    read_str,
)

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

    name: str | None
    number: str | None | Unset = UNSET
    vat_number: str | None | Unset = UNSET
    siret: str | None | Unset = UNSET
    is_active: bool | None | Unset = UNSET
    contact: ContactUpdateDto | None | Unset = UNSET
    address: AdresseUpdateDto | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        from ..models.adresse_update_dto import AdresseUpdateDto  # noqa: PLC0415
        from ..models.contact_update_dto import ContactUpdateDto  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.name
        if value is UNSET:
            raise ArgumentTypeError("is required", parameter="AuxiliaryAccountUpdate.name")
        field_dict["name"] = dump(value, "AuxiliaryAccountUpdate.name", "str", False)
        value = self.number
        if value is not UNSET:
            field_dict["number"] = dump(value, "AuxiliaryAccountUpdate.number", "str", False)
        value = self.vat_number
        if value is not UNSET:
            field_dict["vatNumber"] = dump(value, "AuxiliaryAccountUpdate.vat_number", "str", False)
        value = self.siret
        if value is not UNSET:
            field_dict["siret"] = dump(value, "AuxiliaryAccountUpdate.siret", "str", False)
        value = self.is_active
        if value is not UNSET:
            field_dict["isActive"] = dump(value, "AuxiliaryAccountUpdate.is_active", "bool", False)
        value = self.contact
        if value is not UNSET:
            field_dict["contact"] = dump_model(value, "AuxiliaryAccountUpdate.contact", ContactUpdateDto, False)
        value = self.address
        if value is not UNSET:
            field_dict["address"] = dump_model(value, "AuxiliaryAccountUpdate.address", AdresseUpdateDto, False)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object (a response body or part of one) at JSON pointer ``_path``.

        ``null`` reads as None; numeric strings, dates given as date-times and enum names are accepted;
        anything else that does not fit raises ``ResponseValidationError`` naming its path.
        """
        from ..models.adresse_update_dto import AdresseUpdateDto  # noqa: PLC0415
        from ..models.contact_update_dto import ContactUpdateDto  # noqa: PLC0415

        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise invalid(_path, None, "an object", src_dict)
        get = src_dict.get
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
        is_active = get("isActive", UNSET)
        if is_active.__class__ is not bool:
            is_active = read_bool(is_active, _path, "isActive")
        contact = get("contact", UNSET)
        if contact is not UNSET:
            contact = ContactUpdateDto._read(contact, _path, "contact")
        address = get("address", UNSET)
        if address is not UNSET:
            address = AdresseUpdateDto._read(address, _path, "address")
        auxiliary_account_update = object.__new__(cls)
        auxiliary_account_update.name = name
        auxiliary_account_update.number = number
        auxiliary_account_update.vat_number = vat_number
        auxiliary_account_update.siret = siret
        auxiliary_account_update.is_active = is_active
        auxiliary_account_update.contact = contact
        auxiliary_account_update.address = address
        auxiliary_account_update.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            auxiliary_account_update.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return auxiliary_account_update

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (AuxiliaryAccountUpdate)", value)

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
        "name",
        "number",
        "vatNumber",
        "siret",
        "isActive",
        "contact",
        "address",
    }
)
