from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from comptoir.errors import ArgumentTypeError
from comptoir.runtime.checks import dump, dump_model, to_json
from comptoir.runtime.reading import (
    invalid,
    missing,
    pointer,
    read_any,
    read_datetime,
    read_decimal,
    read_int,
    read_str,
)

from ..models.customer_type import CustomerType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_contacts_detail import CustomerContactsDetail


T = TypeVar("T", bound="CustomerUpdateInput")


@_attrs_define
class CustomerUpdateInput:
    """Client à modifier (l'identifiant est le paramètre de chemin IdCustomer).

    Attributes:
        name (str): Nom ou raison sociale du client. Example: TOTO.
        code (str): Code unique. Example: TOTO.
        type_ (CustomerType | Unset): Type du client. Particulier, Entreprise ou Entité publique.
        legal_form (str | Unset): Forme juridique. Example: SARL.
        discount_rate (Decimal | Unset): Taux de remise en pourcentage. Example: 0.
        settlement_term_id (int | None | Unset): Identifiant de la condition de règlement.
        intracommunity_vat_number (str | Unset): N° de TVA intracommunautaire. Example: FR49330838947.
        siret (str | Unset): Numéro de SIRET. Example: 33083894700043.
        customer_group_id (int | None | Unset): Identifiant de la famille de client.
        customer_type_id (int | Unset): Identifiant du type de client. Example: 0.
        website (str | Unset): Site internet.
        price_category_id (int | None | Unset): Identifiant de la catégorie tarifaire.
        account (str | Unset): Compte comptable.
        contacts_detail (CustomerContactsDetail | Unset): Coordonnées du client : facturation, livraison et siège
            social. Les trois booléens
            `...IsTheSameAsInvoicing` sont renvoyés par la lecture ; les tableaux de création et de
            modification ne les mentionnent pas.
        anterior_due_amount (Decimal | None | Unset): Montant restant dû de l'antériorité.
        anterior_date (datetime.datetime | None | Unset): Date d'antériorité.
    """

    name: str | None
    code: str | None
    type_: CustomerType | None | Unset = UNSET
    legal_form: str | None | Unset = UNSET
    discount_rate: Decimal | None | Unset = UNSET
    settlement_term_id: int | None | Unset = UNSET
    intracommunity_vat_number: str | None | Unset = UNSET
    siret: str | None | Unset = UNSET
    customer_group_id: int | None | Unset = UNSET
    customer_type_id: int | None | Unset = UNSET
    website: str | None | Unset = UNSET
    price_category_id: int | None | Unset = UNSET
    account: str | None | Unset = UNSET
    contacts_detail: CustomerContactsDetail | None | Unset = UNSET
    anterior_due_amount: Decimal | None | Unset = UNSET
    anterior_date: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        from ..models.customer_contacts_detail import CustomerContactsDetail  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.name
        if value is UNSET:
            raise ArgumentTypeError("is required", parameter="CustomerUpdateInput.name")
        field_dict["name"] = dump(value, "CustomerUpdateInput.name", "str", False)
        value = self.code
        if value is UNSET:
            raise ArgumentTypeError("is required", parameter="CustomerUpdateInput.code")
        field_dict["code"] = dump(value, "CustomerUpdateInput.code", "str", False)
        value = self.type_
        if value is not UNSET:
            field_dict["type"] = dump(value, "CustomerUpdateInput.type_", "enum", False, CustomerType)
        value = self.legal_form
        if value is not UNSET:
            field_dict["legalForm"] = dump(value, "CustomerUpdateInput.legal_form", "str", False)
        value = self.discount_rate
        if value is not UNSET:
            field_dict["discountRate"] = dump(value, "CustomerUpdateInput.discount_rate", "number", False)
        value = self.settlement_term_id
        if value is not UNSET:
            field_dict["settlementTermId"] = to_json(value)
        value = self.intracommunity_vat_number
        if value is not UNSET:
            field_dict["intracommunityVatNumber"] = dump(
                value, "CustomerUpdateInput.intracommunity_vat_number", "str", False
            )
        value = self.siret
        if value is not UNSET:
            field_dict["siret"] = dump(value, "CustomerUpdateInput.siret", "str", False)
        value = self.customer_group_id
        if value is not UNSET:
            field_dict["customerGroupId"] = to_json(value)
        value = self.customer_type_id
        if value is not UNSET:
            field_dict["customerTypeId"] = dump(value, "CustomerUpdateInput.customer_type_id", "int", False)
        value = self.website
        if value is not UNSET:
            field_dict["website"] = dump(value, "CustomerUpdateInput.website", "str", False)
        value = self.price_category_id
        if value is not UNSET:
            field_dict["priceCategoryId"] = to_json(value)
        value = self.account
        if value is not UNSET:
            field_dict["account"] = dump(value, "CustomerUpdateInput.account", "str", False)
        value = self.contacts_detail
        if value is not UNSET:
            field_dict["contactsDetail"] = dump_model(
                value, "CustomerUpdateInput.contacts_detail", CustomerContactsDetail, False
            )
        value = self.anterior_due_amount
        if value is not UNSET:
            field_dict["anteriorDueAmount"] = to_json(value)
        value = self.anterior_date
        if value is not UNSET:
            field_dict["anteriorDate"] = to_json(value)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object (a response body or part of one) at JSON pointer ``_path``.

        ``null`` reads as None; numeric strings, dates given as date-times and enum names are accepted;
        anything else that does not fit raises ``ResponseValidationError`` naming its path.
        """
        from ..models.customer_contacts_detail import CustomerContactsDetail  # noqa: PLC0415

        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise invalid(_path, None, "an object", src_dict)
        get = src_dict.get
        name = get("name", UNSET)
        if name is UNSET:
            raise missing(_path, "name", "a string")
        if name.__class__ is not str:
            name = read_str(name, _path, "name")
        code = get("code", UNSET)
        if code is UNSET:
            raise missing(_path, "code", "a string")
        if code.__class__ is not str:
            code = read_str(code, _path, "code")
        type_ = get("type", UNSET)
        if type_.__class__ is str and type_ in CustomerType._value2member_map_:
            type_ = CustomerType._value2member_map_[type_]
        elif type_ is not UNSET:
            type_ = CustomerType._read(type_, _path, "type")
        legal_form = get("legalForm", UNSET)
        if legal_form.__class__ is not str:
            legal_form = read_str(legal_form, _path, "legalForm")
        discount_rate = get("discountRate", UNSET)
        if discount_rate.__class__ is not Decimal:
            discount_rate = read_decimal(discount_rate, _path, "discountRate")
        settlement_term_id = get("settlementTermId", UNSET)
        if settlement_term_id.__class__ is not int:
            settlement_term_id = read_int(settlement_term_id, _path, "settlementTermId")
        intracommunity_vat_number = get("intracommunityVatNumber", UNSET)
        if intracommunity_vat_number.__class__ is not str:
            intracommunity_vat_number = read_str(intracommunity_vat_number, _path, "intracommunityVatNumber")
        siret = get("siret", UNSET)
        if siret.__class__ is not str:
            siret = read_str(siret, _path, "siret")
        customer_group_id = get("customerGroupId", UNSET)
        if customer_group_id.__class__ is not int:
            customer_group_id = read_int(customer_group_id, _path, "customerGroupId")
        customer_type_id = get("customerTypeId", UNSET)
        if customer_type_id.__class__ is not int:
            customer_type_id = read_int(customer_type_id, _path, "customerTypeId")
        website = get("website", UNSET)
        if website.__class__ is not str:
            website = read_str(website, _path, "website")
        price_category_id = get("priceCategoryId", UNSET)
        if price_category_id.__class__ is not int:
            price_category_id = read_int(price_category_id, _path, "priceCategoryId")
        account = get("account", UNSET)
        if account.__class__ is not str:
            account = read_str(account, _path, "account")
        contacts_detail = get("contactsDetail", UNSET)
        if contacts_detail is not UNSET:
            contacts_detail = CustomerContactsDetail._read(contacts_detail, _path, "contactsDetail")
        anterior_due_amount = get("anteriorDueAmount", UNSET)
        if anterior_due_amount.__class__ is not Decimal:
            anterior_due_amount = read_decimal(anterior_due_amount, _path, "anteriorDueAmount")
        anterior_date = get("anteriorDate", UNSET)
        if anterior_date is not UNSET:
            anterior_date = read_datetime(anterior_date, _path, "anteriorDate")
        customer_update_input = object.__new__(cls)
        customer_update_input.name = name
        customer_update_input.code = code
        customer_update_input.type_ = type_
        customer_update_input.legal_form = legal_form
        customer_update_input.discount_rate = discount_rate
        customer_update_input.settlement_term_id = settlement_term_id
        customer_update_input.intracommunity_vat_number = intracommunity_vat_number
        customer_update_input.siret = siret
        customer_update_input.customer_group_id = customer_group_id
        customer_update_input.customer_type_id = customer_type_id
        customer_update_input.website = website
        customer_update_input.price_category_id = price_category_id
        customer_update_input.account = account
        customer_update_input.contacts_detail = contacts_detail
        customer_update_input.anterior_due_amount = anterior_due_amount
        customer_update_input.anterior_date = anterior_date
        customer_update_input.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            customer_update_input.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return customer_update_input

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (CustomerUpdateInput)", value)

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
        "name",
        "code",
        "type",
        "legalForm",
        "discountRate",
        "settlementTermId",
        "intracommunityVatNumber",
        "siret",
        "customerGroupId",
        "customerTypeId",
        "website",
        "priceCategoryId",
        "account",
        "contactsDetail",
        "anteriorDueAmount",
        "anteriorDate",
    }
)
