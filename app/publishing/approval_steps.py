"""Multi-step approval: an outbox item that must be signed off by several people, in order.

An item with no steps is approved the ordinary way (one approver, ``outbox.approve``). An item
with a plan — a crisis statement (PR lead, then an executive or legal approver), or a reply held
by a crisis (PR) — is signed off step by step: each step names the permission its signer must
hold, nobody signs their own item, and nobody signs two steps of the same item. When the last
step is signed, ``outbox.approve`` moves the item on as usual. Any post can be given a plan.

Crisis mode tightens approvals here as well: while the workspace is in crisis mode no author may
skip approval, and every reply or post gets one step "PR" (crisis control) before it can go.
Steps signed under crisis control mark the item as cleared by PR, which lets it through the
pause a crisis puts on publishing (see :func:`cleared_by_pr`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, exists, insert, select, update
from sqlalchemy.orm import Session

from app.db.models import Employee, OutboxApprovalStep, OutboxItem, Workspace
from app.db.types import utcnow
from app.identity import audit
from app.identity.access import AccessDenied, Actor, Permission


@dataclass(frozen=True)
class PlanStep:
    label: str
    permission: Permission
    #: the author may sign it (a PR lead signs their own statement as PR lead); the last step
    #: of a plan is always someone else's
    author_may_sign: bool = False


Plan = Sequence[PlanStep]

#: a crisis statement: the PR lead (who may have written it), then an executive or legal approver
STATEMENT_PLAN: Plan = (
    PlanStep("PR lead", Permission.CRISIS_CONTROL, author_may_sign=True),
    PlanStep("Executive or legal", Permission.APPROVE),
)
#: what every reply and post needs while the workspace is in crisis mode
CRISIS_PLAN: Plan = (PlanStep("PR", Permission.CRISIS_CONTROL),)
#: an ordinary post the author asked to have signed twice: a team lead, then legal (two
#: different approvers, as every plan requires)
TWO_STEP_POST_PLAN: Plan = (
    PlanStep("Team lead", Permission.APPROVE),
    PlanStep("Legal", Permission.APPROVE),
)


@dataclass(frozen=True)
class Step:
    position: int
    label: str
    permission: str
    approver: str | None
    approved: bool


def in_crisis(session: Session, workspace_id: int) -> bool:
    return bool(session.scalar(select(Workspace.crisis_mode).where(Workspace.id == workspace_id)))


def plan(session: Session, item_id: int, steps: Plan, *, crisis: bool = False) -> None:
    """Give an item its approval steps (replacing an unsigned plan)."""
    signed = session.scalar(
        select(OutboxApprovalStep.id).where(
            OutboxApprovalStep.outbox_item_id == item_id,
            OutboxApprovalStep.approved_at.is_not(None),
        )
    )
    if signed is not None:
        return  # a plan someone has begun signing is kept as it is
    session.execute(
        OutboxApprovalStep.__table__.delete().where(
            OutboxApprovalStep.__table__.c.outbox_item_id == item_id
        )
    )
    session.execute(
        insert(OutboxApprovalStep.__table__).inline(),
        [
            {
                "outbox_item_id": item_id,
                "position": i,
                "label": st.label,
                "permission": str(st.permission),
                "crisis": crisis or st.permission == Permission.CRISIS_CONTROL,
                "author_may_sign": st.author_may_sign and i < len(steps) - 1,
            }
            for i, st in enumerate(steps)
        ],
    )


def on_submit(session: Session, actor: Actor, item_id: int, skip: bool) -> bool:
    """The outbox's hook at submission: returns whether the author may still skip approval.

    In crisis mode nobody skips, and an item without a plan gets the PR step. An item given a
    plan (a two-step post, a statement) is never skipped either: its author asked for the
    signatures, whatever their role would allow.
    """
    has_plan = session.scalar(
        select(OutboxApprovalStep.id).where(OutboxApprovalStep.outbox_item_id == item_id)
    )
    if not in_crisis(session, actor.workspace_id):
        return skip and has_plan is None
    if has_plan is None:
        plan(session, item_id, CRISIS_PLAN, crisis=True)
    return False


def needs_steps(session: Session, item: OutboxItem) -> bool:
    """The outbox's hook at approval: whether the item is signed step by step. An item that
    was waiting before the crisis began gets the PR step now (PR approves everything during a
    crisis, the database insists on it too)."""
    if next_step(session, item.id) is not None:
        return True
    if item.status == "awaiting_approval" and in_crisis(session, item.workspace_id):
        signed_by_pr = session.scalar(
            select(OutboxApprovalStep.id).where(
                OutboxApprovalStep.outbox_item_id == item.id, OutboxApprovalStep.crisis
            )
        )
        if signed_by_pr is None:
            plan(session, item.id, CRISIS_PLAN, crisis=True)
            return True
    return False


def steps(session: Session, item_id: int) -> list[Step]:
    rows = session.execute(
        select(OutboxApprovalStep, Employee.display_name)
        .outerjoin(Employee, Employee.id == OutboxApprovalStep.approver_id)
        .where(OutboxApprovalStep.outbox_item_id == item_id)
        .order_by(OutboxApprovalStep.position)
    ).all()
    return [
        Step(st.position, st.label, st.permission, name, st.approved_at is not None)
        for st, name in rows
    ]


def next_step(session: Session, item_id: int) -> OutboxApprovalStep | None:
    return session.scalar(
        select(OutboxApprovalStep)
        .where(
            OutboxApprovalStep.outbox_item_id == item_id,
            OutboxApprovalStep.approved_at.is_(None),
        )
        .order_by(OutboxApprovalStep.position)
        .limit(1)
    )


def may_sign(session: Session, actor: Actor, item: OutboxItem) -> bool:
    st = next_step(session, item.id)
    if st is None:
        return False
    return actor.can(Permission(st.permission), account_id=item.brand_account_id) or actor.can(
        Permission(st.permission)
    )


def sign(session: Session, actor: Actor, item: OutboxItem) -> bool:
    """Sign the item's next step; returns whether that was the last one (the item may go)."""
    st = next_step(session, item.id)
    if st is None:
        return True
    if item.author_id == actor.employee_id and not st.author_may_sign:
        raise AccessDenied("You cannot approve your own item; another approver must.")
    if not may_sign(session, actor, item):
        raise AccessDenied(
            f"This item waits for “{st.label}”: you do not have the permission to sign that step."
        )
    already = session.scalar(
        select(OutboxApprovalStep.position).where(
            OutboxApprovalStep.outbox_item_id == item.id,
            OutboxApprovalStep.approver_id == actor.employee_id,
        )
    )
    if already is not None:
        raise AccessDenied(
            "You signed an earlier step of this item; the next step needs someone else."
        )
    done = session.execute(
        update(OutboxApprovalStep)
        .where(OutboxApprovalStep.id == st.id, OutboxApprovalStep.approved_at.is_(None))
        .values(approver_id=actor.employee_id, approved_at=utcnow())
        .execution_options(synchronize_session=False)
    ).rowcount
    if done != 1:
        raise AccessDenied("Someone else signed this step just now; look again.")
    audit.record(
        session,
        "outbox_step_approved",
        actor=actor,
        target_type="outbox_item",
        target_id=item.id,
        step=st.label,
        position=st.position,
    )
    return next_step(session, item.id) is None


def status_words(session: Session, item_id: int) -> str | None:
    """ "Awaiting approval: Executive or legal (step 2 of 2)", or None without a plan."""
    all_steps = steps(session, item_id)
    pending = [s for s in all_steps if not s.approved]
    if not all_steps or not pending:
        return None
    st = pending[0]
    return f"Awaiting approval: {st.label} (step {st.position + 1} of {len(all_steps)})"


def cleared_by_pr(session: Session, item_ids: Sequence[int]) -> set[int]:
    """Items whose every step is signed and one of them under crisis control: PR let them out,
    so the crisis pause does not hold them (a pause made before the crisis still does)."""
    if not item_ids:
        return set()
    t = OutboxApprovalStep
    crisis_items = set(
        session.scalars(select(t.outbox_item_id).where(t.outbox_item_id.in_(item_ids), t.crisis))
    )
    unsigned = set(
        session.scalars(
            select(t.outbox_item_id).where(t.outbox_item_id.in_(item_ids), t.approved_at.is_(None))
        )
    )
    return crisis_items - unsigned


def cleared_clause() -> ColumnElement[bool]:
    """:func:`cleared_by_pr` as a WHERE clause on outbox_item, for the publisher's claim."""
    t = OutboxApprovalStep
    return exists().where(t.outbox_item_id == OutboxItem.id, t.crisis.is_(True)) & ~exists().where(
        t.outbox_item_id == OutboxItem.id, t.approved_at.is_(None)
    )


def pending_words(session: Session, item_ids: Sequence[int]) -> dict[int, tuple[str, str]]:
    """For each item with an unsigned step: (words for its status, the next step's permission)."""
    if not item_ids:
        return {}
    t = OutboxApprovalStep
    rows = session.execute(
        select(t.outbox_item_id, t.position, t.label, t.permission, t.approved_at)
        .where(t.outbox_item_id.in_(list(item_ids)))
        .order_by(t.outbox_item_id, t.position)
    ).all()
    total: dict[int, int] = {}
    nxt: dict[int, tuple[int, str, str]] = {}
    for item_id, pos, label, perm, at in rows:
        total[item_id] = total.get(item_id, 0) + 1
        if at is None and item_id not in nxt:
            nxt[item_id] = (pos, label, perm)
    return {
        i: (f"Awaiting approval: {label} (step {pos + 1} of {total[i]})", perm)
        for i, (pos, label, perm) in nxt.items()
    }
