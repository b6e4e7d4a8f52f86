from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.printing_model_color import PrintingModelColor
    from ..models.printing_model_column_customization import PrintingModelColumnCustomization
    from ..models.printing_model_seller_info import PrintingModelSellerInfo


T = TypeVar("T", bound="PrintingModelCustomization")


@_attrs_define
class PrintingModelCustomization:
    """Personnalisation du modèle d'impression (« au format JSON »).

    Attributes:
        color (PrintingModelColor | Unset): Couleurs du modèle d'impression.
        font_family (str | Unset): Police de caractères. Example: Roboto.
        seller_infos (list[PrintingModelSellerInfo] | None | Unset): Informations vendeur affichées.
        column_customizations (list[PrintingModelColumnCustomization] | None | Unset): Colonnes affichées.
    """

    color: PrintingModelColor | Unset = UNSET
    font_family: str | Unset = UNSET
    seller_infos: list[PrintingModelSellerInfo] | None | Unset = UNSET
    column_customizations: list[PrintingModelColumnCustomization] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        color: dict[str, Any] | Unset = UNSET
        if not isinstance(self.color, Unset):
            color = self.color.to_dict()

        font_family = self.font_family

        seller_infos: list[dict[str, Any]] | None | Unset
        if isinstance(self.seller_infos, Unset):
            seller_infos = UNSET
        elif isinstance(self.seller_infos, list):
            seller_infos = []
            for seller_infos_type_0_item_data in self.seller_infos:
                seller_infos_type_0_item = seller_infos_type_0_item_data.to_dict()
                seller_infos.append(seller_infos_type_0_item)

        else:
            seller_infos = self.seller_infos

        column_customizations: list[dict[str, Any]] | None | Unset
        if isinstance(self.column_customizations, Unset):
            column_customizations = UNSET
        elif isinstance(self.column_customizations, list):
            column_customizations = []
            for column_customizations_type_0_item_data in self.column_customizations:
                column_customizations_type_0_item = column_customizations_type_0_item_data.to_dict()
                column_customizations.append(column_customizations_type_0_item)

        else:
            column_customizations = self.column_customizations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if color is not UNSET:
            field_dict["color"] = color
        if font_family is not UNSET:
            field_dict["fontFamily"] = font_family
        if seller_infos is not UNSET:
            field_dict["sellerInfos"] = seller_infos
        if column_customizations is not UNSET:
            field_dict["columnCustomizations"] = column_customizations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.printing_model_color import PrintingModelColor  # noqa: PLC0415
        from ..models.printing_model_column_customization import PrintingModelColumnCustomization  # noqa: PLC0415
        from ..models.printing_model_seller_info import PrintingModelSellerInfo  # noqa: PLC0415

        d = dict(src_dict)
        _color = d.pop("color", UNSET)
        color: PrintingModelColor | Unset
        if isinstance(_color, Unset):
            color = UNSET
        else:
            color = PrintingModelColor.from_dict(_color)

        font_family = d.pop("fontFamily", UNSET)

        def _parse_seller_infos(data: object) -> list[PrintingModelSellerInfo] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                seller_infos_type_0 = []
                _seller_infos_type_0 = data
                for seller_infos_type_0_item_data in _seller_infos_type_0:
                    seller_infos_type_0_item = PrintingModelSellerInfo.from_dict(seller_infos_type_0_item_data)

                    seller_infos_type_0.append(seller_infos_type_0_item)

                return seller_infos_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PrintingModelSellerInfo] | None | Unset, data)

        seller_infos = _parse_seller_infos(d.pop("sellerInfos", UNSET))

        def _parse_column_customizations(data: object) -> list[PrintingModelColumnCustomization] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                column_customizations_type_0 = []
                _column_customizations_type_0 = data
                for column_customizations_type_0_item_data in _column_customizations_type_0:
                    column_customizations_type_0_item = PrintingModelColumnCustomization.from_dict(
                        column_customizations_type_0_item_data
                    )

                    column_customizations_type_0.append(column_customizations_type_0_item)

                return column_customizations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PrintingModelColumnCustomization] | None | Unset, data)

        column_customizations = _parse_column_customizations(d.pop("columnCustomizations", UNSET))

        printing_model_customization = cls(
            color=color,
            font_family=font_family,
            seller_infos=seller_infos,
            column_customizations=column_customizations,
        )

        printing_model_customization.additional_properties = d
        return printing_model_customization

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
