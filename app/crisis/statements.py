"""Statements: one text for the public, approved in two steps, posted to several accounts.

A statement is one outbox post per brand account it goes to, each with the approval plan
"PR lead, then an executive or legal approver" (``approval_steps.STATEMENT_PLAN``). Approving
the statement signs the next step of every one of its posts in one transaction, so the accounts
never disagree; after the last step the publisher sends them all (PR cleared them, so the
crisis's own pause lets them through). An approved statement is also a holding statement: the
composer offers it first to agents while the crisis lasts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.crisis.mode import CrisisError, active_crisis
from app.db import changes
from app.db.models import BrandAccount, CrisisStatement, Employee, OutboxItem, OutboxStatus
from app.identity import audit
from app.identity.access import AccessDenied, Actor, Permission
from app.publishing import approval_steps, outbox

S = OutboxStatus
TOPIC = "crisis"


@dataclass(frozen=True)
class StatementView:
    id: int
    title: str
    body: str
    author: str
    accounts: tuple[str, ...]
    #: per account: "@acme: Sent", "@acme_help: Awaiting approval: Executive or legal (step 2 of 2)"
    states: tuple[str, ...]
    approved: bool
    sent: int
    total: int

    @property
    def status(self) -> str:
        if self.total and self.sent == self.total:
            return f"Published to {self.total} account{'s' if self.total != 1 else ''}"
        if self.approved:
            return "Approved, going out"
        return self.states[0].split(": ", 1)[1] if self.states else "Draft"


def draft(
    session: Session,
    actor: Actor,
    *,
    title: str,
    body: str,
    account_ids: Sequence[int],
    origin: str | None = None,
) -> StatementView:
    """Write a statement for several accounts and send it for its two-step approval."""
    if not actor.can(Permission.CRISIS_CONTROL):
        raise AccessDenied("Only PR (crisis control) drafts crisis statements.")
    if not title.strip():
        raise CrisisError("Give the statement a title (agents pick it by its title).")
    if not body.strip():
        raise CrisisError("The statement is empty.")
    ids = sorted(set(account_ids))
    if not ids:
        raise CrisisError("Choose at least one brand account to publish the statement from.")
    crisis = active_crisis(session, actor.workspace_id)
    items = []
    for aid in ids:
        item = outbox.create_draft(
            session, actor, kind="post", account_id=aid, text=body.strip(), origin=origin
        )
        approval_steps.plan(session, item.id, approval_steps.STATEMENT_PLAN, crisis=True)
        outbox.submit(session, actor, item.id, origin=origin)
        items.append(item.id)
    st = CrisisStatement(
        workspace_id=actor.workspace_id,
        crisis_id=crisis.id if crisis else None,
        title=title.strip()[:200],
        body=body.strip(),
        author_id=actor.employee_id,
        outbox_item_ids=items,
        holding=True,
    )
    session.add(st)
    session.flush()
    audit.record(
        session,
        "crisis_statement_drafted",
        actor=actor,
        target_type="crisis_statement",
        target_id=st.id,
        title=st.title,
        accounts=ids,
    )
    changes.publish(session, TOPIC, [st.id], origin)
    return get(session, st.id)


def approve(
    session: Session, actor: Actor, statement_id: int, *, origin: str | None = None
) -> StatementView:
    """Sign the next step of every post of the statement (PR lead first, then executive/legal)."""
    st = session.get(CrisisStatement, statement_id)
    if st is None or st.workspace_id != actor.workspace_id:
        raise CrisisError("This statement no longer exists.")
    pending = [
        i
        for i in st.outbox_item_ids
        if session.scalar(select(OutboxItem.status).where(OutboxItem.id == i))
        == S.AWAITING_APPROVAL
    ]
    if not pending:
        raise CrisisError("This statement is not waiting for approval.")
    for item_id in pending:
        outbox.approve(session, actor, item_id, origin=origin)
    view = get(session, statement_id)
    audit.record(
        session,
        "crisis_statement_approved",
        actor=actor,
        target_type="crisis_statement",
        target_id=statement_id,
        title=st.title,
        state=view.status,
    )
    changes.publish(session, TOPIC, [statement_id], origin)
    return view


def get(session: Session, statement_id: int) -> StatementView:
    st = session.get(CrisisStatement, statement_id, populate_existing=True)
    if st is None:
        raise CrisisError("This statement no longer exists.")
    return _view(session, st)


def _view(session: Session, st: CrisisStatement) -> StatementView:
    author = session.get(Employee, st.author_id) if st.author_id else None
    accounts, states = [], []
    sent = 0
    approved = True
    for item_id in st.outbox_item_ids:
        row = session.execute(
            select(OutboxItem.status, BrandAccount.handle, OutboxItem.last_error)
            .join(BrandAccount, BrandAccount.id == OutboxItem.brand_account_id)
            .where(OutboxItem.id == item_id)
            .execution_options(populate_existing=True)
        ).first()
        if row is None:
            continue
        status, handle, error = row
        accounts.append(f"@{handle}")
        words = approval_steps.status_words(session, item_id)
        if status == S.SENT:
            sent += 1
            text = "Sent"
        elif status == S.AWAITING_APPROVAL:
            approved = False
            text = words or "Awaiting approval"
        elif status in (S.APPROVED, S.SCHEDULED, S.SENDING):
            text = "Approved, going out"
        elif status == S.FAILED:
            text = f"Failed: {error or 'no reason recorded'}"
        else:
            approved = approved and status not in (S.REJECTED, S.CANCELLED, S.DRAFT)
            text = str(status).replace("_", " ").capitalize()
        states.append(f"@{handle}: {text}")
    return StatementView(
        st.id,
        st.title,
        st.body,
        author.display_name if author else "someone",
        tuple(accounts),
        tuple(states),
        approved and bool(states),
        sent,
        len(states),
    )


def list_statements(
    session: Session, workspace_id: int, crisis_id: int | None
) -> list[StatementView]:
    q = select(CrisisStatement).where(CrisisStatement.workspace_id == workspace_id)
    if crisis_id is not None:
        q = q.where(CrisisStatement.crisis_id == crisis_id)
    return [_view(session, st) for st in session.scalars(q.order_by(CrisisStatement.id.desc()))]


def holding_statements(session: Session, workspace_id: int) -> list[tuple[str, str]]:
    """(title, text) of the approved holding statements of the crisis under way: the composer
    offers them first. Empty when no crisis is on."""
    crisis = active_crisis(session, workspace_id)
    if crisis is None:
        return []
    out = []
    for st in session.scalars(
        select(CrisisStatement)
        .where(CrisisStatement.crisis_id == crisis.id, CrisisStatement.holding.is_(True))
        .order_by(CrisisStatement.id.desc())
    ):
        if _view(session, st).approved:
            out.append((st.title, st.body))
    return out
