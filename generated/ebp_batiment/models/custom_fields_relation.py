from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_fields_association import CustomFieldsAssociation


T = TypeVar("T", bound="CustomFieldsRelation")


@_attrs_define
class CustomFieldsRelation:
    """Une relation entre tables.

    Attributes:
        associations (list[CustomFieldsAssociation] | Unset):
        label (str | Unset):
        use_in_integrity (str | Unset):
    """

    associations: list[CustomFieldsAssociation] | Unset = UNSET
    label: str | Unset = UNSET
    use_in_integrity: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        associations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.associations, Unset):
            associations = []
            for associations_item_data in self.associations:
                associations_item = associations_item_data.to_dict()
                associations.append(associations_item)

        label = self.label

        use_in_integrity = self.use_in_integrity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if associations is not UNSET:
            field_dict["associations"] = associations
        if label is not UNSET:
            field_dict["label"] = label
        if use_in_integrity is not UNSET:
            field_dict["useInIntegrity"] = use_in_integrity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_fields_association import CustomFieldsAssociation  # noqa: PLC0415

        d = dict(src_dict)
        _associations = d.pop("associations", UNSET)
        associations: list[CustomFieldsAssociation] | Unset = UNSET
        if _associations is not UNSET:
            associations = []
            for associations_item_data in _associations:
                associations_item = CustomFieldsAssociation.from_dict(associations_item_data)

                associations.append(associations_item)

        label = d.pop("label", UNSET)

        use_in_integrity = d.pop("useInIntegrity", UNSET)

        custom_fields_relation = cls(
            associations=associations,
            label=label,
            use_in_integrity=use_in_integrity,
        )

        custom_fields_relation.additional_properties = d
        return custom_fields_relation

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
