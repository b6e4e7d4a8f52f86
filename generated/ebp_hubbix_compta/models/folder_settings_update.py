from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from comptoir.errors import ArgumentTypeError
from comptoir.runtime.checks import dump_model, to_json
from comptoir.runtime.reading import (
    invalid,
    missing,
    pointer,
    read_any,
)

from ..types import UNSET

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

    exercices: ExercicesDto | None
    general_account: ParametresGenerauxDto | None
    auxiliary_account: ParametresTiersDto | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        from ..models.exercices_dto import ExercicesDto  # noqa: PLC0415
        from ..models.parametres_generaux_dto import ParametresGenerauxDto  # noqa: PLC0415
        from ..models.parametres_tiers_dto import ParametresTiersDto  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.exercices
        if value is UNSET:
            raise ArgumentTypeError("is required", parameter="FolderSettingsUpdate.exercices")
        field_dict["exercices"] = dump_model(value, "FolderSettingsUpdate.exercices", ExercicesDto, False)
        value = self.general_account
        if value is UNSET:
            raise ArgumentTypeError("is required", parameter="FolderSettingsUpdate.general_account")
        field_dict["generalAccount"] = dump_model(
            value, "FolderSettingsUpdate.general_account", ParametresGenerauxDto, False
        )
        value = self.auxiliary_account
        if value is UNSET:
            raise ArgumentTypeError("is required", parameter="FolderSettingsUpdate.auxiliary_account")
        field_dict["auxiliaryAccount"] = dump_model(
            value, "FolderSettingsUpdate.auxiliary_account", ParametresTiersDto, False
        )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object (a response body or part of one) at JSON pointer ``_path``.

        ``null`` reads as None; numeric strings, dates given as date-times and enum names are accepted;
        anything else that does not fit raises ``ResponseValidationError`` naming its path.
        """
        from ..models.exercices_dto import ExercicesDto  # noqa: PLC0415
        from ..models.parametres_generaux_dto import ParametresGenerauxDto  # noqa: PLC0415
        from ..models.parametres_tiers_dto import ParametresTiersDto  # noqa: PLC0415

        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise invalid(_path, None, "an object", src_dict)
        get = src_dict.get
        exercices = get("exercices", UNSET)
        if exercices is UNSET:
            raise missing(_path, "exercices", "an object")
        if exercices is not UNSET:
            exercices = ExercicesDto._read(exercices, _path, "exercices")
        general_account = get("generalAccount", UNSET)
        if general_account is UNSET:
            raise missing(_path, "generalAccount", "an object")
        if general_account is not UNSET:
            general_account = ParametresGenerauxDto._read(general_account, _path, "generalAccount")
        auxiliary_account = get("auxiliaryAccount", UNSET)
        if auxiliary_account is UNSET:
            raise missing(_path, "auxiliaryAccount", "an object")
        if auxiliary_account is not UNSET:
            auxiliary_account = ParametresTiersDto._read(auxiliary_account, _path, "auxiliaryAccount")
        folder_settings_update = object.__new__(cls)
        folder_settings_update.exercices = exercices
        folder_settings_update.general_account = general_account
        folder_settings_update.auxiliary_account = auxiliary_account
        folder_settings_update.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            folder_settings_update.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return folder_settings_update

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (FolderSettingsUpdate)", value)

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
        "exercices",
        "generalAccount",
        "auxiliaryAccount",
    }
)
