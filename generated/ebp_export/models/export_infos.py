from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.export_infos_response import ExportInfosResponse


T = TypeVar("T", bound="ExportInfos")


@_attrs_define
class ExportInfos:
    """Informations sur l'exécution de l'export.

    Attributes:
        return_code (int | Unset): Code retour de l'exécution.
        message (str | Unset): Message de l'exécution.
        response (ExportInfosResponse | Unset): Réponse détaillée de l'exécution de l'export.
    """

    return_code: int | Unset = UNSET
    message: str | Unset = UNSET
    response: ExportInfosResponse | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return_code = self.return_code

        message = self.message

        response: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response, Unset):
            response = self.response.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if return_code is not UNSET:
            field_dict["returnCode"] = return_code
        if message is not UNSET:
            field_dict["message"] = message
        if response is not UNSET:
            field_dict["response"] = response

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.export_infos_response import ExportInfosResponse  # noqa: PLC0415

        d = dict(src_dict)
        return_code = d.pop("returnCode", UNSET)

        message = d.pop("message", UNSET)

        _response = d.pop("response", UNSET)
        response: ExportInfosResponse | Unset
        if isinstance(_response, Unset):
            response = UNSET
        else:
            response = ExportInfosResponse.from_dict(_response)

        export_infos = cls(
            return_code=return_code,
            message=message,
            response=response,
        )

        export_infos.additional_properties = d
        return export_infos

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
