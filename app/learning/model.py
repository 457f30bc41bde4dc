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
    """A workspace's trained heads: intent (always) and mood (when moods were corrected)."""

    intent: linear.LinearModel
    mood: linear.LinearModel | None
    labels: int

    def predict_intent(
        self, text: str, shipped: str | None
    ) -> tuple[str, float, float, list[tuple[str, float]]]:
        """(intent, probability, probability from the shipped verdict alone, top features)."""
        feats = _features(text, shipped)
        proba = self.intent.proba(feats)
        best = max(proba, key=proba.__getitem__)
        prior = self.intent.proba(feats[-1:])[best]
        words = [f for f in self.intent.top_features(feats, best, 4) if not f[0].startswith("s:")]
        return best, proba[best], prior, words[:3]

    def to_bytes(self) -> bytes:
        buf = io.BytesIO()
        parts = {"intent": np.frombuffer(self.intent.to_bytes(), dtype=np.uint8)}
        if self.mood is not None:
            parts["mood"] = np.frombuffer(self.mood.to_bytes(), dtype=np.uint8)
        np.savez(buf, labels=np.asarray([self.labels]), **parts)
        return buf.getvalue()

    @classmethod
    def from_bytes(cls, data: bytes) -> Learned:
        with np.load(io.BytesIO(data), allow_pickle=False) as z:
            intent = linear.LinearModel.from_bytes(z["intent"].tobytes())
            mood = linear.LinearModel.from_bytes(z["mood"].tobytes()) if "mood" in z else None
            return cls(intent, mood, int(z["labels"][0]))


_sample_lock = threading.Lock()
_sample: list[tuple[str, str]] | None = None


def shipped_sample() -> list[tuple[str, str]]:
    """(text, intent) of the in-house sample's training split: contrast for a new workspace
    whose own messages are still few (its test split stays unseen, see the classify bench)."""
    global _sample
    with _sample_lock:
        if _sample is None:
            import csv

            from app.classify.sentiment import IN_HOUSE_DATA

            with IN_HOUSE_DATA.open(encoding="utf-8", newline="") as handle:
                _sample = [
                    (r["text"], r["intent"])
                    for r in csv.DictReader(handle)
                    if r["split"] == "train"
                ]
        return _sample


def train(
    labelled: list[tuple[str, str, str | None]],
    background: list[tuple[str, str]],
    moods: list[tuple[str, str]] = (),  # type: ignore[assignment]
) -> Learned | None:
    """Fit the heads on (text, intent, shipped intent) corrections over (text, shipped intent)
    background rows (messages nobody corrected: the shipped verdict stood)."""
    if not labelled:
        return None
    background = [*background, *shipped_sample()]
    docs = [_features(t, s) for t, _, s in labelled] + [_features(t, i) for t, i in background]
    labels = [i for _, i, _ in labelled] + [i for _, i in background]
    if len(set(labels)) < 2:
        return None
    # the first corrections weigh more: one agent's word on one message should already move
    # its near-twins; from 25 corrections on, the weight the replayed stream chose
    each = max(LABEL_WEIGHT, FIRST_LABELS_WEIGHT / len(labelled) ** 0.5)
    weights = [each] * len(labelled) + [BACKGROUND_WEIGHT] * len(background)
    # chosen on the replayed stream (tests/bench/_learning.py): words found in more than 5 % of
    # the texts are left out, or a hundred corrections of review sentences teach that "the"
    # means complaint and re-route questions about invoices
    intent = linear.train(
        docs, labels, weights=weights, l2=1e-3, epochs=80, rate=0.1, max_share=0.05
    )
    mood = None
    if len({m for _, m in moods}) >= 2:
        mood = linear.train(
            [_features(t, None) for t, _ in moods], [m for _, m in moods], epochs=80
        )
    return Learned(intent, mood, len(labelled))


def _team_intents(session: Session, workspace_id: int) -> dict[str, str]:
    rows = session.execute(
        select(Team.id, Team.department).where(Team.workspace_id == workspace_id)
    )
    return {str(tid): DEPARTMENT_INTENT[dep] for tid, dep in rows if dep in DEPARTMENT_INTENT}


def training_rows(
    session: Session, workspace_id: int
) -> tuple[list[tuple[str, str, str | None]], list[tuple[str, str]], list[tuple[str, str]], int]:
    """(labelled, background, moods, newest label id) for a workspace."""
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
            Message.classification,
        )
        .join(Message, Message.id == ClassificationLabel.message_id)
        .where(ClassificationLabel.workspace_id == workspace_id)
        .order_by(ClassificationLabel.id)
    )
    for label_id, message_id, field, value, text, stored, evidence in session.execute(q):
        # what the shipped classifier said at ingest (the stored intent may be a learned one)
        shipped = (evidence or {}).get("intent") or stored
        last_id = max(last_id, label_id)
        if field == "team":
            field, value = "intent", team_intent.get(value, "")
            if not value:
                continue
        # the newest word on a message wins, whether a re-route or an intent set by hand
        newest[(message_id, field)] = (text, value, shipped)
    labelled = [tv for (_, f), tv in newest.items() if f == "intent"]
    moods = [(t, v) for (_, f), (t, v, _s) in newest.items() if f == "sentiment"]
    corrected = {mid for (mid, _f) in newest}
    background = [
        (text, intent)
        for mid, text, intent in session.execute(
            select(Message.id, Message.text, Message.intent)
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
    return labelled, background, moods, last_id


def retrain(session: Session, workspace_id: int) -> Learned | None:
    """Train the workspace's model from its corrections now and store it (or drop a stale one)."""
    labelled, background, moods, last_id = training_rows(session, workspace_id)
    learned = train(labelled, background, moods)
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
    log.info("learned model for workspace %s retrained on %d labels", workspace_id, len(labelled))
    return learned


_last_attempt: dict[int, float] = {}


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
        if not force and now - _last_attempt.get(workspace_id, -1e9) < MIN_INTERVAL_S:
            continue
        _last_attempt[workspace_id] = now
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
    def verdict(learned: Learned, text: str, current: str | None) -> dict[str, Any] | None:
        """The learned intent when it should win over `current`, with its reasons; else None."""
        intent, p, prior, feats = learned.predict_intent(text, current)
        if intent == current or p < CONFIDENT or p - prior < EVIDENCE:
            return None
        return {
            "intent": intent,
            "probability": round(p, 3),
            "features": [[f, w] for f, w in feats],
            "labels": learned.labels,
            "replaced": current,
        }
