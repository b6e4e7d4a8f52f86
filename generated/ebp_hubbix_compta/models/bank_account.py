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
    from ..models.journal import Journal


T = TypeVar("T", bound="BankAccount")


@_attrs_define
class BankAccount:
    """Compte bancaire synchronisé.

    Attributes:
        uuid (UUID | Unset): UUID du compte bancaire.
        bank_name (str | Unset): Nom de la banque.
        account_name (str | Unset): Nom du compte.
        account_number (str | Unset): Numéro du compte.
        iban (None | str | Unset): IBAN.
        synchronize (bool | Unset): Synchronisation activée.
        already_synchronized (bool | Unset): Déjà synchronisé.
        bank_sync_id (None | str | Unset): Identifiant de synchronisation bancaire.
        connection_id (None | str | Unset): Identifiant de connexion.
        journal (Journal | Unset): Journal comptable.
        start_date (datetime.date | None | Unset): Date de début de synchronisation.
        operations_count (int | Unset): Nombre d'opérations.
        synchronization_date (None | str | Unset): Date de dernière synchronisation, au format `YYYY-MM-DD HH:MM:SS`
            sans fuseau
            (ce n'est pas un date-time RFC 3339).
        balance (Decimal | Unset): Solde.
        deleted (bool | Unset): Supprimé.
        state (str | Unset): État (par exemple normal).
        error_message (list[str] | Unset): Messages d'erreur de synchronisation.
    """

    uuid: UUID | Unset = UNSET
    bank_name: str | Unset = UNSET
    account_name: str | Unset = UNSET
    account_number: str | Unset = UNSET
    iban: None | str | Unset = UNSET
    synchronize: bool | Unset = UNSET
    already_synchronized: bool | Unset = UNSET
    bank_sync_id: None | str | Unset = UNSET
    connection_id: None | str | Unset = UNSET
    journal: Journal | Unset = UNSET
    start_date: datetime.date | None | Unset = UNSET
    operations_count: int | Unset = UNSET
    synchronization_date: None | str | Unset = UNSET
    balance: Decimal | Unset = UNSET
    deleted: bool | Unset = UNSET
    state: str | Unset = UNSET
    error_message: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid)

        bank_name = self.bank_name

        account_name = self.account_name

        account_number = self.account_number

        iban: None | str | Unset
        if isinstance(self.iban, Unset):
            iban = UNSET
        else:
            iban = self.iban

        synchronize = self.synchronize

        already_synchronized = self.already_synchronized

        bank_sync_id: None | str | Unset
        if isinstance(self.bank_sync_id, Unset):
            bank_sync_id = UNSET
        else:
            bank_sync_id = self.bank_sync_id

        connection_id: None | str | Unset
        if isinstance(self.connection_id, Unset):
            connection_id = UNSET
        else:
            connection_id = self.connection_id

        journal: dict[str, Any] | Unset = UNSET
        if not isinstance(self.journal, Unset):
            journal = self.journal.to_dict()

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.date):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        operations_count = self.operations_count

        synchronization_date: None | str | Unset
        if isinstance(self.synchronization_date, Unset):
            synchronization_date = UNSET
        else:
            synchronization_date = self.synchronization_date

        balance = self.balance

        deleted = self.deleted

        state = self.state

        error_message: list[str] | Unset = UNSET
        if not isinstance(self.error_message, Unset):
            error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if bank_name is not UNSET:
            field_dict["bankName"] = bank_name
        if account_name is not UNSET:
            field_dict["accountName"] = account_name
        if account_number is not UNSET:
            field_dict["accountNumber"] = account_number
        if iban is not UNSET:
            field_dict["iban"] = iban
        if synchronize is not UNSET:
            field_dict["synchronize"] = synchronize
        if already_synchronized is not UNSET:
            field_dict["alreadySynchronized"] = already_synchronized
        if bank_sync_id is not UNSET:
            field_dict["bankSyncId"] = bank_sync_id
        if connection_id is not UNSET:
            field_dict["connectionId"] = connection_id
        if journal is not UNSET:
            field_dict["journal"] = journal
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if operations_count is not UNSET:
            field_dict["operationsCount"] = operations_count
        if synchronization_date is not UNSET:
            field_dict["synchronizationDate"] = synchronization_date
        if balance is not UNSET:
            field_dict["balance"] = balance
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if state is not UNSET:
            field_dict["state"] = state
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.journal import Journal  # noqa: PLC0415

        d = dict(src_dict)
        _uuid = d.pop("uuid", UNSET)
        uuid: UUID | Unset
        if isinstance(_uuid, Unset):
            uuid = UNSET
        else:
            uuid = UUID(_uuid)

        bank_name = d.pop("bankName", UNSET)

        account_name = d.pop("accountName", UNSET)

        account_number = d.pop("accountNumber", UNSET)

        def _parse_iban(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        iban = _parse_iban(d.pop("iban", UNSET))

        synchronize = d.pop("synchronize", UNSET)

        already_synchronized = d.pop("alreadySynchronized", UNSET)

        def _parse_bank_sync_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bank_sync_id = _parse_bank_sync_id(d.pop("bankSyncId", UNSET))

        def _parse_connection_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        connection_id = _parse_connection_id(d.pop("connectionId", UNSET))

        _journal = d.pop("journal", UNSET)
        journal: Journal | Unset
        if isinstance(_journal, Unset):
            journal = UNSET
        else:
            journal = Journal.from_dict(_journal)

        def _parse_start_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = datetime.date.fromisoformat(data)

                return start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        start_date = _parse_start_date(d.pop("startDate", UNSET))

        operations_count = d.pop("operationsCount", UNSET)

        def _parse_synchronization_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        synchronization_date = _parse_synchronization_date(d.pop("synchronizationDate", UNSET))

        _balance = d.pop("balance", UNSET)
        balance: Decimal | Unset
        if isinstance(_balance, Unset):
            balance = UNSET
        else:
            balance = to_decimal(_balance)

        deleted = d.pop("deleted", UNSET)

        state = d.pop("state", UNSET)

        error_message = cast(list[str], d.pop("errorMessage", UNSET))

        bank_account = cls(
            uuid=uuid,
            bank_name=bank_name,
            account_name=account_name,
            account_number=account_number,
            iban=iban,
            synchronize=synchronize,
            already_synchronized=already_synchronized,
            bank_sync_id=bank_sync_id,
            connection_id=connection_id,
            journal=journal,
            start_date=start_date,
            operations_count=operations_count,
            synchronization_date=synchronization_date,
            balance=balance,
            deleted=deleted,
            state=state,
            error_message=error_message,
        )

        bank_account.additional_properties = d
        return bank_account

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
