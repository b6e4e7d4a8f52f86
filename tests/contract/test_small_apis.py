"""seven.io, Seqino PDP and facturare.md through the overlay's connect(), against their Prism mocks.

Unlike tests/contract/test_operations.py (generated clients built by the test harness), every
client here is built by ``comptoir.<api>.connect(base_url=prism.url(...))``: the credentials are
placed by the overlay's SpecAuth, and Prism checks them against each operation's security.
"""

from __future__ import annotations

import base64
import datetime
import logging
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import httpx
import pytest
from facturare.api.customers import list_customers
from facturare.api.invoices import get_invoice, list_invoices
from facturare.client import Client as FacturareAnonymous
from facturare.models import (
    Customer,
    CustomerFilter,
    Flag,
    Invoice,
    InvoiceFilter,
    ListCustomersMetadata,
    ListInvoicesMetadata,
    Metadata,
)
from seqino_pdp.api.usage import (
    get_client_statistics,
    get_mandate_statistics,
    get_usage_alerts,
    get_usage_limits,
    get_usage_metrics,
    get_usage_summary,
    set_usage_limit,
)
from seqino_pdp.client import Client as SeqinoAnonymous
from seqino_pdp.models import (
    AlertList,
    ClientStatistics,
    MandateStatistics,
    Period,
    RateLimit,
    RateLimitList,
    UsageMetrics,
    UsageSummary,
)
from seven.api.account import (
    get_analytics,
    get_analytics_by_country,
    get_analytics_by_date,
    get_analytics_by_label,
    get_analytics_by_subaccount,
    get_balance,
    get_pricing,
)
from seven.client import Client as SevenAnonymous
from seven.models import AnalyticsGrouping, AnalyticsRow, Balance, Pricing, PricingFormat, SubaccountScope
from seven.types import File

from comptoir import facturare, seqino, seven
from comptoir.errors import ConfigurationError
from tests.support.operations import load_bundle, operations
from tests.support.wire_check import WireCheck

pytestmark = pytest.mark.contract

SECRET = "sk-live-SECRET-123"
CLIENT_ID = "company-42"
FORBIDDEN = (SECRET, base64.b64encode(f"{SECRET}:".encode()).decode("ascii"))


def _metadata(cls: Any, **values: str) -> Any:
    metadata = cls()
    for key, value in values.items():
        metadata[key] = value
    return metadata


@dataclass(frozen=True)
class Case:
    """One operation: how to call it, the documented status, and a check of the parsed body."""

    spec: str
    operation_id: str
    module: Any
    kwargs: Callable[[], dict[str, Any]]
    check: Callable[[Any], None]
    status: int = 200
    args: tuple[Any, ...] = ()
    headers: tuple[tuple[str, str], ...] = ()
    label: str = ""

    @property
    def id(self) -> str:
        return f"{self.spec}:{self.operation_id}" + (f"[{self.label}]" if self.label else "")

    def call(self, client: Any) -> Any:
        if self.headers:
            client = client.with_headers(dict(self.headers))
        return self.module.sync_detailed(*self.args, client=client, **self.kwargs())


def _check_pricing(parsed: Any) -> None:
    assert isinstance(parsed, Pricing)
    assert parsed.count_countries == 1
    assert parsed.count_networks == 4
    (austria,) = parsed.countries
    assert austria.country_code == "AT"
    assert len(austria.networks) == 4
    assert [n.mncs for n in austria.networks] == [["02"], ["01"], ["11"], ["09"]]
    for network in austria.networks:
        assert type(network.price) is Decimal
        assert network.price == Decimal("0.075")


def _check_pricing_csv(parsed: Any) -> None:
    assert isinstance(parsed, File)
    assert parsed.payload.read().startswith(b'"countryCode"; "countryName"')


def _check_analytics(parsed: Any) -> None:
    assert isinstance(parsed, list)
    assert len(parsed) == 2
    assert all(isinstance(row, AnalyticsRow) for row in parsed)
    assert parsed[0].date == datetime.date(2024, 3, 27)
    assert type(parsed[0].usage_eur) is Decimal
    assert [row.usage_eur for row in parsed] == [Decimal("932.12"), Decimal("854.39")]
    assert parsed[1].inbound == 48


def _grouped_by(key: str, value: object) -> Callable[[Any], None]:
    def check(parsed: Any) -> None:
        assert isinstance(parsed, list)
        assert all(isinstance(row, AnalyticsRow) for row in parsed)
        assert [getattr(row, key) for row in parsed] == [value]
        assert parsed[0].additional_properties == {}

    return check


def _check_balance_text(parsed: Any) -> None:
    assert type(parsed) is Decimal
    assert parsed == Decimal("290.67")


def _check_balance_json(parsed: Any) -> None:
    assert isinstance(parsed, Balance)
    assert type(parsed.amount) is Decimal
    assert parsed.amount == Decimal("290.67")
    assert parsed.currency == "EUR"


def _is(kind: type) -> Callable[[Any], None]:
    def check(parsed: Any) -> None:
        assert isinstance(parsed, kind), f"parsed as {type(parsed).__name__}, expected {kind.__name__}"

    return check


def _check_metrics(parsed: Any) -> None:
    assert isinstance(parsed, UsageMetrics)
    assert parsed.period == Period("daily")
    assert parsed.generated_at == datetime.datetime(2019, 8, 24, 14, 15, 22, tzinfo=datetime.UTC)
    assert parsed.success_rate == Decimal(100)


def _check_limits(parsed: Any) -> None:
    assert isinstance(parsed, RateLimitList)
    assert all(isinstance(limit, RateLimit) for limit in parsed.limits)
    assert parsed.limits[0].limit_per_minute == 1


def _check_mandates(parsed: Any) -> None:
    assert isinstance(parsed, MandateStatistics)
    assert type(parsed.average_mandates_per_client) is Decimal


def _check_invoices(parsed: Any) -> None:
    assert isinstance(parsed, list)
    assert len(parsed) == 1
    assert isinstance(parsed[0], Invoice)
    assert parsed[0].customer == 1234
    assert isinstance(parsed[0].metadata, Metadata)
    assert parsed[0].metadata["account-rep"] == "Jan"


def _check_invoice(parsed: Any) -> None:
    assert isinstance(parsed, Invoice)
    assert parsed.id == 46225
    assert parsed.customer == 1234


def _check_expanded_invoice(parsed: Any) -> None:
    assert isinstance(parsed, Invoice)
    assert isinstance(parsed.customer, Customer)
    assert parsed.customer.name == "Acme SRL"


def _check_customers(parsed: Any) -> None:
    assert isinstance(parsed, list)
    assert all(isinstance(customer, Customer) for customer in parsed)
    assert [customer.id for customer in parsed] == [1234]


RATE_LIMIT = {
    "company_id": "string",
    "endpoint": "string",
    "method": "string",
    "limit_per_minute": 1,
    "limit_per_hour": 1,
    "limit_per_day": 1,
    "limit_per_month": 1,
}

CASES: list[Case] = [
    # seven.io
    Case(
        "seven",
        "getBalance",
        get_balance,
        dict,
        _check_balance_text,
        headers=(("Accept", "text/plain"),),
        label="text",
    ),
    Case(
        "seven",
        "getBalance",
        get_balance,
        dict,
        _check_balance_json,
        headers=(("Accept", "application/json"),),
        label="json",
    ),
    Case(
        "seven",
        "getPricing",
        get_pricing,
        lambda: {"country": "AT", "format_": PricingFormat("json")},
        _check_pricing,
        label="json",
    ),
    Case("seven", "getPricing", get_pricing, dict, _check_pricing, label="all-countries"),
    Case(
        "seven",
        "getPricing",
        get_pricing,
        lambda: {"format_": PricingFormat("csv")},
        _check_pricing_csv,
        headers=(("Accept", "text/csv"),),
        label="csv",
    ),
    Case(
        "seven",
        "getAnalytics",
        get_analytics,
        lambda: {
            "start": datetime.date(2024, 3, 1),
            "end": datetime.date(2024, 3, 27),
            "label": "all",
            "subaccounts": SubaccountScope("only_main"),
            "group_by": AnalyticsGrouping("date"),
        },
        _check_analytics,
    ),
    Case("seven", "getAnalytics", get_analytics, lambda: {"subaccounts": 42}, _check_analytics, label="subaccount-id"),
    *(
        Case("seven", operation_id, module, lambda: {"subaccounts": SubaccountScope("all")}, _grouped_by(key, value))
        for operation_id, module, key, value in (
            ("getAnalyticsByDate", get_analytics_by_date, "date", datetime.date(2024, 3, 27)),
            ("getAnalyticsByCountry", get_analytics_by_country, "country", "DE"),
            ("getAnalyticsByLabel", get_analytics_by_label, "label", "newsletter"),
            ("getAnalyticsBySubaccount", get_analytics_by_subaccount, "account", "123456"),
        )
    ),
    # Seqino PDP
    Case(
        "seqino-pdp",
        "getUsageMetrics",
        get_usage_metrics,
        lambda: {
            "period": Period("monthly"),
            "start_date": datetime.date(2019, 8, 24),
            "end_date": datetime.date(2019, 8, 24),
        },
        _check_metrics,
    ),
    Case("seqino-pdp", "getUsageSummary", get_usage_summary, dict, _is(UsageSummary)),
    Case("seqino-pdp", "getUsageLimits", get_usage_limits, lambda: {"endpoint": "string"}, _check_limits),
    Case(
        "seqino-pdp",
        "setUsageLimit",
        set_usage_limit,
        lambda: {"body": RateLimit.from_dict(RATE_LIMIT)},
        _is(RateLimit),
    ),
    Case("seqino-pdp", "getUsageAlerts", get_usage_alerts, lambda: {"active_only": True}, _is(AlertList)),
    Case("seqino-pdp", "getMandateStatistics", get_mandate_statistics, dict, _check_mandates),
    Case("seqino-pdp", "getClientStatistics", get_client_statistics, dict, _is(ClientStatistics)),
    # facturare.md
    Case(
        "facturare",
        "listInvoices",
        list_invoices,
        lambda: {
            "expand": ["customer", "invoice"],
            "filter_": InvoiceFilter(paid=Flag(0), closed=Flag(0), customer=1234),
            "metadata": _metadata(ListInvoicesMetadata, **{"account-rep": "Jan"}),
        },
        _check_invoices,
    ),
    Case("facturare", "getInvoice", get_invoice, dict, _check_invoice, args=(46225,)),
    Case(
        "facturare",
        "getInvoice",
        get_invoice,
        lambda: {"expand": ["customer"]},
        _check_expanded_invoice,
        args=(46225,),
        headers=(("Prefer", "example=expanded"),),
        label="expanded",
    ),
    Case(
        "facturare",
        "listCustomers",
        list_customers,
        lambda: {
            "filter_": CustomerFilter(name="Acme SRL"),
            "metadata": _metadata(ListCustomersMetadata, **{"account-rep": "Jan"}),
        },
        _check_customers,
    ),
]
SPECS = ("seven", "seqino-pdp", "facturare")


def connect(spec: str, base_url: str, **options: Any) -> Any:
    """The overlay-built client of a spec, on its mock."""
    if spec == "seven":
        return seven.connect(api_key=SECRET, base_url=base_url, **options)
    if spec == "seqino-pdp":
        return seqino.connect(api_key=SECRET, client_id=CLIENT_ID, base_url=base_url, **options)
    return facturare.connect(api_key=SECRET, base_url=base_url, **options)


def checked_client(spec: str, prism: Any) -> tuple[Any, WireCheck]:
    """connect() on Prism, with the spec's wire check as an httpx request hook (through **httpx_args)."""
    check = WireCheck(load_bundle(spec))
    return connect(spec, prism.url(spec), event_hooks={"request": [check]}), check


def _assert_documented(case: Case, response: Any) -> None:
    violations = response.headers.get("sl-violations")
    assert violations is None, f"{case.id}: Prism reports violations: {violations}"
    assert response.status_code == case.status, f"{case.id}: HTTP {response.status_code}: {response.content[:300]!r}"
    case.check(response.parsed)


@pytest.mark.parametrize("spec", SPECS)
def test_cases_cover_every_operation_of_the_spec(spec: str) -> None:
    documented = {op.operation_id for op in operations(spec)}
    covered = {case.operation_id for case in CASES if case.spec == spec}
    assert covered == documented


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_operation_through_connect(case: Case, prism: Any) -> None:
    client, check = checked_client(case.spec, prism)
    response = case.call(client)
    _assert_documented(case, response)
    assert check.checked == 1


@pytest.mark.parametrize("accept", [None, "application/json", "text/plain"])
def test_seven_balance_is_a_decimal_whatever_the_answer_format(accept: str | None, prism: Any) -> None:
    client, check = checked_client("seven", prism)
    if accept:
        client = client.with_headers({"Accept": accept})
    balance = seven.balance(client)
    assert type(balance) is Decimal
    assert balance == Decimal("290.67")
    assert check.checked == 1


@pytest.mark.parametrize("spec", SPECS)
def test_async_operations_through_connect(spec: str, prism: Any) -> None:
    import asyncio

    client = connect(spec, prism.url(spec))
    cases = [case for case in CASES if case.spec == spec]

    async def main() -> list[Any]:
        async with client:
            return [
                await case.module.asyncio_detailed(
                    *case.args,
                    client=client.with_headers(dict(case.headers)) if case.headers else client,
                    **case.kwargs(),
                )
                for case in cases
            ]

    for case, response in zip(cases, asyncio.run(main()), strict=True):
        _assert_documented(case, response)


ANONYMOUS = {"seven": SevenAnonymous, "seqino-pdp": SeqinoAnonymous, "facturare": FacturareAnonymous}


@pytest.mark.parametrize("case", [c for c in CASES if not c.label], ids=lambda case: case.id)
def test_without_credentials_is_401(case: Case, prism: Any) -> None:
    op = next(op for op in operations(case.spec) if op.operation_id == case.operation_id)
    assert op.security, f"{case.id} has no security requirement in the spec"
    client = ANONYMOUS[case.spec](base_url=prism.url(case.spec))
    response = case.call(client)
    assert response.status_code == 401, f"{case.id}: HTTP {response.status_code} without credentials"


SEQINO_NEEDS_CLIENT_ID = {
    "getUsageMetrics": True,
    "getUsageSummary": True,
    "getUsageLimits": True,
    "setUsageLimit": True,
    "getUsageAlerts": True,
    "getMandateStatistics": False,
    "getClientStatistics": False,
}


@pytest.mark.parametrize("case", [c for c in CASES if c.spec == "seqino-pdp"], ids=lambda case: case.id)
def test_seqino_key_alone_is_enough_exactly_where_the_spec_says(case: Case, prism: Any) -> None:
    """Prism enforces X-PDP-Client-Id where the spec names clientId: what connect() sends is what is needed."""
    key_only = SeqinoAnonymous(base_url=prism.url("seqino-pdp"), headers={"Authorization": SECRET})
    response = case.call(key_only)
    expected = 401 if SEQINO_NEEDS_CLIENT_ID[case.operation_id] else 200
    assert response.status_code == expected


def test_seqino_client_without_client_id_scheme_fails_before_sending(prism: Any) -> None:
    from seqino_pdp.client import AuthenticatedClient

    from comptoir._connect import build_client
    from comptoir._credentials import HeaderCredential, SpecAuth

    sent: list[httpx.Request] = []
    client = build_client(
        AuthenticatedClient,
        base_url=prism.url("seqino-pdp"),
        auth=SpecAuth({"apiKey": HeaderCredential("Authorization", SECRET)}),
        event_hooks={"request": [sent.append]},
    )
    with pytest.raises(ConfigurationError, match=r"apiKey\+clientId") as caught:
        get_usage_summary.sync_detailed(client=client)
    assert sent == []
    assert SECRET not in str(caught.value)
    assert get_client_statistics.sync_detailed(client=client).status_code == 200


def test_debug_logs_on_a_real_transport_never_show_the_key(prism: Any, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    for name in ("httpx", "httpcore"):
        caplog.set_level(logging.DEBUG, logger=name)
    for case in CASES:
        client = connect(case.spec, prism.url(case.spec))
        assert case.call(client).status_code == case.status
    assert any(record.name.startswith("httpcore") for record in caplog.records), "httpcore logged nothing"
    for forbidden in FORBIDDEN:
        assert forbidden not in caplog.text
        assert all(forbidden not in repr(record.args) for record in caplog.records)


@pytest.mark.parametrize("spec", ["seven", "seqino-pdp"])
def test_key_with_a_nul_never_reaches_an_exception_text(spec: str, prism: Any) -> None:
    """A NUL in a header key must be refused by connect(); h11 would otherwise print the whole key."""
    key = "sk-live-SECRET\x00-123"
    case = next(case for case in CASES if case.spec == spec)

    def connect_and_call() -> None:
        client: Any
        if spec == "seqino-pdp":
            client = seqino.connect(api_key=key, client_id=CLIENT_ID, base_url=prism.url(spec))
        else:
            client = seven.connect(api_key=key, base_url=prism.url(spec))
        case.call(client)

    with pytest.raises(Exception) as caught:  # noqa: PT011 - any error, as long as it hides the key
        connect_and_call()
    texts = [str(caught.value), repr(caught.value), "".join(traceback.format_exception(caught.value))]
    assert all("sk-live-SECRET" not in text for text in texts), f"{type(caught.value).__name__}: {caught.value}"
