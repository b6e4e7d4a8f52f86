from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from comptoir.runtime.checks import dump, dump_model, to_json
from comptoir.runtime.reading import (
    invalid,
    pointer,
    read_any,
    read_datetime,
    read_decimal,
    read_int,
    read_str,
    read_union,
    read_uuid,
)

from ..models.payment_mode import PaymentMode
from ..types import UNSET, Unset

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

    id: int | Unset | UUID | None = UNSET
    date: datetime.datetime | None | Unset = UNSET
    customer: SaleCommitmentCustomer | None | Unset = UNSET
    document: SaleCommitmentDocument | None | Unset = UNSET
    payment_mode: PaymentMode | str | None | Unset = UNSET
    amount: Decimal | None | Unset = UNSET
    remaining_amount: Decimal | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        from ..models.sale_commitment_customer import SaleCommitmentCustomer  # noqa: PLC0415
        from ..models.sale_commitment_document import SaleCommitmentDocument  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.id
        if value is not UNSET:
            field_dict["id"] = to_json(value)
        value = self.date
        if value is not UNSET:
            field_dict["date"] = dump(value, "SaleCommitment.date", "datetime", False)
        value = self.customer
        if value is not UNSET:
            field_dict["customer"] = dump_model(value, "SaleCommitment.customer", SaleCommitmentCustomer, False)
        value = self.document
        if value is not UNSET:
            field_dict["document"] = dump_model(value, "SaleCommitment.document", SaleCommitmentDocument, False)
        value = self.payment_mode
        if value is not UNSET:
            field_dict["paymentMode"] = to_json(value)
        value = self.amount
        if value is not UNSET:
            field_dict["amount"] = dump(value, "SaleCommitment.amount", "number", False)
        value = self.remaining_amount
        if value is not UNSET:
            field_dict["remainingAmount"] = dump(value, "SaleCommitment.remaining_amount", "number", False)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object (a response body or part of one) at JSON pointer ``_path``.

        ``null`` reads as None; numeric strings, dates given as date-times and enum names are accepted;
        anything else that does not fit raises ``ResponseValidationError`` naming its path.
        """
        from ..models.sale_commitment_customer import SaleCommitmentCustomer  # noqa: PLC0415
        from ..models.sale_commitment_document import SaleCommitmentDocument  # noqa: PLC0415

        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise invalid(_path, None, "an object", src_dict)
        get = src_dict.get
        id = get("id", UNSET)
        if id is not UNSET:
            id = read_union(
                id,
                _path,
                "id",
                (
                    read_int,
                    read_uuid,
                ),
                "an integer or a UUID",
            )
        date = get("date", UNSET)
        if date is not UNSET:
            date = read_datetime(date, _path, "date")
        customer = get("customer", UNSET)
        if customer is not UNSET:
            customer = SaleCommitmentCustomer._read(customer, _path, "customer")
        document = get("document", UNSET)
        if document is not UNSET:
            document = SaleCommitmentDocument._read(document, _path, "document")
        payment_mode = get("paymentMode", UNSET)
        if payment_mode is not UNSET:
            payment_mode = read_union(
                payment_mode,
                _path,
                "paymentMode",
                (
                    PaymentMode._read,
                    read_str,
                ),
                "a PaymentMode or a string",
            )
        amount = get("amount", UNSET)
        if amount.__class__ is not Decimal:
            amount = read_decimal(amount, _path, "amount")
        remaining_amount = get("remainingAmount", UNSET)
        if remaining_amount.__class__ is not Decimal:
            remaining_amount = read_decimal(remaining_amount, _path, "remainingAmount")
        sale_commitment = object.__new__(cls)
        sale_commitment.id = id
        sale_commitment.date = date
        sale_commitment.customer = customer
        sale_commitment.document = document
        sale_commitment.payment_mode = payment_mode
        sale_commitment.amount = amount
        sale_commitment.remaining_amount = remaining_amount
        sale_commitment.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            sale_commitment.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return sale_commitment

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (SaleCommitment)", value)

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
        "id",
        "date",
        "customer",
        "document",
        "paymentMode",
        "amount",
        "remainingAmount",
    }
)
