"""Contains all the data models used in inputs/outputs"""

from .allowed_table import AllowedTable
from .client_amount_value import ClientAmountValue
from .client_list import ClientList
from .client_string_value import ClientStringValue
from .client_summary import ClientSummary
from .custom_fields_association import CustomFieldsAssociation
from .custom_fields_column import CustomFieldsColumn
from .custom_fields_database import CustomFieldsDatabase
from .custom_fields_options import CustomFieldsOptions
from .custom_fields_related_column import CustomFieldsRelatedColumn
from .custom_fields_relation import CustomFieldsRelation
from .custom_fields_schema import CustomFieldsSchema
from .custom_fields_table import CustomFieldsTable
from .document_transfer_request import DocumentTransferRequest
from .ebp_error import EbpError
from .ebp_error_detail import EbpErrorDetail
from .folder import Folder
from .folder_list import FolderList
from .paging import Paging
from .query_item_result import QueryItemResult
from .query_result import QueryResult
from .query_row import QueryRow
from .table_dependencies import TableDependencies

__all__ = (
    "AllowedTable",
    "ClientAmountValue",
    "ClientList",
    "ClientStringValue",
    "ClientSummary",
    "CustomFieldsAssociation",
    "CustomFieldsColumn",
    "CustomFieldsDatabase",
    "CustomFieldsOptions",
    "CustomFieldsRelatedColumn",
    "CustomFieldsRelation",
    "CustomFieldsSchema",
    "CustomFieldsTable",
    "DocumentTransferRequest",
    "EbpError",
    "EbpErrorDetail",
    "Folder",
    "FolderList",
    "Paging",
    "QueryItemResult",
    "QueryResult",
    "QueryRow",
    "TableDependencies",
)
