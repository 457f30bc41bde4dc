"""Sentiment: VADER for English, a VADER-style scorer with our own lexicons for the others.

VADER (Hutto & Gilbert 2014) is a rule-and-lexicon model tuned on social-media text: emoji,
caps, "!!!", boosters, negation, "but". It only knows English, so for Spanish, French, German,
Portuguese and Italian we apply the same arithmetic (valences on VADER's −4…+4 scale, negation
×−0.74, booster ±0.293, "but"-clauses weighted, the same normalisation x/√(x²+15)) to word lists
of our own in sentiment_lexicon.py. All languages therefore share one compound scale and one
pair of label thresholds.

Ironic praise is common in complaints ("Great update, now nothing loads 🙃"); a small set of
markers turns a positive score negative.
"""

from __future__ import annotations

import math
import re
import threading

from app.classify.intent_lexicon import NEGATORS
from app.classify.sentiment_lexicon import (
    BOOSTERS,
    EMOJI,
    ENGLISH_ADDITIONS,
    ENGLISH_EMOJI_WORDS,
    SARCASM,
    SENTIMENT,
)

# Compound thresholds for the three labels, chosen on the training split (see the bench).
POSITIVE_AT = 0.5
NEGATIVE_AT = -0.05

_NEGATION_FACTOR = -0.74  # VADER's N_SCALAR
_BOOST = 0.293  # VADER's B_INCR
_EXCLAIM = 0.292  # VADER's per-"!" amplification, up to four
_ALPHA = 15.0  # VADER's normalisation constant
_CONTRAST = {"but", "pero", "mais", "aber", "mas", "ma", "pero,", "sin embargo"}

_WORD = re.compile(r"\w+(?:'\w+)?|[.!?;,:]")
_PUNCT = frozenset(".!?;,:")
# Handles and links say nothing about feeling ("@LumioHelp" is not "help").
_HANDLES = re.compile(r"[@#]\w+|https?://\S+|www\.\S+")
# Wishes and conditionals ("would be great if…") are requests, not satisfaction.
_IRREALIS = re.compile(
    r"\b(?:would(?! recommend)|wish|could|if only|ojala|seria|estaria|serait|j'aimerais|aimerais|ware|"
    r"wurde|queria|sarebbe|vorrei)\b"
)
_IRREALIS_FACTOR = 0.3
_SARCASM = re.compile(SARCASM)


class _Lexicon:
    """One language's valences: exact words plus stems (entries ending in "*")."""

    def __init__(self, source: str) -> None:
        self.words: dict[str, float] = {}
        self.stems: list[tuple[str, float]] = []
        for line in source.strip().splitlines():
            valence, *entries = line.split()
            for entry in entries:
                if entry.endswith("*"):
                    self.stems.append((entry[:-1], float(valence)))
                else:
                    self.words[entry] = float(valence)
        self.stems.sort(key=lambda item: -len(item[0]))

    def valence(self, word: str) -> float:
        found = self.words.get(word)
        if found is not None:
            return found
        for stem, value in self.stems:
            if word.startswith(stem):
                return value
        return 0.0


_LEXICONS = {lang: _Lexicon(source) for lang, source in SENTIMENT.items()}
_vader_lock = threading.Lock()
_vader = None


def _get_vader():  # noqa: ANN202 - vaderSentiment has no type hints
    global _vader
    if _vader is None:
        with _vader_lock:
            if _vader is None:
                from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

                analyzer = SentimentIntensityAnalyzer()
                analyzer.lexicon.update(ENGLISH_ADDITIONS)
                analyzer.emojis.update(ENGLISH_EMOJI_WORDS)
                _vader = analyzer
    return _vader


def warm_up() -> None:
    """Load VADER's lexicon now rather than on the first message."""
    _get_vader()


def _lexicon_compound(cleaned: str, folded: str, lang: str) -> float:
    lexicon = _LEXICONS[lang]
    negators = NEGATORS.get(lang, frozenset())
    boosters = BOOSTERS.get(lang, frozenset())
    words = _WORD.findall(folded)
    contrast_at = next((i for i, w in enumerate(words) if w in _CONTRAST), None)
    total = 0.0
    for i, word in enumerate(words):
        value = lexicon.valence(word)
        if not value:
            continue
        window = []
        for w in reversed(words[max(0, i - 3) : i]):
            if w in _PUNCT:
                break
            window.append(w)
        if window and window[0] in boosters:
            value += _BOOST if value > 0 else -_BOOST
        if any(w in negators or w.startswith("n'") for w in window):
            value *= _NEGATION_FACTOR
        if contrast_at is not None:
            value *= 0.5 if i < contrast_at else 1.5
        total += value
    for ch in set(cleaned):
        total += EMOJI.get(ch, 0.0)
    if total:
        total += math.copysign(min(cleaned.count("!"), 4) * _EXCLAIM, total)
    return total / math.sqrt(total * total + _ALPHA)


def compound(cleaned: str, folded: str, lang: str) -> float:
    """Sentiment of a cleaned message in [-1, 1]."""
    cleaned, folded = _HANDLES.sub(" ", cleaned), _HANDLES.sub(" ", folded)
    if lang in _LEXICONS:
        score = _lexicon_compound(cleaned, folded, lang)
    else:
        # English, and the fallback for languages we have no words for: VADER still reads
        # emoji, emoticons and English loanwords there.
        score = float(_get_vader().polarity_scores(cleaned)["compound"])
    if score > 0 and is_sarcastic(folded):
        score = -max(score, 0.3)
    elif score > 0 and _IRREALIS.search(folded):
        score *= _IRREALIS_FACTOR
    return max(-1.0, min(1.0, score))


def is_sarcastic(folded: str) -> bool:
    """Whether the text carries a marker of ironic praise (🙃, "thanks for nothing", …)."""
    return _SARCASM.search(folded) is not None


def label(score: float) -> str:
    """ "negative", "neutral" or "positive" for a compound score."""
    if score >= POSITIVE_AT:
        return "positive"
    if score <= NEGATIVE_AT:
        return "negative"
    return "neutral"
