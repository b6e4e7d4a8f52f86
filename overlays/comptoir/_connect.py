"""Shared connect() machinery: base URL checks and building a generated client."""

from __future__ import annotations

import ipaddress
import uuid
from collections.abc import Mapping
from typing import Any, TypeVar

import httpx

from . import specs
from .errors import ConfigurationError, InsecureURLError

LOOPBACK_NAMES = {"localhost"}


def is_loopback(host: str) -> bool:
    """True for localhost, 127.0.0.0/8 and ::1."""
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def checked_base_url(base_url: str) -> str:
    """The base URL without a trailing slash; refuse plain HTTP unless the host is loopback."""
    url = httpx.URL(base_url)
    if url.scheme not in ("https", "http") or not url.host:
        raise ConfigurationError(f"base URL {base_url!r} is not an absolute http(s) URL")
    if url.scheme == "http" and not is_loopback(url.host):
        raise InsecureURLError(
            f"refusing plain-http base URL {base_url!r}: credentials would travel in clear text "
            "(plain http is only allowed to a loopback host such as a local mock server)"
        )
    if url.query or url.fragment:
        raise ConfigurationError(f"base URL {base_url!r} must not carry a query or fragment")
    return str(url).rstrip("/")


ClientT = TypeVar("ClientT")


def build_client(
    client_class: type[ClientT],
    *,
    base_url: str,
    auth: httpx.Auth,
    timeout: httpx.Timeout | float | None = None,
    defaults: Mapping[str, object] | None = None,
    **httpx_args: Any,
) -> ClientT:
    """A generated client (sync or async, plain or resource) on a checked base URL with this auth.

    ``timeout`` keeps the generated default (30 s, connect 10 s) unless given; ``defaults`` are the
    client defaults (see :func:`client_defaults`); other keyword arguments (``transport``,
    ``event_hooks``, ``limits``…) go to the httpx client.
    """
    options: dict[str, Any] = {"base_url": checked_base_url(base_url), "auth": auth}
    if defaults:
        options["defaults"] = dict(defaults)
    if timeout is not None:
        options["timeout"] = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
    if httpx_args:
        options["httpx_args"] = httpx_args
    return client_class(**options)


def declared_defaults(package: str) -> list[dict[str, Any]]:
    """The spec's ``x-comptoir-client-defaults``: ``[{"name", "in", "argument", "description"}]``."""
    return list(specs.document(package).get("x-comptoir-client-defaults") or [])


def _parameter_schema(document: dict[str, Any], name: str, location: str) -> dict[str, Any]:
    parameters = [*document.get("components", {}).get("parameters", {}).values()]
    for item in document.get("paths", {}).values():
        for operation in item.values():
            if isinstance(operation, dict):
                parameters += operation.get("parameters", [])
    for parameter in parameters:
        if parameter.get("name") == name and parameter.get("in") == location:
            schema: dict[str, Any] = parameter.get("schema", {})
            return schema
    return {}


def _checked_default(api: str, argument: str, value: object, schema: Mapping[str, Any]) -> object:
    if schema.get("format") == "uuid":
        try:
            return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
        except ValueError:
            raise ConfigurationError(f"{api}: {argument} must be a UUID, not {value!r}") from None
    if schema.get("type") == "string" and not isinstance(value, str):
        raise ConfigurationError(f"{api}: {argument} must be a string, not {type(value).__name__}")
    if isinstance(value, str) and not value.strip():
        raise ConfigurationError(f"{api}: {argument} is empty")
    return value


def client_defaults(package: str, given: Mapping[str, object | None]) -> dict[str, object]:
    """The client defaults of a connect() call, keyed by wire name, checked against the spec.

    ``given`` maps connect() keywords (``domain_id``…) to values; ``None`` means not given. A keyword
    the API's ``x-comptoir-client-defaults`` does not declare is refused with the valid ones named.
    """
    document = specs.document(package)
    declared = {entry["argument"]: entry for entry in declared_defaults(package)}
    api = str(document.get("info", {}).get("title", package))
    result: dict[str, object] = {}
    for argument, value in given.items():
        if value is None:
            continue
        entry = declared.get(argument)
        if entry is None:
            valid = ", ".join(sorted(declared)) or "none"
            raise ConfigurationError(f"{api} has no client default {argument!r} (valid: {valid})")
        schema = _parameter_schema(document, entry["name"], entry["in"])
        result[entry["name"]] = _checked_default(api, argument, value, schema)
    return result
