"""Language identification with py3langid, restricted to a set of languages we expect.

Why py3langid: measured on our labelled sample (546 messages with letters, 6 languages) it was
both the most accurate and the fastest of the offline candidates — restricted to our six
languages 98.2 % overall and 89 % on messages under 40 characters at ≈40 µs a message; lingua
(low-accuracy mode) 96.0 % / 79 % at ≈75 µs and a 96 MB wheel; langdetect 96.5 % / 81 % at
≈3 ms and non-deterministic unless seeded. Its model ships inside the wheel (4.5 MB, numpy);
nothing is downloaded at run time.

We let it choose among the supported languages plus common others seen on brand accounts, so
that a Dutch message is called Dutch rather than forced into German. When the best guess is
weak (short texts: "lol", "mdr", "kkkkk") we fall back to the best of our supported languages if
it clearly leads them, else "und".
"""

from __future__ import annotations

import math
import re
import threading
import unicodedata
from collections import Counter
from itertools import chain

SUPPORTED: tuple[str, ...] = ("en", "es", "fr", "de", "pt", "it")
_OTHERS: tuple[str, ...] = (
    "nl", "ca", "pl", "tr", "sv", "da", "no", "ro", "id", "ru", "uk", "cs", "el", "he", "ar",
    "hi", "zh", "ja", "ko",
)  # fmt: skip
UNDETERMINED = "und"

_CONFIDENT = 0.5  # probability over all candidates above which we trust the top guess
# share among supported languages for the fallback guess: 0.5 left 58 of 1,383 short training
# texts (UDHR clauses, UCI sentences; tests/bench/_public.py) "und"; 0.3 leaves 11, and
# accuracy on them goes from 0.950 to 0.971. "lol" and "mdr" stay undetermined.
_SUPPORTED_SHARE = 0.3
_RUNNER_UP = 0.15  # probability from which a second supported language is also read

_lock = threading.Lock()
_identifier = None


def _get_identifier():  # noqa: ANN202 - py3langid has no type hints
    """Load the model once (≈0.5 s); later calls reuse it."""
    global _identifier, _ranker
    if _identifier is None:
        with _lock:
            if _identifier is None:
                from py3langid.langid import MODEL_FILE, LanguageIdentifier

                ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
                ident.set_languages([*SUPPORTED, *_OTHERS])
                _ranker = _Ranker(ident)
                _identifier = ident
    return _identifier


class _Ranker:
    """py3langid's `rank` for one text, with its arithmetic and none of its call overhead.

    Language ID ran on every message and its wrapper layers (encode, DFA walk, sparse score,
    softmax, alias folding, a sort of all 25 languages) cost more than the walk itself. This
    does the same steps on the same arrays in the same float32 order, so the probabilities
    are bit for bit py3langid's (the classifier fingerprint test checks the verdicts); a model
    with aliased labels, which this one has not, goes through py3langid itself.
    """

    def __init__(self, ident) -> None:  # noqa: ANN001 - py3langid's LanguageIdentifier
        import numpy as np

        self._np = np
        self.ident = ident
        self.classes = list(ident.nb_classes)
        # py3langid's internals as 0.4 lays them out; another layout (pyproject pins <0.5,
        # but a patch release may move them) falls back to its public `rank`
        rowbase = getattr(ident, "_rowbase", None)
        self.simple = (
            rowbase is not None
            and hasattr(ident, "tk_nextmove")
            and hasattr(ident, "tk_output")
            and not getattr(ident, "_alias_pairs", True)
            and getattr(ident, "_norm_probs", False) is True
        )
        self.nextmove = getattr(ident, "tk_nextmove", None)
        self.rowbase = rowbase
        self.output = getattr(ident, "tk_output", None)
        # float32 once (10 MB) rather than a float16 → float32 cast of the rows on every
        # message: the exact same values go into the same float32 product
        self.ptc = ident.nb_ptc.astype(np.float32) if self.simple else None
        self.pc = ident.nb_pc
        self.supported = [i for i, c in enumerate(self.classes) if c in SUPPORTED]
        self._words: dict[tuple[int, bytes], tuple[int, tuple[int, ...]]] = {}

    def _walk(self, state: int, data: bytes) -> tuple[int, tuple[int, ...]]:
        """py3langid's DFA walk over `data` from `state`: the end state and the features."""
        nm, rowbase, out = self.nextmove, self.rowbase, self.output
        found = []
        for letter in data:
            state = nm[rowbase[state] + letter]
            f = out[state]
            if f >= 0:
                found.append(f)
        return state, tuple(found)

    def probabilities(self, text: str) -> list[float]:
        """Probability per class (in `classes` order), as py3langid computes it."""
        if not self.simple:
            ranked = dict(self.ident.rank(text))
            return [ranked[c] for c in self.classes]
        counts, length = self.features(text)
        np = self._np
        if not counts:
            return self._uniform()
        idx = np.fromiter(counts.keys(), dtype=np.intp, count=len(counts))
        n = np.fromiter(counts.values(), dtype=np.float32, count=len(counts))
        scores = np.log1p(n) @ self.ptc[idx] + self.pc
        scores *= 1.0 / math.sqrt(length or 1)
        np.exp(scores - scores.max(), out=scores)
        scores /= scores.sum()
        return scores.tolist()

    def _uniform(self) -> list[float]:
        """py3langid's uniform distribution for a text without features, in float32."""
        n_classes = len(self.classes)
        return [float(self._np.float32(1.0) / self._np.float32(n_classes))] * n_classes

    def features(self, text: str) -> tuple[Counter[int], int]:
        """py3langid's feature counts of `text` and the length in bytes it normalises by."""
        if text.isupper():
            text = text.lower()
        if not text.isascii():
            text = unicodedata.normalize("NFC", text)
        data = text.encode("utf8", errors="surrogatepass")
        # The walk is py3langid's, a word (with its trailing space) at a time: what a word
        # yields depends only on the state the walk reaches it in and its bytes, so the
        # common (state, word) pairs are walked once. Same features, same order.
        cache = self._words
        state = 0
        found: list[int] = []
        for word in _WORDS.findall(data):
            if len(word) > _LONGEST_CACHED_WORD:
                # a run of thousands of bytes without a space (hostile or not) is walked
                # but never kept: the cache's size stays bounded in bytes, not only entries
                walked = self._walk(state, word)
                state = walked[0]
                found += walked[1]
                continue
            key = (state, word)
            walked = cache.get(key)
            if walked is None:
                if len(cache) > _WORD_CACHE_LIMIT:
                    cache.clear()
                walked = cache[key] = self._walk(state, word)
            state = walked[0]
            found += walked[1]
        return Counter(found), len(data)

    def probabilities_many(self, texts: list[str]) -> list[list[float]]:
        """`probabilities` of each text, the numpy steps done once for the whole page.

        Each text's scores are still its own float32 product of the same rows in the same
        order (one matrix product per text would cost a dozen numpy calls a message, which
        was a third of language ID); only the softmax runs over the page at once.
        """
        if not self.simple:
            return [self.probabilities(t) for t in texts]
        np = self._np
        walked = [self.features(t) for t in texts]
        with_features = [i for i, (counts, _) in enumerate(walked) if counts]
        out: list[list[float]] = [self._uniform()] * len(texts)
        if not with_features:
            return out
        scores = np.empty((len(with_features), len(self.classes)), dtype=np.float32)
        sizes = [len(walked[i][0]) for i in with_features]
        total = sum(sizes)
        keys = chain.from_iterable(walked[i][0].keys() for i in with_features)
        idx = np.fromiter(keys, dtype=np.intp, count=total)
        values = chain.from_iterable(walked[i][0].values() for i in with_features)
        weights = np.fromiter(values, dtype=np.float32, count=total)
        np.log1p(weights, out=weights)
        rows = self.ptc[idx]  # every text's rows in one gather
        matmul = np.matmul
        start = 0
        for row, size in enumerate(sizes):
            end = start + size
            matmul(weights[start:end], rows[start:end], out=scores[row])
            start = end
        scores += self.pc
        # float32 like the scalar in `probabilities` (numpy casts a Python float to the
        # array's type before multiplying)
        scale = np.array(
            [1.0 / math.sqrt(walked[i][1] or 1) for i in with_features], dtype=np.float32
        )
        scores *= scale[:, None]
        scores -= scores.max(axis=1, keepdims=True)
        np.exp(scores, out=scores)
        scores /= scores.sum(axis=1, keepdims=True)
        for row, probs in zip(with_features, scores.tolist(), strict=True):
            out[row] = probs
        return out


_ranker: _Ranker | None = None
#: a word with the space after it (a lone space between two spaces)
_WORDS = re.compile(rb"[^ ]+ ?| ")
#: (state, word) walks kept, of words up to 32 bytes (≈400 bytes an entry at most), cleared
#: when full: ≈16 MB at worst
_WORD_CACHE_LIMIT = 40_000
_LONGEST_CACHED_WORD = 32


def warm_up() -> None:
    """Load the model now rather than on the first message (call it at app start)."""
    _get_identifier()


def detect(text: str) -> str:
    """ISO 639-1 code of `text` (already cleaned), or "und" when there is too little to tell."""
    return detect_with_runner_up(text)[0]


def detect_with_runner_up(text: str) -> tuple[str, str | None]:
    """The language of `text` and, when detection hesitates, the next supported candidate.

    Close languages (es/pt, it/es) are confused on short texts; the intent scorer reads the
    runner-up's cues too rather than miss a request written in the other one.
    """
    if not any(ch.isalpha() for ch in text):
        return UNDETERMINED, None
    if _ranker is None:
        _get_identifier()
    ranker = _ranker
    assert ranker is not None
    return _decide(ranker, ranker.probabilities(text))


def _decide(ranker: _Ranker, probs: list[float]) -> tuple[str, str | None]:
    """The language and runner-up from the probabilities of every candidate."""
    classes = ranker.classes
    # py3langid ranks with a stable sort: the first of equal scores wins, as max() picks it
    top = max(range(len(probs)), key=probs.__getitem__)
    best, prob = classes[top], probs[top]
    supported = sorted(
        ((classes[i], probs[i]) for i in ranker.supported), key=lambda lp: lp[1], reverse=True
    )
    runner_up = next((lang for lang, p in supported if lang != best and p >= _RUNNER_UP), None)
    if prob >= _CONFIDENT:
        return best, runner_up
    total = sum(p for _, p in supported)
    if total > 0 and supported[0][1] / total >= _SUPPORTED_SHARE:
        lang = supported[0][0]
        return lang, next((cand for cand, p in supported[1:2] if p >= _RUNNER_UP), None)
    return UNDETERMINED, None


def detect_many(texts: list[str]) -> list[tuple[str, str | None]]:
    """`detect_with_runner_up` for each text of a page (the same answers, less numpy a text)."""
    if _ranker is None:
        _get_identifier()
    ranker = _ranker
    assert ranker is not None
    out: list[tuple[str, str | None]] = [(UNDETERMINED, None)] * len(texts)
    lettered = [i for i, t in enumerate(texts) if any(ch.isalpha() for ch in t)]
    probs = ranker.probabilities_many([texts[i] for i in lettered])
    for i, p in zip(lettered, probs, strict=True):
        out[i] = _decide(ranker, p)
    return out


def normalise_hint(hint: str | None) -> str | None:
    """'en-GB', 'EN', 'pt_BR' → 'en', 'pt'; anything that is not a language tag → None."""
    if not hint:
        return None
    code = hint.strip().replace("_", "-").split("-", 1)[0].lower()
    if len(code) == 2 and code.isascii() and code.isalpha():
        return code
    return None
