"""The pytest plugin (entry point ``pytest11``): the ``comptoir_mock`` fixture."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ..runtime.limits import declared_limits_off
from .mock import ComptoirMock


@pytest.fixture
def comptoir_mock() -> Iterator[ComptoirMock]:
    """Every API answered in-process with its documented examples; a wire violation fails the test.

    The APIs' declared rate limits are not applied while it runs (they protect the real servers).
    """
    with declared_limits_off(), ComptoirMock() as mock:
        yield mock
    if mock.violations:
        pytest.fail("requests that do not fit the spec:\n" + "\n".join(mock.violations), pytrace=False)
