"""Sending a generated operation's request and turning the answer into a value or a typed error.

Each generated operation module does, in effect::

    response = send(client, _get_kwargs(...), api=API_NAME, operation="getSettlements")
    return success(response, _parse_response, api=API_NAME, operation="getSettlements")   # sync()
    return detailed(response, _parse_response, api=API_NAME, operation="getSettlements")  # sync_detailed()

``_parse_response(response)`` is generated from the spec: the documented value of a documented
status (success or error model), ``None`` otherwise; it reads JSON with the tolerant readers.
"""

from __future__ import annotations

import importlib.metadata
import weakref
from collections.abc import Callable
from http import HTTPStatus
from typing import Any, NamedTuple, TypeVar

import httpx

from ..errors import (
    APIConnectionError,
    APIError,
    APITimeoutError,
    ComptoirError,
    ResponseValidationError,
    safe_url,
    status_error,
)
from .jsonio import json_loads
from .types import UNSET, Response

T = TypeVar("T")
OPERATION_EXTENSION = "comptoir.operation"


def _version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "0"


USER_AGENT = f"comptoir/{_version('comptoir')} httpx/{httpx.__version__}"
"""Every request says who it is."""


class _ClientFacts(NamedTuple):
    """What :func:`_prepare` needs to know of an httpx client, read once per client (and settings)."""

    base_url: httpx.URL
    headers: httpx.Headers
    prefix: str
    """The base URL as text ending in ``/`` (a relative path joins it as httpx joins it), or ``""``."""
    sets_user_agent: bool
    keeps_accept: bool
    """The client's headers chose an ``Accept`` of their own: the operation's is not sent."""


_FACTS: weakref.WeakKeyDictionary[httpx.Client | httpx.AsyncClient, _ClientFacts] = weakref.WeakKeyDictionary()


def _facts(http: httpx.Client | httpx.AsyncClient) -> _ClientFacts:
    """The client's facts; read again when its base URL or headers are replaced (not when edited in place)."""
    facts = _FACTS.get(http)
    if facts is None or facts.base_url is not http.base_url or facts.headers is not http.headers:
        base, headers = http.base_url, http.headers
        prefix = str(base) if base.is_absolute_url else ""
        facts = _FACTS[http] = _ClientFacts(
            base_url=base,
            headers=headers,
            prefix=prefix if not prefix or prefix.endswith("/") else prefix + "/",
            sets_user_agent="User-Agent" in headers,
            keeps_accept=headers.get("accept", "*/*") != "*/*",
        )
    return facts


def _prepare(
    client: Any, http: httpx.Client | httpx.AsyncClient, kwargs: dict[str, Any], operation: str
) -> dict[str, Any]:
    """The request's keyword arguments (those of ``http.request``): an absolute URL (parsed once instead
    of twice), User-Agent unless the client sets one, the operation's Accept unless the client chose
    one, the operation's name in the extensions, and the client's per-call options."""
    facts = _facts(http)
    url = kwargs["url"]
    if facts.prefix and url[:1] == "/":
        kwargs["url"] = facts.prefix + url[1:]
    headers = kwargs.setdefault("headers", {})
    if not facts.sets_user_agent:
        headers["User-Agent"] = USER_AGENT
    if facts.keeps_accept:
        headers.pop("Accept", None)
    kwargs.setdefault("extensions", {})[OPERATION_EXTENSION] = operation
    prepare = getattr(client, "prepare_request", None)
    return prepare(kwargs) if prepare is not None else kwargs


def _connection_error(error: httpx.HTTPError, kwargs: dict[str, Any], *, api: str, operation: str) -> APIError:
    request = getattr(error, "_request", None)
    url = safe_url(request.url) if isinstance(request, httpx.Request) else str(kwargs.get("url", ""))
    cls = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
    return cls(api=api, operation=operation, method=str(kwargs.get("method", "")), url=url, cause=type(error).__name__)


def _request(http: httpx.Client | httpx.AsyncClient, kwargs: dict[str, Any]) -> httpx.Request:
    """The request ``http.request(**kwargs)`` would send; the operation's headers are set on the built
    request (they win over the client's, as httpx merges them, at a fraction of the cost)."""
    options = dict(kwargs)
    headers = options.pop("headers", None)
    request = http.build_request(**options)
    if headers:
        for name, value in headers.items():
            request.headers[name] = value
    return request


def send(client: Any, kwargs: dict[str, Any], *, api: str, operation: str) -> httpx.Response:
    """Send one request through the client's httpx client; no answer raises ``APIConnectionError``."""
    http = client.get_httpx_client()
    kwargs = _prepare(client, http, kwargs, operation)
    try:
        return http.send(_request(http, kwargs))  # type: ignore[no-any-return]
    except httpx.HTTPError as error:
        if isinstance(error, httpx.HTTPStatusError):
            raise
        raise _connection_error(error, kwargs, api=api, operation=operation) from error


async def asend(client: Any, kwargs: dict[str, Any], *, api: str, operation: str) -> httpx.Response:
    """:func:`send` for asyncio."""
    http = client.get_async_httpx_client()
    kwargs = _prepare(client, http, kwargs, operation)
    try:
        return await http.send(_request(http, kwargs))  # type: ignore[no-any-return]
    except httpx.HTTPError as error:
        if isinstance(error, httpx.HTTPStatusError):
            raise
        raise _connection_error(error, kwargs, api=api, operation=operation) from error


def client_default(client: Any, name: str, value: Any, fallback: Any = UNSET) -> Any:
    """``value`` if the caller gave it, else the client's default for parameter ``name``, else ``fallback``."""
    if value is not UNSET:
        return value
    defaults = getattr(client, "defaults", None)
    return defaults.get(name, fallback) if defaults else fallback


def json_body(response: httpx.Response) -> Any:
    """The response's JSON document (numbers exact); a body that is not JSON is a ``ResponseValidationError``."""
    content = response.content
    if not content or content.isspace():
        raise ResponseValidationError(expected="a JSON document", got="an empty body")
    try:
        return json_loads(content)
    except ValueError:
        kind = response.headers.get("content-type", "no Content-Type")
        raise ResponseValidationError(expected="a JSON document", got=f"a body that is not JSON ({kind})") from None


def _parsed(
    response: httpx.Response, parse: Callable[[httpx.Response], T | None], *, api: str, operation: str
) -> T | None:
    try:
        return parse(response)
    except ResponseValidationError as error:
        raise error.with_context(api=api, operation=operation, response=response) from None
    except (ValueError, TypeError, KeyError, AttributeError, ArithmeticError) as error:
        raise ResponseValidationError(
            api=api, operation=operation, expected="the documented response", got=type(error).__name__,
            response=response,
        ) from None  # fmt: skip


def _error_model(response: httpx.Response, parse: Callable[[httpx.Response], Any]) -> Any:
    """The documented error model of an error answer, or None when its body does not fit."""
    try:
        return parse(response)
    except (ComptoirError, ValueError, TypeError, KeyError, AttributeError, ArithmeticError):
        return None


def success(
    response: httpx.Response,
    parse: Callable[[httpx.Response], T | None],
    *,
    api: str,
    operation: str,
    documented: frozenset[int] | Callable[[int], bool],
) -> Any:
    """The documented success value of a 2xx answer; any other answer raises its ``APIStatusError``.

    ``documented`` says which 2xx statuses the spec documents; an undocumented 2xx is a
    ``ResponseValidationError``.
    """
    status = response.status_code
    if 200 <= status < 300:
        known = documented(status) if callable(documented) else status in documented
        if not known:
            raise ResponseValidationError(
                api=api, operation=operation, expected="a documented status", got=str(status), response=response
            )
        return _parsed(response, parse, api=api, operation=operation)
    raise status_error(api=api, operation=operation, response=response, error=_error_model(response, parse))


def detailed(
    response: httpx.Response, parse: Callable[[httpx.Response], T | None], *, api: str, operation: str
) -> Response[T]:
    """A :class:`Response` for any status: ``parsed`` is the success value or the error model (or None).

    Only a 2xx whose body does not fit raises (``ResponseValidationError``).
    """
    status = response.status_code
    parsed = (
        _parsed(response, parse, api=api, operation=operation) if 200 <= status < 300 else _error_model(response, parse)
    )
    return Response(
        status_code=HTTPStatus(status) if status in HTTPStatus._value2member_map_ else status,  # type: ignore[arg-type]
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )
