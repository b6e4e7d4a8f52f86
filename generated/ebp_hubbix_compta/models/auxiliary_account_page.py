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
    read_int,
    read_list,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auxiliary_account import AuxiliaryAccount


T = TypeVar("T", bound="AuxiliaryAccountPage")


@_attrs_define
class AuxiliaryAccountPage:
    """Page de comptes de tiers.

    Attributes:
        data (list[AuxiliaryAccount] | Unset):
        take (int | Unset): Nombre d'éléments demandés.
        skip (int | Unset): Nombre d'éléments ignorés.
        total_records (int | Unset): Nombre total d'éléments.
    """

    data: list[AuxiliaryAccount] | None | Unset = UNSET
    take: int | None | Unset = UNSET
    skip: int | None | Unset = UNSET
    total_records: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.data
        if value is not UNSET:
            field_dict["data"] = dump(value, "AuxiliaryAccountPage.data", "list", False)
        value = self.take
        if value is not UNSET:
            field_dict["take"] = dump(value, "AuxiliaryAccountPage.take", "int", False)
        value = self.skip
        if value is not UNSET:
            field_dict["skip"] = dump(value, "AuxiliaryAccountPage.skip", "int", False)
        value = self.total_records
        if value is not UNSET:
            field_dict["totalRecords"] = dump(value, "AuxiliaryAccountPage.total_records", "int", False)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object (a response body or part of one) at JSON pointer ``_path``.

        ``null`` reads as None; numeric strings, dates given as date-times and enum names are accepted;
        anything else that does not fit raises ``ResponseValidationError`` naming its path.
        """
        from ..models.auxiliary_account import AuxiliaryAccount  # noqa: PLC0415

        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise invalid(_path, None, "an object", src_dict)
        get = src_dict.get
        data = get("data", UNSET)
        if data is not UNSET:
            data = read_list(data, _path, "data", AuxiliaryAccount._read)
        take = get("take", UNSET)
        if take.__class__ is not int:
            take = read_int(take, _path, "take")
        skip = get("skip", UNSET)
        if skip.__class__ is not int:
            skip = read_int(skip, _path, "skip")
        total_records = get("totalRecords", UNSET)
        if total_records.__class__ is not int:
            total_records = read_int(total_records, _path, "totalRecords")
        auxiliary_account_page = object.__new__(cls)
        auxiliary_account_page.data = data
        auxiliary_account_page.take = take
        auxiliary_account_page.skip = skip
        auxiliary_account_page.total_records = total_records
        auxiliary_account_page.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            auxiliary_account_page.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return auxiliary_account_page

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (AuxiliaryAccountPage)", value)

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
        "data",
        "take",
        "skip",
        "totalRecords",
    }
)
