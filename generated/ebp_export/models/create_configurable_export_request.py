from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.export_kind import ExportKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateConfigurableExportRequest")


@_attrs_define
class CreateConfigurableExportRequest:
    """Demande d'export paramétrable.

    Attributes:
        kind (ExportKind): Type de fiche à exporter (Annexe 1 - Catégories d'export) :
            - `Assemblies` = Bons de fabrication
            - `AssemblyRequests` = Ordres de fabrication
            - `ClassificationGroups` = Groupes
            - `GeographicSectors` = Secteurs géographiques
            - `ColleagueFamilies` = Familles commerciaux/collaborateurs
            - `Colleagues` = Commerciaux/collaborateurs
            - `Competences` = Compétences
            - `Contacts` = Contacts
            - `Currencies` = Devises
            - `Customer` = Clients/Prospects
            - `CustomerFamilies` = Familles clients/prospects
            - `CustomerPriceListCategories` = Catégorie tarifaire client
            - `CustomerPriceLists` = Tarif/Promotion client
            - `CustomerProduct` = Produit client
            - `CustomerProductFamily` = Famille produit client
            - `CustomersAddresses` = Adresses clients/Prospects
            - `CustomerSubFamilies` = Sous-familles clients/prospects
            - `Deal` = Affaires
            - `EcotaxCalculationBase` = Base de calcul de l'éco-contribution
            - `Ecotaxes` = Barème des éco-contributions
            - `EcotaxFurniture` = Eco-contribution mobilier
            - `Equipments` = Matériels
            - `EquipmentsFamilies` = Familles matériels
            - `EquipmentTypes` = Types de matériels
            - `GuaranteeType` = Type de garantie
            - `Incidents` = Suivis incident
            - `MaintenanceContracts` = Contrats de maintenance
            - `Inventories` = Inventaires
            - `Item` = Articles
            - `ItemFamilies` = Familles articles
            - `ItemSubFamilies` = Sous-familles articles
            - `Location` = Emplacements
            - `MaintenanceContractFamily` = Famille de contrat de maintenance
            - `MaintenanceContractTemplates` = Modèles de contrat de maintenance
            - `PayrollScheduleTimeEvent` = Saisie des temps et variables de paie
            - `PickUp` = Bons de sortie
            - `Prospect` = Prospect
            - `PurchaseCorrectiveInvoice` = Facture rectificative d'achat (ES)
            - `PurchaseCreditMemo` = Avoir d'achat
            - `PurchaseDeliveryOrder` = Bon de réception
            - `PurchaseDepositInvoice` = Facture d'acompte d'achat
            - `PurchaseDepositCreditMemo` = Avoir d'acompte d'achat
            - `PurchaseReturnOrder` = Bon de retour d'achat
            - `PurchaseInvoice` = Facture d'achat
            - `PurchaseOrder` = Commande (Achat)
            - `PurchaseQuote` = Demande de prix (Achat)
            - `PurchaseReceipt` = Bons de réception (Achat)
            - `PurchaseSettlements` = Règlements fournisseur
            - `PutAways` = Bon d’entrée
            - `Range` = Types Gammes
            - `RangeItems` = Articles gammes
            - `RecoveredPurchaseDocuments` = Historique de récupération (Achat)
            - `RecoveredSaleDocuments` = Historique de récupération (Vente)
            - `SaleAmendments` = Avenants (vente)
            - `SaleCreditMemo` = Avoir (Vente)
            - `SaleDeliveryOrder` = Bon de livraison(Vente)
            - `SaleDepositInvoice` = Facture d'acompte
            - `SaleDepositCreditMemo` = Avoir d'acompte
            - `SaleCorrectiveInvoice` = Facture rectificative (ES)
            - `SaleInvoice` = Facture (vente)
            - `SaleOrder` = Commande (Vente)
            - `SaleQuote` = Devis (Vente)
            - `SaleReturnOrder` = Bon de retour
            - `SaleSettlements` = Règlements client
            - `ScheduleEvent` = Evènements
            - `ScheduleEventTemplates` = Modèles d'évènements
            - `Shipping` = Frais de port
            - `StandardTexts` = Textes standards
            - `StockItem` = Article en stock
            - `Storehouse` = Dépôts
            - `Supplier` = Fournisseur
            - `SupplierFamilies` = Familles fournisseurs
            - `SupplierItemPrices` = Articles (informations fournisseurs)
            - `SupplierPriceListCategories` = Catégorie tarifaire fournisseur
            - `SupplierPriceLists` = Tarif/Promotion fournisseur
            - `SuppliersAdresses` = Adresses fournisseurs
            - `SupplierSubFamilies` = Sous-familles fournisseurs
            - `SupplierThirdReference` = Références article/fournisseur
            - `TemporarySaleCreditMemo` = Avoirs en cours de rédaction (Vente)
            - `TemporarySaleInvoices` = Factures en cours de rédaction (vente)
            - `ThirdReference` = Références article/client
            - `TransferOrders` = Bons de transfert
            - `TransferRequests` = Ordres de transfert
            - `UserGroups` = Groupes d’utilisateurs
            - `Users` = Utilisateurs
            - `Vats` = Taux de TVA
             Example: Item.
        model_name (None | str | Unset): Nom du modèle d'export qui a été créé dans le dossier ; par défaut null.
            Example: model.
    """

    kind: ExportKind
    model_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        model_name: None | str | Unset
        if isinstance(self.model_name, Unset):
            model_name = UNSET
        else:
            model_name = self.model_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
            }
        )
        if model_name is not UNSET:
            field_dict["modelName"] = model_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = ExportKind(d.pop("kind"))

        def _parse_model_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model_name = _parse_model_name(d.pop("modelName", UNSET))

        create_configurable_export_request = cls(
            kind=kind,
            model_name=model_name,
        )

        create_configurable_export_request.additional_properties = d
        return create_configurable_export_request

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
