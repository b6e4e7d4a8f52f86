from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.printing_model_type import PrintingModelType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.printing_model_customization_type_1 import PrintingModelCustomizationType1


T = TypeVar("T", bound="PrintingModel")


@_attrs_define
class PrintingModel:
    """Modèle d'impression.

    Attributes:
        id (int | Unset): Identifiant du modèle d'impression.
        type_ (PrintingModelType | Unset): PrintingModelType - Type de modèle d'impression.
            0 = Epure (Modèle épuré), 1 = Classic (Modèle classique), 2 = ColoredMargin (Modèle épuré
            en dégradé de couleur).
        name (str | Unset): Nom du modèle d'impression.
        parent_id (int | None | Unset): Identifiant du modèle d'impression d'origine (pour les modèles personnalisés ; 0
            pour
            les modèles d'origine dans l'exemple).
        customization (PrintingModelCustomizationType1 | str | Unset): Personnalisation au format JSON (a string per the
            table; the examples return the object; both parse).
        is_default (bool | Unset): Indique si le modèle est défini par défaut.
    """

    id: int | Unset = UNSET
    type_: PrintingModelType | Unset = UNSET
    name: str | Unset = UNSET
    parent_id: int | None | Unset = UNSET
    customization: PrintingModelCustomizationType1 | str | Unset = UNSET
    is_default: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.printing_model_customization_type_1 import PrintingModelCustomizationType1  # noqa: PLC0415

        id = self.id

        type_: int | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        name = self.name

        parent_id: int | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        customization: dict[str, Any] | str | Unset
        if isinstance(self.customization, Unset):
            customization = UNSET
        elif isinstance(self.customization, PrintingModelCustomizationType1):
            customization = self.customization.to_dict()
        else:
            customization = self.customization

        is_default = self.is_default

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if parent_id is not UNSET:
            field_dict["parentId"] = parent_id
        if customization is not UNSET:
            field_dict["customization"] = customization
        if is_default is not UNSET:
            field_dict["isDefault"] = is_default

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.printing_model_customization_type_1 import PrintingModelCustomizationType1  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: PrintingModelType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = PrintingModelType(_type_)

        name = d.pop("name", UNSET)

        def _parse_parent_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        parent_id = _parse_parent_id(d.pop("parentId", UNSET))

        def _parse_customization(data: object) -> PrintingModelCustomizationType1 | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customization_type_1 = PrintingModelCustomizationType1.from_dict(data)

                return customization_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(PrintingModelCustomizationType1 | str | Unset, data)

        customization = _parse_customization(d.pop("customization", UNSET))

        is_default = d.pop("isDefault", UNSET)

        printing_model = cls(
            id=id,
            type_=type_,
            name=name,
            parent_id=parent_id,
            customization=customization,
            is_default=is_default,
        )

        printing_model.additional_properties = d
        return printing_model

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
