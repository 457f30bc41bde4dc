"""The router ingest calls: facts read from stored messages, decisions applied as writes.

The compiled set is cached per workspace and rebuilt when the change feed says routing, the
workspace, a team or an employee changed. A rule that fails while running is switched off with
the reason and the routing managers are told; ingest carries on.
"""

from __future__ import annotations

import logging
import re
import threading
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Select, and_, func, insert, select, update
from sqlalchemy.orm import Session, aliased

from app.db.bulk import update_rows
from app.db.models import (
    Assignment,
    BrandAccount,
    ChangeEvent,
    Conversation,
    ConversationTag,
    Crisis,
    Customer,
    Direction,
    Message,
    RoutingRule,
)
from app.db.types import utcnow
from app.identity import audit
from app.notify import notifications
from app.routing.compiler import (
    CompiledRule,
    Decision,
    Effects,
    Facts,
    RuleSet,
    _describe_runtime,
    _fold,
    compile_rules,
)
from app.routing.spec import CACHE_TOPICS, Catalog, RuleSpec

log = logging.getLogger(__name__)
#: the tag crisis routing puts on conversations that match a declared crisis
CRISIS_TAG = "crisis"

# --------------------------------------------------------------------------------------------
# reading messages as facts
# --------------------------------------------------------------------------------------------


def _facts_query() -> Select[Any]:
    return (
        select(
            Message.id,
            Message.conversation_id,
            Message.text,
            Message.intent,
            Message.sentiment,
            Message.language,
            Message.kind,
            Message.created_at,
            BrandAccount.network,
            Message.brand_account_id,
            Customer.followers,
            Customer.vip,
            Customer.handle,
            Conversation.customer_id,
            Conversation.created_at,
        )
        .join(Conversation, Conversation.id == Message.conversation_id)
        .join(BrandAccount, BrandAccount.id == Message.brand_account_id)
        .join(Customer, Customer.id == Conversation.customer_id)
        .where(Message.direction == Direction.IN.value)
    )


def _row_facts(row: Any, is_new: bool) -> Facts:
    return Facts(
        conversation_id=row[1],
        message_id=row[0],
        text=row[2] or "",
        intent=row[3],
        sentiment=row[4],
        language=row[5],
        network=row[8],
        account_id=row[9],
        kind=row[6],
        followers=row[10],
        vip=bool(row[11]),
        handle=_fold((row[12] or "").lstrip("@")),
        created_at=row[7],
        is_new=is_new,
    )


def _histories(session: Session, conv_ids: Sequence[int]) -> dict[int, int]:
    """For each conversation: how many conversations its customer had before it started."""
    if not conv_ids:
        return {}
    this = aliased(Conversation)
    other = aliased(Conversation)
    out: dict[int, int] = {}
    for i in range(0, len(conv_ids), 500):
        chunk = list(conv_ids[i : i + 500])
        rows = session.execute(
            select(this.id, func.count(other.id))
            .select_from(this)
            .outerjoin(
                other,
                and_(
                    other.customer_id == this.customer_id,
                    other.created_at < this.created_at,
                    other.id != this.id,
                ),
            )
            .where(this.id.in_(chunk))
            .group_by(this.id)
        )
        out.update({cid: int(n) for cid, n in rows})
    return out


# --------------------------------------------------------------------------------------------
# the router that ingest calls
# --------------------------------------------------------------------------------------------


class RoutingEngine:
    """The :data:`~app.sync.ingest.Router`: compiled rules per workspace, applied at ingest.

    One instance lives as long as the sync runner; it is safe to share between threads. The
    cache key is the newest change event about routing, the workspace or teams, read with one
    indexed query per batch, so an edit on any workstation takes effect on the next batch.
    """

    def __init__(self, *, auto_assign: bool = True, learning: bool = True) -> None:
        self._cache: dict[int, tuple[int, RuleSet]] = {}
        self._lock = threading.Lock()
        self.auto_assign = auto_assign
        #: ask the workspace's model learned from the team's corrections (app.learning)
        self.learning = learning
        self._learned: Any = None

    def invalidate(self, workspace_id: int | None = None) -> None:
        with self._lock:
            if workspace_id is None:
                self._cache.clear()
            else:
                self._cache.pop(workspace_id, None)

    def ruleset(self, session: Session, workspace_id: int) -> RuleSet:
        marker = int(
            session.scalar(
                select(func.coalesce(func.max(ChangeEvent.id), 0)).where(
                    ChangeEvent.topic.in_(CACHE_TOPICS)
                )
            )
            or 0
        )
        with self._lock:
            hit = self._cache.get(workspace_id)
            if hit is not None and hit[0] == marker:
                return hit[1]
        ruleset = load_ruleset(session, workspace_id)
        for spec, reason in ruleset.broken:
            if spec.id is not None:
                disable_rule(session, workspace_id, spec.id, spec.name, reason)
        with self._lock:
            self._cache[workspace_id] = (marker, ruleset)
        return ruleset

    def __call__(
        self,
        session: Session,
        account: BrandAccount,
        conversation_ids: Sequence[int],
        new_conversation_ids: Sequence[int],
    ) -> None:
        if not conversation_ids:
            return
        ruleset = self.ruleset(session, account.workspace_id)
        decisions: list[Decision] = []
        if ruleset.rules:
            decisions = self._decide_batch(session, ruleset, conversation_ids, new_conversation_ids)
        failed = apply_decisions(session, ruleset, decisions)
        if failed:
            self.invalidate(account.workspace_id)
        # crisis routing: after the normal rules, matching conversations also go to PR
        apply_crisis_routing(session, account.workspace_id, conversation_ids)
        if self.auto_assign:
            from app.routing import autoassign

            autoassign.assign_batch(session, account.workspace_id, conversation_ids)

    def _decide_batch(
        self,
        session: Session,
        ruleset: RuleSet,
        conversation_ids: Sequence[int],
        new_conversation_ids: Sequence[int],
    ) -> list[Decision]:
        new = set(new_conversation_ids)
        # this batch's messages: ingest stamps them all with one ingested_at, the newest one
        latest = (
            select(Message.conversation_id, func.max(Message.ingested_at).label("at"))
            .where(
                Message.conversation_id.in_(list(conversation_ids)),
                Message.direction == Direction.IN.value,
            )
            .group_by(Message.conversation_id)
            .subquery()
        )
        q = (
            _facts_query()
            .join(
                latest,
                and_(
                    latest.c.conversation_id == Message.conversation_id,
                    latest.c.at == Message.ingested_at,
                ),
            )
            .order_by(Message.conversation_id, Message.created_at, Message.id)
        )
        by_conv: dict[int, list[Facts]] = defaultdict(list)
        for row in session.execute(q):
            by_conv[row[1]].append(_row_facts(row, row[1] in new))
        histories = _histories(session, list(by_conv)) if ruleset.needs_history else {}
        if self.learning:
            self._apply_learned(session, ruleset.catalog.workspace_id, by_conv)
        decisions = []
        for cid, msgs in by_conv.items():
            for f in msgs:
                f.history = histories.get(cid, 0)
                ruleset.prepare(f)
            decisions.append(ruleset.decide(cid, msgs))
        return decisions

    def _apply_learned(
        self, session: Session, workspace_id: int, by_conv: dict[int, list[Facts]]
    ) -> None:
        """The learned-model hook: where the workspace's model, trained on the team's
        corrections, confidently disagrees with the shipped classifier about the intent or
        the mood, the rules see its verdict, and the message keeps it with the reason
        (app.learning.model)."""
        from app.learning.corrections import MOODS
        from app.learning.model import LearnedIntent

        if self._learned is None:
            self._learned = LearnedIntent()
        learned = self._learned.get(session, workspace_id)
        if learned is None:
            return
        changed: dict[int, dict[str, Any]] = {}
        summaries: dict[int, dict[str, Any]] = {}
        for msgs in by_conv.values():
            for f in msgs:
                values: dict[str, Any] = {}
                words = learned.text_features(f.text)
                verdict = LearnedIntent.verdict(learned, f.text, f.intent, words)
                if verdict is not None:
                    f.intent = values["intent"] = verdict["intent"]
                    changed.setdefault(f.message_id, {})["learned"] = verdict
                mood = LearnedIntent.mood_verdict(learned, f.text, f.sentiment, words)
                if mood is not None:
                    f.sentiment = values["sentiment"] = MOODS[mood["mood"]]
                    changed.setdefault(f.message_id, {})["learned_mood"] = mood
                if values:
                    changed[f.message_id]["values"] = values
                    # the batch's newest message is the conversation's summary
                    summaries[f.conversation_id] = values
        if not changed:
            return
        stored = dict(
            session.execute(
                select(Message.id, Message.classification).where(Message.id.in_(list(changed)))
            ).all()
        )
        rows = []
        for mid, found in changed.items():
            evidence = dict(stored.get(mid) or {})
            evidence.update({k: v for k, v in found.items() if k != "values"})
            rows.append({"id": mid, "classification": evidence, **found["values"]})
        conn = session.connection()
        update_rows(conn, Message.__table__, rows)
        now = utcnow()
        update_rows(
            conn,
            Conversation.__table__,
            [{"id": c, **v, "updated_at": now} for c, v in summaries.items()],
        )


_CRISIS_PATTERNS: dict[tuple[int, tuple[str, ...]], re.Pattern[str] | None] = {}


def _crisis_pattern(crisis_id: int, keywords: Sequence[str]) -> re.Pattern[str] | None:
    key = (crisis_id, tuple(keywords))
    if key not in _CRISIS_PATTERNS:
        words = sorted({_fold(k).strip() for k in keywords if k and k.strip()}, key=len)
        _CRISIS_PATTERNS[key] = (
            re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)")
            if words
            else None
        )
    return _CRISIS_PATTERNS[key]


def apply_crisis_routing(
    session: Session, workspace_id: int, conversation_ids: Sequence[int]
) -> int:
    """While a crisis is declared: conversations whose newest message mentions the crisis's
    keywords (or the alert's top terms) are tagged "crisis", raised to priority 2 and, unless an
    agent is already working them, moved to the PR/crisis team — on top of whatever the normal
    rules decided. One indexed query per batch when no crisis is on."""
    row = session.execute(
        select(Crisis.id, Crisis.keywords, Crisis.team_id, Crisis.name).where(
            Crisis.workspace_id == workspace_id, Crisis.status == "active"
        )
    ).first()
    if row is None or not conversation_ids:
        return 0
    crisis_id, keywords, team_id, name = row
    pattern = _crisis_pattern(crisis_id, list(keywords or []))
    if pattern is None:
        return 0
    rows = session.execute(
        select(
            Conversation.id, Conversation.snippet, Conversation.team_id, Conversation.assignee_id
        ).where(Conversation.id.in_(list(conversation_ids)))
    ).all()
    hits = [r for r in rows if pattern.search(_fold(r[1] or ""))]
    if not hits:
        return 0
    ids = [r[0] for r in hits]
    tagged = set(
        session.scalars(
            select(ConversationTag.conversation_id).where(
                ConversationTag.conversation_id.in_(ids), ConversationTag.tag == CRISIS_TAG
            )
        )
    )
    now = utcnow()
    new_tags = [{"conversation_id": c, "tag": CRISIS_TAG} for c in ids if c not in tagged]
    if new_tags:
        session.execute(insert(ConversationTag), new_tags)
    session.execute(
        update(Conversation)
        .where(Conversation.id.in_(ids), Conversation.priority < 2)
        .values(priority=2, version=Conversation.version + 1, updated_at=now)
    )
    moved = [r for r in hits if team_id is not None and r[2] != team_id and r[3] is None]
    if moved:
        session.execute(
            update(Conversation)
            .where(Conversation.id.in_([r[0] for r in moved]), Conversation.assignee_id.is_(None))
            .values(team_id=team_id, version=Conversation.version + 1, updated_at=now)
        )
        session.execute(
            insert(Assignment),
            [
                {
                    "conversation_id": r[0],
                    "to_team_id": team_id,
                    "action": "route",
                    "note": f"Crisis routing: {name}"[:1000],
                    "at": now,
                }
                for r in moved
            ],
        )
    return len(ids)


def load_ruleset(session: Session, workspace_id: int) -> RuleSet:
    rows = session.scalars(
        select(RoutingRule)
        .where(RoutingRule.workspace_id == workspace_id)
        .order_by(RoutingRule.position, RoutingRule.id)
    ).all()
    return compile_rules(Catalog.load(session, workspace_id), [RuleSpec.from_row(r) for r in rows])


def apply_decisions(session: Session, ruleset: RuleSet, decisions: Sequence[Decision]) -> bool:
    """Write what the fired rules decided; returns whether a rule had to be switched off.

    All decisions are written in one savepoint; if that fails (a team deleted since the rules
    were compiled, say), it is rolled back and each rule's actions are retried alone, so the
    failing rule is found, switched off with the reason, and the others still apply.
    """
    failed = False
    ws = ruleset.catalog.workspace_id
    for d in decisions:
        for rule, reason in d.errors:
            failed = True
            if rule.id is not None:
                disable_rule(session, ws, rule.id, rule.name, reason)
    todo = [d for d in decisions if d.fired]
    if not todo:
        return failed
    try:
        with session.begin_nested():
            _write(session, ruleset, [(d.conversation_id, d.fired) for d in todo])
        return failed
    except Exception as exc:  # noqa: BLE001 - isolate the culprit below
        log.info("routing: batch write failed (%s); retrying rule by rule", type(exc).__name__)
    for d in todo:
        for rule in d.fired:
            try:
                with session.begin_nested():
                    _write(session, ruleset, [(d.conversation_id, [rule])])
            except Exception as exc:  # noqa: BLE001
                failed = True
                if rule.id is not None:
                    disable_rule(session, ws, rule.id, rule.name, _describe_runtime(exc))
    return failed


def _write(
    session: Session, ruleset: RuleSet, work: Sequence[tuple[int, Sequence[CompiledRule]]]
) -> None:
    now = utcnow()
    ids = [cid for cid, _r in work]
    current = {
        r[0]: (r[1], r[2])
        for r in session.execute(
            select(Conversation.id, Conversation.team_id, Conversation.assignee_id).where(
                Conversation.id.in_(ids)
            )
        )
    }
    existing_tags: set[tuple[int, str]] = set(
        session.execute(
            select(ConversationTag.conversation_id, ConversationTag.tag).where(
                ConversationTag.conversation_id.in_(ids)
            )
        ).all()
    )
    history: list[dict[str, Any]] = []
    tags: list[dict[str, Any]] = []
    notes: list[dict[str, Any]] = []
    # one statement per kind of write for the whole batch: conversations that change the same
    # columns share an UPDATE, assignments, tags and notifications one INSERT each
    updates: list[dict[str, Any]] = []
    eligible: dict[int, bool] = {}
    for cid, rules in work:
        eff = Effects()
        for rule in rules:
            eff.add_rule(rule)
        team_id, assignee_id = current.get(cid, (None, None))
        names = ", ".join(r.name for r in rules)
        values: dict[str, Any] = {}
        if eff.team_id is not None and eff.team_id != team_id:
            values["team_id"] = eff.team_id
            if assignee_id is not None:
                values["assignee_id"] = None
            history.append(
                {
                    "conversation_id": cid,
                    "from_employee_id": assignee_id,
                    "to_team_id": eff.team_id,
                    "action": "route",
                    "note": f"Routing rule: {names}"[:1000],
                    "at": now,
                }
            )
            team_id = eff.team_id
        if eff.employee_id is not None and eff.employee_id != assignee_id:
            if eligible.get(eff.employee_id) is None:
                from app.routing import autoassign

                eligible[eff.employee_id] = autoassign.is_eligible(session, eff.employee_id, now)
            if eligible[eff.employee_id]:
                values["assignee_id"] = eff.employee_id
                history.append(
                    {
                        "conversation_id": cid,
                        "from_employee_id": assignee_id,
                        "to_employee_id": eff.employee_id,
                        "to_team_id": team_id,
                        "action": "assign",
                        "note": f"Routing rule: {names}"[:1000],
                        "at": now,
                    }
                )
                notes.append(
                    {
                        "employee_id": eff.employee_id,
                        "kind": "assigned",
                        "conversation_id": cid,
                        "text": f"A conversation was assigned to you by the rule “{names}”.",
                        "at": now,
                    }
                )
                audit.record(
                    session,
                    "conversation_assigned",
                    workspace_id=ruleset.catalog.workspace_id,
                    actor_name="routing",
                    target_type="conversation",
                    target_id=cid,
                    to_employee_id=eff.employee_id,
                    rule=names[:200],
                )
        if eff.priority is not None:
            values["priority"] = eff.priority
        if eff.suggested_reply_id is not None:
            values["suggested_reply_id"] = eff.suggested_reply_id
        if values:
            values["id"] = cid
            values["updated_at"] = now
            updates.append(values)
        for t in eff.tags:
            if (cid, t) not in existing_tags:
                existing_tags.add((cid, t))
                tags.append({"conversation_id": cid, "tag": t})
        for emp, text in eff.notify:
            notes.append(
                {
                    "employee_id": emp,
                    "kind": "routing",
                    "conversation_id": cid,
                    "text": text or f"Routing rule “{names}” flagged a conversation for you.",
                    "at": now,
                }
            )
    if updates:
        update_rows(session.connection(), Conversation.__table__, updates, bump_version=True)
    if history:
        session.execute(insert(Assignment), history)
    if tags:
        session.execute(insert(ConversationTag), tags)
    if notes:
        notifications.insert_rows(session, notes)
    session.flush()


def disable_rule(session: Session, workspace_id: int, rule_id: int, name: str, reason: str) -> bool:
    """Switch a failing rule off with the reason, once; tell those who manage routing."""
    reason = f"Switched off automatically: {reason}"[:2000]
    done = session.execute(
        update(RoutingRule)
        .where(RoutingRule.id == rule_id, RoutingRule.enabled.is_(True))
        .values(enabled=False, disabled_reason=reason)
    ).rowcount
    if not done:
        return False
    log.warning("routing rule %s switched off: %s", rule_id, reason)
    audit.record(
        session,
        "routing_rule_disabled",
        workspace_id=workspace_id,
        actor_name="routing",
        target_type="routing_rule",
        target_id=rule_id,
        name=name[:200],
        reason=reason[:500],
    )
    managers = Catalog.load(session, workspace_id).routing_managers
    now = utcnow()
    if managers:
        notifications.insert_rows(
            session,
            [
                {
                    "employee_id": m,
                    "kind": "routing_rule_disabled",
                    "conversation_id": None,
                    "text": f"The routing rule “{name}” failed and was switched off. {reason}",
                    "at": now,
                }
                for m in managers
            ],
        )
    return True
