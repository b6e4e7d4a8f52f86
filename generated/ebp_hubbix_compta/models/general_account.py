from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

    uuid: UUID | Unset = UNSET
    number: str | Unset = UNSET
    label: str | Unset = UNSET
    active: bool | Unset = UNSET
    collective: bool | Unset = UNSET
    racine: bool | Unset = UNSET
    movement: bool | Unset = UNSET
    tax_type: None | str | Unset = UNSET
    operation_type: None | str | Unset = UNSET
    calculation_option: None | str | Unset = UNSET
    account_used_for_entry_generation: bool | None | Unset = UNSET
    belongs_to_transfer_parameters: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid)

        number = self.number

        label = self.label

        active = self.active

        collective = self.collective

        racine = self.racine

        movement = self.movement

        tax_type: None | str | Unset
        if isinstance(self.tax_type, Unset):
            tax_type = UNSET
        else:
            tax_type = self.tax_type

        operation_type: None | str | Unset
        if isinstance(self.operation_type, Unset):
            operation_type = UNSET
        else:
            operation_type = self.operation_type

        calculation_option: None | str | Unset
        if isinstance(self.calculation_option, Unset):
            calculation_option = UNSET
        else:
            calculation_option = self.calculation_option

        account_used_for_entry_generation: bool | None | Unset
        if isinstance(self.account_used_for_entry_generation, Unset):
            account_used_for_entry_generation = UNSET
        else:
            account_used_for_entry_generation = self.account_used_for_entry_generation

        belongs_to_transfer_parameters = self.belongs_to_transfer_parameters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if number is not UNSET:
            field_dict["number"] = number
        if label is not UNSET:
            field_dict["label"] = label
        if active is not UNSET:
            field_dict["active"] = active
        if collective is not UNSET:
            field_dict["collective"] = collective
        if racine is not UNSET:
            field_dict["racine"] = racine
        if movement is not UNSET:
            field_dict["movement"] = movement
        if tax_type is not UNSET:
            field_dict["taxType"] = tax_type
        if operation_type is not UNSET:
            field_dict["operationType"] = operation_type
        if calculation_option is not UNSET:
            field_dict["calculationOption"] = calculation_option
        if account_used_for_entry_generation is not UNSET:
            field_dict["accountUsedForEntryGeneration"] = account_used_for_entry_generation
        if belongs_to_transfer_parameters is not UNSET:
            field_dict["belongsToTransferParameters"] = belongs_to_transfer_parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _uuid = d.pop("uuid", UNSET)
        uuid: UUID | Unset
        if isinstance(_uuid, Unset):
            uuid = UNSET
        else:
            uuid = UUID(_uuid)

        number = d.pop("number", UNSET)

        label = d.pop("label", UNSET)

        active = d.pop("active", UNSET)

        collective = d.pop("collective", UNSET)

        racine = d.pop("racine", UNSET)

        movement = d.pop("movement", UNSET)

        def _parse_tax_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tax_type = _parse_tax_type(d.pop("taxType", UNSET))

        def _parse_operation_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        operation_type = _parse_operation_type(d.pop("operationType", UNSET))

        def _parse_calculation_option(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        calculation_option = _parse_calculation_option(d.pop("calculationOption", UNSET))

        def _parse_account_used_for_entry_generation(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        account_used_for_entry_generation = _parse_account_used_for_entry_generation(
            d.pop("accountUsedForEntryGeneration", UNSET)
        )

        belongs_to_transfer_parameters = d.pop("belongsToTransferParameters", UNSET)

        general_account = cls(
            uuid=uuid,
            number=number,
            label=label,
            active=active,
            collective=collective,
            racine=racine,
            movement=movement,
            tax_type=tax_type,
            operation_type=operation_type,
            calculation_option=calculation_option,
            account_used_for_entry_generation=account_used_for_entry_generation,
            belongs_to_transfer_parameters=belongs_to_transfer_parameters,
        )

        general_account.additional_properties = d
        return general_account

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
