"""Read-only views of the outbox: the approval queue, the schedule, my items, a conversation's."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, aliased

from app.db.models import (
    BrandAccount,
    Conversation,
    Customer,
    Employee,
    Message,
    OutboxApprovalStep,
    OutboxItem,
    Team,
    Workspace,
)
from app.identity.access import Actor, Permission, can_read
from app.publishing.outbox import QUEUED, S
from app.publishing.pause import pause_state

# ----------------------------------------------------------------------------------- queries


@dataclass(frozen=True)
class OutboxRow:
    id: int
    kind: str
    status: str
    account_id: int
    account: str
    network: str
    text: str
    media: list[dict[str, str]]
    author: str
    author_id: int | None
    approver: str
    conversation_id: int | None
    customer: str
    scheduled_at: datetime | None
    sent_at: datetime | None
    updated_at: datetime
    review_comment: str | None
    last_error: str | None
    remote_url: str | None
    attempts: int = 0
    in_reply_to: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    #: queued but publishing is paused (workspace or account): it waits, it is not "sending"
    held: bool = False
    #: a multi-step approval's next step in words (approval_steps.py), and its permission
    step_words: str | None = None
    step_permission: str | None = None
    #: the campaign and the several-accounts set the item belongs to (migration 0018)
    campaign: str | None = None
    post_set: str | None = None

    @property
    def status_text(self) -> str:
        """The status as a person reads it, with the reason where there is one."""
        if self.status == S.REJECTED and (self.review_comment or "").startswith("Held by"):
            return self.review_comment or ""
        if self.status == S.REJECTED and self.review_comment:
            return f"Rejected by {self.approver or 'an approver'}: {self.review_comment}"
        if self.status == S.FAILED:
            return f"Failed: {self.last_error or 'no reason recorded'}"
        if self.status == S.SENT:
            who = f", approved by {self.approver}" if self.approver else ""
            return f"Sent{who}"
        if self.status == S.SCHEDULED and self.scheduled_at:
            return f"Scheduled for {self.scheduled_at.astimezone():%d %b %Y %H:%M}"
        if self.status in QUEUED and self.held:
            return "Held: publishing paused"
        if self.status == S.AWAITING_APPROVAL and self.step_words:
            return self.step_words
        if self.status in QUEUED and self.last_error:
            return f"Queued (will retry: {self.last_error})"
        return {
            S.DRAFT: "Draft",
            S.AWAITING_APPROVAL: "Awaiting approval",
            S.APPROVED: "Approved, sending shortly",
            S.SENDING: "Sending…",
            S.CANCELLED: "Cancelled",
        }.get(self.status, self.status)


def _rows_query() -> Select:
    author = aliased(Employee)
    approver = aliased(Employee)
    return (
        select(
            OutboxItem,
            BrandAccount.handle,
            BrandAccount.network,
            author.display_name,
            approver.display_name,
            Customer.display_name,
            Customer.handle,
            Message.text,
        )
        .join(BrandAccount, BrandAccount.id == OutboxItem.brand_account_id)
        .outerjoin(author, author.id == OutboxItem.author_id)
        .outerjoin(approver, approver.id == OutboxItem.approver_id)
        .outerjoin(Conversation, Conversation.id == OutboxItem.conversation_id)
        .outerjoin(Customer, Customer.id == Conversation.customer_id)
        .outerjoin(Message, Message.id == OutboxItem.in_reply_to_message_id)
    )


def _to_rows(session: Session, q: Select) -> list[OutboxRow]:
    out = []
    for item, handle, network, author, approver, cname, chandle, parent_text in session.execute(q):
        out.append(
            OutboxRow(
                id=item.id,
                kind=item.kind,
                status=item.status,
                account_id=item.brand_account_id,
                account=handle,
                network=network,
                text=item.text,
                media=list(item.media or []),
                author=author or "",
                author_id=item.author_id,
                approver=approver or "",
                conversation_id=item.conversation_id,
                customer=(cname or chandle or "") if item.kind != "post" else "",
                scheduled_at=item.scheduled_at,
                sent_at=item.sent_at,
                updated_at=item.updated_at,
                review_comment=item.review_comment,
                last_error=item.last_error,
                remote_url=item.remote_url,
                attempts=item.attempts,
                in_reply_to=parent_text or "",
                campaign=item.campaign,
                post_set=item.post_set,
            )
        )
    _mark_held_and_steps(session, out)
    return out


def _mark_held_and_steps(session: Session, rows: list[OutboxRow]) -> None:
    """Which queued items the pause holds, and the next approval step of the others."""
    if not rows:
        return
    from app.publishing import approval_steps
    from app.publishing.pause import crisis_only

    ws_ids = sorted({ws for (ws,) in session.execute(
        select(OutboxItem.workspace_id).where(OutboxItem.id.in_([r.id for r in rows]))
    )})  # fmt: skip
    paused_ws = set(
        session.scalars(
            select(Workspace.id).where(
                Workspace.id.in_(ws_ids), Workspace.publishing_paused.is_(True)
            )
        )
    )
    paused_acc = set(
        session.scalars(
            select(BrandAccount.id).where(
                BrandAccount.id.in_({r.account_id for r in rows}),
                BrandAccount.publishing_paused.is_(True),
            )
        )
    )
    queued = [r for r in rows if r.status in QUEUED]
    through = crisis_only(session, sorted(paused_ws))
    cleared = approval_steps.cleared_by_pr(session, [r.id for r in queued]) if through else set()
    steps = approval_steps.pending_words(
        session, [r.id for r in rows if r.status == S.AWAITING_APPROVAL]
    )
    for i, r in enumerate(rows):
        held = r.status in QUEUED and (
            r.account_id in paused_acc or (bool(paused_ws) and not (through and r.id in cleared))
        )
        words, perm = steps.get(r.id, (None, None))
        if held or words:
            rows[i] = replace(r, held=held, step_words=words, step_permission=perm)


def approval_queue(session: Session, actor: Actor, limit: int = 500) -> list[OutboxRow]:
    """Items awaiting approval that this actor may approve (not their own), oldest first."""
    # PR (crisis control) signs the crisis steps even without the approve permission
    if not actor.can_somewhere(Permission.APPROVE) and not actor.can(Permission.CRISIS_CONTROL):
        return []
    q = (
        _rows_query()
        .where(
            OutboxItem.workspace_id == actor.workspace_id,
            OutboxItem.status == S.AWAITING_APPROVAL,
        )
        .order_by(OutboxItem.updated_at, OutboxItem.id)
        .limit(limit)
    )
    rows = _to_rows(session, q)
    teams = dict(
        session.execute(
            select(OutboxItem.id, Conversation.team_id)
            .join(Conversation, Conversation.id == OutboxItem.conversation_id)
            .where(OutboxItem.id.in_([r.id for r in rows] or [-1]))
        ).all()
    )

    # nobody signs two steps of one item: what this actor signed waits for someone else
    signed = set(
        session.scalars(
            select(OutboxApprovalStep.outbox_item_id).where(
                OutboxApprovalStep.outbox_item_id.in_([r.id for r in rows] or [-1]),
                OutboxApprovalStep.approver_id == actor.employee_id,
            )
        )
    )

    def mine_to_sign(r: OutboxRow) -> bool:
        if r.id in signed:
            return False
        if r.step_permission is not None:  # a multi-step item: its next step's permission
            perm = Permission(r.step_permission)
            return actor.can(perm, account_id=r.account_id) or actor.can(perm)
        return r.author_id != actor.employee_id and actor.can(
            Permission.APPROVE, account_id=r.account_id, team_id=teams.get(r.id)
        )

    return holder_warnings(session, [r for r in rows if mine_to_sign(r)])


def holder_warnings(session: Session, rows: list[OutboxRow]) -> list[OutboxRow]:
    """Mark replies whose author does not hold the conversation: the approver is told who does.

    A colleague answering over the owner's head is sometimes right (the owner is away) and
    sometimes a double answer to the customer; the approver decides, knowing it.
    """
    conv_ids = sorted({r.conversation_id for r in rows if r.kind == "reply" and r.conversation_id})
    if not conv_ids:
        return rows
    holders = {
        cid: (assignee_id, name)
        for cid, assignee_id, name in session.execute(
            select(Conversation.id, Conversation.assignee_id, Employee.display_name)
            .outerjoin(Employee, Employee.id == Conversation.assignee_id)
            .where(Conversation.id.in_(conv_ids))
        )
    }
    out = []
    for r in rows:
        held = holders.get(r.conversation_id or -1)
        if r.kind == "reply" and held is not None and held[0] != r.author_id:
            who = r.author or "The author"
            text = (
                f"{who} does not hold this conversation: {held[1] or 'a colleague'} does."
                if held[0] is not None
                else f"{who} does not hold this conversation: nobody has claimed it."
            )
            r = replace(r, extra={**r.extra, "holder_warning": text})
        out.append(r)
    return out


def schedule(
    session: Session,
    actor: Actor,
    *,
    account_id: int | None = None,
    include_sent: bool = False,
    limit: int = 1000,
) -> list[OutboxRow]:
    """Queued and scheduled items (and optionally the recently sent), soonest first."""
    statuses = [str(s) for s in (*QUEUED, S.AWAITING_APPROVAL, S.SENDING, S.FAILED)]
    if include_sent:
        statuses.append(str(S.SENT))
    q = _rows_query().where(
        OutboxItem.workspace_id == actor.workspace_id, OutboxItem.status.in_(statuses)
    )
    if account_id is not None:
        q = q.where(OutboxItem.brand_account_id == account_id)
    wide = (
        actor.can_somewhere(Permission.APPROVE)
        or actor.can_somewhere(Permission.POST_AS_BRAND)
        or actor.can_somewhere(Permission.PAUSE_PUBLISHING)
    )
    if not wide:
        q = q.where(OutboxItem.author_id == actor.employee_id)
    q = q.order_by(OutboxItem.scheduled_at.is_(None), OutboxItem.scheduled_at, OutboxItem.id).limit(
        limit
    )
    return _to_rows(session, q)


def my_items(session: Session, actor: Actor, limit: int = 200) -> list[OutboxRow]:
    q = (
        _rows_query()
        .where(OutboxItem.author_id == actor.employee_id, OutboxItem.status != S.CANCELLED)
        .order_by(OutboxItem.updated_at.desc(), OutboxItem.id.desc())
        .limit(limit)
    )
    return _to_rows(session, q)


def conversation_items(
    session: Session, actor: Actor, conversation_id: int, limit: int = 20
) -> list[OutboxRow]:
    """The replies in flight for a conversation, newest first (shown above the reply box)."""
    conv = session.get(Conversation, conversation_id)
    if conv is None or not can_read(actor, conv):
        return []
    q = (
        _rows_query()
        .where(
            OutboxItem.conversation_id == conversation_id,
            OutboxItem.status.not_in([str(S.CANCELLED), str(S.DRAFT)]),
        )
        .order_by(OutboxItem.updated_at.desc(), OutboxItem.id.desc())
        .limit(limit)
    )
    return _to_rows(session, q)


#: outbox states shown in the thread until the reply is a sent message there
IN_THREAD = (S.AWAITING_APPROVAL, S.APPROVED, S.SCHEDULED, S.SENDING, S.REJECTED, S.FAILED)


@dataclass(frozen=True)
class PendingReply:
    """A reply not yet sent, as the thread shows it under the messages."""

    id: int
    author: str
    text: str
    status: str
    #: "waiting for approval", "held: publishing is paused …", "rejected by …: …"
    mark: str
    at: datetime
    #: reply, or an amplification of the customer's post (boost, quote)
    kind: str = "reply"


def pending_replies(
    session: Session, actor: Actor, conversation_id: int, limit: int = 20
) -> list[PendingReply]:
    """The conversation's replies between submission and sending, oldest first."""
    conv = session.get(Conversation, conversation_id)
    if conv is None or not can_read(actor, conv):
        return []
    q = (
        _rows_query()
        .where(
            OutboxItem.conversation_id == conversation_id,
            OutboxItem.status.in_([str(x) for x in IN_THREAD]),
        )
        .order_by(OutboxItem.updated_at.desc(), OutboxItem.id.desc())
        .limit(limit)
    )
    rows = _to_rows(session, q)
    if not rows:
        return []
    paused = pause_state(session, conv.workspace_id)
    paused_accounts = {a[0]: a[3] for a in paused.accounts}
    out = []
    for r in reversed(rows):
        if r.status == S.AWAITING_APPROVAL:
            mark = "waiting for approval"
        elif r.status == S.REJECTED:
            mark = f"rejected by {r.approver or 'an approver'}: {r.review_comment or 'no comment'}"
        elif r.status == S.FAILED:
            mark = f"not sent: {r.last_error or 'no reason recorded'}"
        elif paused.workspace_paused or r.account_id in paused_accounts:
            reason = (
                paused.workspace_reason
                if paused.workspace_paused
                else paused_accounts.get(r.account_id)
            )
            mark = f"held: publishing is paused ({reason or 'no reason given'})"
        else:
            mark = r.status_text.lower()
        out.append(
            PendingReply(
                r.id, r.author or "a former colleague", r.text, r.status, mark, r.updated_at, r.kind
            )
        )
    return out


def item_row(session: Session, actor: Actor, item_id: int) -> OutboxRow | None:
    rows = _to_rows(
        session,
        _rows_query().where(
            OutboxItem.id == item_id, OutboxItem.workspace_id == actor.workspace_id
        ),
    )
    return rows[0] if rows else None


def accounts_for_posting(session: Session, actor: Actor) -> list[tuple[int, str, str]]:
    """(id, handle, network) of the accounts this actor may post from."""
    rows = session.execute(
        select(BrandAccount.id, BrandAccount.handle, BrandAccount.network)
        .where(BrandAccount.workspace_id == actor.workspace_id)
        .order_by(BrandAccount.network, BrandAccount.handle)
    ).all()
    return [
        (r[0], r[1], r[2]) for r in rows if actor.can(Permission.POST_AS_BRAND, account_id=r[0])
    ]


def team_names(session: Session, ids: Iterable[int]) -> dict[int, str]:
    return dict(
        session.execute(select(Team.id, Team.name).where(Team.id.in_(list(ids) or [-1]))).all()
    )
