from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from comptoir.runtime.checks import dump, dump_model, to_json
from comptoir.runtime.reading import (
    invalid,
    pointer,
    read_any,
    read_list,
)

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

    exercices: list[Exercice] | None | Unset = UNSET
    general_account: GeneralAccountSettings | None | Unset = UNSET
    entry: EntrySettings | None | Unset = UNSET
    auxiliary_account: AuxiliaryAccountSettings | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        from ..models.auxiliary_account_settings import AuxiliaryAccountSettings  # noqa: PLC0415
        from ..models.entry_settings import EntrySettings  # noqa: PLC0415
        from ..models.general_account_settings import GeneralAccountSettings  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.exercices
        if value is not UNSET:
            field_dict["exercices"] = dump(value, "FolderSettings.exercices", "list", False)
        value = self.general_account
        if value is not UNSET:
            field_dict["generalAccount"] = dump_model(
                value, "FolderSettings.general_account", GeneralAccountSettings, False
            )
        value = self.entry
        if value is not UNSET:
            field_dict["entry"] = dump_model(value, "FolderSettings.entry", EntrySettings, False)
        value = self.auxiliary_account
        if value is not UNSET:
            field_dict["auxiliaryAccount"] = dump_model(
                value, "FolderSettings.auxiliary_account", AuxiliaryAccountSettings, False
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object (a response body or part of one) at JSON pointer ``_path``.

        ``null`` reads as None; numeric strings, dates given as date-times and enum names are accepted;
        anything else that does not fit raises ``ResponseValidationError`` naming its path.
        """
        from ..models.auxiliary_account_settings import AuxiliaryAccountSettings  # noqa: PLC0415
        from ..models.entry_settings import EntrySettings  # noqa: PLC0415
        from ..models.exercice import Exercice  # noqa: PLC0415
        from ..models.general_account_settings import GeneralAccountSettings  # noqa: PLC0415

        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise invalid(_path, None, "an object", src_dict)
        get = src_dict.get
        exercices = get("exercices", UNSET)
        if exercices is not UNSET:
            exercices = read_list(exercices, _path, "exercices", Exercice._read)
        general_account = get("generalAccount", UNSET)
        if general_account is not UNSET:
            general_account = GeneralAccountSettings._read(general_account, _path, "generalAccount")
        entry = get("entry", UNSET)
        if entry is not UNSET:
            entry = EntrySettings._read(entry, _path, "entry")
        auxiliary_account = get("auxiliaryAccount", UNSET)
        if auxiliary_account is not UNSET:
            auxiliary_account = AuxiliaryAccountSettings._read(auxiliary_account, _path, "auxiliaryAccount")
        folder_settings = object.__new__(cls)
        folder_settings.exercices = exercices
        folder_settings.general_account = general_account
        folder_settings.entry = entry
        folder_settings.auxiliary_account = auxiliary_account
        folder_settings.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            folder_settings.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return folder_settings

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (FolderSettings)", value)

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
        "entry",
        "auxiliaryAccount",
    }
)
