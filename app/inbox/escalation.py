"""Escalation and hand-off between departments, and the voice of the customer for product.

A hand-off moves a conversation to another team with a *pinned* note: the receiving team reads
why it came to them before anything else. "Hot lead to sales" and "Feedback to product" are
hand-offs with a tag and a priority, one action each.

The voice-of-the-customer feed groups feature requests and bug reports by topic so product and
R&D see what is asked for most. Topics are the words and two-word phrases that are frequent in
those messages *and* rare elsewhere (a keyness score against all inbound messages): a product
name that appears in every complaint does not become a topic, "dark mode" does. No model, no
heavy dependency, and explainable: the topic is the phrase.
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import exc as sa_exc
from sqlalchemy import insert, select, update
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from app.db import changes
from app.db.models import (
    Assignment,
    Conversation,
    ConversationTag,
    Direction,
    Message,
    Note,
    Notification,
    Team,
)
from app.db.types import utcnow
from app.identity import audit
from app.identity.access import AccessDenied, Actor, Permission, can_read
from app.identity.provisioning import session_employee_id

if TYPE_CHECKING:
    from app.routing.spec import Catalog

MAX_NOTE_CHARS = 4000


class HandoffError(ValueError):
    """A hand-off that cannot happen; the message says why, in words."""


@dataclass(frozen=True)
class HandoffResult:
    conversation_id: int
    team_id: int
    team: str
    note_id: int
    assignee_id: int | None
    #: the conversation's version after the move
    version: int = 0
    #: whether the sender can still see it: usually not, it left their scope with the move
    visible: bool = True


def _team_for(
    session: Session, workspace_id: int, *, team_id: int | None, department: str | None
) -> Team:
    if team_id is not None:
        team = session.get(Team, team_id)
        if team is None or team.workspace_id != workspace_id:
            raise HandoffError("That team does not exist.")
        return team
    team = session.scalar(
        select(Team)
        .where(Team.workspace_id == workspace_id, Team.department == department)
        .order_by(Team.id)
        .limit(1)
    )
    if team is None:
        raise HandoffError(f"This workspace has no {department} team to hand over to.")
    return team


def lock_conversation(session: Session, actor: Actor, conversation_id: int) -> Conversation:
    """The conversation, row-locked and fresh, if the actor may read it.

    Locked first, so a claim racing a hand-off waits, then sees the new team.
    """
    session.execute(
        select(Conversation.id).where(Conversation.id == conversation_id).with_for_update()
    )
    conv = session.get(Conversation, conversation_id, populate_existing=True)
    if conv is None or not can_read(actor, conv):
        raise AccessDenied("This conversation does not exist or is outside your scope.")
    return conv


def handoff(
    session: Session,
    actor: Actor,
    conversation_id: int,
    *,
    team_id: int | None = None,
    department: str | None = None,
    note: str,
    tags: Sequence[str] = (),
    priority: str | None = None,
    kind: str = "handoff",
) -> HandoffResult:
    """Move a conversation to another team with a pinned note; the caller commits.

    Whoever may read the conversation and reply may hand it off; the person holding it lets
    go (the receiving team's auto-assignment, if on, picks someone who is there — on the owner's
    connection and SQLite only: an employee login cannot see the receiving team's load, so
    there the conversation waits in the team's queue and its leads are notified).
    """
    conv = lock_conversation(session, actor, conversation_id)
    if not (actor.can_somewhere(Permission.REPLY) or actor.can_somewhere(Permission.READ_ALL)):
        raise AccessDenied("You do not have the permission to hand conversations over.")
    text = " ".join((note or "").split()) if "\n" not in (note or "") else (note or "").strip()
    if not text:
        raise HandoffError("Say in a few words why the receiving team gets this conversation.")
    if len(text) > MAX_NOTE_CHARS:
        raise HandoffError(f"The note is longer than {MAX_NOTE_CHARS} characters.")
    team = _team_for(session, actor.workspace_id, team_id=team_id, department=department)
    if conv.team_id == team.id and kind == "handoff":
        raise HandoffError(f"This conversation is already with {team.name}.")
    return move_to_team(
        session, actor, conv, team, note=text, tags=tags, priority=priority, kind=kind, reopen=True
    )


def login_employee_id(session: Session) -> int | None:
    """The employee this PostgreSQL connection is signed in as; None for the owner and SQLite.

    Kept on the pooled connection: its ``session_user`` never changes.
    """
    conn = session.connection()
    if conn.dialect.name != "postgresql":
        return None
    key = "sc_login_employee_id"
    if key not in conn.info:
        conn.info[key] = session_employee_id(session)
    return conn.info[key]  # type: ignore[no-any-return]


def move_to_team(
    session: Session,
    actor: Actor,
    conv: Conversation,
    team: Team,
    *,
    note: str | None,
    to_employee: int | None = None,
    tags: Sequence[str] = (),
    priority: str | None = None,
    kind: str = "handoff",
    reopen: bool = False,
    origin: str | None = None,
) -> HandoffResult:
    """The one way a conversation changes team (hand-offs and "Assign…" to a team alike).

    The caller has loaded ``conv`` with :func:`lock_conversation` and checked the actor may work
    it. Writes the pinned note, the history row, the notifications to the receiving team's
    leads (and to ``to_employee``'s, told by the caller), the audit and change events.

    On PostgreSQL signed in as an employee, row-level security lets an agent change only what
    stays in their own scope, so the order matters: the note, tags, status and priority are
    written first, while the conversation is still theirs to work; then the checked function
    ``sc_hand_off`` (migrations 0003, 0009) moves it, writes the history row and notifies the
    receiving team's leads, whom an agent cannot look up. Afterwards the conversation is usually
    out of sight: nothing here reads it again through the ORM. The owner's connection (sync
    workers, IT's command line) and SQLite take the plain path: the owner is no employee, so the
    function would refuse it, and it bypasses row-level security anyway.
    """
    now = utcnow()
    cid = conv.id
    login = login_employee_id(session)
    old_team = session.get(Team, conv.team_id) if conv.team_id else None
    from_name = old_team.name if old_team else "no team"
    said = f": {note}" if note else "."
    # -- while the conversation is still in the sender's scope --------------------------------
    from app.learning import corrections  # a re-route is a label for the learned model

    corrections.record_reroute(session, actor, conv, team)
    if reopen and conv.status != "open":
        conv.status = "open"
        conv.snoozed_until = None
    if priority is not None:
        from app.routing.spec import PRIORITIES

        conv.priority = max(conv.priority or 0, PRIORITIES[priority])
    pinned = Note(
        conversation_id=cid,
        author_id=actor.employee_id,
        text=f"Handed over from {from_name} to {team.name} by {actor.display_name}{said}",
        mentions=[],
        created_at=now,
        pinned=True,
    )
    session.add(pinned)
    existing = set(
        session.scalars(select(ConversationTag.tag).where(ConversationTag.conversation_id == cid))
    )
    for t in tags:
        if t not in existing:
            session.add(ConversationTag(conversation_id=cid, tag=t))
    session.flush()
    note_id = pinned.id
    notify = f"{actor.display_name} handed a conversation to {team.name}{said}"[:1000]
    history_note = note[:1000] if note else None
    # -- the move -------------------------------------------------------------------------------
    if login is not None:
        version = _move_as_employee(session, cid, team.id, history_note, to_employee, notify)
        assigned = to_employee
        visible = session.scalar(select(Conversation.id).where(Conversation.id == cid)) is not None
    else:
        old_assignee = conv.assignee_id
        conv.team_id = team.id
        conv.assignee_id = to_employee
        conv.version = (conv.version or 0) + 1
        conv.updated_at = now
        session.add(
            Assignment(
                conversation_id=cid,
                from_employee_id=old_assignee,
                to_employee_id=to_employee,
                to_team_id=team.id,
                by_employee_id=actor.employee_id,
                action="handoff",
                note=history_note,
                at=now,
            )
        )
        session.flush()
        leads = [
            e
            for e in _catalog(session, actor.workspace_id).team_leads.get(team.id, ())
            if e != actor.employee_id
        ]
        if leads:
            session.execute(
                insert(Notification),
                [
                    {
                        "employee_id": e,
                        "kind": "handoff",
                        "conversation_id": cid,
                        "text": notify,
                        "at": now,
                    }
                    for e in leads
                ],
            )
        assigned = to_employee
        if to_employee is None:
            from app.routing import autoassign

            assigned = autoassign.assign_batch(session, actor.workspace_id, [cid], now=now).get(cid)
        session.refresh(conv)
        version = conv.version
        visible = can_read(actor, conv)
    audit.record(
        session,
        "conversation_handed_off",
        actor=actor,
        target_type="conversation",
        target_id=cid,
        from_team=from_name,
        to_team=team.name,
        to_employee=to_employee,
        kind=kind,
    )
    changes.publish(session, "conversation", [cid], origin)
    return HandoffResult(cid, team.id, team.name, note_id, assigned, version, visible)


def _move_as_employee(
    session: Session,
    conversation_id: int,
    team_id: int,
    note: str | None,
    to_employee: int | None,
    notify: str,
) -> int:
    """``sc_hand_off`` on the employee's own connection; its refusals in words."""
    conv = session.get(Conversation, conversation_id)
    try:
        version = session.scalar(
            sql_text("SELECT sc_hand_off(:conv, :team, :note, :to_employee, :notify)"),
            {
                "conv": conversation_id,
                "team": team_id,
                "note": note,
                "to_employee": to_employee,
                "notify": notify,
            },
        )
    except sa_exc.DBAPIError as exc:
        state = getattr(exc.orig, "sqlstate", None)
        if state == "42501":
            if "receiving team" in str(exc.orig):
                raise AccessDenied(
                    "That colleague is not a member of the receiving team."
                ) from None
            raise AccessDenied(
                "This conversation does not exist or is outside your scope."
            ) from None
        if state == "23503":
            raise HandoffError("That team does not exist.") from None
        raise
    # what the session holds of the row is stale now, and the row is likely out of sight
    if conv is not None:
        session.expunge(conv)
    return int(version)


def hot_lead_to_sales(
    session: Session, actor: Actor, conversation_id: int, note: str = ""
) -> HandoffResult:
    """One action: to Sales, tagged hot-lead, high priority."""
    return handoff(
        session,
        actor,
        conversation_id,
        department="sales",
        note=note.strip() or "Hot lead: this customer wants to buy.",
        tags=("hot-lead",),
        priority="high",
        kind="hot_lead",
    )


def feedback_to_product(
    session: Session, actor: Actor, conversation_id: int, note: str = ""
) -> HandoffResult:
    """One action: to Product, tagged feedback (it also shows in the voice of the customer)."""
    return handoff(
        session,
        actor,
        conversation_id,
        department="product",
        note=note.strip() or "Product feedback from a customer.",
        tags=("feedback",),
        kind="feedback",
    )


@dataclass(frozen=True)
class PinnedNote:
    id: int
    text: str
    created_at: datetime


def pinned_notes(session: Session, actor: Actor, conversation_id: int) -> list[PinnedNote]:
    """The hand-off notes of a conversation, newest first: shown above its thread."""
    conv = session.get(Conversation, conversation_id)
    if conv is None or not can_read(actor, conv):
        raise AccessDenied("This conversation does not exist or is outside your scope.")
    rows = session.scalars(
        select(Note)
        .where(Note.conversation_id == conversation_id, Note.pinned.is_(True))
        .order_by(Note.created_at.desc(), Note.id.desc())
    )
    return [PinnedNote(n.id, n.text, n.created_at) for n in rows]


def unpin(session: Session, actor: Actor, note_id: int) -> None:
    note = session.get(Note, note_id)
    if note is None:
        return
    conv = session.get(Conversation, note.conversation_id)
    if conv is None or not can_read(actor, conv):
        raise AccessDenied("This conversation does not exist or is outside your scope.")
    session.execute(update(Note).where(Note.id == note_id).values(pinned=False))
    changes.publish(session, "conversation", [conv.id])


# --------------------------------------------------------------------------------------------
# voice of the customer
# --------------------------------------------------------------------------------------------

VOC_INTENTS = ("feature_request", "bug_report")
_TOKEN = re.compile(r"[^\W\d_][\w'-]*[^\W_]|[^\W\d_]")
_HANDLE = re.compile(r"[@#][\w.]+|https?://\S+")
_ELISION = re.compile(r"^(?:[ljdmnst]|qu)['’]")  # French/Italian l', j', qu' …
# short multilingual stop lists: words that never name a topic
STOPWORDS = frozenset(
    """
    a an the and or but if of to in on at for with from by as is are was were be been being am
    it its it's this that these those there here i me my we our you your he she they them their
    do does did done doing have has had having can could would should will shall may might must
    not no yes so too very just also only please pls plz thanks thank hi hello hey dear
    what when where which who why how any some all every each more most other such than then
    now again still even about into over after before up down out off get got make makes made
    let us lets i'm i've i'd you're don't doesn't didn't can't won't isn't it’s would've
    add added adding want wants wish would love like need needs feature request option ability
    bug issue problem app application works working work broken doesn't again time times every
    el la los las un una unos unas y o de del al en con por para que es son se su sus mi mis
    por favor gracias hola no si
    le les des du au aux et ou en dans pour par sur avec ce cette ces est sont je tu il elle un une
    nous vous ils mon ma mes merci bonjour svp quand
    der die das den dem des ein eine einen und oder zu im in auf mit für von ist sind ich du er
    sie wir ihr mein meine bitte danke hallo nicht auch noch
    o a os as um uma e ou de do da dos das em no na com por para que é são obrigado olá
    il lo la gli le un una e o di del della in con per che è sono grazie ciao
    """.split()
)


@dataclass
class VocTopic:
    topic: str
    count: int
    by_intent: dict[str, int] = field(default_factory=dict)
    examples: list[str] = field(default_factory=list)
    conversation_ids: list[int] = field(default_factory=list)


@dataclass
class VocFeed:
    topics: list[VocTopic]
    messages: int
    since: datetime


def _may_see_voc(actor: Actor, session: Session) -> bool:
    if actor.can_somewhere(Permission.READ_ALL) or actor.can_somewhere(Permission.VIEW_REPORTS):
        return True
    if not actor.team_ids:
        return False
    depts = set(session.scalars(select(Team.department).where(Team.id.in_(sorted(actor.team_ids)))))
    return "product" in depts


def _terms(text: str) -> list[str]:
    words = [_ELISION.sub("", w.casefold()) for w in _TOKEN.findall(_HANDLE.sub(" ", text))]
    words = [w for w in words if len(w) > 1]
    out = [w for w in words if w not in STOPWORDS and len(w) > 2]
    for a, b in zip(words, words[1:], strict=False):
        if a not in STOPWORDS and b not in STOPWORDS:
            out.append(f"{a} {b}")
    return out


def group_topics(
    feedback: Sequence[tuple[int, int, str, str]],
    background: Sequence[str],
    *,
    max_topics: int = 30,
    examples: int = 3,
) -> list[VocTopic]:
    """Group (message id, conversation id, intent, text) by topic phrase.

    Greedy cover: take the phrase with the best keyness (frequency among the feedback × how
    rare it is among all messages, two-word phrases preferred), give it the messages that
    contain it, repeat with what is left. Messages no phrase covers twice go to "other".
    """
    n_bg = max(1, len(background))
    df_bg: Counter[str] = Counter()
    for text in background:
        df_bg.update(set(_terms(text)))
    terms_of = {mid: set(_terms(text)) for mid, _c, _i, text in feedback}
    left = {mid for mid, *_ in feedback}
    by_id = {mid: (cid, intent, text) for mid, cid, intent, text in feedback}
    topics: list[VocTopic] = []
    while left and len(topics) < max_topics:
        df: Counter[str] = Counter()
        for mid in left:
            df.update(terms_of[mid])
        best, best_score = None, 0.0
        for term, n in df.items():
            if n < 2:
                continue
            idf = math.log((n_bg + 1) / (df_bg.get(term, 0) + 1)) + 1.0
            score = n * idf * (1.5 if " " in term else 1.0)
            if score > best_score or (score == best_score and best is not None and term < best):
                best, best_score = term, score
        if best is None:
            break
        members = sorted(mid for mid in left if best in terms_of[mid])
        left.difference_update(members)
        topics.append(_topic(best, members, by_id, examples))
    if left:
        topics.append(_topic("other", sorted(left), by_id, examples))
    return topics


def _topic(
    name: str, members: Sequence[int], by_id: dict[int, tuple[int, str, str]], examples: int
) -> VocTopic:
    counts: Counter[str] = Counter(by_id[m][1] for m in members)
    texts: list[str] = []
    for m in reversed(members):  # newest first
        t = " ".join(by_id[m][2].split())[:280]
        if t not in texts:
            texts.append(t)
        if len(texts) >= examples:
            break
    convs = list(dict.fromkeys(by_id[m][0] for m in members))
    return VocTopic(name, len(members), dict(counts), texts, convs)


def voc_feed(
    session: Session,
    actor: Actor,
    *,
    days: float = 30,
    intents: Sequence[str] = VOC_INTENTS,
    limit: int = 20_000,
    now: datetime | None = None,
) -> VocFeed:
    """Feature requests and bug reports of the last ``days``, grouped by topic."""
    if not _may_see_voc(actor, session):
        raise AccessDenied(
            "The voice of the customer is for product and R&D, PR and those who read reports."
        )
    since = (now or utcnow()) - timedelta(days=days)
    base = (
        select(Message.id, Message.conversation_id, Message.intent, Message.text)
        .join(Conversation, Conversation.id == Message.conversation_id)
        .where(
            Conversation.workspace_id == actor.workspace_id,
            Message.direction == Direction.IN.value,
            Message.created_at >= since,
        )
    )
    feedback = [
        (r[0], r[1], r[2], r[3])
        for r in session.execute(
            base.where(Message.intent.in_(list(intents))).order_by(Message.id).limit(limit)
        )
    ]
    background = list(
        session.scalars(
            select(Message.text)
            .join(Conversation, Conversation.id == Message.conversation_id)
            .where(
                Conversation.workspace_id == actor.workspace_id,
                Message.direction == Direction.IN.value,
                Message.created_at >= since,
            )
            .order_by(Message.id.desc())
            .limit(limit)
        )
    )
    return VocFeed(group_topics(feedback, background), len(feedback), since)


def _cell(value: object) -> str:
    """A CSV cell a spreadsheet will not run: customers write "=HYPERLINK(…)" too."""
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def voc_csv(feed: VocFeed) -> str:
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(
        [
            "topic",
            "messages",
            "feature_requests",
            "bug_reports",
            "example_1",
            "example_2",
            "example_3",
        ]
    )
    for t in feed.topics:
        ex = (t.examples + ["", "", ""])[:3]
        w.writerow(
            [
                _cell(t.topic),
                t.count,
                t.by_intent.get("feature_request", 0),
                t.by_intent.get("bug_report", 0),
                *(_cell(e) for e in ex),
            ]
        )
    return out.getvalue()


def conversation_tags(session: Session, conversation_id: int) -> list[str]:
    return sorted(
        session.scalars(
            select(ConversationTag.tag).where(ConversationTag.conversation_id == conversation_id)
        )
    )


def teams_for_handoff(session: Session, actor: Actor) -> list[tuple[int, str, str]]:
    """(id, name, department) of the teams a conversation can be handed to."""
    rows = session.execute(
        select(Team.id, Team.name, Team.department)
        .where(Team.workspace_id == actor.workspace_id)
        .order_by(Team.name)
    ).all()
    return [(r[0], r[1], r[2]) for r in rows]


def _catalog(session: Session, workspace_id: int) -> Catalog:
    """The routing catalogue; the rules engine (and its classifiers) load on first use."""
    from app.routing.spec import Catalog

    return Catalog.load(session, workspace_id)
