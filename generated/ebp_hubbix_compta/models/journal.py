from __future__ import annotations

from collections.abc import Mapping
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
    read_str,
    read_uuid,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.counterpart_account import CounterpartAccount
    from ..models.journal_type import JournalType
    from ..models.numbering_part_type import NumberingPartType


T = TypeVar("T", bound="Journal")


@_attrs_define
class Journal:
    """Journal comptable.

    Attributes:
        uuid (UUID | Unset): UUID du journal.
        code (str | Unset): Code.
        name (str | Unset): Nom.
        counterpart_account (CounterpartAccount | None | Unset):
        journal_type (JournalType | Unset): Type de journal.
        numbering_part_type (NumberingPartType | Unset): Type de numérotation par pièce.
        prefix (None | str | Unset): Préfixe de numérotation (par exemple MMAA, AAAA).
        complement (None | str | Unset): Complément.
        is_movement (bool | Unset): Le journal a des mouvements.
        belongs_to_transfer_parameters (bool | Unset): Appartient aux paramètres de transfert.
        is_a_default_an_journal (bool | Unset): Est le journal d'À Nouveaux par défaut.
    """

    uuid: UUID | None | Unset = UNSET
    code: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    counterpart_account: CounterpartAccount | None | Unset = UNSET
    journal_type: JournalType | None | Unset = UNSET
    numbering_part_type: NumberingPartType | None | Unset = UNSET
    prefix: None | str | Unset = UNSET
    complement: None | str | Unset = UNSET
    is_movement: bool | None | Unset = UNSET
    belongs_to_transfer_parameters: bool | None | Unset = UNSET
    is_a_default_an_journal: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        from ..models.journal_type import JournalType  # noqa: PLC0415
        from ..models.numbering_part_type import NumberingPartType  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.uuid
        if value is not UNSET:
            field_dict["uuid"] = dump(value, "Journal.uuid", "uuid", False)
        value = self.code
        if value is not UNSET:
            field_dict["code"] = dump(value, "Journal.code", "str", False)
        value = self.name
        if value is not UNSET:
            field_dict["name"] = dump(value, "Journal.name", "str", False)
        value = self.counterpart_account
        if value is not UNSET:
            field_dict["counterpartAccount"] = to_json(value)
        value = self.journal_type
        if value is not UNSET:
            field_dict["journalType"] = dump_model(value, "Journal.journal_type", JournalType, False)
        value = self.numbering_part_type
        if value is not UNSET:
            field_dict["numberingPartType"] = dump_model(value, "Journal.numbering_part_type", NumberingPartType, False)
        value = self.prefix
        if value is not UNSET:
            field_dict["prefix"] = to_json(value)
        value = self.complement
        if value is not UNSET:
            field_dict["complement"] = to_json(value)
        value = self.is_movement
        if value is not UNSET:
            field_dict["isMovement"] = dump(value, "Journal.is_movement", "bool", False)
        value = self.belongs_to_transfer_parameters
        if value is not UNSET:
            field_dict["belongsToTransferParameters"] = dump(
                value, "Journal.belongs_to_transfer_parameters", "bool", False
            )
        value = self.is_a_default_an_journal
        if value is not UNSET:
            field_dict["isADefaultANJournal"] = dump(value, "Journal.is_a_default_an_journal", "bool", False)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object (a response body or part of one) at JSON pointer ``_path``.

        ``null`` reads as None; numeric strings, dates given as date-times and enum names are accepted;
        anything else that does not fit raises ``ResponseValidationError`` naming its path.
        """
        from ..models.counterpart_account import CounterpartAccount  # noqa: PLC0415
        from ..models.journal_type import JournalType  # noqa: PLC0415
        from ..models.numbering_part_type import NumberingPartType  # noqa: PLC0415

        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise invalid(_path, None, "an object", src_dict)
        get = src_dict.get
        uuid = get("uuid", UNSET)
        if uuid is not UNSET:
            uuid = read_uuid(uuid, _path, "uuid")
        code = get("code", UNSET)
        if code.__class__ is not str:
            code = read_str(code, _path, "code")
        name = get("name", UNSET)
        if name.__class__ is not str:
            name = read_str(name, _path, "name")
        counterpart_account = get("counterpartAccount", UNSET)
        if counterpart_account is not UNSET:
            counterpart_account = CounterpartAccount._read(counterpart_account, _path, "counterpartAccount")
        journal_type = get("journalType", UNSET)
        if journal_type is not UNSET:
            journal_type = JournalType._read(journal_type, _path, "journalType")
        numbering_part_type = get("numberingPartType", UNSET)
        if numbering_part_type is not UNSET:
            numbering_part_type = NumberingPartType._read(numbering_part_type, _path, "numberingPartType")
        prefix = get("prefix", UNSET)
        if prefix.__class__ is not str:
            prefix = read_str(prefix, _path, "prefix")
        complement = get("complement", UNSET)
        if complement.__class__ is not str:
            complement = read_str(complement, _path, "complement")
        is_movement = get("isMovement", UNSET)
        if is_movement.__class__ is not bool:
            is_movement = read_bool(is_movement, _path, "isMovement")
        belongs_to_transfer_parameters = get("belongsToTransferParameters", UNSET)
        if belongs_to_transfer_parameters.__class__ is not bool:
            belongs_to_transfer_parameters = read_bool(
                belongs_to_transfer_parameters, _path, "belongsToTransferParameters"
            )
        is_a_default_an_journal = get("isADefaultANJournal", UNSET)
        if is_a_default_an_journal.__class__ is not bool:
            is_a_default_an_journal = read_bool(is_a_default_an_journal, _path, "isADefaultANJournal")
        journal = object.__new__(cls)
        journal.uuid = uuid
        journal.code = code
        journal.name = name
        journal.counterpart_account = counterpart_account
        journal.journal_type = journal_type
        journal.numbering_part_type = numbering_part_type
        journal.prefix = prefix
        journal.complement = complement
        journal.is_movement = is_movement
        journal.belongs_to_transfer_parameters = belongs_to_transfer_parameters
        journal.is_a_default_an_journal = is_a_default_an_journal
        journal.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            journal.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return journal

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (Journal)", value)

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
        "code",
        "name",
        "counterpartAccount",
        "journalType",
        "numberingPartType",
        "prefix",
        "complement",
        "isMovement",
        "belongsToTransferParameters",
        "isADefaultANJournal",
    }
)
