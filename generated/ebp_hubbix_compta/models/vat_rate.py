from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, to_decimal

if TYPE_CHECKING:
    from ..models.territoriality import Territoriality


T = TypeVar("T", bound="VatRate")


@_attrs_define
class VatRate:
    """Taux de TVA.

    Attributes:
        uuid (UUID | Unset): UUID du taux.
        designation (str | Unset): Désignation.
        rate (Decimal | Unset): Taux (en pourcentage).
        is_active (bool | Unset): Est actif.
        territoriality (Territoriality | Unset): Territorialité d'un taux de TVA.
    """

    uuid: UUID | Unset = UNSET
    designation: str | Unset = UNSET
    rate: Decimal | Unset = UNSET
    is_active: bool | Unset = UNSET
    territoriality: Territoriality | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid)

        designation = self.designation

        rate = self.rate

        is_active = self.is_active

        territoriality: dict[str, Any] | Unset = UNSET
        if not isinstance(self.territoriality, Unset):
            territoriality = self.territoriality.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if designation is not UNSET:
            field_dict["designation"] = designation
        if rate is not UNSET:
            field_dict["rate"] = rate
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if territoriality is not UNSET:
            field_dict["territoriality"] = territoriality

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.territoriality import Territoriality  # noqa: PLC0415

        d = dict(src_dict)
        _uuid = d.pop("uuid", UNSET)
        uuid: UUID | Unset
        if isinstance(_uuid, Unset):
            uuid = UNSET
        else:
            uuid = UUID(_uuid)

        designation = d.pop("designation", UNSET)

        _rate = d.pop("rate", UNSET)
        rate: Decimal | Unset
        if isinstance(_rate, Unset):
            rate = UNSET
        else:
            rate = to_decimal(_rate)

        is_active = d.pop("isActive", UNSET)

        _territoriality = d.pop("territoriality", UNSET)
        territoriality: Territoriality | Unset
        if isinstance(_territoriality, Unset):
            territoriality = UNSET
        else:
            territoriality = Territoriality.from_dict(_territoriality)

        vat_rate = cls(
            uuid=uuid,
            designation=designation,
            rate=rate,
            is_active=is_active,
            territoriality=territoriality,
        )

        vat_rate.additional_properties = d
        return vat_rate

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
