from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, to_decimal

T = TypeVar("T", bound="NetworkPricing")


@_attrs_define
class NetworkPricing:
    """
    Attributes:
        mcc (str | Unset): Mobile Country Code.
        mncs (list[str] | Unset): Mobile Network Codes du réseau.
        network_name (str | Unset):
        price (Decimal | Unset): Prix d'un SMS vers ce réseau, en euros.
        features (list[str] | Unset): Fonctionnalités du réseau (alpha, numeric, dlr, sc, …).
        comment (str | Unset):
    """

    mcc: str | Unset = UNSET
    mncs: list[str] | Unset = UNSET
    network_name: str | Unset = UNSET
    price: Decimal | Unset = UNSET
    features: list[str] | Unset = UNSET
    comment: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mcc = self.mcc

        mncs: list[str] | Unset = UNSET
        if not isinstance(self.mncs, Unset):
            mncs = self.mncs

        network_name = self.network_name

        price = self.price

        features: list[str] | Unset = UNSET
        if not isinstance(self.features, Unset):
            features = self.features

        comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mcc is not UNSET:
            field_dict["mcc"] = mcc
        if mncs is not UNSET:
            field_dict["mncs"] = mncs
        if network_name is not UNSET:
            field_dict["networkName"] = network_name
        if price is not UNSET:
            field_dict["price"] = price
        if features is not UNSET:
            field_dict["features"] = features
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mcc = d.pop("mcc", UNSET)

        mncs = cast(list[str], d.pop("mncs", UNSET))

        network_name = d.pop("networkName", UNSET)

        _price = d.pop("price", UNSET)
        price: Decimal | Unset
        if isinstance(_price, Unset):
            price = UNSET
        else:
            price = to_decimal(_price)

        features = cast(list[str], d.pop("features", UNSET))

        comment = d.pop("comment", UNSET)

        network_pricing = cls(
            mcc=mcc,
            mncs=mncs,
            network_name=network_name,
            price=price,
            features=features,
            comment=comment,
        )

        network_pricing.additional_properties = d
        return network_pricing

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
