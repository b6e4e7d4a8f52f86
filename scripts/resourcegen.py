"""Resource clients: ``<pkg>/resources.py``, a sync and an async client class per API with one
namespace per tag (``gc.customers.get_customer(...)``), rendered from
``templates/resources.py.jinja`` with the generator's Jinja environment and endpoint collections.

The methods take the functional modules' parameters (the ``arguments`` macro of
endpoint_macros.py.jinja) and return what their ``sync``/``sync_detailed`` functions are annotated
to return, read from the generated modules themselves (so they cannot drift from them).
"""

from __future__ import annotations

import ast
import keyword
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openapi_python_client import Project
from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.strings import PythonIdentifier, snake_case
from specbundle import resolve

RESERVED_NAMES = frozenset(
    {"base_url", "defaults", "options", "with_options", "for_call", "prepare_request", "close", "aclose"}
)
"""Client attributes a tag namespace must not shadow."""
PER_CALL_OPTIONS = frozenset({"timeout", "extra_headers", "max_retries", "self"})
FRENCH = re.compile(
    r"[àâçéèêëîïôûùüÿœ]|\b(le|la|les|des|du|de|un|une|et|pour|avec|par|dans|sur|obtenir|créer|"
    r"supprimer|modifier|récupérer|envoyer|liste|ajouter|solde|tarifs|statistiques|compte|facture|factures|devis|"
    r"dossier|dossiers|fichier|fichiers)\b",
    re.IGNORECASE,
)


class ResourceError(RuntimeError):
    """A spec whose operations cannot be laid out as resource methods (name clashes)."""


@dataclass
class Method:
    """One operation as a namespace method."""

    endpoint: Endpoint
    module: str
    operation_id: str
    alias: str
    name: str
    returns: str | None
    returns_detailed: str
    summary: str
    spec_summary: str
    http_line: str
    parameters: list[tuple[str, str]]
    short_name: str | None = None
    iterates: str | None = None
    """The item iterator type when the operation is paged (``x-comptoir-paging``), else None."""
    pages: str | None = None
    aiterates: str | None = None
    paging_exclude: tuple[str, ...] = ()
    """The offset and limit arguments, which the paging helpers set themselves."""


@dataclass
class Namespace:
    """One tag: its attribute on the resource client and its methods."""

    attribute: str
    class_name: str
    methods: list[Method] = field(default_factory=list)


def class_prefix(package: str) -> str:
    """``ebp_hubbix_gestion`` -> ``HubbixGestion``; ``seven`` -> ``Seven``."""
    return "".join(part.capitalize() for part in package.removeprefix("ebp_").split("_"))


def french(document: dict[str, Any]) -> bool:
    """True when the spec is written in French (its description or most summaries read as French)."""
    info = document.get("info", {})
    summaries = [
        str(operation.get("summary", ""))
        for item in document.get("paths", {}).values()
        for operation in item.values()
        if isinstance(operation, dict)
    ]
    french_ones = sum(1 for summary in summaries if FRENCH.search(summary))
    return bool(FRENCH.search(str(info.get("description", "")))) or french_ones * 2 > len(summaries)


def english_summary(operation_id: str, summary: str, *, in_french: bool = False) -> str:
    """The spec's summary when it reads as English, else one written from the operationId."""
    summary = " ".join(summary.split())
    if summary and not in_french and not FRENCH.search(summary):
        return summary if summary.endswith(".") else summary + "."
    words = snake_case(operation_id).split("_")
    return " ".join(words).capitalize() + "."


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") else word


def short_name(method: str, tag: str) -> str | None:
    """``get_customer`` in tag ``customers`` -> ``get``; None when the tag is not the name's tail."""
    tag_words = tag.rstrip("_").split("_")
    for tail in (tag_words, [*tag_words[:-1], _singular(tag_words[-1])]):
        suffix = "_" + "_".join(tail)
        if method.endswith(suffix) and len(method) > len(suffix):
            candidate = method[: -len(suffix)]
            if candidate.isidentifier() and not keyword.iskeyword(candidate):
                return candidate
    return None


def _annotation(tree: ast.Module, function: str) -> str | None:
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name == function:
            return ast.unparse(node.returns) if node.returns is not None else None
    return None


def _arguments(tree: ast.Module, function: str) -> list[str]:
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name == function:
            return [a.arg for a in [*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs]]
    return []


def _paging_arguments(tree: ast.Module) -> tuple[str, ...]:
    """The arguments of ``sync`` that ``iterate`` does not take (the offset and the limit)."""
    if not _arguments(tree, "iterate"):
        return ()
    kept = set(_arguments(tree, "iterate"))
    return tuple(name for name in _arguments(tree, "sync") if name not in kept)


def _imports(tree: ast.Module, package: str) -> set[str]:
    """The module's imports, made absolute (its client classes left out)."""
    lines: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.Import):
            lines.add(ast.unparse(node))
        elif isinstance(node, ast.ImportFrom):
            if node.module == "client" and node.level:
                continue
            base = package if node.level else ""
            module = ".".join(part for part in (base, node.module or "") if part)
            names = ", ".join(ast.unparse(alias) for alias in node.names)
            lines.add(f"from {module} import {names}")
    return lines


def _text(value: object) -> str:
    """Plain text of a spec string (the generator wraps some in ``UntrustedString``), on one line."""
    if hasattr(value, "get_untrusted_value"):
        value = value.get_untrusted_value()
    return " ".join(str(value or "").split())


def _parameter_docs(endpoint: Endpoint, operation: Operation) -> list[tuple[str, str]]:
    docs: list[tuple[str, str]] = []
    places = (
        ("path", endpoint.path_parameters),
        ("query", endpoint.query_parameters),
        ("header", endpoint.header_parameters),
        ("cookie", endpoint.cookie_parameters),
    )
    for place, parameters in places:
        for parameter in parameters:
            text = operation.descriptions.get((_text(parameter.name), place)) or _text(parameter.description)
            docs.append((str(parameter.python_name), f"{text} (`{_text(parameter.name)}`, {place})".strip()))
    for body in endpoint.bodies:
        text = operation.descriptions[("body", "body")] or _text(body.prop.description)
        docs.append(("body", f"{text} (request body, {_text(body.content_type)})".strip()))
    return docs


def _route(path: str, method: str) -> tuple[str, str]:
    return re.sub(r"\{[^}]*\}", "{}", path), method.lower()


@dataclass
class Operation:
    """What the docs need from a spec operation: its id, raw path, summary and parameter texts."""

    operation_id: str
    path: str
    summary: str
    descriptions: dict[tuple[str, str], str]


def operations(document: dict[str, Any]) -> dict[tuple[str, str], Operation]:
    """(path with anonymous templates, method) -> the spec operation, for a bundled document."""
    found: dict[tuple[str, str], Operation] = {}
    for path, path_item in document.get("paths", {}).items():
        item = resolve(document, path_item)
        shared = item.get("parameters", [])
        for method, operation in item.items():
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            descriptions: dict[tuple[str, str], str] = {}
            for reference in [*shared, *operation.get("parameters", [])]:
                parameter = resolve(document, reference)
                descriptions[(parameter["name"], parameter["in"])] = _text(parameter.get("description"))
            body = resolve(document, operation.get("requestBody", {}))
            descriptions[("body", "body")] = _text(body.get("description"))
            found[_route(path, method)] = Operation(
                operation["operationId"], path, _text(operation.get("summary")), descriptions
            )
    return found


def namespaces(project: Project, package_dir: Path, document: dict[str, Any]) -> list[Namespace]:
    """The tag namespaces of one generated package (its endpoint modules must already be written)."""
    package = package_dir.name
    spec_operations = operations(document)
    in_french = french(document)
    result: list[Namespace] = []
    for tag, collection in sorted(project.openapi.endpoint_collections_by_tag.items()):
        attribute = str(tag)
        if attribute in RESERVED_NAMES or attribute.startswith("_"):
            raise ResourceError(f"{package}: tag {attribute!r} would shadow a client attribute")
        namespace = Namespace(attribute, class_prefix(attribute.rstrip("_")) + "Resource")
        for endpoint in collection.endpoints:
            module = str(PythonIdentifier(endpoint.name, project.config.field_prefix))
            operation = spec_operations.get(_route(_text(endpoint.path), endpoint.method))
            if operation is None:
                raise ResourceError(f"{package}: {endpoint.method.upper()} {_text(endpoint.path)} is not in the spec")
            operation_id = operation.operation_id
            tree = ast.parse((package_dir / "api" / attribute / f"{module}.py").read_text(encoding="utf-8"))
            detailed = _annotation(tree, "sync_detailed")
            if detailed is None:
                raise ResourceError(f"{package}: {attribute}/{module}.py has no sync_detailed()")
            clash = PER_CALL_OPTIONS & {p.python_name for p in endpoint.list_all_parameters()}
            if clash:
                raise ResourceError(f"{package}: {operation_id} has a parameter named {sorted(clash)[0]!r}")
            namespace.methods.append(
                Method(
                    endpoint=endpoint,
                    module=module,
                    alias=f"_{attribute}_{module}",
                    name=module,
                    returns=_annotation(tree, "sync"),
                    returns_detailed=detailed,
                    operation_id=operation_id,
                    summary=english_summary(operation_id, operation.summary, in_french=in_french),
                    spec_summary=operation.summary,
                    http_line=f"{endpoint.method.upper()} {operation.path}",
                    parameters=_parameter_docs(endpoint, operation),
                    iterates=_annotation(tree, "iterate"),
                    pages=_annotation(tree, "pages"),
                    aiterates=_annotation(tree, "aiterate"),
                    paging_exclude=_paging_arguments(tree),
                )
            )
        taken = {m.name for m in namespace.methods} | {f"{m.name}_detailed" for m in namespace.methods}
        shorts = Counter(short_name(m.name, attribute) for m in namespace.methods)
        for method in namespace.methods:
            short = short_name(method.name, attribute)
            if short and shorts[short] == 1 and not {short, f"{short}_detailed"} & taken:
                method.short_name = short
        result.append(namespace)
    return result


def imports(project: Project, package_dir: Path) -> list[str]:
    """Every import line of the package's endpoint modules (ruff drops the unused ones)."""
    lines: set[str] = set()
    for tag, collection in project.openapi.endpoint_collections_by_tag.items():
        for endpoint in collection.endpoints:
            module = PythonIdentifier(endpoint.name, project.config.field_prefix)
            path = package_dir / "api" / str(tag) / f"{module}.py"
            lines |= _imports(ast.parse(path.read_text(encoding="utf-8")), package_dir.name)
    return sorted(lines)


def render(project: Project, package_dir: Path, document: dict[str, Any]) -> None:
    """Write ``<package>/resources.py`` for the package generated from this bundled document."""
    template = project.env.get_template("resources.py.jinja")
    context: dict[str, Any] = {
        "namespaces": namespaces(project, package_dir, document),
        "module_imports": imports(project, package_dir),
        "prefix": class_prefix(package_dir.name),
        "package": package_dir.name,
    }
    (package_dir / "resources.py").write_text(template.render(**context), encoding="utf-8")
