from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from comptoir.runtime.checks import dump, dump_model, to_json
from comptoir.runtime.reading import (
    invalid,
    pointer,
    read_any,
    read_bool,
    read_int,
    read_str,
    read_uuid,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auxiliary_account_address import AuxiliaryAccountAddress
    from ..models.auxiliary_account_contact import AuxiliaryAccountContact
    from ..models.auxiliary_account_type import AuxiliaryAccountType


T = TypeVar("T", bound="AuxiliaryAccount")


@_attrs_define
class AuxiliaryAccount:
    """Compte de tiers. La liste (`GET /v1/auxiliary-accounts`) ne renvoie qu'une partie des
    champs (et une catégorie abrégée).

        Attributes:
            uuid (UUID | Unset): UUID du compte.
            name (str | Unset): Nom.
            number (str | Unset): Numéro de compte.
            vat_number (None | str | Unset): TVA intracommunautaire.
            siret (None | str | Unset): SIRET.
            is_automatic_number (bool | Unset): Numéro attribué automatiquement.
            is_active (bool | Unset): Est actif.
            types (AuxiliaryAccountType | Unset): Catégorie de comptes de tiers.
            contact (AuxiliaryAccountContact | None | Unset):
            address (AuxiliaryAccountAddress | None | Unset):
            is_movement (bool | Unset): Le compte a des mouvements.
            is_orphan (bool | Unset): Le compte est orphelin.
            ms_count (int | Unset): Compteur (non décrit par la documentation).
    """

    uuid: UUID | None | Unset = UNSET
    name: str | None | Unset = UNSET
    number: str | None | Unset = UNSET
    vat_number: None | str | Unset = UNSET
    siret: None | str | Unset = UNSET
    is_automatic_number: bool | None | Unset = UNSET
    is_active: bool | None | Unset = UNSET
    types: AuxiliaryAccountType | None | Unset = UNSET
    contact: AuxiliaryAccountContact | None | Unset = UNSET
    address: AuxiliaryAccountAddress | None | Unset = UNSET
    is_movement: bool | None | Unset = UNSET
    is_orphan: bool | None | Unset = UNSET
    ms_count: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        from ..models.auxiliary_account_type import AuxiliaryAccountType  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.uuid
        if value is not UNSET:
            field_dict["uuid"] = dump(value, "AuxiliaryAccount.uuid", "uuid", False)
        value = self.name
        if value is not UNSET:
            field_dict["name"] = dump(value, "AuxiliaryAccount.name", "str", False)
        value = self.number
        if value is not UNSET:
            field_dict["number"] = dump(value, "AuxiliaryAccount.number", "str", False)
        value = self.vat_number
        if value is not UNSET:
            field_dict["vatNumber"] = to_json(value)
        value = self.siret
        if value is not UNSET:
            field_dict["siret"] = to_json(value)
        value = self.is_automatic_number
        if value is not UNSET:
            field_dict["isAutomaticNumber"] = dump(value, "AuxiliaryAccount.is_automatic_number", "bool", False)
        value = self.is_active
        if value is not UNSET:
            field_dict["isActive"] = dump(value, "AuxiliaryAccount.is_active", "bool", False)
        value = self.types
        if value is not UNSET:
            field_dict["types"] = dump_model(value, "AuxiliaryAccount.types", AuxiliaryAccountType, False)
        value = self.contact
        if value is not UNSET:
            field_dict["contact"] = to_json(value)
        value = self.address
        if value is not UNSET:
            field_dict["address"] = to_json(value)
        value = self.is_movement
        if value is not UNSET:
            field_dict["isMovement"] = dump(value, "AuxiliaryAccount.is_movement", "bool", False)
        value = self.is_orphan
        if value is not UNSET:
            field_dict["isOrphan"] = dump(value, "AuxiliaryAccount.is_orphan", "bool", False)
        value = self.ms_count
        if value is not UNSET:
            field_dict["msCount"] = dump(value, "AuxiliaryAccount.ms_count", "int", False)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object (a response body or part of one) at JSON pointer ``_path``.

        ``null`` reads as None; numeric strings, dates given as date-times and enum names are accepted;
        anything else that does not fit raises ``ResponseValidationError`` naming its path.
        """
        from ..models.auxiliary_account_address import AuxiliaryAccountAddress  # noqa: PLC0415
        from ..models.auxiliary_account_contact import AuxiliaryAccountContact  # noqa: PLC0415
        from ..models.auxiliary_account_type import AuxiliaryAccountType  # noqa: PLC0415

        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise invalid(_path, None, "an object", src_dict)
        get = src_dict.get
        uuid = get("uuid", UNSET)
        if uuid is not UNSET:
            uuid = read_uuid(uuid, _path, "uuid")
        name = get("name", UNSET)
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
        is_automatic_number = get("isAutomaticNumber", UNSET)
        if is_automatic_number.__class__ is not bool:
            is_automatic_number = read_bool(is_automatic_number, _path, "isAutomaticNumber")
        is_active = get("isActive", UNSET)
        if is_active.__class__ is not bool:
            is_active = read_bool(is_active, _path, "isActive")
        types = get("types", UNSET)
        if types is not UNSET:
            types = AuxiliaryAccountType._read(types, _path, "types")
        contact = get("contact", UNSET)
        if contact is not UNSET:
            contact = AuxiliaryAccountContact._read(contact, _path, "contact")
        address = get("address", UNSET)
        if address is not UNSET:
            address = AuxiliaryAccountAddress._read(address, _path, "address")
        is_movement = get("isMovement", UNSET)
        if is_movement.__class__ is not bool:
            is_movement = read_bool(is_movement, _path, "isMovement")
        is_orphan = get("isOrphan", UNSET)
        if is_orphan.__class__ is not bool:
            is_orphan = read_bool(is_orphan, _path, "isOrphan")
        ms_count = get("msCount", UNSET)
        if ms_count.__class__ is not int:
            ms_count = read_int(ms_count, _path, "msCount")
        auxiliary_account = object.__new__(cls)
        auxiliary_account.uuid = uuid
        auxiliary_account.name = name
        auxiliary_account.number = number
        auxiliary_account.vat_number = vat_number
        auxiliary_account.siret = siret
        auxiliary_account.is_automatic_number = is_automatic_number
        auxiliary_account.is_active = is_active
        auxiliary_account.types = types
        auxiliary_account.contact = contact
        auxiliary_account.address = address
        auxiliary_account.is_movement = is_movement
        auxiliary_account.is_orphan = is_orphan
        auxiliary_account.ms_count = ms_count
        auxiliary_account.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            auxiliary_account.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return auxiliary_account

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (AuxiliaryAccount)", value)

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
        "name",
        "number",
        "vatNumber",
        "siret",
        "isAutomaticNumber",
        "isActive",
        "types",
        "contact",
        "address",
        "isMovement",
        "isOrphan",
        "msCount",
    }
)
