"""comptoir.ebp.jobs against the stateful fake EBP: success, each failure status, timeout and resume."""

from __future__ import annotations

import asyncio
import io
from collections.abc import Iterator
from typing import Any

import pytest
from ebp_associatedfile.models import AddAssociatedFileRequest, AssociatedFileKind
from ebp_associatedfile.types import File as AssociatedFile
from ebp_export.models import CreateExportRequest, ExportFormat, ExportKind
from ebp_import.models import CreateImportRequest, ImportCategory
from ebp_import.types import File as ImportFile

from comptoir import ebp
from comptoir.ebp import jobs
from comptoir.errors import ConfigurationError, JobFailedError, JobTimeoutError, NotFoundError
from tests.support.fake_ebp_server import EXPORT_FILE, FakeEbp

FAST = jobs.Polling(first=0.01, factor=1.5, cap=0.05)


@pytest.fixture
def fake() -> Iterator[FakeEbp]:
    with FakeEbp(rate=None, quota=None) as server:
        yield server


def connect(fake: FakeEbp, api: str) -> Any:
    return ebp.connect(api, subscription_key="jobs-key", auth="t", base_url=fake.url(api), rate_limits=None)


def test_an_export_is_followed_to_completion_and_returns_the_file(fake: FakeEbp) -> None:
    seen: list[str] = []
    body = CreateExportRequest(folder_id="3691", kind=ExportKind.CUSTOMER, entity_id="CODE01")
    result = jobs.export(connect(fake, "export"), ExportFormat.PDF, body, polling=FAST,
                         on_progress=lambda status: seen.append(status.status))  # fmt: skip
    assert result.payload.read() == EXPORT_FILE
    assert seen == ["Waiting", "Starting", "Completed"]
    assert fake.posts["/export/api/v1/CreateExport/Pdf"] == 1


@pytest.mark.parametrize("failure", sorted(jobs.FAILED))
@pytest.mark.parametrize("api", ["export", "import", "associatedfile"])
def test_each_failure_status_raises_job_failed(fake: FakeEbp, api: str, failure: str) -> None:
    fake.job_statuses = ["Waiting", "Starting", failure]
    client = connect(fake, api)
    with pytest.raises(JobFailedError) as caught:
        submit(api, client)
    assert caught.value.status == failure
    assert failure in str(caught.value)
    assert caught.value.job_id in fake.jobs
    if api != "import":
        assert caught.value.detail is not None
        assert failure in caught.value.detail


def submit(api: str, client: Any) -> Any:
    content = {"payload": io.BytesIO(b"a;b\n1;2\n"), "file_name": "data.csv", "mime_type": "text/csv"}
    if api == "export":
        body = CreateExportRequest(folder_id="3691", kind=ExportKind.CUSTOMER, entity_id="CODE01")
        return jobs.export(client, ExportFormat.CSV, body, polling=FAST)
    if api == "import":
        return jobs.import_file(client, CreateImportRequest(file=ImportFile(**content)), folder_id="3691",
                                import_category=ImportCategory.ASSEMBLIES, import_settings="model-1",
                                polling=FAST)  # fmt: skip
    return jobs.add_associated_file(client, AddAssociatedFileRequest(file=AssociatedFile(**content)), folder_id="3691",
                                    kind=AssociatedFileKind.CUSTOMER, type_="Document", entity_id="C1",
                                    polling=FAST)  # fmt: skip


@pytest.mark.parametrize("api", ["import", "associatedfile"])
def test_import_and_associated_file_complete(fake: FakeEbp, api: str) -> None:
    status = submit(api, connect(fake, api))
    assert status.status == "Completed"
    assert status.kind == api


def test_a_timeout_carries_the_job_id_and_wait_resumes(fake: FakeEbp) -> None:
    fake.job_statuses = ["Waiting"] * 8 + ["Starting", "Completed"]
    client = connect(fake, "export")
    body = CreateExportRequest(folder_id="3691", kind=ExportKind.CUSTOMER, entity_id="CODE01")
    with pytest.raises(JobTimeoutError) as caught:
        jobs.export(client, ExportFormat.PDF, body, polling=FAST, timeout=0.05)
    job_id = caught.value.job_id
    assert job_id in fake.jobs
    assert job_id in str(caught.value)
    assert jobs.wait(client, job_id, polling=FAST).status == "Completed"
    assert fake.posts["/export/api/v1/CreateExport/Pdf"] == 1


def test_an_unknown_job_is_a_not_found_error(fake: FakeEbp) -> None:
    with pytest.raises(NotFoundError):
        jobs.wait(connect(fake, "export"), "no-such-job", polling=FAST)


def test_jobs_need_a_job_api_client(fake: FakeEbp) -> None:
    with pytest.raises(ConfigurationError, match="export, import or associatedfile"):
        jobs.wait(connect(fake, "gescom"), "x")


def test_the_progress_bar_follows_the_statuses(fake: FakeEbp) -> None:
    body = CreateExportRequest(folder_id="3691", kind=ExportKind.CUSTOMER, entity_id="CODE01")
    with jobs.progress_bar("export") as on_progress:
        result = jobs.export(connect(fake, "export"), ExportFormat.PDF, body, polling=FAST, on_progress=on_progress)
    assert result.payload.read() == EXPORT_FILE


def connect_async(fake: FakeEbp, api: str) -> Any:
    return ebp.connect_async(api, subscription_key="jobs-key", auth="t", base_url=fake.url(api), rate_limits=None)


async def submit_async(api: str, client: Any) -> Any:
    content = {"payload": io.BytesIO(b"a;b\n1;2\n"), "file_name": "data.csv", "mime_type": "text/csv"}
    if api == "export":
        body = CreateExportRequest(folder_id="3691", kind=ExportKind.CUSTOMER, entity_id="CODE01")
        return await jobs.export_async(client, ExportFormat.CSV, body, polling=FAST)
    if api == "import":
        return await jobs.import_file_async(client, CreateImportRequest(file=ImportFile(**content)),
                                            folder_id="3691", import_category=ImportCategory.ASSEMBLIES,
                                            import_settings="model-1", polling=FAST)  # fmt: skip
    return await jobs.add_associated_file_async(client, AddAssociatedFileRequest(file=AssociatedFile(**content)),
                                                folder_id="3691", kind=AssociatedFileKind.CUSTOMER, type_="Document",
                                                entity_id="C1", polling=FAST)  # fmt: skip


@pytest.mark.parametrize("api", ["export", "import", "associatedfile"])
def test_async_jobs_complete_without_blocking_the_event_loop(
    fake: FakeEbp, api: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake.job_statuses = ["Waiting", "Starting", "Completed"]
    waits: list[float] = []
    sleep = asyncio.sleep

    async def counted(delay: float) -> None:
        waits.append(delay)
        await sleep(delay)

    def blocking(delay: float) -> None:
        raise AssertionError("time.sleep would block the event loop")

    monkeypatch.setattr(jobs.time, "sleep", blocking)
    monkeypatch.setattr(jobs.asyncio, "sleep", counted)

    async def main() -> Any:
        async with connect_async(fake, api) as client:
            return await submit_async(api, client)

    result = asyncio.run(main())
    if api == "export":
        assert result.payload.read() == EXPORT_FILE
    else:
        assert (result.kind, result.status) == (api, "Completed")
    assert waits == [FAST.first, FAST.first * FAST.factor], "one asyncio wait between each two polls"


@pytest.mark.parametrize("api", ["export", "import", "associatedfile"])
def test_an_async_failure_status_raises_job_failed(fake: FakeEbp, api: str) -> None:
    fake.job_statuses = ["Waiting", "EbpOlapiError"]

    async def main() -> Any:
        async with connect_async(fake, api) as client:
            return await submit_async(api, client)

    with pytest.raises(JobFailedError) as caught:
        asyncio.run(main())
    assert (caught.value.status, caught.value.job_id in fake.jobs) == ("EbpOlapiError", True)


def test_an_async_timeout_carries_the_job_id_and_wait_async_resumes(fake: FakeEbp) -> None:
    fake.job_statuses = ["Waiting"] * 8 + ["Starting", "Completed"]
    body = CreateExportRequest(folder_id="3691", kind=ExportKind.CUSTOMER, entity_id="CODE01")
    seen: list[str] = []

    async def main() -> tuple[str, str]:
        async with connect_async(fake, "export") as client:
            with pytest.raises(JobTimeoutError) as caught:
                await jobs.export_async(client, ExportFormat.PDF, body, polling=FAST, timeout=0.05)
            job_id = caught.value.job_id
            status = await jobs.wait_async(client, job_id, polling=FAST, on_progress=lambda s: seen.append(s.status))
            return job_id, status.status

    job_id, final = asyncio.run(main())
    assert (job_id in fake.jobs, final, seen[-2:]) == (True, "Completed", ["Starting", "Completed"])
    assert fake.posts["/export/api/v1/CreateExport/Pdf"] == 1


def test_an_unknown_job_is_a_not_found_error_async(fake: FakeEbp) -> None:
    async def main() -> None:
        async with connect_async(fake, "export") as client:
            await jobs.wait_async(client, "no-such-job", polling=FAST)

    with pytest.raises(NotFoundError):
        asyncio.run(main())
