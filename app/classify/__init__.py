"""Offline classifiers for routing: language, sentiment and intent of an inbound message.

Pure Python, no Qt, no database, no network: the ingest pipeline calls `classify` for every
message, so it must be cheap and must never raise on what strangers send (NUL bytes, lone
surrogates, bidi overrides, megabytes). Cost: ``classify_us_per_msg`` of
``python -m tests.bench routing`` (CPU microseconds a message on distinct texts). Where the time
went and what was done about it, all without changing a verdict (tests/unit/app/classify/
test_fingerprint.py compares 2,000 verdicts with those stored before):

- language ID walks py3langid's model itself, a word at a time with the common
  (state, word) walks kept (language.py), not through py3langid's wrapper layers;
- the English model's known features are looked up once per message, its strongest features
  read from a table made once (linear.py), tokens squeezed and cut into letter n-grams once;
- intent cues are tried only when their literal start, or the characters every match needs,
  are in the text (intents.py);
- the last 4,096 verdicts are remembered by cleaned text and language hint (a pile-on pastes
  the same words hundreds of times).

Intents, and the department each is meant for:

- complaint — dissatisfaction with product, delivery, billing or staff (customer service)
- question — asks for information: hours, shipping, compatibility, how-to (customer service)
- purchase_intent — a lead: wants to buy, asks for prices, quotes, volume (sales)
- feature_request — asks for something the product does not do (product)
- bug_report — something the product should do fails: crashes, errors (R&D)
- praise — thanks and compliments (marketing / community)
- urgent_safety — a person or their money is at risk now: fire, smoke, shock, injury,
  hacked account, fraud, threats, self-harm (customer service, top priority)
- crisis_signal — reputational danger: boycott calls, lawyers, press, regulators, data
  breaches, recalls, discrimination accusations, posts going viral (PR)
- other — greetings, tags, giveaways, chatter

Why a rule/lexicon scorer for intent rather than a trained model: routing decisions must be
explainable to the agent who receives the message and to whoever edits the routing rules
("sent to PR because: 'lawyer', 'the press'"); every `Classification` carries that evidence.
Our labelled sample (552 messages, ~40 training examples per intent spread over six
languages) is far too small to train a multilingual model that beats hand-written cues, and a
pretrained multilingual model would mean a download of hundreds of megabytes and
milliseconds per message. Cues are data (intent_lexicon.py): a new phrase or language is a
one-line change, reviewed like code, with the held-out evaluation in the tests guarding
against regressions. The cost is recall on phrasings nobody wrote down; see the precision and
recall per intent reported by the bench.

Sentiment is VADER blended with a model trained on public review sentences for English, our
lexicons for es/fr/de/pt/it (sentiment.py); language is py3langid restricted to languages seen
on brand accounts (language.py). Measured on public data in tests/bench/classify_bench.py.
"""

from __future__ import annotations

import math
import threading
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType

from app.classify import intents as _intents
from app.classify import language as _language
from app.classify import sentiment as _sentiment
from app.classify._text import clean, fold

__all__ = [
    "Classification",
    "Intent",
    "SUPPORTED_LANGUAGES",
    "classify",
    "classify_many",
    "clear_cache",
    "warm_up",
]
# reasons.py turns a Classification into the stored evidence and the inbox's "why" lines

SUPPORTED_LANGUAGES = _language.SUPPORTED


class Intent(StrEnum):
    """What the author wants; the value is the stable name used in rules and exports."""

    COMPLAINT = "complaint"
    QUESTION = "question"
    PURCHASE_INTENT = "purchase_intent"
    FEATURE_REQUEST = "feature_request"
    BUG_REPORT = "bug_report"
    PRAISE = "praise"
    URGENT_SAFETY = "urgent_safety"
    CRISIS_SIGNAL = "crisis_signal"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Classification:
    """The verdict on one message.

    `intents` holds every intent whose evidence reached the threshold, most confident first
    (`intent` is the first); `scores` has a confidence in [0, 1] for every intent; `evidence`
    says which cues fired, for display next to a routing decision.
    """

    language: str
    sentiment: float
    sentiment_label: str
    intents: tuple[Intent, ...]
    scores: Mapping[Intent, float] = field(hash=False, compare=False)
    evidence: tuple[str, ...] = field(default=(), compare=False)
    #: what moved the sentiment score: lexicon words, emoticons, VADER's score, irony
    sentiment_cues: tuple[str, ...] = field(default=(), compare=False)
    #: the trained sentence model's strongest features for its side, with their weights
    model_features: tuple[tuple[str, float], ...] = field(default=(), compare=False)

    @property
    def intent(self) -> Intent:
        return self.intents[0]


_PROBLEMS = frozenset({"complaint", "bug_report", "urgent_safety", "crisis_signal"})
_PROBLEM_SENTIMENT = -0.25
_CONFIDENCE_SCALE = 1.5  # raw evidence → confidence: 1 - exp(-raw / scale)


_BY_NAME: dict[str, Intent] = {intent.value: intent for intent in Intent}
_NO_SCORES: dict[Intent, float] = dict.fromkeys(Intent, 0.0)


def _confidence(raw: float) -> float:
    return 1.0 - math.exp(-raw / _CONFIDENCE_SCALE) if raw > 0 else 0.0


def classify(text: str, language_hint: str | None = None) -> Classification:
    """Classify one message. `language_hint` (e.g. the network's "lang" field) wins over
    detection when it is a language tag."""
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    cleaned = clean(text)
    hinted = _language.normalise_hint(language_hint)
    if len(cleaned) <= _LONGEST_REMEMBERED:
        return _remembered(cleaned, hinted)
    return _classify_cleaned(cleaned, hinted)


#: Identical texts are common exactly when ingest is busiest (a boycott call pasted by
#: hundreds, retweets, bots): the verdict is a pure function of the cleaned text and the hint
#: (the shipped models never change in a process), and a Classification is immutable, so the
#: last few thousand are kept. Call `clear_cache` after changing a model or a lexicon in place.
#: Texts longer than a post on any of our networks (Mastodon's 500) are not kept: ≈4 MB of
#: texts at most.
_CACHE_SIZE = 4096
_LONGEST_REMEMBERED = 500


def classify_many(
    texts: Sequence[str], language_hints: Sequence[str | None] | None = None
) -> list[Classification]:
    """`classify` for a page of messages: the same verdicts, in order, for less work a message.

    Ingest stores a page at a time; what costs per call rather than per word (numpy's call
    overhead in language ID, the model reads) is paid once for the page here.
    """
    hints = [None] * len(texts) if language_hints is None else list(language_hints)
    if len(hints) != len(texts):
        raise ValueError("one language hint a text (None where there is none)")
    for text in texts:
        if not isinstance(text, str):
            raise TypeError(f"text must be str, not {type(text).__name__}")
    cleaned = [clean(text) for text in texts]
    hinted = [_language.normalise_hint(h) for h in hints]
    out: list[Classification | None] = [None] * len(texts)
    todo: list[int] = []
    seen: dict[tuple[str, str | None], int] = {}
    for i, (c, h) in enumerate(zip(cleaned, hinted, strict=True)):
        if len(c) <= _LONGEST_REMEMBERED:
            key = (c, h)
            found = _peek(key)
            if found is not None:
                out[i] = found
                continue
            if key in seen:  # the same words twice in one page: classified once
                continue
            seen[key] = i
        todo.append(i)
    detect = [i for i in todo if not hinted[i]]
    languages = dict(zip(detect, _language.detect_many([cleaned[i] for i in detect]), strict=True))
    for i in todo:
        lang = (hinted[i], None) if hinted[i] else languages[i]
        result = _classify_detected(cleaned[i], lang)
        out[i] = result
        if len(cleaned[i]) <= _LONGEST_REMEMBERED:
            _remember((cleaned[i], hinted[i]), result)
    for i, result in enumerate(out):
        if result is None:  # a repeat within the page
            out[i] = out[seen[(cleaned[i], hinted[i])]]
    return out  # type: ignore[return-value] - every slot is filled above


def _classify_cleaned(cleaned: str, hinted: str | None) -> Classification:
    lang = (hinted, None) if hinted else _language.detect_with_runner_up(cleaned)
    return _classify_detected(cleaned, lang)


def _classify_detected(cleaned: str, detected: tuple[str, str | None]) -> Classification:
    folded = fold(cleaned)
    lang, runner_up = detected
    reading = _sentiment.analyse(cleaned, folded, lang)
    sentiment = reading.score
    langs = (lang, runner_up) if runner_up else (lang,)
    sarcastic = _sentiment.is_sarcastic(folded)
    raw, evidence = _intents.score(folded, langs, sentiment, sarcastic)
    ranked = _intents.rank(raw)
    if ranked[0] in _PROBLEMS:
        # A report of a fire, a crash or a lawsuit is bad news whatever its words: VADER reads
        # "is it safe?" or "amazing work 🙃" as positive.
        sentiment = min(sentiment, _PROBLEM_SENTIMENT)
    if ranked == ["other"]:
        raw["other"] = max(raw.get("other", 0.0), _intents.THRESHOLD)
    # a copy of the all-zero mapping keeps Intent's order without hashing nine enum members
    # (an Enum's hash is Python code) for the one or two intents that have evidence
    scores = _NO_SCORES.copy()
    for name, value in raw.items():
        intent = _BY_NAME.get(name)
        if intent is not None:
            scores[intent] = _confidence(value)
    return Classification(
        language=lang,
        sentiment=round(sentiment, 4),
        sentiment_label=_sentiment.label(sentiment),
        intents=tuple(_BY_NAME[name] for name in ranked),
        scores=MappingProxyType(scores),
        evidence=tuple(evidence),
        sentiment_cues=tuple(reading.cues),
        model_features=tuple(reading.features),
    )


class _Remembered:
    """The last `_CACHE_SIZE` verdicts by (cleaned text, hint), least recently used dropped.

    An ordered dict rather than functools.lru_cache because `classify_many` must look a text up
    without classifying it (the page's misses are classified together) and store what it
    classified.
    """

    def __init__(self, size: int) -> None:
        self.size = size
        self.verdicts: OrderedDict[tuple[str, str | None], Classification] = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key: tuple[str, str | None]) -> Classification | None:
        with self.lock:
            found = self.verdicts.get(key)
            if found is not None:
                self.verdicts.move_to_end(key)
            return found

    def put(self, key: tuple[str, str | None], verdict: Classification) -> None:
        with self.lock:
            self.verdicts[key] = verdict
            self.verdicts.move_to_end(key)
            if len(self.verdicts) > self.size:
                self.verdicts.popitem(last=False)

    def clear(self) -> None:
        with self.lock:
            self.verdicts.clear()


_memory = _Remembered(_CACHE_SIZE)
_peek = _memory.get
_remember = _memory.put


def _remembered(cleaned: str, hinted: str | None) -> Classification:
    key = (cleaned, hinted)
    found = _peek(key)
    if found is None:
        found = _classify_cleaned(cleaned, hinted)
        _remember(key, found)
    return found


def clear_cache() -> None:
    """Forget remembered verdicts (tuning tools that swap a model or a cut-off in place)."""
    _memory.clear()


def warm_up() -> None:
    """Load the language model and VADER's lexicon (≈0.5 s) before the first message."""
    _language.warm_up()
    _sentiment.warm_up()
    fold("é")  # builds the table of combining marks
