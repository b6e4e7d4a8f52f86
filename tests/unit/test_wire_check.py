"""The wire check itself: each serialisation the specs do not declare is caught."""

from __future__ import annotations

import httpx
import pytest

from tests.support.operations import load_bundle
from tests.support.wire_check import WireCheck, WireViolation


@pytest.fixture(scope="module")
def facturare() -> WireCheck:
    return WireCheck(load_bundle("facturare"))


@pytest.fixture(scope="module")
def ebp_import() -> WireCheck:
    return WireCheck(load_bundle("ebp-import"))


def request(method: str, url: str, **kwargs: object) -> httpx.Request:
    return httpx.Request(method, "http://mock" + url, **kwargs)  # type: ignore[arg-type]


def test_declared_serialisations_pass(facturare: WireCheck) -> None:
    facturare(request("GET", "/invoices?expand=customer,invoice&filter%5Bpaid%5D=0&metadata%5Baccount-rep%5D=Jan"))
    assert facturare.checked >= 1


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("/invoices?paid=0", "undeclared query key 'paid'"),
        ("/invoices?filter=paid", "deepObject parameter 'filter' sent flattened"),
        ("/invoices?expand=customer&expand=invoice", "query key 'expand' repeated 2 times"),
        ("/nowhere", "no such operation"),
    ],
)
def test_undeclared_serialisations_are_violations(facturare: WireCheck, url: str, message: str) -> None:
    with pytest.raises(WireViolation, match=message):
        facturare(request("GET", url))


def test_body_on_an_operation_without_one_is_a_violation(facturare: WireCheck) -> None:
    with pytest.raises(WireViolation, match="declares none"):
        facturare(request("GET", "/customers", content=b"{}", headers={"content-type": "application/json"}))


def test_missing_required_parameter_is_a_violation(ebp_import: WireCheck) -> None:
    with pytest.raises(WireViolation, match="required query parameter"):
        ebp_import(request("GET", "/v1/StatutResultImport"))


def _upload(content_type: str) -> httpx.Request:
    return request(
        "POST",
        "/v1/CreateImport?FolderId=1&ImportCategory=Items&ImportSettings=default",
        files={"file": ("items.csv", b"a;b\n", content_type)},
    )


def test_multipart_part_of_a_declared_type_passes(ebp_import: WireCheck) -> None:
    ebp_import(_upload("text/csv"))


def test_multipart_part_of_an_undeclared_type_is_a_violation(ebp_import: WireCheck) -> None:
    with pytest.raises(WireViolation, match="multipart part 'file' sent as 'video/mp4'"):
        ebp_import(_upload("video/mp4"))
