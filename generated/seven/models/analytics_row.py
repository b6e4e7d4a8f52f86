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
    read_int,
    read_str,
)

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnalyticsRow")


@_attrs_define
class AnalyticsRow:
    """Une ligne de statistiques. Un seul des champs `date`, `label`, `account`, `country` est présent, selon le groupement
    (`group_by=subaccount` gives `account`).

        Attributes:
            date (datetime.date | Unset):
            label (str | Unset):
            account (str | Unset): Le (sous-)compte, quand les lignes sont groupées par sous-compte (`group_by=subaccount`
                or `/analytics/subaccount`); seven.io's published description names this key `account`.
            country (str | Unset):
            sms (int | Unset):
            rcs (int | Unset):
            voice (int | Unset):
            hlr (int | Unset):
            mnp (int | Unset):
            inbound (int | Unset):
            usage_eur (Decimal | Unset): Coût en euros.
    """

    date: datetime.date | None | Unset = UNSET
    label: str | None | Unset = UNSET
    account: str | None | Unset = UNSET
    country: str | None | Unset = UNSET
    sms: int | None | Unset = UNSET
    rcs: int | None | Unset = UNSET
    voice: int | None | Unset = UNSET
    hlr: int | None | Unset = UNSET
    mnp: int | None | Unset = UNSET
    inbound: int | None | Unset = UNSET
    usage_eur: Decimal | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.date
        if value is not UNSET:
            field_dict["date"] = dump(value, "AnalyticsRow.date", "date", False)
        value = self.label
        if value is not UNSET:
            field_dict["label"] = dump(value, "AnalyticsRow.label", "str", False)
        value = self.account
        if value is not UNSET:
            field_dict["account"] = dump(value, "AnalyticsRow.account", "str", False)
        value = self.country
        if value is not UNSET:
            field_dict["country"] = dump(value, "AnalyticsRow.country", "str", False)
        value = self.sms
        if value is not UNSET:
            field_dict["sms"] = dump(value, "AnalyticsRow.sms", "int", False)
        value = self.rcs
        if value is not UNSET:
            field_dict["rcs"] = dump(value, "AnalyticsRow.rcs", "int", False)
        value = self.voice
        if value is not UNSET:
            field_dict["voice"] = dump(value, "AnalyticsRow.voice", "int", False)
        value = self.hlr
        if value is not UNSET:
            field_dict["hlr"] = dump(value, "AnalyticsRow.hlr", "int", False)
        value = self.mnp
        if value is not UNSET:
            field_dict["mnp"] = dump(value, "AnalyticsRow.mnp", "int", False)
        value = self.inbound
        if value is not UNSET:
            field_dict["inbound"] = dump(value, "AnalyticsRow.inbound", "int", False)
        value = self.usage_eur
        if value is not UNSET:
            field_dict["usage_eur"] = dump(value, "AnalyticsRow.usage_eur", "number", False)
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
        date = get("date", UNSET)
        if date is not UNSET:
            date = read_date(date, _path, "date")
        label = get("label", UNSET)
        if label.__class__ is not str:
            label = read_str(label, _path, "label")
        account = get("account", UNSET)
        if account.__class__ is not str:
            account = read_str(account, _path, "account")
        country = get("country", UNSET)
        if country.__class__ is not str:
            country = read_str(country, _path, "country")
        sms = get("sms", UNSET)
        if sms.__class__ is not int:
            sms = read_int(sms, _path, "sms")
        rcs = get("rcs", UNSET)
        if rcs.__class__ is not int:
            rcs = read_int(rcs, _path, "rcs")
        voice = get("voice", UNSET)
        if voice.__class__ is not int:
            voice = read_int(voice, _path, "voice")
        hlr = get("hlr", UNSET)
        if hlr.__class__ is not int:
            hlr = read_int(hlr, _path, "hlr")
        mnp = get("mnp", UNSET)
        if mnp.__class__ is not int:
            mnp = read_int(mnp, _path, "mnp")
        inbound = get("inbound", UNSET)
        if inbound.__class__ is not int:
            inbound = read_int(inbound, _path, "inbound")
        usage_eur = get("usage_eur", UNSET)
        if usage_eur.__class__ is not Decimal:
            usage_eur = read_decimal(usage_eur, _path, "usage_eur")
        analytics_row = object.__new__(cls)
        analytics_row.date = date
        analytics_row.label = label
        analytics_row.account = account
        analytics_row.country = country
        analytics_row.sms = sms
        analytics_row.rcs = rcs
        analytics_row.voice = voice
        analytics_row.hlr = hlr
        analytics_row.mnp = mnp
        analytics_row.inbound = inbound
        analytics_row.usage_eur = usage_eur
        analytics_row.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            analytics_row.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return analytics_row

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (AnalyticsRow)", value)

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
        "date",
        "label",
        "account",
        "country",
        "sms",
        "rcs",
        "voice",
        "hlr",
        "mnp",
        "inbound",
        "usage_eur",
    }
)
