"""How the English blend and the sentiment → intent leans were chosen: cross-validation on
training data only.

    python -m tests.bench.public.tune

First table: the weight of VADER in the English blend (app/classify/sentiment.py), accuracy of
the blended score's label out of fold on the public training sentences (0 = the trained model
alone, 1 = VADER alone). Second table: the English model is retrained five times, each time without one fold of the public
*training* sentences, and the full classifier is run on the held-back fold (out-of-fold), for
a grid of the two leans in app/classify/intents.py. A negative sentence counts as a complaint
found when the top intent is a problem (complaint, bug, safety, crisis); a positive one as
praise found. The test split is never read here.
"""

from __future__ import annotations

from app.classify import classify, clear_cache
from app.classify import intents as I
from app.classify import sentiment as S

PROBLEMS = {"complaint", "bug_report", "urgent_safety", "crisis_signal"}


def blend_table(rows: list[tuple[str, str]], n: int, models: list) -> None:  # noqa: ANN001
    from app.classify import linear
    from app.classify._text import clean, fold

    vader = S._get_vader()
    scores = []
    for i in range(n):
        text, label = rows[i]
        proba = models[i % 5].proba(linear.features(fold(clean(text))))
        v = vader.polarity_scores(clean(text))["compound"]
        scores.append((v, proba["positive"] - proba["negative"], label))
    print("vader_weight  accuracy (out of fold, public training sentences)")
    for w in (0.0, 0.3, 0.5, 0.7, 1.0):
        ok = 0
        for v, m, label in scores:
            blended = w * v + (1 - w) * m
            got = "positive" if blended >= 0.05 else "negative" if blended <= -0.05 else "neutral"
            ok += got == label
        print(f"{w:12} {ok / n:9.3f}")


def main() -> None:
    rows = S.load_training_rows("train")
    n = _public_count()
    models = [
        S.train_model([r for i, r in enumerate(rows) if i % 5 != k or i >= n]) for k in range(5)
    ]
    blend_table(rows, n, models)
    print("complaint_at praise_at  complaint_P complaint_R  praise_P praise_R")
    for neg in (-0.05, -0.15, -0.25):
        for pos in (0.05, 0.3, 0.5):
            I.NEGATIVE_LEANS_COMPLAINT = (neg, 1.0)
            I.POSITIVE_LEANS_PRAISE = (pos, 1.0)
            c = dict.fromkeys(("tp", "fp", "fn", "ptp", "pfp", "pfn"), 0)
            for i in range(n):
                S._model = models[i % 5]
                clear_cache()  # the verdicts remembered were the other cut-offs' and model's
                text, label = rows[i]
                got = classify(text).intent.value
                problem, praise = got in PROBLEMS, got == "praise"
                if label == "negative":
                    c["tp" if problem else "fn"] += 1
                    c["pfp"] += praise
                else:
                    c["fp"] += problem
                    c["ptp" if praise else "pfn"] += 1
            print(
                f"{neg:12} {pos:9}  {c['tp'] / max(1, c['tp'] + c['fp']):11.3f} "
                f"{c['tp'] / max(1, c['tp'] + c['fn']):11.3f}  "
                f"{c['ptp'] / max(1, c['ptp'] + c['pfp']):8.3f} "
                f"{c['ptp'] / max(1, c['ptp'] + c['pfn']):8.3f}"
            )
    S._model = None


def _public_count() -> int:
    """Rows of the public sentences in the training split (they come first in the rows)."""
    import csv

    with S.TRAINING_DATA.open(encoding="utf-8", newline="") as handle:
        return sum(1 for r in csv.DictReader(handle) if r["split"] == "train")


if __name__ == "__main__":
    main()
