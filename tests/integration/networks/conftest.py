from __future__ import annotations

from collections.abc import Iterator

import pytest

from accounts.http import RateControl, RetryPolicy
from tests.integration.networks.documented_api import DocumentedServer


@pytest.fixture
def server() -> Iterator[DocumentedServer]:
    srv = DocumentedServer().start()
    yield srv
    srv.stop()


@pytest.fixture
def rate_control() -> RateControl:
    """A fresh gate per test: the process-wide one would carry blocks from test to test."""
    return RateControl()


@pytest.fixture
def fast_retry() -> RetryPolicy:
    return RetryPolicy(attempts=3, base_delay=0.01, max_delay=0.02, max_wait=0.0)
