from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.status_change_method import StatusChangeMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="GeneralAccountStatusUpdate")


@_attrs_define
class GeneralAccountStatusUpdate:
    """Modification du statut d'un ou plusieurs comptes généraux. Les champs `isActive`,
    `isRacine`, `isCollective`, `search` et `class` sont des filtres.

        Attributes:
            uuids (list[UUID] | Unset): UUIDs des comptes.
            method (StatusChangeMethod | Unset): Portée de la modification de statut :
                1 = ne change que les UUIDs listés (OnlyUuids) ;
                2 = change tout sauf les UUIDs listés (AllExceptUuids).
            active (bool | Unset): Mettre true pour rendre actif.
            is_active (bool | Unset): Filtre : est actif.
            is_racine (bool | Unset): Filtre : est un compte racine.
            is_collective (bool | Unset): Filtre : est collectif.
            search (str | Unset): Filtre : recherche globale.
            class_ (int | Unset): Filtre : classe de comptes.
    """

    uuids: list[UUID] | Unset = UNSET
    method: StatusChangeMethod | Unset = UNSET
    active: bool | Unset = UNSET
    is_active: bool | Unset = UNSET
    is_racine: bool | Unset = UNSET
    is_collective: bool | Unset = UNSET
    search: str | Unset = UNSET
    class_: int | Unset = UNSET
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

        is_active = self.is_active

        is_racine = self.is_racine

        is_collective = self.is_collective

        search = self.search

        class_ = self.class_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuids is not UNSET:
            field_dict["uuids"] = uuids
        if method is not UNSET:
            field_dict["method"] = method
        if active is not UNSET:
            field_dict["active"] = active
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if is_racine is not UNSET:
            field_dict["isRacine"] = is_racine
        if is_collective is not UNSET:
            field_dict["isCollective"] = is_collective
        if search is not UNSET:
            field_dict["search"] = search
        if class_ is not UNSET:
            field_dict["class"] = class_

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

        is_active = d.pop("isActive", UNSET)

        is_racine = d.pop("isRacine", UNSET)

        is_collective = d.pop("isCollective", UNSET)

        search = d.pop("search", UNSET)

        class_ = d.pop("class", UNSET)

        general_account_status_update = cls(
            uuids=uuids,
            method=method,
            active=active,
            is_active=is_active,
            is_racine=is_racine,
            is_collective=is_collective,
            search=search,
            class_=class_,
        )

        general_account_status_update.additional_properties = d
        return general_account_status_update

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
