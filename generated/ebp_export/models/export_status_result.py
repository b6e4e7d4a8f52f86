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
    read_str,
)

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

    export_id: str | None | Unset = UNSET
    file_id: str | None | Unset = UNSET
    status: ExportStatus | None | Unset = UNSET
    export_type: ExportFormat | None | Unset = UNSET
    export_infos: ExportInfos | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        from ..models.export_infos import ExportInfos  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.export_id
        if value is not UNSET:
            field_dict["exportId"] = dump(value, "ExportStatusResult.export_id", "str", False)
        value = self.file_id
        if value is not UNSET:
            field_dict["fileId"] = dump(value, "ExportStatusResult.file_id", "str", False)
        value = self.status
        if value is not UNSET:
            field_dict["status"] = dump(value, "ExportStatusResult.status", "enum", False, ExportStatus)
        value = self.export_type
        if value is not UNSET:
            field_dict["exportType"] = dump(value, "ExportStatusResult.export_type", "enum", False, ExportFormat)
        value = self.export_infos
        if value is not UNSET:
            field_dict["exportInfos"] = dump_model(value, "ExportStatusResult.export_infos", ExportInfos, False)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object (a response body or part of one) at JSON pointer ``_path``.

        ``null`` reads as None; numeric strings, dates given as date-times and enum names are accepted;
        anything else that does not fit raises ``ResponseValidationError`` naming its path.
        """
        from ..models.export_infos import ExportInfos  # noqa: PLC0415

        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise invalid(_path, None, "an object", src_dict)
        get = src_dict.get
        export_id = get("exportId", UNSET)
        if export_id.__class__ is not str:
            export_id = read_str(export_id, _path, "exportId")
        file_id = get("fileId", UNSET)
        if file_id.__class__ is not str:
            file_id = read_str(file_id, _path, "fileId")
        status = get("status", UNSET)
        if status.__class__ is str and status in ExportStatus._value2member_map_:
            status = ExportStatus._value2member_map_[status]
        elif status is not UNSET:
            status = ExportStatus._read(status, _path, "status")
        export_type = get("exportType", UNSET)
        if export_type.__class__ is str and export_type in ExportFormat._value2member_map_:
            export_type = ExportFormat._value2member_map_[export_type]
        elif export_type is not UNSET:
            export_type = ExportFormat._read(export_type, _path, "exportType")
        export_infos = get("exportInfos", UNSET)
        if export_infos is not UNSET:
            export_infos = ExportInfos._read(export_infos, _path, "exportInfos")
        export_status_result = object.__new__(cls)
        export_status_result.export_id = export_id
        export_status_result.file_id = file_id
        export_status_result.status = status
        export_status_result.export_type = export_type
        export_status_result.export_infos = export_infos
        export_status_result.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            export_status_result.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return export_status_result

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (ExportStatusResult)", value)

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
        "exportId",
        "fileId",
        "status",
        "exportType",
        "exportInfos",
    }
)
