"""Benchmark and evaluation of app.classify: public data first, the in-house sample as a guard.

`run(scale)` measures on public labelled data (tests/bench/_public.py: UCI review sentences,
UDHR clauses; test splits only) beside plain VADER, py3langid and published figures, and
prints that table on stderr; replays a labelled stream with simulated corrections through the
per-workspace learned model and prints the learning curve (tests/bench/_learning.py); then
classifies the in-house sample's held-out split (resources/labelled/messages.csv, a regression
guard written by the same hand as the cues) and times `classify` over about `scale` × 20,000
messages (one core, models already loaded).

    python -m tests.bench.classify_bench [scale]    # prints one JSON object on its last line
"""

from __future__ import annotations

import csv
import json
import sys
import time
from collections import Counter
from pathlib import Path

from app.classify import Intent, classify, warm_up

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "labelled" / "messages.csv"


def load_sample(split: str | None = None) -> list[dict[str, str]]:
    """Rows of the labelled sample, optionally only one split ("train" or "test")."""
    with SAMPLE.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return [row for row in rows if split is None or row["split"] == split]


def evaluate(rows: list[dict[str, str]]) -> dict:
    """Precision/recall per intent of the top intent, macro-F1, language and sentiment accuracy."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    lang_ok = sent_ok = 0
    errors = []
    for row in rows:
        result = classify(row["text"])
        gold, got = row["intent"], result.intent.value
        if gold == got:
            tp[gold] += 1
        else:
            fp[got] += 1
            fn[gold] += 1
            errors.append((gold, got, row["language"], row["text"]))
        lang_ok += result.language == row["language"]
        sent_ok += result.sentiment_label == row["sentiment_label"]
    per_intent = {}
    f1s = []
    for intent in Intent:
        name = intent.value
        p_den, r_den = tp[name] + fp[name], tp[name] + fn[name]
        precision = tp[name] / p_den if p_den else 0.0
        recall = tp[name] / r_den if r_den else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_intent[name] = {
            "precision": round(precision, 3),
            "recall": round(recall, 3),
            "support": r_den,
        }
        if r_den:
            f1s.append(f1)
    return {
        "n": len(rows),
        "per_intent": per_intent,
        "macro_f1": round(sum(f1s) / len(f1s), 3),
        "accuracy": round(sum(tp.values()) / len(rows), 3),
        "language_accuracy": round(lang_ok / len(rows), 3),
        "sentiment_accuracy": round(sent_ok / len(rows), 3),
        "errors": errors,
    }


def throughput(texts: list[str], total: int) -> float:
    """Messages per second of `classify` over `texts` cycled to `total` messages."""
    warm_up()
    # each message distinct (a number appended): the classifier remembers whole texts it has
    # seen, and a cycled sample would time that memory, not the classifier
    batch = [f"{text} {i}" for i, text in enumerate((texts * (total // len(texts) + 1))[:total])]
    start = time.perf_counter()
    for text in batch:
        classify(text)
    return total / (time.perf_counter() - start)


def run(scale: float = 1.0) -> dict:
    from tests.bench._public import evaluate_public, table

    warm_up()
    public = evaluate_public()
    print(table(public), file=sys.stderr)
    learning = None
    try:
        from tests.bench._learning import curve, curve_table
    except ImportError:  # the learning room is optional for this bench
        pass
    else:
        learning = curve(small=scale < 0.5)
        print(curve_table(learning), file=sys.stderr)
    held_out = evaluate(load_sample("test"))
    texts = [row["text"] for row in load_sample()]
    rate = throughput(texts, max(len(texts), int(20_000 * scale)))
    return {
        "classify_msgs_per_s": round(rate),
        "per_intent": held_out["per_intent"],
        "language_accuracy": held_out["language_accuracy"],
        "macro_f1": held_out["macro_f1"],
        "accuracy": held_out["accuracy"],
        "sentiment_accuracy": held_out["sentiment_accuracy"],
        "held_out_messages": held_out["n"],
        "public": public,
        "learning_curve": learning,
        "public_sentiment_en_macro_f1": public["sentiment_en"]["ours"]["macro_f1"],
        "public_sentiment_en_macro_f1_vader": public["sentiment_en"]["vader"]["macro_f1"],
        "public_complaint_precision": public["sentiment_en"]["complaint"]["precision"],
        "public_complaint_recall": public["sentiment_en"]["complaint"]["recall"],
        "public_language_short_accuracy": public["language_short"]["accuracy"],
    }


if __name__ == "__main__":
    print(json.dumps(run(float(sys.argv[1]) if len(sys.argv) > 1 else 1.0)))
