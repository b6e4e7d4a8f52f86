"""Every example response the vendor docs print, exactly as printed, against the specs and the clients.

The examples live in `tests/fixtures/doc_examples/<api>.yaml` (one file per spec). Each one that the
doc prints in full must validate against its operation's response schema in the bundled spec (no
erratum needed for it) and parse through the generated client's `sync_detailed` on an
`httpx.MockTransport`. Examples the doc elides (`{ … }`, `// ...`, a generic template) are only
checked to carry a reason; printed JSON that does not parse (`{{`, `}}`) must really not parse,
and is checked after its one recorded repair.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import pytest
import yaml
from specbundle import bundle, spec_names

from tests.conftest import dummy_credentials
from tests.support.operations import Operation, operations

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "doc_examples"
# The vendors' docs beside the checkout (../shared/seeds), or where COMPTOIR_SEEDS points, or the workplace's copy.
SEEDS = next(
    (
        path
        for path in (
            Path(os.environ.get("COMPTOIR_SEEDS", ROOT.parent / "shared" / "seeds")),
            Path("/work/shared/seeds"),
        )
        if path.is_dir()
    ),
    ROOT.parent / "shared" / "seeds",
)
BASE_URL = "https://doc-examples.invalid"


@dataclass(frozen=True)
class DocExample:
    """One example response as the doc prints it."""

    api: str
    source: str
    operation_id: str
    status: int
    media_type: str
    line: int
    body: str
    elided: str | None
    malformed: str | None
    repair: tuple[str, str] | None

    @property
    def id(self) -> str:
        return f"{self.api}:{self.operation_id}:L{self.line}"

    @property
    def checked_body(self) -> str:
        """The body the checks use: as printed, or after the recorded repair of a malformed one."""
        if self.repair is None:
            return self.body
        old, new = self.repair
        return self.body.replace(old, new, 1)


def _load() -> list[DocExample]:
    found: list[DocExample] = []
    for path in sorted(FIXTURES.glob("*.yaml")):
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
        for entry in document["examples"]:
            repair = entry.get("repair")
            found.append(
                DocExample(
                    api=document["api"],
                    source=document["source"],
                    operation_id=entry["operationId"],
                    status=int(entry["status"]),
                    media_type=entry["mediaType"],
                    line=int(entry["line"]),
                    body=entry["body"],
                    elided=entry.get("elided"),
                    malformed=entry.get("malformed"),
                    repair=(repair[0], repair[1]) if repair else None,
                )
            )
    return found


EXAMPLES = _load()
CHECKED = [example for example in EXAMPLES if example.elided is None]
_SPECS: dict[str, dict[str, Any]] = {}
_OPERATIONS: dict[tuple[str, str], Operation] = {}


def spec(api: str) -> dict[str, Any]:
    if api not in _SPECS:
        _SPECS[api] = bundle(api)
    return _SPECS[api]


def operation(example: DocExample) -> Operation:
    key = (example.api, example.operation_id)
    if not _OPERATIONS:
        for name in spec_names():
            for op in operations(name, spec(name)):
                _OPERATIONS[(name, op.operation_id)] = op
    return _OPERATIONS[key]


def decoded(example: DocExample) -> Any:
    """The body as a validator sees it: JSON decoded, text as a string."""
    if example.media_type == "application/json" or example.media_type.endswith("+json"):
        return json.loads(example.checked_body)
    return example.checked_body


def response_schema(example: DocExample) -> dict[str, Any]:
    op = operation(example)
    responses = op.responses()
    assert str(example.status) in responses, f"{example.id}: HTTP {example.status} is not documented"
    content = responses[str(example.status)].get("content") or {}
    assert example.media_type in content, f"{example.id}: {example.media_type} not declared ({sorted(content)})"
    schema = content[example.media_type].get("schema")
    assert schema is not None, f"{example.id}: no schema"
    return dict(schema)


def test_every_spec_has_its_examples_file() -> None:
    assert sorted(path.stem for path in FIXTURES.glob("*.yaml")) == spec_names()


def test_fixtures_name_documented_operations() -> None:
    for example in EXAMPLES:
        response_schema(example)


@pytest.mark.parametrize("example", [e for e in EXAMPLES if e.elided or e.malformed], ids=lambda e: e.id)
def test_elided_and_malformed_examples_say_why(example: DocExample) -> None:
    reason = example.elided or example.malformed
    assert reason
    assert len(reason) > 10
    if example.malformed:
        with pytest.raises(json.JSONDecodeError):
            json.loads(example.body)
        json.loads(example.checked_body)


@pytest.mark.skipif(not SEEDS.is_dir(), reason=f"the vendor docs are not on this machine ({SEEDS})")
@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.id)
def test_example_is_printed_verbatim_at_its_line(example: DocExample) -> None:
    lines = (SEEDS / example.source).read_text(encoding="utf-8").split("\n")
    body_lines = example.body.rstrip("\n").split("\n")
    printed = lines[example.line - 1 : example.line - 1 + len(body_lines)]
    assert printed[0].endswith(body_lines[0]), f"{example.id}: line {example.line} is {printed[0]!r}"
    assert printed[1:] == body_lines[1:], f"{example.id}: the body differs from the doc"


@pytest.mark.parametrize("example", CHECKED, ids=lambda e: e.id)
def test_example_validates_against_the_response_schema(example: DocExample) -> None:
    document = spec(example.api)
    schema = {**response_schema(example), "components": document.get("components", {})}
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(decoded(example)), key=lambda error: list(error.absolute_path))
    assert not errors, f"{example.id}: " + "; ".join(
        f"/{'/'.join(map(str, error.absolute_path))}: {error.message[:200]}" for error in errors[:8]
    )


@pytest.mark.parametrize("example", CHECKED, ids=lambda e: e.id)
def test_example_parses_through_the_generated_client(example: DocExample) -> None:
    op = operation(example)
    body = example.checked_body.encode("utf-8")

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(example.status, content=body, headers={"Content-Type": example.media_type})

    package = __import__(f"{op.package}.client", fromlist=["AuthenticatedClient"])
    client = package.AuthenticatedClient(
        base_url=BASE_URL,
        auth=_auth(op),
        httpx_args={"transport": httpx.MockTransport(answer)},
    )
    response = op.module.sync_detailed(client=client, **op.kwargs())
    assert response.status_code == example.status
    assert response.parsed is not None, f"{example.id}: nothing parsed"
    expected = (
        op.expected_type(example.status) if example.media_type == op.response_schema(example.status)[0] else object
    )
    assert isinstance(response.parsed, expected), f"{example.id}: parsed as {type(response.parsed).__name__}"


def _auth(op: Operation) -> httpx.Auth:
    from comptoir._credentials import SpecAuth

    return SpecAuth(dummy_credentials(op.spec))
