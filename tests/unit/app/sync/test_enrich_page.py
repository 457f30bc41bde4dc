"""Ingest enriches a page through the classifier's page method; the result is the same."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from accounts.base import InboundItem, ItemKind, RemoteAuthor
from app.classify import reasons
from app.sync.enrich import classify_item
from app.sync.ingest import Enrichment, enrich_page


def _item(i: int, text: str, language: str | None = None) -> InboundItem:
    return InboundItem(
        f"r{i}", ItemKind.MENTION, RemoteAuthor("u", "u"), text, datetime.now(UTC), f"t{i}",
        language=language,
    )  # fmt: skip


TEXTS = [
    "@acme_help my order never arrived, I want a refund",
    "Could your team fit the lamps in our 12 offices?",
    "Das Buch ist langweilig :(",
    "Odiooo los sanatorios",
    "\x00\x01 refund\u202e now!!!",
    "",
    "smoke coming out of my charger, is it safe?",
]


def test_a_page_is_enriched_as_each_item_would_be() -> None:
    items = [_item(i, t, "es" if i == 3 else None) for i, t in enumerate(TEXTS)]
    assert enrich_page(classify_item, items) == [classify_item(it) for it in items]


def test_an_enricher_without_a_page_method_is_called_per_item() -> None:
    calls: list[str] = []

    def one(item: InboundItem) -> Enrichment:
        calls.append(item.remote_id)
        return Enrichment(language="en")

    items = [_item(i, t) for i, t in enumerate(TEXTS[:3])]
    assert enrich_page(one, items) == [Enrichment(language="en")] * 3
    assert calls == ["r0", "r1", "r2"]
    assert enrich_page(None, [_item(0, "hi", "fr")]) == [Enrichment(language="fr")]


def test_a_failing_page_falls_back_to_one_item_at_a_time(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(*_args: object) -> list:
        raise RuntimeError("a bug in the page path")

    items = [_item(i, t) for i, t in enumerate(TEXTS[:3])]
    expected = [classify_item(it) for it in items]
    monkeypatch.setattr(reasons, "classify_many", broken)
    assert classify_item.many(items) == expected
    assert "one text at a time" in caplog.text
