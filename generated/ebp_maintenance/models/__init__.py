"""Contains all the data models used in inputs/outputs"""

from .ebp_error import EbpError
from .ebp_error_detail import EbpErrorDetail
from .folder import Folder
from .folder_list import FolderList
from .paging import Paging

__all__ = (
    "EbpError",
    "EbpErrorDetail",
    "Folder",
    "FolderList",
    "Paging",
)
