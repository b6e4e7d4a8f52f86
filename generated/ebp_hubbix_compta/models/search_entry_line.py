from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, to_decimal

T = TypeVar("T", bound="SearchEntryLine")


@_attrs_define
class SearchEntryLine:
    """Ligne d'une écriture trouvée par la recherche.

    Attributes:
        general_account (str | Unset): Compte général.
        third_account (None | str | Unset): Compte de tiers.
        date (datetime.date | Unset): Date d'écriture.
        label (str | Unset): Libellé.
        debit (Decimal | Unset): Débit.
        credit (Decimal | Unset): Crédit.
    """

    general_account: str | Unset = UNSET
    third_account: None | str | Unset = UNSET
    date: datetime.date | Unset = UNSET
    label: str | Unset = UNSET
    debit: Decimal | Unset = UNSET
    credit: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        general_account = self.general_account

        third_account: None | str | Unset
        if isinstance(self.third_account, Unset):
            third_account = UNSET
        else:
            third_account = self.third_account

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        label = self.label

        debit = self.debit

        credit = self.credit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if general_account is not UNSET:
            field_dict["generalAccount"] = general_account
        if third_account is not UNSET:
            field_dict["thirdAccount"] = third_account
        if date is not UNSET:
            field_dict["date"] = date
        if label is not UNSET:
            field_dict["label"] = label
        if debit is not UNSET:
            field_dict["debit"] = debit
        if credit is not UNSET:
            field_dict["credit"] = credit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        general_account = d.pop("generalAccount", UNSET)

        def _parse_third_account(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        third_account = _parse_third_account(d.pop("thirdAccount", UNSET))

        _date = d.pop("date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.date.fromisoformat(_date)

        label = d.pop("label", UNSET)

        _debit = d.pop("debit", UNSET)
        debit: Decimal | Unset
        if isinstance(_debit, Unset):
            debit = UNSET
        else:
            debit = to_decimal(_debit)

        _credit = d.pop("credit", UNSET)
        credit: Decimal | Unset
        if isinstance(_credit, Unset):
            credit = UNSET
        else:
            credit = to_decimal(_credit)

        search_entry_line = cls(
            general_account=general_account,
            third_account=third_account,
            date=date,
            label=label,
            debit=debit,
            credit=credit,
        )

        search_entry_line.additional_properties = d
        return search_entry_line

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
