from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from comptoir.runtime.checks import dump_model, to_json
from comptoir.runtime.reading import (
    invalid,
    pointer,
    read_any,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.client_amount_value import ClientAmountValue
    from ..models.client_string_value import ClientStringValue


T = TypeVar("T", bound="ClientSummary")


@_attrs_define
class ClientSummary:
    """Un client (ou prospect) avec droits par colonne.

    Attributes:
        code (ClientStringValue | Unset): Cellule texte avec droit de visualisation.
        name (ClientStringValue | Unset): Cellule texte avec droit de visualisation.
        home_phone_number (ClientStringValue | Unset): Cellule texte avec droit de visualisation.
        mobile_phone_number (ClientStringValue | Unset): Cellule texte avec droit de visualisation.
        email (ClientStringValue | Unset): Cellule texte avec droit de visualisation.
        solde_echu (ClientAmountValue | Unset): Cellule montant avec droit de visualisation, valeur formatée et devise.
        client_type (ClientStringValue | Unset): Cellule texte avec droit de visualisation.
    """

    code: ClientStringValue | None | Unset = UNSET
    name: ClientStringValue | None | Unset = UNSET
    home_phone_number: ClientStringValue | None | Unset = UNSET
    mobile_phone_number: ClientStringValue | None | Unset = UNSET
    email: ClientStringValue | None | Unset = UNSET
    solde_echu: ClientAmountValue | None | Unset = UNSET
    client_type: ClientStringValue | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        from ..models.client_amount_value import ClientAmountValue  # noqa: PLC0415
        from ..models.client_string_value import ClientStringValue  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.code
        if value is not UNSET:
            field_dict["code"] = dump_model(value, "ClientSummary.code", ClientStringValue, False)
        value = self.name
        if value is not UNSET:
            field_dict["name"] = dump_model(value, "ClientSummary.name", ClientStringValue, False)
        value = self.home_phone_number
        if value is not UNSET:
            field_dict["homePhoneNumber"] = dump_model(
                value, "ClientSummary.home_phone_number", ClientStringValue, False
            )
        value = self.mobile_phone_number
        if value is not UNSET:
            field_dict["mobilePhoneNumber"] = dump_model(
                value, "ClientSummary.mobile_phone_number", ClientStringValue, False
            )
        value = self.email
        if value is not UNSET:
            field_dict["email"] = dump_model(value, "ClientSummary.email", ClientStringValue, False)
        value = self.solde_echu
        if value is not UNSET:
            field_dict["soldeEchu"] = dump_model(value, "ClientSummary.solde_echu", ClientAmountValue, False)
        value = self.client_type
        if value is not UNSET:
            field_dict["clientType"] = dump_model(value, "ClientSummary.client_type", ClientStringValue, False)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object (a response body or part of one) at JSON pointer ``_path``.

        ``null`` reads as None; numeric strings, dates given as date-times and enum names are accepted;
        anything else that does not fit raises ``ResponseValidationError`` naming its path.
        """
        from ..models.client_amount_value import ClientAmountValue  # noqa: PLC0415
        from ..models.client_string_value import ClientStringValue  # noqa: PLC0415

        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise invalid(_path, None, "an object", src_dict)
        get = src_dict.get
        code = get("code", UNSET)
        if code is not UNSET:
            code = ClientStringValue._read(code, _path, "code")
        name = get("name", UNSET)
        if name is not UNSET:
            name = ClientStringValue._read(name, _path, "name")
        home_phone_number = get("homePhoneNumber", UNSET)
        if home_phone_number is not UNSET:
            home_phone_number = ClientStringValue._read(home_phone_number, _path, "homePhoneNumber")
        mobile_phone_number = get("mobilePhoneNumber", UNSET)
        if mobile_phone_number is not UNSET:
            mobile_phone_number = ClientStringValue._read(mobile_phone_number, _path, "mobilePhoneNumber")
        email = get("email", UNSET)
        if email is not UNSET:
            email = ClientStringValue._read(email, _path, "email")
        solde_echu = get("soldeEchu", UNSET)
        if solde_echu is not UNSET:
            solde_echu = ClientAmountValue._read(solde_echu, _path, "soldeEchu")
        client_type = get("clientType", UNSET)
        if client_type is not UNSET:
            client_type = ClientStringValue._read(client_type, _path, "clientType")
        client_summary = object.__new__(cls)
        client_summary.code = code
        client_summary.name = name
        client_summary.home_phone_number = home_phone_number
        client_summary.mobile_phone_number = mobile_phone_number
        client_summary.email = email
        client_summary.solde_echu = solde_echu
        client_summary.client_type = client_type
        client_summary.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            client_summary.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return client_summary

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (ClientSummary)", value)

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
        "homePhoneNumber",
        "mobilePhoneNumber",
        "email",
        "soldeEchu",
        "clientType",
    }
)
