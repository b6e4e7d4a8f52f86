from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.gestion_error_data_type_0 import GestionErrorDataType0


T = TypeVar("T", bound="GestionError")


@_attrs_define
class GestionError:
    """Erreur renvoyée par l'API Gestion Commerciale (par exemple `Customer.NotFound` en HTTP 404,
    `SaleUnit.NotFound` en HTTP 400). Les réponses 400 documentées n'ont pas de champ `data`.

        Attributes:
            status (int | Unset): Code d'erreur HTTP. Example: 404.
            error_code (str | Unset): Code de l'erreur. Example: Customer.NotFound.
            data (GestionErrorDataType0 | None | Unset): Données complémentaires de l'erreur (objet vide dans les exemples).
            message (str | Unset): Message de l'erreur. Example: EntityId : 1. Le client est introuvable..
    """

    status: int | Unset = UNSET
    error_code: str | Unset = UNSET
    data: GestionErrorDataType0 | None | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.gestion_error_data_type_0 import GestionErrorDataType0  # noqa: PLC0415

        status = self.status

        error_code = self.error_code

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, GestionErrorDataType0):
            data = self.data.to_dict()
        else:
            data = self.data

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code
        if data is not UNSET:
            field_dict["data"] = data
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.gestion_error_data_type_0 import GestionErrorDataType0  # noqa: PLC0415

        d = dict(src_dict)
        status = d.pop("status", UNSET)

        error_code = d.pop("errorCode", UNSET)

        def _parse_data(data: object) -> GestionErrorDataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = GestionErrorDataType0.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GestionErrorDataType0 | None | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        message = d.pop("message", UNSET)

        gestion_error = cls(
            status=status,
            error_code=error_code,
            data=data,
            message=message,
        )

        gestion_error.additional_properties = d
        return gestion_error

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
