from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Paging")


@_attrs_define
class Paging:
    """Pagination du résultat.

    Attributes:
        total (int | Unset): Nombre total d'éléments.
        returned (int | Unset): Nombre d'éléments retournés.
        offset (int | Unset): Décalage appliqué (Offset).
        limit (int | Unset): Nombre maximal d'éléments demandé (Limit).
    """

    total: int | Unset = UNSET
    returned: int | Unset = UNSET
    offset: int | Unset = UNSET
    limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        returned = self.returned

        offset = self.offset

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if returned is not UNSET:
            field_dict["returned"] = returned
        if offset is not UNSET:
            field_dict["offset"] = offset
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total = d.pop("total", UNSET)

        returned = d.pop("returned", UNSET)

        offset = d.pop("offset", UNSET)

        limit = d.pop("limit", UNSET)

        paging = cls(
            total=total,
            returned=returned,
            offset=offset,
            limit=limit,
        )

        paging.additional_properties = d
        return paging

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
