from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.export_format import ExportFormat
from ..models.export_status import ExportStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.export_infos import ExportInfos


T = TypeVar("T", bound="ExportStatusResult")


@_attrs_define
class ExportStatusResult:
    """Statut d'un export.

    Attributes:
        export_id (str | Unset): Identifiant de l'export.
        file_id (str | Unset): Identifiant du fichier exporté.
        status (ExportStatus | Unset): Statut du traitement (Annexe 3 - Détail des valeurs du champ statut - Exports) :
            - `Waiting` = En attente de traitement
            - `Starting` = Le traitement a commencé
            - `Completed` = Le traitement est terminé
            - `OperationError` = Une erreur s'est produite (la documentation dit « mauvais fichier d'import ... »)
            - `EbpOperationException` = Une erreur s'est produite côté EBP
            - `EbpOpenDataBaseError` = Une erreur s'est produite en tentant d'ouvrir le dossier client chez EBP
            - `EbpOlapiError` = Une erreur s'est produite à l'exécution de la commande
             Example: Waiting.
        export_type (ExportFormat | Unset): Type (format) d'export. Example: Pdf.
        export_infos (ExportInfos | Unset): Informations sur l'exécution de l'export.
    """

    export_id: str | Unset = UNSET
    file_id: str | Unset = UNSET
    status: ExportStatus | Unset = UNSET
    export_type: ExportFormat | Unset = UNSET
    export_infos: ExportInfos | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        export_id = self.export_id

        file_id = self.file_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        export_type: str | Unset = UNSET
        if not isinstance(self.export_type, Unset):
            export_type = self.export_type.value

        export_infos: dict[str, Any] | Unset = UNSET
        if not isinstance(self.export_infos, Unset):
            export_infos = self.export_infos.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if export_id is not UNSET:
            field_dict["exportId"] = export_id
        if file_id is not UNSET:
            field_dict["fileId"] = file_id
        if status is not UNSET:
            field_dict["status"] = status
        if export_type is not UNSET:
            field_dict["exportType"] = export_type
        if export_infos is not UNSET:
            field_dict["exportInfos"] = export_infos

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.export_infos import ExportInfos  # noqa: PLC0415

        d = dict(src_dict)
        export_id = d.pop("exportId", UNSET)

        file_id = d.pop("fileId", UNSET)

        _status = d.pop("status", UNSET)
        status: ExportStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ExportStatus(_status)

        _export_type = d.pop("exportType", UNSET)
        export_type: ExportFormat | Unset
        if isinstance(_export_type, Unset):
            export_type = UNSET
        else:
            export_type = ExportFormat(_export_type)

        _export_infos = d.pop("exportInfos", UNSET)
        export_infos: ExportInfos | Unset
        if isinstance(_export_infos, Unset):
            export_infos = UNSET
        else:
            export_infos = ExportInfos.from_dict(_export_infos)

        export_status_result = cls(
            export_id=export_id,
            file_id=file_id,
            status=status,
            export_type=export_type,
            export_infos=export_infos,
        )

        export_status_result.additional_properties = d
        return export_status_result

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
