from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

    associated_file_id: str | Unset = UNSET
    file_id: str | Unset = UNSET
    status: AssociatedFileStatus | Unset = UNSET
    report: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        associated_file_id = self.associated_file_id

        file_id = self.file_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        report = self.report

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if associated_file_id is not UNSET:
            field_dict["associatedFileId"] = associated_file_id
        if file_id is not UNSET:
            field_dict["fileId"] = file_id
        if status is not UNSET:
            field_dict["status"] = status
        if report is not UNSET:
            field_dict["report"] = report

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        associated_file_id = d.pop("associatedFileId", UNSET)

        file_id = d.pop("fileId", UNSET)

        _status = d.pop("status", UNSET)
        status: AssociatedFileStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = AssociatedFileStatus(_status)

        report = d.pop("report", UNSET)

        associated_file_status_result = cls(
            associated_file_id=associated_file_id,
            file_id=file_id,
            status=status,
            report=report,
        )

        associated_file_status_result.additional_properties = d
        return associated_file_status_result

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
