from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.query_row import QueryRow


T = TypeVar("T", bound="QueryItemResult")


@_attrs_define
class QueryItemResult:
    """Résultat d'une requête générique pour un identifiant.

    Attributes:
        result (QueryRow | Unset): Une ligne de résultat : column name -> value; the columns depend on `Columns`
            (dependency columns `Unit.Caption` come back as `Unit_Caption`), values may be null.
    """

    result: QueryRow | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.query_row import QueryRow  # noqa: PLC0415

        d = dict(src_dict)
        _result = d.pop("result", UNSET)
        result: QueryRow | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = QueryRow.from_dict(_result)

        query_item_result = cls(
            result=result,
        )

        query_item_result.additional_properties = d
        return query_item_result

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
