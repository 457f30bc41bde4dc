"""Why a message got its labels: the evidence stored with it and the words the inbox shows.

Every classification carries its evidence — the intent cues that fired with their weights, the
words and emoticons that moved the mood, the trained model's strongest features, the scores —
and ingest stores it with the message (``message.classification``), so the reasons shown are
the ones that decided, not a re-run with today's lexicons. When the workspace's learned model
(app.learning) overrode the intent or the mood in routing, its verdict is added under
"learned" or "learned_mood".

`explain` turns stored evidence into short plain-text lines; `reasons_for_message` reads them
for one message. The inbox shows them as plain text (they quote customer words).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.classify import Classification, classify, classify_many

log = logging.getLogger(__name__)

VERSION = 1
MAX_CUES = 8

#: what ingest stores of one classification: language, sentiment, intent, evidence
Verdict = tuple[str, float, str, dict[str, Any]]


def verdicts(texts: Sequence[str], hints: Sequence[str | None]) -> list[Verdict | None]:
    """The stored form of each text's classification, a page at a time; None for a text the
    classifier failed on (a bug: the message is stored without labels, never lost).

    Plain tuples and dicts, so that a page classified in another process
    (app.sync.classify_process) comes back cheaply, and both sides store the same thing.
    """
    try:
        results: list[Classification | None] = list(classify_many(texts, hints))
    except Exception as exc:  # noqa: BLE001 - one at a time: a bad text costs only its labels
        log.warning("classifying a page failed (%s); one text at a time", type(exc).__name__)
        results = [_one(text, hint) for text, hint in zip(texts, hints, strict=True)]
    return [
        None if r is None else (r.language, r.sentiment, r.intent.value, evidence(r))
        for r in results
    ]


def _one(text: str, hint: str | None) -> Classification | None:
    try:
        return classify(text, hint)
    except Exception as exc:  # noqa: BLE001 - see verdicts
        log.warning("the classifier failed on a message: %s", type(exc).__name__)
        return None


def evidence(result: Classification) -> dict[str, Any]:
    """The JSON-able evidence of one classification, for ``message.classification``."""
    scores = sorted(
        ((i.value, round(v, 3)) for i, v in result.scores.items() if v > 0),
        key=lambda kv: -kv[1],
    )[:3]
    return {
        "v": VERSION,
        "language": result.language,
        "intent": result.intent.value,
        "intent_scores": dict(scores),
        # the winning intent's cues first: they are what the inbox shows as the reason
        "intent_cues": _winner_first(result.intent.value, result.evidence)[:MAX_CUES],
        "sentiment": result.sentiment,
        "sentiment_label": result.sentiment_label,
        "sentiment_cues": list(result.sentiment_cues[:MAX_CUES]),
        "model_features": [[_readable(f), w] for f, w in result.model_features],
    }


def _winner_first(intent: str, cues: tuple[str, ...]) -> list[str]:
    mine = [c for c in cues if c.split(" ", 1)[0] == intent]
    return mine + [c for c in cues if c.split(" ", 1)[0] != intent]


def intent_cues(stored: Mapping[str, Any] | None, limit: int = 6) -> tuple[str, ...]:
    """The cue phrases behind the stored intent ("'want a refund'"), without their weights.

    The one reader of the classifier's evidence for the inbox's "why": a learned verdict's
    strongest words when the team's model chose the intent, else the shipped cues for the
    intent that won (the stored ``intent_cues`` hold every intent's, scored).
    """
    if not isinstance(stored, Mapping):
        return ()
    learned = stored.get("learned")
    if isinstance(learned, Mapping):
        feats = learned.get("features") or []
        return tuple(
            f"learned: {_readable(str(f[0]))}"[:80] for f in feats[:limit] if isinstance(f, list)
        )
    intent = stored.get("intent")
    out = []
    for cue in stored.get("intent_cues") or []:
        label, _, what = str(cue).partition(": ")
        if label.split(" ")[0] == intent and what:
            out.append(what[:80])
    return tuple(out[:limit])


def _readable(feature: str) -> str:
    """'w:refund' → 'refund', 'b:not NOT_good' → 'not good', 'c:<ref' → 'ref…'."""
    kind, _, body = feature.partition(":")
    body = body.replace("NOT_", "")
    if kind == "c":
        return body.replace("<", "").replace(">", "") + "…"
    return body


def explain(stored: Mapping[str, Any] | None) -> list[str]:
    """Plain-text lines saying why, from stored evidence; [] when there is none."""
    if not stored:
        return []
    lines = []
    intent = stored.get("intent")
    learned = stored.get("learned")
    if learned:
        lines.append(_learned_line("Intent", learned["intent"], learned))
    elif intent:
        cues = [c.split(": ", 1)[1] if ": " in c else c for c in stored.get("intent_cues", [])]
        cues = [c for c in cues if not c.startswith("sentiment")]
        because = ", ".join(cues[:4]) if cues else "no cue words; the mood decided"
        if intent == "other" and not cues:
            because = "no cue for any intent"
        lines.append(f"Intent {intent}: {because}.")
    label = stored.get("sentiment_label")
    mood = stored.get("learned_mood")
    if mood:
        lines.append(_learned_line("Mood", mood["mood"], mood))
    elif label:
        words = [c for c in stored.get("sentiment_cues", []) if not c.startswith("VADER")]
        feats = [f for f, _w in stored.get("model_features", [])]
        parts = []
        if words:
            parts.append("words " + ", ".join(words[:4]))
        if feats:
            parts.append("model on " + ", ".join(f"“{f}”" for f in feats[:3]))
        detail = "; ".join(parts) if parts else "no opinion words"
        lines.append(f"Mood {label} ({stored.get('sentiment', 0):+.2f}): {detail}.")
    if stored.get("language"):
        lines.append(f"Language: {stored['language']}.")
    return lines


def _learned_line(what: str, value: str, verdict: Mapping[str, Any]) -> str:
    feats = ", ".join(f"“{_readable(f)}”" for f, _w in verdict.get("features", [])[:3])
    return (
        f"{what} {value}: learned from the team's corrections "
        f"({verdict.get('labels', 0)} so far), {round(100 * verdict['probability'])} % sure"
        + (f", on {feats}" if feats else "")
        + (
            f"; the shipped classifier said {verdict['replaced']}."
            if verdict.get("replaced")
            else "."
        )
    )


def reasons_for_message(session: Session, message_id: int) -> list[str]:
    """Why message `message_id` was classified as it was (the inbox calls this)."""
    from app.db.models import Message

    stored = session.scalar(select(Message.classification).where(Message.id == message_id))
    return explain(stored)
