"""The inbox as a lazy table model: ids in order, rows built for what has been loaded.

Pages come in as the view scrolls (canFetchMore/fetchMore), each one query in a worker thread,
in the server's order for the filter's sort key (a header click re-queries). Change
notifications update rows in place: a conversation that changed is re-read through the actor's
scoped query, moved to its place in that order, inserted if it newly belongs in the view, or
removed if it no longer does.

Rows never move under the pointer: while the person is working the list (:meth:`hold`), changes
that would insert, move or remove rows wait, counted by :attr:`pending_changed` ("3 new"), and
are placed when they let go (:meth:`release`). Changes in place (a new snippet, an assignee)
are shown at once.

Columns are chosen to read at 1366×768: the message gets the space; network, account, team,
status, priority, mood and intent are one column of compact chips (drawn by
:class:`ui.inbox.chips.ChipDelegate`), each with its name in words for screen readers.
"""

from __future__ import annotations

import asyncio
import bisect
import logging
import math
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QFont

from app.db.replica import ReadSource
from app.identity import presence
from app.inbox import fanout
from app.inbox import views as inbox
from app.inbox.views import InboxFilter, InboxRow, PageKey, SortKey, row_sort_key
from app.session.console import Console
from ui.theme.colours import current
from ui.widgets.tasks import describe_error, run_blocking
from ui.widgets.text import plain_tooltip

log = logging.getLogger(__name__)

PAGE_SIZE = 200
#: colleagues' changes are read and placed at most this often (one query, one repaint)
GATHER_MS = int(fanout.GATHER_S * 1000)
#: column names (translated where shown: headerData); the English name is the column's key
COLUMNS = (
    QT_TRANSLATE_NOOP("InboxModel", "Customer"),
    QT_TRANSLATE_NOOP("InboxModel", "Message"),
    QT_TRANSLATE_NOOP("InboxModel", "Labels"),
    QT_TRANSLATE_NOOP("InboxModel", "Assignee"),
    QT_TRANSLATE_NOOP("InboxModel", "SLA"),
    QT_TRANSLATE_NOOP("InboxModel", "Here"),
    QT_TRANSLATE_NOOP("InboxModel", "Age"),
)
#: the order a click on a column's header asks the server for (others do not sort)
SORT_BY_COLUMN: dict[str, SortKey] = {
    "Customer": SortKey.CUSTOMER,
    "Labels": SortKey.PRIORITY,
    "SLA": SortKey.URGENT,
    "Age": SortKey.ACTIVITY,
}
#: the orders in words (app.inbox.views.SortKey.title is the English)
SORT_TITLES = {
    SortKey.URGENT: QT_TRANSLATE_NOOP("InboxModel", "most urgent first"),
    SortKey.ACTIVITY: QT_TRANSLATE_NOOP("InboxModel", "newest first"),
    SortKey.PRIORITY: QT_TRANSLATE_NOOP("InboxModel", "highest priority first"),
    SortKey.CUSTOMER: QT_TRANSLATE_NOOP("InboxModel", "customer A–Z"),
    SortKey.STATUS: QT_TRANSLATE_NOOP("InboxModel", "by status"),
}
PRIORITY_TEXT = {0: "", 1: "high", 2: "urgent"}
#: the role holding a row's chips: (text, accessible name, kind) tuples
CHIPS_ROLE = Qt.ItemDataRole.UserRole + 1
#: the brushes of the rows' colour roles, per scheme (data() is called for every visible cell)
_BRUSHES: dict[str, dict[str, QBrush]] = {}


def brush(role_name: str) -> QBrush:
    """The brush of a colour role (ui/theme) in the scheme in force."""
    scheme = current()
    per = _BRUSHES.setdefault(scheme.name, {})
    if role_name not in per:
        per[role_name] = QBrush(scheme.qcolor(role_name))
    return per[role_name]


_FONTS: dict[str, QFont] = {}


def _bold() -> QFont:
    # made on first use: a QFont needs the application to exist
    font = _FONTS.get("bold")
    if font is None:
        font = _FONTS["bold"] = QFont()
        font.setBold(True)
    return font


Index = QModelIndex | QPersistentModelIndex


def age_text(then: datetime, now: datetime | None = None) -> str:
    secs = max(0, int(((now or datetime.now(UTC)) - then).total_seconds()))
    if secs < 60:
        return f"{secs}s"
    if secs < 3600:
        return f"{secs // 60}m"
    if secs < 86400:
        return f"{secs // 3600}h"
    return f"{secs // 86400}d"


_DISPLAY = Qt.ItemDataRole.DisplayRole
_FONT = Qt.ItemDataRole.FontRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_BACKGROUND = Qt.ItemDataRole.BackgroundRole
_COL_CUSTOMER = COLUMNS.index("Customer")
_COL_MESSAGE = COLUMNS.index("Message")
_COL_LABELS = COLUMNS.index("Labels")
_COL_SLA = COLUMNS.index("SLA")
_COL_HERE = COLUMNS.index("Here")
_COL_AGE = COLUMNS.index("Age")
_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.UserRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.AccessibleTextRole,
        CHIPS_ROLE,
    }
)
NETWORK_SHORT = {
    "mastodon": "Mdn",
    "bluesky": "Bsky",
    "x": "X",
    "facebook": "FB",
    "instagram": "IG",
    "linkedin": "In",
    "demo": "Demo",
}


def mood(sentiment: float | None) -> str:
    """The sentiment score in a word, with the filter's bands."""
    if sentiment is None:
        return ""
    for name, (lo, hi) in inbox.SENTIMENT_BANDS.items():
        if (lo is None or sentiment >= lo) and (hi is None or sentiment < hi):
            return name
    return ""


def _t(text: str) -> str:
    return QCoreApplication.translate("InboxModel", text)


def chips(row: InboxRow) -> tuple[tuple[str, str, str], ...]:
    """(shown text, name in words, kind) for each label of a row, most telling first."""
    out: list[tuple[str, str, str]] = []
    if row.priority >= 1:
        word = PRIORITY_TEXT.get(row.priority, str(row.priority))
        name = QCoreApplication.translate("InboxModel", "Priority: {word}").format(word=word)
        out.append((word, name, "urgent" if row.priority >= 2 else "high"))
    feel = mood(row.sentiment)
    if feel and feel != "neutral":
        name = QCoreApplication.translate("InboxModel", "Mood: {mood}").format(mood=feel)
        out.append((feel[:3], name, feel))
    if row.intent and row.intent not in ("other", "none"):
        text = row.intent.replace("_", " ")
        name = QCoreApplication.translate("InboxModel", "Intent: {intent}").format(intent=text)
        out.append((text, name, "intent"))
    if row.status != "open":
        name = QCoreApplication.translate("InboxModel", "Status: {status}").format(
            status=row.status
        )
        out.append((row.status, name, "status"))
    if row.team:
        name = QCoreApplication.translate("InboxModel", "Team: {team}").format(team=row.team)
        out.append((row.team, name, "team"))
    name = QCoreApplication.translate("InboxModel", "Account: @{account}").format(
        account=row.account
    )
    out.append(("@" + row.account, name, "account"))
    name = QCoreApplication.translate("InboxModel", "Network: {network}").format(
        network=row.network
    )
    out.append((NETWORK_SHORT.get(row.network, row.network[:4]), name, "network"))
    return tuple(out)


MOOD_AND_INTENT = frozenset({"negative", "positive", "intent"})


def labels_tooltip(row: InboxRow) -> str:
    """Mood and intent with why: the classifier's cues and the routing rule that placed it."""
    lines = [name for _t, name, kind in chips(row) if kind not in MOOD_AND_INTENT]
    feel = mood(row.sentiment)
    if feel:
        lines.append(
            QCoreApplication.translate(
                "InboxModel", "Mood: {mood} (classifier score {score:+.2f})"
            ).format(mood=feel, score=row.sentiment)
        )
    if row.intent:
        why = ", ".join(c for c in row.cues if not c.startswith("sentiment")) or _t("no single cue")
        lines.append(
            QCoreApplication.translate("InboxModel", "Intent: {intent} — cues: {cues}").format(
                intent=row.intent.replace("_", " "), cues=why
            )
        )
    if row.routed_by:
        lines.append(
            QCoreApplication.translate("InboxModel", "Placed here by {rule}").format(
                rule=row.routed_by[0].lower() + row.routed_by[1:]
            )
        )
    seen: list[str] = []
    for line in lines:
        if line not in seen:
            seen.append(line)
    return "\n".join(seen)


def sla_text(row: InboxRow, now: datetime | None = None) -> str:
    """Time left on the running SLA timer, or how long it is overdue."""
    state = inbox.sla_state(row, now)
    if state == "none" or row.sla_due is None:
        return ""
    now = now or datetime.now(UTC)
    if state == "breached":
        return QCoreApplication.translate("InboxModel", "late {age}").format(
            age=age_text(row.sla_due, now)
        )
    return QCoreApplication.translate("InboxModel", "{age} left").format(
        age=age_text(now, row.sla_due)
    )


class InboxModel(QAbstractTableModel):
    loading_changed = Signal(bool)
    error = Signal(str)
    #: emitted after each applied change batch with the ids touched (tests and benchmarks)
    rows_updated = Signal(list)
    #: conversations waiting to be placed while the list is held: (new, changed or leaving)
    pending_changed = Signal(int, int)

    def __init__(
        self, console: Console, flt: InboxFilter | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.console = console
        self.filter = flt or InboxFilter()
        self._ids: list[int] = []
        self._keys: list[tuple[float, int]] = []
        self._rows: dict[int, InboxRow] = {}
        self._next: PageKey | None = None
        self._exhausted = False
        self._loading = False
        self._generation = 0
        self._tasks: set[asyncio.Task[Any]] = set()
        self._closed = False
        #: the conversation whose row is being removed, while the view reacts to it
        self.leaving: int | None = None
        #: display texts per row (built at first paint, dropped when the row changes)
        self._display: dict[int, tuple[str, ...]] = {}
        #: colleagues' changes gathered for one read and one repaint (see apply_changes)
        self._gathering = fanout.Gather()
        self._gather = QTimer(self)
        self._gather.setObjectName("inboxChangeGather")
        self._gather.setSingleShot(True)
        # a coarse timer (Qt's default) may fire up to 5 % early to share a wake-up: 190 ms
        # after the last read on a loaded machine, a second read inside the window
        self._gather.setTimerType(Qt.TimerType.PreciseTimer)
        self._gather.setInterval(GATHER_MS)
        self._gather.timeout.connect(self._apply_gathered)
        #: "now" for ages and SLA timers, advanced by tick() (not per painted cell)
        self._now = datetime.now(UTC)
        #: pages loaded so far (benchmarks and tests wait on it)
        self.loads_done = 0
        #: where the last page of a search was read (the replica and its lag, or the primary
        #: when the replica could not be reached); None when it was read from the primary
        self.read_source: ReadSource | None = None
        #: conversation id → colleagues there now (set by the window from presence events)
        self._presence: dict[int, list[presence.Present]] = {}
        #: while held, arrivals, moves and departures wait here (id → new row, None = leaves)
        self._held = False
        self._waiting: dict[int, InboxRow | None] = {}

    # -- Qt model API ---------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        name = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(name)
        if role == Qt.ItemDataRole.ToolTipRole:
            key = SORT_BY_COLUMN.get(name)
            if key is None:
                return None
            return self.tr("Click to sort: {order} (again for the other way)").format(
                order=self.tr(SORT_TITLES.get(key, key.title))
            )
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # painting asks every visible cell for a dozen roles, on every repaint: answer from
        # per-row caches, and refuse the roles we never set before looking anything up
        if role not in _ROLES:
            return None
        r = index.row()
        if r < 0 or r >= len(self._ids):
            return None
        cid = self._ids[r]
        row = self._rows.get(cid)
        col = index.column()
        if row is None:
            return "…" if role == _DISPLAY and col == _COL_MESSAGE else None
        if role == _DISPLAY:
            if col == _COL_AGE:
                return age_text(row.last_message_at, self._now)
            if col == _COL_SLA:
                return sla_text(row, self._now)
            if col == _COL_HERE:
                here = self._presence.get(cid, ())
                return " ".join(("✎" if p.state == "replying" else "◉") + p.initials for p in here)
            cached = self._display.get(cid)
            if cached is None:
                cached = self._display[cid] = (
                    row.customer,
                    row.snippet,
                    " · ".join(name for _t, name, _k in chips(row)),
                    row.assignee or "—",
                )
            return cached[col] if col < len(cached) else None
        if role == CHIPS_ROLE:
            return chips(row) if col == _COL_LABELS else None
        if role == _ACCESSIBLE:
            if col == _COL_LABELS:
                return ". ".join(name for _t, name, _k in chips(row))
            if col == _COL_SLA:
                return sla_text(row, self._now) or self.tr("no SLA timer")
            return None
        if role == _FONT:
            return _bold() if row.unread else None
        if role == _BACKGROUND:
            return brush("row.breach.bg") if self._sla(row) == "breached" else None
        if role == _FOREGROUND:
            if col == _COL_SLA:
                state = self._sla(row)
                return (
                    brush("error")
                    if state == "breached"
                    else (brush("due-soon") if state == "due_soon" else None)
                )
            if row.status == "resolved" and col == _COL_MESSAGE:
                return brush("muted")
            return None
        if role == Qt.ItemDataRole.UserRole:
            return cid
        if role == Qt.ItemDataRole.ToolTipRole:
            # customer text: always plain (a tooltip would otherwise guess rich text)
            if col == _COL_MESSAGE:
                return plain_tooltip(row.snippet)
            if col == _COL_CUSTOMER:
                return plain_tooltip(f"{row.customer} (@{row.customer_handle})")
            if col == _COL_LABELS:
                return plain_tooltip(labels_tooltip(row))
            if col == _COL_HERE:
                return presence.describe(self._presence.get(cid, ())) or None
            if col == _COL_SLA and row.sla_due is not None:
                return self.tr("Reply due {when}").format(
                    when=QLocale().toString(
                        row.sla_due.astimezone().replace(tzinfo=None),
                        QLocale.FormatType.ShortFormat,
                    )
                )
        return None

    def _sla(self, row: InboxRow) -> str:
        if row.sla_due is None or row.status != "open":
            return "none"
        return inbox.sla_state(row, self._now)

    def tick(self) -> None:
        """Time moved on: ages and SLA timers are recomputed at the next paint."""
        self._now = datetime.now(UTC)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt signature
        return not parent.isValid() and not (self._exhausted or self._loading or self._closed)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008 - Qt signature
        if parent.isValid() or self._exhausted or self._loading:
            return
        self._spawn(self._load_page(self._generation))

    # -- public ---------------------------------------------------------------------------
    def conversation_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, conversation_id: int) -> int | None:
        try:
            return self._ids.index(conversation_id)
        except ValueError:
            return None

    def row_data(self, conversation_id: int) -> InboxRow | None:
        return self._rows.get(conversation_id)

    @property
    def loaded_ids(self) -> list[int]:
        return list(self._ids)

    def set_presence(self, here: dict[int, list[presence.Present]]) -> None:
        """Who is at which conversation (others only); repaints the column where it changed."""
        changed = set(here) ^ set(self._presence) | {
            cid for cid in here if self._presence.get(cid) != here[cid]
        }
        self._presence = here
        col = COLUMNS.index("Here")
        for cid in changed:
            row = self.row_of(cid)
            if row is not None:
                self.dataChanged.emit(self.index(row, col), self.index(row, col))

    def presence_at(self, conversation_id: int) -> list[presence.Present]:
        return list(self._presence.get(conversation_id, ()))

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def sort_key(self) -> SortKey:
        return self.filter.sort_key

    def _key(self, row: InboxRow) -> tuple[Any, ...]:
        return row_sort_key(row, self.filter)

    # -- holding still while the person works the list --------------------------------------
    @property
    def held(self) -> bool:
        return self._held

    @property
    def waiting(self) -> tuple[int, int]:
        """(new, changed or leaving) conversations waiting to be placed."""
        new = sum(
            1 for cid, row in self._waiting.items() if row is not None and cid not in self._rows
        )
        return new, len(self._waiting) - new

    def hold(self) -> None:
        """The person is pointing at or working the list: rows stay where they are."""
        self._held = True

    def release(self) -> None:
        """Place what waited (one relayout: the selection follows its conversation)."""
        self._held = False
        if not self._waiting:
            return
        moves = list(self._waiting.items())
        self._waiting = {}
        self._relayout(moves)
        self.pending_changed.emit(0, 0)
        self.rows_updated.emit([cid for cid, _r in moves])

    def _announce(self) -> None:
        new, other = self.waiting
        self.pending_changed.emit(new, other)

    def set_filter(self, flt: InboxFilter) -> None:
        self.filter = flt
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        self._gathering.clear()  # the reload reads them anyway
        self._gather.stop()
        self.beginResetModel()
        self._ids, self._keys, self._rows = [], [], {}
        self._display = {}
        if self._waiting:
            self._waiting = {}
            self.pending_changed.emit(0, 0)
        self._next, self._exhausted, self._loading = None, False, False
        self.endResetModel()
        self.fetchMore()

    def shown_ids(self) -> set[int]:
        """The conversations loaded in this view, or held to be placed (a change to one is read).

        The fan-out decision (app.inbox.fanout.plan) reads a conversation that left the view
        only if it is here: a held arrival counts, or it would be placed later from its old row.
        """
        return set(self._rows) | set(self._waiting)

    def apply_changes(self, conversation_ids: Sequence[int], *, own: bool = False) -> None:
        """Bring the given conversations up to date in this view (called on change events).

        ``own``: the person's own action (claim, hand-off, resolve) — it takes effect at once,
        held list or not: they expect the row they acted on to go or move.
        """
        if not conversation_ids:
            return
        if own:
            self._spawn(self._apply(list(conversation_ids), self._generation, own))
            return
        # a busy feed changes rows many times a second; each read-and-place repaints the list
        # (the stall benchmark's cost): at most one read of colleagues' changes per GATHER_MS.
        # The first change after a quiet spell is read at once (a colleague's claim shows
        # without waiting); what follows within the window is gathered into the next read.
        wait = self._gathering.add(conversation_ids, time.monotonic())
        if wait is None:
            return
        if wait <= 0:
            self._apply_gathered()
        else:
            self._gather.start(max(1, math.ceil(wait * 1000)))

    def _apply_gathered(self) -> None:
        ids = self._gathering.take(time.monotonic())
        if ids and not self._closed:
            self._spawn(self._apply(ids, self._generation))

    def shutdown(self) -> None:
        """Stop loading for good (window closed): pending queries are dropped."""
        self._closed = True
        self._gather.stop()
        self._generation += 1
        for t in list(self._tasks):
            t.cancel()

    # -- loading --------------------------------------------------------------------------
    def _spawn(self, coro: Any) -> None:
        if self._closed:
            coro.close()
            return
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _set_loading(self, value: bool) -> None:
        self._loading = value
        self.loading_changed.emit(value)

    async def _load_page(self, generation: int) -> None:
        self._set_loading(True)
        actor, flt, after = self.console.actor, self.filter, self._next
        try:
            ids, nxt, rows, source = await run_blocking(self._query_page, actor, flt, after)
        except Exception as exc:  # noqa: BLE001 - shown to the person, the view stays usable
            if generation == self._generation:
                self._set_loading(False)
                self.error.emit(describe_error(exc))
            return
        if generation != self._generation:
            return
        self.read_source = source
        ids = [i for i in ids if i in rows and i not in self._rows]
        if ids:
            first = len(self._ids)
            self.beginInsertRows(QModelIndex(), first, first + len(ids) - 1)
            for i in ids:
                self._ids.append(i)
                self._keys.append(self._key(rows[i]))
                self._rows[i] = rows[i]
            self.endInsertRows()
        self._next = nxt
        self._exhausted = nxt is None
        self.loads_done += 1
        self._set_loading(False)

    def _query_page(
        self, actor: Any, flt: InboxFilter, after: PageKey | None
    ) -> tuple[list[int], PageKey | None, dict[int, InboxRow], ReadSource | None]:
        """A page of the list. A search reads from the hot standby when one is configured (a
        full-text search is the heaviest read an agent makes); the source comes back with it."""
        if flt.search.strip() and self.console.replica is not None:
            with self.console.read_session() as (s, source):
                page, nxt = inbox.page_rows(s, actor, flt, PAGE_SIZE, after)
            return [r.id for r in page], nxt, {r.id: r for r in page}, source
        with self.console.session() as s:
            page, nxt = inbox.page_rows(s, actor, flt, PAGE_SIZE, after)
        return [r.id for r in page], nxt, {r.id: r for r in page}, None

    def _query_changes(self, actor: Any, flt: InboxFilter, ids: list[int]) -> dict[int, InboxRow]:
        with self.console.glance() as s:
            return inbox.rows_in_view(s, actor, flt, ids)

    async def _apply(self, ids: list[int], generation: int, own: bool = False) -> None:
        try:
            rows = await run_blocking(self._query_changes, self.console.actor, self.filter, ids)
        except Exception as exc:  # noqa: BLE001
            self.error.emit(describe_error(exc))
            return
        if generation != self._generation:
            return
        # rows that only changed in place are repainted; rows that move, arrive or leave are
        # applied as one layout change, so a busy feed costs the view one relayout per batch
        moves: list[tuple[int, InboxRow | None]] = []
        held = self._held and not own
        for cid in ids:
            row = rows.get(cid)
            present = cid in self._rows
            if row is None:
                if present:
                    moves.append((cid, None))
                elif cid in self._waiting:
                    # a held arrival that left again before it was placed: never placed
                    del self._waiting[cid]
                    self._announce()
                continue
            if present:
                pos = self._ids.index(cid)
                if held or self._keys[pos] == self._key(row):
                    # in place (held: it moves later, its new content is shown now)
                    self._rows[cid] = row
                    self._display.pop(cid, None)
                    self.dataChanged.emit(self.index(pos, 0), self.index(pos, len(COLUMNS) - 1))
                    if self._keys[pos] == self._key(row):
                        self._waiting.pop(cid, None)
                        continue
            moves.append((cid, row))
        if held and moves:
            self._waiting.update(moves)
            self._announce()
            self.rows_updated.emit(ids)
            return
        if len(moves) == 1 and (moves[0][0] not in self._rows or moves[0][1] is None):
            # one arrival or one departure: a plain insert or remove is cheapest
            cid, row = moves[0]
            if row is None:
                self._remove(cid)
            else:
                self._insert(cid, self._key(row), row)
        elif moves:
            # a move keeps its persistent indexes (the selection stays on the conversation)
            self._relayout(moves)
        if own and self._waiting and any(cid in self._waiting for cid in ids):
            for cid in ids:
                self._waiting.pop(cid, None)
            self._announce()
        self.rows_updated.emit(ids)

    def _relayout(self, moves: list[tuple[int, InboxRow | None]]) -> None:
        self.layoutAboutToBeChanged.emit()
        before = list(self._ids)
        for cid, row in moves:
            self._display.pop(cid, None)
            if cid in self._rows:
                pos = self._ids.index(cid)
                del self._ids[pos]
                del self._keys[pos]
                del self._rows[cid]
            if row is None:
                continue
            key = self._key(row)
            pos = bisect.bisect_left(self._keys, key)
            if pos >= len(self._ids) and not self._exhausted:
                continue  # belongs beyond what is loaded: it will come with a later page
            self._ids.insert(pos, cid)
            self._keys.insert(pos, key)
            self._rows[cid] = row
        where = {cid: i for i, cid in enumerate(self._ids)}
        old_list = self.persistentIndexList()
        new_list = []
        for idx in old_list:
            r = idx.row()
            cid = before[r] if 0 <= r < len(before) else None
            new_row = where.get(cid) if cid is not None else None
            new_list.append(
                self.index(new_row, idx.column()) if new_row is not None else QModelIndex()
            )
        self.changePersistentIndexList(old_list, new_list)
        self.layoutChanged.emit()

    def _remove(self, cid: int) -> None:
        pos = self._ids.index(cid)
        # the view moves its selection to the next row while the row goes: whoever listens
        # to the selection can tell that choice was Qt's, not the person's
        self.leaving = cid
        try:
            self.beginRemoveRows(QModelIndex(), pos, pos)
            del self._ids[pos]
            del self._keys[pos]
            self._rows.pop(cid, None)
            self._display.pop(cid, None)
            self.endRemoveRows()
        finally:
            self.leaving = None

    def _insert(self, cid: int, key: tuple[float, int], row: InboxRow) -> None:
        pos = bisect.bisect_left(self._keys, key)
        if pos >= len(self._ids) and not self._exhausted:
            return  # belongs beyond what is loaded: it will come with a later page
        self.beginInsertRows(QModelIndex(), pos, pos)
        self._ids.insert(pos, cid)
        self._keys.insert(pos, key)
        self._rows[cid] = row
        self.endInsertRows()


def refresh_ages(model: InboxModel, notify: Callable[[], None] | None = None) -> None:
    """Repaint the age and SLA columns (they change with time, not with data)."""
    model.tick()
    if model.rowCount():
        first = COLUMNS.index("SLA")
        col = COLUMNS.index("Age")
        model.dataChanged.emit(model.index(0, first), model.index(model.rowCount() - 1, col))
    if notify:
        notify()
