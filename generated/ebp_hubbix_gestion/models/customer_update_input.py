from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_type import CustomerType
from ..types import UNSET, Unset, to_decimal

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

    name: str
    code: str
    type_: CustomerType | Unset = UNSET
    legal_form: str | Unset = UNSET
    discount_rate: Decimal | Unset = UNSET
    settlement_term_id: int | None | Unset = UNSET
    intracommunity_vat_number: str | Unset = UNSET
    siret: str | Unset = UNSET
    customer_group_id: int | None | Unset = UNSET
    customer_type_id: int | Unset = UNSET
    website: str | Unset = UNSET
    price_category_id: int | None | Unset = UNSET
    account: str | Unset = UNSET
    contacts_detail: CustomerContactsDetail | Unset = UNSET
    anterior_due_amount: Decimal | None | Unset = UNSET
    anterior_date: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        code = self.code

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

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

        price_category_id: int | None | Unset
        if isinstance(self.price_category_id, Unset):
            price_category_id = UNSET
        else:
            price_category_id = self.price_category_id

        account = self.account

        contacts_detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.contacts_detail, Unset):
            contacts_detail = self.contacts_detail.to_dict()

        anterior_due_amount: Decimal | None | Unset
        if isinstance(self.anterior_due_amount, Unset):
            anterior_due_amount = UNSET
        else:
            anterior_due_amount = self.anterior_due_amount

        anterior_date: None | str | Unset
        if isinstance(self.anterior_date, Unset):
            anterior_date = UNSET
        elif isinstance(self.anterior_date, datetime.datetime):
            anterior_date = self.anterior_date.isoformat()
        else:
            anterior_date = self.anterior_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "code": code,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_contacts_detail import CustomerContactsDetail  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        code = d.pop("code")

        _type_ = d.pop("type", UNSET)
        type_: CustomerType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = CustomerType(_type_)

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

        def _parse_price_category_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        price_category_id = _parse_price_category_id(d.pop("priceCategoryId", UNSET))

        account = d.pop("account", UNSET)

        _contacts_detail = d.pop("contactsDetail", UNSET)
        contacts_detail: CustomerContactsDetail | Unset
        if isinstance(_contacts_detail, Unset):
            contacts_detail = UNSET
        else:
            contacts_detail = CustomerContactsDetail.from_dict(_contacts_detail)

        def _parse_anterior_due_amount(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (int, float, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                anterior_due_amount_type_0 = to_decimal(data)

                return anterior_due_amount_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        anterior_due_amount = _parse_anterior_due_amount(d.pop("anteriorDueAmount", UNSET))

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

        customer_update_input = cls(
            name=name,
            code=code,
            type_=type_,
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
        )

        customer_update_input.additional_properties = d
        return customer_update_input

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
