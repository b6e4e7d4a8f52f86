from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

    uuid: UUID | Unset = UNSET
    code: str | Unset = UNSET
    name: str | Unset = UNSET
    counterpart_account: CounterpartAccount | None | Unset = UNSET
    journal_type: JournalType | Unset = UNSET
    numbering_part_type: NumberingPartType | Unset = UNSET
    prefix: None | str | Unset = UNSET
    complement: None | str | Unset = UNSET
    is_movement: bool | Unset = UNSET
    belongs_to_transfer_parameters: bool | Unset = UNSET
    is_a_default_an_journal: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.counterpart_account import CounterpartAccount  # noqa: PLC0415

        uuid: str | Unset = UNSET
        if not isinstance(self.uuid, Unset):
            uuid = str(self.uuid)

        code = self.code

        name = self.name

        counterpart_account: dict[str, Any] | None | Unset
        if isinstance(self.counterpart_account, Unset):
            counterpart_account = UNSET
        elif isinstance(self.counterpart_account, CounterpartAccount):
            counterpart_account = self.counterpart_account.to_dict()
        else:
            counterpart_account = self.counterpart_account

        journal_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.journal_type, Unset):
            journal_type = self.journal_type.to_dict()

        numbering_part_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.numbering_part_type, Unset):
            numbering_part_type = self.numbering_part_type.to_dict()

        prefix: None | str | Unset
        if isinstance(self.prefix, Unset):
            prefix = UNSET
        else:
            prefix = self.prefix

        complement: None | str | Unset
        if isinstance(self.complement, Unset):
            complement = UNSET
        else:
            complement = self.complement

        is_movement = self.is_movement

        belongs_to_transfer_parameters = self.belongs_to_transfer_parameters

        is_a_default_an_journal = self.is_a_default_an_journal

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if code is not UNSET:
            field_dict["code"] = code
        if name is not UNSET:
            field_dict["name"] = name
        if counterpart_account is not UNSET:
            field_dict["counterpartAccount"] = counterpart_account
        if journal_type is not UNSET:
            field_dict["journalType"] = journal_type
        if numbering_part_type is not UNSET:
            field_dict["numberingPartType"] = numbering_part_type
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if complement is not UNSET:
            field_dict["complement"] = complement
        if is_movement is not UNSET:
            field_dict["isMovement"] = is_movement
        if belongs_to_transfer_parameters is not UNSET:
            field_dict["belongsToTransferParameters"] = belongs_to_transfer_parameters
        if is_a_default_an_journal is not UNSET:
            field_dict["isADefaultANJournal"] = is_a_default_an_journal

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.counterpart_account import CounterpartAccount  # noqa: PLC0415
        from ..models.journal_type import JournalType  # noqa: PLC0415
        from ..models.numbering_part_type import NumberingPartType  # noqa: PLC0415

        d = dict(src_dict)
        _uuid = d.pop("uuid", UNSET)
        uuid: UUID | Unset
        if isinstance(_uuid, Unset):
            uuid = UNSET
        else:
            uuid = UUID(_uuid)

        code = d.pop("code", UNSET)

        name = d.pop("name", UNSET)

        def _parse_counterpart_account(data: object) -> CounterpartAccount | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                counterpart_account_type_0 = CounterpartAccount.from_dict(data)

                return counterpart_account_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CounterpartAccount | None | Unset, data)

        counterpart_account = _parse_counterpart_account(d.pop("counterpartAccount", UNSET))

        _journal_type = d.pop("journalType", UNSET)
        journal_type: JournalType | Unset
        if isinstance(_journal_type, Unset):
            journal_type = UNSET
        else:
            journal_type = JournalType.from_dict(_journal_type)

        _numbering_part_type = d.pop("numberingPartType", UNSET)
        numbering_part_type: NumberingPartType | Unset
        if isinstance(_numbering_part_type, Unset):
            numbering_part_type = UNSET
        else:
            numbering_part_type = NumberingPartType.from_dict(_numbering_part_type)

        def _parse_prefix(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prefix = _parse_prefix(d.pop("prefix", UNSET))

        def _parse_complement(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        complement = _parse_complement(d.pop("complement", UNSET))

        is_movement = d.pop("isMovement", UNSET)

        belongs_to_transfer_parameters = d.pop("belongsToTransferParameters", UNSET)

        is_a_default_an_journal = d.pop("isADefaultANJournal", UNSET)

        journal = cls(
            uuid=uuid,
            code=code,
            name=name,
            counterpart_account=counterpart_account,
            journal_type=journal_type,
            numbering_part_type=numbering_part_type,
            prefix=prefix,
            complement=complement,
            is_movement=is_movement,
            belongs_to_transfer_parameters=belongs_to_transfer_parameters,
            is_a_default_an_journal=is_a_default_an_journal,
        )

        journal.additional_properties = d
        return journal

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
