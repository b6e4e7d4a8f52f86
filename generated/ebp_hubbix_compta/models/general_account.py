from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from comptoir.runtime.checks import dump, to_json
from comptoir.runtime.reading import (
    invalid,
    pointer,
    read_any,
    read_bool,
    read_str,
    read_uuid,
)

from ..types import UNSET, Unset

T = TypeVar("T", bound="GeneralAccount")


@_attrs_define
class GeneralAccount:
    """Compte général. La liste (`GET /v1/general-account`) ne renvoie qu'une partie des champs.

    Attributes:
        uuid (UUID | Unset): UUID du compte.
        number (str | Unset): Numéro de compte.
        label (str | Unset): Libellé.
        active (bool | Unset): Est actif.
        collective (bool | Unset): Est collectif.
        racine (bool | Unset): Est un compte racine.
        movement (bool | Unset): Le compte a des mouvements.
        tax_type (None | str | Unset): Nature de taxe.
        operation_type (None | str | Unset): Type d'opération.
        calculation_option (None | str | Unset): Option de calcul.
        account_used_for_entry_generation (bool | None | Unset): Compte utilisé pour la génération d'écritures.
        belongs_to_transfer_parameters (bool | Unset): Appartient aux paramètres de transfert.
    """

    uuid: UUID | None | Unset = UNSET
    number: str | None | Unset = UNSET
    label: str | None | Unset = UNSET
    active: bool | None | Unset = UNSET
    collective: bool | None | Unset = UNSET
    racine: bool | None | Unset = UNSET
    movement: bool | None | Unset = UNSET
    tax_type: None | str | Unset = UNSET
    operation_type: None | str | Unset = UNSET
    calculation_option: None | str | Unset = UNSET
    account_used_for_entry_generation: bool | None | Unset = UNSET
    belongs_to_transfer_parameters: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.uuid
        if value is not UNSET:
            field_dict["uuid"] = dump(value, "GeneralAccount.uuid", "uuid", False)
        value = self.number
        if value is not UNSET:
            field_dict["number"] = dump(value, "GeneralAccount.number", "str", False)
        value = self.label
        if value is not UNSET:
            field_dict["label"] = dump(value, "GeneralAccount.label", "str", False)
        value = self.active
        if value is not UNSET:
            field_dict["active"] = dump(value, "GeneralAccount.active", "bool", False)
        value = self.collective
        if value is not UNSET:
            field_dict["collective"] = dump(value, "GeneralAccount.collective", "bool", False)
        value = self.racine
        if value is not UNSET:
            field_dict["racine"] = dump(value, "GeneralAccount.racine", "bool", False)
        value = self.movement
        if value is not UNSET:
            field_dict["movement"] = dump(value, "GeneralAccount.movement", "bool", False)
        value = self.tax_type
        if value is not UNSET:
            field_dict["taxType"] = to_json(value)
        value = self.operation_type
        if value is not UNSET:
            field_dict["operationType"] = to_json(value)
        value = self.calculation_option
        if value is not UNSET:
            field_dict["calculationOption"] = to_json(value)
        value = self.account_used_for_entry_generation
        if value is not UNSET:
            field_dict["accountUsedForEntryGeneration"] = to_json(value)
        value = self.belongs_to_transfer_parameters
        if value is not UNSET:
            field_dict["belongsToTransferParameters"] = dump(
                value, "GeneralAccount.belongs_to_transfer_parameters", "bool", False
            )
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object (a response body or part of one) at JSON pointer ``_path``.

        ``null`` reads as None; numeric strings, dates given as date-times and enum names are accepted;
        anything else that does not fit raises ``ResponseValidationError`` naming its path.
        """
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise invalid(_path, None, "an object", src_dict)
        get = src_dict.get
        uuid = get("uuid", UNSET)
        if uuid is not UNSET:
            uuid = read_uuid(uuid, _path, "uuid")
        number = get("number", UNSET)
        if number.__class__ is not str:
            number = read_str(number, _path, "number")
        label = get("label", UNSET)
        if label.__class__ is not str:
            label = read_str(label, _path, "label")
        active = get("active", UNSET)
        if active.__class__ is not bool:
            active = read_bool(active, _path, "active")
        collective = get("collective", UNSET)
        if collective.__class__ is not bool:
            collective = read_bool(collective, _path, "collective")
        racine = get("racine", UNSET)
        if racine.__class__ is not bool:
            racine = read_bool(racine, _path, "racine")
        movement = get("movement", UNSET)
        if movement.__class__ is not bool:
            movement = read_bool(movement, _path, "movement")
        tax_type = get("taxType", UNSET)
        if tax_type.__class__ is not str:
            tax_type = read_str(tax_type, _path, "taxType")
        operation_type = get("operationType", UNSET)
        if operation_type.__class__ is not str:
            operation_type = read_str(operation_type, _path, "operationType")
        calculation_option = get("calculationOption", UNSET)
        if calculation_option.__class__ is not str:
            calculation_option = read_str(calculation_option, _path, "calculationOption")
        account_used_for_entry_generation = get("accountUsedForEntryGeneration", UNSET)
        if account_used_for_entry_generation.__class__ is not bool:
            account_used_for_entry_generation = read_bool(
                account_used_for_entry_generation, _path, "accountUsedForEntryGeneration"
            )
        belongs_to_transfer_parameters = get("belongsToTransferParameters", UNSET)
        if belongs_to_transfer_parameters.__class__ is not bool:
            belongs_to_transfer_parameters = read_bool(
                belongs_to_transfer_parameters, _path, "belongsToTransferParameters"
            )
        general_account = object.__new__(cls)
        general_account.uuid = uuid
        general_account.number = number
        general_account.label = label
        general_account.active = active
        general_account.collective = collective
        general_account.racine = racine
        general_account.movement = movement
        general_account.tax_type = tax_type
        general_account.operation_type = operation_type
        general_account.calculation_option = calculation_option
        general_account.account_used_for_entry_generation = account_used_for_entry_generation
        general_account.belongs_to_transfer_parameters = belongs_to_transfer_parameters
        general_account.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            general_account.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return general_account

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (GeneralAccount)", value)

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
        "number",
        "label",
        "active",
        "collective",
        "racine",
        "movement",
        "taxType",
        "operationType",
        "calculationOption",
        "accountUsedForEntryGeneration",
        "belongsToTransferParameters",
    }
)
