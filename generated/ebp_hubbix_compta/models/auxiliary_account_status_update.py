from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.status_change_method import StatusChangeMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="AuxiliaryAccountStatusUpdate")


@_attrs_define
class AuxiliaryAccountStatusUpdate:
    """Modification du statut d'un ou plusieurs comptes de tiers.

    Attributes:
        uuids (list[UUID] | Unset): Identifiants des comptes.
        method (StatusChangeMethod | Unset): Portée de la modification de statut :
            1 = ne change que les UUIDs listés (OnlyUuids) ;
            2 = change tout sauf les UUIDs listés (AllExceptUuids).
        active (bool | Unset): Actif ou non.
    """

    uuids: list[UUID] | Unset = UNSET
    method: StatusChangeMethod | Unset = UNSET
    active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuids: list[str] | Unset = UNSET
        if not isinstance(self.uuids, Unset):
            uuids = []
            for uuids_item_data in self.uuids:
                uuids_item = str(uuids_item_data)
                uuids.append(uuids_item)

        method: int | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method.value

        active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuids is not UNSET:
            field_dict["uuids"] = uuids
        if method is not UNSET:
            field_dict["method"] = method
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _uuids = d.pop("uuids", UNSET)
        uuids: list[UUID] | Unset = UNSET
        if _uuids is not UNSET:
            uuids = []
            for uuids_item_data in _uuids:
                uuids_item = UUID(uuids_item_data)

                uuids.append(uuids_item)

        _method = d.pop("method", UNSET)
        method: StatusChangeMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = StatusChangeMethod(_method)

        active = d.pop("active", UNSET)

        auxiliary_account_status_update = cls(
            uuids=uuids,
            method=method,
            active=active,
        )

        auxiliary_account_status_update.additional_properties = d
        return auxiliary_account_status_update

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
