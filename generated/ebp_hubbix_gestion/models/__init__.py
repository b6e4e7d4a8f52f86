"""Contains all the data models used in inputs/outputs"""

from .accounting_transfer_status import AccountingTransferStatus
from .address import Address
from .address_input import AddressInput
from .best_customer import BestCustomer
from .best_customers_indicator import BestCustomersIndicator
from .commitment_customer_indicator import CommitmentCustomerIndicator
from .contact import Contact
from .cost_price_and_margin import CostPriceAndMargin
from .customer import Customer
from .customer_contacts_detail import CustomerContactsDetail
from .customer_create_input import CustomerCreateInput
from .customer_group import CustomerGroup
from .customer_group_input import CustomerGroupInput
from .customer_group_page import CustomerGroupPage
from .customer_type import CustomerType
from .customer_update_input import CustomerUpdateInput
from .ebp_error import EbpError
from .ebp_error_detail import EbpErrorDetail
from .gestion_error import GestionError
from .gestion_error_data_type_0 import GestionErrorDataType0
from .invoicing_contact_detail import InvoicingContactDetail
from .item_detail import ItemDetail
from .item_form import ItemForm
from .item_group import ItemGroup
from .item_group_input import ItemGroupInput
from .item_group_page import ItemGroupPage
from .item_status import ItemStatus
from .item_summary import ItemSummary
from .item_summary_page import ItemSummaryPage
from .item_type import ItemType
from .payment_mode import PaymentMode
from .payment_mode_detail import PaymentModeDetail
from .payment_mode_detail_page import PaymentModeDetailPage
from .payment_mode_input import PaymentModeInput
from .printing_model import PrintingModel
from .printing_model_customization_type_1 import PrintingModelCustomizationType1
from .printing_model_name import PrintingModelName
from .printing_model_type import PrintingModelType
from .profitability import Profitability
from .sale_commitment import SaleCommitment
from .sale_commitment_customer import SaleCommitmentCustomer
from .sale_commitment_document import SaleCommitmentDocument
from .sale_commitment_page import SaleCommitmentPage
from .sale_credit import SaleCredit
from .sale_credit_input import SaleCreditInput
from .sale_deposit_addresses_input import SaleDepositAddressesInput
from .sale_deposit_credit import SaleDepositCredit
from .sale_deposit_credit_input import SaleDepositCreditInput
from .sale_deposit_invoice import SaleDepositInvoice
from .sale_deposit_invoice_input import SaleDepositInvoiceInput
from .sale_document import SaleDocument
from .sale_document_addresses import SaleDocumentAddresses
from .sale_document_addresses_input import SaleDocumentAddressesInput
from .sale_document_commitment import SaleDocumentCommitment
from .sale_document_commitment_input import SaleDocumentCommitmentInput
from .sale_document_footer import SaleDocumentFooter
from .sale_document_footer_input import SaleDocumentFooterInput
from .sale_document_line import SaleDocumentLine
from .sale_document_line_input import SaleDocumentLineInput
from .sale_document_status import SaleDocumentStatus
from .sale_document_summary import SaleDocumentSummary
from .sale_document_summary_page import SaleDocumentSummaryPage
from .sale_document_type import SaleDocumentType
from .sale_invoice import SaleInvoice
from .sale_invoice_input import SaleInvoiceInput
from .sale_quote import SaleQuote
from .sale_quote_addresses_input import SaleQuoteAddressesInput
from .sale_quote_indicator import SaleQuoteIndicator
from .sale_quote_input import SaleQuoteInput
from .sale_unit import SaleUnit
from .sale_unit_detail import SaleUnitDetail
from .sale_unit_detail_filter_type_0 import SaleUnitDetailFilterType0
from .sale_unit_detail_sorting_order_type_0 import SaleUnitDetailSortingOrderType0
from .sale_unit_page import SaleUnitPage
from .settlement import Settlement
from .settlement_page import SettlementPage
from .settlement_term import SettlementTerm
from .settlement_term_input import SettlementTermInput
from .settlement_term_line import SettlementTermLine
from .settlement_term_line_input import SettlementTermLineInput
from .settlement_term_line_type import SettlementTermLineType
from .settlement_term_page import SettlementTermPage
from .settlement_type import SettlementType
from .sort_type import SortType
from .territoriality import Territoriality
from .unit_type import UnitType
from .vat_rate import VatRate
from .vat_summary_line import VatSummaryLine

__all__ = (
    "AccountingTransferStatus",
    "Address",
    "AddressInput",
    "BestCustomer",
    "BestCustomersIndicator",
    "CommitmentCustomerIndicator",
    "Contact",
    "CostPriceAndMargin",
    "Customer",
    "CustomerContactsDetail",
    "CustomerCreateInput",
    "CustomerGroup",
    "CustomerGroupInput",
    "CustomerGroupPage",
    "CustomerType",
    "CustomerUpdateInput",
    "EbpError",
    "EbpErrorDetail",
    "GestionError",
    "GestionErrorDataType0",
    "InvoicingContactDetail",
    "ItemDetail",
    "ItemForm",
    "ItemGroup",
    "ItemGroupInput",
    "ItemGroupPage",
    "ItemStatus",
    "ItemSummary",
    "ItemSummaryPage",
    "ItemType",
    "PaymentMode",
    "PaymentModeDetail",
    "PaymentModeDetailPage",
    "PaymentModeInput",
    "PrintingModel",
    "PrintingModelCustomizationType1",
    "PrintingModelName",
    "PrintingModelType",
    "Profitability",
    "SaleCommitment",
    "SaleCommitmentCustomer",
    "SaleCommitmentDocument",
    "SaleCommitmentPage",
    "SaleCredit",
    "SaleCreditInput",
    "SaleDepositAddressesInput",
    "SaleDepositCredit",
    "SaleDepositCreditInput",
    "SaleDepositInvoice",
    "SaleDepositInvoiceInput",
    "SaleDocument",
    "SaleDocumentAddresses",
    "SaleDocumentAddressesInput",
    "SaleDocumentCommitment",
    "SaleDocumentCommitmentInput",
    "SaleDocumentFooter",
    "SaleDocumentFooterInput",
    "SaleDocumentLine",
    "SaleDocumentLineInput",
    "SaleDocumentStatus",
    "SaleDocumentSummary",
    "SaleDocumentSummaryPage",
    "SaleDocumentType",
    "SaleInvoice",
    "SaleInvoiceInput",
    "SaleQuote",
    "SaleQuoteAddressesInput",
    "SaleQuoteIndicator",
    "SaleQuoteInput",
    "SaleUnit",
    "SaleUnitDetail",
    "SaleUnitDetailFilterType0",
    "SaleUnitDetailSortingOrderType0",
    "SaleUnitPage",
    "Settlement",
    "SettlementPage",
    "SettlementTerm",
    "SettlementTermInput",
    "SettlementTermLine",
    "SettlementTermLineInput",
    "SettlementTermLineType",
    "SettlementTermPage",
    "SettlementType",
    "SortType",
    "Territoriality",
    "UnitType",
    "VatRate",
    "VatSummaryLine",
)
