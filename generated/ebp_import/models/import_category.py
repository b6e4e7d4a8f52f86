from enum import StrEnum
from typing import Any, Self

from comptoir.runtime.reading import read_enum


class ImportCategory(StrEnum):
    ASSEMBLIES = "Assemblies"
    ASSEMBLYREQUESTS = "AssemblyRequests"
    CLASSIFICATIONGROUPS = "ClassificationGroups"
    COLLEAGUEFAMILIES = "ColleagueFamilies"
    COLLEAGUES = "Colleagues"
    COMPETENCES = "Competences"
    CONTACTS = "Contacts"
    CURRENCIES = "Currencies"
    CUSTOMERFAMILIES = "CustomerFamilies"
    CUSTOMERPRICELISTCATEGORIES = "CustomerPriceListCategories"
    CUSTOMERPRICELISTS = "CustomerPriceLists"
    CUSTOMERPRODUCT = "CustomerProduct"
    CUSTOMERPRODUCTFAMILY = "CustomerProductFamily"
    CUSTOMERS = "Customers"
    CUSTOMERSADDRESSES = "CustomersAddresses"
    CUSTOMERSUBFAMILIES = "CustomerSubFamilies"
    DEAL = "Deal"
    ECOTAXCALCULATIONBASE = "EcotaxCalculationBase"
    ECOTAXES = "Ecotaxes"
    ECOTAXFURNITURE = "EcotaxFurniture"
    EQUIPMENTS = "Equipments"
    EQUIPMENTSFAMILIES = "EquipmentsFamilies"
    EQUIPMENTTYPES = "EquipmentTypes"
    GEOGRAPHICSECTORS = "GeographicSectors"
    GUARANTEETYPE = "GuaranteeType"
    INCIDENTS = "Incidents"
    INVENTORIES = "Inventories"
    ITEMFAMILIES = "ItemFamilies"
    ITEMS = "Items"
    ITEMSUBFAMILIES = "ItemSubFamilies"
    LOCATION = "Location"
    MAINTENANCECONTRACTFAMILY = "MaintenanceContractFamily"
    MAINTENANCECONTRACTS = "MaintenanceContracts"
    MAINTENANCECONTRACTTEMPLATES = "MaintenanceContractTemplates"
    PAYROLLSCHEDULETIMEEVENT = "PayrollScheduleTimeEvent"
    PICKUP = "PickUp"
    PURCHASECREDITMEMO = "PurchaseCreditMemo"
    PURCHASEINVOICES = "PurchaseInvoices"
    PURCHASEORDERS = "PurchaseOrders"
    PURCHASEQUOTES = "PurchaseQuotes"
    PURCHASERECEIPT = "PurchaseReceipt"
    PURCHASESETTLEMENTS = "PurchaseSettlements"
    PUTAWAYS = "PutAways"
    RANGE = "Range"
    RANGEITEMS = "RangeItems"
    RECOVEREDPURCHASEDOCUMENTS = "RecoveredPurchaseDocuments"
    RECOVEREDSALEDOCUMENTS = "RecoveredSaleDocuments"
    SALEAMENDMENTS = "SaleAmendments"
    SALECREDITMEMO = "SaleCreditMemo"
    SALEDELIVERY = "SaleDelivery"
    SALEINVOICES = "SaleInvoices"
    SALEORDERS = "SaleOrders"
    SALEQUOTES = "SaleQuotes"
    SALESETTLEMENTS = "SaleSettlements"
    SCHEDULEEVENT = "ScheduleEvent"
    SCHEDULEEVENTTEMPLATES = "ScheduleEventTemplates"
    SHIPPING = "Shipping"
    STANDARDTEXTS = "StandardTexts"
    STOCKITEM = "StockItem"
    STOREHOUSE = "Storehouse"
    SUPPLIERFAMILIES = "SupplierFamilies"
    SUPPLIERITEMPRICES = "SupplierItemPrices"
    SUPPLIERPRICELISTCATEGORIES = "SupplierPriceListCategories"
    SUPPLIERPRICELISTS = "SupplierPriceLists"
    SUPPLIERS = "Suppliers"
    SUPPLIERSADRESSES = "SuppliersAdresses"
    SUPPLIERSUBFAMILIES = "SupplierSubFamilies"
    SUPPLIERTHIRDREFERENCE = "SupplierThirdReference"
    TEMPORARYSALECREDITMEMO = "TemporarySaleCreditMemo"
    TEMPORARYSALEINVOICES = "TemporarySaleInvoices"
    THIRDREFERENCE = "ThirdReference"
    TRANSFERORDERS = "TransferOrders"
    TRANSFERREQUESTS = "TransferRequests"
    USERGROUPS = "UserGroups"
    USERS = "Users"
    VATS = "Vats"

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        """Keep a value the server added after this client was generated, instead of failing."""
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "UNKNOWN"
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _read(cls, value: Any, path: str, key: str | int | None) -> Any:
        """Read a response value: a member by value or name, an unknown value kept (see comptoir.runtime.reading)."""
        return read_enum(cls, value, path, key)
