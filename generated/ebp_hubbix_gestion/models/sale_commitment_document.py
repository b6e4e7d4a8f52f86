from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

    id: int | Unset = UNSET
    number: str | Unset = UNSET
    document_status: SaleDocumentStatus | Unset = UNSET
    document_type: SaleDocumentType | Unset = UNSET
    commitment_association_id: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        document_status: int | Unset = UNSET
        if not isinstance(self.document_status, Unset):
            document_status = self.document_status.value

        document_type: int | Unset = UNSET
        if not isinstance(self.document_type, Unset):
            document_type = self.document_type.value

        commitment_association_id: int | str | Unset
        if isinstance(self.commitment_association_id, Unset):
            commitment_association_id = UNSET
        else:
            commitment_association_id = self.commitment_association_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if number is not UNSET:
            field_dict["number"] = number
        if document_status is not UNSET:
            field_dict["documentStatus"] = document_status
        if document_type is not UNSET:
            field_dict["documentType"] = document_type
        if commitment_association_id is not UNSET:
            field_dict["commitmentAssociationId"] = commitment_association_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        number = d.pop("number", UNSET)

        _document_status = d.pop("documentStatus", UNSET)
        document_status: SaleDocumentStatus | Unset
        if isinstance(_document_status, Unset):
            document_status = UNSET
        else:
            document_status = SaleDocumentStatus(_document_status)

        _document_type = d.pop("documentType", UNSET)
        document_type: SaleDocumentType | Unset
        if isinstance(_document_type, Unset):
            document_type = UNSET
        else:
            document_type = SaleDocumentType(_document_type)

        def _parse_commitment_association_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        commitment_association_id = _parse_commitment_association_id(d.pop("commitmentAssociationId", UNSET))

        sale_commitment_document = cls(
            id=id,
            number=number,
            document_status=document_status,
            document_type=document_type,
            commitment_association_id=commitment_association_id,
        )

        sale_commitment_document.additional_properties = d
        return sale_commitment_document

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
