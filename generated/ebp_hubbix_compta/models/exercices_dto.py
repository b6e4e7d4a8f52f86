from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ExercicesDto")


@_attrs_define
class ExercicesDto:
    """Exercices (ExercicesDTO).

    Attributes:
        start_date (datetime.datetime): Date de début.
        end_date (datetime.datetime): Date de fin.
        end_next_date (datetime.datetime): Date de fin de l'exercice suivant.
    """

    start_date: datetime.datetime
    end_date: datetime.datetime
    end_next_date: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_date = self.start_date.isoformat()

        end_date = self.end_date.isoformat()

        end_next_date = self.end_next_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "startDate": start_date,
                "endDate": end_date,
                "endNextDate": end_next_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start_date = datetime.datetime.fromisoformat(d.pop("startDate"))

        end_date = datetime.datetime.fromisoformat(d.pop("endDate"))

        end_next_date = datetime.datetime.fromisoformat(d.pop("endNextDate"))

        exercices_dto = cls(
            start_date=start_date,
            end_date=end_date,
            end_next_date=end_next_date,
        )

        exercices_dto.additional_properties = d
        return exercices_dto

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
