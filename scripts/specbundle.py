"""Load the hand-written specs and bundle their external `$ref`s into one self-contained document.

An API file may pull shared fragments from `specs/common/` with references such as
`common/ebp-saas.yaml#/components/schemas/Folder` or `common/ebp-saas.yaml#/paths/~1v1~1Folders`.
`bundle()` copies every referenced external component into the document's own `components`
under the same name (following the fragment's own local refs) and inlines external path items,
so the generator, Prism and schemathesis all read one file with local refs only.

YAML is read with the YAML 1.2 core scalars the other tools (Spectral, Prism) use: `2019-08-24`
stays a string and only `true`/`false` are booleans.
"""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPECS_DIR = ROOT / "specs"
BUNDLE_DIR = ROOT / "build" / "specs"

_BOOL_12 = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")


class SpecLoader(yaml.SafeLoader):
    """SafeLoader with YAML 1.2 core booleans and no timestamp resolution."""


SpecLoader.yaml_implicit_resolvers = {
    first: [
        (tag, regexp)
        for tag, regexp in resolvers
        if tag not in ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:timestamp")
    ]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
SpecLoader.add_implicit_resolver("tag:yaml.org,2002:bool", _BOOL_12, list("tTfF"))


class BundleError(ValueError):
    """A `$ref` that cannot be resolved or bundled."""


def load_yaml(path: Path) -> Any:
    """Parse one YAML file with the project's loader."""
    with path.open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=SpecLoader)  # noqa: S506 - SpecLoader is a SafeLoader


def spec_names() -> list[str]:
    """The API spec names (`specs/<name>.yaml`), sorted."""
    return sorted(path.stem for path in SPECS_DIR.glob("*.yaml"))


def package_name(spec_name: str) -> str:
    """The generated package of a spec: `ebp-hubbix-compta` -> `ebp_hubbix_compta`."""
    return spec_name.replace("-", "_")


def _pointer_get(document: Any, pointer: str, where: str) -> Any:
    node = document
    for raw in pointer.lstrip("/").split("/") if pointer.strip("/") else []:
        key = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, list):
            node = node[int(key)]
        elif isinstance(node, dict) and key in node:
            node = node[key]
        else:
            raise BundleError(f"{where}: no `{pointer}`")
    return node


def resolve(document: Any, node: Any) -> Any:
    """Follow local `$ref`s (`#/components/...`) of a bundled document until a non-reference node."""
    while isinstance(node, dict) and "$ref" in node:
        node = _pointer_get(document, str(node["$ref"]).removeprefix("#"), "bundled document")
    return node


class _Bundler:
    def __init__(self, root_path: Path, document: dict[str, Any]) -> None:
        self.root_path = root_path
        self.document = document
        self.files: dict[Path, Any] = {}
        self.copied: set[tuple[Path, str]] = set()

    def _file(self, path: Path) -> Any:
        if path not in self.files:
            if not path.is_file():
                raise BundleError(f"{self.root_path.name}: referenced file {path} does not exist")
            self.files[path] = load_yaml(path)
        return self.files[path]

    def _component(self, source: Path, pointer: str) -> str:
        """Copy an external component into the root document; return its local ref."""
        parts = pointer.strip("/").split("/")
        if len(parts) != 3 or parts[0] != "components":
            raise BundleError(f"{source.name}#{pointer}: only components and path items can be shared")
        _, kind, name = parts
        local = self.document.setdefault("components", {}).setdefault(kind, {})
        ref = f"#/components/{kind}/{name}"
        if (source, pointer) in self.copied:
            return ref
        if name in local:
            raise BundleError(f"{source.name}#{pointer}: clashes with the document's own {kind} `{name}`")
        self.copied.add((source, pointer))
        local[name] = None  # reserve the name first, so that cycles terminate
        value = _pointer_get(self._file(source), pointer, source.name)
        local[name] = self.resolve(copy.deepcopy(value), source)
        return ref

    def resolve(self, node: Any, source: Path) -> Any:
        """Rewrite the refs in `node` (read from `source`) so they point into the root document."""
        if isinstance(node, list):
            return [self.resolve(item, source) for item in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str):
            file_part, _, pointer = ref.partition("#")
            target = (source.parent / file_part).resolve() if file_part else source
            if target == self.root_path:
                return node
            if pointer.startswith("/paths/"):
                item = copy.deepcopy(_pointer_get(self._file(target), pointer, target.name))
                return self.resolve(item, target)
            return {**node, "$ref": self._component(target, pointer)}
        return {key: self.resolve(value, source) for key, value in node.items()}


def bundle(spec_name: str) -> dict[str, Any]:
    """The spec `specs/<spec_name>.yaml` with every external ref bundled in."""
    path = (SPECS_DIR / f"{spec_name}.yaml").resolve()
    document = load_yaml(path)
    if not isinstance(document, dict):
        raise BundleError(f"{path.name}: not an OpenAPI document")
    bundler = _Bundler(path, document)
    document["paths"] = bundler.resolve(document.get("paths", {}), path)
    for _kind, entries in list(document.get("components", {}).items()):
        for name, value in list(entries.items()):
            entries[name] = bundler.resolve(value, path)
    return document


def bundled_bytes(spec_name: str) -> bytes:
    """The bundled spec serialised as JSON, byte-stable for hashing and for the mock servers."""
    text = json.dumps(bundle(spec_name), ensure_ascii=False, indent=1)
    return (text + "\n").encode("utf-8")


def write_bundle(spec_name: str) -> Path:
    """Write `build/specs/<spec_name>.json` (only when its content changed) and return its path."""
    BUNDLE_DIR.mkdir(parents=True, exist_ok=True)
    target = BUNDLE_DIR / f"{spec_name}.json"
    data = bundled_bytes(spec_name)
    if not target.is_file() or target.read_bytes() != data:
        temporary = target.with_suffix(".json.tmp")
        temporary.write_bytes(data)
        temporary.replace(target)
    return target
