"""Contains all the data models used in inputs/outputs"""

from .adresse_dto import AdresseDto
from .adresse_update_dto import AdresseUpdateDto
from .attachment import Attachment
from .attachment_upload import AttachmentUpload
from .auxiliary_account import AuxiliaryAccount
from .auxiliary_account_address import AuxiliaryAccountAddress
from .auxiliary_account_contact import AuxiliaryAccountContact
from .auxiliary_account_create import AuxiliaryAccountCreate
from .auxiliary_account_created import AuxiliaryAccountCreated
from .auxiliary_account_page import AuxiliaryAccountPage
from .auxiliary_account_settings import AuxiliaryAccountSettings
from .auxiliary_account_status_update import AuxiliaryAccountStatusUpdate
from .auxiliary_account_type import AuxiliaryAccountType
from .auxiliary_account_type_list import AuxiliaryAccountTypeList
from .auxiliary_account_update import AuxiliaryAccountUpdate
from .bank_account import BankAccount
from .bank_transaction import BankTransaction
from .bank_transaction_list import BankTransactionList
from .categories_de_tiers_dto import CategoriesDeTiersDto
from .contact_dto import ContactDto
from .contact_update_dto import ContactUpdateDto
from .counterpart_account import CounterpartAccount
from .domain_information import DomainInformation
from .ebp_error import EbpError
from .ebp_error_detail import EbpErrorDetail
from .entry import Entry
from .entry_line import EntryLine
from .entry_mode import EntryMode
from .entry_settings import EntrySettings
from .entry_summary import EntrySummary
from .exercice import Exercice
from .exercices_dto import ExercicesDto
from .folder_settings import FolderSettings
from .folder_settings_update import FolderSettingsUpdate
from .general_account import GeneralAccount
from .general_account_create import GeneralAccountCreate
from .general_account_page import GeneralAccountPage
from .general_account_settings import GeneralAccountSettings
from .general_account_status_update import GeneralAccountStatusUpdate
from .general_account_update import GeneralAccountUpdate
from .journal import Journal
from .journal_create import JournalCreate
from .journal_entry_created import JournalEntryCreated
from .journal_entry_request import JournalEntryRequest
from .journal_list import JournalList
from .journal_summary import JournalSummary
from .journal_type import JournalType
from .journal_update import JournalUpdate
from .ligne_saisie_ecritures_request import LigneSaisieEcrituresRequest
from .line_entry import LineEntry
from .line_entry_page import LineEntryPage
from .list_bank_transactions_sort import ListBankTransactionsSort
from .message_response import MessageResponse
from .numbering_part_type import NumberingPartType
from .parametres_generaux_dto import ParametresGenerauxDto
from .parametres_tiers_dto import ParametresTiersDto
from .search_entry import SearchEntry
from .search_entry_line import SearchEntryLine
from .status_change_method import StatusChangeMethod
from .status_change_result import StatusChangeResult
from .territoriality import Territoriality
from .vat_rate import VatRate
from .vat_rate_list import VatRateList

__all__ = (
    "AdresseDto",
    "AdresseUpdateDto",
    "Attachment",
    "AttachmentUpload",
    "AuxiliaryAccount",
    "AuxiliaryAccountAddress",
    "AuxiliaryAccountContact",
    "AuxiliaryAccountCreate",
    "AuxiliaryAccountCreated",
    "AuxiliaryAccountPage",
    "AuxiliaryAccountSettings",
    "AuxiliaryAccountStatusUpdate",
    "AuxiliaryAccountType",
    "AuxiliaryAccountTypeList",
    "AuxiliaryAccountUpdate",
    "BankAccount",
    "BankTransaction",
    "BankTransactionList",
    "CategoriesDeTiersDto",
    "ContactDto",
    "ContactUpdateDto",
    "CounterpartAccount",
    "DomainInformation",
    "EbpError",
    "EbpErrorDetail",
    "Entry",
    "EntryLine",
    "EntryMode",
    "EntrySettings",
    "EntrySummary",
    "Exercice",
    "ExercicesDto",
    "FolderSettings",
    "FolderSettingsUpdate",
    "GeneralAccount",
    "GeneralAccountCreate",
    "GeneralAccountPage",
    "GeneralAccountSettings",
    "GeneralAccountStatusUpdate",
    "GeneralAccountUpdate",
    "Journal",
    "JournalCreate",
    "JournalEntryCreated",
    "JournalEntryRequest",
    "JournalList",
    "JournalSummary",
    "JournalType",
    "JournalUpdate",
    "LigneSaisieEcrituresRequest",
    "LineEntry",
    "LineEntryPage",
    "ListBankTransactionsSort",
    "MessageResponse",
    "NumberingPartType",
    "ParametresGenerauxDto",
    "ParametresTiersDto",
    "SearchEntry",
    "SearchEntryLine",
    "StatusChangeMethod",
    "StatusChangeResult",
    "Territoriality",
    "VatRate",
    "VatRateList",
)
