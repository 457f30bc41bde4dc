"""Held-out evaluation of app.classify on resources/labelled/messages.csv, and its sample.

Floors sit a little below what was measured when the lexicons were last changed (macro-F1
0.955, language 0.994, sentiment 0.964 on the 166 held-out messages), so a change that makes
the classifiers worse fails here. Raise them when you improve the classifiers; never tune
cues on the "test" rows.
"""

from __future__ import annotations

from collections import Counter

import pytest

from app.classify import SUPPORTED_LANGUAGES, Intent
from tests.bench.classify_bench import evaluate, load_sample, run

MACRO_F1_FLOOR = 0.92
LANGUAGE_FLOOR = 0.97
# Was 0.92 with a +0.5 positive cut-off. The public sentences (tests/bench/classify_bench.py)
# showed that cut-off discarding a third of real positives; with VADER's ±0.05 the sample's
# mild thanks ("gracias", "obrigado"), which its author labelled neutral, read as positive.
# The sample is a regression guard, not the measure: 0.867 measured, floor a little below.
SENTIMENT_FLOOR = 0.85
RECALL_FLOOR = 0.7  # every intent, held-out
PRECISION_FLOOR = 0.65


@pytest.fixture(scope="module")
def held_out() -> dict:
    return evaluate(load_sample("test"))


def test_sample_is_large_varied_and_split() -> None:
    rows = load_sample()
    assert len(rows) >= 400
    languages = Counter(row["language"] for row in rows)
    assert sum(1 for lang in SUPPORTED_LANGUAGES if languages[lang] >= 50) >= 5, languages
    assert {row["intent"] for row in rows} == {intent.value for intent in Intent}
    assert {row["sentiment_label"] for row in rows} == {"negative", "neutral", "positive"}
    assert {row["split"] for row in rows} == {"train", "test"}
    for split in ("train", "test"):
        intents = Counter(row["intent"] for row in rows if row["split"] == split)
        assert min(intents.values()) >= 10, (split, intents)
    assert len({row["text"] for row in rows}) == len(rows), "duplicate messages"


def test_macro_f1_on_held_out(held_out: dict) -> None:
    assert held_out["macro_f1"] >= MACRO_F1_FLOOR, held_out["errors"]


def test_every_intent_recalled_and_precise_on_held_out(held_out: dict) -> None:
    for intent, figures in held_out["per_intent"].items():
        assert figures["recall"] >= RECALL_FLOOR, (intent, figures, held_out["errors"])
        assert figures["precision"] >= PRECISION_FLOOR, (intent, figures, held_out["errors"])


def test_language_and_sentiment_accuracy_on_held_out(held_out: dict) -> None:
    assert held_out["language_accuracy"] >= LANGUAGE_FLOOR
    assert held_out["sentiment_accuracy"] >= SENTIMENT_FLOOR


def test_bench_reports_the_agreed_keys(capsys: pytest.CaptureFixture[str]) -> None:
    result = run(scale=0.02)
    printed = capsys.readouterr().err
    assert "Public data, test split" in printed and "Learning from corrections" in printed
    assert [r["corrections"] for r in result["learning_curve"]["rows"]] == [0, 100]
    assert result["public_sentiment_en_macro_f1"] >= result["public_sentiment_en_macro_f1_vader"]
    assert result["classify_msgs_per_s"] > 0
    assert set(result["per_intent"]) == {intent.value for intent in Intent}
    assert all({"precision", "recall"} <= set(v) for v in result["per_intent"].values())
    assert 0.0 <= result["language_accuracy"] <= 1.0
    assert result["macro_f1"] >= MACRO_F1_FLOOR
