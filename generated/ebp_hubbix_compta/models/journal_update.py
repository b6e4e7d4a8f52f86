from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JournalUpdate")


@_attrs_define
class JournalUpdate:
    """Modification d'un journal (champs repris de l'exemple de la documentation).

    Attributes:
        code (str | Unset): Code.
        name (str | Unset): Nom.
        journal_type (str | Unset): Type de journal.
        numbering_part_type (str | Unset): Type de numérotation par pièce.
        prefix (str | Unset): Préfixe.
        complement (None | str | Unset): Complément.
        counterpart_account (None | str | Unset): Compte de contrepartie.
    """

    code: str | Unset = UNSET
    name: str | Unset = UNSET
    journal_type: str | Unset = UNSET
    numbering_part_type: str | Unset = UNSET
    prefix: str | Unset = UNSET
    complement: None | str | Unset = UNSET
    counterpart_account: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        journal_type = self.journal_type

        numbering_part_type = self.numbering_part_type

        prefix = self.prefix

        complement: None | str | Unset
        if isinstance(self.complement, Unset):
            complement = UNSET
        else:
            complement = self.complement

        counterpart_account: None | str | Unset
        if isinstance(self.counterpart_account, Unset):
            counterpart_account = UNSET
        else:
            counterpart_account = self.counterpart_account

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if name is not UNSET:
            field_dict["name"] = name
        if journal_type is not UNSET:
            field_dict["journalType"] = journal_type
        if numbering_part_type is not UNSET:
            field_dict["numberingPartType"] = numbering_part_type
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if complement is not UNSET:
            field_dict["complement"] = complement
        if counterpart_account is not UNSET:
            field_dict["counterpartAccount"] = counterpart_account

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code", UNSET)

        name = d.pop("name", UNSET)

        journal_type = d.pop("journalType", UNSET)

        numbering_part_type = d.pop("numberingPartType", UNSET)

        prefix = d.pop("prefix", UNSET)

        def _parse_complement(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        complement = _parse_complement(d.pop("complement", UNSET))

        def _parse_counterpart_account(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        counterpart_account = _parse_counterpart_account(d.pop("counterpartAccount", UNSET))

        journal_update = cls(
            code=code,
            name=name,
            journal_type=journal_type,
            numbering_part_type=numbering_part_type,
            prefix=prefix,
            complement=complement,
            counterpart_account=counterpart_account,
        )

        journal_update.additional_properties = d
        return journal_update

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
