"""Contains all the data models used in inputs/outputs"""

from .customer import Customer
from .customer_filter import CustomerFilter
from .error import Error
from .error_type import ErrorType
from .flag import Flag
from .invoice import Invoice
from .invoice_filter import InvoiceFilter
from .list_customers_metadata import ListCustomersMetadata
from .list_invoices_metadata import ListInvoicesMetadata
from .metadata import Metadata

__all__ = (
    "Customer",
    "CustomerFilter",
    "Error",
    "ErrorType",
    "Flag",
    "Invoice",
    "InvoiceFilter",
    "ListCustomersMetadata",
    "ListInvoicesMetadata",
    "Metadata",
)
