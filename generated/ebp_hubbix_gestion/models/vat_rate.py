from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from comptoir.runtime.checks import dump, to_json
from comptoir.runtime.reading import (
    invalid,
    pointer,
    read_any,
    read_bool,
    read_decimal,
    read_int,
    read_str,
    read_union,
)

from ..models.territoriality import Territoriality
from ..types import UNSET, Unset

T = TypeVar("T", bound="VatRate")


@_attrs_define
class VatRate:
    """Taux de TVA.

    Attributes:
        id (int | Unset): Identifiant du taux de TVA.
        territoriality (Territoriality | Unset): Territoriality - Types de territorialité.
            0 = France (France métropolitaine), 1 = Corse (Corse), 2 = Dom (Départements d'outre-mer),
            3 = ImportExport (Import/Export), 4 = Intracommunautaire (Territoire intracommunautaire),
            5 = Monaco (Monaco), 6 = HorsFrance (Tous les autres territoires).
        label (str | Unset): Libellé du taux de TVA.
        rate (Decimal | Unset): Taux de TVA appliqué.
        status (bool | Decimal | Unset): Indique si le taux est applicable (géré dans l'application): a decimal per the
            table, a boolean in the doc's example; both parse.
        is_default (bool | Unset): Indique si le taux est celui activé par défaut.
    """

    id: int | None | Unset = UNSET
    territoriality: Territoriality | None | Unset = UNSET
    label: str | None | Unset = UNSET
    rate: Decimal | None | Unset = UNSET
    status: bool | Decimal | None | Unset = UNSET
    is_default: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.id
        if value is not UNSET:
            field_dict["id"] = dump(value, "VatRate.id", "int", False)
        value = self.territoriality
        if value is not UNSET:
            field_dict["territoriality"] = dump(value, "VatRate.territoriality", "enum", False, Territoriality)
        value = self.label
        if value is not UNSET:
            field_dict["label"] = dump(value, "VatRate.label", "str", False)
        value = self.rate
        if value is not UNSET:
            field_dict["rate"] = dump(value, "VatRate.rate", "number", False)
        value = self.status
        if value is not UNSET:
            field_dict["status"] = to_json(value)
        value = self.is_default
        if value is not UNSET:
            field_dict["isDefault"] = dump(value, "VatRate.is_default", "bool", False)
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
        id = get("id", UNSET)
        if id.__class__ is not int:
            id = read_int(id, _path, "id")
        territoriality = get("territoriality", UNSET)
        if territoriality.__class__ is int and territoriality in Territoriality._value2member_map_:
            territoriality = Territoriality._value2member_map_[territoriality]
        elif territoriality is not UNSET:
            territoriality = Territoriality._read(territoriality, _path, "territoriality")
        label = get("label", UNSET)
        if label.__class__ is not str:
            label = read_str(label, _path, "label")
        rate = get("rate", UNSET)
        if rate.__class__ is not Decimal:
            rate = read_decimal(rate, _path, "rate")
        status = get("status", UNSET)
        if status is not UNSET:
            status = read_union(
                status,
                _path,
                "status",
                (
                    read_decimal,
                    read_bool,
                ),
                "a number or a boolean",
            )
        is_default = get("isDefault", UNSET)
        if is_default.__class__ is not bool:
            is_default = read_bool(is_default, _path, "isDefault")
        vat_rate = object.__new__(cls)
        vat_rate.id = id
        vat_rate.territoriality = territoriality
        vat_rate.label = label
        vat_rate.rate = rate
        vat_rate.status = status
        vat_rate.is_default = is_default
        vat_rate.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            vat_rate.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return vat_rate

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (VatRate)", value)

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
        "id",
        "territoriality",
        "label",
        "rate",
        "status",
        "isDefault",
    }
)
