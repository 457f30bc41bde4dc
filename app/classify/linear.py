"""A small linear text classifier (softmax regression over word and character n-grams), numpy only.

Two jobs use it: the English sentiment model trained at load time from the public sentences
shipped in resources/public_eval (see sentiment.py), and the per-workspace model that learns
from the team's corrections (learning.py). Both need the same three things: features that
survive the way customers write (stretched words, typos, missing accents — character n-grams
catch "Odiooo" and "decepcionadisimo"), a model small enough to store in a database row, and
an explanation of every verdict (the features that weighed most).

Why not scikit-learn: 30+ MB of wheels (scipy) for a few dozen lines of gradient descent on a
few thousand short texts; numpy is already installed for the language identifier.

Features are strings ("w:refund", "b:not good", "c:efun"), not hashes: a model stored in the
database must read the same tomorrow, in another process (Python's str hash is salted per
process), and its vocabulary says in words why it decided.
"""

from __future__ import annotations

import io
import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from app.classify.intent_lexicon import NEGATORS

_TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?|[:;=xX8][-o^']?[()\[\]DPp/\\|*](?!\w)|<3|[!?.,;]")
_CLAUSE_END = frozenset(".,;!?")
#: words after a negator, up to the end of the clause or three words, read as "NOT_word": a bag
#: of words otherwise learns that "bad" in "not bad at all" is bad
_NEGATION_SCOPE = 3
_NEGATORS = frozenset().union(*NEGATORS.values()) - {"n'"}
_STRETCH = re.compile(r"(\w)\1{2,}")
_EMOTICON_PREFIX = tuple(":;=8xX<")


#: words repeat across messages: each distinct token's squeezed form and letter 4-grams are
#: computed once (bounded: cleared when full, so hostile text cannot grow it without end)
_CACHE_LIMIT = 50_000
#: longer tokens (a hostile run of letters) are worked out each time, never kept
_LONGEST_CACHED_TOKEN = 40
_squeezed: dict[str, str] = {}
_grams: dict[str, list[str]] = {}


def tokens(folded: str) -> list[str]:
    """Words and emoticons of folded text, stretched letters squeezed ("odiooo" → "odio")."""
    out = _TOKEN.findall(folded)
    cache = _squeezed
    for i, tok in enumerate(out):
        if len(tok) > _LONGEST_CACHED_TOKEN:
            out[i] = tok if tok.startswith(_EMOTICON_PREFIX) else _STRETCH.sub(r"\1", tok)
        elif len(tok) > 2:
            squeezed = cache.get(tok)
            if squeezed is None:
                if len(cache) > _CACHE_LIMIT:
                    cache.clear()
                squeezed = cache[tok] = (
                    tok if tok.startswith(_EMOTICON_PREFIX) else _STRETCH.sub(r"\1", tok)
                )
            out[i] = squeezed
    return out


def _char_grams(tok: str) -> list[str]:
    if len(tok) > _LONGEST_CACHED_TOKEN:
        padded = f"<{tok}>"
        return ["c:" + padded[i : i + 4] for i in range(len(padded) - 3)]
    grams = _grams.get(tok)
    if grams is None:
        if len(_grams) > _CACHE_LIMIT:
            _grams.clear()
        padded = f"<{tok}>"
        grams = _grams[tok] = ["c:" + padded[i : i + 4] for i in range(len(padded) - 3)]
    return grams


def _negation_marked(toks: list[str]) -> list[str]:
    out = []
    scope = 0
    for tok in toks:
        if tok in _CLAUSE_END:
            scope = 0
            if tok in "!?":
                out.append(tok)
            continue
        if scope:
            out.append("NOT_" + tok)
            scope -= 1
        else:
            out.append(tok)
        if tok in _NEGATORS or tok.endswith("n't") or tok.startswith("n'"):
            scope = _NEGATION_SCOPE
    return out


def features(folded: str, char_ngrams: bool = True) -> list[str]:
    """Feature strings of one folded text: words (negation-marked), word pairs, letter 4-grams."""
    toks = _negation_marked(tokens(folded))
    feats = ["w:" + t for t in toks]
    feats += ["b:" + a + " " + b for a, b in zip(toks, toks[1:], strict=False)]
    if char_ngrams:
        for t in toks:
            if len(t) > 4 and not t.startswith("NOT_"):
                feats += _char_grams(t)
    return feats


@dataclass
class LinearModel:
    """Softmax regression: weights per (feature, class), a bias per class."""

    classes: tuple[str, ...]
    vocab: dict[str, int]
    weights: np.ndarray  # (len(vocab), len(classes)), float32
    bias: np.ndarray  # (len(classes),)
    #: per feature and class, how far the feature pushes to that class against the others
    #: (`top_found`'s arithmetic, done once for the whole vocabulary on first use)
    _lift: np.ndarray | None = field(default=None, init=False, repr=False, compare=False)
    _read_tables: tuple[list[np.ndarray], np.ndarray] | None = field(
        default=None, init=False, repr=False, compare=False
    )

    def scores(self, feats: Sequence[str]) -> np.ndarray:
        return self._scores([r for _, r in self.found(feats)])

    def found(self, feats: Sequence[str]) -> list[tuple[str, int]]:
        """The distinct features of a text the model knows, with their rows: one pass serves
        `known`, `proba` and `top_features` (the English sentiment blend asks all three).

        In the text's order, not a set's: a set's order follows Python's per-process string
        hash, so the sums' last bits and which of equally weighted features is shown changed
        from one process to the next (the worker classifies in a second process)."""
        vocab = self.vocab
        return [(f, vocab[f]) for f in dict.fromkeys(feats) if f in vocab]

    def _scores(self, rows: list[int]) -> np.ndarray:
        z = self.bias.astype(np.float64)
        if rows:
            z = z + self.weights[rows].sum(axis=0)
        return z

    def proba(self, feats: Sequence[str]) -> dict[str, float]:
        return self.proba_found(self.found(feats))

    def proba_found(self, found: list[tuple[str, int]]) -> dict[str, float]:
        """`proba` for what `found` returned."""
        z = self._scores([r for _, r in found])
        e = np.exp(z - z.max())
        p = e / e.sum()
        return {c: float(v) for c, v in zip(self.classes, p, strict=True)}

    def known(self, feats: Sequence[str]) -> int:
        """How many distinct features of a text the model has seen in training."""
        return sum(1 for f in dict.fromkeys(feats) if f in self.vocab)

    def top_features(self, feats: Sequence[str], cls: str, k: int = 3) -> list[tuple[str, float]]:
        """The features of a text that pushed most towards `cls` (against the other classes)."""
        return self.top_found(self.found(feats), cls, k)

    def top_found(
        self, found: list[tuple[str, int]], cls: str, k: int = 3
    ) -> list[tuple[str, float]]:
        """`top_features` for what `found` returned."""
        j = self.classes.index(cls)
        if not found:
            return []
        w = self.weights[[r for _, r in found]]
        lift = w[:, j] - (w.sum(axis=1) - w[:, j]) / max(1, len(self.classes) - 1)
        order = np.argsort(-lift)[:k]
        return [(found[i][0], round(float(lift[i]), 3)) for i in order if lift[i] > 0]

    def read(
        self, found: list[tuple[str, int]], k: int
    ) -> tuple[dict[str, float], str, list[tuple[str, float]]]:
        """`proba_found`, the likeliest class and `top_found` for it, from one gather of the
        weights: the same arithmetic as those three calls, a third of the numpy calls."""
        rows = [r for _, r in found]
        lift_by_class, bias = self._tables()
        z = bias + self.weights[rows].sum(axis=0)
        e = np.exp(z - z.max())
        p = e / e.sum()
        proba = dict(zip(self.classes, p.tolist(), strict=True))
        side = max(proba, key=proba.__getitem__)
        lift = lift_by_class[self.classes.index(side)][rows]
        order = np.argsort(-lift)[:k].tolist()
        values = lift.tolist()
        top = [(found[i][0], round(values[i], 3)) for i in order if values[i] > 0]
        return proba, side, top

    def lift(self) -> np.ndarray:
        """`top_found`'s lift of every vocabulary feature for every class, (vocab, classes).

        Element by element the same float32 operations as on a text's gathered rows, so the
        values are identical; computed once instead of a dozen numpy calls per message."""
        if self._lift is None:
            w = self.weights
            others = max(1, len(self.classes) - 1)
            total = w.sum(axis=1)
            self._lift = np.stack(
                [w[:, j] - (total - w[:, j]) / others for j in range(len(self.classes))], axis=1
            )
        return self._lift

    def _tables(self) -> tuple[list[np.ndarray], np.ndarray]:
        """The lift table one contiguous column per class, and the bias as float64."""
        if self._read_tables is None:
            lift = self.lift()
            self._read_tables = (
                [np.ascontiguousarray(lift[:, j]) for j in range(len(self.classes))],
                self.bias.astype(np.float64),
            )
        return self._read_tables

    def to_bytes(self) -> bytes:
        """A compact, versioned serialisation for a database column (no pickle)."""
        buf = io.BytesIO()
        words = sorted(self.vocab, key=self.vocab.__getitem__)
        np.savez_compressed(
            buf,
            header=np.frombuffer(
                json.dumps({"v": 1, "classes": list(self.classes), "vocab": words}).encode(),
                dtype=np.uint8,
            ),
            weights=self.weights.astype(np.float16),
            bias=self.bias.astype(np.float32),
        )
        return buf.getvalue()

    @classmethod
    def from_bytes(cls, data: bytes) -> LinearModel:
        with np.load(io.BytesIO(data), allow_pickle=False) as z:
            header = json.loads(z["header"].tobytes().decode())
            if header.get("v") != 1:
                raise ValueError("unknown model format")
            vocab = {w: i for i, w in enumerate(header["vocab"])}
            return cls(tuple(header["classes"]), vocab, z["weights"].astype(np.float32), z["bias"])


def train(
    docs: Sequence[Sequence[str]],
    labels: Sequence[str],
    *,
    l2: float = 1e-3,
    epochs: int = 120,
    rate: float = 0.1,
    min_count: int = 1,
    max_features: int = 60_000,
    max_share: float = 1.0,
    weights: Sequence[float] | None = None,
) -> LinearModel:
    """Fit softmax regression by full-batch Adam on feature lists `docs` with `labels`.

    `max_share` drops features found in more than that share of the documents ("the", "i"):
    with few labels they would otherwise carry whatever the labelled texts had in common."""
    classes = tuple(sorted(set(labels)))
    counts: Counter[str] = Counter(f for doc in docs for f in dict.fromkeys(doc))
    ceiling = max(max_share * len(docs), 3)  # a tiny set keeps what it has
    kept = [
        f
        for f, n in counts.most_common(max_features)
        if n >= min_count and (n <= ceiling or f.startswith("s:"))
    ]
    vocab = {f: i for i, f in enumerate(kept)}
    rows, cols = [], []
    for i, doc in enumerate(docs):
        for f in dict.fromkeys(doc):
            j = vocab.get(f)
            if j is not None:
                rows.append(i)
                cols.append(j)
    r = np.asarray(rows, dtype=np.int64)
    c = np.asarray(cols, dtype=np.int64)
    n, v, k = len(docs), len(vocab), len(classes)
    y = np.zeros((n, k))
    y[np.arange(n), [classes.index(lab) for lab in labels]] = 1.0
    sw = np.ones(n) if weights is None else np.asarray(weights, dtype=np.float64)
    sw = sw / sw.sum()
    w = np.zeros((v, k))
    b = np.zeros(k)
    mw, vw, mb, vb = np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    for step in range(1, epochs + 1):
        z = np.zeros((n, k))
        for j in range(k):
            z[:, j] = np.bincount(r, weights=w[c, j], minlength=n)
        z += b
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        g = (p - y) * sw[:, None]
        gw = np.empty_like(w)
        for j in range(k):
            gw[:, j] = np.bincount(c, weights=g[r, j], minlength=v)
        gw += l2 * w
        gb = g.sum(axis=0)
        mw = beta1 * mw + (1 - beta1) * gw
        vw = beta2 * vw + (1 - beta2) * gw * gw
        mb = beta1 * mb + (1 - beta1) * gb
        vb = beta2 * vb + (1 - beta2) * gb * gb
        corr1, corr2 = 1 - beta1**step, 1 - beta2**step
        w -= rate * (mw / corr1) / (np.sqrt(vw / corr2) + eps)
        b -= rate * (mb / corr1) / (np.sqrt(vb / corr2) + eps)
    return LinearModel(classes, vocab, w.astype(np.float32), b.astype(np.float32))
