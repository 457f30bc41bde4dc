"""The classifier's verdicts on a fixed batch of 2,000 messages are the stored ones.

Speed work (caches, batched features, skipped detection) must not change what routing reads;
this compares every field a caller sees with what the classifier said before that work
(tests/unit/app/classify/fingerprint.py says how the batch and the file were made).
"""

from __future__ import annotations

import pytest

from app.classify import classify, clear_cache
from tests.unit.app.classify import fingerprint


def test_two_thousand_classifications_are_unchanged() -> None:
    batch = fingerprint.batch()
    expected = fingerprint.stored()
    got = fingerprint.current()
    assert len(batch) == len(expected) == len(got) == fingerprint.SIZE
    changed = [
        (i, batch[i], expected[i], got[i]) for i in range(len(batch)) if expected[i] != got[i]
    ]
    assert not changed, f"{len(changed)} verdicts changed; first: {changed[:3]}"


def test_the_same_text_twice_gets_the_same_verdict() -> None:
    """Caches (of words, language walks, whole verdicts) must not leak one message's evidence
    into the next, nor serve a text with another hint."""
    batch = fingerprint.batch()[:300]
    clear_cache()
    first = [fingerprint.result(text, hint) for text, hint in batch]
    remembered = [fingerprint.result(text, hint) for text, hint in batch]
    assert remembered == first
    assert classify("Mi pedido no llegó", "es").language == "es"
    assert classify("Mi pedido no llegó", "pt").language == "pt"
    assert classify("Mi pedido no llegó ", None) == classify("Mi pedido no llegó", None)


def test_long_hostile_texts_are_classified_but_not_kept() -> None:
    """The caches stay bounded in bytes: a flood of long texts without spaces is classified
    each time and none of it is kept (a word cache entry per 4,000-letter run would grow to
    gigabytes)."""
    from app.classify import language, linear

    classify("warm up the caches")
    ranker = language._ranker
    assert ranker is not None
    before = (len(ranker._words), len(linear._squeezed), len(linear._grams))
    results = [classify("refund" + "ab" * 1500 + "z" * i) for i in range(30)]
    assert all(r.language for r in results)
    assert (len(ranker._words), len(linear._squeezed), len(linear._grams)) == before
    cleaned_long = "refund " + "x" * 600
    assert classify(cleaned_long) == classify(cleaned_long)


def test_language_walk_agrees_with_py3langid(monkeypatch: pytest.MonkeyPatch) -> None:
    """The classifier's own walk of py3langid's model and py3langid's public `rank` (the
    fallback should py3langid's internals move) give the same languages and runners-up."""
    from app.classify import language
    from app.classify._text import clean

    language.warm_up()
    ranker = language._ranker
    assert ranker is not None and ranker.simple
    texts = [clean(text) for text, _hint in fingerprint.batch()[::5]]
    fast = [language.detect_with_runner_up(t) for t in texts]
    monkeypatch.setattr(ranker, "simple", False)
    assert [language.detect_with_runner_up(t) for t in texts] == fast
