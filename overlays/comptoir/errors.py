"""Every error comptoir raises, under one base class :class:`ComptoirError`.

The tree mirrors openai-python's ``_exceptions.py``::

    ComptoirError
    ├── ConfigurationError (ValueError)          bad connect() settings
    │   └── InsecureURLError                      credentials would leave over plain http
    ├── InvalidArgument                           a call argument, refused before sending
    │   ├── ArgumentTypeError (TypeError)
    │   └── ArgumentValueError (ValueError)
    ├── APIError                                  anything about an exchange with a server
    │   ├── APIConnectionError                    no answer (wraps the httpx exception)
    │   │   └── APITimeoutError
    │   ├── APIStatusError                        any non-2xx answer, documented or not
    │   │   ├── BadRequestError 400, AuthenticationError 401, PermissionDeniedError 403,
    │   │   ├── NotFoundError 404, ConflictError 409, UnprocessableEntityError 422,
    │   │   ├── RateLimitError 429, InternalServerError 5xx
    │   └── ResponseValidationError               a 2xx whose body does not fit the spec
    ├── QuotaExceededError                        a declared quota is spent (nothing sent)
    ├── RateLimitStoreError                       the shared rate-limit store failed (nothing sent)
    └── JobError                                  a long-running EBP job
        ├── JobFailedError, JobTimeoutError

Messages are one line, name the API and the operation, quote at most :data:`MAX_BODY_IN_MESSAGE`
characters of any body and never a credential (URLs are shown without userinfo or query secrets).
"""

from __future__ import annotations

import email.utils
import json
import math
import time
from collections.abc import Mapping
from typing import Any

import httpx

MAX_BODY_IN_MESSAGE = 1024
"""At most this many characters of a response body appear in an error message."""
MAX_BODY_KEPT = 64 * 1024
"""At most this many bytes of an error body are kept in ``APIStatusError.body``."""
REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-ms-request-id", "apim-request-id", "x-correlation-id")


class ComptoirError(Exception):
    """Base class of every error comptoir raises."""


class ConfigurationError(ComptoirError, ValueError):
    """A connect() argument is missing or malformed; the message says which and why."""


class InsecureURLError(ConfigurationError):
    """A URL would send credentials in clear text over plain HTTP to a non-loopback host."""


class InvalidArgument(ComptoirError):
    """A call argument that does not fit the spec; raised before anything is sent."""

    def __init__(self, message: str, *, operation: str = "", parameter: str = "") -> None:
        prefix = f"{operation}: " if operation else ""
        where = f"argument {parameter!r} " if parameter else ""
        super().__init__(f"{prefix}{where}{message}")
        self.operation = operation
        self.parameter = parameter


class ArgumentTypeError(InvalidArgument, TypeError):
    """An argument of the wrong type (a string for a list, ``None`` where a value is required…)."""


class ArgumentValueError(InvalidArgument, ValueError):
    """An argument of the right type but out of the spec's bounds (range, length, pattern, enum…)."""


class APIError(ComptoirError):
    """An exchange with an API failed; ``api`` and ``operation`` say which call."""

    def __init__(self, message: str, *, api: str = "", operation: str = "") -> None:
        super().__init__(message)
        self.api = api
        self.operation = operation


class APIConnectionError(APIError):
    """No answer came back (DNS, refused, reset, TLS…); ``__cause__`` is the httpx exception."""

    def __init__(self, *, api: str = "", operation: str = "", method: str = "", url: str = "", cause: str = "") -> None:
        what = f"{method.upper()} {url}".strip()
        super().__init__(_line(api, operation, f"{self.summary}: {what}" + (f" ({cause})" if cause else "")),
                         api=api, operation=operation)  # fmt: skip
        self.method = method.upper()
        self.url = url

    summary = "connection failed"


class APITimeoutError(APIConnectionError):
    """The request or the answer took longer than the timeout or the call's deadline."""

    summary = "timed out"


class APIStatusError(APIError):
    """Any non-2xx answer, documented or not.

    ``error`` is the documented error model when the body parsed into one, else ``None``; ``body``
    holds the raw bytes (capped at :data:`MAX_BODY_KEPT`).
    """

    status_code: int

    def __init__(
        self,
        *,
        api: str,
        operation: str,
        response: httpx.Response,
        error: object = None,
    ) -> None:
        self.status_code = response.status_code
        self.method = response.request.method if _has_request(response) else ""
        self.url = safe_url(response.request.url) if _has_request(response) else ""
        self.headers = response.headers
        self.body = _read_body(response)[:MAX_BODY_KEPT]
        self.error = error
        self.response = response
        self.request_id = next(
            (response.headers[name] for name in REQUEST_ID_HEADERS if name in response.headers), None
        )
        message = vendor_message(self.body)
        text = f"{self.status_code}" + (f" {message}" if message else f" {response.reason_phrase}".rstrip())
        super().__init__(_line(api, operation, text), api=api, operation=operation)


class BadRequestError(APIStatusError):
    """HTTP 400."""


class AuthenticationError(APIStatusError):
    """HTTP 401: missing, wrong or expired credentials."""


class PermissionDeniedError(APIStatusError):
    """HTTP 403."""


class NotFoundError(APIStatusError):
    """HTTP 404."""


class ConflictError(APIStatusError):
    """HTTP 409."""


class UnprocessableEntityError(APIStatusError):
    """HTTP 422."""


class RateLimitError(APIStatusError):
    """HTTP 429; ``retry_after`` is the server's Retry-After in seconds (or ``None``)."""

    def __init__(self, *, api: str, operation: str, response: httpx.Response, error: object = None) -> None:
        super().__init__(api=api, operation=operation, response=response, error=error)
        self.retry_after = retry_after_seconds(response.headers)


class InternalServerError(APIStatusError):
    """HTTP 5xx."""


STATUS_ERRORS: Mapping[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error(*, api: str, operation: str, response: httpx.Response, error: object = None) -> APIStatusError:
    """The :class:`APIStatusError` subclass for a response's status."""
    status = response.status_code
    cls = STATUS_ERRORS.get(status, InternalServerError if status >= 500 else APIStatusError)
    return cls(api=api, operation=operation, response=response, error=error)


class ResponseValidationError(APIError):
    """A 2xx answer whose body does not decode or does not fit the documented model.

    ``path`` is the JSON pointer of the offending value (``""`` for the whole body), ``expected``
    what the spec declares there; ``response`` is the ``httpx.Response``.
    """

    def __init__(
        self,
        *,
        api: str = "",
        operation: str = "",
        path: str = "",
        expected: str = "",
        got: str = "",
        response: httpx.Response | None = None,
    ) -> None:
        self.path = path
        self.expected = expected
        self.got = got
        self.response = response
        self.status_code = response.status_code if response is not None else None
        status = f"{self.status_code} " if self.status_code is not None else ""
        detail = f"expected {expected}" + (f", got {got}" if got else "")
        super().__init__(_line(api, operation, f"{status}invalid response at {path or '/'}: {detail}"),
                         api=api, operation=operation)  # fmt: skip

    def with_context(self, *, api: str, operation: str, response: httpx.Response) -> ResponseValidationError:
        """The same error, naming the call and carrying its response."""
        return ResponseValidationError(
            api=api, operation=operation, path=self.path, expected=self.expected, got=self.got, response=response
        )


class QuotaExceededError(ComptoirError):
    """A declared request quota is spent; nothing was sent. ``reset_at`` is a Unix time."""

    def __init__(self, message: str, *, reset_at: float) -> None:
        super().__init__(message)
        self.reset_at = reset_at


class RateLimitStoreError(ComptoirError):
    """The shared rate-limit store (a SQLite file or Redis) failed; the request was not sent."""


class JobError(ComptoirError):
    """A long-running job (EBP import, export, associated file) did not end well."""

    def __init__(self, message: str, *, job_id: str) -> None:
        super().__init__(message)
        self.job_id = job_id


class JobFailedError(JobError):
    """The job ended in one of its failure statuses; ``status`` and ``message`` are the server's."""

    def __init__(self, message: str, *, job_id: str, status: str, detail: str | None = None) -> None:
        super().__init__(message, job_id=job_id)
        self.status = status
        self.detail = detail


class JobTimeoutError(JobError):
    """The job did not finish in time; resume with ``wait(job_id)``."""


def safe_url(url: httpx.URL | str) -> str:
    """A URL fit for a message: no userinfo, no fragment."""
    parsed = httpx.URL(str(url))
    return str(parsed.copy_with(username=None, password=None, fragment=None))


def retry_after_seconds(headers: Mapping[str, str], *, now: float | None = None) -> float | None:
    """Retry-After in seconds (delta-seconds or HTTP-date), ``None`` when absent or unreadable."""
    value = headers.get("retry-after")
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            moment = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if moment.tzinfo is None:
            return None
        seconds = moment.timestamp() - (time.time() if now is None else now)
    if not math.isfinite(seconds):
        return None
    return max(0.0, seconds)


_CODE_KEYS = ("errorCode", "errorType", "code", "error")
_MESSAGE_KEYS = ("message", "title", "error_description", "detail", "description", "systemMessage")


def vendor_message(body: bytes) -> str:
    """The vendor's own error text from a body: ``code: message`` from JSON, else the text itself."""
    text = body[: MAX_BODY_IN_MESSAGE * 4].decode("utf-8", errors="replace").strip()
    if not text:
        return ""
    try:
        document: Any = json.loads(body)
    except ValueError:
        document = None
    if isinstance(document, Mapping):
        code = next((str(document[key]) for key in _CODE_KEYS if _is_text(document.get(key))), "")
        message = next((str(document[key]) for key in _MESSAGE_KEYS if _is_text(document.get(key))), "")
        if code and message and code != message:
            text = f"{code}: {message}"
        elif code or message:
            text = code or message
    elif document is not None and not isinstance(document, list):
        text = str(document)
    if text.lstrip().startswith("<"):
        text = "(HTML page)"
    return _one_line(text)


def _is_text(value: object) -> bool:
    return isinstance(value, (str, int)) and not isinstance(value, bool) and str(value).strip() != ""


def _one_line(text: str) -> str:
    flat = " ".join(text.split())
    if len(flat) > MAX_BODY_IN_MESSAGE:
        flat = flat[: MAX_BODY_IN_MESSAGE - 1] + "…"
    return flat


def _line(api: str, operation: str, text: str) -> str:
    who = " ".join(part for part in (api, operation) if part)
    return f"{who}: {text}" if who else text


def _has_request(response: httpx.Response) -> bool:
    try:
        response.request  # noqa: B018 - raises RuntimeError when unset
    except RuntimeError:
        return False
    return True


def _read_body(response: httpx.Response) -> bytes:
    try:
        return response.content
    except httpx.ResponseNotRead:
        return b""
