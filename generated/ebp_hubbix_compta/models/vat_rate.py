from __future__ import annotations

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
    read_decimal,
    read_str,
    read_uuid,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.territoriality import Territoriality


T = TypeVar("T", bound="VatRate")


@_attrs_define
class VatRate:
    """Taux de TVA.

    Attributes:
        uuid (UUID | Unset): UUID du taux.
        designation (str | Unset): Désignation.
        rate (Decimal | Unset): Taux (en pourcentage).
        is_active (bool | Unset): Est actif.
        territoriality (Territoriality | Unset): Territorialité d'un taux de TVA.
    """

    uuid: UUID | None | Unset = UNSET
    designation: str | None | Unset = UNSET
    rate: Decimal | None | Unset = UNSET
    is_active: bool | None | Unset = UNSET
    territoriality: Territoriality | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        from ..models.territoriality import Territoriality  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.uuid
        if value is not UNSET:
            field_dict["uuid"] = dump(value, "VatRate.uuid", "uuid", False)
        value = self.designation
        if value is not UNSET:
            field_dict["designation"] = dump(value, "VatRate.designation", "str", False)
        value = self.rate
        if value is not UNSET:
            field_dict["rate"] = dump(value, "VatRate.rate", "number", False)
        value = self.is_active
        if value is not UNSET:
            field_dict["isActive"] = dump(value, "VatRate.is_active", "bool", False)
        value = self.territoriality
        if value is not UNSET:
            field_dict["territoriality"] = dump_model(value, "VatRate.territoriality", Territoriality, False)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object (a response body or part of one) at JSON pointer ``_path``.

        ``null`` reads as None; numeric strings, dates given as date-times and enum names are accepted;
        anything else that does not fit raises ``ResponseValidationError`` naming its path.
        """
        from ..models.territoriality import Territoriality  # noqa: PLC0415

        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise invalid(_path, None, "an object", src_dict)
        get = src_dict.get
        uuid = get("uuid", UNSET)
        if uuid is not UNSET:
            uuid = read_uuid(uuid, _path, "uuid")
        designation = get("designation", UNSET)
        if designation.__class__ is not str:
            designation = read_str(designation, _path, "designation")
        rate = get("rate", UNSET)
        if rate.__class__ is not Decimal:
            rate = read_decimal(rate, _path, "rate")
        is_active = get("isActive", UNSET)
        if is_active.__class__ is not bool:
            is_active = read_bool(is_active, _path, "isActive")
        territoriality = get("territoriality", UNSET)
        if territoriality is not UNSET:
            territoriality = Territoriality._read(territoriality, _path, "territoriality")
        vat_rate = object.__new__(cls)
        vat_rate.uuid = uuid
        vat_rate.designation = designation
        vat_rate.rate = rate
        vat_rate.is_active = is_active
        vat_rate.territoriality = territoriality
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
        "uuid",
        "designation",
        "rate",
        "isActive",
        "territoriality",
    }
)
