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
    read_bool,
    read_date,
    read_decimal,
    read_int,
    read_list,
    read_str,
    read_uuid,
)

from ..types import UNSET, Unset

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

    uuid: UUID | None | Unset = UNSET
    bank_name: str | None | Unset = UNSET
    account_name: str | None | Unset = UNSET
    account_number: str | None | Unset = UNSET
    iban: None | str | Unset = UNSET
    synchronize: bool | None | Unset = UNSET
    already_synchronized: bool | None | Unset = UNSET
    bank_sync_id: None | str | Unset = UNSET
    connection_id: None | str | Unset = UNSET
    journal: Journal | None | Unset = UNSET
    start_date: datetime.date | None | Unset = UNSET
    operations_count: int | None | Unset = UNSET
    synchronization_date: None | str | Unset = UNSET
    balance: Decimal | None | Unset = UNSET
    deleted: bool | None | Unset = UNSET
    state: str | None | Unset = UNSET
    error_message: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        from ..models.journal import Journal  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.uuid
        if value is not UNSET:
            field_dict["uuid"] = dump(value, "BankAccount.uuid", "uuid", False)
        value = self.bank_name
        if value is not UNSET:
            field_dict["bankName"] = dump(value, "BankAccount.bank_name", "str", False)
        value = self.account_name
        if value is not UNSET:
            field_dict["accountName"] = dump(value, "BankAccount.account_name", "str", False)
        value = self.account_number
        if value is not UNSET:
            field_dict["accountNumber"] = dump(value, "BankAccount.account_number", "str", False)
        value = self.iban
        if value is not UNSET:
            field_dict["iban"] = to_json(value)
        value = self.synchronize
        if value is not UNSET:
            field_dict["synchronize"] = dump(value, "BankAccount.synchronize", "bool", False)
        value = self.already_synchronized
        if value is not UNSET:
            field_dict["alreadySynchronized"] = dump(value, "BankAccount.already_synchronized", "bool", False)
        value = self.bank_sync_id
        if value is not UNSET:
            field_dict["bankSyncId"] = to_json(value)
        value = self.connection_id
        if value is not UNSET:
            field_dict["connectionId"] = to_json(value)
        value = self.journal
        if value is not UNSET:
            field_dict["journal"] = dump_model(value, "BankAccount.journal", Journal, False)
        value = self.start_date
        if value is not UNSET:
            field_dict["startDate"] = to_json(value)
        value = self.operations_count
        if value is not UNSET:
            field_dict["operationsCount"] = dump(value, "BankAccount.operations_count", "int", False)
        value = self.synchronization_date
        if value is not UNSET:
            field_dict["synchronizationDate"] = to_json(value)
        value = self.balance
        if value is not UNSET:
            field_dict["balance"] = dump(value, "BankAccount.balance", "number", False)
        value = self.deleted
        if value is not UNSET:
            field_dict["deleted"] = dump(value, "BankAccount.deleted", "bool", False)
        value = self.state
        if value is not UNSET:
            field_dict["state"] = dump(value, "BankAccount.state", "str", False)
        value = self.error_message
        if value is not UNSET:
            field_dict["errorMessage"] = dump(value, "BankAccount.error_message", "list", False)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object (a response body or part of one) at JSON pointer ``_path``.

        ``null`` reads as None; numeric strings, dates given as date-times and enum names are accepted;
        anything else that does not fit raises ``ResponseValidationError`` naming its path.
        """
        from ..models.journal import Journal  # noqa: PLC0415

        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise invalid(_path, None, "an object", src_dict)
        get = src_dict.get
        uuid = get("uuid", UNSET)
        if uuid is not UNSET:
            uuid = read_uuid(uuid, _path, "uuid")
        bank_name = get("bankName", UNSET)
        if bank_name.__class__ is not str:
            bank_name = read_str(bank_name, _path, "bankName")
        account_name = get("accountName", UNSET)
        if account_name.__class__ is not str:
            account_name = read_str(account_name, _path, "accountName")
        account_number = get("accountNumber", UNSET)
        if account_number.__class__ is not str:
            account_number = read_str(account_number, _path, "accountNumber")
        iban = get("iban", UNSET)
        if iban.__class__ is not str:
            iban = read_str(iban, _path, "iban")
        synchronize = get("synchronize", UNSET)
        if synchronize.__class__ is not bool:
            synchronize = read_bool(synchronize, _path, "synchronize")
        already_synchronized = get("alreadySynchronized", UNSET)
        if already_synchronized.__class__ is not bool:
            already_synchronized = read_bool(already_synchronized, _path, "alreadySynchronized")
        bank_sync_id = get("bankSyncId", UNSET)
        if bank_sync_id.__class__ is not str:
            bank_sync_id = read_str(bank_sync_id, _path, "bankSyncId")
        connection_id = get("connectionId", UNSET)
        if connection_id.__class__ is not str:
            connection_id = read_str(connection_id, _path, "connectionId")
        journal = get("journal", UNSET)
        if journal is not UNSET:
            journal = Journal._read(journal, _path, "journal")
        start_date = get("startDate", UNSET)
        if start_date is not UNSET:
            start_date = read_date(start_date, _path, "startDate")
        operations_count = get("operationsCount", UNSET)
        if operations_count.__class__ is not int:
            operations_count = read_int(operations_count, _path, "operationsCount")
        synchronization_date = get("synchronizationDate", UNSET)
        if synchronization_date.__class__ is not str:
            synchronization_date = read_str(synchronization_date, _path, "synchronizationDate")
        balance = get("balance", UNSET)
        if balance.__class__ is not Decimal:
            balance = read_decimal(balance, _path, "balance")
        deleted = get("deleted", UNSET)
        if deleted.__class__ is not bool:
            deleted = read_bool(deleted, _path, "deleted")
        state = get("state", UNSET)
        if state.__class__ is not str:
            state = read_str(state, _path, "state")
        error_message = get("errorMessage", UNSET)
        if error_message is not UNSET:
            error_message = read_list(error_message, _path, "errorMessage", read_str)
        bank_account = object.__new__(cls)
        bank_account.uuid = uuid
        bank_account.bank_name = bank_name
        bank_account.account_name = account_name
        bank_account.account_number = account_number
        bank_account.iban = iban
        bank_account.synchronize = synchronize
        bank_account.already_synchronized = already_synchronized
        bank_account.bank_sync_id = bank_sync_id
        bank_account.connection_id = connection_id
        bank_account.journal = journal
        bank_account.start_date = start_date
        bank_account.operations_count = operations_count
        bank_account.synchronization_date = synchronization_date
        bank_account.balance = balance
        bank_account.deleted = deleted
        bank_account.state = state
        bank_account.error_message = error_message
        bank_account.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            bank_account.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return bank_account

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (BankAccount)", value)

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
        "bankName",
        "accountName",
        "accountNumber",
        "iban",
        "synchronize",
        "alreadySynchronized",
        "bankSyncId",
        "connectionId",
        "journal",
        "startDate",
        "operationsCount",
        "synchronizationDate",
        "balance",
        "deleted",
        "state",
        "errorMessage",
    }
)
