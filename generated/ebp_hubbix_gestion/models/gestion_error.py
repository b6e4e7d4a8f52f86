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
    read_str,
)

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

    status: int | None | Unset = UNSET
    error_code: str | None | Unset = UNSET
    data: GestionErrorDataType0 | None | Unset = UNSET
    message: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.status
        if value is not UNSET:
            field_dict["status"] = dump(value, "GestionError.status", "int", False)
        value = self.error_code
        if value is not UNSET:
            field_dict["errorCode"] = dump(value, "GestionError.error_code", "str", False)
        value = self.data
        if value is not UNSET:
            field_dict["data"] = to_json(value)
        value = self.message
        if value is not UNSET:
            field_dict["message"] = dump(value, "GestionError.message", "str", False)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object (a response body or part of one) at JSON pointer ``_path``.

        ``null`` reads as None; numeric strings, dates given as date-times and enum names are accepted;
        anything else that does not fit raises ``ResponseValidationError`` naming its path.
        """
        from ..models.gestion_error_data_type_0 import GestionErrorDataType0  # noqa: PLC0415

        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise invalid(_path, None, "an object", src_dict)
        get = src_dict.get
        status = get("status", UNSET)
        if status.__class__ is not int:
            status = read_int(status, _path, "status")
        error_code = get("errorCode", UNSET)
        if error_code.__class__ is not str:
            error_code = read_str(error_code, _path, "errorCode")
        data = get("data", UNSET)
        if data is not UNSET:
            data = GestionErrorDataType0._read(data, _path, "data")
        message = get("message", UNSET)
        if message.__class__ is not str:
            message = read_str(message, _path, "message")
        gestion_error = object.__new__(cls)
        gestion_error.status = status
        gestion_error.error_code = error_code
        gestion_error.data = data
        gestion_error.message = message
        gestion_error.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            gestion_error.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return gestion_error

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (GestionError)", value)

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
        "status",
        "errorCode",
        "data",
        "message",
    }
)
