from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GeneralAccountUpdate")


@_attrs_define
class GeneralAccountUpdate:
    """Modification d'un compte général.

    Attributes:
        number (str): Numéro de compte.
        label (str): Libellé du compte.
        collective (bool | Unset): Collectif ou non.
        vat_exemption (bool | Unset): Exonération de TVA (présent dans l'exemple seulement, absent du tableau).
        tax_type (str | Unset): Nature de taxe.
        operation_type (str | Unset): Type d'opération.
        calculation_option (str | Unset): Option de calcul.
        account_used_for_entry_generation (bool | Unset): Compte utilisé pour la génération d'écriture.
    """

    number: str
    label: str
    collective: bool | Unset = UNSET
    vat_exemption: bool | Unset = UNSET
    tax_type: str | Unset = UNSET
    operation_type: str | Unset = UNSET
    calculation_option: str | Unset = UNSET
    account_used_for_entry_generation: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        label = self.label

        collective = self.collective

        vat_exemption = self.vat_exemption

        tax_type = self.tax_type

        operation_type = self.operation_type

        calculation_option = self.calculation_option

        account_used_for_entry_generation = self.account_used_for_entry_generation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
                "label": label,
            }
        )
        if collective is not UNSET:
            field_dict["collective"] = collective
        if vat_exemption is not UNSET:
            field_dict["vatExemption"] = vat_exemption
        if tax_type is not UNSET:
            field_dict["taxType"] = tax_type
        if operation_type is not UNSET:
            field_dict["operationType"] = operation_type
        if calculation_option is not UNSET:
            field_dict["calculationOption"] = calculation_option
        if account_used_for_entry_generation is not UNSET:
            field_dict["accountUsedForEntryGeneration"] = account_used_for_entry_generation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number = d.pop("number")

        label = d.pop("label")

        collective = d.pop("collective", UNSET)

        vat_exemption = d.pop("vatExemption", UNSET)

        tax_type = d.pop("taxType", UNSET)

        operation_type = d.pop("operationType", UNSET)

        calculation_option = d.pop("calculationOption", UNSET)

        account_used_for_entry_generation = d.pop("accountUsedForEntryGeneration", UNSET)

        general_account_update = cls(
            number=number,
            label=label,
            collective=collective,
            vat_exemption=vat_exemption,
            tax_type=tax_type,
            operation_type=operation_type,
            calculation_option=calculation_option,
            account_used_for_entry_generation=account_used_for_entry_generation,
        )

        general_account_update.additional_properties = d
        return general_account_update

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
