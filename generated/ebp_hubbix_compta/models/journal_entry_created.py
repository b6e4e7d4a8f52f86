from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JournalEntryCreated")


@_attrs_define
class JournalEntryCreated:
    """UUIDs des écritures créées.

    Attributes:
        uuids (list[UUID] | Unset):
    """

    uuids: list[UUID] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuids: list[str] | Unset = UNSET
        if not isinstance(self.uuids, Unset):
            uuids = []
            for uuids_item_data in self.uuids:
                uuids_item = str(uuids_item_data)
                uuids.append(uuids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuids is not UNSET:
            field_dict["uuids"] = uuids

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

        journal_entry_created = cls(
            uuids=uuids,
        )

        journal_entry_created.additional_properties = d
        return journal_entry_created

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
