"""Test your code against comptoir without a server: the ``comptoir_mock`` pytest fixture.

Installed with comptoir as a pytest plugin (entry point ``pytest11``), so a test just asks for it::

    def test_lists_clients(comptoir_mock):
        client = ebp.connect("gescom", subscription_key="k", auth="t")
        page = client.clients.list("3691")                           # the documented example
        comptoir_mock.fail("listClients", status=429, retry_after=1)  # the next call gets a 429
        comptoir_mock.paginate("getSaleDocuments", records)           # skip/take served from records
        assert comptoir_mock.calls[0].operation_id == "listClients"

Every request is checked against the spec (:class:`WireCheck`); a violation fails the test.
"""

from .mock import ComptoirMock, MockCall, example_of_schema
from .wire_check import WireCheck, WireViolation

__all__ = ["ComptoirMock", "MockCall", "WireCheck", "WireViolation", "example_of_schema"]
