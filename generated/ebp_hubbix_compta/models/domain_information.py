from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DomainInformation")


@_attrs_define
class DomainInformation:
    """Informations sur le domaine (dossier).

    Attributes:
        domain_name (str | Unset): Nom du dossier.
        domain_code (str | Unset): Code du dossier.
        version (str | Unset): Version.
    """

    domain_name: str | Unset = UNSET
    domain_code: str | Unset = UNSET
    version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain_name = self.domain_name

        domain_code = self.domain_code

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if domain_name is not UNSET:
            field_dict["domainName"] = domain_name
        if domain_code is not UNSET:
            field_dict["domainCode"] = domain_code
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        domain_name = d.pop("domainName", UNSET)

        domain_code = d.pop("domainCode", UNSET)

        version = d.pop("version", UNSET)

        domain_information = cls(
            domain_name=domain_name,
            domain_code=domain_code,
            version=version,
        )

        domain_information.additional_properties = d
        return domain_information

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
