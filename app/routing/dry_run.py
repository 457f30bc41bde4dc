"""The dry run: rules evaluated over stored messages with the code ingest uses, writing nothing."""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models import (
    Conversation,
    Direction,
    Message,
)
from app.db.types import utcnow
from app.identity.access import Actor
from app.routing.compiler import CompiledRule, Effects, RuleSet, _Compiler
from app.routing.engine import _facts_query, _histories, _row_facts
from app.routing.spec import PRIORITY_NAMES, Catalog, RuleSpec
from app.routing.store import _require, list_rules

log = logging.getLogger(__name__)

# --------------------------------------------------------------------------------------------
# dry run
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DryRunRow:
    conversation_id: int
    customer: str
    text: str
    rules: tuple[str, ...]
    team: str | None
    team_id: int | None
    assignee: str | None
    auto_assign: bool
    priority: int | None
    tags: tuple[str, ...]
    notify: tuple[str, ...]
    suggested_reply: str | None

    @property
    def summary(self) -> str:
        parts = []
        if self.team:
            parts.append(f"→ {self.team}")
        if self.assignee:
            parts.append(f"assign {self.assignee}")
        elif self.auto_assign:
            parts.append("auto-assign")
        if self.priority is not None:
            parts.append(f"priority {PRIORITY_NAMES.get(self.priority, self.priority)}")
        if self.tags:
            parts.append("tags " + ", ".join(self.tags))
        if self.notify:
            parts.append("notify " + ", ".join(self.notify))
        if self.suggested_reply:
            parts.append(f"propose “{self.suggested_reply}”")
        return "; ".join(parts)


@dataclass
class DryRunResult:
    rows: list[DryRunRow]
    messages: int
    conversations: int
    errors: list[str]
    truncated: bool = False


def dry_run(
    session: Session,
    actor: Actor,
    specs: Sequence[RuleSpec] | None = None,
    *,
    days: float = 7,
    limit_messages: int = 50_000,
    now: datetime | None = None,
) -> DryRunResult:
    """What the rules (the stored set, or the given ones) would have done to the last ``days``
    of inbound messages — computed with ingest's own code, writing nothing.

    Each stored message is replayed as if it had arrived alone: the first message of a
    conversation counts as a new conversation, the rest as new messages in it.
    """
    _require(actor)
    catalog = Catalog.load(session, actor.workspace_id)
    if specs is None:
        specs = list_rules(session, actor)
    specs = [RuleSpec(s.name, s.conditions, s.actions, True, s.id, n) for n, s in enumerate(specs)]
    compiler = _Compiler(catalog)
    compiled: list[CompiledRule] = []
    index: dict[CompiledRule, list[tuple[str, Any]]] = {}
    for s in specs:
        c, keys = compiler.rule(s)  # an invalid rule is refused, as in the editor
        compiled.append(c)
        index[c] = keys
    ruleset = RuleSet(catalog, compiled, index, compiler.keywords)
    since = (now or utcnow()) - timedelta(days=days)
    first_in = (
        select(Message.conversation_id, func.min(Message.id).label("first_id"))
        .where(Message.direction == Direction.IN.value)
        .group_by(Message.conversation_id)
        .subquery()
    )
    q = (
        _facts_query()
        .add_columns(first_in.c.first_id)
        .join(first_in, first_in.c.conversation_id == Message.conversation_id)
        .where(Conversation.workspace_id == actor.workspace_id, Message.created_at >= since)
        .order_by(Message.created_at, Message.id)
        .limit(limit_messages + 1)
    )
    rows = session.execute(q).all()
    truncated = len(rows) > limit_messages
    rows = rows[:limit_messages]
    histories = _histories(session, sorted({r[1] for r in rows})) if ruleset.needs_history else {}
    per_conv: dict[int, list[CompiledRule]] = defaultdict(list)
    texts: dict[int, str] = {}
    customers: dict[int, str] = {}
    errors: list[str] = []
    for r in rows:
        f = _row_facts(r, is_new=r[0] == r[15])
        f.history = histories.get(r[1], 0)
        ruleset.prepare(f)
        d = ruleset.decide(r[1], [f])
        for rule, reason in d.errors:
            errors.append(f"“{rule.name}” failed on message {r[0]}: {reason}")
        if d.fired:
            per_conv[r[1]].extend(d.fired)
            texts.setdefault(r[1], f.text)
            customers[r[1]] = r[12]
    out = []
    for cid, fired in per_conv.items():
        eff = Effects()
        for rule in fired:
            eff.add_rule(rule)
        names: list[str] = []
        for rule in fired:
            if rule.name not in names:
                names.append(rule.name)
        out.append(
            DryRunRow(
                conversation_id=cid,
                customer=customers.get(cid, ""),
                text=texts.get(cid, "")[:300],
                rules=tuple(names),
                team=catalog.teams[eff.team_id][0] if eff.team_id in catalog.teams else None,
                team_id=eff.team_id,
                assignee=catalog.employee_names.get(eff.employee_id or 0),
                auto_assign=eff.auto_assign,
                priority=eff.priority,
                tags=tuple(eff.tags),
                notify=tuple(
                    dict.fromkeys(catalog.employee_names.get(e, "?") for e, _t in eff.notify)
                ),
                suggested_reply=catalog.canned.get(eff.suggested_reply_id or 0),
            )
        )
    out.sort(key=lambda row: row.conversation_id)
    return DryRunResult(
        rows=out,
        messages=len(rows),
        conversations=len({r[1] for r in rows}),
        errors=errors[:100],
        truncated=truncated,
    )
