from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DocumentTransferRequest")


@_attrs_define
class DocumentTransferRequest:
    """Demande de transfert de document.

    Attributes:
        document_type_name (str): Type de document à transférer (ex. SALE).
        origin_document_number (str): Code du document à transférer.
        target_document_sub_type_name (None | str | Unset): Type de document à créer.
        target_document_date (datetime.datetime | None | Unset): Date du document à créer.
    """

    document_type_name: str
    origin_document_number: str
    target_document_sub_type_name: None | str | Unset = UNSET
    target_document_date: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document_type_name = self.document_type_name

        origin_document_number = self.origin_document_number

        target_document_sub_type_name: None | str | Unset
        if isinstance(self.target_document_sub_type_name, Unset):
            target_document_sub_type_name = UNSET
        else:
            target_document_sub_type_name = self.target_document_sub_type_name

        target_document_date: None | str | Unset
        if isinstance(self.target_document_date, Unset):
            target_document_date = UNSET
        elif isinstance(self.target_document_date, datetime.datetime):
            target_document_date = self.target_document_date.isoformat()
        else:
            target_document_date = self.target_document_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "documentTypeName": document_type_name,
                "originDocumentNumber": origin_document_number,
            }
        )
        if target_document_sub_type_name is not UNSET:
            field_dict["targetDocumentSubTypeName"] = target_document_sub_type_name
        if target_document_date is not UNSET:
            field_dict["targetDocumentDate"] = target_document_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        document_type_name = d.pop("documentTypeName")

        origin_document_number = d.pop("originDocumentNumber")

        def _parse_target_document_sub_type_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        target_document_sub_type_name = _parse_target_document_sub_type_name(d.pop("targetDocumentSubTypeName", UNSET))

        def _parse_target_document_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                target_document_date_type_0 = datetime.datetime.fromisoformat(data)

                return target_document_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        target_document_date = _parse_target_document_date(d.pop("targetDocumentDate", UNSET))

        document_transfer_request = cls(
            document_type_name=document_type_name,
            origin_document_number=origin_document_number,
            target_document_sub_type_name=target_document_sub_type_name,
            target_document_date=target_document_date,
        )

        document_transfer_request.additional_properties = d
        return document_transfer_request

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
