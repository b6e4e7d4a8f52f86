from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from comptoir.errors import ArgumentTypeError
from comptoir.runtime.checks import dump, to_json
from comptoir.runtime.reading import (
    invalid,
    missing,
    pointer,
    read_any,
    read_str,
)

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

    kind: ExportKind | None
    model_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.kind
        if value is UNSET:
            raise ArgumentTypeError("is required", parameter="CreateConfigurableExportRequest.kind")
        field_dict["kind"] = dump(value, "CreateConfigurableExportRequest.kind", "enum", False, ExportKind)
        value = self.model_name
        if value is not UNSET:
            field_dict["modelName"] = to_json(value)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object (a response body or part of one) at JSON pointer ``_path``.

        ``null`` reads as None; numeric strings, dates given as date-times and enum names are accepted;
        anything else that does not fit raises ``ResponseValidationError`` naming its path.
        """
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise invalid(_path, None, "an object", src_dict)
        get = src_dict.get
        kind = get("kind", UNSET)
        if kind is UNSET:
            raise missing(_path, "kind", "an enum value")
        if kind.__class__ is str and kind in ExportKind._value2member_map_:
            kind = ExportKind._value2member_map_[kind]
        elif kind is not UNSET:
            kind = ExportKind._read(kind, _path, "kind")
        model_name = get("modelName", UNSET)
        if model_name.__class__ is not str:
            model_name = read_str(model_name, _path, "modelName")
        create_configurable_export_request = object.__new__(cls)
        create_configurable_export_request.kind = kind
        create_configurable_export_request.model_name = model_name
        create_configurable_export_request.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            create_configurable_export_request.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return create_configurable_export_request

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (CreateConfigurableExportRequest)", value)

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


_KNOWN: frozenset[str] = frozenset(
    {
        "kind",
        "modelName",
    }
)
