from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.import_status import ImportStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.import_infos import ImportInfos


T = TypeVar("T", bound="ImportStatusResult")


@_attrs_define
class ImportStatusResult:
    """Statut et résultat d'un import paramétrable.

    Attributes:
        import_id (str | Unset): Identifiant de l'import.
        file_id (str | Unset): Identifiant du fichier importé.
        status (ImportStatus | Unset): Statut du traitement (Annexe 3 - Détail des valeurs du champ statut) :
            - `Waiting` = En attente de traitement
            - `Starting` = Le traitement a commencé
            - `Completed` = Le traitement est terminé
            - `OperationError` = Une erreur s'est produite (mauvais fichier d'import ...)
            - `EbpOperationException` = Une erreur s'est produite côté EBP
            - `EbpOpenDataBaseError` = Une erreur s'est produite en tentant d'ouvrir le dossier client chez EBP
            - `EbpOlapiError` = Une erreur s'est produite à l'exécution de la commande
             Example: Waiting.
        import_infos (ImportInfos | Unset): Résultat détaillé de l'import.
    """

    import_id: str | Unset = UNSET
    file_id: str | Unset = UNSET
    status: ImportStatus | Unset = UNSET
    import_infos: ImportInfos | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        import_id = self.import_id

        file_id = self.file_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        import_infos: dict[str, Any] | Unset = UNSET
        if not isinstance(self.import_infos, Unset):
            import_infos = self.import_infos.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if import_id is not UNSET:
            field_dict["importId"] = import_id
        if file_id is not UNSET:
            field_dict["fileId"] = file_id
        if status is not UNSET:
            field_dict["status"] = status
        if import_infos is not UNSET:
            field_dict["importInfos"] = import_infos

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.import_infos import ImportInfos  # noqa: PLC0415

        d = dict(src_dict)
        import_id = d.pop("importId", UNSET)

        file_id = d.pop("fileId", UNSET)

        _status = d.pop("status", UNSET)
        status: ImportStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ImportStatus(_status)

        _import_infos = d.pop("importInfos", UNSET)
        import_infos: ImportInfos | Unset
        if isinstance(_import_infos, Unset):
            import_infos = UNSET
        else:
            import_infos = ImportInfos.from_dict(_import_infos)

        import_status_result = cls(
            import_id=import_id,
            file_id=file_id,
            status=status,
            import_infos=import_infos,
        )

        import_status_result.additional_properties = d
        return import_status_result

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
