"""The intent scorer: weighted cues from intent_lexicon.py, negation, and sentiment.

Each message gets a score per intent: the sum of the weights of the cues found in it (a cue
counts once however often it occurs), plus a little from sentiment (a clearly negative message
leans to complaint, a clearly positive one to praise). Intents whose score reaches
`THRESHOLD` are reported, best first; with none, the message is "other".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from app.classify.intent_lexicon import LEXICON, NEGATORS

THRESHOLD = 1.0
# (compound at or below / above, weight added). A weight of THRESHOLD makes a clearly negative
# message a complaint and a clearly positive one praise when no cue says otherwise: customers
# complain in plain words ("The item received was Counterfeit.") no cue list can foresee.
# Chosen by five-fold cross-validation on the public training sentences (tests/bench/public/
# tune.py): complaint precision 0.87 / recall 0.76, praise 0.93 / 0.71 out of fold.
NEGATIVE_LEANS_COMPLAINT = (-0.15, 1.0)
POSITIVE_LEANS_PRAISE = (0.3, 1.0)

QUESTION_DISCOUNT = 0.5
_SPECIFIC = ("purchase_intent", "feature_request", "bug_report", "urgent_safety", "crisis_signal")

# Ties go to the intent whose miss costs most.
PRIORITY: tuple[str, ...] = (
    "urgent_safety", "crisis_signal", "bug_report", "complaint", "purchase_intent",
    "feature_request", "question", "praise", "other",
)  # fmt: skip

_WORDS_BEFORE = re.compile(r"[\w']+")
_CLAUSE_END = re.compile(r"[.!?;,:]")
_NO_LEADING_ANCHOR = ("[", "\\?", "¿", "^", "(?:^", "#")


@dataclass(frozen=True, slots=True)
class Cue:
    intent: str
    weight: float
    regex: re.Pattern[str]
    lead: bool  # must start at a word boundary (checked in Python, see _anchor)
    flip_to: str | None  # intent that gets the weight when the cue is negated
    only_negated: bool  # counts only when negated ("not happy")
    source: str


def _anchor(pattern: str) -> tuple[str, bool]:
    """The pattern with a word-end check, and whether its start must be a word start.

    The start is checked in Python on the (rare) match rather than with a look-behind: a
    leading look-behind stops the regex engine from skipping ahead to the pattern's possible
    first characters and makes every search ~10× slower.
    """
    lead = not pattern.startswith(_NO_LEADING_ANCHOR) and pattern[0].isascii()
    tail = r"(?!\w)" if pattern[-1].isalnum() or pattern.endswith((")", "*", "+", "}")) else ""
    return f"(?:{pattern}){tail}", lead


def _parse(intent: str, block: str) -> list[Cue]:
    cues = []
    for raw in block.strip().splitlines():
        line = raw.strip()
        if not line:
            continue
        weight, rest = line.split(" ", 1)
        flip_to, only_negated = None, False
        if rest.startswith("~"):
            flip, rest = rest.split(" ", 1)
            flip_to = flip[1:]
        elif rest.startswith("! "):
            only_negated, rest = True, rest[2:]
        anchored, lead = _anchor(rest)
        cues.append(
            Cue(intent, float(weight), re.compile(anchored), lead, flip_to, only_negated, rest)
        )
    return cues


CUES: dict[str, list[Cue]] = {
    lang: [cue for intent, block in blocks.items() for cue in _parse(intent, block)]
    for lang, blocks in LEXICON.items()
}


def _negated(folded: str, start: int, lang: str) -> bool:
    negators = NEGATORS.get(lang)
    if not negators:
        return False
    window = _CLAUSE_END.split(folded[max(0, start - 40) : start])[-1]
    before = _WORDS_BEFORE.findall(window)[-3:]
    return any(w in negators or (lang == "fr" and w.startswith("n'")) for w in before)


def _hits(folded: str, cues: list[Cue]) -> Iterator[tuple[Cue, re.Match[str]]]:
    """First acceptable match of each cue that occurs in `folded`."""
    for cue in cues:
        for match in cue.regex.finditer(folded):
            start = match.start()
            if cue.lead and start and _is_word_char(folded[start - 1]):
                continue
            yield cue, match
            break


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _score_language(folded: str, lang: str, cues: list[Cue]) -> tuple[dict[str, float], list[str]]:
    scores: dict[str, float] = {}
    evidence: list[str] = []
    for cue, match in _hits(folded, cues):
        target: str | None = cue.intent
        if cue.flip_to or cue.only_negated:
            negated = _negated(folded, match.start(), lang)
            if cue.only_negated:
                target = cue.intent if negated else None
            elif negated:
                target = cue.flip_to
        if target is None:
            continue
        scores[target] = scores.get(target, 0.0) + cue.weight
        evidence.append(f"{target} +{cue.weight:g}: {match.group(0).strip()!r}")
    return scores, evidence


def score(
    folded: str, langs: tuple[str, ...], sentiment: float, sarcastic: bool = False
) -> tuple[dict[str, float], list[str]]:
    """Scores per intent (only those with evidence) and the evidence, for `folded` text.

    `langs` picks the lexicons (the detected language, maybe a runner-up); per intent the
    better-scoring language counts. A language we have no cues for uses English, which brand
    followers everywhere borrow from ("bug", "refund", "please add"). Cues for any language
    (emoji, hashtags) count once.
    """
    scores, evidence = _score_language(folded, langs[0] if langs else "en", CUES["*"])
    best: dict[str, float] = {}
    best_evidence: dict[str, list[str]] = {}
    for lang in langs or ("en",):
        own, own_evidence = _score_language(folded, lang, CUES.get(lang, CUES["en"]))
        for intent, value in own.items():
            if value > best.get(intent, 0.0):
                best[intent] = value
                best_evidence[intent] = [e for e in own_evidence if e.startswith(intent + " ")]
    for intent, value in best.items():
        scores[intent] = scores.get(intent, 0.0) + value
        evidence.extend(best_evidence[intent])
    if sarcastic and "praise" in scores:
        # "Great update, now nothing loads 🙃": the praise words are the complaint.
        moved = scores.pop("praise")
        scores["complaint"] = scores.get("complaint", 0.0) + moved
        evidence.append(f"complaint +{moved:g}: ironic praise")
    at, weight = NEGATIVE_LEANS_COMPLAINT
    if sentiment <= at:
        scores["complaint"] = scores.get("complaint", 0.0) + weight
        evidence.append(f"complaint +{weight:g}: sentiment {sentiment:.2f}")
    at, weight = POSITIVE_LEANS_PRAISE
    if sentiment >= at and not sarcastic:
        scores["praise"] = scores.get("praise", 0.0) + weight
        evidence.append(f"praise +{weight:g}: sentiment {sentiment:.2f}")
    if "question" in scores and any(scores.get(i, 0.0) >= THRESHOLD for i in _SPECIFIC):
        # A question about buying is a lead, about a missing feature a request: the
        # interrogative form alone should not outrank what the question is about.
        scores["question"] *= QUESTION_DISCOUNT
    return scores, evidence


def rank(scores: dict[str, float]) -> list[str]:
    """Intents that reach the threshold, best first (ties by PRIORITY); ["other"] if none."""
    chosen = [intent for intent, value in scores.items() if value >= THRESHOLD]
    if not chosen:
        return ["other"]
    return sorted(chosen, key=lambda intent: (-scores[intent], PRIORITY.index(intent)))
