"""Contains all the data models used in inputs/outputs"""

from .create_configurable_export_request import CreateConfigurableExportRequest
from .create_export_request import CreateExportRequest
from .ebp_error import EbpError
from .ebp_error_detail import EbpErrorDetail
from .export_created import ExportCreated
from .export_format import ExportFormat
from .export_infos import ExportInfos
from .export_infos_response import ExportInfosResponse
from .export_kind import ExportKind
from .export_status import ExportStatus
from .export_status_result import ExportStatusResult

__all__ = (
    "CreateConfigurableExportRequest",
    "CreateExportRequest",
    "EbpError",
    "EbpErrorDetail",
    "ExportCreated",
    "ExportFormat",
    "ExportInfos",
    "ExportInfosResponse",
    "ExportKind",
    "ExportStatus",
    "ExportStatusResult",
)
