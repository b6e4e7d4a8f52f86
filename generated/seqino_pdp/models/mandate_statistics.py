from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, to_decimal

T = TypeVar("T", bound="MandateStatistics")


@_attrs_define
class MandateStatistics:
    """
    Attributes:
        total_mandates (int | Unset):
        average_mandates_per_client (Decimal | Unset):
    """

    total_mandates: int | Unset = UNSET
    average_mandates_per_client: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_mandates = self.total_mandates

        average_mandates_per_client = self.average_mandates_per_client

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total_mandates is not UNSET:
            field_dict["total_mandates"] = total_mandates
        if average_mandates_per_client is not UNSET:
            field_dict["average_mandates_per_client"] = average_mandates_per_client

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_mandates = d.pop("total_mandates", UNSET)

        _average_mandates_per_client = d.pop("average_mandates_per_client", UNSET)
        average_mandates_per_client: Decimal | Unset
        if isinstance(_average_mandates_per_client, Unset):
            average_mandates_per_client = UNSET
        else:
            average_mandates_per_client = to_decimal(_average_mandates_per_client)

        mandate_statistics = cls(
            total_mandates=total_mandates,
            average_mandates_per_client=average_mandates_per_client,
        )

        mandate_statistics.additional_properties = d
        return mandate_statistics

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
