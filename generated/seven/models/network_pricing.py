from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import to_decimal

T = TypeVar("T", bound="NetworkPricing")


@_attrs_define
class NetworkPricing:
    """
    Attributes:
        mcc (str): Mobile Country Code.
        mncs (list[str]): Mobile Network Codes du réseau.
        network_name (str):
        price (Decimal): Prix d'un SMS vers ce réseau, en euros.
        features (list[str]): Fonctionnalités du réseau (alpha, numeric, dlr, sc, …).
        comment (str):
    """

    mcc: str
    mncs: list[str]
    network_name: str
    price: Decimal
    features: list[str]
    comment: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mcc = self.mcc

        mncs = self.mncs

        network_name = self.network_name

        price = self.price

        features = self.features

        comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mcc": mcc,
                "mncs": mncs,
                "networkName": network_name,
                "price": price,
                "features": features,
                "comment": comment,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        mcc = d.pop("mcc")

        mncs = cast(list[str], d.pop("mncs"))

        network_name = d.pop("networkName")

        price = to_decimal(d.pop("price"))

        features = cast(list[str], d.pop("features"))

        comment = d.pop("comment")

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
