from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, FileTypes, Unset, to_decimal

T = TypeVar("T", bound="ItemForm")


@_attrs_define
class ItemForm:
    """Formulaire (multipart/form-data) de création ou de modification d'un article de type
    [Marchandise] ou [Service]. Les noms de champs pointés (`costPriceAndMargin.marginRate`, ...)
    sont les noms littéraux des champs du formulaire.

        Attributes:
            price_vat_excluded (Decimal): Prix HT de l'article. Example: 199.99.
            description (str): Description détaillée de l'article. Example: Lorem ipsum dolor sit amet, consectetur
                adipiscing elit..
            vat_id (int): Identifiant du taux de TVA de l'article. Example: 5.
            nature_id (int): Identifiant de la nature de l'article. Example: 2.
            price_vat_included (Decimal): Prix TTC de l'article. Example: 239.99.
            sales_quantity (Decimal): Quantité de vente de l'article. Example: 1.
            cost_price_and_margin_cost_price_vat_excluded (Decimal): Prix de revient HT de l'article. Example: 130.5.
            cost_price_and_margin_margin_amount (Decimal): Marge en montant de l'article. Example: 69.49.
            cost_price_and_margin_margin_rate (Decimal): Marge en pourcentage de l'article. Example: 53.25.
            eco_contribution_amount_vat_excluded (Decimal): Montant HT de l'éco-contribution de l'article. Example: 5.0.
            eco_contribution_amount_vat_included (Decimal): Montant TTC de l'éco-contribution de l'article. Example: 5.0.
            eco_contribution_include_amount_in_sale_price (bool): Indique si le montant doit être inclus dans le prix de
                vente de l'article. Example: False.
            file (File | Unset): Fichier source de l'image de l'article.
            code (str | Unset): Code de l'article. Example: ART0001.
            label (str | Unset): Désignation de l'article. Example: Doudou teddy bear.
            eco_contribution_label (str | Unset): Libellé de l'éco-contribution de l'article (envoyé par l'exemple, absent
                du tableau). Example: Appareil éléctrique.
    """

    price_vat_excluded: Decimal
    description: str
    vat_id: int
    nature_id: int
    price_vat_included: Decimal
    sales_quantity: Decimal
    cost_price_and_margin_cost_price_vat_excluded: Decimal
    cost_price_and_margin_margin_amount: Decimal
    cost_price_and_margin_margin_rate: Decimal
    eco_contribution_amount_vat_excluded: Decimal
    eco_contribution_amount_vat_included: Decimal
    eco_contribution_include_amount_in_sale_price: bool
    file: File | Unset = UNSET
    code: str | Unset = UNSET
    label: str | Unset = UNSET
    eco_contribution_label: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        price_vat_excluded = self.price_vat_excluded

        description = self.description

        vat_id = self.vat_id

        nature_id = self.nature_id

        price_vat_included = self.price_vat_included

        sales_quantity = self.sales_quantity

        cost_price_and_margin_cost_price_vat_excluded = self.cost_price_and_margin_cost_price_vat_excluded

        cost_price_and_margin_margin_amount = self.cost_price_and_margin_margin_amount

        cost_price_and_margin_margin_rate = self.cost_price_and_margin_margin_rate

        eco_contribution_amount_vat_excluded = self.eco_contribution_amount_vat_excluded

        eco_contribution_amount_vat_included = self.eco_contribution_amount_vat_included

        eco_contribution_include_amount_in_sale_price = self.eco_contribution_include_amount_in_sale_price

        file: FileTypes | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_tuple()

        code = self.code

        label = self.label

        eco_contribution_label = self.eco_contribution_label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "priceVatExcluded": price_vat_excluded,
                "description": description,
                "vatId": vat_id,
                "natureId": nature_id,
                "priceVatIncluded": price_vat_included,
                "salesQuantity": sales_quantity,
                "costPriceAndMargin.costPriceVatExcluded": cost_price_and_margin_cost_price_vat_excluded,
                "costPriceAndMargin.marginAmount": cost_price_and_margin_margin_amount,
                "costPriceAndMargin.marginRate": cost_price_and_margin_margin_rate,
                "ecoContribution.amountVatExcluded": eco_contribution_amount_vat_excluded,
                "ecoContribution.amountVatIncluded": eco_contribution_amount_vat_included,
                "ecoContribution.includeAmountInSalePrice": eco_contribution_include_amount_in_sale_price,
            }
        )
        if file is not UNSET:
            field_dict["file"] = file
        if code is not UNSET:
            field_dict["code"] = code
        if label is not UNSET:
            field_dict["label"] = label
        if eco_contribution_label is not UNSET:
            field_dict["ecoContribution.label"] = eco_contribution_label

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("priceVatExcluded", (None, str(self.price_vat_excluded).encode(), "text/plain")))

        files.extend(types.form_parts("description", self.description))

        files.append(("vatId", (None, str(self.vat_id).encode(), "text/plain")))

        files.append(("natureId", (None, str(self.nature_id).encode(), "text/plain")))

        files.append(("priceVatIncluded", (None, str(self.price_vat_included).encode(), "text/plain")))

        files.append(("salesQuantity", (None, str(self.sales_quantity).encode(), "text/plain")))

        files.append(
            (
                "costPriceAndMargin.costPriceVatExcluded",
                (None, str(self.cost_price_and_margin_cost_price_vat_excluded).encode(), "text/plain"),
            )
        )

        files.append(
            (
                "costPriceAndMargin.marginAmount",
                (None, str(self.cost_price_and_margin_margin_amount).encode(), "text/plain"),
            )
        )

        files.append(
            (
                "costPriceAndMargin.marginRate",
                (None, str(self.cost_price_and_margin_margin_rate).encode(), "text/plain"),
            )
        )

        files.append(
            (
                "ecoContribution.amountVatExcluded",
                (None, str(self.eco_contribution_amount_vat_excluded).encode(), "text/plain"),
            )
        )

        files.append(
            (
                "ecoContribution.amountVatIncluded",
                (None, str(self.eco_contribution_amount_vat_included).encode(), "text/plain"),
            )
        )

        files.append(
            (
                "ecoContribution.includeAmountInSalePrice",
                (
                    None,
                    ("true" if self.eco_contribution_include_amount_in_sale_price else "false").encode(),
                    "text/plain",
                ),
            )
        )

        if not isinstance(self.file, Unset):
            files.append(("file", self.file.to_tuple()))

        if not isinstance(self.code, Unset):
            files.extend(types.form_parts("code", self.code))

        if not isinstance(self.label, Unset):
            files.extend(types.form_parts("label", self.label))

        if not isinstance(self.eco_contribution_label, Unset):
            files.extend(types.form_parts("ecoContribution.label", self.eco_contribution_label))

        for prop_name, prop in self.additional_properties.items():
            files.extend(types.form_parts(prop_name, prop))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        price_vat_excluded = to_decimal(d.pop("priceVatExcluded"))

        description = d.pop("description")

        vat_id = d.pop("vatId")

        nature_id = d.pop("natureId")

        price_vat_included = to_decimal(d.pop("priceVatIncluded"))

        sales_quantity = to_decimal(d.pop("salesQuantity"))

        cost_price_and_margin_cost_price_vat_excluded = to_decimal(d.pop("costPriceAndMargin.costPriceVatExcluded"))

        cost_price_and_margin_margin_amount = to_decimal(d.pop("costPriceAndMargin.marginAmount"))

        cost_price_and_margin_margin_rate = to_decimal(d.pop("costPriceAndMargin.marginRate"))

        eco_contribution_amount_vat_excluded = to_decimal(d.pop("ecoContribution.amountVatExcluded"))

        eco_contribution_amount_vat_included = to_decimal(d.pop("ecoContribution.amountVatIncluded"))

        eco_contribution_include_amount_in_sale_price = d.pop("ecoContribution.includeAmountInSalePrice")

        _file = d.pop("file", UNSET)
        file: File | Unset
        if isinstance(_file, Unset):
            file = UNSET
        else:
            file = File(payload=BytesIO(_file))

        code = d.pop("code", UNSET)

        label = d.pop("label", UNSET)

        eco_contribution_label = d.pop("ecoContribution.label", UNSET)

        item_form = cls(
            price_vat_excluded=price_vat_excluded,
            description=description,
            vat_id=vat_id,
            nature_id=nature_id,
            price_vat_included=price_vat_included,
            sales_quantity=sales_quantity,
            cost_price_and_margin_cost_price_vat_excluded=cost_price_and_margin_cost_price_vat_excluded,
            cost_price_and_margin_margin_amount=cost_price_and_margin_margin_amount,
            cost_price_and_margin_margin_rate=cost_price_and_margin_margin_rate,
            eco_contribution_amount_vat_excluded=eco_contribution_amount_vat_excluded,
            eco_contribution_amount_vat_included=eco_contribution_amount_vat_included,
            eco_contribution_include_amount_in_sale_price=eco_contribution_include_amount_in_sale_price,
            file=file,
            code=code,
            label=label,
            eco_contribution_label=eco_contribution_label,
        )

        item_form.additional_properties = d
        return item_form

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
