"""The worker's classifier process: the same enrichments as classifying here, and nothing lost
when the child fails."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from accounts.base import InboundItem, ItemKind, RemoteAuthor
from app.sync import classify_process
from app.sync.classify_process import ClassifierProcess
from app.sync.enrich import classify_item
from tests.unit.app.classify import fingerprint


def _items(start: int, n: int) -> list[InboundItem]:
    batch = fingerprint.batch()
    return [
        InboundItem(
            f"r{i}", ItemKind.MENTION, RemoteAuthor("u", "u"), batch[i][0], datetime.now(UTC),
            f"t{i}", language=batch[i][1],
        )
        for i in range(start, start + n)
    ]  # fmt: skip


@pytest.fixture(scope="module")
def child() -> Iterator[ClassifierProcess]:
    process = ClassifierProcess()
    process.start()
    yield process
    process.close()


def test_pages_sent_ahead_shared_or_small_come_back_as_classified_here(
    child: ClassifierProcess,
) -> None:
    ahead, shared, small = _items(0, 300), _items(300, 300), _items(600, 5)
    child.prefetch(ahead)
    child.prefetch(_items(1000, 50))  # a page never asked for (all duplicates, say)
    before = child.child_cpu_seconds()
    got = child.many(ahead[100:]) + child.many(ahead[:100]) + child.many(shared)
    got += child.many(small)
    assert child.child_cpu_seconds() > before  # the child did the work
    assert got == classify_item.many(ahead[100:] + ahead[:100] + shared + small)
    assert child.in_use
    assert child.many([]) == []


def test_hostile_text_crosses_to_the_child_and_back(child: ClassifierProcess) -> None:
    """NUL bytes, lone surrogates, bidi overrides and megabyte-long words go through the pipe
    to the child and come back classified as they are here."""
    texts = [*fingerprint._HOSTILE, "x" * 1_000_000, "\udcff" * 3 + " refund"]
    page = [
        InboundItem(f"h{i}", ItemKind.DM, RemoteAuthor("u", "u"), t, datetime.now(UTC), "t")
        for i, t in enumerate(texts)
    ] * 2  # twice: the page is shared out between the child and this process
    child.prefetch(page[: len(texts)])
    assert child.many(page) == classify_item.many(page)


def test_a_dead_child_costs_a_wait_not_a_message(
    child: ClassifierProcess, caplog: pytest.LogCaptureFixture
) -> None:
    page = _items(700, 120)
    expected = classify_item.many(page)
    child.start()
    child.prefetch(page)
    executor = child._executor
    assert executor is not None
    for process in list(executor._processes.values()):  # the child is killed mid-work
        process.kill()
    with caplog.at_level(logging.WARNING):
        assert child.many(page) == expected
    assert "classifier process failed" in caplog.text
    assert "starting a new one" in caplog.text
    # a new child takes the next page
    assert child.in_use
    child.prefetch(page)
    assert child.many(page) == expected
    assert child._executor is not None


def test_after_repeated_failures_it_classifies_here(monkeypatch: pytest.MonkeyPatch) -> None:
    process = ClassifierProcess()
    monkeypatch.setattr(classify_process, "MAX_FAILURES", 1)
    process._failed(RuntimeError("gone"))
    assert not process.in_use
    page = _items(900, 20)
    process.prefetch(page)  # nothing is sent
    assert process._executor is None
    assert process.many(page) == classify_item.many(page)


def test_a_frozen_build_never_spawns(monkeypatch: pytest.MonkeyPatch) -> None:
    """A spawned child of a PyInstaller build would start the whole app again."""
    monkeypatch.setattr(classify_process.sys, "frozen", True, raising=False)
    process = ClassifierProcess()
    process.start()
    assert not process.in_use and process._executor is None
    page = _items(950, 20)
    assert process.many(page) == classify_item.many(page)
    assert process.child_cpu_seconds() == 0.0


def test_a_page_evicted_by_newer_ones_is_classified_here_and_the_child_kept(
    child: ClassifierProcess,
) -> None:
    """More pages sent ahead than it keeps (a worker taking over a stopped worker's accounts):
    the oldest are cancelled, possibly after another thread took it from the pages ahead to
    ask for it. That is no failure of the child. It was counted as one: three such pages gave
    the child up, and the pages it still held waited 30 s each."""
    from concurrent.futures import Future

    page = _items(1000, 3)
    evicted: Future = Future()
    assert evicted.cancel()
    before = child._failures
    assert child._result(evicted, page) is None  # the caller classifies it here
    assert child._failures == before and child.in_use
    assert child.many(page) == [classify_item(it) for it in page]
