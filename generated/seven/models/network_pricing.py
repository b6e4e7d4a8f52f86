from __future__ import annotations

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
    read_decimal,
    read_list,
    read_str,
)

from ..types import UNSET, Unset

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

    mcc: str | None | Unset = UNSET
    mncs: list[str] | None | Unset = UNSET
    network_name: str | None | Unset = UNSET
    price: Decimal | None | Unset = UNSET
    features: list[str] | None | Unset = UNSET
    comment: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.mcc
        if value is not UNSET:
            field_dict["mcc"] = dump(value, "NetworkPricing.mcc", "str", False)
        value = self.mncs
        if value is not UNSET:
            field_dict["mncs"] = dump(value, "NetworkPricing.mncs", "list", False)
        value = self.network_name
        if value is not UNSET:
            field_dict["networkName"] = dump(value, "NetworkPricing.network_name", "str", False)
        value = self.price
        if value is not UNSET:
            field_dict["price"] = dump(value, "NetworkPricing.price", "number", False)
        value = self.features
        if value is not UNSET:
            field_dict["features"] = dump(value, "NetworkPricing.features", "list", False)
        value = self.comment
        if value is not UNSET:
            field_dict["comment"] = dump(value, "NetworkPricing.comment", "str", False)
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
        mcc = get("mcc", UNSET)
        if mcc.__class__ is not str:
            mcc = read_str(mcc, _path, "mcc")
        mncs = get("mncs", UNSET)
        if mncs is not UNSET:
            mncs = read_list(mncs, _path, "mncs", read_str)
        network_name = get("networkName", UNSET)
        if network_name.__class__ is not str:
            network_name = read_str(network_name, _path, "networkName")
        price = get("price", UNSET)
        if price.__class__ is not Decimal:
            price = read_decimal(price, _path, "price")
        features = get("features", UNSET)
        if features is not UNSET:
            features = read_list(features, _path, "features", read_str)
        comment = get("comment", UNSET)
        if comment.__class__ is not str:
            comment = read_str(comment, _path, "comment")
        network_pricing = object.__new__(cls)
        network_pricing.mcc = mcc
        network_pricing.mncs = mncs
        network_pricing.network_name = network_name
        network_pricing.price = price
        network_pricing.features = features
        network_pricing.comment = comment
        network_pricing.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            network_pricing.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return network_pricing

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (NetworkPricing)", value)

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
        "mcc",
        "mncs",
        "networkName",
        "price",
        "features",
        "comment",
    }
)
