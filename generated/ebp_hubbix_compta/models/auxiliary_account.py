from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

    uuid: UUID | Unset = UNSET
    name: str | Unset = UNSET
    number: str | Unset = UNSET
    vat_number: None | str | Unset = UNSET
    siret: None | str | Unset = UNSET
    is_automatic_number: bool | Unset = UNSET
    is_active: bool | Unset = UNSET
    types: AuxiliaryAccountType | Unset = UNSET
    contact: AuxiliaryAccountContact | None | Unset = UNSET
    address: AuxiliaryAccountAddress | None | Unset = UNSET
    is_movement: bool | Unset = UNSET
    is_orphan: bool | Unset = UNSET
    ms_count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.auxiliary_account_address import AuxiliaryAccountAddress  # noqa: PLC0415
        from ..models.auxiliary_account_contact import AuxiliaryAccountContact  # noqa: PLC0415

        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid)

        name = self.name

        number = self.number

        vat_number: None | str | Unset
        if isinstance(self.vat_number, Unset):
            vat_number = UNSET
        else:
            vat_number = self.vat_number

        siret: None | str | Unset
        if isinstance(self.siret, Unset):
            siret = UNSET
        else:
            siret = self.siret

        is_automatic_number = self.is_automatic_number

        is_active = self.is_active

        types: dict[str, Any] | Unset = UNSET
        if not isinstance(self.types, Unset):
            types = self.types.to_dict()

        contact: dict[str, Any] | None | Unset
        if isinstance(self.contact, Unset):
            contact = UNSET
        elif isinstance(self.contact, AuxiliaryAccountContact):
            contact = self.contact.to_dict()
        else:
            contact = self.contact

        address: dict[str, Any] | None | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        elif isinstance(self.address, AuxiliaryAccountAddress):
            address = self.address.to_dict()
        else:
            address = self.address

        is_movement = self.is_movement

        is_orphan = self.is_orphan

        ms_count = self.ms_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if name is not UNSET:
            field_dict["name"] = name
        if number is not UNSET:
            field_dict["number"] = number
        if vat_number is not UNSET:
            field_dict["vatNumber"] = vat_number
        if siret is not UNSET:
            field_dict["siret"] = siret
        if is_automatic_number is not UNSET:
            field_dict["isAutomaticNumber"] = is_automatic_number
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if types is not UNSET:
            field_dict["types"] = types
        if contact is not UNSET:
            field_dict["contact"] = contact
        if address is not UNSET:
            field_dict["address"] = address
        if is_movement is not UNSET:
            field_dict["isMovement"] = is_movement
        if is_orphan is not UNSET:
            field_dict["isOrphan"] = is_orphan
        if ms_count is not UNSET:
            field_dict["msCount"] = ms_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auxiliary_account_address import AuxiliaryAccountAddress  # noqa: PLC0415
        from ..models.auxiliary_account_contact import AuxiliaryAccountContact  # noqa: PLC0415
        from ..models.auxiliary_account_type import AuxiliaryAccountType  # noqa: PLC0415

        d = dict(src_dict)
        _uuid = d.pop("uuid", UNSET)
        uuid: UUID | Unset
        if isinstance(_uuid, Unset):
            uuid = UNSET
        else:
            uuid = UUID(_uuid)

        name = d.pop("name", UNSET)

        number = d.pop("number", UNSET)

        def _parse_vat_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        vat_number = _parse_vat_number(d.pop("vatNumber", UNSET))

        def _parse_siret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        siret = _parse_siret(d.pop("siret", UNSET))

        is_automatic_number = d.pop("isAutomaticNumber", UNSET)

        is_active = d.pop("isActive", UNSET)

        _types = d.pop("types", UNSET)
        types: AuxiliaryAccountType | Unset
        if isinstance(_types, Unset):
            types = UNSET
        else:
            types = AuxiliaryAccountType.from_dict(_types)

        def _parse_contact(data: object) -> AuxiliaryAccountContact | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                contact_type_0 = AuxiliaryAccountContact.from_dict(data)

                return contact_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuxiliaryAccountContact | None | Unset, data)

        contact = _parse_contact(d.pop("contact", UNSET))

        def _parse_address(data: object) -> AuxiliaryAccountAddress | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                address_type_0 = AuxiliaryAccountAddress.from_dict(data)

                return address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AuxiliaryAccountAddress | None | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

        is_movement = d.pop("isMovement", UNSET)

        is_orphan = d.pop("isOrphan", UNSET)

        ms_count = d.pop("msCount", UNSET)

        auxiliary_account = cls(
            uuid=uuid,
            name=name,
            number=number,
            vat_number=vat_number,
            siret=siret,
            is_automatic_number=is_automatic_number,
            is_active=is_active,
            types=types,
            contact=contact,
            address=address,
            is_movement=is_movement,
            is_orphan=is_orphan,
            ms_count=ms_count,
        )

        auxiliary_account.additional_properties = d
        return auxiliary_account

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
