"""seven.io: balance (JSON first, gateway error codes), CSV prices as typed rows, analytics groupings.

Every request goes to an `httpx.MockTransport`; the bodies are the doc's own examples where it
prints one (tests/fixtures/doc_examples/seven.yaml).
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from seven.api.account import (
    get_analytics,
    get_analytics_by_country,
    get_analytics_by_date,
    get_analytics_by_label,
    get_analytics_by_subaccount,
)
from seven.models import AnalyticsGrouping, AnalyticsRow, SubaccountScope

from comptoir import seven
from comptoir.errors import APIError, AuthenticationError, ComptoirError, ResponseValidationError

API_KEY = "sk-test-0123456789abcdef"
BASE_URL = "https://gateway.test/api"
DOC_EXAMPLES = yaml.safe_load(
    (Path(__file__).resolve().parents[1] / "fixtures" / "doc_examples" / "seven.yaml").read_text(encoding="utf-8")
)["examples"]


def doc_body(operation_id: str, media_type: str) -> str:
    return next(e["body"] for e in DOC_EXAMPLES if e["operationId"] == operation_id and e["mediaType"] == media_type)


class Server:
    """Answers every request with one canned response and keeps the requests."""

    def __init__(self, status: int, body: str | bytes, content_type: str | None) -> None:
        self.status = status
        self.body = body.encode() if isinstance(body, str) else body
        self.content_type = content_type
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        headers = {"Content-Type": self.content_type} if self.content_type else {}
        return httpx.Response(self.status, content=self.body, headers=headers)

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]


def client_for(server: Server) -> Any:
    return seven.connect(api_key=API_KEY, base_url=BASE_URL, transport=httpx.MockTransport(server))


# --- balance ---------------------------------------------------------------------------------------


def test_balance_asks_for_json_first_and_reads_it() -> None:
    server = Server(200, '{"amount": 290.67, "currency": "EUR"}', "application/json")
    assert seven.balance(client_for(server)) == Decimal("290.67")
    accept = server.last.headers["accept"]
    assert accept.split(",")[0].strip() == "application/json"
    assert "text/plain" in accept
    assert server.last.url.path == "/api/balance"
    assert server.last.headers["x-api-key"] == API_KEY


def test_balance_reads_the_documented_text_answer() -> None:
    server = Server(200, doc_body("getBalance", "text/plain"), "text/plain")
    assert seven.balance(client_for(server)) == Decimal("290.67")


@pytest.mark.parametrize(
    ("code", "meaning"), [(900, "invalid API key"), (902, "API deactivated"), (903, "IP not allowed")]
)
def test_a_bare_json_number_is_a_gateway_error_not_a_balance(code: int, meaning: str) -> None:
    server = Server(200, str(code), "application/json")
    with pytest.raises(seven.GatewayError) as caught:
        seven.balance(client_for(server))
    error = caught.value
    assert isinstance(error, APIError)
    assert (error.code, error.meaning, error.operation) == (code, meaning, "getBalance")
    assert str(code) in str(error)
    assert meaning in str(error)
    assert API_KEY not in str(error)


def test_an_undocumented_bare_code_is_still_an_error_with_its_code() -> None:
    with pytest.raises(seven.GatewayError) as caught:
        seven.balance(client_for(Server(200, "901", "application/json")))
    assert caught.value.code == 901
    assert caught.value.meaning == ""
    assert "undocumented" in str(caught.value)


def test_a_text_900_reads_as_a_balance_of_900_the_documented_ambiguity() -> None:
    assert seven.balance(client_for(Server(200, "900", "text/plain"))) == Decimal("900")


@pytest.mark.parametrize(
    ("body", "content_type"),
    [("not a number", "text/plain"), ('{"currency": "EUR"}', "application/json"), ("NaN", "text/plain")],
)
def test_a_balance_that_is_not_a_number_is_a_response_validation_error(body: str, content_type: str) -> None:
    with pytest.raises(ResponseValidationError) as caught:
        seven.balance(client_for(Server(200, body, content_type)))
    assert caught.value.operation == "getBalance"
    assert API_KEY not in str(caught.value)


def test_a_401_is_an_authentication_error() -> None:
    with pytest.raises(AuthenticationError) as caught:
        seven.balance(client_for(Server(401, b"", None)))
    assert caught.value.status_code == 401
    assert API_KEY not in str(caught.value)


# --- pricing -------------------------------------------------------------------------------------


def test_the_doc_csv_example_parses_into_21_rows_with_exact_prices() -> None:
    server = Server(200, doc_body("getPricing", "text/csv"), "text/csv; charset=utf-8")
    rows = seven.pricing_rows(client_for(server))
    assert len(rows) == 21
    assert all(row.price == Decimal("0.075") and isinstance(row.price, Decimal) for row in rows)
    assert all((row.country_code, row.country_name, row.country_prefix, row.mcc) == ("AT", "Austria", "43", "232")
               for row in rows)  # fmt: skip
    first, bob, drei = rows[0], rows[2], rows[6]
    assert first == seven.PricingRow("AT", "Austria", "43", "232", ["02"], "A1 Telekom Austria", Decimal("0.075"),
                                     [], "")  # fmt: skip
    assert bob.network_name == "A1 Telekom Austria (bob)"  # a row written with "; " separators
    assert bob.mncs == ["11"]
    assert drei.mncs == ["14", "16", "19"]
    assert drei.features == ["alpha", "numeric", "dlr", "sc"]
    assert rows[12].network_name == "ÖBB (GSM-R A)"
    assert rows[15].network_name == "Salzburg AG für Energie, Verkehr und Telekommunikation"
    assert [row.mncs for row in rows][-4:] == [["03", "13"], ["07"], ["23"], ["04"]]


def test_pricing_rows_asks_for_csv() -> None:
    server = Server(200, doc_body("getPricing", "text/csv"), "text/csv")
    seven.pricing_rows(client_for(server), country="AT")
    request = server.last
    assert request.url.path == "/api/pricing"
    assert dict(request.url.params) == {"format": "csv", "country": "AT"}
    assert request.headers["accept"] == "text/csv"


def test_a_json_answer_instead_of_csv_gives_the_same_rows() -> None:
    server = Server(200, doc_body("getPricing", "application/json"), "application/json")
    rows = seven.pricing_rows(client_for(server))
    assert [row.network_name for row in rows] == [
        "A1 Telekom Austria",
        "A1 Telekom Austria (A1.net)",
        "A1 Telekom Austria (bob)",
        "A1 Telekom Austria (Tele2Mobil)",
    ]
    assert rows[1] == seven.PricingRow("AT", "Austria", "43", "232", ["01"], "A1 Telekom Austria (A1.net)",
                                       Decimal("0.075"), ["alpha", "numeric", "dlr", "sc"], "")  # fmt: skip


def test_json_and_csv_forms_of_the_same_prices_agree() -> None:
    csv_rows = seven.pricing_rows(client_for(Server(200, doc_body("getPricing", "text/csv"), "text/csv")))
    json_rows = seven.pricing_rows(
        client_for(Server(200, doc_body("getPricing", "application/json"), "application/json"))
    )
    by_name = {row.network_name: row for row in csv_rows}
    for row in json_rows:
        assert by_name[row.network_name] == row


@pytest.mark.parametrize(
    ("body", "path"),
    [
        ('"countryCode";"countryName"\n"AT";"Austria"\n', "/0"),
        ('"countryCode";"countryName";"countryPrefix";"mcc";"mncs";"networkName";"price";"features";"comment"\n'
         '"AT";"Austria";"43";"232";"02";"A1";"0,075";"";""\n', "/1/price"),
        ('"countryCode";"countryName";"countryPrefix";"mcc";"mncs";"networkName";"price";"features";"comment"\n'
         '"AT";"Austria";"43";"232";"02";"A1";"0.075"\n', "/1"),
    ],
)  # fmt: skip
def test_a_csv_that_does_not_fit_is_a_response_validation_error_naming_where(body: str, path: str) -> None:
    with pytest.raises(ResponseValidationError) as caught:
        seven.pricing_rows(client_for(Server(200, body, "text/csv")))
    assert caught.value.path == path
    assert caught.value.operation == "getPricing"


def test_a_json_price_list_of_the_wrong_shape_is_a_response_validation_error() -> None:
    body = '{"countCountries": 1, "countNetworks": 1, "countries": [{"countryCode": "AT", "networks": [{"price": 1}]}]}'
    with pytest.raises(ComptoirError) as caught:
        seven.pricing_rows(client_for(Server(200, body, "application/json")))
    assert isinstance(caught.value, ResponseValidationError)
    assert caught.value.path.startswith("/countries/0")


def test_an_answer_in_another_format_is_refused() -> None:
    with pytest.raises(ResponseValidationError, match="text/html"):
        seven.pricing_rows(client_for(Server(200, b"<html></html>", "text/html")))


# --- analytics -----------------------------------------------------------------------------------

ROW = {"sms": 200, "rcs": 6729, "voice": 425, "hlr": 5920, "mnp": 49, "inbound": 0, "usage_eur": 932.12}
GROUPINGS: list[tuple[Callable[..., Any], str, str, str]] = [
    (get_analytics_by_date.sync_detailed, "/api/analytics/date", "date", "2024-03-27"),
    (get_analytics_by_country.sync_detailed, "/api/analytics/country", "country", "DE"),
    (get_analytics_by_label.sync_detailed, "/api/analytics/label", "label", "newsletter"),
    (get_analytics_by_subaccount.sync_detailed, "/api/analytics/subaccount", "account", "123456"),
]


@pytest.mark.parametrize(("operation", "path", "key", "value"), GROUPINGS, ids=[g[1] for g in GROUPINGS])
def test_analytics_grouped_in_the_path(operation: Callable[..., Any], path: str, key: str, value: str) -> None:
    server = Server(200, json.dumps([{key: value, **ROW}]), "application/json")
    response = operation(
        client=client_for(server),
        start=datetime.date(2024, 3, 1),
        end=datetime.date(2024, 3, 27),
        label="all",
        subaccounts=SubaccountScope.ALL,
    )
    request = server.last
    assert request.url.path == path
    assert dict(request.url.params) == {
        "start": "2024-03-01",
        "end": "2024-03-27",
        "label": "all",
        "subaccounts": "all",
    }
    assert "group_by" not in request.url.params
    [row] = response.parsed
    assert isinstance(row, AnalyticsRow)
    assert getattr(row, key) == (datetime.date(2024, 3, 27) if key == "date" else value)
    assert row.usage_eur == Decimal("932.12")
    assert row.additional_properties == {}


def test_rows_grouped_by_subaccount_carry_the_account_key() -> None:
    server = Server(200, json.dumps([{"account": "main", **ROW}, {"account": "123456", **ROW}]), "application/json")
    response = get_analytics.sync_detailed(client=client_for(server), group_by=AnalyticsGrouping.SUBACCOUNT)
    assert server.last.url.params["group_by"] == "subaccount"
    assert [row.account for row in response.parsed] == ["main", "123456"]
    assert all(row.additional_properties == {} for row in response.parsed)
    assert not hasattr(response.parsed[0], "subaccount")
