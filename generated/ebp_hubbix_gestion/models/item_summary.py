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
    read_bool,
    read_decimal,
    read_int,
    read_str,
)

from ..models.item_status import ItemStatus
from ..models.item_type import ItemType
from ..types import UNSET, Unset

T = TypeVar("T", bound="ItemSummary")


@_attrs_define
class ItemSummary:
    """Article (tout type confondu) dans une liste.

    Attributes:
        id (int | Unset): Identifiant de l'article.
        code (str | Unset): Code unique de l'article.
        label (str | Unset): Libellé ou désignation de l'article.
        item_type (ItemType | Unset): Type de l'article. GoodItem = Marchandises, ServiceItem = Services.
        vat_rate (Decimal | Unset): Taux de TVA applicable à l'article.
        price_vat_excluded (Decimal | Unset): Prix HT de l'article (la documentation écrit aussi `prixVatExcluded`).
        price_vat_included (Decimal | Unset): Prix TTC de l'article (la documentation écrit aussi `prixVaIIncluded`).
        can_delete (bool | Unset): L'article peut être supprimé.
        item_status (ItemStatus | Unset): ItemStatus - Etat de disponibilité d'un article.
            0 = Active (L'article est actif et peut être utilisé), 1 = Inactive (L'article est inactif,
            il ne peut plus être intégré dans un document par exemple).
    """

    id: int | None | Unset = UNSET
    code: str | None | Unset = UNSET
    label: str | None | Unset = UNSET
    item_type: ItemType | None | Unset = UNSET
    vat_rate: Decimal | None | Unset = UNSET
    price_vat_excluded: Decimal | None | Unset = UNSET
    price_vat_included: Decimal | None | Unset = UNSET
    can_delete: bool | None | Unset = UNSET
    item_status: ItemStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.id
        if value is not UNSET:
            field_dict["id"] = dump(value, "ItemSummary.id", "int", False)
        value = self.code
        if value is not UNSET:
            field_dict["code"] = dump(value, "ItemSummary.code", "str", False)
        value = self.label
        if value is not UNSET:
            field_dict["label"] = dump(value, "ItemSummary.label", "str", False)
        value = self.item_type
        if value is not UNSET:
            field_dict["itemType"] = dump(value, "ItemSummary.item_type", "enum", False, ItemType)
        value = self.vat_rate
        if value is not UNSET:
            field_dict["vatRate"] = dump(value, "ItemSummary.vat_rate", "number", False)
        value = self.price_vat_excluded
        if value is not UNSET:
            field_dict["priceVatExcluded"] = dump(value, "ItemSummary.price_vat_excluded", "number", False)
        value = self.price_vat_included
        if value is not UNSET:
            field_dict["priceVatIncluded"] = dump(value, "ItemSummary.price_vat_included", "number", False)
        value = self.can_delete
        if value is not UNSET:
            field_dict["canDelete"] = dump(value, "ItemSummary.can_delete", "bool", False)
        value = self.item_status
        if value is not UNSET:
            field_dict["itemStatus"] = dump(value, "ItemSummary.item_status", "enum", False, ItemStatus)
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
        id = get("id", UNSET)
        if id.__class__ is not int:
            id = read_int(id, _path, "id")
        code = get("code", UNSET)
        if code.__class__ is not str:
            code = read_str(code, _path, "code")
        label = get("label", UNSET)
        if label.__class__ is not str:
            label = read_str(label, _path, "label")
        item_type = get("itemType", UNSET)
        if item_type.__class__ is str and item_type in ItemType._value2member_map_:
            item_type = ItemType._value2member_map_[item_type]
        elif item_type is not UNSET:
            item_type = ItemType._read(item_type, _path, "itemType")
        vat_rate = get("vatRate", UNSET)
        if vat_rate.__class__ is not Decimal:
            vat_rate = read_decimal(vat_rate, _path, "vatRate")
        price_vat_excluded = get("priceVatExcluded", UNSET)
        if price_vat_excluded.__class__ is not Decimal:
            price_vat_excluded = read_decimal(price_vat_excluded, _path, "priceVatExcluded")
        price_vat_included = get("priceVatIncluded", UNSET)
        if price_vat_included.__class__ is not Decimal:
            price_vat_included = read_decimal(price_vat_included, _path, "priceVatIncluded")
        can_delete = get("canDelete", UNSET)
        if can_delete.__class__ is not bool:
            can_delete = read_bool(can_delete, _path, "canDelete")
        item_status = get("itemStatus", UNSET)
        if item_status.__class__ is int and item_status in ItemStatus._value2member_map_:
            item_status = ItemStatus._value2member_map_[item_status]
        elif item_status is not UNSET:
            item_status = ItemStatus._read(item_status, _path, "itemStatus")
        item_summary = object.__new__(cls)
        item_summary.id = id
        item_summary.code = code
        item_summary.label = label
        item_summary.item_type = item_type
        item_summary.vat_rate = vat_rate
        item_summary.price_vat_excluded = price_vat_excluded
        item_summary.price_vat_included = price_vat_included
        item_summary.can_delete = can_delete
        item_summary.item_status = item_status
        item_summary.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            item_summary.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return item_summary

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (ItemSummary)", value)

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
        "id",
        "code",
        "label",
        "itemType",
        "vatRate",
        "priceVatExcluded",
        "priceVatIncluded",
        "canDelete",
        "itemStatus",
    }
)
