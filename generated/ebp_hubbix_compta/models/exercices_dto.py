from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from comptoir.errors import ArgumentTypeError
from comptoir.runtime.checks import dump, to_json
from comptoir.runtime.reading import (
    invalid,
    missing,
    pointer,
    read_any,
    read_datetime,
)

from ..types import UNSET

T = TypeVar("T", bound="ExercicesDto")


@_attrs_define
class ExercicesDto:
    """Exercices (ExercicesDTO).

    Attributes:
        start_date (datetime.datetime): Date de début.
        end_date (datetime.datetime): Date de fin.
        end_next_date (datetime.datetime): Date de fin de l'exercice suivant.
    """

    start_date: datetime.datetime | None
    end_date: datetime.datetime | None
    end_next_date: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.start_date
        if value is UNSET:
            raise ArgumentTypeError("is required", parameter="ExercicesDto.start_date")
        field_dict["startDate"] = dump(value, "ExercicesDto.start_date", "datetime", False)
        value = self.end_date
        if value is UNSET:
            raise ArgumentTypeError("is required", parameter="ExercicesDto.end_date")
        field_dict["endDate"] = dump(value, "ExercicesDto.end_date", "datetime", False)
        value = self.end_next_date
        if value is UNSET:
            raise ArgumentTypeError("is required", parameter="ExercicesDto.end_next_date")
        field_dict["endNextDate"] = dump(value, "ExercicesDto.end_next_date", "datetime", False)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object (a response body or part of one) at JSON pointer ``_path``.

        ``null`` reads as None; numeric strings, dates given as date-times and enum names are accepted;
        anything else that does not fit raises ``ResponseValidationError`` naming its path.
        """
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise invalid(_path, None, "an object", src_dict)
        get = src_dict.get
        start_date = get("startDate", UNSET)
        if start_date is UNSET:
            raise missing(_path, "startDate", "a date-time")
        if start_date is not UNSET:
            start_date = read_datetime(start_date, _path, "startDate")
        end_date = get("endDate", UNSET)
        if end_date is UNSET:
            raise missing(_path, "endDate", "a date-time")
        if end_date is not UNSET:
            end_date = read_datetime(end_date, _path, "endDate")
        end_next_date = get("endNextDate", UNSET)
        if end_next_date is UNSET:
            raise missing(_path, "endNextDate", "a date-time")
        if end_next_date is not UNSET:
            end_next_date = read_datetime(end_next_date, _path, "endNextDate")
        exercices_dto = object.__new__(cls)
        exercices_dto.start_date = start_date
        exercices_dto.end_date = end_date
        exercices_dto.end_next_date = end_next_date
        exercices_dto.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            exercices_dto.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return exercices_dto

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (ExercicesDto)", value)

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
        "startDate",
        "endDate",
        "endNextDate",
    }
)
