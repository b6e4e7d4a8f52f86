from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.exercices_dto import ExercicesDto
    from ..models.parametres_generaux_dto import ParametresGenerauxDto
    from ..models.parametres_tiers_dto import ParametresTiersDto


T = TypeVar("T", bound="FolderSettingsUpdate")


@_attrs_define
class FolderSettingsUpdate:
    """Modification des paramètres du domaine.

    Attributes:
        exercices (ExercicesDto): Exercices (ExercicesDTO).
        general_account (ParametresGenerauxDto): Paramètres des comptes généraux (ParametresGenerauxDTO).
        auxiliary_account (ParametresTiersDto): Paramètres des tiers (ParametresTiersDTO).
    """

    exercices: ExercicesDto
    general_account: ParametresGenerauxDto
    auxiliary_account: ParametresTiersDto
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exercices = self.exercices.to_dict()

        general_account = self.general_account.to_dict()

        auxiliary_account = self.auxiliary_account.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exercices": exercices,
                "generalAccount": general_account,
                "auxiliaryAccount": auxiliary_account,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.exercices_dto import ExercicesDto  # noqa: PLC0415
        from ..models.parametres_generaux_dto import ParametresGenerauxDto  # noqa: PLC0415
        from ..models.parametres_tiers_dto import ParametresTiersDto  # noqa: PLC0415

        d = dict(src_dict)
        exercices = ExercicesDto.from_dict(d.pop("exercices"))

        general_account = ParametresGenerauxDto.from_dict(d.pop("generalAccount"))

        auxiliary_account = ParametresTiersDto.from_dict(d.pop("auxiliaryAccount"))

        folder_settings_update = cls(
            exercices=exercices,
            general_account=general_account,
            auxiliary_account=auxiliary_account,
        )

        folder_settings_update.additional_properties = d
        return folder_settings_update

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
