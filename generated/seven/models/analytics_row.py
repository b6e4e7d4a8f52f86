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

    date: datetime.date | Unset = UNSET
    label: str | Unset = UNSET
    account: str | Unset = UNSET
    country: str | Unset = UNSET
    sms: int | Unset = UNSET
    rcs: int | Unset = UNSET
    voice: int | Unset = UNSET
    hlr: int | Unset = UNSET
    mnp: int | Unset = UNSET
    inbound: int | Unset = UNSET
    usage_eur: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        label = self.label

        account = self.account

        country = self.country

        sms = self.sms

        rcs = self.rcs

        voice = self.voice

        hlr = self.hlr

        mnp = self.mnp

        inbound = self.inbound

        usage_eur = self.usage_eur

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if label is not UNSET:
            field_dict["label"] = label
        if account is not UNSET:
            field_dict["account"] = account
        if country is not UNSET:
            field_dict["country"] = country
        if sms is not UNSET:
            field_dict["sms"] = sms
        if rcs is not UNSET:
            field_dict["rcs"] = rcs
        if voice is not UNSET:
            field_dict["voice"] = voice
        if hlr is not UNSET:
            field_dict["hlr"] = hlr
        if mnp is not UNSET:
            field_dict["mnp"] = mnp
        if inbound is not UNSET:
            field_dict["inbound"] = inbound
        if usage_eur is not UNSET:
            field_dict["usage_eur"] = usage_eur

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _date = d.pop("date", UNSET)
        date: datetime.date | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.date.fromisoformat(_date)

        label = d.pop("label", UNSET)

        account = d.pop("account", UNSET)

        country = d.pop("country", UNSET)

        sms = d.pop("sms", UNSET)

        rcs = d.pop("rcs", UNSET)

        voice = d.pop("voice", UNSET)

        hlr = d.pop("hlr", UNSET)

        mnp = d.pop("mnp", UNSET)

        inbound = d.pop("inbound", UNSET)

        _usage_eur = d.pop("usage_eur", UNSET)
        usage_eur: Decimal | Unset
        if isinstance(_usage_eur, Unset):
            usage_eur = UNSET
        else:
            usage_eur = to_decimal(_usage_eur)

        analytics_row = cls(
            date=date,
            label=label,
            account=account,
            country=country,
            sms=sms,
            rcs=rcs,
            voice=voice,
            hlr=hlr,
            mnp=mnp,
            inbound=inbound,
            usage_eur=usage_eur,
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
