from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from comptoir.runtime.checks import dump, to_json
from comptoir.runtime.reading import (
    invalid,
    pointer,
    read_any,
    read_date,
    read_decimal,
    read_str,
)

from ..types import UNSET, Unset

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

    general_account: str | None | Unset = UNSET
    third_account: None | str | Unset = UNSET
    date: datetime.date | None | Unset = UNSET
    label: str | None | Unset = UNSET
    debit: Decimal | None | Unset = UNSET
    credit: Decimal | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.general_account
        if value is not UNSET:
            field_dict["generalAccount"] = dump(value, "SearchEntryLine.general_account", "str", False)
        value = self.third_account
        if value is not UNSET:
            field_dict["thirdAccount"] = to_json(value)
        value = self.date
        if value is not UNSET:
            field_dict["date"] = dump(value, "SearchEntryLine.date", "date", False)
        value = self.label
        if value is not UNSET:
            field_dict["label"] = dump(value, "SearchEntryLine.label", "str", False)
        value = self.debit
        if value is not UNSET:
            field_dict["debit"] = dump(value, "SearchEntryLine.debit", "number", False)
        value = self.credit
        if value is not UNSET:
            field_dict["credit"] = dump(value, "SearchEntryLine.credit", "number", False)
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
        general_account = get("generalAccount", UNSET)
        if general_account.__class__ is not str:
            general_account = read_str(general_account, _path, "generalAccount")
        third_account = get("thirdAccount", UNSET)
        if third_account.__class__ is not str:
            third_account = read_str(third_account, _path, "thirdAccount")
        date = get("date", UNSET)
        if date is not UNSET:
            date = read_date(date, _path, "date")
        label = get("label", UNSET)
        if label.__class__ is not str:
            label = read_str(label, _path, "label")
        debit = get("debit", UNSET)
        if debit.__class__ is not Decimal:
            debit = read_decimal(debit, _path, "debit")
        credit = get("credit", UNSET)
        if credit.__class__ is not Decimal:
            credit = read_decimal(credit, _path, "credit")
        search_entry_line = object.__new__(cls)
        search_entry_line.general_account = general_account
        search_entry_line.third_account = third_account
        search_entry_line.date = date
        search_entry_line.label = label
        search_entry_line.debit = debit
        search_entry_line.credit = credit
        search_entry_line.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            search_entry_line.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return search_entry_line

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (SearchEntryLine)", value)

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
        "generalAccount",
        "thirdAccount",
        "date",
        "label",
        "debit",
        "credit",
    }
)
