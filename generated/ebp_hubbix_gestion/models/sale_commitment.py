from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_mode import PaymentMode
from ..types import UNSET, Unset, to_decimal

if TYPE_CHECKING:
    from ..models.sale_commitment_customer import SaleCommitmentCustomer
    from ..models.sale_commitment_document import SaleCommitmentDocument


T = TypeVar("T", bound="SaleCommitment")


@_attrs_define
class SaleCommitment:
    """Échéance.

    Attributes:
        id (int | Unset | UUID): Identifiant de l'échéance (integer per the table; the doc's example returns a GUID;
            both parse).
        date (datetime.datetime | Unset): Date de l'échéance.
        customer (SaleCommitmentCustomer | Unset): Client de l'échéance.
        document (SaleCommitmentDocument | Unset): Document de vente de l'échéance.
        payment_mode (PaymentMode | str | Unset): Mode de règlement: the PaymentMode enum per the table, or the label
            the doc's example returns ("Carte bancaire"); both parse.
        amount (Decimal | Unset): Montant de l'échéance.
        remaining_amount (Decimal | Unset): Restant dû.
    """

    id: int | Unset | UUID = UNSET
    date: datetime.datetime | Unset = UNSET
    customer: SaleCommitmentCustomer | Unset = UNSET
    document: SaleCommitmentDocument | Unset = UNSET
    payment_mode: PaymentMode | str | Unset = UNSET
    amount: Decimal | Unset = UNSET
    remaining_amount: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        date: str | Unset = UNSET
        if not isinstance(self.date, Unset):
            date = self.date.isoformat()

        customer: dict[str, Any] | Unset = UNSET
        if not isinstance(self.customer, Unset):
            customer = self.customer.to_dict()

        document: dict[str, Any] | Unset = UNSET
        if not isinstance(self.document, Unset):
            document = self.document.to_dict()

        payment_mode: int | str | Unset
        if isinstance(self.payment_mode, Unset):
            payment_mode = UNSET
        elif isinstance(self.payment_mode, PaymentMode):
            payment_mode = self.payment_mode.value
        else:
            payment_mode = self.payment_mode

        amount = self.amount

        remaining_amount = self.remaining_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if date is not UNSET:
            field_dict["date"] = date
        if customer is not UNSET:
            field_dict["customer"] = customer
        if document is not UNSET:
            field_dict["document"] = document
        if payment_mode is not UNSET:
            field_dict["paymentMode"] = payment_mode
        if amount is not UNSET:
            field_dict["amount"] = amount
        if remaining_amount is not UNSET:
            field_dict["remainingAmount"] = remaining_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sale_commitment_customer import SaleCommitmentCustomer  # noqa: PLC0415
        from ..models.sale_commitment_document import SaleCommitmentDocument  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_id(data: object) -> int | Unset | UUID:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                id_type_1 = UUID(data)

                return id_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(int | Unset | UUID, data)

        id = _parse_id(d.pop("id", UNSET))

        _date = d.pop("date", UNSET)
        date: datetime.datetime | Unset
        if isinstance(_date, Unset):
            date = UNSET
        else:
            date = datetime.datetime.fromisoformat(_date)

        _customer = d.pop("customer", UNSET)
        customer: SaleCommitmentCustomer | Unset
        if isinstance(_customer, Unset):
            customer = UNSET
        else:
            customer = SaleCommitmentCustomer.from_dict(_customer)

        _document = d.pop("document", UNSET)
        document: SaleCommitmentDocument | Unset
        if isinstance(_document, Unset):
            document = UNSET
        else:
            document = SaleCommitmentDocument.from_dict(_document)

        def _parse_payment_mode(data: object) -> PaymentMode | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, int):
                    raise TypeError()
                payment_mode_type_0 = PaymentMode(data)

                return payment_mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(PaymentMode | str | Unset, data)

        payment_mode = _parse_payment_mode(d.pop("paymentMode", UNSET))

        _amount = d.pop("amount", UNSET)
        amount: Decimal | Unset
        if isinstance(_amount, Unset):
            amount = UNSET
        else:
            amount = to_decimal(_amount)

        _remaining_amount = d.pop("remainingAmount", UNSET)
        remaining_amount: Decimal | Unset
        if isinstance(_remaining_amount, Unset):
            remaining_amount = UNSET
        else:
            remaining_amount = to_decimal(_remaining_amount)

        sale_commitment = cls(
            id=id,
            date=date,
            customer=customer,
            document=document,
            payment_mode=payment_mode,
            amount=amount,
            remaining_amount=remaining_amount,
        )

        sale_commitment.additional_properties = d
        return sale_commitment

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
