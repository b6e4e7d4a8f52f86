from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

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

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cost_price_and_margin import CostPriceAndMargin


T = TypeVar("T", bound="ItemDetail")


@_attrs_define
class ItemDetail:
    """Article de type [Marchandise] ou [Service].

    Attributes:
        id (int | Unset): Identifiant de l'article.
        code (str | Unset): Code unique de l'article.
        label (str | Unset): Libellé ou désignation de l'article.
        nature_id (int | None | Unset): Identifiant de la nature d'article.
        item_group_id (int | None | Unset): Identifiant de la famille d'article.
        price_vat_excluded (Decimal | Unset): Prix HT de l'article (la documentation écrit aussi `prixVatExcluded`).
        vat_id (int | Unset): Identifiant du taux de TVA.
        vat_rate (Decimal | Unset): Taux de TVA associé.
        price_vat_included (Decimal | Unset): Prix TTC de l'article.
        description (str | Unset): Description détaillée de l'article.
        sales_quantity (Decimal | Unset): Quantité de vente de l'article.
        sale_unit_id (int | None | Unset): Identifiant de l'unité de vente de l'article.
        can_delete (bool | Unset): Indique si l'article peut être supprimé.
        cost_price_and_margin (CostPriceAndMargin | None | Unset): Prix de revient et marge de l'article (null pour
            l'article service de l'exemple).
    """

    id: int | None | Unset = UNSET
    code: str | None | Unset = UNSET
    label: str | None | Unset = UNSET
    nature_id: int | None | Unset = UNSET
    item_group_id: int | None | Unset = UNSET
    price_vat_excluded: Decimal | None | Unset = UNSET
    vat_id: int | None | Unset = UNSET
    vat_rate: Decimal | None | Unset = UNSET
    price_vat_included: Decimal | None | Unset = UNSET
    description: str | None | Unset = UNSET
    sales_quantity: Decimal | None | Unset = UNSET
    sale_unit_id: int | None | Unset = UNSET
    can_delete: bool | None | Unset = UNSET
    cost_price_and_margin: CostPriceAndMargin | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.id
        if value is not UNSET:
            field_dict["id"] = dump(value, "ItemDetail.id", "int", False)
        value = self.code
        if value is not UNSET:
            field_dict["code"] = dump(value, "ItemDetail.code", "str", False)
        value = self.label
        if value is not UNSET:
            field_dict["label"] = dump(value, "ItemDetail.label", "str", False)
        value = self.nature_id
        if value is not UNSET:
            field_dict["natureId"] = to_json(value)
        value = self.item_group_id
        if value is not UNSET:
            field_dict["itemGroupId"] = to_json(value)
        value = self.price_vat_excluded
        if value is not UNSET:
            field_dict["priceVatExcluded"] = dump(value, "ItemDetail.price_vat_excluded", "number", False)
        value = self.vat_id
        if value is not UNSET:
            field_dict["vatId"] = dump(value, "ItemDetail.vat_id", "int", False)
        value = self.vat_rate
        if value is not UNSET:
            field_dict["vatRate"] = dump(value, "ItemDetail.vat_rate", "number", False)
        value = self.price_vat_included
        if value is not UNSET:
            field_dict["priceVatIncluded"] = dump(value, "ItemDetail.price_vat_included", "number", False)
        value = self.description
        if value is not UNSET:
            field_dict["description"] = dump(value, "ItemDetail.description", "str", False)
        value = self.sales_quantity
        if value is not UNSET:
            field_dict["salesQuantity"] = dump(value, "ItemDetail.sales_quantity", "number", False)
        value = self.sale_unit_id
        if value is not UNSET:
            field_dict["saleUnitId"] = to_json(value)
        value = self.can_delete
        if value is not UNSET:
            field_dict["canDelete"] = dump(value, "ItemDetail.can_delete", "bool", False)
        value = self.cost_price_and_margin
        if value is not UNSET:
            field_dict["costPriceAndMargin"] = to_json(value)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object (a response body or part of one) at JSON pointer ``_path``.

        ``null`` reads as None; numeric strings, dates given as date-times and enum names are accepted;
        anything else that does not fit raises ``ResponseValidationError`` naming its path.
        """
        from ..models.cost_price_and_margin import CostPriceAndMargin  # noqa: PLC0415

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
        nature_id = get("natureId", UNSET)
        if nature_id.__class__ is not int:
            nature_id = read_int(nature_id, _path, "natureId")
        item_group_id = get("itemGroupId", UNSET)
        if item_group_id.__class__ is not int:
            item_group_id = read_int(item_group_id, _path, "itemGroupId")
        price_vat_excluded = get("priceVatExcluded", UNSET)
        if price_vat_excluded.__class__ is not Decimal:
            price_vat_excluded = read_decimal(price_vat_excluded, _path, "priceVatExcluded")
        vat_id = get("vatId", UNSET)
        if vat_id.__class__ is not int:
            vat_id = read_int(vat_id, _path, "vatId")
        vat_rate = get("vatRate", UNSET)
        if vat_rate.__class__ is not Decimal:
            vat_rate = read_decimal(vat_rate, _path, "vatRate")
        price_vat_included = get("priceVatIncluded", UNSET)
        if price_vat_included.__class__ is not Decimal:
            price_vat_included = read_decimal(price_vat_included, _path, "priceVatIncluded")
        description = get("description", UNSET)
        if description.__class__ is not str:
            description = read_str(description, _path, "description")
        sales_quantity = get("salesQuantity", UNSET)
        if sales_quantity.__class__ is not Decimal:
            sales_quantity = read_decimal(sales_quantity, _path, "salesQuantity")
        sale_unit_id = get("saleUnitId", UNSET)
        if sale_unit_id.__class__ is not int:
            sale_unit_id = read_int(sale_unit_id, _path, "saleUnitId")
        can_delete = get("canDelete", UNSET)
        if can_delete.__class__ is not bool:
            can_delete = read_bool(can_delete, _path, "canDelete")
        cost_price_and_margin = get("costPriceAndMargin", UNSET)
        if cost_price_and_margin is not UNSET:
            cost_price_and_margin = CostPriceAndMargin._read(cost_price_and_margin, _path, "costPriceAndMargin")
        item_detail = object.__new__(cls)
        item_detail.id = id
        item_detail.code = code
        item_detail.label = label
        item_detail.nature_id = nature_id
        item_detail.item_group_id = item_group_id
        item_detail.price_vat_excluded = price_vat_excluded
        item_detail.vat_id = vat_id
        item_detail.vat_rate = vat_rate
        item_detail.price_vat_included = price_vat_included
        item_detail.description = description
        item_detail.sales_quantity = sales_quantity
        item_detail.sale_unit_id = sale_unit_id
        item_detail.can_delete = can_delete
        item_detail.cost_price_and_margin = cost_price_and_margin
        item_detail.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            item_detail.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return item_detail

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (ItemDetail)", value)

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
        "natureId",
        "itemGroupId",
        "priceVatExcluded",
        "vatId",
        "vatRate",
        "priceVatIncluded",
        "description",
        "salesQuantity",
        "saleUnitId",
        "canDelete",
        "costPriceAndMargin",
    }
)
