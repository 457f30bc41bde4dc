"""The learning curve: replay a labelled stream, simulate the team's corrections, measure F1.

Stream: the public UCI sentences' training split (gold intent: a negative sentence is a
complaint, a positive one praise), the Amazon and movie review snippets of VADER's ground truth
(13,047 clearly rated ones, as the vaderSentiment sdist ships them: tests/bench/public/
snippets_en.csv; the same gold mapping) and the in-house sample's training split (nine
intents), shuffled with a fixed seed. The snippets make the stream long enough to hold 2,000
wrong verdicts; without them it ran out at 352. Each message is classified as routing would (the shipped
classifier, then the workspace's learned model where it overrides, app.learning.model); where
that intent is wrong, a simulated agent corrects it — one correction, one label. Messages
nobody corrected are the model's background, as in a workspace. The model is retrained every
`RETRAIN_EVERY` corrections, as the sync worker would.

Measured on the test splits, never in the stream: macro-F1 of complaint/praise on the public
sentences, macro-F1 over the nine intents on the in-house sample, before any correction and
after 100, 500 and 2,000. The stream holds only so many wrong verdicts; when it runs out
before a checkpoint, the row says how many corrections there were ("reached").
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from app.classify import Intent, classify
from app.learning.model import Learned, LearnedIntent, train
from tests.bench._public import load, per_class
from tests.bench.classify_bench import load_sample

CHECKPOINTS = (100, 500, 2000)
RETRAIN_EVERY = 50


def _public(split: str) -> list[tuple[str, str]]:
    return [
        (r["text"], "complaint" if r["label"] == "negative" else "praise")
        for r in load("sentences_en.csv", split)
    ]


def _snippets() -> list[tuple[str, str]]:
    """The review snippets (stream only: they have no test split and are never scored)."""
    import csv
    from pathlib import Path

    path = Path(__file__).resolve().parent / "public" / "snippets_en.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            (r["text"], "complaint" if r["label"] == "negative" else "praise")
            for r in csv.DictReader(handle)
            if r["split"] == "stream"
        ]


def _in_house(split: str) -> list[tuple[str, str]]:
    return [(r["text"], r["intent"]) for r in load_sample(split)]


def _predict(text: str, shipped: str, learned: Learned | None) -> str:
    if learned is None:
        return shipped
    verdict = LearnedIntent.verdict(learned, text, shipped)
    return shipped if verdict is None else verdict["intent"]


def _score(
    tests: dict[str, list[tuple[str, str, str]]], learned: Learned | None
) -> dict[str, float]:
    out = {}
    for name, rows in tests.items():
        gold = [g for _, g, _ in rows]
        pred = [_predict(t, s, learned) for t, _, s in rows]
        classes = ("complaint", "praise") if name == "public" else [i.value for i in Intent]
        out[name] = per_class(gold, pred, classes)["macro_f1"]
    return out


def curve(small: bool = False, seed: int = 7) -> dict:
    """F1 before and after each checkpoint of corrections (`small`: 100 only, for the suite)."""
    checkpoints: Sequence[int] = CHECKPOINTS[:1] if small else CHECKPOINTS
    stream = _public("train") + _snippets() + _in_house("train")
    random.Random(seed).shuffle(stream)
    test_public = _public("test")
    test_house = _in_house("test")
    if small:
        test_public = test_public[:200]
    tests = {
        "public": [(t, g, classify(t).intent.value) for t, g in test_public],
        "in_house": [(t, g, classify(t).intent.value) for t, g in test_house],
    }
    rows = [{"corrections": 0, "reached": 0, **_score(tests, None)}]
    labelled: list[tuple[str, str, str | None]] = []
    background: list[tuple[str, str]] = []
    learned: Learned | None = None
    pending = list(checkpoints)
    passes = 0
    while pending and passes < 3:
        passes += 1
        corrected_before = len(labelled)
        for text, gold in stream:
            shipped = classify(text).intent.value
            if _predict(text, shipped, learned) == gold:
                background.append((text, shipped))
                continue
            labelled.append((text, gold, shipped))
            n = len(labelled)
            if n % RETRAIN_EVERY == 0 or n in pending:
                learned = train(labelled, background[-1500:])
            if n in pending:
                rows.append({"corrections": n, "reached": n, **_score(tests, learned)})
                pending.remove(n)
                if not pending:
                    break
        if len(labelled) == corrected_before:
            break
    for n in pending:  # the stream ran out of wrong verdicts before this checkpoint
        learned = train(labelled, background[-1500:])
        rows.append({"corrections": n, "reached": len(labelled), **_score(tests, learned)})
    return {"stream": len(stream), "rows": rows}


def curve_table(result: dict) -> str:
    lines = [
        f"Learning from corrections (stream of {result['stream']} labelled messages, "
        "F1 on the test splits)",
        f"  {'corrections':>11} {'reached':>8} {'public complaint/praise':>24} "
        f"{'in-house intents':>17}",
    ]
    for r in result["rows"]:
        lines.append(
            f"  {r['corrections']:>11} {r['reached']:>8} {r['public']:>24} {r['in_house']:>17}"
        )
    return "\n".join(lines)
