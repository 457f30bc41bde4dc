"""The per-workspace model: trained on the team's corrections, asked by the router.

Training set: every corrected message with the label the team gave it (the newest label per
message wins; a re-route counts as the intent the shipped rules send to that team's
department), weighted up, plus the workspace's recent uncorrected messages with the intent the
shipped classifier gave them and the shipped sample's training rows, weighted down. The background rows are the contrast a handful
of corrections cannot give on their own ("complaint" is only learnable against what is not a
complaint), and they keep the model agreeing with the shipped classifier wherever the team
has not disagreed.

The router uses the model's intent only where it is confident (`CONFIDENT`) and differs from
the shipped classifier's — so a workspace with no corrections routes exactly as before.
"""

from __future__ import annotations

import io
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.classify import linear
from app.classify._text import clean, fold
from app.db.models import (
    ClassificationLabel,
    Conversation,
    Direction,
    LearnedModel,
    Message,
    Team,
)
from app.db.types import utcnow
from app.learning import switch
from app.learning.corrections import DEPARTMENT_INTENT

log = logging.getLogger(__name__)

CONFIDENT = 0.7
#: how far the message's own words must move the model above its prior for the intent: with
#: a handful of corrections the prior leans to whatever was corrected, and no message should
#: be re-routed for the words it lacks
EVIDENCE = 0.3
LABEL_WEIGHT = 2.0
FIRST_LABELS_WEIGHT = 10.0
BACKGROUND_WEIGHT = 1.0
BACKGROUND_MESSAGES = 1500
#: a retrain at most this often per workspace, however fast corrections come
MIN_INTERVAL_S = 30.0
MAX_CHARS = 1000


def _features(text: str, shipped: str | None) -> list[str]:
    """The text's features plus what the shipped classifier said: the model learns where the
    team disagrees with it, and agrees with it everywhere else."""
    feats = linear.features(fold(clean(text[:MAX_CHARS])))
    feats.append(f"s:{shipped or 'none'}")
    return feats


@dataclass
class Learned:
    """A workspace's trained heads: intent and mood, each present once corrected."""

    intent: linear.LinearModel | None
    mood: linear.LinearModel | None
    labels: int

    @staticmethod
    def text_features(text: str) -> list[str]:
        """The text's features, computed once for both heads."""
        return linear.features(fold(clean(text[:MAX_CHARS])))

    @staticmethod
    def _predict(
        model: linear.LinearModel, words: list[str], shipped: str | None
    ) -> tuple[str, float, float, Callable[[], list[tuple[str, float]]]]:
        feats = [*words, f"s:{shipped or 'none'}"]
        proba = model.proba(feats)
        best = max(proba, key=proba.__getitem__)
        prior = model.proba(feats[-1:])[best]

        def why() -> list[tuple[str, float]]:  # only wanted when the verdict is used
            top = model.top_features(feats, best, 4)
            return [f for f in top if not f[0].startswith("s:")][:3]

        return best, proba[best], prior, why

    def predict_intent(
        self, text: str, shipped: str | None, words: list[str] | None = None
    ) -> tuple[str, float, float, Callable[[], list[tuple[str, float]]]] | None:
        """(intent, probability, probability from the shipped verdict alone, the top features
        on demand); None without an intent head."""
        if self.intent is None:
            return None
        return self._predict(self.intent, self.text_features(text) if words is None else words,
                             shipped)  # fmt: skip

    def predict_mood(
        self, text: str, shipped: str | None, words: list[str] | None = None
    ) -> tuple[str, float, float, Callable[[], list[tuple[str, float]]]] | None:
        """The same for the mood (positive, neutral, negative)."""
        if self.mood is None:
            return None
        return self._predict(self.mood, self.text_features(text) if words is None else words,
                             shipped)  # fmt: skip

    def to_bytes(self) -> bytes:
        buf = io.BytesIO()
        parts = {
            name: np.frombuffer(head.to_bytes(), dtype=np.uint8)
            for name, head in (("intent", self.intent), ("mood", self.mood))
            if head is not None
        }
        np.savez(buf, labels=np.asarray([self.labels]), **parts)
        return buf.getvalue()

    @classmethod
    def from_bytes(cls, data: bytes) -> Learned:
        with np.load(io.BytesIO(data), allow_pickle=False) as z:
            heads = {
                name: linear.LinearModel.from_bytes(z[name].tobytes()) if name in z else None
                for name in ("intent", "mood")
            }
            return cls(heads["intent"], heads["mood"], int(z["labels"][0]))


_sample_lock = threading.Lock()
_sample: list[tuple[str, str, str]] | None = None


def shipped_sample() -> list[tuple[str, str, str]]:
    """(text, intent, mood) of the in-house sample's training split: contrast for a new
    workspace whose own messages are still few (its test split stays unseen)."""
    global _sample
    with _sample_lock:
        if _sample is None:
            import csv

            from app.classify.sentiment import IN_HOUSE_DATA

            with IN_HOUSE_DATA.open(encoding="utf-8", newline="") as handle:
                _sample = [
                    (r["text"], r["intent"], r["sentiment_label"])
                    for r in csv.DictReader(handle)
                    if r["split"] == "train"
                ]
        return _sample


def _head(
    labelled: list[tuple[str, str, str | None]], background: list[tuple[str, str]]
) -> linear.LinearModel | None:
    """One head: (text, label, shipped label) corrections over (text, label) background."""
    if not labelled:
        return None
    docs = [_features(t, s) for t, _, s in labelled] + [_features(t, v) for t, v in background]
    labels = [v for _, v, _ in labelled] + [v for _, v in background]
    if len(set(labels)) < 2:
        return None
    # the first corrections weigh more: one agent's word on one message should already move
    # its near-twins; from 25 corrections on, the weight the replayed stream chose
    each = max(LABEL_WEIGHT, FIRST_LABELS_WEIGHT / len(labelled) ** 0.5)
    weights = [each] * len(labelled) + [BACKGROUND_WEIGHT] * len(background)
    # chosen on the replayed stream (tests/bench/_learning.py): words found in more than 5 % of
    # the texts are left out, or a hundred corrections of review sentences teach that "the"
    # means complaint and re-route questions about invoices
    return linear.train(docs, labels, weights=weights, l2=1e-3, epochs=80, rate=0.1, max_share=0.05)


def train(
    labelled: list[tuple[str, str, str | None]],
    background: list[tuple[str, str]],
    moods: list[tuple[str, str, str | None]] = (),  # type: ignore[assignment]
    mood_background: list[tuple[str, str]] = (),  # type: ignore[assignment]
) -> Learned | None:
    """Fit the heads: (text, intent, shipped intent) corrections over (text, shipped intent)
    background rows (messages nobody corrected: the shipped verdict stood), and the same for
    moods. None when there is nothing to learn."""
    sample = shipped_sample()
    intent = _head(labelled, [*background, *((t, i) for t, i, _ in sample)])
    mood = _head(moods, [*mood_background, *((t, m) for t, _, m in sample)])
    if intent is None and mood is None:
        return None
    return Learned(intent, mood, len(labelled) + len(moods))


def _team_intents(session: Session, workspace_id: int) -> dict[str, str]:
    rows = session.execute(
        select(Team.id, Team.department).where(Team.workspace_id == workspace_id)
    )
    return {str(tid): DEPARTMENT_INTENT[dep] for tid, dep in rows if dep in DEPARTMENT_INTENT}


@dataclass
class TrainingRows:
    """A workspace's corrections and background, ready for `train`."""

    labelled: list[tuple[str, str, str | None]]
    background: list[tuple[str, str]]
    moods: list[tuple[str, str, str | None]]
    mood_background: list[tuple[str, str]]
    last_label_id: int


def _mood_of(score: float | None) -> str | None:
    if score is None:
        return None
    return "positive" if score >= 0.05 else "negative" if score <= -0.05 else "neutral"


def training_rows(session: Session, workspace_id: int) -> TrainingRows:
    """The newest label per message and field, and the recent uncorrected messages."""
    team_intent = _team_intents(session, workspace_id)
    newest: dict[tuple[int, str], tuple[str, str, str | None]] = {}
    last_id = 0
    q = (
        select(
            ClassificationLabel.id,
            ClassificationLabel.message_id,
            ClassificationLabel.field,
            ClassificationLabel.value,
            Message.text,
            Message.intent,
            Message.sentiment,
            Message.classification,
        )
        .join(Message, Message.id == ClassificationLabel.message_id)
        .where(ClassificationLabel.workspace_id == workspace_id)
        .order_by(ClassificationLabel.id)
    )
    for label_id, message_id, field, value, text, intent, score, evidence in session.execute(q):
        last_id = max(last_id, label_id)
        # what the shipped classifier said at ingest (the stored one may be a learned verdict)
        shipped_intent = (evidence or {}).get("intent") or intent
        shipped_mood = (evidence or {}).get("sentiment_label") or _mood_of(score)
        if field == "team":
            field, value = "intent", team_intent.get(value, "")
            if not value:
                continue
        shipped = shipped_mood if field == "sentiment" else shipped_intent
        # the newest word on a message wins, whether a re-route or an intent set by hand
        newest[(message_id, field)] = (text, value, shipped)
    corrected = {mid for (mid, _f) in newest}
    recent = [
        (text, intent, _mood_of(score))
        for mid, text, intent, score in session.execute(
            select(Message.id, Message.text, Message.intent, Message.sentiment)
            .join(Conversation, Conversation.id == Message.conversation_id)
            .where(
                Message.direction == Direction.IN.value,
                Message.intent.is_not(None),
                Conversation.workspace_id == workspace_id,
            )
            .order_by(Message.id.desc())
            .limit(BACKGROUND_MESSAGES)
        )
        if mid not in corrected
    ]
    return TrainingRows(
        labelled=[tv for (_, f), tv in newest.items() if f == "intent"],
        background=[(t, i) for t, i, _m in recent],
        moods=[tv for (_, f), tv in newest.items() if f == "sentiment"],
        mood_background=[(t, m) for t, _i, m in recent if m is not None],
        last_label_id=last_id,
    )


def retrain(session: Session, workspace_id: int) -> Learned | None:
    """Train the workspace's model from its corrections now and store it (or drop a stale one)."""
    rows = training_rows(session, workspace_id)
    last_id = rows.last_label_id
    learned = train(rows.labelled, rows.background, rows.moods, rows.mood_background)
    row = session.get(LearnedModel, workspace_id)
    if learned is None:
        if row is not None:
            session.delete(row)
            session.flush()
        return None
    data = learned.to_bytes()
    if row is None:
        session.add(
            LearnedModel(
                workspace_id=workspace_id,
                model=data,
                labels=learned.labels,
                last_label_id=last_id,
                trained_at=utcnow(),
            )  # fmt: skip
        )
    else:
        row.model, row.labels, row.last_label_id = data, learned.labels, last_id
        row.trained_at = utcnow()
    session.flush()
    log.info("learned model for workspace %s retrained on %d labels", workspace_id, learned.labels)
    return learned


#: (database, workspace) → when its model was last retrained by this process
_last_attempt: dict[tuple[str, int], float] = {}


def retrain_due(session: Session, *, force: bool = False) -> list[int]:
    """Retrain every workspace with corrections newer than its model; returns their ids.

    The sync worker calls this between rounds, so training happens in the background and a
    busy team's corrections cost at most one retrain per `MIN_INTERVAL_S`.
    """
    newest = dict(
        session.execute(
            select(ClassificationLabel.workspace_id, func.max(ClassificationLabel.id)).group_by(
                ClassificationLabel.workspace_id
            )
        ).all()
    )
    done = []
    now = time.monotonic()
    for workspace_id, last_label in newest.items():
        if not switch.enabled(session, workspace_id):
            continue
        row = session.get(LearnedModel, workspace_id)
        if row is not None and row.last_label_id >= last_label:
            continue
        key = (str(session.get_bind().url), workspace_id)
        if not force and now - _last_attempt.get(key, -1e9) < MIN_INTERVAL_S:
            continue
        _last_attempt[key] = now
        retrain(session, workspace_id)
        done.append(workspace_id)
    return done


class LearnedIntent:
    """The router's view of a workspace's learned model, reloaded when it is retrained."""

    def __init__(self) -> None:
        self._cache: dict[int, tuple[Any, Learned | None]] = {}
        self._lock = threading.Lock()

    def get(self, session: Session, workspace_id: int) -> Learned | None:
        if not switch.enabled(session, workspace_id):
            return None
        stamp = session.execute(
            select(LearnedModel.trained_at, LearnedModel.labels).where(
                LearnedModel.workspace_id == workspace_id
            )
        ).first()
        if stamp is None:
            return None
        with self._lock:
            hit = self._cache.get(workspace_id)
            if hit is not None and hit[0] == tuple(stamp):
                return hit[1]
        data = session.scalar(
            select(LearnedModel.model).where(LearnedModel.workspace_id == workspace_id)
        )
        try:
            learned = Learned.from_bytes(data) if data else None
        except (ValueError, KeyError, OSError) as exc:
            log.warning("learned model of workspace %s unreadable: %s", workspace_id, exc)
            learned = None
        with self._lock:
            self._cache[workspace_id] = (tuple(stamp), learned)
        return learned

    @staticmethod
    def verdict(
        learned: Learned, text: str, current: str | None, words: list[str] | None = None
    ) -> dict[str, Any] | None:
        """The learned intent when it should win over `current`, with its reasons; else None.
        `words`: the text's features when the caller already has them."""
        predicted = learned.predict_intent(text, current, words)
        return _verdict(predicted, current, learned.labels, "intent")

    @staticmethod
    def mood_verdict(
        learned: Learned, text: str, score: float | None, words: list[str] | None = None
    ) -> dict[str, Any] | None:
        """The learned mood when it should win over the shipped `score`'s, else None."""
        current = _mood_of(score)
        return _verdict(learned.predict_mood(text, current, words), current, learned.labels, "mood")


def _verdict(
    predicted: tuple[str, float, float, Callable[[], list[tuple[str, float]]]] | None,
    current: str | None,
    labels: int,
    key: str,
) -> dict[str, Any] | None:
    if predicted is None:
        return None
    value, p, prior, why = predicted
    if value == current or p < CONFIDENT or p - prior < EVIDENCE:
        return None
    return {
        key: value,
        "probability": round(p, 3),
        "features": [[f, w] for f, w in why()],
        "labels": labels,
        "replaced": current,
    }
