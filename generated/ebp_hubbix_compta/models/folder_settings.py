from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auxiliary_account_settings import AuxiliaryAccountSettings
    from ..models.entry_settings import EntrySettings
    from ..models.exercice import Exercice
    from ..models.general_account_settings import GeneralAccountSettings


T = TypeVar("T", bound="FolderSettings")


@_attrs_define
class FolderSettings:
    """Paramètres du domaine.

    Attributes:
        exercices (list[Exercice] | Unset):
        general_account (GeneralAccountSettings | Unset): Paramètres des comptes généraux.
        entry (EntrySettings | Unset): Paramètres de saisie des écritures.
        auxiliary_account (AuxiliaryAccountSettings | Unset): Paramètres des comptes de tiers.
    """

    exercices: list[Exercice] | Unset = UNSET
    general_account: GeneralAccountSettings | Unset = UNSET
    entry: EntrySettings | Unset = UNSET
    auxiliary_account: AuxiliaryAccountSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exercices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.exercices, Unset):
            exercices = []
            for exercices_item_data in self.exercices:
                exercices_item = exercices_item_data.to_dict()
                exercices.append(exercices_item)

        general_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.general_account, Unset):
            general_account = self.general_account.to_dict()

        entry: dict[str, Any] | Unset = UNSET
        if not isinstance(self.entry, Unset):
            entry = self.entry.to_dict()

        auxiliary_account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auxiliary_account, Unset):
            auxiliary_account = self.auxiliary_account.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exercices is not UNSET:
            field_dict["exercices"] = exercices
        if general_account is not UNSET:
            field_dict["generalAccount"] = general_account
        if entry is not UNSET:
            field_dict["entry"] = entry
        if auxiliary_account is not UNSET:
            field_dict["auxiliaryAccount"] = auxiliary_account

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.auxiliary_account_settings import AuxiliaryAccountSettings  # noqa: PLC0415
        from ..models.entry_settings import EntrySettings  # noqa: PLC0415
        from ..models.exercice import Exercice  # noqa: PLC0415
        from ..models.general_account_settings import GeneralAccountSettings  # noqa: PLC0415

        d = dict(src_dict)
        _exercices = d.pop("exercices", UNSET)
        exercices: list[Exercice] | Unset = UNSET
        if _exercices is not UNSET:
            exercices = []
            for exercices_item_data in _exercices:
                exercices_item = Exercice.from_dict(exercices_item_data)

                exercices.append(exercices_item)

        _general_account = d.pop("generalAccount", UNSET)
        general_account: GeneralAccountSettings | Unset
        if isinstance(_general_account, Unset):
            general_account = UNSET
        else:
            general_account = GeneralAccountSettings.from_dict(_general_account)

        _entry = d.pop("entry", UNSET)
        entry: EntrySettings | Unset
        if isinstance(_entry, Unset):
            entry = UNSET
        else:
            entry = EntrySettings.from_dict(_entry)

        _auxiliary_account = d.pop("auxiliaryAccount", UNSET)
        auxiliary_account: AuxiliaryAccountSettings | Unset
        if isinstance(_auxiliary_account, Unset):
            auxiliary_account = UNSET
        else:
            auxiliary_account = AuxiliaryAccountSettings.from_dict(_auxiliary_account)

        folder_settings = cls(
            exercices=exercices,
            general_account=general_account,
            entry=entry,
            auxiliary_account=auxiliary_account,
        )

        folder_settings.additional_properties = d
        return folder_settings

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
