from __future__ import annotations

import datetime
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
    read_datetime,
    read_str,
)

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

    document_type_name: str | None
    origin_document_number: str | None
    target_document_sub_type_name: None | str | Unset = UNSET
    target_document_date: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.document_type_name
        if value is UNSET:
            raise ArgumentTypeError("is required", parameter="DocumentTransferRequest.document_type_name")
        field_dict["documentTypeName"] = dump(value, "DocumentTransferRequest.document_type_name", "str", False)
        value = self.origin_document_number
        if value is UNSET:
            raise ArgumentTypeError("is required", parameter="DocumentTransferRequest.origin_document_number")
        field_dict["originDocumentNumber"] = dump(value, "DocumentTransferRequest.origin_document_number", "str", False)
        value = self.target_document_sub_type_name
        if value is not UNSET:
            field_dict["targetDocumentSubTypeName"] = to_json(value)
        value = self.target_document_date
        if value is not UNSET:
            field_dict["targetDocumentDate"] = to_json(value)
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
        document_type_name = get("documentTypeName", UNSET)
        if document_type_name is UNSET:
            raise missing(_path, "documentTypeName", "a string")
        if document_type_name.__class__ is not str:
            document_type_name = read_str(document_type_name, _path, "documentTypeName")
        origin_document_number = get("originDocumentNumber", UNSET)
        if origin_document_number is UNSET:
            raise missing(_path, "originDocumentNumber", "a string")
        if origin_document_number.__class__ is not str:
            origin_document_number = read_str(origin_document_number, _path, "originDocumentNumber")
        target_document_sub_type_name = get("targetDocumentSubTypeName", UNSET)
        if target_document_sub_type_name.__class__ is not str:
            target_document_sub_type_name = read_str(target_document_sub_type_name, _path, "targetDocumentSubTypeName")
        target_document_date = get("targetDocumentDate", UNSET)
        if target_document_date is not UNSET:
            target_document_date = read_datetime(target_document_date, _path, "targetDocumentDate")
        document_transfer_request = object.__new__(cls)
        document_transfer_request.document_type_name = document_type_name
        document_transfer_request.origin_document_number = origin_document_number
        document_transfer_request.target_document_sub_type_name = target_document_sub_type_name
        document_transfer_request.target_document_date = target_document_date
        document_transfer_request.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            document_transfer_request.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return document_transfer_request

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (DocumentTransferRequest)", value)

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
        "documentTypeName",
        "originDocumentNumber",
        "targetDocumentSubTypeName",
        "targetDocumentDate",
    }
)
