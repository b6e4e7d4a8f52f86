"""The bundled OpenAPI documents the generated packages ship (``<package>/openapi.json``).

Read by ``connect()`` (client defaults), the testing kit, the command line and the docs.
"""

from __future__ import annotations

import functools
import importlib.resources
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from .errors import ConfigurationError

PACKAGES: dict[str, str] = {
    "ebp-associatedfile": "ebp_associatedfile",
    "ebp-batiment": "ebp_batiment",
    "ebp-export": "ebp_export",
    "ebp-gescom": "ebp_gescom",
    "ebp-hubbix-compta": "ebp_hubbix_compta",
    "ebp-hubbix-gestion": "ebp_hubbix_gestion",
    "ebp-import": "ebp_import",
    "ebp-maintenance": "ebp_maintenance",
    "facturare": "facturare",
    "seqino-pdp": "seqino_pdp",
    "seven": "seven",
}
"""API name (the spec file stem) -> generated package."""
METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


def package_of(api: str) -> str:
    """The generated package of an API name (``ebp-gescom`` -> ``ebp_gescom``)."""
    try:
        return PACKAGES[api]
    except KeyError:
        raise ConfigurationError(f"unknown API {api!r}; valid names: {', '.join(PACKAGES)}") from None


@functools.cache
def document(package: str) -> dict[str, Any]:
    """The bundled OpenAPI document of a generated package."""
    text = (importlib.resources.files(package) / "openapi.json").read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def resolve(spec: dict[str, Any], node: Any) -> Any:
    """Follow local ``$ref``s (``#/components/...``) until a non-reference node."""
    seen: set[str] = set()
    while isinstance(node, dict) and "$ref" in node:
        ref = str(node["$ref"])
        if not ref.startswith("#/") or ref in seen:
            raise ConfigurationError(f"cannot resolve $ref {ref!r} in a bundled document")
        seen.add(ref)
        node = spec
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


@dataclass(frozen=True)
class Operation:
    """One operation of a bundled document, its parameters resolved (operation ones win)."""

    api: str
    operation_id: str
    method: str
    path: str
    raw: dict[str, Any] = field(repr=False)
    parameters: tuple[dict[str, Any], ...] = field(repr=False)

    @property
    def summary(self) -> str:
        """The spec's summary on one line."""
        return " ".join(str(self.raw.get("summary") or "").split())


def operations(api: str) -> Iterator[Operation]:
    """Every operation of an API, in spec order."""
    spec = document(package_of(api))
    for path, path_item in spec.get("paths", {}).items():
        item = resolve(spec, path_item)
        shared = [resolve(spec, p) for p in item.get("parameters", [])]
        for method in METHODS:
            raw = item.get(method)
            if not isinstance(raw, dict):
                continue
            own = [resolve(spec, p) for p in raw.get("parameters", [])]
            names = {(p["in"], p["name"]) for p in own}
            merged = own + [p for p in shared if (p["in"], p["name"]) not in names]
            yield Operation(api, str(raw.get("operationId", "")), method, path, raw, tuple(merged))
