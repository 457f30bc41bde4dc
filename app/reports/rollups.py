"""The report_* rollups: kept up to date from the change feed, so a dashboard reads facts.

Every service that changes a conversation (ingest, a reply sent, a status change, a hand-off,
tags) publishes a change event naming it. :func:`catch_up` reads the events after the last one
it folded in, derives those conversations' facts again from the raw tables and replaces their
rows — so the rollups equal what a full computation gives, whatever happened in between.
The sync thread calls it every few seconds; a workspace seen for the first time (or whose
reporting time zone changed) is rebuilt whole.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from app.db.bulk import member_of
from app.db.models import (
    ChangeEvent,
    Conversation,
    ReportConversation,
    ReportResolution,
    ReportResponse,
    ReportState,
    ReportVolume,
    Workspace,
)
from app.db.types import utcnow
from app.reports.facts import (
    ConversationFacts,
    _status_events,
    derive_all,
    load_histories,
    report_timezone,
)

log = logging.getLogger(__name__)

ROLLUP_TABLES = (ReportVolume, ReportResponse, ReportResolution, ReportConversation)
#: conversations re-derived per statement batch
CHUNK = 5000


@dataclass
class CatchUp:
    workspaces: int = 0
    conversations: int = 0
    rebuilt: bool = False


def _rows(facts: Sequence[ConversationFacts]) -> dict[type, list[dict[str, object]]]:
    out: dict[type, list[dict[str, object]]] = {t: [] for t in ROLLUP_TABLES}
    for f in facts:
        d = f.dims
        common = {
            "conversation_id": f.conversation_id,
            "workspace_id": d.workspace_id,
            "team_id": d.team_id,
            "brand_account_id": d.account_id,
            "network": d.network,
            "kind": d.kind,
            "intent": d.intent,
        }
        out[ReportConversation].append(
            {
                **common,
                "assignee_id": d.assignee_id,
                "opened_at": f.opened_at,
                "day": f.day,
                "handoffs": f.handoffs,
            }
        )
        for r in f.responses:
            out[ReportResponse].append(
                {
                    **common,
                    "which": r.which,
                    "asked_at": r.asked_at,
                    "day": r.day,
                    "answered_at": r.answered_at,
                    "seconds": r.seconds,
                    "employee_id": r.employee_id,
                    "due_at": r.due_at,
                }
            )
        for e in f.resolutions:
            out[ReportResolution].append(
                {
                    **common,
                    "opened_at": e.opened_at,
                    "opened_day": e.opened_day,
                    "resolved_at": e.resolved_at,
                    "day": e.day,
                    "seconds": e.seconds,
                    "resolved_by": e.resolved_by,
                }
            )
        for (day, direction), cell in f.volume.items():
            out[ReportVolume].append(
                {
                    **common,
                    "day": day,
                    "direction": direction,
                    "n": cell.n,
                    "sentiment_sum": cell.sentiment_sum,
                    "sentiment_n": cell.sentiment_n,
                    "positive": cell.positive,
                    "negative": cell.negative,
                }
            )
    return out


def _write(session: Session, facts: Sequence[ConversationFacts]) -> None:
    for table, rows in _rows(facts).items():
        if rows:
            session.execute(insert(table), rows)


def _replace(session: Session, workspace_id: int, ids: Sequence[int], tz: ZoneInfo) -> int:
    """Derive these conversations again and put their rows in place of the old ones."""
    done = 0
    for start in range(0, len(ids), CHUNK):
        chunk = list(ids[start : start + CHUNK])
        for table in ROLLUP_TABLES:
            session.execute(delete(table).where(member_of(session, table.conversation_id, chunk)))
        histories = load_histories(
            session, workspace_id, member_of(session, Conversation.id, chunk), ids=chunk
        )
        _write(session, derive_all(session, workspace_id, histories, tz))
        done += len(chunk)
    return done


def rebuild(session: Session, workspace_id: int, tz: ZoneInfo) -> int:
    """Every conversation of the workspace again, in id ranges (memory stays bounded)."""
    for table in ROLLUP_TABLES:
        session.execute(delete(table).where(table.workspace_id == workspace_id))
    statuses = _status_events(session, workspace_id, None)
    lo, hi = session.execute(
        select(func.min(Conversation.id), func.max(Conversation.id)).where(
            Conversation.workspace_id == workspace_id
        )
    ).one()
    if lo is None:
        return 0
    done = 0
    step = CHUNK * 4
    for start in range(lo, hi + 1, step):
        where = Conversation.id.between(start, start + step - 1)
        histories = load_histories(session, workspace_id, where, statuses=statuses)
        _write(session, derive_all(session, workspace_id, histories, tz))
        done += len(histories)
    return done


def catch_up(session: Session, *, limit: int = 20_000) -> CatchUp:
    """Fold the change feed into the rollups (the caller commits). Cheap when nothing is new."""
    result = CatchUp()
    newest = int(session.scalar(select(func.coalesce(func.max(ChangeEvent.id), 0))) or 0)
    for ws_id, settings in session.execute(select(Workspace.id, Workspace.settings)).all():
        tz = report_timezone(settings)
        state = session.get(ReportState, ws_id, with_for_update=True)
        if state is None or state.timezone != tz.key:
            if state is None:
                state = ReportState(workspace_id=ws_id, change_id=0, timezone=tz.key)
                session.add(state)
            result.conversations += rebuild(session, ws_id, tz)
            result.rebuilt = True
            state.timezone = tz.key
            state.change_id = newest
            state.updated_at = utcnow()
            result.workspaces += 1
            continue
        if state.change_id >= newest:
            continue
        ids: set[int] = set()
        last = state.change_id
        for event_id, event_ids in session.execute(
            select(ChangeEvent.id, ChangeEvent.ids)
            .where(ChangeEvent.id > state.change_id, ChangeEvent.topic == "conversation")
            .order_by(ChangeEvent.id)
            .limit(limit)
        ):
            ids.update(int(i) for i in event_ids or ())
            last = event_id
        mine = sorted(
            session.scalars(
                select(Conversation.id).where(
                    member_of(session, Conversation.id, sorted(ids)),
                    Conversation.workspace_id == ws_id,
                )
            )
        )
        result.conversations += _replace(session, ws_id, mine, tz)
        # topics other than conversation move the mark on too (nothing of theirs is counted)
        state.change_id = last if _more(session, last) else newest
        state.updated_at = utcnow()
        result.workspaces += 1
    session.flush()
    return result


def _more(session: Session, after: int) -> bool:
    """Whether conversation events beyond ``after`` are left for the next round (a capped read)."""
    return (
        session.scalar(
            select(ChangeEvent.id)
            .where(ChangeEvent.id > after, ChangeEvent.topic == "conversation")
            .limit(1)
        )
        is not None
    )
