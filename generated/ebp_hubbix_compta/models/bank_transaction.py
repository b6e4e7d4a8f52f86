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
    read_date,
    read_decimal,
    read_int,
    read_str,
    read_union,
    read_uuid,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bank_account import BankAccount


T = TypeVar("T", bound="BankTransaction")


@_attrs_define
class BankTransaction:
    """Opération bancaire.

    Attributes:
        uuid (UUID | Unset): UUID de l'opération.
        label (str | Unset): Libellé.
        account (BankAccount | Unset): Compte bancaire synchronisé.
        operation_date (datetime.date | Unset): Date d'opération.
        value_date (datetime.date | Unset): Date de valeur.
        debit (Decimal | None | Unset): Débit.
        credit (Decimal | None | Unset): Crédit.
        reference (None | str | Unset): Référence.
        status (int | str | Unset): Statut de l'opération bancaire (0, 1, 2 ; signification non documentée): an integer
            per the request table, a numeric string in the doc's example; both parse.
        entry (None | str | Unset): Écriture associée (toujours null dans l'exemple ; type non documenté).
    """

    uuid: UUID | None | Unset = UNSET
    label: str | None | Unset = UNSET
    account: BankAccount | None | Unset = UNSET
    operation_date: datetime.date | None | Unset = UNSET
    value_date: datetime.date | None | Unset = UNSET
    debit: Decimal | None | Unset = UNSET
    credit: Decimal | None | Unset = UNSET
    reference: None | str | Unset = UNSET
    status: int | str | None | Unset = UNSET
    entry: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        from ..models.bank_account import BankAccount  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.uuid
        if value is not UNSET:
            field_dict["uuid"] = dump(value, "BankTransaction.uuid", "uuid", False)
        value = self.label
        if value is not UNSET:
            field_dict["label"] = dump(value, "BankTransaction.label", "str", False)
        value = self.account
        if value is not UNSET:
            field_dict["account"] = dump_model(value, "BankTransaction.account", BankAccount, False)
        value = self.operation_date
        if value is not UNSET:
            field_dict["operationDate"] = dump(value, "BankTransaction.operation_date", "date", False)
        value = self.value_date
        if value is not UNSET:
            field_dict["valueDate"] = dump(value, "BankTransaction.value_date", "date", False)
        value = self.debit
        if value is not UNSET:
            field_dict["debit"] = to_json(value)
        value = self.credit
        if value is not UNSET:
            field_dict["credit"] = to_json(value)
        value = self.reference
        if value is not UNSET:
            field_dict["reference"] = to_json(value)
        value = self.status
        if value is not UNSET:
            field_dict["status"] = to_json(value)
        value = self.entry
        if value is not UNSET:
            field_dict["entry"] = to_json(value)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object (a response body or part of one) at JSON pointer ``_path``.

        ``null`` reads as None; numeric strings, dates given as date-times and enum names are accepted;
        anything else that does not fit raises ``ResponseValidationError`` naming its path.
        """
        from ..models.bank_account import BankAccount  # noqa: PLC0415

        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise invalid(_path, None, "an object", src_dict)
        get = src_dict.get
        uuid = get("uuid", UNSET)
        if uuid is not UNSET:
            uuid = read_uuid(uuid, _path, "uuid")
        label = get("label", UNSET)
        if label.__class__ is not str:
            label = read_str(label, _path, "label")
        account = get("account", UNSET)
        if account is not UNSET:
            account = BankAccount._read(account, _path, "account")
        operation_date = get("operationDate", UNSET)
        if operation_date is not UNSET:
            operation_date = read_date(operation_date, _path, "operationDate")
        value_date = get("valueDate", UNSET)
        if value_date is not UNSET:
            value_date = read_date(value_date, _path, "valueDate")
        debit = get("debit", UNSET)
        if debit.__class__ is not Decimal:
            debit = read_decimal(debit, _path, "debit")
        credit = get("credit", UNSET)
        if credit.__class__ is not Decimal:
            credit = read_decimal(credit, _path, "credit")
        reference = get("reference", UNSET)
        if reference.__class__ is not str:
            reference = read_str(reference, _path, "reference")
        status = get("status", UNSET)
        if status is not UNSET:
            status = read_union(
                status,
                _path,
                "status",
                (
                    read_int,
                    read_str,
                ),
                "an integer or a string",
            )
        entry = get("entry", UNSET)
        if entry.__class__ is not str:
            entry = read_str(entry, _path, "entry")
        bank_transaction = object.__new__(cls)
        bank_transaction.uuid = uuid
        bank_transaction.label = label
        bank_transaction.account = account
        bank_transaction.operation_date = operation_date
        bank_transaction.value_date = value_date
        bank_transaction.debit = debit
        bank_transaction.credit = credit
        bank_transaction.reference = reference
        bank_transaction.status = status
        bank_transaction.entry = entry
        bank_transaction.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            bank_transaction.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return bank_transaction

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (BankTransaction)", value)

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
        "uuid",
        "label",
        "account",
        "operationDate",
        "valueDate",
        "debit",
        "credit",
        "reference",
        "status",
        "entry",
    }
)
