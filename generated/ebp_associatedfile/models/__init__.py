"""Contains all the data models used in inputs/outputs"""

from .add_associated_file_request import AddAssociatedFileRequest
from .associated_file_created import AssociatedFileCreated
from .associated_file_kind import AssociatedFileKind
from .associated_file_status import AssociatedFileStatus
from .associated_file_status_result import AssociatedFileStatusResult
from .ebp_error import EbpError
from .ebp_error_detail import EbpErrorDetail

__all__ = (
    "AddAssociatedFileRequest",
    "AssociatedFileCreated",
    "AssociatedFileKind",
    "AssociatedFileStatus",
    "AssociatedFileStatusResult",
    "EbpError",
    "EbpErrorDetail",
)
