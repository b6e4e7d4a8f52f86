"""``comptoir ops`` (find an operation) and ``comptoir call`` (call any operation) for the command line."""

from __future__ import annotations

import csv
import datetime
import enum
import importlib
import inspect
import io
import json
import os
import types
import typing
import uuid
from collections.abc import Iterator, Sequence
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from . import specs
from .errors import ComptoirError, ConfigurationError, vendor_message

OFFSET_NAMES = ("offset", "skip")
LIMIT_NAMES = ("limit", "take", "top")
MAX_PAGES = 10_000
OUTPUTS = ("json", "jsonl", "csv")
ENV_KEYS = {
    "seven": ("SEVEN_API_KEY",),
    "seqino-pdp": ("SEQINO_API_KEY", "SEQINO_CLIENT_ID"),
    "facturare": ("FACTURARE_API_KEY",),
}


class CallError(ComptoirError):
    """A ``comptoir call`` that cannot be made or did not succeed; the message is one line."""


def ops(
    api: Annotated[str | None, typer.Argument(help="API name (ebp-gescom, seven…); all when omitted.")] = None,
    search: Annotated[str | None, typer.Argument(help="Words to find in the operationId, path or summary.")] = None,
) -> None:
    """List operations: API, operationId, method, path, summary."""
    apis = list(specs.PACKAGES)
    if api is not None and api not in specs.PACKAGES:
        if search is None:  # `comptoir ops invoice`: the one argument is a search
            api, search = None, api
        else:
            _fail(f"unknown API {api!r}; valid names: {', '.join(apis)}")
    table = Table(box=None)
    for column in ("API", "operationId", "method", "path", "summary"):
        table.add_column(column, overflow="fold")
    words = (search or "").lower().split()
    rows = 0
    for name in [api] if api else apis:
        for op in specs.operations(name):
            text = f"{op.operation_id} {op.path} {op.summary}".lower()
            if all(word in text for word in words):
                table.add_row(name, op.operation_id, op.method.upper(), op.path, op.summary)
                rows += 1
    if not rows:
        _fail(f"no operation matches {search!r}")
    Console(width=200).print(table)


def call(
    context: typer.Context,
    *,
    api: Annotated[str, typer.Argument(help="API name, as `comptoir ops` shows it.")],
    operation: Annotated[str, typer.Argument(help="operationId, as `comptoir ops` shows it.")],
    param: Annotated[
        list[str] | None, typer.Option("--param", "-p", help="name=value (repeatable); also --<name> value.")
    ] = None,
    body: Annotated[str | None, typer.Option(help="Request body: JSON text, or @file.json.")] = None,
    all_pages: Annotated[bool, typer.Option("--all", help="Follow the paging parameters to the last page.")] = False,
    output: Annotated[str, typer.Option(help="json, jsonl or csv.")] = "json",
    base_url: Annotated[str | None, typer.Option(envvar="COMPTOIR_BASE_URL", help="Another server (a mock).")] = None,
    store: Annotated[Path | None, typer.Option(envvar="COMPTOIR_EBP_TOKEN_STORE", help="EBP token file.")] = None,
) -> None:
    """Call any operation with the stored EBP login or the API key variables; print the result.

    EBP needs EBP_SUBSCRIPTION_KEY and either EBP_ACCESS_TOKEN or the stored login (`comptoir login
    ebp`, with COMPTOIR_EBP_CLIENT_ID / COMPTOIR_EBP_CLIENT_SECRET); seven SEVEN_API_KEY; Seqino
    SEQINO_API_KEY and SEQINO_CLIENT_ID; facturare.md FACTURARE_API_KEY.
    """
    try:
        if output not in OUTPUTS:
            raise CallError(f"--output must be one of {', '.join(OUTPUTS)}, not {output!r}")
        found = _operation(api, operation)
        module = _module(found)
        function = module.sync_detailed
        arguments = _arguments(function, [*(param or []), *_extra_options(context.args)], body)
        client = _client(api, base_url, store)
        records = (
            _pages(found, function, client, arguments) if all_pages else [_call(found, function, client, arguments)]
        )
        _write(records if all_pages else records[0], output, specs.package_of(api))
    except (ComptoirError, OSError) as error:
        _fail(str(error))


def _fail(message: str) -> typing.NoReturn:
    typer.echo(f"Error: {message.splitlines()[0] if message else 'failed'}", err=True)
    raise typer.Exit(1)


def _operation(api: str, operation_id: str) -> specs.Operation:
    for op in specs.operations(api):
        if op.operation_id == operation_id:
            return op
    raise CallError(f"{api} has no operation {operation_id!r} (see `comptoir ops {api}`)")


def _module(op: specs.Operation) -> types.ModuleType:
    from openapi_python_client.strings import PythonIdentifier  # noqa: PLC0415 - names as the generator writes them

    tag = PythonIdentifier((op.raw.get("tags") or ["default"])[0], "field_")
    name = PythonIdentifier(op.operation_id, "field_")
    return importlib.import_module(f"{specs.package_of(op.api)}.api.{tag}.{name}")


def _extra_options(args: Sequence[str]) -> list[str]:
    """``--folder-id 3691`` -> ``folder_id=3691``."""
    pairs: list[str] = []
    items = list(args)
    while items:
        flag = items.pop(0)
        if not flag.startswith("--") or flag == "--":
            raise CallError(f"unexpected argument {flag!r}; parameters go as --param name=value or --name value")
        name, equals, value = flag[2:].partition("=")
        if not equals:
            if not items:
                raise CallError(f"{flag} needs a value")
            value = items.pop(0)
        pairs.append(f"{name.replace('-', '_')}={value}")
    return pairs


def _arguments(function: Any, pairs: Sequence[str], body: str | None) -> dict[str, Any]:
    signature = inspect.signature(function)
    hints = typing.get_type_hints(function)
    arguments: dict[str, Any] = {}
    for pair in pairs:
        name, equals, text = pair.partition("=")
        name = name.strip().replace("-", "_")
        if not equals:
            raise CallError(f"--param {pair!r} is not name=value")
        if name not in signature.parameters or name in ("client", "body"):
            valid = ", ".join(p for p in signature.parameters if p != "client")
            raise CallError(f"no parameter {name!r} (parameters: {valid})")
        arguments[name] = _convert(name, text, hints[name])
    if body is not None:
        if "body" not in signature.parameters:
            raise CallError("this operation takes no body")
        text = Path(body[1:]).read_text(encoding="utf-8") if body.startswith("@") else body
        arguments["body"] = _convert("body", text, hints["body"])
    missing = [
        name
        for name, p in signature.parameters.items()
        if p.default is inspect.Parameter.empty and name != "client" and name not in arguments
    ]
    if missing:
        raise CallError(f"missing required parameter(s): {', '.join(missing)}")
    return arguments


def _candidates(annotation: Any) -> list[Any]:
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        return [a for a in typing.get_args(annotation) if a is not type(None) and getattr(a, "__name__", "") != "Unset"]
    return [annotation]


def _convert(name: str, text: str, annotation: Any) -> Any:
    problems: list[str] = []
    for kind in _candidates(annotation):
        try:
            return _convert_to(text, kind)
        except (ValueError, TypeError, KeyError, InvalidOperation, json.JSONDecodeError) as error:
            problems.append(f"{getattr(kind, '__name__', kind)}: {type(error).__name__}")
    raise CallError(f"parameter {name!r}: {text!r} does not fit ({'; '.join(problems)})")


def _convert_to(text: str, kind: Any) -> Any:  # noqa: PLR0911 - one branch per parameter type
    origin = typing.get_origin(kind)
    if origin is list:
        (item,) = typing.get_args(kind) or (str,)
        values = json.loads(text) if text.startswith("[") else text.split(",")
        return [_convert_to(v if isinstance(v, str) else json.dumps(v), item) for v in values]
    if kind is bool:
        if text.lower() not in ("true", "false"):
            raise ValueError(text)
        return text.lower() == "true"
    if kind in (int, Decimal, uuid.UUID):
        return kind(text)
    if kind is datetime.datetime:
        return datetime.datetime.fromisoformat(text)
    if kind is datetime.date:
        return datetime.date.fromisoformat(text)
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return kind(int(text) if issubclass(kind, int) else text)
    if hasattr(kind, "from_dict"):
        return kind.from_dict(json.loads(text, parse_float=Decimal))
    if kind is str or kind is Any:
        return text
    raise TypeError(f"cannot build {kind!r} from text")


def _client(api: str, base_url: str | None, store: Path | None) -> Any:
    options: dict[str, Any] = {} if base_url is None else {"base_url": base_url}
    if api.startswith("ebp-"):
        from . import ebp  # noqa: PLC0415 - only the API called is imported

        key = _env("EBP_SUBSCRIPTION_KEY")
        return ebp.connect(api.removeprefix("ebp-"), subscription_key=key, auth=_ebp_auth(store), **options)
    values = [_env(name) for name in ENV_KEYS[api]]
    if api == "seven":
        from . import seven  # noqa: PLC0415

        return seven.connect(api_key=values[0], **options)
    if api == "seqino-pdp":
        from . import seqino  # noqa: PLC0415

        return seqino.connect(api_key=values[0], client_id=values[1], **options)
    from . import facturare  # noqa: PLC0415

    return facturare.connect(api_key=values[0], **options)


def _ebp_auth(store: Path | None) -> Any:
    token = os.environ.get("EBP_ACCESS_TOKEN")
    if token:
        return token
    from .auth import FileTokenStore, RefreshingAuth, default_token_path, ebp_provider  # noqa: PLC0415

    provider = ebp_provider(_env("COMPTOIR_EBP_CLIENT_ID"), _env("COMPTOIR_EBP_CLIENT_SECRET"))
    return RefreshingAuth(provider, FileTokenStore(store or default_token_path("ebp")))


def _env(name: str) -> str:
    value = os.environ.get(name)
    if not value:
        raise ConfigurationError(f"set {name} in the environment")
    return value


def _call(op: specs.Operation, function: Any, client: Any, arguments: dict[str, Any]) -> Any:
    try:
        response = function(client=client, **arguments)
    except ComptoirError:
        raise
    except Exception as error:  # noqa: BLE001 - httpx and parsing errors become one line
        raise CallError(f"{op.operation_id}: {type(error).__name__}: {error}") from None
    status = int(response.status_code)
    if not 200 <= status < 300:
        detail = vendor_message(response.content)
        raise CallError(f"{op.operation_id}: HTTP {status}{': ' + detail if detail else ''}")
    parsed = response.parsed
    if parsed is None and response.content:
        return json.loads(response.content, parse_float=Decimal)
    return _plain(parsed)


def _plain(value: Any) -> Any:
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if hasattr(value, "payload"):  # a binary File
        raise CallError("the answer is a file; the command line prints JSON data only")
    return value


def _paging_names(function: Any) -> tuple[str, str]:
    names = list(inspect.signature(function).parameters)
    offset = next((n for n in names if n.lower() in OFFSET_NAMES), None)
    limit = next((n for n in names if n.lower() in LIMIT_NAMES), None)
    if offset is None or limit is None:
        raise CallError("--all: this operation has no offset/limit (skip/take) parameters")
    return offset, limit


def _items(page: Any) -> tuple[list[Any], int | None]:
    """The records of a page and the total it announces (when it does)."""
    if isinstance(page, list):
        return page, None
    if not isinstance(page, dict):
        raise CallError("--all: the answer is not a list of records")
    lists = [value for value in page.values() if isinstance(value, list)]
    if not lists:
        raise CallError("--all: the answer has no list of records")
    total = next(
        (
            v
            for holder in [page, *(x for x in page.values() if isinstance(x, dict))]
            for k, v in holder.items()
            if k.lower() in ("total", "totalcount") and isinstance(v, int)
        ),
        None,
    )
    return lists[0], total


def _pages(op: specs.Operation, function: Any, client: Any, arguments: dict[str, Any]) -> list[Any]:
    """Every record, page after page (offset/skip + limit/take), with a progress bar on stderr."""
    offset_name, limit_name = _paging_names(function)
    defaults = inspect.signature(function).parameters
    offset = int(arguments.get(offset_name, 0) or 0)
    default_limit = defaults[limit_name].default
    limit = int(arguments.get(limit_name) or (default_limit if isinstance(default_limit, int) else 100))
    records: list[Any] = []
    columns = (TextColumn(op.operation_id), BarColumn(), MofNCompleteColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("pages", total=None)
        for _ in range(MAX_PAGES):
            page = _call(op, function, client, {**arguments, offset_name: offset, limit_name: limit})
            items, total = _items(page)
            records += items
            progress.update(task, completed=len(records), total=total)
            if len(items) < limit or not items or (total is not None and len(records) >= total):
                return records
            offset += len(items)
    raise CallError(f"--all: stopped after {MAX_PAGES} pages")


def _write(result: Any, output: str, package: str) -> None:
    dumps = importlib.import_module(f"{package}.types").json_dumps  # writes Decimals digit for digit
    if output == "json":
        typer.echo(dumps(result).decode("utf-8"))
    elif output == "jsonl":
        for record in result if isinstance(result, list) else [result]:
            typer.echo(dumps(record).decode("utf-8"))
    else:
        typer.echo(_csv(result if isinstance(result, list) else [result], dumps), nl=False)


def _csv(records: list[Any], dumps: Any) -> str:
    rows = [dict(_flat(record)) for record in records]
    columns = list(dict.fromkeys(key for row in rows for key in row))
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(v, dumps) for k, v in row.items()})
    return out.getvalue()


def _cell(value: Any, dumps: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else str(dumps(value).decode("utf-8"))


def _flat(value: Any, prefix: str = "") -> Iterator[tuple[str, Any]]:
    """Nested objects as dotted columns (``code.value``); lists stay JSON."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _flat(item, f"{prefix}{key}.")
    else:
        yield (prefix.rstrip(".") or "value"), value
