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

try:  # the regex parser: to find the literal text every match of a cue must start with
    from re import _constants as _sre_c
    from re import _parser as _sre
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_constants as _sre_c  # type: ignore[no-redef]
    import sre_parse as _sre  # type: ignore[no-redef]

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
    #: literal starts, one of which every match begins with; () when there is none to check
    starts: tuple[str, ...] = ()
    #: characters every match contains, and those one of which it starts with (None: any):
    #: a text without them is not searched
    needs: frozenset[str] = frozenset()
    first: frozenset[str] | None = None


def _anchor(pattern: str) -> tuple[str, bool]:
    """The pattern with a word-end check, and whether its start must be a word start.

    The start is checked in Python on the (rare) match rather than with a look-behind: a
    leading look-behind stops the regex engine from skipping ahead to the pattern's possible
    first characters and makes every search ~10× slower.
    """
    lead = not pattern.startswith(_NO_LEADING_ANCHOR) and pattern[0].isascii()
    tail = r"(?!\w)" if pattern[-1].isalnum() or pattern.endswith((")", "*", "+", "}")) else ""
    return f"(?:{pattern}){tail}", lead


def _starts(pattern: str) -> tuple[str, ...]:
    """The literal texts one of which every match of `pattern` starts with, or ().

    Most messages contain none of a cue's words; a substring test in C rules the cue out
    before its regular expression runs (the intent scorer was the costliest part of
    classification: hundreds of cues a message). Only what the parser shows for certain is
    used; anything unclear gives () and the regex always runs.
    """
    try:
        parsed = _sre.parse(pattern)
    except re.error:
        return ()
    found = _prefixes(list(parsed))
    if not found or any(len(f) < 1 for f in found):
        return ()
    return tuple(sorted(set(found)))


def _char_filters(pattern: str) -> tuple[frozenset[str], frozenset[str] | None]:
    """The characters every match of `pattern` must contain, and the set one of which every
    match starts with (None when that is not certain).

    Cues with no literal start ("[😡🤬]", "\\?", a question form that ends in "?") used to be
    searched in every message; a set test rules most of them out first. As with `_starts`,
    only what the parser shows for certain is used.
    """
    try:
        parsed = list(_sre.parse(pattern))
    except re.error:
        return frozenset(), None
    return frozenset(_needs(parsed)), _first(parsed)


_REPEATS = (_sre_c.MAX_REPEAT, _sre_c.MIN_REPEAT, getattr(_sre_c, "POSSESSIVE_REPEAT", None))


def _needs(items: list) -> set[str]:  # noqa: ANN001 - the parser's own types
    out: set[str] = set()
    for op, av in items:
        if op is _sre_c.LITERAL:
            out.add(chr(av))
        elif op in _REPEATS and av[0] >= 1:
            out |= _needs(list(av[2]))
        elif op is _sre_c.SUBPATTERN and not av[1] and not av[2]:
            out |= _needs(list(av[3]))
        elif op is _sre_c.BRANCH:
            branches = [_needs(list(b)) for b in av[1]]
            if branches:
                out |= set.intersection(*branches)
    return out


def _first(items: list) -> frozenset[str] | None:  # noqa: ANN001 - the parser's own types
    for op, av in items:
        if op is _sre_c.AT:
            continue
        if op is _sre_c.LITERAL:
            return frozenset(chr(av))
        if op is _sre_c.IN:
            if all(o is _sre_c.LITERAL for o, _ in av):
                return frozenset(chr(v) for _, v in av)
            return None
        if op is _sre_c.BRANCH:
            found: set[str] = set()
            for branch in av[1]:
                inner = _first(list(branch))
                if inner is None:
                    return None
                found |= inner
            return frozenset(found)
        if op in _REPEATS and av[0] >= 1:
            return _first(list(av[2]))
        if op is _sre_c.SUBPATTERN and not av[1] and not av[2]:
            return _first(list(av[3]))
        return None
    return None


def _prefixes(items: list) -> list[str] | None:  # noqa: ANN001 - the parser's own types
    """Literal prefixes of a parsed sequence; None when a branch can start with anything."""
    out = [""]
    for op, av in items:
        if op is _sre_c.LITERAL:
            out = [o + chr(av) for o in out]
            continue
        if op is _sre_c.AT:
            continue
        if op is _sre_c.SUBPATTERN and not av[1] and not av[2]:
            inner = _prefixes(list(av[3]))
            if inner is None:
                return None if out == [""] else out
            out = [o + i for o in out for i in inner]
            if len(out) > 64:
                return None
            # an inner prefix shorter than the group's full text ends what we know
            return out
        if op is _sre_c.BRANCH:
            alts = []
            for branch in av[1]:
                inner = _prefixes(list(branch))
                if inner is None:
                    return None if out == [""] else out
                alts += inner
            out = [o + i for o in out for i in alts]
            return out if len(out) <= 64 else None
        break
    if out == [""]:
        return None
    return out


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
            Cue(
                intent,
                float(weight),
                re.compile(anchored),
                lead,
                flip_to,
                only_negated,
                rest,
                _starts(rest),
                *_char_filters(rest),
            )  # fmt: skip
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


class _CueIndex:
    """Which cues could match a text, from the literal texts their matches must start with.

    A text's three-letter windows are a set; a cue none of whose starts' first three letters
    is among them cannot match. Of the cues left, one whose literal starts are all absent from
    the text (a substring test in C) cannot match either, and its regular expression is never
    run: most texts hold a few of a language's hundred-odd cues, and running a regex (an
    iterator, a scan) for each three-letter neighbour ("ref" for "refund") was the intent
    scorer's largest cost. Cues without a literal start of three letters are always tried.
    """

    def __init__(self, cues: list[Cue]) -> None:
        self.cues = cues
        self.always: list[int] = []
        self.by_gram: dict[str, list[tuple[str, int]]] = {}
        for i, cue in enumerate(cues):
            grams = {start[:3] for start in cue.starts}
            anchored = cue.lead or cue.source.startswith("^")
            if not cue.starts or any(len(g) < 3 for g in grams) or not anchored:
                self.always.append(i)
                continue
            for start in cue.starts:
                self.by_gram.setdefault(start[:3], []).append((start, i))

    def candidates(self, folded: str, grams: set[str], chars: set[str]) -> list[Cue]:
        by_gram = self.by_gram
        found = set(self.always)
        for g in grams & by_gram.keys():
            for start, i in by_gram[g]:
                if start in folded:
                    found.add(i)
        cues = self.cues
        out = []
        for i in sorted(found):
            cue = cues[i]
            if cue.needs and not cue.needs <= chars:
                continue
            if cue.first is not None and cue.first.isdisjoint(chars):
                continue
            out.append(cue)
        return out


_INDEXES: dict[int, _CueIndex] = {}


#: three characters from each place a cue's match may start: the text's start, or after a
#: character that is not a word character. Every indexed cue either must start there (its
#: `lead`, checked in `_hits`) or is anchored at the start ("^(?:lol|…)$"); a set of these
#: windows is a third of every window's and built in C.
_START_GRAMS = re.compile(r"(?<!\w)(?=(.{3}))", re.DOTALL)


def _grams(folded: str) -> set[str]:
    return set(_START_GRAMS.findall(folded))


def _hits(
    folded: str, cues: list[Cue], grams: set[str] | None = None, chars: set[str] | None = None
) -> Iterator[tuple[Cue, re.Match[str]]]:
    """First acceptable match of each cue that occurs in `folded`."""
    index = _INDEXES.get(id(cues))
    if index is None or index.cues is not cues:
        index = _INDEXES[id(cues)] = _CueIndex(cues)
    if grams is None:
        grams = _grams(folded)
    for cue in index.candidates(folded, grams, set(folded) if chars is None else chars):
        if not cue.lead:
            match = cue.regex.search(folded)
            if match is not None:
                yield cue, match
            continue
        for match in cue.regex.finditer(folded):
            start = match.start()
            if start and _is_word_char(folded[start - 1]):
                continue
            yield cue, match
            break


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _score_language(
    folded: str,
    lang: str,
    cues: list[Cue],
    grams: set[str] | None = None,
    chars: set[str] | None = None,
) -> tuple[dict[str, float], list[str]]:
    scores: dict[str, float] = {}
    evidence: list[str] = []
    for cue, match in _hits(folded, cues, grams, chars):
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
    grams = _grams(folded)
    chars = set(folded)
    first = langs[0] if langs else "en"
    scores, evidence = _score_language(folded, first, CUES["*"], grams, chars)
    best: dict[str, float] = {}
    best_evidence: dict[str, list[str]] = {}
    for lang in langs or ("en",):
        own, own_evidence = _score_language(folded, lang, CUES.get(lang, CUES["en"]), grams, chars)
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
