from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, to_decimal

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

    uuid: UUID | Unset = UNSET
    label: str | Unset = UNSET
    account: BankAccount | Unset = UNSET
    operation_date: datetime.date | Unset = UNSET
    value_date: datetime.date | Unset = UNSET
    debit: Decimal | None | Unset = UNSET
    credit: Decimal | None | Unset = UNSET
    reference: None | str | Unset = UNSET
    status: int | str | Unset = UNSET
    entry: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid)

        label = self.label

        account: dict[str, Any] | Unset = UNSET
        if not isinstance(self.account, Unset):
            account = self.account.to_dict()

        operation_date: str | Unset = UNSET
        if not isinstance(self.operation_date, Unset):
            operation_date = self.operation_date.isoformat()

        value_date: str | Unset = UNSET
        if not isinstance(self.value_date, Unset):
            value_date = self.value_date.isoformat()

        debit: Decimal | None | Unset
        if isinstance(self.debit, Unset):
            debit = UNSET
        else:
            debit = self.debit

        credit: Decimal | None | Unset
        if isinstance(self.credit, Unset):
            credit = UNSET
        else:
            credit = self.credit

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        status: int | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        entry: None | str | Unset
        if isinstance(self.entry, Unset):
            entry = UNSET
        else:
            entry = self.entry

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if label is not UNSET:
            field_dict["label"] = label
        if account is not UNSET:
            field_dict["account"] = account
        if operation_date is not UNSET:
            field_dict["operationDate"] = operation_date
        if value_date is not UNSET:
            field_dict["valueDate"] = value_date
        if debit is not UNSET:
            field_dict["debit"] = debit
        if credit is not UNSET:
            field_dict["credit"] = credit
        if reference is not UNSET:
            field_dict["reference"] = reference
        if status is not UNSET:
            field_dict["status"] = status
        if entry is not UNSET:
            field_dict["entry"] = entry

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bank_account import BankAccount  # noqa: PLC0415

        d = dict(src_dict)
        _uuid = d.pop("uuid", UNSET)
        uuid: UUID | Unset
        if isinstance(_uuid, Unset):
            uuid = UNSET
        else:
            uuid = UUID(_uuid)

        label = d.pop("label", UNSET)

        _account = d.pop("account", UNSET)
        account: BankAccount | Unset
        if isinstance(_account, Unset):
            account = UNSET
        else:
            account = BankAccount.from_dict(_account)

        _operation_date = d.pop("operationDate", UNSET)
        operation_date: datetime.date | Unset
        if isinstance(_operation_date, Unset):
            operation_date = UNSET
        else:
            operation_date = datetime.date.fromisoformat(_operation_date)

        _value_date = d.pop("valueDate", UNSET)
        value_date: datetime.date | Unset
        if isinstance(_value_date, Unset):
            value_date = UNSET
        else:
            value_date = datetime.date.fromisoformat(_value_date)

        def _parse_debit(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (int, float, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                debit_type_0 = to_decimal(data)

                return debit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        debit = _parse_debit(d.pop("debit", UNSET))

        def _parse_credit(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not (isinstance(data, (int, float, Decimal)) and not isinstance(data, bool)):
                    raise TypeError()
                credit_type_0 = to_decimal(data)

                return credit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Decimal | None | Unset, data)

        credit = _parse_credit(d.pop("credit", UNSET))

        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))

        def _parse_status(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_entry(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        entry = _parse_entry(d.pop("entry", UNSET))

        bank_transaction = cls(
            uuid=uuid,
            label=label,
            account=account,
            operation_date=operation_date,
            value_date=value_date,
            debit=debit,
            credit=credit,
            reference=reference,
            status=status,
            entry=entry,
        )

        bank_transaction.additional_properties = d
        return bank_transaction

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
