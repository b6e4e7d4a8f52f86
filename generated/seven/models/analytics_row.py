from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, to_decimal

T = TypeVar("T", bound="AnalyticsRow")


@_attrs_define
class AnalyticsRow:
    """Une ligne de statistiques. Un seul des champs `date`, `label`, `subaccount`, `country` est présent, selon
    `group_by`.

        Attributes:
            sms (int):
            rcs (int):
            voice (int):
            hlr (int):
            mnp (int):
            inbound (int):
            usage_eur (Decimal): Coût en euros.
            date (datetime.date | Unset):
            label (str | Unset):
            subaccount (str | Unset):
            country (str | Unset):
    """

    sms: int
    rcs: int
    voice: int
    hlr: int
    mnp: int
    inbound: int
    usage_eur: Decimal
    date: datetime.date | Unset = UNSET
    label: str | Unset = UNSET
    subaccount: str | Unset = UNSET
    country: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sms = self.sms

        rcs = self.rcs

        voice = self.voice

        hlr = self.hlr

        mnp = self.mnp

        inbound = self.inbound

        usage_eur = self.usage_eur

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        label = self.label

        subaccount = self.subaccount

        country = self.country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sms": sms,
                "rcs": rcs,
                "voice": voice,
                "hlr": hlr,
                "mnp": mnp,
                "inbound": inbound,
                "usage_eur": usage_eur,
            }
        )
        if date is not UNSET:
            field_dict["date"] = date
        if label is not UNSET:
            field_dict["label"] = label
        if subaccount is not UNSET:
            field_dict["subaccount"] = subaccount
        if country is not UNSET:
            field_dict["country"] = country

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sms = d.pop("sms")

        rcs = d.pop("rcs")

        voice = d.pop("voice")

        hlr = d.pop("hlr")

        mnp = d.pop("mnp")

        inbound = d.pop("inbound")

        usage_eur = to_decimal(d.pop("usage_eur"))

        _date = d.pop("date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.date.fromisoformat(_date)

        label = d.pop("label", UNSET)

        subaccount = d.pop("subaccount", UNSET)

        country = d.pop("country", UNSET)

        analytics_row = cls(
            sms=sms,
            rcs=rcs,
            voice=voice,
            hlr=hlr,
            mnp=mnp,
            inbound=inbound,
            usage_eur=usage_eur,
            date=date,
            label=label,
            subaccount=subaccount,
            country=country,
        )

        analytics_row.additional_properties = d
        return analytics_row

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
