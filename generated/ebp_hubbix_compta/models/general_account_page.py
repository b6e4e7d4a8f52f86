from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.general_account import GeneralAccount


T = TypeVar("T", bound="GeneralAccountPage")


@_attrs_define
class GeneralAccountPage:
    """Page de comptes généraux.

    Attributes:
        data (list[GeneralAccount] | Unset):
        take (int | Unset): Nombre d'éléments demandés.
        skip (int | Unset): Nombre d'éléments ignorés.
        total_records (int | Unset): Nombre total d'éléments.
    """

    data: list[GeneralAccount] | Unset = UNSET
    take: int | Unset = UNSET
    skip: int | Unset = UNSET
    total_records: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        take = self.take

        skip = self.skip

        total_records = self.total_records

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if take is not UNSET:
            field_dict["take"] = take
        if skip is not UNSET:
            field_dict["skip"] = skip
        if total_records is not UNSET:
            field_dict["totalRecords"] = total_records

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.general_account import GeneralAccount  # noqa: PLC0415

        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: list[GeneralAccount] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = GeneralAccount.from_dict(data_item_data)

                data.append(data_item)

        take = d.pop("take", UNSET)

        skip = d.pop("skip", UNSET)

        total_records = d.pop("totalRecords", UNSET)

        general_account_page = cls(
            data=data,
            take=take,
            skip=skip,
            total_records=total_records,
        )

        general_account_page.additional_properties = d
        return general_account_page

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
