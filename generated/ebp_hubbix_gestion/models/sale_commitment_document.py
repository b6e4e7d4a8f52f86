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
    read_int,
    read_str,
    read_union,
)

from ..models.sale_document_status import SaleDocumentStatus
from ..models.sale_document_type import SaleDocumentType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SaleCommitmentDocument")


@_attrs_define
class SaleCommitmentDocument:
    """Document de vente de l'échéance.

    Attributes:
        id (int | Unset): Identifiant du document.
        number (str | Unset): Référence du document.
        document_status (SaleDocumentStatus | Unset): SaleDocumentStatus - Statut de document.
            0 = Provisional (Document provisoire), 1 = Validated (Document validé ou facturé selon le
            contexte).
        document_type (SaleDocumentType | Unset): SaleDocumentType - Types de document.
            0 = SaleInvoice (Facture), 1 = SaleCredit (Avoir), 2 = SaleDepositInvoice (Facture
            d'acompte), 3 = SaleDepositCredit (Avoir d'acompte), 4 = SaleQuote (Devis).
        commitment_association_id (int | str | Unset): Identifiant de l'association entre l'échéance et le document (a
            string per the table, an integer in the doc's example; both parse).
    """

    id: int | None | Unset = UNSET
    number: str | None | Unset = UNSET
    document_status: SaleDocumentStatus | None | Unset = UNSET
    document_type: SaleDocumentType | None | Unset = UNSET
    commitment_association_id: int | str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.id
        if value is not UNSET:
            field_dict["id"] = dump(value, "SaleCommitmentDocument.id", "int", False)
        value = self.number
        if value is not UNSET:
            field_dict["number"] = dump(value, "SaleCommitmentDocument.number", "str", False)
        value = self.document_status
        if value is not UNSET:
            field_dict["documentStatus"] = dump(
                value, "SaleCommitmentDocument.document_status", "enum", False, SaleDocumentStatus
            )
        value = self.document_type
        if value is not UNSET:
            field_dict["documentType"] = dump(
                value, "SaleCommitmentDocument.document_type", "enum", False, SaleDocumentType
            )
        value = self.commitment_association_id
        if value is not UNSET:
            field_dict["commitmentAssociationId"] = to_json(value)
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
        number = get("number", UNSET)
        if number.__class__ is not str:
            number = read_str(number, _path, "number")
        document_status = get("documentStatus", UNSET)
        if document_status.__class__ is int and document_status in SaleDocumentStatus._value2member_map_:
            document_status = SaleDocumentStatus._value2member_map_[document_status]
        elif document_status is not UNSET:
            document_status = SaleDocumentStatus._read(document_status, _path, "documentStatus")
        document_type = get("documentType", UNSET)
        if document_type.__class__ is int and document_type in SaleDocumentType._value2member_map_:
            document_type = SaleDocumentType._value2member_map_[document_type]
        elif document_type is not UNSET:
            document_type = SaleDocumentType._read(document_type, _path, "documentType")
        commitment_association_id = get("commitmentAssociationId", UNSET)
        if commitment_association_id is not UNSET:
            commitment_association_id = read_union(
                commitment_association_id,
                _path,
                "commitmentAssociationId",
                (
                    read_str,
                    read_int,
                ),
                "a string or an integer",
            )
        sale_commitment_document = object.__new__(cls)
        sale_commitment_document.id = id
        sale_commitment_document.number = number
        sale_commitment_document.document_status = document_status
        sale_commitment_document.document_type = document_type
        sale_commitment_document.commitment_association_id = commitment_association_id
        sale_commitment_document.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            sale_commitment_document.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return sale_commitment_document

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (SaleCommitmentDocument)", value)

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
        "number",
        "documentStatus",
        "documentType",
        "commitmentAssociationId",
    }
)
