from enum import StrEnum
from typing import Any, Self

from comptoir.runtime.reading import read_enum


class AllowedTable(StrEnum):
    ADDRESS = "Address"
    CIVILITY = "Civility"
    CLASSIFICATIONGROUP = "ClassificationGroup"
    COLLEAGUE = "Colleague"
    CONSTRUCTIONSITE = "ConstructionSite"
    CONTACT = "Contact"
    COUNTRY = "Country"
    CURRENCYTABLE = "CurrencyTable"
    CUSTOMER = "Customer"
    CUSTOMERASSOCIATEDFILES = "CustomerAssociatedFiles"
    CUSTOMERFAMILY = "CustomerFamily"
    CUSTOMERPRODUCT = "CustomerProduct"
    CUSTOMERPRODUCTASSOCIATEDFILES = "CustomerProductAssociatedFiles"
    CUSTOMERSUBFAMILY = "CustomerSubFamily"
    DEAL = "Deal"
    DEALCOLLEAGUE = "DealColleague"
    DOCUMENTSERIAL = "DocumentSerial"
    EBPSYSGENERICIMPORTSETTINGS = "EbpSysGenericImportSettings"
    EBPSYSOPTIONS = "EbpSysOptions"
    ECOTAX = "Ecotax"
    ECOTAXCALCULATIONBASE = "EcotaxCalculationBase"
    ECOTAXFURNITURE = "EcotaxFurniture"
    EQUIPMENT = "Equipment"
    GEOGRAPHICSECTOR = "GeographicSector"
    INCIDENT = "Incident"
    ITEM = "Item"
    ITEMASSOCIATEDFILES = "ItemAssociatedFiles"
    ITEMCOMPONENT = "ItemComponent"
    ITEMFAMILY = "ItemFamily"
    ITEMSUBFAMILY = "ItemSubFamily"
    ITEMVATTERRITORIALITY = "ItemVatTerritoriality"
    LINKEDITEM = "LinkedItem"
    MAINTENANCECONTRACT = "MaintenanceContract"
    MAINTENANCECONTRACTASSOCIATEDFILES = "MaintenanceContractAssociatedFiles"
    MAINTENANCECONTRACTCUSTOMERPRODUCT = "MaintenanceContractCustomerProduct"
    PAYMENTTYPE = "PaymentType"
    PRICELIST = "PriceList"
    PRICELISTCATEGORY = "PriceListCategory"
    PURCHASEDOCUMENT = "PurchaseDocument"
    PURCHASEDOCUMENTASSOCIATEDFILES = "PurchaseDocumentAssociatedFiles"
    PURCHASEDOCUMENTLINE = "PurchaseDocumentLine"
    RANGEITEM = "RangeItem"
    RANGETYPE = "RangeType"
    RANGETYPEELEMENT = "RangeTypeElement"
    SALEDOCUMENT = "SaleDocument"
    SALEDOCUMENTASSOCIATEDFILES = "SaleDocumentAssociatedFiles"
    SALEDOCUMENTLINE = "SaleDocumentLine"
    SALEDOCUMENTLINETRACKINGDISPATCH = "SaleDocumentLineTrackingDispatch"
    SCHEDULEEVENT = "ScheduleEvent"
    SCHEDULEEVENTASSOCIATEDFILES = "ScheduleEventAssociatedFiles"
    SCHEDULEEVENTCUSTOMERPRODUCT = "ScheduleEventCustomerProduct"
    SCHEDULEEVENTTYPE = "ScheduleEventType"
    SETTLEMENTMODE = "SettlementMode"
    SHIPPING = "Shipping"
    STANDARDTEXT = "StandardText"
    STOCKDOCUMENT = "StockDocument"
    STOCKDOCUMENTLINE = "StockDocumentLine"
    STOCKITEM = "StockItem"
    STOREHOUSE = "Storehouse"
    SUPPLIER = "Supplier"
    SUPPLIERASSOCIATEDFILES = "SupplierAssociatedFiles"
    SUPPLIERFAMILY = "SupplierFamily"
    SUPPLIERITEM = "SupplierItem"
    THIRDREFERENCE = "ThirdReference"
    TRACKINGSTOCKITEM = "TrackingStockItem"
    TRAVELEXPENSE = "TravelExpense"
    UNIT = "Unit"
    UNITTYPE = "UnitType"
    VAT = "Vat"

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
