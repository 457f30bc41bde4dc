"""A page classified at once gets exactly the verdicts of one call per message.

Ingest classifies a page through `classify_many` (app.sync.enrich); routing and the stored
reasons must not depend on whether a message came alone or in a page, cached or not.
"""

from __future__ import annotations

from typing import Any

import pytest

from app.classify import Classification, classify, classify_many, clear_cache, language
from tests.unit.app.classify import fingerprint


def _seen(c: Classification) -> dict[str, Any]:
    """Every field a caller reads, model features included (one process: one set order)."""
    return {
        "language": c.language,
        "sentiment": c.sentiment,
        "label": c.sentiment_label,
        "intents": c.intents,
        "scores": dict(c.scores),
        "evidence": c.evidence,
        "sentiment_cues": c.sentiment_cues,
        "model_features": c.model_features,
    }


def test_pages_get_the_verdicts_of_single_calls() -> None:
    batch = fingerprint.batch()
    clear_cache()
    single = [_seen(classify(text, hint)) for text, hint in batch]
    clear_cache()
    paged: list[dict[str, Any]] = []
    for start in range(0, len(batch), 200):
        page = batch[start : start + 200]
        paged += [_seen(c) for c in classify_many([t for t, _ in page], [h for _, h in page])]
    changed = [i for i in range(len(batch)) if single[i] != paged[i]]
    assert not changed, f"{len(changed)} differ; first: {batch[changed[0]]!r}"


def test_remembered_and_repeated_texts_in_a_page() -> None:
    clear_cache()
    first = classify("Where is my refund? Order 12345", None)
    page = classify_many(
        ["Where is my refund? Order 12345", "Mi pedido no llegó", "Mi pedido no llegó", "lol"],
        [None, "pt", "pt", None],
    )
    assert _seen(page[0]) == _seen(first)
    assert page[1] is page[2] and page[1].language == "pt"
    # the page's verdicts are remembered for single calls too
    assert classify("Mi pedido no llegó", "pt") is page[1]
    assert classify_many([], []) == []


def test_bad_arguments_are_refused_in_words() -> None:
    with pytest.raises(ValueError, match="one language hint a text"):
        classify_many(["a", "b"], [None])
    with pytest.raises(TypeError, match="must be str"):
        classify_many(["ok", b"bytes"])  # type: ignore[list-item]


def test_language_of_a_page_is_that_of_each_text() -> None:
    texts = [fingerprint.batch()[i][0] for i in range(0, 2000, 7)]
    from app.classify._text import clean

    cleaned = [clean(t) for t in texts]
    assert language.detect_many(cleaned) == [language.detect_with_runner_up(t) for t in cleaned]
    assert language.detect_many([]) == []
    assert language.detect_many(["!!!", "123"]) == [("und", None), ("und", None)]
