from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.territoriality import Territoriality
from ..types import UNSET, Unset, to_decimal

T = TypeVar("T", bound="VatRate")


@_attrs_define
class VatRate:
    """Taux de TVA.

    Attributes:
        id (int | Unset): Identifiant du taux de TVA.
        territoriality (Territoriality | Unset): Territoriality - Types de territorialité.
            0 = France (France métropolitaine), 1 = Corse (Corse), 2 = Dom (Départements d'outre-mer),
            3 = ImportExport (Import/Export), 4 = Intracommunautaire (Territoire intracommunautaire),
            5 = Monaco (Monaco), 6 = HorsFrance (Tous les autres territoires).
        label (str | Unset): Libellé du taux de TVA.
        rate (Decimal | Unset): Taux de TVA appliqué.
        status (bool | Decimal | Unset): Indique si le taux est applicable (géré dans l'application): a decimal per the
            table, a boolean in the doc's example; both parse.
        is_default (bool | Unset): Indique si le taux est celui activé par défaut.
    """

    id: int | Unset = UNSET
    territoriality: Territoriality | Unset = UNSET
    label: str | Unset = UNSET
    rate: Decimal | Unset = UNSET
    status: bool | Decimal | Unset = UNSET
    is_default: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        territoriality: int | Unset = UNSET
        if not isinstance(self.territoriality, Unset):
            territoriality = self.territoriality.value

        label = self.label

        rate = self.rate

        status: bool | Decimal | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        is_default = self.is_default

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if territoriality is not UNSET:
            field_dict["territoriality"] = territoriality
        if label is not UNSET:
            field_dict["label"] = label
        if rate is not UNSET:
            field_dict["rate"] = rate
        if status is not UNSET:
            field_dict["status"] = status
        if is_default is not UNSET:
            field_dict["isDefault"] = is_default

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _territoriality = d.pop("territoriality", UNSET)
        territoriality: Territoriality | Unset
        if isinstance(_territoriality, Unset):
            territoriality = UNSET
        else:
            territoriality = Territoriality(_territoriality)

        label = d.pop("label", UNSET)

        _rate = d.pop("rate", UNSET)
        rate: Decimal | Unset
        if isinstance(_rate, Unset):
            rate = UNSET
        else:
            rate = to_decimal(_rate)

        def _parse_status(data: object) -> bool | Decimal | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (int, float, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                status_type_0 = to_decimal(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | Decimal | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        is_default = d.pop("isDefault", UNSET)

        vat_rate = cls(
            id=id,
            territoriality=territoriality,
            label=label,
            rate=rate,
            status=status,
            is_default=is_default,
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
