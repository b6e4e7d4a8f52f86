from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from comptoir.runtime.checks import dump, dump_model, to_json
from comptoir.runtime.reading import (
    invalid,
    pointer,
    read_any,
    read_list,
)

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.client_summary import ClientSummary
    from ..models.paging import Paging


T = TypeVar("T", bound="ClientList")


@_attrs_define
class ClientList:
    """Les clients et la pagination.

    Attributes:
        clients (list[ClientSummary] | Unset):
        paging (Paging | Unset): Pagination du résultat.
    """

    clients: list[ClientSummary] | None | Unset = UNSET
    paging: Paging | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data; a field holding a value of the wrong type raises ``ArgumentTypeError``."""
        from ..models.paging import Paging  # noqa: PLC0415

        field_dict: dict[str, Any] = {}
        value: Any
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = to_json(prop)
        value = self.clients
        if value is not UNSET:
            field_dict["clients"] = dump(value, "ClientList.clients", "list", False)
        value = self.paging
        if value is not UNSET:
            field_dict["paging"] = dump_model(value, "ClientList.paging", Paging, False)
        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any], _path: str = "") -> T:
        """Read a JSON object (a response body or part of one) at JSON pointer ``_path``.

        ``null`` reads as None; numeric strings, dates given as date-times and enum names are accepted;
        anything else that does not fit raises ``ResponseValidationError`` naming its path.
        """
        from ..models.client_summary import ClientSummary  # noqa: PLC0415
        from ..models.paging import Paging  # noqa: PLC0415

        if src_dict.__class__ is not dict and not isinstance(src_dict, Mapping):
            raise invalid(_path, None, "an object", src_dict)
        get = src_dict.get
        clients = get("clients", UNSET)
        if clients is not UNSET:
            clients = read_list(clients, _path, "clients", ClientSummary._read)
        paging = get("paging", UNSET)
        if paging is not UNSET:
            paging = Paging._read(paging, _path, "paging")
        client_list = object.__new__(cls)
        client_list.clients = clients
        client_list.paging = paging
        client_list.additional_properties = {}
        if not src_dict.keys() <= _KNOWN:
            client_list.additional_properties = {
                key: read_any(item, _path, key) for key, item in src_dict.items() if key not in _KNOWN
            }
        return client_list

    @classmethod
    def _read(cls: type[T], value: Any, path: str, key: str | int | None) -> Any:
        """The runtime reader of this model (see comptoir.runtime.reading)."""
        if value.__class__ is dict or isinstance(value, Mapping):
            return cls.from_dict(value, pointer(path, key))
        if value is None or value is UNSET:
            return value
        raise invalid(path, key, "an object (ClientList)", value)

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
        "clients",
        "paging",
    }
)
