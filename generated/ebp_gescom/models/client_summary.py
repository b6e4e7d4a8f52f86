from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

    code: ClientStringValue | Unset = UNSET
    name: ClientStringValue | Unset = UNSET
    home_phone_number: ClientStringValue | Unset = UNSET
    mobile_phone_number: ClientStringValue | Unset = UNSET
    email: ClientStringValue | Unset = UNSET
    solde_echu: ClientAmountValue | Unset = UNSET
    client_type: ClientStringValue | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: dict[str, Any] | Unset = UNSET
        if not isinstance(self.code, Unset):
            code = self.code.to_dict()

        name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name.to_dict()

        home_phone_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.home_phone_number, Unset):
            home_phone_number = self.home_phone_number.to_dict()

        mobile_phone_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mobile_phone_number, Unset):
            mobile_phone_number = self.mobile_phone_number.to_dict()

        email: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email, Unset):
            email = self.email.to_dict()

        solde_echu: dict[str, Any] | Unset = UNSET
        if not isinstance(self.solde_echu, Unset):
            solde_echu = self.solde_echu.to_dict()

        client_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.client_type, Unset):
            client_type = self.client_type.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if name is not UNSET:
            field_dict["name"] = name
        if home_phone_number is not UNSET:
            field_dict["homePhoneNumber"] = home_phone_number
        if mobile_phone_number is not UNSET:
            field_dict["mobilePhoneNumber"] = mobile_phone_number
        if email is not UNSET:
            field_dict["email"] = email
        if solde_echu is not UNSET:
            field_dict["soldeEchu"] = solde_echu
        if client_type is not UNSET:
            field_dict["clientType"] = client_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.client_amount_value import ClientAmountValue  # noqa: PLC0415
        from ..models.client_string_value import ClientStringValue  # noqa: PLC0415

        d = dict(src_dict)
        _code = d.pop("code", UNSET)
        code: ClientStringValue | Unset
        if isinstance(_code, Unset):
            code = UNSET
        else:
            code = ClientStringValue.from_dict(_code)

        _name = d.pop("name", UNSET)
        name: ClientStringValue | Unset
        if isinstance(_name, Unset):
            name = UNSET
        else:
            name = ClientStringValue.from_dict(_name)

        _home_phone_number = d.pop("homePhoneNumber", UNSET)
        home_phone_number: ClientStringValue | Unset
        if isinstance(_home_phone_number, Unset):
            home_phone_number = UNSET
        else:
            home_phone_number = ClientStringValue.from_dict(_home_phone_number)

        _mobile_phone_number = d.pop("mobilePhoneNumber", UNSET)
        mobile_phone_number: ClientStringValue | Unset
        if isinstance(_mobile_phone_number, Unset):
            mobile_phone_number = UNSET
        else:
            mobile_phone_number = ClientStringValue.from_dict(_mobile_phone_number)

        _email = d.pop("email", UNSET)
        email: ClientStringValue | Unset
        if isinstance(_email, Unset):
            email = UNSET
        else:
            email = ClientStringValue.from_dict(_email)

        _solde_echu = d.pop("soldeEchu", UNSET)
        solde_echu: ClientAmountValue | Unset
        if isinstance(_solde_echu, Unset):
            solde_echu = UNSET
        else:
            solde_echu = ClientAmountValue.from_dict(_solde_echu)

        _client_type = d.pop("clientType", UNSET)
        client_type: ClientStringValue | Unset
        if isinstance(_client_type, Unset):
            client_type = UNSET
        else:
            client_type = ClientStringValue.from_dict(_client_type)

        client_summary = cls(
            code=code,
            name=name,
            home_phone_number=home_phone_number,
            mobile_phone_number=mobile_phone_number,
            email=email,
            solde_echu=solde_echu,
            client_type=client_type,
        )

        client_summary.additional_properties = d
        return client_summary

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
