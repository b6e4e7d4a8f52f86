from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, to_decimal

if TYPE_CHECKING:
    from ..models.customer_contacts_detail import CustomerContactsDetail


T = TypeVar("T", bound="Customer")


@_attrs_define
class Customer:
    """Client.

    Attributes:
        id (int | Unset): Identifiant du client.
        code (str | Unset): Code du client.
        name (str | Unset): Nom ou raison sociale.
        legal_form (str | Unset): Forme juridique.
        discount_rate (Decimal | Unset): Taux de remise en pourcentage.
        settlement_term_id (int | None | Unset): Identifiant de la condition de règlement.
        intracommunity_vat_number (str | Unset): N° de TVA intracommunautaire.
        siret (str | Unset): Numéro de SIRET.
        customer_group_id (int | None | Unset): Identifiant de la famille de client.
        customer_type_id (int | Unset): Identifiant du type de client.
        website (str | Unset): Site internet.
        price_category_id (int | Unset): Identifiant de la catégorie tarifaire.
        account (str | Unset): Compte comptable.
        contacts_detail (CustomerContactsDetail | Unset): Coordonnées du client : facturation, livraison et siège
            social. Les trois booléens
            `...IsTheSameAsInvoicing` sont renvoyés par la lecture ; les tableaux de création et de
            modification ne les mentionnent pas.
        anterior_due_amount (Decimal | Unset): Montant restant dû de l'antériorité.
        anterior_date (datetime.datetime | None | Unset): Date d'antériorité.
        anterior_has_settlement (bool | Unset): Indique si l'antériorité a fait l'objet d'un règlement.
        balance_due (Decimal | Unset): Solde dû.
        past_due_balance (Decimal | Unset): Solde échu (en retard).
    """

    id: int | Unset = UNSET
    code: str | Unset = UNSET
    name: str | Unset = UNSET
    legal_form: str | Unset = UNSET
    discount_rate: Decimal | Unset = UNSET
    settlement_term_id: int | None | Unset = UNSET
    intracommunity_vat_number: str | Unset = UNSET
    siret: str | Unset = UNSET
    customer_group_id: int | None | Unset = UNSET
    customer_type_id: int | Unset = UNSET
    website: str | Unset = UNSET
    price_category_id: int | Unset = UNSET
    account: str | Unset = UNSET
    contacts_detail: CustomerContactsDetail | Unset = UNSET
    anterior_due_amount: Decimal | Unset = UNSET
    anterior_date: datetime.datetime | None | Unset = UNSET
    anterior_has_settlement: bool | Unset = UNSET
    balance_due: Decimal | Unset = UNSET
    past_due_balance: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        code = self.code

        name = self.name

        legal_form = self.legal_form

        discount_rate = self.discount_rate

        settlement_term_id: int | None | Unset
        if isinstance(self.settlement_term_id, Unset):
            settlement_term_id = UNSET
        else:
            settlement_term_id = self.settlement_term_id

        intracommunity_vat_number = self.intracommunity_vat_number

        siret = self.siret

        customer_group_id: int | None | Unset
        if isinstance(self.customer_group_id, Unset):
            customer_group_id = UNSET
        else:
            customer_group_id = self.customer_group_id

        customer_type_id = self.customer_type_id

        website = self.website

        price_category_id = self.price_category_id

        account = self.account

        contacts_detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contacts_detail, Unset):
            contacts_detail = self.contacts_detail.to_dict()

        anterior_due_amount = self.anterior_due_amount

        anterior_date: None | str | Unset
        if isinstance(self.anterior_date, Unset):
            anterior_date = UNSET
        elif isinstance(self.anterior_date, datetime.datetime):
            anterior_date = self.anterior_date.isoformat()
        else:
            anterior_date = self.anterior_date

        anterior_has_settlement = self.anterior_has_settlement

        balance_due = self.balance_due

        past_due_balance = self.past_due_balance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if code is not UNSET:
            field_dict["code"] = code
        if name is not UNSET:
            field_dict["name"] = name
        if legal_form is not UNSET:
            field_dict["legalForm"] = legal_form
        if discount_rate is not UNSET:
            field_dict["discountRate"] = discount_rate
        if settlement_term_id is not UNSET:
            field_dict["settlementTermId"] = settlement_term_id
        if intracommunity_vat_number is not UNSET:
            field_dict["intracommunityVatNumber"] = intracommunity_vat_number
        if siret is not UNSET:
            field_dict["siret"] = siret
        if customer_group_id is not UNSET:
            field_dict["customerGroupId"] = customer_group_id
        if customer_type_id is not UNSET:
            field_dict["customerTypeId"] = customer_type_id
        if website is not UNSET:
            field_dict["website"] = website
        if price_category_id is not UNSET:
            field_dict["priceCategoryId"] = price_category_id
        if account is not UNSET:
            field_dict["account"] = account
        if contacts_detail is not UNSET:
            field_dict["contactsDetail"] = contacts_detail
        if anterior_due_amount is not UNSET:
            field_dict["anteriorDueAmount"] = anterior_due_amount
        if anterior_date is not UNSET:
            field_dict["anteriorDate"] = anterior_date
        if anterior_has_settlement is not UNSET:
            field_dict["anteriorHasSettlement"] = anterior_has_settlement
        if balance_due is not UNSET:
            field_dict["balanceDue"] = balance_due
        if past_due_balance is not UNSET:
            field_dict["pastDueBalance"] = past_due_balance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_contacts_detail import CustomerContactsDetail  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        code = d.pop("code", UNSET)

        name = d.pop("name", UNSET)

        legal_form = d.pop("legalForm", UNSET)

        _discount_rate = d.pop("discountRate", UNSET)
        discount_rate: Decimal | Unset
        if isinstance(_discount_rate, Unset):
            discount_rate = UNSET
        else:
            discount_rate = to_decimal(_discount_rate)

        def _parse_settlement_term_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        settlement_term_id = _parse_settlement_term_id(d.pop("settlementTermId", UNSET))

        intracommunity_vat_number = d.pop("intracommunityVatNumber", UNSET)

        siret = d.pop("siret", UNSET)

        def _parse_customer_group_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        customer_group_id = _parse_customer_group_id(d.pop("customerGroupId", UNSET))

        customer_type_id = d.pop("customerTypeId", UNSET)

        website = d.pop("website", UNSET)

        price_category_id = d.pop("priceCategoryId", UNSET)

        account = d.pop("account", UNSET)

        _contacts_detail = d.pop("contactsDetail", UNSET)
        contacts_detail: CustomerContactsDetail | Unset
        if isinstance(_contacts_detail, Unset):
            contacts_detail = UNSET
        else:
            contacts_detail = CustomerContactsDetail.from_dict(_contacts_detail)

        _anterior_due_amount = d.pop("anteriorDueAmount", UNSET)
        anterior_due_amount: Decimal | Unset
        if isinstance(_anterior_due_amount, Unset):
            anterior_due_amount = UNSET
        else:
            anterior_due_amount = to_decimal(_anterior_due_amount)

        def _parse_anterior_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                anterior_date_type_0 = datetime.datetime.fromisoformat(data)

                return anterior_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        anterior_date = _parse_anterior_date(d.pop("anteriorDate", UNSET))

        anterior_has_settlement = d.pop("anteriorHasSettlement", UNSET)

        _balance_due = d.pop("balanceDue", UNSET)
        balance_due: Decimal | Unset
        if isinstance(_balance_due, Unset):
            balance_due = UNSET
        else:
            balance_due = to_decimal(_balance_due)

        _past_due_balance = d.pop("pastDueBalance", UNSET)
        past_due_balance: Decimal | Unset
        if isinstance(_past_due_balance, Unset):
            past_due_balance = UNSET
        else:
            past_due_balance = to_decimal(_past_due_balance)

        customer = cls(
            id=id,
            code=code,
            name=name,
            legal_form=legal_form,
            discount_rate=discount_rate,
            settlement_term_id=settlement_term_id,
            intracommunity_vat_number=intracommunity_vat_number,
            siret=siret,
            customer_group_id=customer_group_id,
            customer_type_id=customer_type_id,
            website=website,
            price_category_id=price_category_id,
            account=account,
            contacts_detail=contacts_detail,
            anterior_due_amount=anterior_due_amount,
            anterior_date=anterior_date,
            anterior_has_settlement=anterior_has_settlement,
            balance_due=balance_due,
            past_due_balance=past_due_balance,
        )

        customer.additional_properties = d
        return customer

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
