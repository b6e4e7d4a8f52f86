"""Contains all the data models used in inputs/outputs"""

from .create_import_request import CreateImportRequest
from .ebp_error import EbpError
from .ebp_error_detail import EbpErrorDetail
from .import_category import ImportCategory
from .import_created import ImportCreated
from .import_entity_reference import ImportEntityReference
from .import_infos import ImportInfos
from .import_line_detail import ImportLineDetail
from .import_line_error import ImportLineError
from .import_model import ImportModel
from .import_model_list import ImportModelList
from .import_model_settings_request import ImportModelSettingsRequest
from .import_model_summary import ImportModelSummary
from .import_status import ImportStatus
from .import_status_result import ImportStatusResult

__all__ = (
    "CreateImportRequest",
    "EbpError",
    "EbpErrorDetail",
    "ImportCategory",
    "ImportCreated",
    "ImportEntityReference",
    "ImportInfos",
    "ImportLineDetail",
    "ImportLineError",
    "ImportModel",
    "ImportModelList",
    "ImportModelSettingsRequest",
    "ImportModelSummary",
    "ImportStatus",
    "ImportStatusResult",
)
