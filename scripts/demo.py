"""The main job: every operation of the three small APIs, through the typed clients, against local mocks,
and one `comptoir call` of EBP Gescom paged to CSV.

    make demo        # installs, regenerates if stale, then runs this

Starts one Prism mock per spec on a free loopback port, connects each API with comptoir's
connect() (plain http is allowed to loopback only), calls every operation, prints the typed
results, then stops the mocks. Then EBP, on the strict fake EBP of the tests (1 request/s and
10,000/day per subscription key, answering 429 to any excess): every Gescom client paged under the
declared limit with a progress bar, and an export job followed to completion.
"""

from __future__ import annotations

import datetime
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from facturare.api.customers import list_customers
from facturare.api.invoices import get_invoice, list_invoices
from facturare.models import Flag, InvoiceFilter, ListCustomersMetadata
from rich.console import Console
from rich.table import Table
from seqino_pdp.api.usage import (
    get_client_statistics,
    get_mandate_statistics,
    get_usage_alerts,
    get_usage_limits,
    get_usage_metrics,
    get_usage_summary,
    set_usage_limit,
)
from seqino_pdp.models import Period, RateLimit
from seven.api.account import get_analytics, get_balance, get_pricing
from seven.models import AnalyticsGrouping, PricingFormat

from comptoir import ebp, facturare, seqino, seven
from comptoir.ebp import jobs
from comptoir.runtime import paging

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ebp_export.models import CreateExportRequest, ExportFormat, ExportKind
from ebp_gescom.api.clients import list_clients
from mockserver import PrismPool
from rich.progress import Progress
from specbundle import write_bundle

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.support.fake_ebp_server import FakeEbp

console = Console(width=160)


def show(table: Table, api: str, operation: str, call: Callable[[], Any]) -> None:
    """Call one operation and add a row: status and a short view of the typed result."""
    response = call()
    parsed = response.parsed
    summary = parsed.to_dict() if hasattr(parsed, "to_dict") else parsed
    if isinstance(summary, list):
        summary = [item.to_dict() if hasattr(item, "to_dict") else item for item in summary]
    if hasattr(parsed, "payload"):
        summary = f"{len(parsed.payload.getvalue())} bytes"
    text = repr(summary)
    table.add_row(api, operation, str(int(response.status_code)), type(parsed).__name__, text[:100])


def command_line(base_url: str) -> bool:
    """`comptoir call ebp-gescom listClients --folder-id 3691 --all --output csv` against the mock."""
    command = ["comptoir", "call", "ebp-gescom", "listClients", "--folder-id", "3691", "--all", "--output", "csv"]
    console.print(f"[bold]$ {' '.join(command)}[/bold]  (against the Prism mock of ebp-gescom)")
    environment = {
        **os.environ,
        "COMPTOIR_BASE_URL": base_url,
        "EBP_SUBSCRIPTION_KEY": "demo-subscription-key",
        "EBP_ACCESS_TOKEN": "demo-access-token",
    }
    executable = str(Path(sys.executable).with_name("comptoir"))
    result = subprocess.run([executable, *command[1:]], env=environment, capture_output=True, text=True, check=False)
    console.print(result.stdout + result.stderr, markup=False, highlight=False)
    return result.returncode == 0


def ebp_demo() -> bool:
    """Page every Gescom client under EBP's 1 request/s, then follow an export job; True when all went well."""
    with FakeEbp(rate=1, per_seconds=1.0) as fake, tempfile.TemporaryDirectory() as store:
        options: dict[str, Any] = {
            "subscription_key": "demo-key",
            "auth": "demo-token",
            "rate_limit_store": Path(store),
        }
        gescom = ebp.connect("gescom", base_url=fake.url("gescom"), **options)

        def fetch(offset: int, limit: int) -> Any:
            response = list_clients.sync_detailed("3691", client=gescom, offset=offset, limit=limit)
            if response.status_code != 200:
                raise RuntimeError(f"listClients answered {int(response.status_code)}")
            return response.parsed

        clients, pages = [], 0
        with Progress(console=console) as progress:
            task = progress.add_task("EBP Gescom listClients, 1 request/s", total=None)
            for page in paging.pages(fetch, lambda p: p.clients, lambda p: p.paging.total, maximum=100):
                clients += page.clients
                pages += 1
                progress.update(task, completed=len(clients), total=page.paging.total)
        console.print(f"EBP Gescom: {len(clients)} clients in {pages} pages, {fake.statuses()[429]} answered 429")
        exports = ebp.connect("export", base_url=fake.url("export"), **options)
        body = CreateExportRequest(folder_id="3691", kind=ExportKind.CUSTOMER, entity_id="C00042")
        with jobs.progress_bar("EBP export") as on_progress:
            pdf = jobs.export(exports, ExportFormat.PDF, body, on_progress=on_progress)
        size = len(pdf.payload.read())
        console.print(f"EBP export: {size} bytes of {pdf.mime_type or 'file'}")
        return len(clients) == fake.records and fake.statuses()[429] == 0 and size > 0


def main() -> int:
    """Run the demo; exit status 1 if any call did not return its documented success status."""
    pool = PrismPool()
    table = Table(title="comptoir demo — typed clients against local Prism mocks")
    for column in ("API", "operation", "HTTP", "parsed as", "result"):
        table.add_column(column, overflow="fold")
    try:
        for name in ("seven", "seqino-pdp", "facturare", "ebp-gescom"):
            write_bundle(name)
        sms = seven.connect(api_key="demo-seven-key", base_url=pool.url("seven"))
        show(table, "seven.io", "getBalance", lambda: get_balance.sync_detailed(client=sms))
        table.add_row("seven.io", "comptoir.seven.balance()", "200", "Decimal", repr(seven.balance(sms)))
        show(table, "seven.io", "getPricing", lambda: get_pricing.sync_detailed(client=sms, country="AT"))
        show(
            table,
            "seven.io",
            "getPricing (csv)",
            lambda: get_pricing.sync_detailed(client=sms, format_=PricingFormat.CSV),
        )
        show(
            table,
            "seven.io",
            "getAnalytics",
            lambda: get_analytics.sync_detailed(
                client=sms, start=datetime.date(2024, 3, 1), group_by=AnalyticsGrouping.DATE
            ),
        )

        pdp = seqino.connect(api_key="demo-seqino-key", client_id="company-42", base_url=pool.url("seqino-pdp"))
        show(
            table,
            "Seqino PDP",
            "getUsageMetrics",
            lambda: get_usage_metrics.sync_detailed(client=pdp, period=Period.MONTHLY),
        )
        show(table, "Seqino PDP", "getUsageSummary", lambda: get_usage_summary.sync_detailed(client=pdp))
        show(table, "Seqino PDP", "getUsageLimits", lambda: get_usage_limits.sync_detailed(client=pdp))
        limit = RateLimit(company_id="company-42", endpoint="/invoices", method="POST", limit_per_minute=60)
        show(table, "Seqino PDP", "setUsageLimit", lambda: set_usage_limit.sync_detailed(client=pdp, body=limit))
        show(
            table,
            "Seqino PDP",
            "getUsageAlerts",
            lambda: get_usage_alerts.sync_detailed(client=pdp, active_only=True),
        )
        show(table, "Seqino PDP", "getMandateStatistics", lambda: get_mandate_statistics.sync_detailed(client=pdp))
        show(table, "Seqino PDP", "getClientStatistics", lambda: get_client_statistics.sync_detailed(client=pdp))

        md = facturare.connect(api_key="demo-facturare-key", base_url=pool.url("facturare"))
        unpaid = InvoiceFilter(paid=Flag.NO, closed=Flag.NO, customer=1234)
        show(
            table,
            "facturare.md",
            "listInvoices",
            lambda: list_invoices.sync_detailed(client=md, filter_=unpaid, expand=["customer"]),
        )
        show(
            table,
            "facturare.md",
            "getInvoice",
            lambda: get_invoice.sync_detailed(46225, client=md, expand=["customer"]),
        )
        rep = ListCustomersMetadata.from_dict({"account-rep": "Jan"})
        show(table, "facturare.md", "listCustomers", lambda: list_customers.sync_detailed(client=md, metadata=rep))
        cli_ok = command_line(pool.url("ebp-gescom"))
    finally:
        pool.stop()
    console.print(table)
    if not cli_ok:
        console.print("[red]the command line call failed[/red]")
        return 1
    failed = [row for row in table.columns[2].cells if not str(row).startswith("2")]
    if failed:
        console.print(f"[red]{len(failed)} call(s) did not succeed[/red]")
        return 1
    console.print("[green]every operation answered its documented success status[/green]")
    if not ebp_demo():
        console.print("[red]the EBP demo did not page every client or follow the export[/red]")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
