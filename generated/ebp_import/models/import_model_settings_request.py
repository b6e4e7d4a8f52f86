from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.import_category import ImportCategory

T = TypeVar("T", bound="ImportModelSettingsRequest")


@_attrs_define
class ImportModelSettingsRequest:
    """Modèle d'import paramétrable à créer ou mettre à jour.

    Attributes:
        folder_id (str): Identifiant du dossier.
        import_settings (str): Nom du modèle d'import.
        import_category (ImportCategory): Catégorie liée à l'import (Annexe 1 - Catégories d'import) :
            - `Items` = Articles
            - `StockItem` = Article en stock
            - `ItemFamilies` = Familles articles
            - `ItemSubFamilies` = Sous-familles articles
            - `RangeItems` = Articles gammes
            - `Customers` = Clients/Prospects
            - `CustomersAddresses` = Adresses clients/Prospects
            - `CustomerFamilies` = Familles clients/prospects
            - `CustomerSubFamilies` = Sous-familles clients/prospects
            - `ThirdReference` = Références article/client
            - `Suppliers` = Fournisseurs
            - `SuppliersAdresses` = Adresses fournisseurs
            - `SupplierItemPrices` = Articles (informations fournisseurs)
            - `SupplierFamilies` = Familles fournisseurs
            - `SupplierSubFamilies` = Sous-familles fournisseurs
            - `SupplierThirdReference` = Références article/fournisseur
            - `Contacts` = Contacts
            - `Colleagues` = Commerciaux/collaborateurs
            - `ColleagueFamilies` = Familles commerciaux/collaborateurs
            - `SaleQuotes` = Devis (Vente)
            - `SaleOrders` = Commandes (Vente)
            - `SaleDelivery` = Bons de livraison(Vente)
            - `SaleAmendments` = Avenants (vente)
            - `SaleInvoices` = Factures (vente)
            - `TemporarySaleInvoices` = Factures en cours de rédaction (vente)
            - `SaleCreditMemo` = Avoirs (Vente)
            - `TemporarySaleCreditMemo` = Avoirs en cours de rédaction (Vente)
            - `PurchaseQuotes` = Demandes de prix (Achat)
            - `PurchaseOrders` = Commandes (Achat)
            - `PurchaseReceipt` = Bons de réception (Achat)
            - `PurchaseInvoices` = Factures (Achat)
            - `PurchaseCreditMemo` = Avoirs (Achat)
            - `PutAways` = Bon d’entrée
            - `PickUp` = Bons de sortie
            - `Inventories` = Inventaires
            - `AssemblyRequests` = Ordres de fabrication
            - `Assemblies` = Bons de fabrication
            - `TransferRequests` = Ordres de transfert
            - `TransferOrders` = Bons de transfert
            - `SaleSettlements` = Règlements client
            - `PurchaseSettlements` = Règlements fournisseur
            - `Currencies` = Devises
            - `Ecotaxes` = Barème des éco-contributions
            - `ClassificationGroups` = Groupes
            - `GeographicSectors` = Secteurs géographiques
            - `RecoveredSaleDocuments` = Historique de récupération (Vente)
            - `RecoveredPurchaseDocuments` = Historique de récupération (Achat)
            - `CustomerPriceListCategories` = Catégorie tarifaire client
            - `SupplierPriceListCategories` = Catégorie tarifaire fournisseur
            - `CustomerPriceLists` = Tarif/Promotion client
            - `SupplierPriceLists` = Tarif/Promotion fournisseur
            - `EcotaxCalculationBase` = Base de calcul de l'éco-contribution
            - `EcotaxFurniture` = Eco-contribution mobilier
            - `CustomerProduct` = Produit client
            - `CustomerProductFamily` = Famille produit client
            - `GuaranteeType` = Type de garantie
            - `MaintenanceContractFamily` = Famille de contrat de maintenance
            - `MaintenanceContractTemplates` = Modèles de contrat de maintenance
            - `Incidents` = Suivis incident
            - `MaintenanceContracts` = Contrats de maintenance
            - `PayrollScheduleTimeEvent` = Saisie des temps et variables de paie
            - `ScheduleEventTemplates` = Modèles d'évènements
            - `ScheduleEvent` = Evènements
            - `StandardTexts` = Textes standards
            - `Shipping` = Frais de port
            - `Vats` = Taux de TVA
            - `Range` = Types Gammes
            - `Competences` = Compétences
            - `EquipmentTypes` = Types de matériels
            - `Equipments` = Matériels
            - `EquipmentsFamilies` = Familles matériels
            - `Location` = Emplacements
            - `Storehouse` = Dépôts
            - `Users` = Utilisateurs
            - `UserGroups` = Groupes d’utilisateurs
            - `Deal` = Affaires
             Example: Items.
        content_xml (str): Modèle au format XML.
    """

    folder_id: str
    import_settings: str
    import_category: ImportCategory
    content_xml: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        folder_id = self.folder_id

        import_settings = self.import_settings

        import_category = self.import_category.value

        content_xml = self.content_xml

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "folderId": folder_id,
                "importSettings": import_settings,
                "importCategory": import_category,
                "contentXml": content_xml,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        folder_id = d.pop("folderId")

        import_settings = d.pop("importSettings")

        import_category = ImportCategory(d.pop("importCategory"))

        content_xml = d.pop("contentXml")

        import_model_settings_request = cls(
            folder_id=folder_id,
            import_settings=import_settings,
            import_category=import_category,
            content_xml=content_xml,
        )

        import_model_settings_request.additional_properties = d
        return import_model_settings_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
