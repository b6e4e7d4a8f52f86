from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from comptoir.runtime.checks import dump, to_json
from comptoir.runtime.reading import (
    invalid,
    pointer,
    read_any,
    read_list,
    read_str,
)

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

    associations: list[CustomFieldsAssociation] | None | Unset = UNSET
    label: str | None | Unset = UNSET
    use_in_integrity: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.associations
        if value is not UNSET:
            field_dict["associations"] = dump(value, "CustomFieldsRelation.associations", "list", False)
        value = self.label
        if value is not UNSET:
            field_dict["label"] = dump(value, "CustomFieldsRelation.label", "str", False)
        value = self.use_in_integrity
        if value is not UNSET:
            field_dict["useInIntegrity"] = dump(value, "CustomFieldsRelation.use_in_integrity", "str", False)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object (a response body or part of one) at JSON pointer ``_path``.

        ``null`` reads as None; numeric strings, dates given as date-times and enum names are accepted;
        anything else that does not fit raises ``ResponseValidationError`` naming its path.
        """
        from ..models.custom_fields_association import CustomFieldsAssociation  # noqa: PLC0415

        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise invalid(_path, None, "an object", src_dict)
        get = src_dict.get
        associations = get("associations", UNSET)
        if associations is not UNSET:
            associations = read_list(associations, _path, "associations", CustomFieldsAssociation._read)
        label = get("label", UNSET)
        if label.__class__ is not str:
            label = read_str(label, _path, "label")
        use_in_integrity = get("useInIntegrity", UNSET)
        if use_in_integrity.__class__ is not str:
            use_in_integrity = read_str(use_in_integrity, _path, "useInIntegrity")
        custom_fields_relation = object.__new__(cls)
        custom_fields_relation.associations = associations
        custom_fields_relation.label = label
        custom_fields_relation.use_in_integrity = use_in_integrity
        custom_fields_relation.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            custom_fields_relation.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return custom_fields_relation

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (CustomFieldsRelation)", value)

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


_KNOWN: frozenset[str] = frozenset(
    {
        "associations",
        "label",
        "useInIntegrity",
    }
)
