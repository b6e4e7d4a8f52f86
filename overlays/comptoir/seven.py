"""seven.io: ``connect()``, the balance as a number, and the SMS prices as typed rows.

client = seven.connect(api_key=os.environ["SEVEN_API_KEY"])
seven.balance(client)                              # Decimal('290.67'), JSON or text answer
seven.pricing_rows(client, country="AT")           # [PricingRow(country_code='AT', ..., price=Decimal('0.075'))]
pricing = get_pricing.sync(client=client, country="FR")
pricing = client.account.get_pricing(country="FR")   # the same, resource style

``connect_async()`` gives the async client (``async with seven.connect_async(...) as client:``).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from types import ModuleType
from typing import Any

import httpx
from seven.api.account import get_balance, get_pricing
from seven.client import AuthenticatedClient
from seven.models import Balance, Pricing, PricingFormat
from seven.resources import AsyncSevenClient, SevenClient

from ._connect import build_client
from ._credentials import HeaderCredential, SpecAuth
from .errors import APIError, ResponseValidationError
from .runtime import send, success
from .secret import Secret

PRODUCTION_URL = "https://gateway.seven.io/api"
API = "seven"

GATEWAY_ERRORS: Mapping[int, str] = {
    900: "invalid API key",
    902: "API deactivated",
    903: "IP not allowed",
}
"""The gateway's documented error codes, sent as a bare number in an HTTP 200 body."""

BALANCE_ACCEPT = "application/json, text/plain;q=0.9"
CSV_ACCEPT = "text/csv"
CSV_COLUMNS = (
    "countryCode",
    "countryName",
    "countryPrefix",
    "mcc",
    "mncs",
    "networkName",
    "price",
    "features",
    "comment",
)


class GatewayError(APIError):
    """The gateway answered with one of its numeric error codes instead of the answer.

    ``code`` is the number (900 invalid API key, 902 API deactivated, 903 IP not allowed; other
    codes are kept as they come), ``meaning`` its documented meaning or ``""``.
    """

    def __init__(self, code: int, *, operation: str) -> None:
        self.code = code
        self.meaning = GATEWAY_ERRORS.get(code, "")
        detail = f" ({self.meaning})" if self.meaning else " (undocumented code)"
        super().__init__(f"{API} {operation}: gateway error {code}{detail}", api=API, operation=operation)


@dataclass(frozen=True)
class PricingRow:
    """The price of one SMS to one mobile network."""

    country_code: str
    country_name: str
    country_prefix: str
    mcc: str
    mncs: list[str]
    network_name: str
    price: Decimal
    features: list[str]
    comment: str


def connect(
    *,
    api_key: str | Secret,
    base_url: str = PRODUCTION_URL,
    timeout: httpx.Timeout | float | None = None,
    max_retries: int = 2,
    **httpx_args: Any,
) -> SevenClient:
    """The seven.io client, the API key in the ``X-Api-Key`` header of every request."""
    api_key = Secret.of(api_key)  # masked in tracebacks rendered with locals
    auth = SpecAuth({"apiKey": HeaderCredential("X-Api-Key", api_key)})
    return build_client(
        SevenClient, base_url=base_url, auth=auth, timeout=timeout, max_retries=max_retries, **httpx_args
    )


def connect_async(
    *,
    api_key: str | Secret,
    base_url: str = PRODUCTION_URL,
    timeout: httpx.Timeout | float | None = None,
    max_retries: int = 2,
    **httpx_args: Any,
) -> AsyncSevenClient:
    """The async seven.io client; arguments as :func:`connect`."""
    api_key = Secret.of(api_key)  # masked in tracebacks rendered with locals
    auth = SpecAuth({"apiKey": HeaderCredential("X-Api-Key", api_key)})
    return build_client(
        AsyncSevenClient, base_url=base_url, auth=auth, timeout=timeout, max_retries=max_retries, **httpx_args
    )


def balance(client: AuthenticatedClient) -> Decimal:
    """The account balance, asked as JSON first; the documented text answer is read too.

    A bare JSON number is a gateway error code, raised as :class:`GatewayError`. A text answer
    ``900`` cannot be told from a balance of 900 and is returned as ``Decimal('900')``.
    """
    operation = "getBalance"
    response, parsed = _call(get_balance, client, accept=BALANCE_ACCEPT, operation=operation)
    if isinstance(parsed, Balance):
        if isinstance(parsed.amount, Decimal) and parsed.amount.is_finite():
            return parsed.amount
        raise _invalid(operation, response, "/amount", "a decimal amount", parsed.amount)
    if isinstance(parsed, int) and not isinstance(parsed, bool):
        raise GatewayError(parsed, operation=operation)
    if isinstance(parsed, Decimal) and parsed.is_finite():
        return parsed
    raise _invalid(operation, response, "", "a balance (JSON {amount, currency} or a decimal as text)", parsed)


def pricing_rows(client: AuthenticatedClient, country: str | None = None) -> list[PricingRow]:
    """The SMS prices, one row per network, asked as CSV (``format=csv``, ``Accept: text/csv``).

    The CSV may separate its quoted fields with ``;`` or ``; ``; a JSON answer (a gateway that
    ignores the format) is read into the same rows.
    """
    operation = "getPricing"
    arguments: dict[str, Any] = {"format_": PricingFormat.CSV}
    if country is not None:
        arguments["country"] = country
    response, parsed = _call(get_pricing, client, accept=CSV_ACCEPT, operation=operation, **arguments)
    if isinstance(parsed, Pricing):
        return _Reader(operation, response).json_rows(parsed.to_dict())
    if _media_type(response) in ("text/csv", "text/plain", "application/csv"):
        return _Reader(operation, response).csv_rows()
    raise _invalid(operation, response, "", "a CSV (text/csv) or JSON price list", _media_type(response) or "no type")


# --- calling -----------------------------------------------------------------------------------


def _call(
    module: ModuleType, client: AuthenticatedClient, *, accept: str, operation: str, **arguments: Any
) -> tuple[httpx.Response, Any]:
    """One generated operation sent with this ``Accept`` header: the response and its parsed value.

    A non-2xx answer raises its :class:`APIStatusError`; a body the generated reader rejects
    raises :class:`ResponseValidationError` (both from the shared runtime).
    """
    kwargs: dict[str, Any] = module._get_kwargs(**arguments)
    kwargs["headers"] = {**kwargs.get("headers", {}), "Accept": accept}
    response = send(client, kwargs, api=API, operation=operation)
    parsed = success(response, module._parse_response, api=API, operation=operation, documented=module._SUCCESS)
    return response, parsed


def _media_type(response: httpx.Response) -> str:
    media_type: str = response.headers.get("content-type", "")
    return media_type.partition(";")[0].strip().lower()


def _invalid(
    operation: str, response: httpx.Response, path: str, expected: str, got: object
) -> ResponseValidationError:
    shown = got if isinstance(got, str) else type(got).__name__
    return ResponseValidationError(
        api=API, operation=operation, path=path, expected=expected, got=shown[:80], response=response
    )


# --- reading prices ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Reader:
    """Reads price rows out of one answer; every misfit is a ResponseValidationError with its path."""

    operation: str
    response: httpx.Response

    def invalid(self, path: str, expected: str, got: object) -> ResponseValidationError:
        return _invalid(self.operation, self.response, path, expected, got)

    def text(self, record: Mapping[str, Any], key: str, path: str, default: str | None = None) -> str:
        value = record.get(key, default)
        if not isinstance(value, str):
            raise self.invalid(f"{path}/{key}", "a string", value)
        return value

    def texts(self, record: Mapping[str, Any], key: str, path: str, default: list[str] | None = None) -> list[str]:
        value = record.get(key, default)
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise self.invalid(f"{path}/{key}", "an array of strings", value)
        return list(value)

    def price(self, value: object, path: str) -> Decimal:
        try:
            price = Decimal(value) if isinstance(value, (str, Decimal)) else None
        except InvalidOperation:
            price = None
        if price is None or not price.is_finite():
            raise self.invalid(path, "a decimal price", value)
        return price

    def csv_rows(self) -> list[PricingRow]:
        """Rows from the CSV body: `;`-separated quoted fields, with or without a space after `;`."""
        try:
            text = self.response.content.decode(self.response.charset_encoding or "utf-8")
        except (LookupError, UnicodeDecodeError):
            raise self.invalid("", "CSV text", "undecodable bytes") from None
        reader = csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=";", skipinitialspace=True)
        records = [record for record in reader if any(cell.strip() for cell in record)]
        if not records:
            return []
        header = [name.strip() for name in records[0]]
        missing = [name for name in CSV_COLUMNS if name not in header]
        if missing:
            raise self.invalid("/0", f"a header with {', '.join(CSV_COLUMNS)}", f"no {missing[0]}")
        rows: list[PricingRow] = []
        for number, record in enumerate(records[1:], start=1):
            if len(record) != len(header):
                raise self.invalid(f"/{number}", f"{len(header)} fields", str(len(record)))
            cell = {name: value.strip() for name, value in zip(header, record, strict=True)}
            rows.append(
                PricingRow(
                    country_code=cell["countryCode"],
                    country_name=cell["countryName"],
                    country_prefix=cell["countryPrefix"],
                    mcc=cell["mcc"],
                    mncs=_split(cell["mncs"]),
                    network_name=cell["networkName"],
                    price=self.price(cell["price"], f"/{number}/price"),
                    features=_split(cell["features"]),
                    comment=cell["comment"],
                )
            )
        return rows

    def json_rows(self, pricing: Mapping[str, Any]) -> list[PricingRow]:
        """Rows from the JSON price list (countries, each with its networks)."""
        countries = pricing.get("countries", [])
        if not isinstance(countries, list):
            raise self.invalid("/countries", "an array", countries)
        rows: list[PricingRow] = []
        for c, country in enumerate(countries):
            where = f"/countries/{c}"
            networks = country.get("networks", []) if isinstance(country, Mapping) else None
            if not isinstance(networks, list):
                raise self.invalid(where, "a country with its networks", country)
            for n, network in enumerate(networks):
                at = f"{where}/networks/{n}"
                if not isinstance(network, Mapping):
                    raise self.invalid(at, "an object", network)
                rows.append(
                    PricingRow(
                        country_code=self.text(country, "countryCode", where),
                        country_name=self.text(country, "countryName", where),
                        country_prefix=self.text(country, "countryPrefix", where),
                        mcc=self.text(network, "mcc", at),
                        mncs=self.texts(network, "mncs", at),
                        network_name=self.text(network, "networkName", at),
                        price=self.price(network.get("price"), f"{at}/price"),
                        features=self.texts(network, "features", at, []),
                        comment=self.text(network, "comment", at, ""),
                    )
                )
        return rows


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split(",") if part.strip()]
