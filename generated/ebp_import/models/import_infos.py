from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.import_line_detail import ImportLineDetail


T = TypeVar("T", bound="ImportInfos")


@_attrs_define
class ImportInfos:
    """Résultat détaillé de l'import.

    Attributes:
        item_total (int | Unset): Nombre total d'éléments traités.
        item_created (int | Unset): Nombre d'éléments créés.
        item_updated (int | Unset): Nombre d'éléments mis à jour.
        item_error (int | Unset): Nombre d'éléments en erreur.
        details (list[ImportLineDetail] | Unset): Détail par ligne du fichier importé.
    """

    item_total: int | Unset = UNSET
    item_created: int | Unset = UNSET
    item_updated: int | Unset = UNSET
    item_error: int | Unset = UNSET
    details: list[ImportLineDetail] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        item_total = self.item_total

        item_created = self.item_created

        item_updated = self.item_updated

        item_error = self.item_error

        details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = []
            for details_item_data in self.details:
                details_item = details_item_data.to_dict()
                details.append(details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if item_total is not UNSET:
            field_dict["itemTotal"] = item_total
        if item_created is not UNSET:
            field_dict["itemCreated"] = item_created
        if item_updated is not UNSET:
            field_dict["itemUpdated"] = item_updated
        if item_error is not UNSET:
            field_dict["itemError"] = item_error
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.import_line_detail import ImportLineDetail  # noqa: PLC0415

        d = dict(src_dict)
        item_total = d.pop("itemTotal", UNSET)

        item_created = d.pop("itemCreated", UNSET)

        item_updated = d.pop("itemUpdated", UNSET)

        item_error = d.pop("itemError", UNSET)

        _details = d.pop("details", UNSET)
        details: list[ImportLineDetail] | Unset = UNSET
        if _details is not UNSET:
            details = []
            for details_item_data in _details:
                details_item = ImportLineDetail.from_dict(details_item_data)

                details.append(details_item)

        import_infos = cls(
            item_total=item_total,
            item_created=item_created,
            item_updated=item_updated,
            item_error=item_error,
            details=details,
        )

        import_infos.additional_properties = d
        return import_infos

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
