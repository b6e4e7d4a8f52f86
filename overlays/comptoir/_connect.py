"""Shared connect() machinery: base URL checks and building a generated client."""

from __future__ import annotations

import functools
import importlib.resources
import json
import uuid
from collections.abc import Mapping
from typing import Any, Literal, TypeVar

import httpx

from . import specs
from ._credentials import SpecAuth
from .errors import ConfigurationError
from .origin import checked_url, environment_proxy, guarded_httpx_args, is_loopback, proxy_settings, redacted
from .runtime.limits import RateLimiter, RateLimits, StoreSpec, declared_limits_apply, open_store
from .runtime.retries import TRANSPORT_OPTIONS, ResilientTransport
from .secret import Secret

__all__ = ["build_client", "checked_base_url", "is_loopback"]


def checked_base_url(base_url: str) -> str:
    """The base URL without a trailing slash, if it obeys the origin rule (:mod:`comptoir.origin`)."""
    url = checked_url(base_url, what="base URL")
    if url.query or url.fragment:
        raise ConfigurationError(f"base URL {redacted(base_url)!r} must not carry a query or fragment")
    return str(url).rstrip("/")


ClientT = TypeVar("ClientT")
RATE_LIMITS_EXTENSION = "x-comptoir-rate-limits"
RateLimitsArg = RateLimits | Mapping[str, Any] | Literal["spec"] | None
"""``"spec"``: the limits the API's spec declares; ``None``: none; or limits given like the extension."""


@functools.cache
def declared_rate_limits(package: str) -> RateLimits | None:
    """The ``x-comptoir-rate-limits`` of a generated package's bundled spec (``openapi.json``), if any."""
    spec = json.loads((importlib.resources.files(package) / "openapi.json").read_bytes())
    value = spec.get(RATE_LIMITS_EXTENSION)
    return None if value is None else RateLimits.from_extension(value, where=f"{package} {RATE_LIMITS_EXTENSION}")


def _rate_limiter(
    client_class: type[Any],
    rate_limits: RateLimitsArg,
    secrets: Mapping[str, str | Secret],
    store: StoreSpec,
    max_wait: float,
) -> RateLimiter | None:
    if rate_limits == "spec":
        package = client_class.__module__.split(".")[0]
        limits = declared_rate_limits(package) if declared_limits_apply() else None
    elif rate_limits is None or isinstance(rate_limits, RateLimits):
        limits = rate_limits
    elif isinstance(rate_limits, Mapping):
        limits = RateLimits.from_extension(rate_limits, where="rate_limits")
    else:
        raise ConfigurationError(f"rate_limits must be 'spec', None or a mapping, not {type(rate_limits).__name__}")
    if limits is None:
        return None
    secret = secrets.get(limits.key)
    if secret is None:
        raise ConfigurationError(f"the {limits.scope} rate limits are counted per {limits.key}, which was not given")
    return RateLimiter(limits, open_store(store), secret, max_wait=max_wait)


def build_client(
    client_class: type[ClientT],
    *,
    base_url: str,
    auth: SpecAuth,
    timeout: httpx.Timeout | float | None = None,
    max_retries: int = 2,
    rate_limits: RateLimitsArg = "spec",
    rate_limit_secrets: Mapping[str, str | Secret] | None = None,
    rate_limit_store: StoreSpec = None,
    max_wait: float = 0.0,
    defaults: Mapping[str, object] | None = None,
    **httpx_args: Any,
) -> ClientT:
    """A generated client (sync or async, plain or resource) on a checked base URL, with this auth,
    retries and rate limits; ``defaults`` are the client defaults (see :func:`client_defaults`).

    ``timeout`` keeps the generated default (30 s, connect 10 s) unless given. Every request goes
    through a :class:`~comptoir.runtime.retries.ResilientTransport`: ``max_retries`` retries, and
    the rate limits (by default those the spec declares, counted per the credential
    ``rate_limit_secrets[<scheme>]`` names, in ``rate_limit_store``; ``max_wait`` seconds may be
    spent waiting for a spent quota). A ``transport`` keyword argument is wrapped, not replaced;
    ``verify``/``cert``/``trust_env``/``limits``/``http1``/``http2``/``proxy`` configure the
    connections under the policy (an https target also takes its proxy from the environment, as
    httpx does: ``HTTPS_PROXY``, ``ALL_PROXY``, ``NO_PROXY``); ``mounts`` are wrapped too; other keyword arguments
    (``event_hooks``…) go to the httpx client. Credentials only travel to the base URL's origin,
    redirects and proxies included (:mod:`comptoir.origin`).
    """
    url = checked_base_url(base_url)
    options: dict[str, Any] = {"base_url": url, "auth": auth.bound_to(url)}
    if defaults:
        options["defaults"] = dict(defaults)
    if timeout is not None:
        options["timeout"] = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
    limiter = _rate_limiter(client_class, rate_limits, rate_limit_secrets or {}, rate_limit_store, max_wait)
    httpx_args = proxy_settings(url, httpx_args)
    pool_options = {name: httpx_args.pop(name) for name in TRANSPORT_OPTIONS if name in httpx_args}
    if "proxy" not in pool_options and pool_options.get("trust_env", True):
        pool_options["proxy"] = environment_proxy(url)  # httpx ignores the environment under a transport
    httpx_args["transport"] = ResilientTransport(
        transport=httpx_args.pop("transport", None),
        max_retries=max_retries,
        limiter=limiter,
        transport_options=pool_options,
    )
    if httpx_args.get("mounts"):  # a mounted transport gets the same policy (None: the client's transport)
        httpx_args["mounts"] = {
            pattern: mounted and ResilientTransport(transport=mounted, max_retries=max_retries, limiter=limiter)
            for pattern, mounted in httpx_args["mounts"].items()
        }
    options["httpx_args"] = guarded_httpx_args(url, auth.secret_headers, httpx_args)
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
