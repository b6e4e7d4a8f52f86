"""EBP's long-running jobs: submit an export, an import or an associated file, then follow it.

from comptoir import ebp
from comptoir.ebp import jobs
from ebp_export.models import CreateExportRequest, ExportFormat, ExportKind

exports = ebp.connect("export", subscription_key=key, auth=auth)
with jobs.progress_bar("export") as on_progress:
    pdf = jobs.export(exports, ExportFormat.PDF, CreateExportRequest(...), on_progress=on_progress)

Each status poll goes through the client, so under its rate limiter and retries; polls start one
second apart and slow down (x1.5, at most 30 s). The statuses are those of Annexe 3 of the EBP doc:
``Waiting`` and ``Starting`` (still running), ``Completed``, or one of four failures
(``OperationError``, ``EbpOperationException``, ``EbpOpenDataBaseError``, ``EbpOlapiError``),
which raise :class:`~comptoir.errors.JobFailedError`. A job still running at ``timeout`` raises
:class:`~comptoir.errors.JobTimeoutError` carrying its id: ``wait(client, error.job_id)`` resumes.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

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


def _kind(client: object) -> str:
    kind = KINDS.get(type(client).__module__.split(".")[0])
    if kind is None:
        raise ConfigurationError(
            f"jobs need a client of the EBP export, import or associatedfile API, not {type(client).__name__} "
            f"from {type(client).__module__}"
        )
    return kind


def _parsed(response: Any, *, api: str, operation: str) -> Any:
    """The parsed success value of a generated ``Response``; any other status raises its APIStatusError."""
    status = int(response.status_code)
    if 200 <= status < 300:
        return response.parsed
    raw = httpx.Response(status, headers=response.headers, content=response.content)
    raise status_error(api=api, operation=operation, response=raw)


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def poll(client: Any, job_id: str) -> JobStatus:
    """The job's current status (one request)."""
    kind = _kind(client)
    if kind == "export":
        result = _parsed(get_export_status.sync_detailed(client=client, export_id=job_id),
                         api="ebp-export", operation="getExportStatus")  # fmt: skip
        detail = _text(getattr(result.export_infos, "message", None))
    elif kind == "import":
        result = _parsed(get_import_status_result.sync_detailed(client=client, import_id=job_id),
                         api="ebp-import", operation="getImportStatusResult")  # fmt: skip
        infos = result.import_infos
        detail = None if not hasattr(infos, "to_dict") else str(infos.to_dict())
    else:
        result = _parsed(get_associated_file_result.sync_detailed(client=client, associated_file_id=job_id),
                         api="ebp-associatedfile", operation="getAssociatedFileResult")  # fmt: skip
        detail = _text(result.report)
    status = str(result.status) if getattr(result, "status", None) is not None else ""
    return JobStatus(kind, job_id, status, detail, result)


def wait(
    client: Any,
    job_id: str,
    *,
    timeout: float | None = 600.0,
    on_progress: ProgressCallback | None = None,
    polling: Polling = Polling(),
) -> JobStatus:
    """Poll until the job completes (its last status), fails (:class:`JobFailedError`) or ``timeout`` passes."""
    deadline = None if timeout is None else time.monotonic() + timeout
    delay = polling.first
    while True:
        status = poll(client, job_id)
        if on_progress is not None:
            on_progress(status)
        if status.status == COMPLETED:
            return status
        if status.status in FAILED:
            raise JobFailedError(
                f"EBP {status.kind} job {job_id} failed: {status.status}"
                + (f" ({status.detail})" if status.detail else ""),
                job_id=job_id,
                status=status.status,
                detail=status.detail,
            )
        # Waiting, Starting, or a status added after this client was written: still running.
        if deadline is not None and time.monotonic() + delay > deadline:
            raise JobTimeoutError(
                f"EBP {status.kind} job {job_id} still {status.status or 'unknown'} after {timeout:g} s; "
                f"resume with jobs.wait(client, {job_id!r})",
                job_id=job_id,
            )
        time.sleep(delay)
        delay = min(polling.cap, delay * polling.factor)


def export(
    client: Any,
    format_: Any,
    body: Any,
    *,
    timeout: float | None = 600.0,
    on_progress: ProgressCallback | None = None,
    polling: Polling = Polling(),
) -> Any:
    """Create an export (``ebp_export`` client), wait for it, and return the exported ``File``."""
    _kind(client)
    created = _parsed(create_export.sync_detailed(format_, client=client, body=body),
                      api="ebp-export", operation="createExport")  # fmt: skip
    job_id = created.export_id
    wait(client, job_id, timeout=timeout, on_progress=on_progress, polling=polling)
    return _parsed(get_export_result.sync_detailed(client=client, export_id=job_id),
                   api="ebp-export", operation="getExportResult")  # fmt: skip


def import_file(
    client: Any,
    body: Any,
    *,
    folder_id: str,
    import_category: Any,
    import_settings: str,
    timeout: float | None = 600.0,
    on_progress: ProgressCallback | None = None,
    polling: Polling = Polling(),
) -> JobStatus:
    """Create an import (``ebp_import`` client) and wait for it; the completed status carries its report."""
    _kind(client)
    created = _parsed(create_import.sync_detailed(client=client, body=body, folder_id=folder_id,
                                                  import_category=import_category, import_settings=import_settings),
                      api="ebp-import", operation="createImport")  # fmt: skip
    return wait(client, created.import_id, timeout=timeout, on_progress=on_progress, polling=polling)


def add_associated_file(
    client: Any,
    body: Any,
    *,
    folder_id: str,
    kind: Any,
    type_: str,
    entity_id: str,
    timeout: float | None = 600.0,
    on_progress: ProgressCallback | None = None,
    polling: Polling = Polling(),
) -> JobStatus:
    """Attach a file to a record (``ebp_associatedfile`` client) and wait for it."""
    _kind(client)
    created = _parsed(add.sync_detailed(client=client, body=body, folder_id=folder_id, kind=kind, type_=type_,
                                        entity_id=entity_id),
                      api="ebp-associatedfile", operation="addAssociatedFile")  # fmt: skip
    return wait(client, created.associated_file_id, timeout=timeout, on_progress=on_progress, polling=polling)


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
