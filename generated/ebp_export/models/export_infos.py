from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from comptoir.runtime.checks import dump, dump_model, to_json
from comptoir.runtime.reading import (
    invalid,
    pointer,
    read_any,
    read_int,
    read_str,
)

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

    return_code: int | None | Unset = UNSET
    message: str | None | Unset = UNSET
    response: ExportInfosResponse | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        from ..models.export_infos_response import ExportInfosResponse  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.return_code
        if value is not UNSET:
            field_dict["returnCode"] = dump(value, "ExportInfos.return_code", "int", False)
        value = self.message
        if value is not UNSET:
            field_dict["message"] = dump(value, "ExportInfos.message", "str", False)
        value = self.response
        if value is not UNSET:
            field_dict["response"] = dump_model(value, "ExportInfos.response", ExportInfosResponse, False)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object (a response body or part of one) at JSON pointer ``_path``.

        ``null`` reads as None; numeric strings, dates given as date-times and enum names are accepted;
        anything else that does not fit raises ``ResponseValidationError`` naming its path.
        """
        from ..models.export_infos_response import ExportInfosResponse  # noqa: PLC0415

        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise invalid(_path, None, "an object", src_dict)
        get = src_dict.get
        return_code = get("returnCode", UNSET)
        if return_code.__class__ is not int:
            return_code = read_int(return_code, _path, "returnCode")
        message = get("message", UNSET)
        if message.__class__ is not str:
            message = read_str(message, _path, "message")
        response = get("response", UNSET)
        if response is not UNSET:
            response = ExportInfosResponse._read(response, _path, "response")
        export_infos = object.__new__(cls)
        export_infos.return_code = return_code
        export_infos.message = message
        export_infos.response = response
        export_infos.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            export_infos.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return export_infos

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (ExportInfos)", value)

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
        "returnCode",
        "message",
        "response",
    }
)
