from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ebp_error_detail import EbpErrorDetail


T = TypeVar("T", bound="EbpError")


@_attrs_define
class EbpError:
    """Description du message d'erreur renvoyé par les APIs EBP (FAQ, « Erreurs »). Aucun champ
    n'est documenté comme toujours présent.

        Attributes:
            title (str | Unset): Titre de l'erreur pouvant être affiché dans la partie appelante.
            message (str | Unset): Message de l'erreur pouvant être affiché dans la partie appelante.
            error_type (str | Unset): Type de l'erreur (présent dans l'exemple de la FAQ, non décrit dans son tableau des
                champs).
            errors (list[EbpErrorDetail] | Unset): Liste d'erreurs supplémentaires pour aider à la compréhension du problème
                (liste des
                champs qui ne respectent pas le contrat DTO).
            origin (str | Unset): Permet de cibler l'erreur (API, OLAPI ...).
            system_message (str | Unset): Message remonté par l'exception pour donner des détails sur l'erreur.
    """

    title: str | Unset = UNSET
    message: str | Unset = UNSET
    error_type: str | Unset = UNSET
    errors: list[EbpErrorDetail] | Unset = UNSET
    origin: str | Unset = UNSET
    system_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        message = self.message

        error_type = self.error_type

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        origin = self.origin

        system_message = self.system_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if message is not UNSET:
            field_dict["message"] = message
        if error_type is not UNSET:
            field_dict["errorType"] = error_type
        if errors is not UNSET:
            field_dict["errors"] = errors
        if origin is not UNSET:
            field_dict["origin"] = origin
        if system_message is not UNSET:
            field_dict["systemMessage"] = system_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ebp_error_detail import EbpErrorDetail  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title", UNSET)

        message = d.pop("message", UNSET)

        error_type = d.pop("errorType", UNSET)

        _errors = d.pop("errors", UNSET)
        errors: list[EbpErrorDetail] | Unset = UNSET
        if _errors is not UNSET:
            errors = []
            for errors_item_data in _errors:
                errors_item = EbpErrorDetail.from_dict(errors_item_data)

                errors.append(errors_item)

        origin = d.pop("origin", UNSET)

        system_message = d.pop("systemMessage", UNSET)

        ebp_error = cls(
            title=title,
            message=message,
            error_type=error_type,
            errors=errors,
            origin=origin,
            system_message=system_message,
        )

        ebp_error.additional_properties = d
        return ebp_error

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
