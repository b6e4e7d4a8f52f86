from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from comptoir.runtime.checks import dump, to_json
from comptoir.runtime.reading import (
    invalid,
    pointer,
    read_any,
    read_str,
)

from ..models.associated_file_status import AssociatedFileStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="AssociatedFileStatusResult")


@_attrs_define
class AssociatedFileStatusResult:
    """Statut et résultat de l'ajout d'une pièce jointe.

    Attributes:
        associated_file_id (str | Unset): Identifiant du fichier associé.
        file_id (str | Unset): Identifiant du fichier.
        status (AssociatedFileStatus | Unset): Statut du traitement (Annexe 3 - Détail des valeurs du champ statut) :
            - `Waiting` = En attente de traitement
            - `Starting` = Le traitement a commencé
            - `Completed` = Le traitement est terminé
            - `OperationError` = Une erreur s'est produite (mauvais fichier d'import ...)
            - `EbpOperationException` = Une erreur s'est produite côté EBP
            - `EbpOpenDataBaseError` = Une erreur s'est produite en tentant d'ouvrir le dossier client chez EBP
            - `EbpOlapiError` = Une erreur s'est produite à l'exécution de la commande
             Example: Waiting.
        report (str | Unset): Rapport du traitement.
    """

    associated_file_id: str | None | Unset = UNSET
    file_id: str | None | Unset = UNSET
    status: AssociatedFileStatus | None | Unset = UNSET
    report: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.associated_file_id
        if value is not UNSET:
            field_dict["associatedFileId"] = dump(value, "AssociatedFileStatusResult.associated_file_id", "str", False)
        value = self.file_id
        if value is not UNSET:
            field_dict["fileId"] = dump(value, "AssociatedFileStatusResult.file_id", "str", False)
        value = self.status
        if value is not UNSET:
            field_dict["status"] = dump(value, "AssociatedFileStatusResult.status", "enum", False, AssociatedFileStatus)
        value = self.report
        if value is not UNSET:
            field_dict["report"] = dump(value, "AssociatedFileStatusResult.report", "str", False)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object (a response body or part of one) at JSON pointer ``_path``.

        ``null`` reads as None; numeric strings, dates given as date-times and enum names are accepted;
        anything else that does not fit raises ``ResponseValidationError`` naming its path.
        """
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise invalid(_path, None, "an object", src_dict)
        get = src_dict.get
        associated_file_id = get("associatedFileId", UNSET)
        if associated_file_id.__class__ is not str:
            associated_file_id = read_str(associated_file_id, _path, "associatedFileId")
        file_id = get("fileId", UNSET)
        if file_id.__class__ is not str:
            file_id = read_str(file_id, _path, "fileId")
        status = get("status", UNSET)
        if status.__class__ is str and status in AssociatedFileStatus._value2member_map_:
            status = AssociatedFileStatus._value2member_map_[status]
        elif status is not UNSET:
            status = AssociatedFileStatus._read(status, _path, "status")
        report = get("report", UNSET)
        if report.__class__ is not str:
            report = read_str(report, _path, "report")
        associated_file_status_result = object.__new__(cls)
        associated_file_status_result.associated_file_id = associated_file_id
        associated_file_status_result.file_id = file_id
        associated_file_status_result.status = status
        associated_file_status_result.report = report
        associated_file_status_result.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            associated_file_status_result.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return associated_file_status_result

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (AssociatedFileStatusResult)", value)

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
        "associatedFileId",
        "fileId",
        "status",
        "report",
    }
)
