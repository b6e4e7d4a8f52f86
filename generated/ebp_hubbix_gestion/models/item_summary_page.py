from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from comptoir.runtime.checks import dump, to_json
from comptoir.runtime.reading import (
    invalid,
    pointer,
    read_any,
    read_int,
    read_list,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.item_summary import ItemSummary


T = TypeVar("T", bound="ItemSummaryPage")


@_attrs_define
class ItemSummaryPage:
    """Liste paginée des articles.

    Attributes:
        take (int | None | Unset): Nombre d'éléments demandés.
        skip (int | None | Unset): Nombre d'éléments ignorés.
        total (int | Unset): Nombre total d'éléments.
        elements (list[ItemSummary] | Unset): Les articles.
    """

    take: int | None | Unset = UNSET
    skip: int | None | Unset = UNSET
    total: int | None | Unset = UNSET
    elements: list[ItemSummary] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.take
        if value is not UNSET:
            field_dict["take"] = to_json(value)
        value = self.skip
        if value is not UNSET:
            field_dict["skip"] = to_json(value)
        value = self.total
        if value is not UNSET:
            field_dict["total"] = dump(value, "ItemSummaryPage.total", "int", False)
        value = self.elements
        if value is not UNSET:
            field_dict["elements"] = dump(value, "ItemSummaryPage.elements", "list", False)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object (a response body or part of one) at JSON pointer ``_path``.

        ``null`` reads as None; numeric strings, dates given as date-times and enum names are accepted;
        anything else that does not fit raises ``ResponseValidationError`` naming its path.
        """
        from ..models.item_summary import ItemSummary  # noqa: PLC0415

        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise invalid(_path, None, "an object", src_dict)
        get = src_dict.get
        take = get("take", UNSET)
        if take.__class__ is not int:
            take = read_int(take, _path, "take")
        skip = get("skip", UNSET)
        if skip.__class__ is not int:
            skip = read_int(skip, _path, "skip")
        total = get("total", UNSET)
        if total.__class__ is not int:
            total = read_int(total, _path, "total")
        elements = get("elements", UNSET)
        if elements is not UNSET:
            elements = read_list(elements, _path, "elements", ItemSummary._read)
        item_summary_page = object.__new__(cls)
        item_summary_page.take = take
        item_summary_page.skip = skip
        item_summary_page.total = total
        item_summary_page.elements = elements
        item_summary_page.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            item_summary_page.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return item_summary_page

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (ItemSummaryPage)", value)

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
        "take",
        "skip",
        "total",
        "elements",
    }
)
