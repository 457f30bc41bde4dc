"""The conversation pane: header with who else is here, the action bar, the thread with the
internal notes, and the customer panel — always as plain text.

Customers write anything (HTML, scripts, direction overrides); a QPlainTextEdit and plain-text
labels never interpret it, so what is shown is exactly what was written. Everything is loaded in
one worker-thread call; a newer request makes an older answer moot.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot

from app.config import paths
from app.db.models import Conversation
from app.identity import presence
from app.identity.access import AccessDenied
from app.inbox import conversations as cs
from app.inbox import merge
from app.inbox import views as inbox
from app.inbox.avatars import AvatarCache
from app.inbox.views import ThreadView
from app.publishing import queries as outbox_queries
from app.publishing.queries import PendingReply
from app.session.console import Console
from ui.i18n.counts import Count
from ui.inbox.action_queue import ActionQueue
from ui.inbox.conversation_actions import ActionBar
from ui.inbox.correction import CorrectionBar
from ui.inbox.customer_panel import CustomerPanelWidget, SayLabel
from ui.inbox.handoff import HandoffBar
from ui.inbox.merge_split import MergeDialog, SplitDialog
from ui.theme.apply import themed
from ui.widgets.tasks import describe_error, run_blocking


@dataclass
class Snapshot:
    """Everything the pane shows for one conversation, read in one go."""

    view: ThreadView
    notes: list[cs.NoteView]
    panel: cs.CustomerPanel
    status: str
    priority: int
    assignee_id: int | None
    version: int
    can_work: bool
    here: list[presence.Present] = field(default_factory=list)
    #: replies submitted but not yet sent (waiting for approval, held, rejected)
    pending: list[PendingReply] = field(default_factory=list)
    #: the classifier's intent of the conversation (praise offers "Amplify…")
    intent: str | None = None


#: how the thread names an item waiting to go out
KIND_WORDS = {"reply": "reply", "boost": "boost of this post", "quote": "quote post"}


def format_thread(
    view: ThreadView,
    notes: list[cs.NoteView] | None = None,
    pending: list[PendingReply] | None = None,
) -> str:
    """The thread as plain text; replies not yet sent come last, each marked with its state."""
    entries: list[tuple[object, int, str]] = []
    for m in view.messages:
        when = m.created_at.astimezone().strftime("%d %b %H:%M")
        arrow = "→" if m.direction == "out" else "←"
        entries.append((m.created_at, 0, f"{arrow} {m.author} · {m.kind} · {when}\n{m.text}\n"))
    for n in notes or ():
        when = n.created_at.astimezone().strftime("%d %b %H:%M")
        entries.append((n.created_at, 1, f"✎ Internal note — {n.author} · {when}\n{n.text}\n"))
    entries.sort(key=lambda e: (e[0], e[1]))
    for p in pending or ():
        when = p.at.astimezone().strftime("%d %b %H:%M")
        entries.append(
            (
                p.at,
                2,
                f"[Not sent yet: {p.mark}]\n→ {p.author} · {KIND_WORDS.get(p.kind, p.kind)} · "
                f"{when}\n{p.text or '(the customer’s post, reposted as it is)'}\n",
            )
        )
    return "\n".join(e[2] for e in entries)


class ConversationPane(QWidget):
    #: a conversation other than the shown one was asked for (customer panel)
    open_requested = Signal(int)
    #: the person asked to reply (R): the composer, where installed, listens
    reply_requested = Signal(int)
    #: the shown conversation left the person's scope (handed off): the pane closed it
    left = Signal(int)
    #: "Amplify…" on a praise conversation: the main window opens the dialog
    amplify_requested = Signal(int)

    def __init__(
        self,
        console: Console,
        parent: QWidget | None = None,
        *,
        queue: ActionQueue | None = None,
    ) -> None:
        super().__init__(parent)
        self.console = console
        self.queue = queue
        self.conversation_id: int | None = None
        self.snapshot: Snapshot | None = None
        self._request = 0
        self._loaded = 0
        #: conversations this person handed off → the sentence shown if they are out of sight
        self._moved: dict[int, str] = {}
        #: "Assign…" to another team, queued but not yet written
        self._queued_moves: set[int] = set()
        #: set when the window closes: answers arriving later are dropped
        self.closed = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        self.header = QLabel(self.tr("Select a conversation"))
        self.header.setObjectName("conversationHeader")
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.header.setWordWrap(True)
        f = QFont()
        f.setBold(True)
        self.header.setFont(f)
        self.details = QLabel("")
        self.details.setObjectName("conversationDetails")
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setWordWrap(True)
        self.presence = QLabel("")
        self.presence.setObjectName("presenceLabel")
        self.presence.setTextFormat(Qt.TextFormat.PlainText)
        themed(self.presence, "color: $(info);")
        self.actions = ActionBar()
        self.actions.setObjectName("actionBar")
        self.actions.requested.connect(self.request)
        self.actions.setEnabled(False)
        self.setMinimumWidth(260)
        self.thread = QPlainTextEdit()
        self.thread.setObjectName("thread")
        self.thread.setAccessibleName(self.tr("Conversation thread"))
        self.thread.setAccessibleDescription(
            self.tr("The messages of the open conversation, oldest first")
        )
        self.thread.setReadOnly(True)
        self.thread.setPlaceholderText(
            self.tr("The messages and internal notes of the selected conversation appear here.")
        )
        self.customer = CustomerPanelWidget(
            console=console, avatars=AvatarCache(paths().data_dir / "avatars")
        )
        self.customer.setObjectName("customerPanel")
        self.customer.open_requested.connect(self.open_requested.emit)
        self.customer.changed.connect(self.reload)
        # what a merge or split did, or why not, in words
        self.notice = SayLabel("conversationNotice")
        #: finished merges and splits (tests wait on it)
        self.reshaped = 0
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.thread)
        split.addWidget(self.customer)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        layout.addWidget(self.header)
        layout.addWidget(self.details)
        layout.addWidget(self.presence)
        layout.addWidget(self.actions)
        self.amplify_button = QPushButton(self.tr("Amplify…"))
        self.amplify_button.setObjectName("amplifyButton")
        self.amplify_button.setToolTip(
            self.tr("Boost or quote this praise as the brand (it waits for an approver)")
        )
        self.amplify_button.setVisible(False)
        self.amplify_button.clicked.connect(self._amplify)
        layout.addWidget(self.amplify_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.notice)
        # hand-off actions and pinned hand-off notes (ui/handoff.py)
        self.handoff = HandoffBar(console, self)
        self.handoff.moved.connect(self._handed_off)
        layout.addWidget(self.handoff)
        # mood and intent, why, and "Correct…" (a label for the team's model: ui/correction.py)
        self.labels = CorrectionBar(console, self)
        self.labels.corrected.connect(lambda _cid: self.reload())
        layout.addWidget(self.labels)
        layout.addWidget(split, 1)

    # -- showing -----------------------------------------------------------------------------
    def show_conversation(self, conversation_id: int | None) -> None:
        if conversation_id != self.conversation_id:
            self.notice.setText("")
        self.conversation_id = conversation_id
        self.handoff.set_conversation(conversation_id)
        if conversation_id is None:
            self.labels.set_conversation(None)
            self._request += 1
            self.snapshot = None
            self.header.setText(self.tr("Select a conversation"))
            self.details.setText("")
            self.presence.setText("")
            self.thread.setPlainText("")
            self.customer.show_panel(None)
            self.actions.setEnabled(False)
            self.amplify_button.setVisible(False)
            return
        self.reload()

    @property
    def loaded_request(self) -> int:
        """How many loads have finished (tests wait on it)."""
        return self._loaded

    @asyncSlot()
    async def reload(self) -> None:
        cid = self.conversation_id
        if cid is None:
            return
        if self.handoff.conversation_id == cid:
            self.handoff.reload()
        self._request += 1
        request = self._request
        try:
            snap = await run_blocking(self._load, cid)
        except Exception as exc:  # noqa: BLE001 - shown in words
            if request != self._request or self.closed:
                return
            if isinstance(exc, AccessDenied) and cid in self._moved:
                self._show_gone(cid)  # handed off by this person: say where it went
                return
            if isinstance(exc, AccessDenied) and self.is_leaving(cid):
                return  # out of sight before the hand-off's answer came: it will say where
            self.snapshot = None
            self.header.setText(self.tr("This conversation cannot be shown"))
            self.details.setText(describe_error(exc))
            self.thread.setPlainText("")
            self.customer.show_panel(None)
            self.actions.setEnabled(False)
            self._loaded += 1
            return
        if request != self._request or self.closed:
            return
        self._show(snap)
        self._loaded += 1

    def _show(self, snap: Snapshot) -> None:
        view = snap.view
        self.snapshot = snap
        self.header.setText(
            self.tr("{customer} (@{customer_handle}) → @{account} on {network}").format(
                customer=view.customer,
                customer_handle=view.customer_handle,
                account=view.account,
                network=view.network,
            )
        )
        prio = {1: self.tr(" · high priority"), 2: self.tr(" · URGENT")}.get(snap.priority, "")
        replies_only = all(p.kind == "reply" for p in snap.pending)
        waiting = (
            ""
            if not snap.pending
            else " · " + Count.tr("%Ln reply(s) not sent yet", "", len(snap.pending))
            if replies_only
            else " · " + Count.tr("%Ln item(s) not sent yet", "", len(snap.pending))
        )
        self.details.setText(
            self.tr(
                "Status: {status} · Team: {team} · Assignee: {assignee} · {messages} · {notes}"
            ).format(
                status=view.status,
                team=view.team or "—",
                assignee=view.assignee or self.tr("unassigned"),
                messages=Count.tr("%Ln message(s)", "", len(view.messages)),
                notes=Count.tr("%Ln note(s)", "", len(snap.notes)),
            )
            + waiting
            + prio
        )
        self.set_presence(snap.here)
        self.amplify_button.setVisible(snap.intent == "praise")
        actor = self.console.actor
        mine = actor is not None and snap.assignee_id == actor.employee_id
        self.actions.setEnabled(True)
        self.actions.show_state(
            status=snap.status,
            priority=snap.priority,
            tags=snap.panel.tags,
            mine=mine,
            assigned=snap.assignee_id is not None,
            can_work=snap.can_work,
        )
        bar = self.thread.verticalScrollBar()
        at_end = bar.value() >= bar.maximum() - 4
        self.thread.setPlainText(format_thread(view, snap.notes, snap.pending))
        if at_end:
            bar.setValue(bar.maximum())
        self.customer.show_panel(snap.panel, view.conversation_id)
        self.labels.set_conversation(view.conversation_id, can_work=snap.can_work)

    def _amplify(self) -> None:
        if self.conversation_id is not None:
            self.amplify_requested.emit(self.conversation_id)

    # -- hand-offs ---------------------------------------------------------------------------
    def is_leaving(self, cid: int) -> bool:
        """Whether this person is handing ``cid`` to another team, or has."""
        return cid in self._moved or cid in self._queued_moves or cid in self.handoff.in_flight

    def move_refused(self, cid: int) -> None:
        self._queued_moves.discard(cid)

    def note_moved(self, cid: int, team: str) -> None:
        """This person moved ``cid`` to ``team`` ("Assign…" to a team): look again; if it left
        their scope, the pane closes it with a sentence instead of an error."""
        self._moved[cid] = f"Handed off to {team}."
        self._queued_moves.discard(cid)
        if cid == self.conversation_id:
            self.reload()

    def _handed_off(self, cid: int, team: str, visible: bool) -> None:
        self._moved[cid] = f"Handed off to {team}."
        if cid != self.conversation_id:
            return
        if visible:
            self.reload()
        else:
            self._show_gone(cid)

    def _show_gone(self, cid: int) -> None:
        """The conversation is no longer this person's to see: close it, say where it went."""
        self._request += 1  # an answer still on its way is moot
        self.conversation_id = None
        self.snapshot = None
        self.handoff.set_conversation(None)
        self.header.setText(self._moved.get(cid, "This conversation has left your inbox."))
        self.details.setText(self.tr("It has left your inbox: the receiving team has it now."))
        self.presence.setText("")
        self.thread.setPlainText("")
        self.customer.show_panel(None)
        self.labels.set_conversation(None)
        self.actions.setEnabled(False)
        self._loaded += 1
        self.left.emit(cid)

    def set_presence(self, here: list[presence.Present]) -> None:
        text = presence.describe(here)
        self.presence.setText(("◉ " + text) if text else "")

    def _load(self, cid: int) -> Snapshot:
        actor = self.console.actor
        assert actor is not None
        with self.console.session() as s:
            view = inbox.thread(s, actor, cid)
            conv = s.get(Conversation, cid)
            assert conv is not None
            here = presence.present(s, [cid], exclude_employee=actor.employee_id).get(cid, [])
            return Snapshot(
                view=view,
                notes=cs.notes(s, actor, cid),
                panel=cs.customer_panel(s, actor, cid),
                status=conv.status,
                priority=conv.priority,
                assignee_id=conv.assignee_id,
                version=conv.version,
                can_work=cs.can_work(actor, conv),
                here=here,
                pending=outbox_queries.pending_replies(s, actor, cid),
                intent=conv.intent,
            )

    # -- acting ------------------------------------------------------------------------------
    def request(self, kind: str, args: dict) -> None:
        """Queue an action on the shown conversation (kept until written)."""
        cid = self.conversation_id
        if cid is None or self.queue is None:
            return
        if kind == "reply":
            self.reply_requested.emit(cid)
            return
        if kind in ("merge", "split"):
            # not queued: moving messages is no action to replay blindly after an outage
            self.ask_merge() if kind == "merge" else self.ask_split()
            return
        if kind == "assign" and args.get("team_id") is not None:
            self._queued_moves.add(cid)
        self.queue.submit(kind, cid, **args)

    # -- merge and split -----------------------------------------------------------------------
    @asyncSlot()
    async def ask_merge(self) -> None:
        cid, actor = self.conversation_id, self.console.actor
        if cid is None or actor is None:
            return

        def query() -> list[merge.MergeChoice]:
            with self.console.session() as s:
                return merge.merge_choices(s, actor, cid)

        try:
            choices = await run_blocking(query)
        except Exception as exc:  # noqa: BLE001 - shown in words
            self.notice.setText(describe_error(exc))
            return
        if cid != self.conversation_id:
            return
        # window-modal but not a nested event loop: the answer comes back as a signal
        dialog = MergeDialog(choices, self)
        dialog.accepted.connect(
            lambda: self.merge_into_shown(dialog.chosen()) if dialog.chosen() is not None else None
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def ask_split(self) -> None:
        snap = self.snapshot
        if snap is None or self.conversation_id is None:
            return
        dialog = SplitDialog(snap.view.messages, self)
        dialog.accepted.connect(
            lambda: self.split_off(dialog.chosen()) if dialog.chosen() is not None else None
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    @asyncSlot(int)
    async def merge_into_shown(self, other_id: int) -> None:
        """Merge ``other_id`` into the shown conversation, which stays on screen."""
        cid, actor, origin = self.conversation_id, self.console.actor, self.console.origin
        if cid is None or actor is None:
            return

        def work() -> merge.MergeResult:
            with self.console.factory() as s, s.begin():
                return merge.merge(s, actor, other_id, cid, origin=origin)

        try:
            result = await run_blocking(work)
        except Exception as exc:  # noqa: BLE001 - shown in words
            self.notice.setText(describe_error(exc))
        else:
            self.notice.setText(
                # no ids in words: SQLite may give a later conversation the merged one's id
                self.tr(
                    "Merged the customer's other conversation into this one: {messages} and "
                    "{notes} moved, tags and history kept."
                ).format(
                    messages=Count.tr("%Ln message(s)", "", result.messages),
                    notes=Count.tr("%Ln note(s)", "", result.notes),
                )
            )
            self.reload()
        self.reshaped += 1

    @asyncSlot(int)
    async def split_off(self, message_id: int) -> None:
        cid, actor, origin = self.conversation_id, self.console.actor, self.console.origin
        if cid is None or actor is None:
            return

        def work() -> merge.SplitResult:
            with self.console.factory() as s, s.begin():
                return merge.split(s, actor, cid, message_id, origin=origin)

        try:
            result = await run_blocking(work)
        except Exception as exc:  # noqa: BLE001 - shown in words
            self.notice.setText(describe_error(exc))
        else:
            self.notice.setText(
                self.tr(
                    "Split {messages} off into a new conversation: open it from the customer's "
                    "history below."
                ).format(messages=Count.tr("%Ln message(s)", "", len(result.message_ids)))
            )
            self.reload()
        self.reshaped += 1

    async def load_choices(self) -> None:
        actor = self.console.actor
        assert actor is not None

        def query() -> tuple[list[cs.Colleague], list[cs.TeamChoice]]:
            with self.console.session() as s:
                return cs.assignees(s, actor)

        people, teams = await run_blocking(query)
        self.actions.set_choices(people, teams)
