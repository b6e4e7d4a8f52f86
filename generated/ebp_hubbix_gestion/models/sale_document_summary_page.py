from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sale_document_summary import SaleDocumentSummary


T = TypeVar("T", bound="SaleDocumentSummaryPage")


@_attrs_define
class SaleDocumentSummaryPage:
    """Liste paginée des documents de vente.

    Attributes:
        take (int | None | Unset): Nombre d'éléments demandés.
        skip (int | None | Unset): Nombre d'éléments ignorés.
        total (int | Unset): Nombre total d'éléments.
        elements (list[SaleDocumentSummary] | Unset): Les documents de vente.
    """

    take: int | None | Unset = UNSET
    skip: int | None | Unset = UNSET
    total: int | Unset = UNSET
    elements: list[SaleDocumentSummary] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        take: int | None | Unset
        if isinstance(self.take, Unset):
            take = UNSET
        else:
            take = self.take

        skip: int | None | Unset
        if isinstance(self.skip, Unset):
            skip = UNSET
        else:
            skip = self.skip

        total = self.total

        elements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.elements, Unset):
            elements = []
            for elements_item_data in self.elements:
                elements_item = elements_item_data.to_dict()
                elements.append(elements_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if take is not UNSET:
            field_dict["take"] = take
        if skip is not UNSET:
            field_dict["skip"] = skip
        if total is not UNSET:
            field_dict["total"] = total
        if elements is not UNSET:
            field_dict["elements"] = elements

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sale_document_summary import SaleDocumentSummary  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_take(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        take = _parse_take(d.pop("take", UNSET))

        def _parse_skip(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        skip = _parse_skip(d.pop("skip", UNSET))

        total = d.pop("total", UNSET)

        _elements = d.pop("elements", UNSET)
        elements: list[SaleDocumentSummary] | Unset = UNSET
        if _elements is not UNSET:
            elements = []
            for elements_item_data in _elements:
                elements_item = SaleDocumentSummary.from_dict(elements_item_data)

                elements.append(elements_item)

        sale_document_summary_page = cls(
            take=take,
            skip=skip,
            total=total,
            elements=elements,
        )

        sale_document_summary_page.additional_properties = d
        return sale_document_summary_page

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
