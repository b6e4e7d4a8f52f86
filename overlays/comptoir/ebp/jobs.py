"""EBP's long-running jobs: submit an export, an import or an associated file, then follow it.

from comptoir import ebp
from comptoir.ebp import jobs
from ebp_export.models import CreateExportRequest, ExportFormat, ExportKind

exports = ebp.connect("export", subscription_key=key, auth=auth)
with jobs.progress_bar("export") as on_progress:
    pdf = jobs.export(exports, ExportFormat.PDF, CreateExportRequest(...), on_progress=on_progress)

With an async client (``ebp.connect_async``), ``await jobs.export_async(...)``, ``import_file_async``,
``add_associated_file_async``, ``wait_async`` and ``poll_async`` do the same, waiting with ``asyncio.sleep``.

Each status poll goes through the client, so under its rate limiter and retries; polls start one
second apart and slow down (x1.5, at most 30 s). The statuses are those of Annexe 3 of the EBP doc:
``Waiting`` and ``Starting`` (still running), ``Completed``, or one of four failures
(``OperationError``, ``EbpOperationException``, ``EbpOpenDataBaseError``, ``EbpOlapiError``),
which raise :class:`~comptoir.errors.JobFailedError`. A job still running at ``timeout`` raises
:class:`~comptoir.errors.JobTimeoutError` carrying its id: ``wait(client, error.job_id)`` resumes.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from types import ModuleType
from typing import Any, TypedDict, Unpack, cast

import httpx
from ebp_associatedfile.api.associated_file import add_associated_file as add
from ebp_associatedfile.api.associated_file import get_associated_file_result
from ebp_export.api.export import create_export, get_export_result, get_export_status
from ebp_import.api.import_ import create_import, get_import_status_result
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from ..errors import ConfigurationError, JobFailedError, JobTimeoutError, status_error

RUNNING = frozenset({"Waiting", "Starting"})
COMPLETED = "Completed"
FAILED = frozenset({"OperationError", "EbpOperationException", "EbpOpenDataBaseError", "EbpOlapiError"})
KINDS = {"ebp_export": "export", "ebp_import": "import", "ebp_associatedfile": "associatedfile"}


@dataclass(frozen=True)
class JobStatus:
    """One poll's answer: ``status`` (Annexe 3), the server's ``detail`` text if any, and its ``result`` model."""

    kind: str
    job_id: str
    status: str
    detail: str | None
    result: Any


ProgressCallback = Callable[[JobStatus], None]


@dataclass(frozen=True)
class Polling:
    """The first delay between polls, its growth factor and its cap, in seconds."""

    first: float = 1.0
    factor: float = 1.5
    cap: float = 30.0


class WaitOptions(TypedDict, total=False):
    """How :func:`wait` follows a job (also taken by the functions that submit one)."""

    timeout: float | None
    """Seconds before :class:`JobTimeoutError` (600 by default; None: no limit)."""
    on_progress: ProgressCallback | None
    """Called with each poll's :class:`JobStatus`."""
    polling: Polling


class ImportOptions(WaitOptions):
    """:func:`import_file`'s keyword arguments: where the import goes (required), how it is followed."""

    folder_id: str
    import_category: Any
    import_settings: str


class AssociatedFileOptions(WaitOptions):
    """:func:`add_associated_file`'s keyword arguments: the record (required), how the job is followed."""

    folder_id: str
    kind: Any
    type_: str
    entity_id: str


def _split(options: Mapping[str, Any]) -> tuple[dict[str, Any], WaitOptions]:
    """(the submitting operation's arguments, the wait options) of a submit function's keyword arguments."""
    waiting = {name: value for name, value in options.items() if name in WaitOptions.__optional_keys__}
    return {name: value for name, value in options.items() if name not in waiting}, cast(WaitOptions, waiting)


def _kind(client: object) -> str:
    kind = KINDS.get(type(client).__module__.split(".")[0])
    if kind is None:
        raise ConfigurationError(
            f"jobs need a client of the EBP export, import or associatedfile API, not {type(client).__name__} "
            f"from {type(client).__module__}"
        )
    return kind


@dataclass(frozen=True)
class _Operation:
    """A generated operation module and the names its errors carry."""

    module: ModuleType
    api: str
    operation: str
    job_id: str = ""
    """For an operation submitting a job: the attribute of its answer holding the job's id."""


def _parsed(response: Any, operation: _Operation) -> Any:
    """The parsed success value of a generated ``Response``; any other status raises its APIStatusError."""
    status = int(response.status_code)
    if 200 <= status < 300:
        return response.parsed
    raw = httpx.Response(status, headers=response.headers, content=response.content)
    raise status_error(api=operation.api, operation=operation.operation, response=raw)


def _run(operation: _Operation, *args: Any, **kwargs: Any) -> Any:
    return _parsed(operation.module.sync_detailed(*args, **kwargs), operation)


async def _run_async(operation: _Operation, *args: Any, **kwargs: Any) -> Any:
    return _parsed(await operation.module.asyncio_detailed(*args, **kwargs), operation)


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _import_detail(result: Any) -> str | None:
    infos = result.import_infos
    return None if not hasattr(infos, "to_dict") else str(infos.to_dict())


@dataclass(frozen=True)
class _Job:
    """How one job API reports a job's status."""

    status: _Operation
    id_argument: str
    detail: Callable[[Any], str | None]


_JOBS = {
    "export": _Job(_Operation(get_export_status, "ebp-export", "getExportStatus"), "export_id",
                   lambda result: _text(getattr(result.export_infos, "message", None))),
    "import": _Job(_Operation(get_import_status_result, "ebp-import", "getImportStatusResult"), "import_id",
                   _import_detail),
    "associatedfile": _Job(_Operation(get_associated_file_result, "ebp-associatedfile", "getAssociatedFileResult"),
                           "associated_file_id", lambda result: _text(result.report)),
}  # fmt: skip
_CREATE_EXPORT = _Operation(create_export, "ebp-export", "createExport")
_EXPORT_RESULT = _Operation(get_export_result, "ebp-export", "getExportResult")
_CREATE_IMPORT = _Operation(create_import, "ebp-import", "createImport", job_id="import_id")
_ADD_ASSOCIATED_FILE = _Operation(add, "ebp-associatedfile", "addAssociatedFile", job_id="associated_file_id")


def _job_status(kind: str, job_id: str, result: Any) -> JobStatus:
    status = str(result.status) if getattr(result, "status", None) is not None else ""
    return JobStatus(kind, job_id, status, _JOBS[kind].detail(result), result)


def poll(client: Any, job_id: str) -> JobStatus:
    """The job's current status (one request)."""
    kind = _kind(client)
    job = _JOBS[kind]
    return _job_status(kind, job_id, _run(job.status, client=client, **{job.id_argument: job_id}))


async def poll_async(client: Any, job_id: str) -> JobStatus:
    """:func:`poll` with an async client."""
    kind = _kind(client)
    job = _JOBS[kind]
    return _job_status(kind, job_id, await _run_async(job.status, client=client, **{job.id_argument: job_id}))


class _Follower:
    """What each poll of :func:`wait` / :func:`wait_async` means, and how long to wait before the next."""

    def __init__(
        self, job_id: str, timeout: float | None, on_progress: ProgressCallback | None, polling: Polling
    ) -> None:
        self.job_id, self.timeout, self.on_progress, self.polling = job_id, timeout, on_progress, polling
        self.deadline = None if timeout is None else time.monotonic() + timeout
        self.delay = polling.first

    def next_delay(self, status: JobStatus) -> float | None:
        """None once the job completed; raises if it failed or will not finish in time; else the wait."""
        if self.on_progress is not None:
            self.on_progress(status)
        if status.status == COMPLETED:
            return None
        if status.status in FAILED:
            raise JobFailedError(
                f"EBP {status.kind} job {self.job_id} failed: {status.status}"
                + (f" ({status.detail})" if status.detail else ""),
                job_id=self.job_id,
                status=status.status,
                detail=status.detail,
            )
        # Waiting, Starting, or a status added after this client was written: still running.
        delay = self.delay
        if self.deadline is not None and time.monotonic() + delay > self.deadline:
            raise JobTimeoutError(
                f"EBP {status.kind} job {self.job_id} still {status.status or 'unknown'} after {self.timeout:g} s; "
                f"resume with jobs.wait(client, {self.job_id!r})",
                job_id=self.job_id,
            )
        self.delay = min(self.polling.cap, delay * self.polling.factor)
        return delay


def wait(
    client: Any,
    job_id: str,
    *,
    timeout: float | None = 600.0,
    on_progress: ProgressCallback | None = None,
    polling: Polling = Polling(),
) -> JobStatus:
    """Poll until the job completes (its last status), fails (:class:`JobFailedError`) or ``timeout`` passes."""
    follower = _Follower(job_id, timeout, on_progress, polling)
    while True:
        status = poll(client, job_id)
        delay = follower.next_delay(status)
        if delay is None:
            return status
        time.sleep(delay)


async def wait_async(
    client: Any,
    job_id: str,
    *,
    timeout: float | None = 600.0,
    on_progress: ProgressCallback | None = None,
    polling: Polling = Polling(),
) -> JobStatus:
    """:func:`wait` with an async client (the waits are ``asyncio.sleep``)."""
    follower = _Follower(job_id, timeout, on_progress, polling)
    while True:
        status = await poll_async(client, job_id)
        delay = follower.next_delay(status)
        if delay is None:
            return status
        await asyncio.sleep(delay)


def export(client: Any, format_: Any, body: Any, **waiting: Unpack[WaitOptions]) -> Any:
    """Create an export (``ebp_export`` client), wait for it, and return the exported ``File``."""
    _kind(client)
    job_id = _run(_CREATE_EXPORT, format_, client=client, body=body).export_id
    wait(client, job_id, **waiting)
    return _run(_EXPORT_RESULT, client=client, export_id=job_id)


async def export_async(client: Any, format_: Any, body: Any, **waiting: Unpack[WaitOptions]) -> Any:
    """:func:`export` with an async client."""
    _kind(client)
    job_id = (await _run_async(_CREATE_EXPORT, format_, client=client, body=body)).export_id
    await wait_async(client, job_id, **waiting)
    return await _run_async(_EXPORT_RESULT, client=client, export_id=job_id)


def _submit(client: Any, operation: _Operation, body: Any, options: Mapping[str, Any]) -> JobStatus:
    """Submit a job with ``body`` and the operation's ``options``, then :func:`wait` with the rest."""
    _kind(client)
    arguments, waiting = _split(options)
    return wait(client, getattr(_run(operation, client=client, body=body, **arguments), operation.job_id), **waiting)


async def _submit_async(client: Any, operation: _Operation, body: Any, options: Mapping[str, Any]) -> JobStatus:
    """:func:`_submit` for asyncio."""
    _kind(client)
    arguments, waiting = _split(options)
    created = await _run_async(operation, client=client, body=body, **arguments)
    return await wait_async(client, getattr(created, operation.job_id), **waiting)


def import_file(client: Any, body: Any, **options: Unpack[ImportOptions]) -> JobStatus:
    """Create an import (``ebp_import`` client) and wait for it; the completed status carries its report."""
    return _submit(client, _CREATE_IMPORT, body, options)


async def import_file_async(client: Any, body: Any, **options: Unpack[ImportOptions]) -> JobStatus:
    """:func:`import_file` with an async client."""
    return await _submit_async(client, _CREATE_IMPORT, body, options)


def add_associated_file(client: Any, body: Any, **options: Unpack[AssociatedFileOptions]) -> JobStatus:
    """Attach a file to a record (``ebp_associatedfile`` client) and wait for it."""
    return _submit(client, _ADD_ASSOCIATED_FILE, body, options)


async def add_associated_file_async(client: Any, body: Any, **options: Unpack[AssociatedFileOptions]) -> JobStatus:
    """:func:`add_associated_file` with an async client."""
    return await _submit_async(client, _ADD_ASSOCIATED_FILE, body, options)


@contextmanager
def progress_bar(description: str) -> Iterator[ProgressCallback]:
    """A rich spinner line showing the job's status and elapsed time; yields the ``on_progress`` callback."""
    columns = (SpinnerColumn(), TextColumn("{task.description}"), TextColumn("[bold]{task.fields[status]}"),
               TimeElapsedColumn())  # fmt: skip
    with Progress(*columns) as progress:
        task = progress.add_task(description, status="submitted", total=None)

        def update(status: JobStatus) -> None:
            progress.update(task, status=status.status, description=f"{description} {status.job_id[:8]}")

        yield update
