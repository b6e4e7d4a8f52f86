from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.item_status import ItemStatus
from ..models.item_type import ItemType
from ..types import UNSET, Unset, to_decimal

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

    id: int | Unset = UNSET
    code: str | Unset = UNSET
    label: str | Unset = UNSET
    item_type: ItemType | Unset = UNSET
    vat_rate: Decimal | Unset = UNSET
    price_vat_excluded: Decimal | Unset = UNSET
    price_vat_included: Decimal | Unset = UNSET
    can_delete: bool | Unset = UNSET
    item_status: ItemStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        code = self.code

        label = self.label

        item_type: str | Unset = UNSET
        if not isinstance(self.item_type, Unset):
            item_type = self.item_type.value

        vat_rate = self.vat_rate

        price_vat_excluded = self.price_vat_excluded

        price_vat_included = self.price_vat_included

        can_delete = self.can_delete

        item_status: int | Unset = UNSET
        if not isinstance(self.item_status, Unset):
            item_status = self.item_status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if code is not UNSET:
            field_dict["code"] = code
        if label is not UNSET:
            field_dict["label"] = label
        if item_type is not UNSET:
            field_dict["itemType"] = item_type
        if vat_rate is not UNSET:
            field_dict["vatRate"] = vat_rate
        if price_vat_excluded is not UNSET:
            field_dict["priceVatExcluded"] = price_vat_excluded
        if price_vat_included is not UNSET:
            field_dict["priceVatIncluded"] = price_vat_included
        if can_delete is not UNSET:
            field_dict["canDelete"] = can_delete
        if item_status is not UNSET:
            field_dict["itemStatus"] = item_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        code = d.pop("code", UNSET)

        label = d.pop("label", UNSET)

        _item_type = d.pop("itemType", UNSET)
        item_type: ItemType | Unset
        if isinstance(_item_type, Unset):
            item_type = UNSET
        else:
            item_type = ItemType(_item_type)

        _vat_rate = d.pop("vatRate", UNSET)
        vat_rate: Decimal | Unset
        if isinstance(_vat_rate, Unset):
            vat_rate = UNSET
        else:
            vat_rate = to_decimal(_vat_rate)

        _price_vat_excluded = d.pop("priceVatExcluded", UNSET)
        price_vat_excluded: Decimal | Unset
        if isinstance(_price_vat_excluded, Unset):
            price_vat_excluded = UNSET
        else:
            price_vat_excluded = to_decimal(_price_vat_excluded)

        _price_vat_included = d.pop("priceVatIncluded", UNSET)
        price_vat_included: Decimal | Unset
        if isinstance(_price_vat_included, Unset):
            price_vat_included = UNSET
        else:
            price_vat_included = to_decimal(_price_vat_included)

        can_delete = d.pop("canDelete", UNSET)

        _item_status = d.pop("itemStatus", UNSET)
        item_status: ItemStatus | Unset
        if isinstance(_item_status, Unset):
            item_status = UNSET
        else:
            item_status = ItemStatus(_item_status)

        item_summary = cls(
            id=id,
            code=code,
            label=label,
            item_type=item_type,
            vat_rate=vat_rate,
            price_vat_excluded=price_vat_excluded,
            price_vat_included=price_vat_included,
            can_delete=can_delete,
            item_status=item_status,
        )

        item_summary.additional_properties = d
        return item_summary

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
