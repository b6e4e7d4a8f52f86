from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from comptoir.errors import ArgumentTypeError
from comptoir.runtime.checks import dump, to_json
from comptoir.runtime.reading import (
    invalid,
    missing,
    pointer,
    read_any,
    read_bool,
    read_str,
)

from ..types import UNSET, Unset

T = TypeVar("T", bound="GeneralAccountCreate")


@_attrs_define
class GeneralAccountCreate:
    """Création d'un compte général.

    Attributes:
        number (str): Numéro de compte.
        label (str): Libellé du compte.
        collective (bool | Unset): Collectif.
        tax_type (str | Unset): Nature de taxe.
        operation_type (str | Unset): Type d'opération (par exemple `Achats en franchise`).
        calculation_option (str | Unset): Option de calcul (par exemple `sur_les_encaissements`).
        account_used_for_entry_generation (bool | Unset): Compte utilisé pour la génération d'écritures.
    """

    number: str | None
    label: str | None
    collective: bool | None | Unset = UNSET
    tax_type: str | None | Unset = UNSET
    operation_type: str | None | Unset = UNSET
    calculation_option: str | None | Unset = UNSET
    account_used_for_entry_generation: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.number
        if value is UNSET:
            raise ArgumentTypeError("is required", parameter="GeneralAccountCreate.number")
        field_dict["number"] = dump(value, "GeneralAccountCreate.number", "str", False)
        value = self.label
        if value is UNSET:
            raise ArgumentTypeError("is required", parameter="GeneralAccountCreate.label")
        field_dict["label"] = dump(value, "GeneralAccountCreate.label", "str", False)
        value = self.collective
        if value is not UNSET:
            field_dict["collective"] = dump(value, "GeneralAccountCreate.collective", "bool", False)
        value = self.tax_type
        if value is not UNSET:
            field_dict["taxType"] = dump(value, "GeneralAccountCreate.tax_type", "str", False)
        value = self.operation_type
        if value is not UNSET:
            field_dict["operationType"] = dump(value, "GeneralAccountCreate.operation_type", "str", False)
        value = self.calculation_option
        if value is not UNSET:
            field_dict["calculationOption"] = dump(value, "GeneralAccountCreate.calculation_option", "str", False)
        value = self.account_used_for_entry_generation
        if value is not UNSET:
            field_dict["accountUsedForEntryGeneration"] = dump(
                value, "GeneralAccountCreate.account_used_for_entry_generation", "bool", False
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
        number = get("number", UNSET)
        if number is UNSET:
            raise missing(_path, "number", "a string")
        if number.__class__ is not str:
            number = read_str(number, _path, "number")
        label = get("label", UNSET)
        if label is UNSET:
            raise missing(_path, "label", "a string")
        if label.__class__ is not str:
            label = read_str(label, _path, "label")
        collective = get("collective", UNSET)
        if collective.__class__ is not bool:
            collective = read_bool(collective, _path, "collective")
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
        general_account_create = object.__new__(cls)
        general_account_create.number = number
        general_account_create.label = label
        general_account_create.collective = collective
        general_account_create.tax_type = tax_type
        general_account_create.operation_type = operation_type
        general_account_create.calculation_option = calculation_option
        general_account_create.account_used_for_entry_generation = account_used_for_entry_generation
        general_account_create.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            general_account_create.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return general_account_create

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (GeneralAccountCreate)", value)

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
        "number",
        "label",
        "collective",
        "taxType",
        "operationType",
        "calculationOption",
        "accountUsedForEntryGeneration",
    }
)
