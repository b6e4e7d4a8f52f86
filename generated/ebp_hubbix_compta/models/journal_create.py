from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JournalCreate")


@_attrs_define
class JournalCreate:
    """Création d'un journal.

    Attributes:
        code (str): Code.
        name (str): Nom.
        journal_type (str): Type de journal (par exemple Achats, Ventes, Trésorerie, Opérations diverses, À Nouveaux).
        numbering_part_type (str): Type de numérotation par pièce (par exemple Automatique).
        prefix (str | Unset): Préfixe (par exemple MMAA, AAAA).
        complement (str | Unset): Complément.
        counterpart_account (str | Unset): Compte de contrepartie.
    """

    code: str
    name: str
    journal_type: str
    numbering_part_type: str
    prefix: str | Unset = UNSET
    complement: str | Unset = UNSET
    counterpart_account: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name = self.name

        journal_type = self.journal_type

        numbering_part_type = self.numbering_part_type

        prefix = self.prefix

        complement = self.complement

        counterpart_account = self.counterpart_account

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "name": name,
                "journalType": journal_type,
                "numberingPartType": numbering_part_type,
            }
        )
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
        code = d.pop("code")

        name = d.pop("name")

        journal_type = d.pop("journalType")

        numbering_part_type = d.pop("numberingPartType")

        prefix = d.pop("prefix", UNSET)

        complement = d.pop("complement", UNSET)

        counterpart_account = d.pop("counterpartAccount", UNSET)

        journal_create = cls(
            code=code,
            name=name,
            journal_type=journal_type,
            numbering_part_type=numbering_part_type,
            prefix=prefix,
            complement=complement,
            counterpart_account=counterpart_account,
        )

        journal_create.additional_properties = d
        return journal_create

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
