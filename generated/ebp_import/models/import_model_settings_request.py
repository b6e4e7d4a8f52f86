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

from ..models.import_category import ImportCategory
from ..types import UNSET

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

    folder_id: str | None
    import_settings: str | None
    import_category: ImportCategory | None
    content_xml: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.folder_id
        if value is UNSET:
            raise ArgumentTypeError("is required", parameter="ImportModelSettingsRequest.folder_id")
        field_dict["folderId"] = dump(value, "ImportModelSettingsRequest.folder_id", "str", False)
        value = self.import_settings
        if value is UNSET:
            raise ArgumentTypeError("is required", parameter="ImportModelSettingsRequest.import_settings")
        field_dict["importSettings"] = dump(value, "ImportModelSettingsRequest.import_settings", "str", False)
        value = self.import_category
        if value is UNSET:
            raise ArgumentTypeError("is required", parameter="ImportModelSettingsRequest.import_category")
        field_dict["importCategory"] = dump(
            value, "ImportModelSettingsRequest.import_category", "enum", False, ImportCategory
        )
        value = self.content_xml
        if value is UNSET:
            raise ArgumentTypeError("is required", parameter="ImportModelSettingsRequest.content_xml")
        field_dict["contentXml"] = dump(value, "ImportModelSettingsRequest.content_xml", "str", False)
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
        folder_id = get("folderId", UNSET)
        if folder_id is UNSET:
            raise missing(_path, "folderId", "a string")
        if folder_id.__class__ is not str:
            folder_id = read_str(folder_id, _path, "folderId")
        import_settings = get("importSettings", UNSET)
        if import_settings is UNSET:
            raise missing(_path, "importSettings", "a string")
        if import_settings.__class__ is not str:
            import_settings = read_str(import_settings, _path, "importSettings")
        import_category = get("importCategory", UNSET)
        if import_category is UNSET:
            raise missing(_path, "importCategory", "an enum value")
        if import_category.__class__ is str and import_category in ImportCategory._value2member_map_:
            import_category = ImportCategory._value2member_map_[import_category]
        elif import_category is not UNSET:
            import_category = ImportCategory._read(import_category, _path, "importCategory")
        content_xml = get("contentXml", UNSET)
        if content_xml is UNSET:
            raise missing(_path, "contentXml", "a string")
        if content_xml.__class__ is not str:
            content_xml = read_str(content_xml, _path, "contentXml")
        import_model_settings_request = object.__new__(cls)
        import_model_settings_request.folder_id = folder_id
        import_model_settings_request.import_settings = import_settings
        import_model_settings_request.import_category = import_category
        import_model_settings_request.content_xml = content_xml
        import_model_settings_request.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            import_model_settings_request.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return import_model_settings_request

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (ImportModelSettingsRequest)", value)

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
        "folderId",
        "importSettings",
        "importCategory",
        "contentXml",
    }
)
