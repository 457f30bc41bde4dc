"""A fixed batch of 2,000 messages and what `app.classify` says about each, to prove a change
of speed changed no verdict.

The batch mixes every kind of text the classifier meets: the in-house sample, public review
sentences and short multilingual lines (resources/), the demo network's templates, mentions
that start with @handles, network language hints, stretched words, emoji, hostile characters.
The stored results (data/classify_fingerprint.json.gz) were made by the classifier before it
was made fast; `python -m tests.unit.app.classify.fingerprint` rewrites them, which is right
only when a change is meant to change verdicts (then the public table moves too: say so).

Floats are rounded where the last bits depend on the order Python's salted string hash gives a
set of features (the model's sums), so the file is the same in every process.
"""

from __future__ import annotations

import csv
import gzip
import json
import random
from pathlib import Path
from typing import Any

from app.classify import classify, clear_cache

ROOT = Path(__file__).resolve().parents[4]
STORED = Path(__file__).with_name("data") / "classify_fingerprint.json.gz"
SIZE = 2000

_HOSTILE = (
    "",
    "   ",
    "\x00\x01 refund\u202e now!!!",
    "\ud83d broken lamp \udc00",
    "z\u200bero\u200d-width bug in the app",
    "!!!???...",
    "🙄🙄🙄",
    "😍😍 love it",
    "kkkkkkk",
    "Odiooo los sanatorios",
    "Das Buch ist langweilig :(",
    "J'ai trouvé ce roman très décevant.",
    "NEVER AGAIN. WORST SERVICE EVER!!!",
    "a" * 5000,
    "refund " * 700,
    "Это ужасно, где мой заказ?",
    "这个产品很好",
    "これは壊れています",
    "#BoycottAcme the CEO lied to the press",
    "smoke coming out of my charger, is it safe?",
)
_HINTS = (None, None, None, "en", "es-MX", "pt_BR", "fr", "de", "it", "xx-invalid", "")


def _rows(name: str) -> list[str]:
    with name_path(name).open(encoding="utf-8", newline="") as handle:
        return [row["text"] for row in csv.DictReader(handle)]


def name_path(name: str) -> Path:
    if name == "messages.csv":
        return ROOT / "resources" / "labelled" / name
    return ROOT / "resources" / "public_eval" / name


def batch() -> list[tuple[str, str | None]]:
    """(text, language hint) pairs: the same 2,000 every time."""
    from accounts.demo import MESSAGES, PRODUCTS

    rng = random.Random(17)
    texts = _rows("messages.csv")
    texts += rng.sample(_rows("sentences_en.csv"), 600)
    texts += rng.sample(_rows("lid_short.csv"), 450)
    for _intent, _lang, template in MESSAGES:
        product = rng.choice(PRODUCTS)
        texts.append(template.format(brand="acme", product=product, n=rng.randint(10000, 99999)))
    texts += list(_HOSTILE)
    out: list[tuple[str, str | None]] = [(t, None) for t in texts]
    while len(out) < SIZE:
        text = rng.choice(texts)
        variant = rng.randrange(4)
        if variant == 0:
            text = f"@acme_help @{rng.choice(['bob', 'ana.m', 'x@mastodon.social'])} {text}"
        elif variant == 1:
            text = text.upper()
        elif variant == 2:
            text = f"{text} #{rng.randint(1, 99999)}"
        out.append((text, rng.choice(_HINTS)))
    return out[:SIZE]


def result(text: str, hint: str | None) -> dict[str, Any]:
    """Everything a caller can read from one classification, in a stable, comparable form."""
    c = classify(text, hint)
    return {
        "language": c.language,
        "sentiment": c.sentiment,
        "label": c.sentiment_label,
        "intents": [i.value for i in c.intents],
        "scores": {i.value: round(v, 6) for i, v in c.scores.items()},
        "evidence": list(c.evidence),
        "sentiment_cues": list(c.sentiment_cues),
        # which of several equally weighted features is shown depends on set order (see above)
        "model_features": len(c.model_features),
    }


def current() -> list[dict[str, Any]]:
    clear_cache()  # every verdict computed, none remembered from an earlier test
    return [result(text, hint) for text, hint in batch()]


def stored() -> list[dict[str, Any]]:
    with gzip.open(STORED, "rt", encoding="utf-8") as handle:
        return json.load(handle)


if __name__ == "__main__":
    STORED.parent.mkdir(exist_ok=True)
    with gzip.open(STORED, "wt", encoding="utf-8") as handle:
        json.dump(current(), handle, ensure_ascii=False, separators=(",", ":"))
    print(f"wrote {STORED}")
