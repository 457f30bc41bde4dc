"""The approver's queue: approve, edit and approve, or reject with a comment the author sees."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot

from app.publishing import outbox, post_sets, queries
from app.publishing.queries import OutboxRow
from app.publishing.text_limits import count_text
from app.session.console import Console
from ui.publishing.outbox_model import COLUMNS, OutboxTableModel
from ui.theme.apply import themed
from ui.widgets.accessible import describe
from ui.widgets.tasks import describe_error, run_blocking

#: (parent, row) → the edited text, or None when the approver cancels
TextPrompt = Callable[[QWidget, OutboxRow], str | None]
#: (parent, row) → the comment for the author, or None when cancelled
CommentPrompt = Callable[[QWidget, OutboxRow], str | None]


class EditDialog(QDialog):
    """Edit the text before approving, with the network's own count as it changes."""

    def __init__(self, parent: QWidget, row: OutboxRow, settings: dict | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Edit and approve — @{account} ({network})").format(
                account=row.account, network=row.network
            )
        )
        self.row = row
        self.settings = settings or {}
        self.editor = QPlainTextEdit(row.text)
        self.count = QLabel("")
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.editor.textChanged.connect(self._count)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Approve"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if row.in_reply_to:
            ctx = QLabel(self.tr("In reply to: {in_reply_to}").format(in_reply_to=row.in_reply_to))
            ctx.setTextFormat(Qt.TextFormat.PlainText)
            ctx.setWordWrap(True)
            layout.addWidget(ctx)
        layout.addWidget(self.editor)
        layout.addWidget(self.count)
        layout.addWidget(buttons)
        self.resize(520, 320)
        self._count()

    def _count(self) -> None:
        c = count_text(self.row.network, self.editor.toPlainText(), kind=self.row.kind)
        self.count.setText(
            f"{c.count} / {c.limit} {c.unit}" + (f" — {c.problem()}" if c.problem() else "")
        )


def ask_text(parent: QWidget, row: OutboxRow) -> str | None:
    dialog = EditDialog(parent, row)
    return dialog.editor.toPlainText() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_comment(parent: QWidget, row: OutboxRow) -> str | None:
    text, ok = QInputDialog.getMultiLineText(
        parent,
        QCoreApplication.translate("ui.publishing.approvals", "Reject"),
        QCoreApplication.translate(
            "ui.publishing.approvals", "What should {author} change? (they will see this)"
        ).format(
            author=row.author or QCoreApplication.translate("ui.publishing.approvals", "the author")
        ),
    )
    return text if ok else None


class ApprovalsPanel(QWidget):
    def __init__(
        self,
        console: Console,
        parent: QWidget | None = None,
        *,
        prompt_text: TextPrompt = ask_text,
        prompt_comment: CommentPrompt = ask_comment,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("approvalsPanel")
        self.console = console
        self.prompt_text = prompt_text
        self.prompt_comment = prompt_comment
        self.model = OutboxTableModel(COLUMNS["approvals"], self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves; arrows move inside
        self.table.setObjectName("approvalsTable")
        self.table.setAccessibleName(self.tr("Items waiting for approval"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(
            COLUMNS["approvals"].index("Text"), QHeaderView.ResizeMode.Stretch
        )
        # the short columns take what they show, so the text is readable in a laptop's dock
        # (at 1366 px the fixed widths left it "We…")
        for name in ("Kind", "To", "When"):
            header.setSectionResizeMode(
                COLUMNS["approvals"].index(name), QHeaderView.ResizeMode.ResizeToContents
            )
        # the status says which approval step an item waits for: wide enough to read it
        self.table.setColumnWidth(COLUMNS["approvals"].index("Status"), 260)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        self.detail = QPlainTextEdit()
        self.detail.setObjectName("approvalDetail")
        self.detail.setAccessibleName(self.tr("Text of the selected item"))
        self.detail.setReadOnly(True)
        # the empty state says whether there is nothing to approve or nothing chosen yet
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(lambda *_: self._selected())
        self.approve_button = QPushButton(self.tr("Approve"))
        self.approve_button.setObjectName("approveButton")
        self.edit_button = QPushButton(self.tr("Edit and approve…"))
        self.edit_button.setObjectName("editApproveButton")
        self.reject_button = QPushButton(self.tr("Reject…"))
        self.reject_button.setObjectName("rejectButton")
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.approve_button.clicked.connect(self.approve_selected)
        self.edit_button.clicked.connect(self.edit_selected)
        self.reject_button.clicked.connect(self.reject_selected)
        self.refresh_button.clicked.connect(self.reload)
        self.message = QLabel("")
        self.message.setObjectName("approvalsMessage")
        describe(
            self.table, self.tr("Replies and posts waiting for your approval; pick one to read it")
        )
        describe(self.detail, self.tr("The full text of the item picked above, read-only"))
        describe(self.approve_button, self.tr("Lets the picked item go out as written"))
        describe(self.edit_button, self.tr("Opens the picked item to correct it, then approves it"))
        describe(self.reject_button, self.tr("Sends the picked item back with your reason"))
        describe(self.refresh_button, self.tr("Reads the waiting items again"))
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        #: the author does not hold the conversation they replied in: the approver is told
        self.warning = QLabel("")
        self.warning.setObjectName("approvalWarning")
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setWordWrap(True)
        themed(self.warning, "color: $(warning.fg); background: $(warning.bg); padding: 3px;")
        self.warning.hide()
        buttons = QHBoxLayout()
        for b in (self.approve_button, self.edit_button, self.reject_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        side = QVBoxLayout()
        side.addWidget(self.warning)
        side.addWidget(self.detail, 1)
        side.addLayout(buttons)
        side.addWidget(self.message)
        # side by side: the dock is a strip under the window, not half of it
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.table, 3)
        layout.addLayout(side, 2)
        self._selected()

    def selected_row(self) -> OutboxRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def set_rows(self, r: OutboxRow) -> list[OutboxRow]:
        """The rows of the queue in the same several-accounts set as ``r`` (itself included)."""
        if not r.post_set:
            return [r]
        return [x for x in self.model.rows if x.post_set == r.post_set]

    def _selected(self) -> None:
        r = self.selected_row()
        for b in (self.approve_button, self.edit_button, self.reject_button):
            b.setEnabled(r is not None)
        together = self.set_rows(r) if r is not None else []
        if len(together) > 1:
            # one approval for the set: every account's post goes, or none
            self.approve_button.setText(
                self.tr("Approve all {together} posts of the set").format(together=len(together))
            )
            self.reject_button.setText(
                self.tr("Reject all {together}…").format(together=len(together))
            )
            self.edit_button.setEnabled(False)
        else:
            self.approve_button.setText(self.tr("Approve"))
            self.reject_button.setText(self.tr("Reject…"))
            # a boost reposts the customer's words as they are: there is no text of ours to edit
            self.edit_button.setEnabled(r is not None and r.kind != "boost")
        warning = r.extra.get("holder_warning", "") if r is not None else ""
        self.warning.setText(warning)
        self.warning.setVisible(bool(warning))
        if r is None:
            self.detail.setPlainText("")
            self.detail.setPlaceholderText(
                self.tr("Select an item to read it in full.")
                if self.model.rowCount()
                else self.tr("Nothing is waiting for your approval.")
            )
            return
        parts = [f"{r.kind} by {r.author} from @{r.account} ({r.network})"]
        if r.step_words:
            parts.append(r.step_words)
        if r.campaign:
            parts.append(f"Campaign: {r.campaign}")
        if len(together) > 1:
            accounts = ", ".join(f"@{x.account} ({x.network})" for x in together)
            parts.append(f"One of a set of {len(together)} posts, approved together: {accounts}")
            if r.scheduled_at:
                parts.append(f"Scheduled for {r.scheduled_at.astimezone():%a %d %b %Y %H:%M}")
        if r.in_reply_to:
            lead = {"boost": "Boosts", "quote": "Quotes"}.get(r.kind, "In reply to")
            parts.append(f"{lead} {r.customer}: {r.in_reply_to}")
        parts.append("")
        if len(together) > 1:
            # one approval for all of them: the approver reads every account's variant
            for x in together:
                parts += [f"— @{x.account} ({x.network}):", x.text, ""]
        else:
            parts.append(r.text)
        parts += [f"[image: {m['path']} — alt: {m['alt']}]" for m in r.media]
        self.detail.setPlainText("\n".join(parts))

    @asyncSlot()
    async def reload(self) -> None:
        try:
            rows = await run_blocking(self._load)
        except Exception as exc:  # noqa: BLE001
            self.message.setText(describe_error(exc))
            return
        # the selection as it is now: the approver may have picked a row while this loaded (a
        # colleague's change reloads the queue at any moment), and kept from before the load it
        # was dropped, which disabled Approve under the approver's click
        keep = self.selected_row()
        self.model.set_rows(rows)
        if keep is not None:
            for i, r in enumerate(rows):
                if r.id == keep.id:
                    self.table.selectRow(i)
        self._selected()
        self.setWindowTitle(self.tr("Approvals ({rows})").format(rows=len(rows)))

    def _load(self) -> list[OutboxRow]:
        with self.console.session() as s:
            return queries.approval_queue(s, self.console.actor)

    async def _act(self, fn: Callable[..., object], *args: object, done: str, **kw: object) -> None:
        def work() -> None:
            with self.console.factory() as s, s.begin():
                fn(s, self.console.actor, *args, origin=self.console.origin, **kw)

        try:
            await run_blocking(work)
        except Exception as exc:  # noqa: BLE001 - shown in words
            self.message.setText(describe_error(exc))
            await self.reload()
            return
        self.message.setText(done)
        await self.reload()

    @asyncSlot()
    async def approve_selected(self) -> None:
        r = self.selected_row()
        if r is None:
            return
        together = self.set_rows(r)
        if len(together) > 1:
            assert r.post_set is not None
            await self._act(
                post_sets.approve_set,
                r.post_set,
                done=f"Approved {r.author}'s set of {len(together)} posts.",
            )
            return
        await self._act(outbox.approve, r.id, done=f"Approved {r.author}'s {r.kind}.")

    @asyncSlot()
    async def edit_selected(self) -> None:
        r = self.selected_row()
        if r is None:
            return
        text = self.prompt_text(self, r)
        if text is None:
            return
        await self._act(
            outbox.approve, r.id, text=text, done=f"Edited and approved {r.author}'s {r.kind}."
        )

    @asyncSlot()
    async def reject_selected(self) -> None:
        r = self.selected_row()
        if r is None:
            return
        comment = self.prompt_comment(self, r)
        if comment is None:
            return
        if not comment.strip():
            self.message.setText(
                self.tr("A rejection needs a comment for the author; nothing was changed.")
            )
            return
        together = self.set_rows(r)
        if len(together) > 1 and r.post_set is not None:
            await self._act(
                post_sets.reject_set,
                r.post_set,
                comment,
                done=f"Sent the set of {len(together)} posts back to {r.author} with your comment.",
            )
            return
        await self._act(
            outbox.reject, r.id, comment, done=f"Sent back to {r.author} with your comment."
        )
