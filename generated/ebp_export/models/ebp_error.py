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
    read_list,
    read_str,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ebp_error_detail import EbpErrorDetail


T = TypeVar("T", bound="EbpError")


@_attrs_define
class EbpError:
    """Description du message d'erreur renvoyé par les APIs EBP (FAQ, « Erreurs »).
    Aucun champ n'est documenté comme toujours présent.

        Example:
            {'title': 'string', 'message': 'string', 'errorType': 'string', 'errors': [{'errorCode': 'string',
                'errorMessage': 'string'}], 'origin': 'string', 'systemMessage': 'string'}

        Attributes:
            title (str | Unset): Titre de l'erreur pouvant être affiché dans la partie appelante.
            message (str | Unset): Message de l'erreur pouvant être affiché dans la partie appelante.
            error_type (str | Unset): Type de l'erreur (présent dans l'exemple de la documentation, non décrit dans le
                tableau des champs).
            errors (list[EbpErrorDetail] | Unset): Liste d'erreurs supplémentaires pour aider à la compréhension du problème
                (liste des
                champs qui ne respectent pas le contrat DTO).
            origin (str | Unset): Permet de cibler l'erreur (API, OLAPI ...).
            system_message (str | Unset): Message remonté par l'exception pour donner des détails sur l'erreur.
    """

    title: str | None | Unset = UNSET
    message: str | None | Unset = UNSET
    error_type: str | None | Unset = UNSET
    errors: list[EbpErrorDetail] | None | Unset = UNSET
    origin: str | None | Unset = UNSET
    system_message: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.title
        if value is not UNSET:
            field_dict["title"] = dump(value, "EbpError.title", "str", False)
        value = self.message
        if value is not UNSET:
            field_dict["message"] = dump(value, "EbpError.message", "str", False)
        value = self.error_type
        if value is not UNSET:
            field_dict["errorType"] = dump(value, "EbpError.error_type", "str", False)
        value = self.errors
        if value is not UNSET:
            field_dict["errors"] = dump(value, "EbpError.errors", "list", False)
        value = self.origin
        if value is not UNSET:
            field_dict["origin"] = dump(value, "EbpError.origin", "str", False)
        value = self.system_message
        if value is not UNSET:
            field_dict["systemMessage"] = dump(value, "EbpError.system_message", "str", False)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object (a response body or part of one) at JSON pointer ``_path``.

        ``null`` reads as None; numeric strings, dates given as date-times and enum names are accepted;
        anything else that does not fit raises ``ResponseValidationError`` naming its path.
        """
        from ..models.ebp_error_detail import EbpErrorDetail  # noqa: PLC0415

        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise invalid(_path, None, "an object", src_dict)
        get = src_dict.get
        title = get("title", UNSET)
        if title.__class__ is not str:
            title = read_str(title, _path, "title")
        message = get("message", UNSET)
        if message.__class__ is not str:
            message = read_str(message, _path, "message")
        error_type = get("errorType", UNSET)
        if error_type.__class__ is not str:
            error_type = read_str(error_type, _path, "errorType")
        errors = get("errors", UNSET)
        if errors is not UNSET:
            errors = read_list(errors, _path, "errors", EbpErrorDetail._read)
        origin = get("origin", UNSET)
        if origin.__class__ is not str:
            origin = read_str(origin, _path, "origin")
        system_message = get("systemMessage", UNSET)
        if system_message.__class__ is not str:
            system_message = read_str(system_message, _path, "systemMessage")
        ebp_error = object.__new__(cls)
        ebp_error.title = title
        ebp_error.message = message
        ebp_error.error_type = error_type
        ebp_error.errors = errors
        ebp_error.origin = origin
        ebp_error.system_message = system_message
        ebp_error.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            ebp_error.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return ebp_error

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (EbpError)", value)

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
        "title",
        "message",
        "errorType",
        "errors",
        "origin",
        "systemMessage",
    }
)
