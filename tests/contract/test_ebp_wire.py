"""EBP-specific wire behaviour, checked on the bytes the generated clients send and receive.

Most tests run against the spec's Prism mock (`make_client`), where both Prism (`sl-violations`)
and our `WireCheck` judge the request. The two that need exact numbers or out-of-spec values in a
response (28-digit decimals, an enum value added by the server later) use `httpx.MockTransport`:
Prism is JavaScript and would round 42363.370000000000000000000000 to a double.
"""

from __future__ import annotations

import io
import json
import re
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import httpx
import pytest

from comptoir import ebp
from comptoir.ebp.where import Where, col
from tests.support.operations import load_bundle, resolve
from tests.support.wire_check import WireCheck, WireViolation

pytestmark = pytest.mark.contract

TENANT_ID = "0189abef-09af-409f-ab89-012789abcdef"
DOMAIN_ID = "DomainId"
FOLDER_ID = "3691"
EBP_AMOUNT = "42363.370000000000000000000000"  # EBP writes money with 28 significant digits
PDF_BYTES = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< >>\nendobj\n%%EOF\n"
CSV_BYTES = b"Code;Libell\xe9;Prix\r\nAR1;Caf\xe9 cr\xe8me;12,50\r\n"
OCTETS = bytes(range(256))


@dataclass
class Sent:
    """A request hook keeping a copy of each request as it leaves (after auth and earlier hooks)."""

    requests: list[httpx.Request] = field(default_factory=list)

    def __call__(self, request: httpx.Request) -> None:
        request.read()
        self.requests.append(request)


def set_request_hooks(client: Any, *hooks: Callable[[httpx.Request], None]) -> None:
    """Replace the request hooks of a generated client's httpx client (they run in order)."""
    http = client.get_httpx_client()
    http.event_hooks = {"request": list(hooks), "response": http.event_hooks["response"]}


def drop_header(name: str) -> Callable[[httpx.Request], None]:
    def hook(request: httpx.Request) -> None:
        assert name in request.headers, f"the generated client did not send {name} in the first place"
        del request.headers[name]

    return hook


def violations(response: Any) -> list[dict[str, Any]]:
    header = response.headers.get("sl-violations")
    return json.loads(header) if header else []


def assert_prism_accepts(response: Any) -> None:
    assert violations(response) == [], f"Prism reports violations: {violations(response)}"


# --- required EBP headers -----------------------------------------------------------------------------


def _domain_information(client: Any) -> Any:
    from ebp_hubbix_compta.api.domain_information import get_domain_information

    return get_domain_information.sync_detailed(client=client, tenantid=TENANT_ID)


def _customer_groups(client: Any) -> Any:
    from ebp_hubbix_gestion.api.customer_groups import get_customer_groups

    return get_customer_groups.sync_detailed(client=client, domain_id=DOMAIN_ID)


REQUIRED_HEADERS = [
    pytest.param("ebp-hubbix-compta", "tenantid", _domain_information, id="compta-tenantid"),
    pytest.param("ebp-hubbix-gestion", "DomainId", _customer_groups, id="gestion-DomainId"),
]


@pytest.mark.parametrize(("spec_name", "header", "call"), REQUIRED_HEADERS)
def test_the_required_header_is_sent_and_accepted(spec_name: str, header: str, call: Any, make_client: Any) -> None:
    client, check = make_client(spec_name)
    sent = Sent()
    set_request_hooks(client, check, sent)
    response = call(client)
    assert_prism_accepts(response)
    assert response.status_code == 200
    assert header in sent.requests[0].headers
    assert check.checked == 1


@pytest.mark.parametrize(("spec_name", "header", "call"), REQUIRED_HEADERS)
def test_a_missing_required_header_is_flagged_by_wire_check(
    spec_name: str, header: str, call: Any, make_client: Any
) -> None:
    client, check = make_client(spec_name)
    set_request_hooks(client, drop_header(header), check)
    with pytest.raises(WireViolation, match=f"required header {header!r} missing"):
        call(client)
    assert check.checked == 0


@pytest.mark.parametrize(("spec_name", "header", "call"), REQUIRED_HEADERS)
def test_a_missing_required_header_is_a_prism_violation(
    spec_name: str, header: str, call: Any, make_client: Any
) -> None:
    client, _check = make_client(spec_name)
    set_request_hooks(client, drop_header(header))  # no WireCheck: let the request reach Prism
    response = call(client)
    found = violations(response)
    assert any(v["location"][:2] == ["request", "header"] and header.lower() in v["message"].lower() for v in found), (
        f"no violation about {header}: {found}"
    )
    assert response.status_code == 400


def test_a_missing_required_header_through_get_kwargs(make_client: Any) -> None:
    """The same check without any hook: the generated request kwargs minus the header, sent as is."""
    from ebp_hubbix_compta.api.domain_information import get_domain_information

    client, check = make_client("ebp-hubbix-compta")
    kwargs = get_domain_information._get_kwargs(tenantid=TENANT_ID)
    del kwargs["headers"]["tenantid"]
    http = client.get_httpx_client()
    request = http.build_request(**kwargs)
    with pytest.raises(WireViolation, match="required header 'tenantid' missing"):
        check(request)
    set_request_hooks(client)
    response = http.send(request)
    assert any("tenantid" in v["message"] for v in violations(response)), violations(response)


# --- Gestion's dotted query names ---------------------------------------------------------------------


def test_gestion_dotted_query_names_are_literal_on_the_wire(make_client: Any) -> None:
    from ebp_hubbix_gestion.api.payment_modes import get_payment_modes
    from ebp_hubbix_gestion.models.sort_type import SortType

    client, check = make_client("ebp-hubbix-gestion")
    sent = Sent()
    set_request_hooks(client, check, sent)
    response = get_payment_modes.sync_detailed(
        client=client,
        domain_id=DOMAIN_ID,
        take=10,
        skip=20,
        sorting_order_property="label",
        sorting_order_sort_type=SortType.DESCENDING,
        filter_query="bancaire",
    )
    assert_prism_accepts(response)
    assert response.status_code == 200
    (request,) = sent.requests
    path, _, query = request.url.raw_path.partition(b"?")
    assert path == b"/public/v1/payment-modes"
    pairs = query.split(b"&")
    assert b"sortingOrder.property=label" in pairs
    assert f"sortingOrder.sortType={SortType.DESCENDING.value}".encode() in pairs
    assert b"filter.query=bancaire" in pairs
    assert b"%2E" not in query.upper()
    assert b"[" not in query
    assert b"%5B" not in query.upper()
    assert check.checked == 1


# --- multipart uploads --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Part:
    headers: dict[str, str]
    content: bytes

    @property
    def disposition(self) -> dict[str, str]:
        kind, *params = self.headers["content-disposition"].split(";")
        assert kind.strip() == "form-data"
        return {k.strip(): v.strip().strip('"') for k, _, v in (p.partition("=") for p in params)}


def parse_multipart(request: httpx.Request) -> tuple[str, dict[str, Part]]:
    """The boundary and the parts (by field name) of a multipart/form-data request body."""
    media_type, _, parameters = request.headers["content-type"].partition(";")
    assert media_type.strip() == "multipart/form-data"
    boundary = re.fullmatch(r"\s*boundary=(\S+)\s*", parameters)
    assert boundary is not None, request.headers["content-type"]
    marker = b"--" + boundary.group(1).encode("ascii")
    body = request.read()
    assert body.startswith(marker + b"\r\n")
    assert body.endswith(marker + b"--\r\n")
    parts: dict[str, Part] = {}
    for chunk in body[len(marker) : -len(marker + b"--\r\n")].split(b"\r\n" + marker):
        head, _, content = chunk.removeprefix(b"\r\n").partition(b"\r\n\r\n")
        headers = {}
        for line in head.decode("utf-8").split("\r\n"):
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        part = Part(headers, content.removesuffix(b"\r\n"))
        parts[part.disposition["name"]] = part
    return boundary.group(1), parts


def success_status(spec_name: str, path: str, method: str = "post") -> int:
    spec = load_bundle(spec_name)
    return min(int(status) for status in spec["paths"][path][method]["responses"] if status.startswith("2"))


def declared_part_types(spec_name: str, path: str, part: str) -> list[str]:
    spec = load_bundle(spec_name)
    body = resolve(spec, spec["paths"][path]["post"]["requestBody"])
    encoding = body["content"]["multipart/form-data"]["encoding"][part]["contentType"]
    return [t.strip() for t in encoding.split(",")]


def _add_attachment(client: Any, payload: bytes, file_name: str, mime_type: str) -> Any:
    from ebp_hubbix_compta.api.attachments import add_attachment
    from ebp_hubbix_compta.models import AttachmentUpload
    from ebp_hubbix_compta.types import File

    body = AttachmentUpload(
        attachment_name=file_name,
        data=File(payload=io.BytesIO(payload), file_name=file_name, mime_type=mime_type),
        folder="documents",
    )
    return add_attachment.sync_detailed(client=client, body=body, tenantid=TENANT_ID)


def _create_import(client: Any, payload: bytes, file_name: str, mime_type: str) -> Any:
    from ebp_import.api.import_ import create_import
    from ebp_import.models import CreateImportRequest, ImportCategory
    from ebp_import.types import File

    body = CreateImportRequest(file=File(payload=io.BytesIO(payload), file_name=file_name, mime_type=mime_type))
    return create_import.sync_detailed(
        client=client,
        body=body,
        folder_id=FOLDER_ID,
        import_category=ImportCategory("Items"),
        import_settings="testModel",
    )


def _add_associated_file(client: Any, payload: bytes, file_name: str, mime_type: str) -> Any:
    from ebp_associatedfile.api.associated_file import add_associated_file
    from ebp_associatedfile.models import AddAssociatedFileRequest, AssociatedFileKind
    from ebp_associatedfile.types import File

    body = AddAssociatedFileRequest(file=File(payload=io.BytesIO(payload), file_name=file_name, mime_type=mime_type))
    return add_associated_file.sync_detailed(
        client=client,
        body=body,
        folder_id=FOLDER_ID,
        kind=AssociatedFileKind("Item"),
        type_="file",
        entity_id="AR00002",
    )


UPLOADS = [
    pytest.param(
        "ebp-hubbix-compta",
        "/v1/pieces-jointes/add",
        "data",
        _add_attachment,
        PDF_BYTES,
        "Facture n°42 (copie).pdf",
        "application/pdf",
        id="compta-addAttachment",
    ),
    pytest.param(
        "ebp-import",
        "/v1/CreateImport",
        "file",
        _create_import,
        CSV_BYTES,
        "articles-2024.csv",
        "text/csv",
        id="import-createImport",
    ),
    pytest.param(
        "ebp-associatedfile",
        "/v1/AddAssociatedFile",
        "file",
        _add_associated_file,
        OCTETS,
        "photo AR00002.bin",
        "application/octet-stream",
        id="associatedfile-addAssociatedFile",
    ),
]


@pytest.mark.parametrize(("spec_name", "path", "part", "upload", "payload", "file_name", "mime_type"), UPLOADS)
def test_multipart_upload_on_the_wire(
    spec_name: str,
    path: str,
    part: str,
    upload: Any,
    payload: bytes,
    file_name: str,
    mime_type: str,
    make_client: Any,
) -> None:
    assert mime_type in declared_part_types(spec_name, path, part)
    client, check = make_client(spec_name)
    sent = Sent()
    set_request_hooks(client, check, sent)
    first = upload(client, payload, file_name, mime_type)
    second = upload(client, payload, file_name, mime_type)
    for response in (first, second):
        assert_prism_accepts(response)
        assert response.status_code == success_status(spec_name, path), response.content[:300]
    assert check.checked == 2
    (boundary_1, parts), (boundary_2, _) = (parse_multipart(r) for r in sent.requests)
    assert boundary_1 != boundary_2  # a fresh random boundary per request
    assert len(boundary_1) >= 16
    assert boundary_1.encode() not in payload
    file_part = parts[part]
    assert file_part.disposition["filename"] == file_name
    assert file_part.headers["content-type"] == mime_type
    assert file_part.content == payload


def test_compta_attachment_text_fields_are_plain_parts(make_client: Any) -> None:
    client, check = make_client("ebp-hubbix-compta")
    sent = Sent()
    set_request_hooks(client, check, sent)
    response = _add_attachment(client, PDF_BYTES, "scan.pdf", "application/pdf")
    assert_prism_accepts(response)
    _, parts = parse_multipart(sent.requests[0])
    assert sorted(parts) == ["attachmentName", "data", "folder"]
    assert parts["attachmentName"].content == b"scan.pdf"
    assert parts["folder"].content == b"documents"
    assert "filename" not in parts["folder"].disposition


# --- export results: binary files -----------------------------------------------------------------------


@pytest.mark.parametrize("media_type", ["application/pdf", "text/csv"])
def test_export_result_is_a_file_with_the_response_bytes(media_type: str, make_client: Any) -> None:
    from ebp_export.api.export import get_export_result
    from ebp_export.types import File

    client, check = make_client("ebp-export", headers={"Accept": media_type})
    response = get_export_result.sync_detailed(client=client, export_id="99497f15-f351-477d-8157-76598089199d")
    assert_prism_accepts(response)
    assert response.status_code == 200
    assert response.headers["content-type"].partition(";")[0] == media_type
    assert isinstance(response.parsed, File)
    assert response.content
    assert response.parsed.payload.read() == response.content
    if media_type == "text/csv":
        assert response.parsed.mime_type == "text/csv"
    assert check.checked == 1


@pytest.mark.parametrize(
    ("media_type", "content"), [("application/pdf", PDF_BYTES), ("text/csv", CSV_BYTES)], ids=["pdf", "csv"]
)
def test_export_result_keeps_non_utf8_bytes(media_type: str, content: bytes) -> None:
    """Prism only sends ASCII; real exports carry binary PDF and Windows-1252 CSV."""
    from ebp_export.api.export import get_export_result
    from ebp_export.types import File

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=content, headers={"Content-Type": media_type})

    client = ebp.connect(
        "export",
        subscription_key="sub",
        auth="token",
        base_url="http://127.0.0.1:9",
        transport=httpx.MockTransport(answer),
        rate_limits=None,  # a local mock: no pacing
    )
    parsed = get_export_result.sync(client=client, export_id="x")
    assert isinstance(parsed, File)
    assert parsed.payload.read() == content


# --- exact decimals and unknown enum values (MockTransport) -----------------------------------------------


@dataclass
class Canned:
    """A MockTransport handler answering one canned JSON body; it keeps the requests."""

    body: bytes
    status: int = 200
    requests: list[httpx.Request] = field(default_factory=list)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(self.status, content=self.body, headers={"Content-Type": "application/json"})

    def client(self) -> Any:
        check = WireCheck(load_bundle("ebp-hubbix-gestion"))
        return ebp.connect(
            "hubbix-gestion",
            subscription_key="sub",
            auth="token",
            base_url="http://127.0.0.1:9",
            transport=httpx.MockTransport(self),
            event_hooks={"request": [check]},
            rate_limits=None,  # a local mock: no pacing
        )


def test_a_28_digit_decimal_round_trips_byte_for_byte() -> None:
    from ebp_hubbix_gestion.api.customer_groups import get_customer_group, update_customer_group
    from ebp_hubbix_gestion.models import CustomerGroup, CustomerGroupInput

    amount = EBP_AMOUNT.encode()
    canned = Canned(
        b'{"id":12,"label":"Taux r\xc3\xa9duit","discountRate":' + amount + b',"settlementTermId":1,'
        b'"comment":"H\xc3\xb4pitaux","canDelete":false}'
    )
    client = canned.client()
    group = get_customer_group.sync(12, client=client, domain_id=DOMAIN_ID)
    assert isinstance(group, CustomerGroup)
    assert group.discount_rate == Decimal(EBP_AMOUNT)
    assert str(group.discount_rate) == EBP_AMOUNT  # trailing zeros kept: the exponent survives

    # The input DTO spells its keys as the doc's table does (PascalCase), the response camelCase.
    body = CustomerGroupInput(
        label=group.label,
        discount_rate=group.discount_rate,
        settlement_term_id=group.settlement_term_id,
        comment=group.comment,
    )
    canned.body, canned.status = b"12", 200
    update_customer_group.sync_detailed(12, client=client, body=body, domain_id=DOMAIN_ID)

    sent = canned.requests[-1].content
    assert b'"DiscountRate":' + amount + b"," in sent
    assert sent == (
        b'{"Label":"Taux r\xc3\xa9duit","DiscountRate":'
        + amount
        + b',"SettlementTermId":1,"Comment":"H\xc3\xb4pitaux"}'
    )
    assert canned.requests[-1].headers["content-type"] == "application/json"


def test_an_unknown_enum_value_parses_and_round_trips() -> None:
    from ebp_hubbix_gestion.api.sale_documents import get_sale_documents
    from ebp_hubbix_gestion.models import SaleDocumentStatus, SaleDocumentSummary, SaleDocumentSummaryPage
    from ebp_hubbix_gestion.types import json_dumps

    element = (
        b'{"id":17,"documentType":0,"documentStatus":99,"name":"KRAP\'S","city":"Ploufragan",'
        b'"number":"FA00000019","totalAmountVatExcluded":1545.0,"totalAmountVatIncluded":1854.00,'
        b'"netAmountVatIncluded":' + EBP_AMOUNT.encode() + b',"dueAmount":0,"accountingTransferStatus":null,"title":""}'
    )
    canned = Canned(b'{"take":5,"skip":0,"total":1,"elements":[' + element + b"]}")
    page = get_sale_documents.sync(client=canned.client(), domain_id=DOMAIN_ID)
    assert isinstance(page, SaleDocumentSummaryPage)
    (summary,) = page.elements
    status = summary.document_status
    assert isinstance(status, SaleDocumentStatus)
    assert status.value == 99
    assert status not in (SaleDocumentStatus.PROVISIONAL, SaleDocumentStatus.VALIDATED)
    assert status.name == "UNKNOWN_99"
    assert summary.to_dict()["documentStatus"] == 99
    assert json_dumps(summary.to_dict()) == element  # every byte, the 99 and the decimals included
    assert SaleDocumentSummary.from_dict(summary.to_dict()) == summary


# --- WhereCondition -------------------------------------------------------------------------------------


WHERE_CASES = [
    pytest.param("items", id="queryItems"),
    pytest.param("clients", id="queryClients"),
]


@pytest.mark.parametrize("operation", WHERE_CASES)
def test_where_condition_travels_url_encoded_and_parses_back(operation: str, make_client: Any) -> None:
    from ebp_gescom.api.clients import query_clients
    from ebp_gescom.api.items import query_items

    cond = (col("Id") == "ANIM0001") | (col("Id") == "BUZZ0001")
    client, check = make_client("ebp-gescom")
    sent = Sent()
    set_request_hooks(client, check, sent)
    call = query_items if operation == "items" else query_clients
    response = call.sync_detailed(FOLDER_ID, client=client, where_condition=cond.to_yaml())
    assert_prism_accepts(response)
    assert response.status_code == 200
    assert check.checked == 1

    (request,) = sent.requests
    path, _, query = request.url.raw_path.partition(b"?")
    assert path.endswith(b"/Items/ItemsExtentedQuery" if operation == "items" else b"/Clients/ExtendedQuery")
    (encoded,) = [p.partition(b"=")[2] for p in query.split(b"&") if p.startswith(b"WhereCondition=")]
    assert encoded == urllib.parse.quote(cond.to_yaml(), safe="").encode("ascii")
    for raw in (b"\n", b" ", b":", b"'", b"+"):
        assert raw not in encoded
    text = urllib.parse.unquote(encoded.decode("ascii"), errors="strict")
    assert text == cond.to_yaml()
    assert Where.from_yaml(text) == cond
    assert Where.from_query(encoded.decode("ascii")) == cond


def test_where_condition_with_dates_and_accents_is_accepted(make_client: Any) -> None:
    from datetime import datetime

    from ebp_gescom.api.items import query_items

    cond = (col("Caption").like("Café%")) & (col("sysModifiedDate") >= datetime(2021, 7, 12, 8, 30))
    client, check = make_client("ebp-gescom")
    sent = Sent()
    set_request_hooks(client, check, sent)
    response = query_items.sync_detailed(FOLDER_ID, client=client, where_condition=cond.to_yaml(), limit=10)
    assert_prism_accepts(response)
    assert check.checked == 1
    query = sent.requests[0].url.query.decode("ascii")
    (value,) = [v for k, v in urllib.parse.parse_qsl(query) if k == "WhereCondition"]
    assert Where.from_yaml(value) == cond
    assert "Café%" in value


EBP_SPECS = [
    "ebp-hubbix-compta",
    "ebp-hubbix-gestion",
    "ebp-gescom",
    "ebp-batiment",
    "ebp-maintenance",
    "ebp-import",
    "ebp-associatedfile",
    "ebp-export",
]


@pytest.mark.parametrize("spec_name", EBP_SPECS)
@pytest.mark.parametrize("missing", ["subscriptionKey", "bearerAuth"])
def test_each_ebp_credential_alone_is_refused(spec_name: str, missing: str, prism: Any) -> None:
    """EBP wants the subscription key AND the bearer: either one alone gets 401 from the mock."""
    from comptoir._credentials import HeaderCredential, SpecAuth
    from comptoir.errors import ConfigurationError
    from tests.conftest import dummy_credentials
    from tests.support.operations import operations

    op = operations(spec_name)[0]
    credentials = {name: value for name, value in dummy_credentials(load_bundle(spec_name)).items() if name != missing}
    client_module = __import__(f"{op.package}.client", fromlist=["AuthenticatedClient"])
    client = client_module.AuthenticatedClient(base_url=prism.url(spec_name), auth=SpecAuth(credentials))
    with pytest.raises(ConfigurationError, match=missing):  # the client itself refuses before sending
        op.module.sync_detailed(client=client, **op.kwargs())

    # and the server side: the same request with the one header sent anyway gets 401
    one = next(iter(credentials.values()))
    assert isinstance(one, HeaderCredential)
    request = httpx.Request("GET", prism.url(spec_name))
    one.apply(request)
    kwargs = op.module._get_kwargs(**op.kwargs())
    response = httpx.request(
        kwargs["method"],
        prism.url(spec_name) + kwargs["url"],
        headers={**kwargs.get("headers", {}), **dict(request.headers)},
        timeout=30,
        **{k: v for k, v in kwargs.items() if k in ("content", "files", "data")},
    )
    assert response.status_code == 401, response.text[:300]
