from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from comptoir.errors import ArgumentTypeError
from comptoir.runtime.checks import dump, to_json
from comptoir.runtime.reading import (
    invalid,
    missing,
    pointer,
    read_any,
    read_str,
)

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

    code: str | None
    name: str | None
    journal_type: str | None
    numbering_part_type: str | None
    prefix: str | None | Unset = UNSET
    complement: str | None | Unset = UNSET
    counterpart_account: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.code
        if value is UNSET:
            raise ArgumentTypeError("is required", parameter="JournalCreate.code")
        field_dict["code"] = dump(value, "JournalCreate.code", "str", False)
        value = self.name
        if value is UNSET:
            raise ArgumentTypeError("is required", parameter="JournalCreate.name")
        field_dict["name"] = dump(value, "JournalCreate.name", "str", False)
        value = self.journal_type
        if value is UNSET:
            raise ArgumentTypeError("is required", parameter="JournalCreate.journal_type")
        field_dict["journalType"] = dump(value, "JournalCreate.journal_type", "str", False)
        value = self.numbering_part_type
        if value is UNSET:
            raise ArgumentTypeError("is required", parameter="JournalCreate.numbering_part_type")
        field_dict["numberingPartType"] = dump(value, "JournalCreate.numbering_part_type", "str", False)
        value = self.prefix
        if value is not UNSET:
            field_dict["prefix"] = dump(value, "JournalCreate.prefix", "str", False)
        value = self.complement
        if value is not UNSET:
            field_dict["complement"] = dump(value, "JournalCreate.complement", "str", False)
        value = self.counterpart_account
        if value is not UNSET:
            field_dict["counterpartAccount"] = dump(value, "JournalCreate.counterpart_account", "str", False)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object (a response body or part of one) at JSON pointer ``_path``.

        ``null`` reads as None; numeric strings, dates given as date-times and enum names are accepted;
        anything else that does not fit raises ``ResponseValidationError`` naming its path.
        """
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise invalid(_path, None, "an object", src_dict)
        get = src_dict.get
        code = get("code", UNSET)
        if code is UNSET:
            raise missing(_path, "code", "a string")
        if code.__class__ is not str:
            code = read_str(code, _path, "code")
        name = get("name", UNSET)
        if name is UNSET:
            raise missing(_path, "name", "a string")
        if name.__class__ is not str:
            name = read_str(name, _path, "name")
        journal_type = get("journalType", UNSET)
        if journal_type is UNSET:
            raise missing(_path, "journalType", "a string")
        if journal_type.__class__ is not str:
            journal_type = read_str(journal_type, _path, "journalType")
        numbering_part_type = get("numberingPartType", UNSET)
        if numbering_part_type is UNSET:
            raise missing(_path, "numberingPartType", "a string")
        if numbering_part_type.__class__ is not str:
            numbering_part_type = read_str(numbering_part_type, _path, "numberingPartType")
        prefix = get("prefix", UNSET)
        if prefix.__class__ is not str:
            prefix = read_str(prefix, _path, "prefix")
        complement = get("complement", UNSET)
        if complement.__class__ is not str:
            complement = read_str(complement, _path, "complement")
        counterpart_account = get("counterpartAccount", UNSET)
        if counterpart_account.__class__ is not str:
            counterpart_account = read_str(counterpart_account, _path, "counterpartAccount")
        journal_create = object.__new__(cls)
        journal_create.code = code
        journal_create.name = name
        journal_create.journal_type = journal_type
        journal_create.numbering_part_type = numbering_part_type
        journal_create.prefix = prefix
        journal_create.complement = complement
        journal_create.counterpart_account = counterpart_account
        journal_create.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            journal_create.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return journal_create

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (JournalCreate)", value)

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
        "code",
        "name",
        "journalType",
        "numberingPartType",
        "prefix",
        "complement",
        "counterpartAccount",
    }
)
