"""connect() of seven.io, Seqino PDP and facturare.md, and the spec-driven SpecAuth (no network).

Every request goes to an ``httpx.MockTransport`` passed through ``connect(transport=...)``, so the
tests see exactly what the overlay-built client puts on the wire.
"""

from __future__ import annotations

import asyncio
import base64
import datetime
import logging
import traceback
from collections.abc import AsyncGenerator, Callable, Generator, Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import httpx
import pytest
from facturare.api.customers import list_customers
from facturare.api.invoices import get_invoice, list_invoices
from facturare.models import CustomerFilter, Flag, InvoiceFilter, ListCustomersMetadata, ListInvoicesMetadata
from seqino_pdp.api.usage import (
    get_client_statistics,
    get_mandate_statistics,
    get_usage_alerts,
    get_usage_limits,
    get_usage_metrics,
    get_usage_summary,
    set_usage_limit,
)
from seqino_pdp.client import AuthenticatedClient as SeqinoClient
from seqino_pdp.models import Period, RateLimit
from seven.api.account import get_analytics, get_balance, get_pricing
from seven.models import AnalyticsGrouping, PricingFormat, SubaccountScope

from comptoir import facturare, seqino, seven
from comptoir._credentials import SECURITY_EXTENSION, HeaderCredential, SpecAuth, basic_credential
from comptoir.errors import ComptoirError, ConfigurationError, InsecureURLError

SECRET = "sk-live-SECRET-123"
CLIENT_ID = "company-42"
BASIC_TOKEN = base64.b64encode(f"{SECRET}:".encode()).decode("ascii")
# what must never show up in a repr, an exception text or a log line
FORBIDDEN = (SECRET, BASIC_TOKEN)

Handler = Callable[[httpx.Request], httpx.Response]


class Recorder:
    """A MockTransport handler remembering every request; answers with ``respond(request)``."""

    def __init__(self, respond: Handler | None = None) -> None:
        self.requests: list[httpx.Request] = []
        self.headers: list[httpx.Headers] = []  # snapshots: an auth flow may resend a mutated request
        self._respond = respond or (lambda request: httpx.Response(200, json={}))

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        self.headers.append(httpx.Headers(request.headers))
        return self._respond(request)

    @property
    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)

    @property
    def last(self) -> httpx.Request:
        assert self.requests, "no request was sent"
        return self.requests[-1]


def assert_no_secret(texts: Iterable[str], what: str) -> None:
    for text in texts:
        for forbidden in FORBIDDEN:
            assert forbidden not in text, f"{what} shows the secret: {text!r}"


def error_texts(error: BaseException) -> list[str]:
    """str, repr, args and the whole formatted traceback (with chained causes) of an exception."""
    return [str(error), repr(error), repr(error.args), "".join(traceback.format_exception(error))]


# --- canned answers of the three APIs ------------------------------------------------------------

PRICING = {
    "countCountries": 1,
    "countNetworks": 1,
    "countries": [
        {
            "countryCode": "AT",
            "countryName": "Austria",
            "countryPrefix": "43",
            "networks": [
                {
                    "mcc": "232",
                    "mncs": ["02"],
                    "networkName": "A1 Telekom Austria",
                    "price": 0.075,
                    "features": [],
                    "comment": "",
                }
            ],
        }
    ],
}
ANALYTICS = [
    {"date": "2024-03-27", "sms": 200, "rcs": 1, "voice": 2, "hlr": 3, "mnp": 4, "inbound": 0, "usage_eur": 9.5}
]


def seven_answer(request: httpx.Request) -> httpx.Response:
    if request.url.path.endswith("/balance"):
        return httpx.Response(200, text="290.67\n", headers={"content-type": "text/plain"})
    if request.url.path.endswith("/pricing"):
        return httpx.Response(200, json=PRICING)
    return httpx.Response(200, json=ANALYTICS)


RATE_LIMIT = {"company_id": "c", "endpoint": "/x", "method": "GET"}
SEQINO_ANSWERS: dict[tuple[str, str], Any] = {
    ("GET", "/api/usage/metrics"): {
        "company_id": "c",
        "period": "daily",
        "start_date": "2019-08-24",
        "end_date": "2019-08-24",
        "total_api_calls": 0,
        "total_successful_calls": 0,
        "total_failed_calls": 0,
        "success_rate": 100,
        "endpoint_usage": [],
        "generated_at": "2019-08-24T14:15:22Z",
    },
    ("GET", "/api/usage/summary"): {
        "company_id": "c",
        "current_month_calls": 0,
        "previous_month_calls": 0,
        "month_over_month_change": 0,
    },
    ("GET", "/api/usage/limits"): {"limits": [RATE_LIMIT], "total_count": 1},
    ("POST", "/api/usage/limits"): RATE_LIMIT,
    ("GET", "/api/usage/alerts"): {"alerts": [], "total_count": 0},
    ("GET", "/api/usage/mandates"): {"total_mandates": 0, "average_mandates_per_client": 0},
    ("GET", "/api/usage/clients"): {"total_clients": 0},
}


def seqino_answer(request: httpx.Request) -> httpx.Response:
    path = "/api/usage/" + request.url.path.rpartition("/usage/")[2]
    return httpx.Response(200, json=SEQINO_ANSWERS[(request.method, path)])


def facturare_answer(request: httpx.Request) -> httpx.Response:
    if request.url.path.startswith("/invoices/"):
        return httpx.Response(200, json={"id": 46225, "customer": 1234})
    return httpx.Response(200, json=[])


# --- every operation of each API, and the client factories ----------------------------------------


def _metadata(cls: Any, **values: str) -> Any:
    metadata = cls()
    for key, value in values.items():
        metadata[key] = value
    return metadata


@dataclass(frozen=True)
class Call:
    """One generated operation with its arguments, callable sync or async on a client."""

    module: Any
    args: tuple[Any, ...] = ()
    kwargs: Callable[[], dict[str, Any]] = dict

    def __call__(self, client: Any) -> Any:
        return self.module.sync_detailed(*self.args, client=client, **self.kwargs())

    async def run_async(self, client: Any) -> Any:
        return await self.module.asyncio_detailed(*self.args, client=client, **self.kwargs())


SEVEN_CALLS: dict[str, Call] = {
    "getBalance": Call(get_balance),
    "getPricing": Call(get_pricing, kwargs=lambda: {"country": "AT", "format_": PricingFormat("json")}),
    "getAnalytics": Call(
        get_analytics,
        kwargs=lambda: {
            "start": datetime.date(2024, 3, 1),
            "end": datetime.date(2024, 3, 27),
            "label": "all",
            "subaccounts": SubaccountScope("only_main"),
            "group_by": AnalyticsGrouping("date"),
        },
    ),
}

# operation id -> (call, whether the spec names clientId for it)
SEQINO_CALLS: dict[str, tuple[Call, bool]] = {
    "getUsageMetrics": (
        Call(get_usage_metrics, kwargs=lambda: {"period": Period("monthly"), "start_date": datetime.date(2019, 8, 24)}),
        True,
    ),
    "getUsageSummary": (Call(get_usage_summary), True),
    "getUsageLimits": (Call(get_usage_limits, kwargs=lambda: {"endpoint": "/x"}), True),
    "setUsageLimit": (Call(set_usage_limit, kwargs=lambda: {"body": RateLimit.from_dict(RATE_LIMIT)}), True),
    "getUsageAlerts": (Call(get_usage_alerts, kwargs=lambda: {"active_only": True}), True),
    "getMandateStatistics": (Call(get_mandate_statistics), False),
    "getClientStatistics": (Call(get_client_statistics), False),
}

FACTURARE_CALLS: dict[str, Call] = {
    "listInvoices": Call(
        list_invoices, kwargs=lambda: {"expand": ["customer"], "filter_": InvoiceFilter(paid=Flag(0))}
    ),
    "getInvoice": Call(get_invoice, args=(46225,), kwargs=lambda: {"expand": ["customer"]}),
    "listCustomers": Call(
        list_customers,
        kwargs=lambda: {
            "filter_": CustomerFilter(name="Acme SRL"),
            "metadata": _metadata(ListCustomersMetadata, k="v"),
        },
    ),
}


def connect_seven(**options: Any) -> Any:
    return seven.connect(**{"api_key": SECRET, **options})


def connect_seqino(**options: Any) -> Any:
    return seqino.connect(**{"api_key": SECRET, "client_id": CLIENT_ID, **options})


def connect_facturare(**options: Any) -> Any:
    return facturare.connect(**{"api_key": SECRET, **options})


APIS: dict[str, tuple[Callable[..., Any], Handler, list[Call]]] = {
    "seven": (connect_seven, seven_answer, list(SEVEN_CALLS.values())),
    "seqino": (connect_seqino, seqino_answer, [call for call, _ in SEQINO_CALLS.values()]),
    "facturare": (connect_facturare, facturare_answer, list(FACTURARE_CALLS.values())),
}
api_names = pytest.mark.parametrize("api", list(APIS))


def connected(api: str, **options: Any) -> tuple[Any, Recorder]:
    factory, answer, _ = APIS[api]
    recorder = Recorder(answer)
    return factory(transport=recorder.transport, **options), recorder


def call_all(api: str, client: Any) -> None:
    for call in APIS[api][2]:
        response = call(client)
        assert response.status_code == 200, response.content


# --- seven.io ------------------------------------------------------------------------------------


@pytest.mark.parametrize("operation", list(SEVEN_CALLS))
def test_seven_sends_x_api_key_on_every_operation(operation: str) -> None:
    client, recorder = connected("seven")
    response = SEVEN_CALLS[operation](client)
    assert response.status_code == 200
    assert recorder.last.headers.get_list("X-Api-Key") == [SECRET]
    assert "Authorization" not in recorder.last.headers
    assert str(recorder.last.url).startswith("https://gateway.seven.io/api/")


@pytest.mark.parametrize(
    ("content_type", "body", "expected"),
    [
        ("text/plain", b"290.67\n", Decimal("290.67")),
        ("text/plain; charset=utf-8", b"290.67", Decimal("290.67")),
        ("text/plain", b"-3.5\n", Decimal("-3.5")),
        ("application/json", b'{"amount": 290.67, "currency": "EUR"}', Decimal("290.67")),
        # more digits than a float holds: must stay exact
        ("application/json", b'{"amount": 290.6700000000000017, "currency": "EUR"}', Decimal("290.6700000000000017")),
        ("application/json; charset=utf-8", b'{"amount": 12, "currency": "EUR"}', Decimal(12)),
    ],
)
def test_seven_balance_is_an_exact_decimal(content_type: str, body: bytes, expected: Decimal) -> None:
    recorder = Recorder(lambda request: httpx.Response(200, content=body, headers={"content-type": content_type}))
    client = connect_seven(transport=recorder.transport)
    result = seven.balance(client)
    assert type(result) is Decimal
    assert result == expected
    assert str(result) == str(expected)
    assert recorder.last.url == "https://gateway.seven.io/api/balance"
    assert recorder.last.headers["X-Api-Key"] == SECRET


@pytest.mark.parametrize(
    ("status", "content_type", "body"),
    [
        (401, "application/json", b'{"error": "unauthorized"}'),
        (401, "text/plain", b""),
        (500, "text/plain", b"oops"),
        (302, "text/html", b""),
        (200, "text/html", b"<html>maintenance</html>"),
        (200, "text/plain", b""),
        (200, "text/plain", b"NaN"),
        (200, "application/json", b'{"currency": "EUR"}'),
        (200, "application/json", b"[1]"),
    ],
    ids=["401-json", "401-empty", "500", "302", "200-html", "200-empty", "200-nan", "200-json-no-amount", "200-list"],
)
def test_seven_balance_unexpected_answer_is_a_comptoir_error(status: int, content_type: str, body: bytes) -> None:
    recorder = Recorder(lambda request: httpx.Response(status, content=body, headers={"content-type": content_type}))
    client = connect_seven(transport=recorder.transport)
    with pytest.raises(ComptoirError) as caught:
        seven.balance(client)
    assert len(recorder.requests) == 1
    assert_no_secret(error_texts(caught.value), "balance error")


# --- Seqino PDP -----------------------------------------------------------------------------------


@pytest.mark.parametrize("operation", list(SEQINO_CALLS))
def test_seqino_headers_follow_each_operations_security(operation: str) -> None:
    call, wants_client_id = SEQINO_CALLS[operation]
    client, recorder = connected("seqino")
    response = call(client)
    assert response.status_code == 200
    request = recorder.last
    # the key as is, no Bearer prefix, exactly once
    assert request.headers.get_list("Authorization") == [SECRET]
    if wants_client_id:
        assert request.headers.get_list("X-PDP-Client-Id") == [CLIENT_ID]
    else:
        assert "X-PDP-Client-Id" not in request.headers
    assert str(request.url).startswith("https://pdp.seqino.dev/api/usage/")


def test_seqino_catalogue_matches_the_spec_security() -> None:
    """The table above is the spec's: five per-company operations name clientId, two do not."""
    assert len(SEQINO_CALLS) == 7
    for operation, (call, wants_client_id) in SEQINO_CALLS.items():
        kwargs = call.module._get_kwargs(*call.args, **call.kwargs())
        names = {name for alternative in kwargs["extensions"][SECURITY_EXTENSION] for name in alternative}
        assert "apiKey" in names, operation
        assert ("clientId" in names) is wants_client_id, operation


def test_seqino_local_server_url_is_accepted() -> None:
    client, recorder = connected("seqino", base_url=seqino.LOCAL_URL)
    get_usage_summary.sync_detailed(client=client)
    assert recorder.last.url == "http://localhost:8052/usage/summary"


def test_seqino_empty_client_id_names_its_header() -> None:
    with pytest.raises(ConfigurationError, match="X-PDP-Client-Id") as caught:
        seqino.connect(api_key=SECRET, client_id="")
    assert_no_secret(error_texts(caught.value), "ConfigurationError")


# --- facturare.md --------------------------------------------------------------------------------


@pytest.mark.parametrize("operation", list(FACTURARE_CALLS))
def test_facturare_sends_basic_auth_with_the_key_as_user_and_no_password(operation: str) -> None:
    client, recorder = connected("facturare")
    response = FACTURARE_CALLS[operation](client)
    assert response.status_code == 200
    assert recorder.last.headers.get_list("Authorization") == [f"Basic {BASIC_TOKEN}"]
    scheme, _, token = recorder.last.headers["Authorization"].partition(" ")
    assert scheme == "Basic"
    assert base64.b64decode(token) == f"{SECRET}:".encode()
    assert recorder.last.url.host == "api.facturare.md"
    assert recorder.last.url.scheme == "https"


def test_facturare_sandbox_targets_the_sandbox_url() -> None:
    client, recorder = connected("facturare", sandbox=True)
    list_customers.sync_detailed(client=client)
    assert recorder.last.url == "https://api.sandbox.facturare.md/customers"
    production, recorder = connected("facturare")
    list_customers.sync_detailed(client=production)
    assert recorder.last.url == "https://api.facturare.md/customers"


@pytest.mark.parametrize("base_url", ["https://api.sandbox.facturare.md", "http://127.0.0.1:4010"])
def test_facturare_base_url_and_sandbox_together_is_a_configuration_error(base_url: str) -> None:
    recorder = Recorder()
    with pytest.raises(ConfigurationError) as caught:
        facturare.connect(api_key=SECRET, sandbox=True, base_url=base_url, transport=recorder.transport)
    assert not isinstance(caught.value, InsecureURLError)
    assert recorder.requests == []
    assert_no_secret(error_texts(caught.value), "ConfigurationError")


def _raw_query(recorder: Recorder) -> str:
    return recorder.last.url.raw_path.decode("ascii").partition("?")[2]


def test_facturare_filter_is_a_deep_object_as_in_the_doc() -> None:
    client, recorder = connected("facturare")
    list_invoices.sync_detailed(client=client, filter_=InvoiceFilter(paid=Flag(0), closed=Flag(0), customer=1234))
    assert recorder.last.url.path == "/invoices"
    assert _raw_query(recorder) == "filter%5Bpaid%5D=0&filter%5Bclosed%5D=0&filter%5Bcustomer%5D=1234"


def test_facturare_metadata_is_a_deep_object_as_in_the_doc() -> None:
    client, recorder = connected("facturare")
    list_customers.sync_detailed(client=client, metadata=_metadata(ListCustomersMetadata, **{"account-rep": "Jan"}))
    assert recorder.last.url.path == "/customers"
    assert _raw_query(recorder) == "metadata%5Baccount-rep%5D=Jan"
    list_invoices.sync_detailed(client=client, metadata=_metadata(ListInvoicesMetadata, **{"account-rep": "Jan"}))
    assert _raw_query(recorder) == "metadata%5Baccount-rep%5D=Jan"


def test_facturare_customer_filter_and_metadata_together() -> None:
    client, recorder = connected("facturare")
    list_customers.sync_detailed(
        client=client,
        filter_=CustomerFilter(name="Acme SRL"),
        metadata=_metadata(ListCustomersMetadata, **{"account-rep": "Jan"}),
    )
    assert _raw_query(recorder) == "filter%5Bname%5D=Acme%20SRL&metadata%5Baccount-rep%5D=Jan"


def test_facturare_expand_is_one_comma_separated_key() -> None:
    client, recorder = connected("facturare")
    list_invoices.sync_detailed(client=client, expand=["customer", "invoice"])
    assert _raw_query(recorder) == "expand=customer,invoice"
    get_invoice.sync_detailed(46225, client=client, expand=["customer"])
    assert recorder.last.url.path == "/invoices/46225"
    assert _raw_query(recorder) == "expand=customer"


def test_facturare_expand_item_with_a_comma_is_percent_encoded() -> None:
    client, recorder = connected("facturare")
    list_invoices.sync_detailed(client=client, expand=["a,b", "customer"])
    assert _raw_query(recorder) == "expand=a%2Cb,customer"


# --- all three: base URL, timeout, credentials validation, secrets --------------------------------


@api_names
@pytest.mark.parametrize(
    "base_url",
    [
        "http://api.facturare.md",
        "http://gateway.seven.io/api",
        "http://10.0.0.1",
        "http://10.0.0.1:8080/api",
        "http://0.0.0.0:4010",
        "http://localhost.evil.example",
        "http://127.0.0.1.nip.io",
        "HTTP://api.facturare.md",
    ],
)
def test_plain_http_to_a_remote_host_is_refused_before_any_request(api: str, base_url: str) -> None:
    factory = APIS[api][0]
    recorder = Recorder()
    with pytest.raises(InsecureURLError) as caught:
        factory(base_url=base_url, transport=recorder.transport)
    assert isinstance(caught.value, ConfigurationError)
    assert recorder.requests == []
    assert_no_secret(error_texts(caught.value), "InsecureURLError")


@api_names
@pytest.mark.parametrize(
    ("base_url", "expected_prefix"),
    [
        ("http://127.0.0.1:4010", "http://127.0.0.1:4010/"),
        ("http://127.0.0.1:4010/", "http://127.0.0.1:4010/"),
        ("http://127.8.9.10", "http://127.8.9.10/"),
        ("http://[::1]:4010", "http://[::1]:4010/"),
        ("http://localhost:4010/mock", "http://localhost:4010/mock/"),
        ("https://api.example.com/v2/", "https://api.example.com/v2/"),
    ],
)
def test_loopback_http_and_any_https_base_url_are_accepted(api: str, base_url: str, expected_prefix: str) -> None:
    client, recorder = connected(api, base_url=base_url)
    APIS[api][2][0](client)
    assert str(recorder.last.url).startswith(expected_prefix)
    assert "//" not in recorder.last.url.path


@api_names
@pytest.mark.parametrize("base_url", ["ftp://127.0.0.1", "/relative", "https://api.example.com?x=1"])
def test_malformed_base_url_is_a_configuration_error(api: str, base_url: str) -> None:
    with pytest.raises(ConfigurationError):
        APIS[api][0](base_url=base_url)


DEFAULT_TIMEOUT = {"connect": 10.0, "read": 30.0, "write": 30.0, "pool": 30.0}


@api_names
def test_default_timeout_is_30_s_and_10_s_to_connect(api: str) -> None:
    client, recorder = connected(api)
    assert client.get_httpx_client().timeout == httpx.Timeout(30.0, connect=10.0)
    call_all(api, client)
    assert recorder.requests
    for request in recorder.requests:
        assert request.extensions["timeout"] == DEFAULT_TIMEOUT


@api_names
@pytest.mark.parametrize(
    ("timeout", "expected"),
    [
        (5, {"connect": 5.0, "read": 5.0, "write": 5.0, "pool": 5.0}),
        (2.5, {"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5}),
        (httpx.Timeout(60.0, connect=3.0), {"connect": 3.0, "read": 60.0, "write": 60.0, "pool": 60.0}),
    ],
)
def test_timeout_is_overridable(api: str, timeout: Any, expected: dict[str, float]) -> None:
    client, recorder = connected(api, timeout=timeout)
    APIS[api][2][0](client)
    assert recorder.last.extensions["timeout"] == expected


async def _async_first_call(api: str, client: Any) -> Any:
    async with client:
        return await APIS[api][2][0].run_async(client)


@api_names
def test_async_client_gets_the_same_timeout(api: str) -> None:
    client, recorder = connected(api, timeout=7)
    asyncio.run(_async_first_call(api, client))
    assert recorder.last.extensions["timeout"] == {"connect": 7.0, "read": 7.0, "write": 7.0, "pool": 7.0}


KEY_HEADER = {"seven": "X-Api-Key", "seqino": "Authorization", "facturare": "Authorization"}


@api_names
@pytest.mark.parametrize(
    "bad_key",
    ["", f"{SECRET}\n", f"{SECRET}\r\nX-Injected: 1", "sk-live-\nSECRET-123"],
    ids=["empty", "trailing-newline", "header-injection", "inner-newline"],
)
def test_empty_key_or_key_with_a_newline_is_refused_naming_the_header(api: str, bad_key: str) -> None:
    recorder = Recorder()
    with pytest.raises(ConfigurationError) as caught:
        APIS[api][0](api_key=bad_key, transport=recorder.transport)
    assert recorder.requests == []
    message = str(caught.value)
    assert KEY_HEADER[api] in message, f"the message does not name the {KEY_HEADER[api]} header: {message!r}"
    assert_no_secret(error_texts(caught.value), "ConfigurationError")
    if bad_key:
        assert bad_key.strip() not in message


@api_names
@pytest.mark.parametrize("bad_key", [f" {SECRET}", f"{SECRET} ", f"{SECRET}\t"])
def test_key_with_surrounding_blanks_is_refused(api: str, bad_key: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        APIS[api][0](api_key=bad_key)
    assert_no_secret(error_texts(caught.value), "ConfigurationError")


@api_names
def test_key_with_a_nul_character_is_refused_at_connect(api: str) -> None:
    """Else h11 refuses the header at send time with "Illegal header value b'<the whole key>'"."""
    with pytest.raises(ConfigurationError) as caught:
        APIS[api][0](api_key="sk-live-SECRET\x00-123")
    assert "SECRET" not in str(caught.value)


@api_names
def test_reprs_never_show_the_key(api: str) -> None:
    client, _ = connected(api)
    call_all(api, client)  # after use too: the built httpx client is part of the object
    httpx_client = client.get_httpx_client()
    texts = [repr(client), str(client), repr(httpx_client.auth), str(httpx_client.auth), repr(vars(httpx_client))]
    texts.append(repr(client.with_headers({"X-Other": "1"})))
    assert_no_secret(texts, "a repr")


def test_credential_reprs_never_show_the_secret() -> None:
    credentials: list[Any] = [
        HeaderCredential("X-Api-Key", SECRET),
        HeaderCredential("Authorization", SECRET, prefix="Bearer"),
        basic_credential(SECRET),
        basic_credential("user", SECRET),
    ]
    credentials.append(SpecAuth({"a": credentials[0], "b": credentials[2]}))
    texts = [repr(c) for c in credentials] + [str(c) for c in credentials]
    assert_no_secret(texts, "a credential repr")
    assert "X-Api-Key" in texts[0]
    assert "'a'" in texts[4]
    assert "'b'" in texts[4]


@api_names
def test_debug_logs_of_every_call_never_show_the_key(api: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    for name in ("httpx", "httpcore"):
        caplog.set_level(logging.DEBUG, logger=name)
    client, recorder = connected(api)
    call_all(api, client)
    asyncio.run(_async_first_call(api, connected(api)[0]))
    assert recorder.requests
    assert any(record.name.startswith("httpx") for record in caplog.records), "httpx logged nothing"
    assert_no_secret([caplog.text], "the log")
    assert_no_secret([repr(record.args) for record in caplog.records], "a log record's arguments")


# --- SpecAuth ------------------------------------------------------------------------------------


def seqino_with(auth: SpecAuth, recorder: Recorder) -> SeqinoClient:
    return SeqinoClient(base_url="https://pdp.example", auth=auth, httpx_args={"transport": recorder.transport})


def test_unsatisfiable_requirement_names_the_schemes_not_the_secrets() -> None:
    recorder = Recorder(seqino_answer)
    client = seqino_with(SpecAuth({"apiKey": HeaderCredential("Authorization", SECRET)}), recorder)
    with pytest.raises(ConfigurationError) as caught:
        get_usage_metrics.sync_detailed(client=client)
    message = str(caught.value)
    assert "apiKey" in message
    assert "clientId" in message
    assert "/usage/metrics" in message
    assert recorder.requests == []
    assert_no_secret(error_texts(caught.value), "SpecAuth error")
    # an operation needing only apiKey still works with that client
    assert get_mandate_statistics.sync_detailed(client=client).status_code == 200
    assert recorder.last.headers["Authorization"] == SECRET


def test_unsatisfiable_requirement_async() -> None:
    recorder = Recorder(seqino_answer)
    client = seqino_with(SpecAuth({"clientId": HeaderCredential("X-PDP-Client-Id", SECRET)}), recorder)

    async def main() -> None:
        async with client:
            await get_usage_summary.asyncio_detailed(client=client)

    with pytest.raises(ConfigurationError) as caught:
        asyncio.run(main())
    assert "apiKey+clientId" in str(caught.value)
    assert recorder.requests == []
    assert_no_secret(error_texts(caught.value), "SpecAuth error")


def _raw_client(auth: SpecAuth, recorder: Recorder) -> httpx.Client:
    return httpx.Client(base_url="https://api.example", auth=auth, transport=recorder.transport)


def test_first_satisfiable_alternative_is_used() -> None:
    recorder = Recorder()
    schemes = {"key": HeaderCredential("X-Key", "k"), "id": HeaderCredential("X-Id", "i")}
    auth = SpecAuth(schemes)
    with _raw_client(auth, recorder) as client:
        client.get("/a", extensions={SECURITY_EXTENSION: [["oauth"], ["key"], ["key", "id"]]})
        assert recorder.last.headers["X-Key"] == "k"
        assert "X-Id" not in recorder.last.headers
        client.get("/b", extensions={SECURITY_EXTENSION: [["key", "id"], ["key"]]})
        assert recorder.last.headers["X-Key"] == "k"
        assert recorder.last.headers["X-Id"] == "i"
        # security: [{}] (anonymous allowed) sends nothing
        client.get("/c", extensions={SECURITY_EXTENSION: [[]]})
        assert "X-Key" not in recorder.last.headers
        assert "X-Id" not in recorder.last.headers
        # no requirement at all: every credential (or the given default)
        client.get("/d")
        assert recorder.last.headers["X-Key"] == "k"
        assert recorder.last.headers["X-Id"] == "i"
    recorder = Recorder()
    with _raw_client(SpecAuth(schemes, default=["id"]), recorder) as client:
        client.get("/e")
        assert "X-Key" not in recorder.last.headers
        assert recorder.last.headers["X-Id"] == "i"


def test_unsatisfiable_alternatives_are_all_named() -> None:
    recorder = Recorder()
    with (
        _raw_client(SpecAuth({"key": HeaderCredential("X-Key", SECRET)}), recorder) as client,
        pytest.raises(ConfigurationError) as caught,
    ):
        client.get("/x", extensions={SECURITY_EXTENSION: [["oauth"], ["basic", "otp"]]})
    message = str(caught.value)
    assert "oauth or basic+otp" in message
    assert "key" in message
    assert recorder.requests == []
    assert_no_secret(error_texts(caught.value), "SpecAuth error")


class RetryingBearer(httpx.Auth):
    """A dynamic credential: bearer token, refreshed and retried once on 401."""

    def __init__(self) -> None:
        self.token = "old-token"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = f"Bearer {self.token}"
        response = yield request
        if response.status_code == 401:
            self.token = "new-token"
            request.headers["Authorization"] = f"Bearer {self.token}"
            yield request


def _bearer_answer(request: httpx.Request) -> httpx.Response:
    ok = request.headers.get("Authorization") == "Bearer new-token"
    if not ok:
        return httpx.Response(401, json={"detail": "expired"})
    return httpx.Response(200, json=SEQINO_ANSWERS[("GET", "/api/usage/summary")])


def test_dynamic_credential_flow_sync_and_async_alike() -> None:
    def client_and_recorder() -> tuple[SeqinoClient, Recorder]:
        recorder = Recorder(_bearer_answer)
        auth = SpecAuth({"apiKey": RetryingBearer(), "clientId": HeaderCredential("X-PDP-Client-Id", CLIENT_ID)})
        return seqino_with(auth, recorder), recorder

    sync_client, sync_recorder = client_and_recorder()
    sync_response = get_usage_summary.sync_detailed(client=sync_client)

    async_client, async_recorder = client_and_recorder()

    async def main() -> Any:
        async with async_client:
            return await get_usage_summary.asyncio_detailed(client=async_client)

    async_response = asyncio.run(main())
    for response, recorder in ((sync_response, sync_recorder), (async_response, async_recorder)):
        assert response.status_code == 200
        assert [h["Authorization"] for h in recorder.headers] == ["Bearer old-token", "Bearer new-token"]
        assert all(h["X-PDP-Client-Id"] == CLIENT_ID for h in recorder.headers)


def test_more_than_one_dynamic_credential_is_refused() -> None:
    with pytest.raises(ConfigurationError, match="dynamic"):
        SpecAuth({"a": RetryingBearer(), "b": RetryingBearer()})


class AsyncOnlyCounter(httpx.Auth):
    """Counts how often its async flow is entered and closed (the delegation must close it)."""

    def __init__(self) -> None:
        self.closed = 0

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        try:
            request.headers["X-Dyn"] = "1"
            yield request
        finally:
            self.closed += 1


def test_async_dynamic_flow_is_closed_after_the_request() -> None:
    recorder = Recorder(seqino_answer)
    inner = AsyncOnlyCounter()
    client = seqino_with(SpecAuth({"apiKey": inner}), recorder)

    async def main() -> int:
        async with client:
            response = await get_client_statistics.asyncio_detailed(client=client)
            return int(response.status_code)

    assert asyncio.run(main()) == 200
    assert recorder.last.headers["X-Dyn"] == "1"
    assert inner.closed == 1


@api_names
def test_async_requests_carry_the_same_credentials_as_sync(api: str) -> None:
    """asyncio_detailed of every operation puts exactly the headers sync_detailed puts."""
    sync_client, sync_recorder = connected(api)
    call_all(api, sync_client)
    async_client, async_recorder = connected(api)

    async def main() -> None:
        async with async_client:
            for call in APIS[api][2]:
                response = await call.run_async(async_client)
                assert response.status_code == 200

    asyncio.run(main())
    watched = ("Authorization", "X-Api-Key", "X-PDP-Client-Id")

    def seen(recorder: Recorder) -> list[tuple[str, str, dict[str, str]]]:
        return [(r.method, str(r.url), {h: r.headers[h] for h in watched if h in r.headers}) for r in recorder.requests]

    assert seen(async_recorder) == seen(sync_recorder)
    assert len(sync_recorder.requests) == len(APIS[api][2])
