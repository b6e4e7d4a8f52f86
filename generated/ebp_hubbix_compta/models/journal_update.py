from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from comptoir.runtime.checks import dump, to_json
from comptoir.runtime.reading import (
    invalid,
    pointer,
    read_any,
    read_str,
)

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

    code: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    journal_type: str | None | Unset = UNSET
    numbering_part_type: str | None | Unset = UNSET
    prefix: str | None | Unset = UNSET
    complement: None | str | Unset = UNSET
    counterpart_account: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.code
        if value is not UNSET:
            field_dict["code"] = dump(value, "JournalUpdate.code", "str", False)
        value = self.name
        if value is not UNSET:
            field_dict["name"] = dump(value, "JournalUpdate.name", "str", False)
        value = self.journal_type
        if value is not UNSET:
            field_dict["journalType"] = dump(value, "JournalUpdate.journal_type", "str", False)
        value = self.numbering_part_type
        if value is not UNSET:
            field_dict["numberingPartType"] = dump(value, "JournalUpdate.numbering_part_type", "str", False)
        value = self.prefix
        if value is not UNSET:
            field_dict["prefix"] = dump(value, "JournalUpdate.prefix", "str", False)
        value = self.complement
        if value is not UNSET:
            field_dict["complement"] = to_json(value)
        value = self.counterpart_account
        if value is not UNSET:
            field_dict["counterpartAccount"] = to_json(value)
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
        if code.__class__ is not str:
            code = read_str(code, _path, "code")
        name = get("name", UNSET)
        if name.__class__ is not str:
            name = read_str(name, _path, "name")
        journal_type = get("journalType", UNSET)
        if journal_type.__class__ is not str:
            journal_type = read_str(journal_type, _path, "journalType")
        numbering_part_type = get("numberingPartType", UNSET)
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
        journal_update = object.__new__(cls)
        journal_update.code = code
        journal_update.name = name
        journal_update.journal_type = journal_type
        journal_update.numbering_part_type = numbering_part_type
        journal_update.prefix = prefix
        journal_update.complement = complement
        journal_update.counterpart_account = counterpart_account
        journal_update.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            journal_update.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return journal_update

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (JournalUpdate)", value)

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
