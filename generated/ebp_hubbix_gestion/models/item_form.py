from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
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
    read_bool,
    read_decimal,
    read_file,
    read_int,
    read_str,
)

from .. import types
from ..types import UNSET, File, Unset

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

    price_vat_excluded: Decimal | None
    description: str | None
    vat_id: int | None
    nature_id: int | None
    price_vat_included: Decimal | None
    sales_quantity: Decimal | None
    cost_price_and_margin_cost_price_vat_excluded: Decimal | None
    cost_price_and_margin_margin_amount: Decimal | None
    cost_price_and_margin_margin_rate: Decimal | None
    eco_contribution_amount_vat_excluded: Decimal | None
    eco_contribution_amount_vat_included: Decimal | None
    eco_contribution_include_amount_in_sale_price: bool | None
    file: File | None | Unset = UNSET
    code: str | None | Unset = UNSET
    label: str | None | Unset = UNSET
    eco_contribution_label: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.price_vat_excluded
        if value is UNSET:
            raise ArgumentTypeError("is required", parameter="ItemForm.price_vat_excluded")
        field_dict["priceVatExcluded"] = dump(value, "ItemForm.price_vat_excluded", "number", False)
        value = self.description
        if value is UNSET:
            raise ArgumentTypeError("is required", parameter="ItemForm.description")
        field_dict["description"] = dump(value, "ItemForm.description", "str", False)
        value = self.vat_id
        if value is UNSET:
            raise ArgumentTypeError("is required", parameter="ItemForm.vat_id")
        field_dict["vatId"] = dump(value, "ItemForm.vat_id", "int", False)
        value = self.nature_id
        if value is UNSET:
            raise ArgumentTypeError("is required", parameter="ItemForm.nature_id")
        field_dict["natureId"] = dump(value, "ItemForm.nature_id", "int", False)
        value = self.price_vat_included
        if value is UNSET:
            raise ArgumentTypeError("is required", parameter="ItemForm.price_vat_included")
        field_dict["priceVatIncluded"] = dump(value, "ItemForm.price_vat_included", "number", False)
        value = self.sales_quantity
        if value is UNSET:
            raise ArgumentTypeError("is required", parameter="ItemForm.sales_quantity")
        field_dict["salesQuantity"] = dump(value, "ItemForm.sales_quantity", "number", False)
        value = self.cost_price_and_margin_cost_price_vat_excluded
        if value is UNSET:
            raise ArgumentTypeError("is required", parameter="ItemForm.cost_price_and_margin_cost_price_vat_excluded")
        field_dict["costPriceAndMargin.costPriceVatExcluded"] = dump(
            value, "ItemForm.cost_price_and_margin_cost_price_vat_excluded", "number", False
        )
        value = self.cost_price_and_margin_margin_amount
        if value is UNSET:
            raise ArgumentTypeError("is required", parameter="ItemForm.cost_price_and_margin_margin_amount")
        field_dict["costPriceAndMargin.marginAmount"] = dump(
            value, "ItemForm.cost_price_and_margin_margin_amount", "number", False
        )
        value = self.cost_price_and_margin_margin_rate
        if value is UNSET:
            raise ArgumentTypeError("is required", parameter="ItemForm.cost_price_and_margin_margin_rate")
        field_dict["costPriceAndMargin.marginRate"] = dump(
            value, "ItemForm.cost_price_and_margin_margin_rate", "number", False
        )
        value = self.eco_contribution_amount_vat_excluded
        if value is UNSET:
            raise ArgumentTypeError("is required", parameter="ItemForm.eco_contribution_amount_vat_excluded")
        field_dict["ecoContribution.amountVatExcluded"] = dump(
            value, "ItemForm.eco_contribution_amount_vat_excluded", "number", False
        )
        value = self.eco_contribution_amount_vat_included
        if value is UNSET:
            raise ArgumentTypeError("is required", parameter="ItemForm.eco_contribution_amount_vat_included")
        field_dict["ecoContribution.amountVatIncluded"] = dump(
            value, "ItemForm.eco_contribution_amount_vat_included", "number", False
        )
        value = self.eco_contribution_include_amount_in_sale_price
        if value is UNSET:
            raise ArgumentTypeError("is required", parameter="ItemForm.eco_contribution_include_amount_in_sale_price")
        field_dict["ecoContribution.includeAmountInSalePrice"] = dump(
            value, "ItemForm.eco_contribution_include_amount_in_sale_price", "bool", False
        )
        value = self.file
        if value is not UNSET:
            field_dict["file"] = dump(value, "ItemForm.file", "file", False)
        value = self.code
        if value is not UNSET:
            field_dict["code"] = dump(value, "ItemForm.code", "str", False)
        value = self.label
        if value is not UNSET:
            field_dict["label"] = dump(value, "ItemForm.label", "str", False)
        value = self.eco_contribution_label
        if value is not UNSET:
            field_dict["ecoContribution.label"] = dump(value, "ItemForm.eco_contribution_label", "str", False)
        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        """This object as multipart/form-data parts."""
        files: types.RequestFiles = []

        if self.price_vat_excluded is None:
            raise ArgumentTypeError("cannot be None (leave it unset)", parameter="ItemForm.price_vat_excluded")
        dump(self.price_vat_excluded, "ItemForm.price_vat_excluded", "number", False)
        files.append(("priceVatExcluded", (None, str(self.price_vat_excluded).encode(), "text/plain")))

        if self.description is None:
            raise ArgumentTypeError("cannot be None (leave it unset)", parameter="ItemForm.description")
        dump(self.description, "ItemForm.description", "str", False)
        files.extend(types.form_parts("description", self.description))

        if self.vat_id is None:
            raise ArgumentTypeError("cannot be None (leave it unset)", parameter="ItemForm.vat_id")
        dump(self.vat_id, "ItemForm.vat_id", "int", False)
        files.append(("vatId", (None, str(self.vat_id).encode(), "text/plain")))

        if self.nature_id is None:
            raise ArgumentTypeError("cannot be None (leave it unset)", parameter="ItemForm.nature_id")
        dump(self.nature_id, "ItemForm.nature_id", "int", False)
        files.append(("natureId", (None, str(self.nature_id).encode(), "text/plain")))

        if self.price_vat_included is None:
            raise ArgumentTypeError("cannot be None (leave it unset)", parameter="ItemForm.price_vat_included")
        dump(self.price_vat_included, "ItemForm.price_vat_included", "number", False)
        files.append(("priceVatIncluded", (None, str(self.price_vat_included).encode(), "text/plain")))

        if self.sales_quantity is None:
            raise ArgumentTypeError("cannot be None (leave it unset)", parameter="ItemForm.sales_quantity")
        dump(self.sales_quantity, "ItemForm.sales_quantity", "number", False)
        files.append(("salesQuantity", (None, str(self.sales_quantity).encode(), "text/plain")))

        if self.cost_price_and_margin_cost_price_vat_excluded is None:
            raise ArgumentTypeError(
                "cannot be None (leave it unset)", parameter="ItemForm.cost_price_and_margin_cost_price_vat_excluded"
            )
        dump(
            self.cost_price_and_margin_cost_price_vat_excluded,
            "ItemForm.cost_price_and_margin_cost_price_vat_excluded",
            "number",
            False,
        )
        files.append(
            (
                "costPriceAndMargin.costPriceVatExcluded",
                (None, str(self.cost_price_and_margin_cost_price_vat_excluded).encode(), "text/plain"),
            )
        )

        if self.cost_price_and_margin_margin_amount is None:
            raise ArgumentTypeError(
                "cannot be None (leave it unset)", parameter="ItemForm.cost_price_and_margin_margin_amount"
            )
        dump(self.cost_price_and_margin_margin_amount, "ItemForm.cost_price_and_margin_margin_amount", "number", False)
        files.append(
            (
                "costPriceAndMargin.marginAmount",
                (None, str(self.cost_price_and_margin_margin_amount).encode(), "text/plain"),
            )
        )

        if self.cost_price_and_margin_margin_rate is None:
            raise ArgumentTypeError(
                "cannot be None (leave it unset)", parameter="ItemForm.cost_price_and_margin_margin_rate"
            )
        dump(self.cost_price_and_margin_margin_rate, "ItemForm.cost_price_and_margin_margin_rate", "number", False)
        files.append(
            (
                "costPriceAndMargin.marginRate",
                (None, str(self.cost_price_and_margin_margin_rate).encode(), "text/plain"),
            )
        )

        if self.eco_contribution_amount_vat_excluded is None:
            raise ArgumentTypeError(
                "cannot be None (leave it unset)", parameter="ItemForm.eco_contribution_amount_vat_excluded"
            )
        dump(
            self.eco_contribution_amount_vat_excluded, "ItemForm.eco_contribution_amount_vat_excluded", "number", False
        )
        files.append(
            (
                "ecoContribution.amountVatExcluded",
                (None, str(self.eco_contribution_amount_vat_excluded).encode(), "text/plain"),
            )
        )

        if self.eco_contribution_amount_vat_included is None:
            raise ArgumentTypeError(
                "cannot be None (leave it unset)", parameter="ItemForm.eco_contribution_amount_vat_included"
            )
        dump(
            self.eco_contribution_amount_vat_included, "ItemForm.eco_contribution_amount_vat_included", "number", False
        )
        files.append(
            (
                "ecoContribution.amountVatIncluded",
                (None, str(self.eco_contribution_amount_vat_included).encode(), "text/plain"),
            )
        )

        if self.eco_contribution_include_amount_in_sale_price is None:
            raise ArgumentTypeError(
                "cannot be None (leave it unset)", parameter="ItemForm.eco_contribution_include_amount_in_sale_price"
            )
        dump(
            self.eco_contribution_include_amount_in_sale_price,
            "ItemForm.eco_contribution_include_amount_in_sale_price",
            "bool",
            False,
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

        if self.file is None:
            raise ArgumentTypeError("cannot be None (leave it unset)", parameter="ItemForm.file")
        if not isinstance(self.file, Unset):
            dump(self.file, "ItemForm.file", "file", False)
        if not isinstance(self.file, Unset):
            files.append(("file", self.file.to_tuple()))

        if self.code is None:
            raise ArgumentTypeError("cannot be None (leave it unset)", parameter="ItemForm.code")
        if not isinstance(self.code, Unset):
            dump(self.code, "ItemForm.code", "str", False)
        if not isinstance(self.code, Unset):
            files.extend(types.form_parts("code", self.code))

        if self.label is None:
            raise ArgumentTypeError("cannot be None (leave it unset)", parameter="ItemForm.label")
        if not isinstance(self.label, Unset):
            dump(self.label, "ItemForm.label", "str", False)
        if not isinstance(self.label, Unset):
            files.extend(types.form_parts("label", self.label))

        if self.eco_contribution_label is None:
            raise ArgumentTypeError("cannot be None (leave it unset)", parameter="ItemForm.eco_contribution_label")
        if not isinstance(self.eco_contribution_label, Unset):
            dump(self.eco_contribution_label, "ItemForm.eco_contribution_label", "str", False)
        if not isinstance(self.eco_contribution_label, Unset):
            files.extend(types.form_parts("ecoContribution.label", self.eco_contribution_label))

        for prop_name, prop in self.additional_properties.items():
            files.extend(types.form_parts(prop_name, prop))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object (a response body or part of one) at JSON pointer ``_path``.

        ``null`` reads as None; numeric strings, dates given as date-times and enum names are accepted;
        anything else that does not fit raises ``ResponseValidationError`` naming its path.
        """
        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise invalid(_path, None, "an object", src_dict)
        get = src_dict.get
        price_vat_excluded = get("priceVatExcluded", UNSET)
        if price_vat_excluded is UNSET:
            raise missing(_path, "priceVatExcluded", "a number")
        if price_vat_excluded.__class__ is not Decimal:
            price_vat_excluded = read_decimal(price_vat_excluded, _path, "priceVatExcluded")
        description = get("description", UNSET)
        if description is UNSET:
            raise missing(_path, "description", "a string")
        if description.__class__ is not str:
            description = read_str(description, _path, "description")
        vat_id = get("vatId", UNSET)
        if vat_id is UNSET:
            raise missing(_path, "vatId", "an integer")
        if vat_id.__class__ is not int:
            vat_id = read_int(vat_id, _path, "vatId")
        nature_id = get("natureId", UNSET)
        if nature_id is UNSET:
            raise missing(_path, "natureId", "an integer")
        if nature_id.__class__ is not int:
            nature_id = read_int(nature_id, _path, "natureId")
        price_vat_included = get("priceVatIncluded", UNSET)
        if price_vat_included is UNSET:
            raise missing(_path, "priceVatIncluded", "a number")
        if price_vat_included.__class__ is not Decimal:
            price_vat_included = read_decimal(price_vat_included, _path, "priceVatIncluded")
        sales_quantity = get("salesQuantity", UNSET)
        if sales_quantity is UNSET:
            raise missing(_path, "salesQuantity", "a number")
        if sales_quantity.__class__ is not Decimal:
            sales_quantity = read_decimal(sales_quantity, _path, "salesQuantity")
        cost_price_and_margin_cost_price_vat_excluded = get("costPriceAndMargin.costPriceVatExcluded", UNSET)
        if cost_price_and_margin_cost_price_vat_excluded is UNSET:
            raise missing(_path, "costPriceAndMargin.costPriceVatExcluded", "a number")
        if cost_price_and_margin_cost_price_vat_excluded.__class__ is not Decimal:
            cost_price_and_margin_cost_price_vat_excluded = read_decimal(
                cost_price_and_margin_cost_price_vat_excluded, _path, "costPriceAndMargin.costPriceVatExcluded"
            )
        cost_price_and_margin_margin_amount = get("costPriceAndMargin.marginAmount", UNSET)
        if cost_price_and_margin_margin_amount is UNSET:
            raise missing(_path, "costPriceAndMargin.marginAmount", "a number")
        if cost_price_and_margin_margin_amount.__class__ is not Decimal:
            cost_price_and_margin_margin_amount = read_decimal(
                cost_price_and_margin_margin_amount, _path, "costPriceAndMargin.marginAmount"
            )
        cost_price_and_margin_margin_rate = get("costPriceAndMargin.marginRate", UNSET)
        if cost_price_and_margin_margin_rate is UNSET:
            raise missing(_path, "costPriceAndMargin.marginRate", "a number")
        if cost_price_and_margin_margin_rate.__class__ is not Decimal:
            cost_price_and_margin_margin_rate = read_decimal(
                cost_price_and_margin_margin_rate, _path, "costPriceAndMargin.marginRate"
            )
        eco_contribution_amount_vat_excluded = get("ecoContribution.amountVatExcluded", UNSET)
        if eco_contribution_amount_vat_excluded is UNSET:
            raise missing(_path, "ecoContribution.amountVatExcluded", "a number")
        if eco_contribution_amount_vat_excluded.__class__ is not Decimal:
            eco_contribution_amount_vat_excluded = read_decimal(
                eco_contribution_amount_vat_excluded, _path, "ecoContribution.amountVatExcluded"
            )
        eco_contribution_amount_vat_included = get("ecoContribution.amountVatIncluded", UNSET)
        if eco_contribution_amount_vat_included is UNSET:
            raise missing(_path, "ecoContribution.amountVatIncluded", "a number")
        if eco_contribution_amount_vat_included.__class__ is not Decimal:
            eco_contribution_amount_vat_included = read_decimal(
                eco_contribution_amount_vat_included, _path, "ecoContribution.amountVatIncluded"
            )
        eco_contribution_include_amount_in_sale_price = get("ecoContribution.includeAmountInSalePrice", UNSET)
        if eco_contribution_include_amount_in_sale_price is UNSET:
            raise missing(_path, "ecoContribution.includeAmountInSalePrice", "a boolean")
        if eco_contribution_include_amount_in_sale_price.__class__ is not bool:
            eco_contribution_include_amount_in_sale_price = read_bool(
                eco_contribution_include_amount_in_sale_price, _path, "ecoContribution.includeAmountInSalePrice"
            )
        file = get("file", UNSET)
        if file is not UNSET:
            file = read_file(file, _path, "file")
        code = get("code", UNSET)
        if code.__class__ is not str:
            code = read_str(code, _path, "code")
        label = get("label", UNSET)
        if label.__class__ is not str:
            label = read_str(label, _path, "label")
        eco_contribution_label = get("ecoContribution.label", UNSET)
        if eco_contribution_label.__class__ is not str:
            eco_contribution_label = read_str(eco_contribution_label, _path, "ecoContribution.label")
        item_form = object.__new__(cls)
        item_form.price_vat_excluded = price_vat_excluded
        item_form.description = description
        item_form.vat_id = vat_id
        item_form.nature_id = nature_id
        item_form.price_vat_included = price_vat_included
        item_form.sales_quantity = sales_quantity
        item_form.cost_price_and_margin_cost_price_vat_excluded = cost_price_and_margin_cost_price_vat_excluded
        item_form.cost_price_and_margin_margin_amount = cost_price_and_margin_margin_amount
        item_form.cost_price_and_margin_margin_rate = cost_price_and_margin_margin_rate
        item_form.eco_contribution_amount_vat_excluded = eco_contribution_amount_vat_excluded
        item_form.eco_contribution_amount_vat_included = eco_contribution_amount_vat_included
        item_form.eco_contribution_include_amount_in_sale_price = eco_contribution_include_amount_in_sale_price
        item_form.file = file
        item_form.code = code
        item_form.label = label
        item_form.eco_contribution_label = eco_contribution_label
        item_form.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            item_form.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return item_form

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (ItemForm)", value)

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
        "priceVatExcluded",
        "description",
        "vatId",
        "natureId",
        "priceVatIncluded",
        "salesQuantity",
        "costPriceAndMargin.costPriceVatExcluded",
        "costPriceAndMargin.marginAmount",
        "costPriceAndMargin.marginRate",
        "ecoContribution.amountVatExcluded",
        "ecoContribution.amountVatIncluded",
        "ecoContribution.includeAmountInSalePrice",
        "file",
        "code",
        "label",
        "ecoContribution.label",
    }
)
