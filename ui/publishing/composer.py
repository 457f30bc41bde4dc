"""The composer: the reply box under a conversation and the "New post" dialog.

What the person writes is saved to the database as a draft a couple of seconds after each
change (and before switching conversation), so a crash of the app loses nothing. The count
beside the text is the network's own count (X weighted, Bluesky graphemes, Mastodon's instance
limit) including the signature the team's policy appends, and every problem — too long, an
image missing or of the wrong kind, no alt text, an account that needs reconnecting — is said
in words before anything is queued.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot

from app.db.models import BrandAccount, Conversation, Employee
from app.identity.approval_policy import needs_approval
from app.inbox import canned, mentions
from app.inbox.canned import Canned
from app.inbox.conversations import reply_refusal
from app.inbox.mentions import Mentionable
from app.publishing import composing, guardrails, queries
from app.publishing import outbox as pub
from app.publishing.queries import OutboxRow
from app.publishing.text_limits import (
    check_image,
    check_media,
    count_text,
    image_upload_problem,
    max_images,
)
from app.session.console import Console
from ui.i18n.counts import Count
from ui.theme.apply import themed
from ui.widgets.accessible import describe
from ui.widgets.mentions import MentionCompleter
from ui.widgets.tasks import describe_error, run_blocking

AUTOSAVE_MS = 2000
#: the picker's last entry opens the canned replies manager
MANAGE = "manage"
#: the reply box grows with its text up to this many lines, then scrolls
MAX_LINES = 10
#: and is this many lines tall when empty
MIN_LINES = 2

#: returns (path, alt text) of an image to attach, or None
ImagePicker = Callable[[QWidget], tuple[str, str] | None]


def pick_image_with_dialogs(parent: QWidget) -> tuple[str, str] | None:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ui.publishing.composer", "Attach an image"),
        "",
        QCoreApplication.translate(
            "ui.publishing.composer", "Images (*.png *.jpg *.jpeg *.gif *.webp)"
        ),
    )
    if not path:
        return None
    alt, ok = QInputDialog.getMultiLineText(
        parent,
        QCoreApplication.translate("ui.publishing.composer", "Alt text"),
        QCoreApplication.translate(
            "ui.publishing.composer", "Describe {name} for people who cannot see it (required):"
        ).format(name=Path(path).name),
    )
    if not ok:
        return None
    return path, alt


@dataclass
class ComposeContext:
    """Everything the composer needs about where it writes, loaded off the UI thread."""

    account_id: int | None = None
    network: str = "demo"
    handle: str = ""
    account_status: str = "connected"
    settings: dict = field(default_factory=dict)
    signature: str = ""
    values: dict[str, str] = field(default_factory=dict)
    canned: list[Canned] = field(default_factory=list)
    draft_id: int | None = None
    draft_text: str = ""
    draft_media: list[dict[str, str]] = field(default_factory=list)
    draft_scheduled_at: datetime | None = None
    rejected_comment: str | None = None
    may_write: bool = True
    why_not: str = ""
    in_flight: list[OutboxRow] = field(default_factory=list)
    accounts: list[tuple[int, str, str]] = field(default_factory=list)
    #: what this person writes here waits for an approver (their role, or the team's rule)
    needs_approval: bool = False
    #: colleagues and teams for @-completion
    mentionables: list[Mentionable] = field(default_factory=list)
    #: the guardrails that apply to this person here (app/publishing/guardrails.py)
    rules: list[guardrails.RuleView] = field(default_factory=list)


class ComposerWidget(QWidget):
    """One composer; ``kind`` is "reply" (bound to a conversation) or "post" (to an account)."""

    submitted = Signal(int, str)  # item id, status
    #: "Manage canned replies…" chosen in the picker (the publishing UI opens the manager)
    manage_canned = Signal()
    status_changed = Signal(str)

    def __init__(
        self,
        console: Console,
        kind: str = "reply",
        parent: QWidget | None = None,
        *,
        pick_image: ImagePicker = pick_image_with_dialogs,
    ) -> None:
        super().__init__(parent)
        self.console = console
        self.kind = kind
        self.pick_image = pick_image
        self.conversation_id: int | None = None
        self.ctx = ComposeContext()
        self.draft_id: int | None = None
        self.media: list[dict[str, str]] = []
        self.last_item_id: int | None = None
        self._restoring = False
        self._save_lock = asyncio.Lock()
        self._request = 0
        #: the status line's newest word: reads begun before it are dropped when they answer
        self._status_seq = 0
        self.setObjectName(f"{kind}Composer")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 0, 0)
        layout.setSpacing(3)
        top = QHBoxLayout()
        self.account_combo = QComboBox()
        self.account_combo.setObjectName("composerAccount")
        self.account_combo.setAccessibleName(self.tr("Post as brand account"))
        self.account_combo.currentIndexChanged.connect(self._account_chosen)
        self.account_combo.setVisible(kind == "post")
        self.title = QLabel(self.tr("Reply") if kind == "reply" else self.tr("Post as"))
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.canned_combo = QComboBox()
        self.canned_combo.setObjectName("cannedCombo")
        self.canned_combo.setAccessibleName(self.tr("Insert a canned reply"))
        self.canned_combo.setToolTip(
            self.tr("Insert a canned reply; its {variables} are filled in")
        )
        self.canned_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.canned_combo.activated.connect(self._insert_canned)
        top.addWidget(self.title)
        top.addWidget(self.account_combo, 1)
        top.addStretch(0 if kind == "post" else 1)
        top.addWidget(self.canned_combo)
        layout.addLayout(top)

        # the text box grows with its text (up to MAX_LINES) and collapses when empty, so the
        # thread above keeps the space
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("composerText")
        self.editor.setAccessibleName(self.tr("Message text"))
        self.editor.setPlaceholderText(
            (self.tr("Write a reply as the brand… (Ctrl+Enter sends)"))
            if kind == "reply"
            else self.tr("Write a post as the brand… (Ctrl+Enter submits)")
        )
        self.editor.setTabChangesFocus(True)
        self.editor.textChanged.connect(self._text_changed)
        layout.addWidget(self.editor)
        # Ctrl+Enter sends: read from the box's own key presses, so it works wherever the
        # box has the focus (a window shortcut would also fire from the inbox list)
        self.editor.installEventFilter(self)
        self.mention_completer = MentionCompleter(self.editor)
        #: @names flagged as unknown at the last submit (a second submit sends as written)
        self._flagged: list[str] = []

        # what will be sent (signature included): shown only once there is something to send
        self.preview_label = QLabel(self.tr("Will be sent as:"))
        self.preview_label.setObjectName("previewLabel")
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("composerPreview")
        self.preview.setReadOnly(True)
        self.preview.setPlaceholderText(
            self.tr("Preview: exactly what will be sent, as plain text.")
        )
        lines = self.preview.fontMetrics().lineSpacing()
        self.preview.setMaximumHeight(2 * lines + 12)  # its end (the signature) stays in view
        self.preview.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        preview_row = QHBoxLayout()
        preview_row.addWidget(self.preview_label)
        preview_row.addStretch(1)
        self.count_label = QLabel("")
        self.count_label.setObjectName("charCount")
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        # wraps rather than widening the window (a long signature note at 1366×768)
        self.count_label.setWordWrap(True)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        preview_row.addWidget(self.count_label, 2)
        layout.addLayout(preview_row)
        layout.addWidget(self.preview)
        # guardrails (issue 16): the guidelines, and what the rules say about this text
        self.guidelines = QLabel("")
        self.guidelines.setObjectName("composerGuidelines")
        self.guidelines.setTextFormat(Qt.TextFormat.PlainText)
        self.guidelines.setWordWrap(True)
        themed(self.guidelines, "color: $(info);")
        self.guidelines.setVisible(False)
        self.guard_label = QLabel("")
        self.guard_label.setObjectName("guardrailVerdict")
        self.guard_label.setTextFormat(Qt.TextFormat.PlainText)
        self.guard_label.setWordWrap(True)
        self.guard_label.setVisible(False)
        layout.addWidget(self.guidelines)
        layout.addWidget(self.guard_label)

        self.attachments = QListWidget()
        self.attachments.setObjectName("attachments")
        self.attachments.setAccessibleName(self.tr("Attachments"))
        self.attachments.setMaximumHeight(48)
        layout.addWidget(self.attachments)

        bottom = QHBoxLayout()
        self.attach_button = QPushButton(self.tr("Attach image…"))
        self.attach_button.setObjectName("attachButton")
        self.attach_button.clicked.connect(self._attach)
        self.remove_button = QPushButton(self.tr("Remove image"))
        self.remove_button.clicked.connect(self._remove_attachment)
        self.schedule_box = QCheckBox(self.tr("Send at"))
        self.schedule_box.setObjectName("scheduleBox")
        self.schedule_edit = QDateTimeEdit(QDateTime.currentDateTime().addSecs(3600))
        self.schedule_edit.setObjectName("scheduleTime")
        self.schedule_edit.setAccessibleName(self.tr("Send at"))
        self.schedule_edit.setCalendarPopup(True)
        self.schedule_edit.setDisplayFormat("dd MMM yyyy HH:mm")
        self.schedule_edit.setEnabled(False)
        self.schedule_box.toggled.connect(self.schedule_edit.setEnabled)
        self.schedule_box.toggled.connect(self.schedule_edit.setVisible)
        self.schedule_box.toggled.connect(lambda *_: self._schedule_autosave())
        self.schedule_edit.dateTimeChanged.connect(lambda *_: self._schedule_autosave())
        self.schedule_edit.setVisible(False)
        self.submit_button = QPushButton(self.tr("Send") if kind == "reply" else self.tr("Submit"))
        self.submit_button.setObjectName("submitButton")
        self.submit_button.setToolTip(self.tr("Ctrl+Enter"))
        self.submit_button.clicked.connect(self.submit)
        describe(self.account_combo, self.tr("The brand account this message goes out from"))
        describe(
            self.editor,
            self.tr("What the brand says; Ctrl+Enter sends, the count below shows what is left"),
        )
        describe(self.attachments, self.tr("Images that go out with this message"))
        describe(self.attach_button, self.tr("Adds an image from this computer"))
        describe(self.remove_button, self.tr("Takes the picked image off this message"))
        describe(self.schedule_box, self.tr("Ticked: the message waits until the time beside it"))
        describe(self.schedule_edit, self.tr("When the message goes out; the arrow keys change it"))
        describe(
            self.submit_button,
            self.tr(
                "Sends the message, or queues it for approval where your role needs it (Ctrl+Enter)"
            ),
        )
        bottom.addWidget(self.attach_button)
        bottom.addWidget(self.remove_button)
        bottom.addWidget(self.schedule_box)
        bottom.addWidget(self.schedule_edit)
        bottom.addStretch(1)
        bottom.addWidget(self.submit_button)
        layout.addLayout(bottom)

        self.message = QLabel("")
        self.message.setObjectName("composerMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.item_status = QLabel("")
        self.item_status.setObjectName("itemStatus")
        self.item_status.setTextFormat(Qt.TextFormat.PlainText)
        self.item_status.setWordWrap(True)
        layout.addWidget(self.message)
        layout.addWidget(self.item_status)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

        self.autosave = QTimer(self)
        self.autosave.setObjectName("autosaveTimer")
        self.autosave.setSingleShot(True)
        self.autosave.setInterval(AUTOSAVE_MS)
        self.autosave.timeout.connect(self.save_now)
        self._set_enabled(kind == "post")
        # wrapping changes the number of lines when the pane is resized
        self.editor.document().documentLayout().documentSizeChanged.connect(lambda *_: self._fit())
        self._fit()

    # ------------------------------------------------------------------ where it writes
    def _set_enabled(self, on: bool) -> None:
        for w in (
            self.editor,
            self.canned_combo,
            self.attach_button,
            self.remove_button,
            self.schedule_box,
            self.submit_button,
        ):
            w.setEnabled(on)
        self.schedule_edit.setEnabled(on and self.schedule_box.isChecked())

    def set_conversation(self, conversation_id: int | None) -> None:
        """Show the reply box for another conversation; what was typed is saved first."""
        if conversation_id == self.conversation_id:
            return
        self._flush()
        self.conversation_id = conversation_id
        self._clear()
        if conversation_id is None:
            self._set_enabled(False)
            self.item_status.setText("")
            return
        self.load()

    def start(self) -> None:
        """Post mode: load the accounts and the newest post draft."""
        self.load()

    def _flush(self) -> None:
        if self.autosave.isActive() or (self.draft_id is None and self.editor.toPlainText()):
            self.autosave.stop()
            snapshot = self._snapshot()
            if snapshot is not None:
                asyncio.ensure_future(self._save(snapshot))

    def _clear(self) -> None:
        self._restoring = True
        try:
            self.draft_id = None
            self.media = []
            self.editor.setPlainText("")
            self.attachments.clear()
            self.schedule_box.setChecked(False)
            self.message.setText("")
            self.preview.setPlainText("")
            self.count_label.setText("")
        finally:
            self._restoring = False

    @asyncSlot()
    async def load(self) -> None:
        self._request += 1
        request = self._request
        status_seq = self._status_seq
        account_id = self.account_combo.currentData() if self.kind == "post" else None
        try:
            ctx = await run_blocking(self._load_context, self.conversation_id, account_id)
        except Exception as exc:  # noqa: BLE001 - shown in words
            if request == self._request:
                self.message.setText(describe_error(exc))
            return
        if request != self._request:
            return
        self._apply_context(ctx, status=status_seq == self._status_seq)

    def _load_context(self, conversation_id: int | None, account_id: int | None) -> ComposeContext:
        actor = self.console.actor
        ctx = ComposeContext()
        with self.console.session() as s:
            conv = None
            if self.kind == "reply":
                conv = s.get(Conversation, conversation_id) if conversation_id else None
                if conv is None:
                    ctx.may_write, ctx.why_not = (
                        False,
                        self.tr("This conversation no longer exists."),
                    )
                    return ctx
                account_id = conv.brand_account_id
            else:
                ctx.accounts = queries.accounts_for_posting(s, actor)
                ids = [a[0] for a in ctx.accounts]
                draft = pub.open_draft(s, actor, kind="post")
                if account_id not in ids:
                    account_id = (
                        draft.brand_account_id
                        if draft is not None and draft.brand_account_id in ids
                        else (ids[0] if ids else None)
                    )
                if account_id is None:
                    ctx.may_write = False
                    ctx.why_not = self.tr("You do not have the permission to post as the brand.")
                    return ctx
            acc = s.get(BrandAccount, account_id)
            assert acc is not None
            emp = s.get(Employee, actor.employee_id)
            ctx.account_id = acc.id
            ctx.network = acc.network
            ctx.handle = acc.handle
            ctx.account_status = acc.status
            ctx.settings = dict(acc.settings or {})
            ctx.signature = (
                composing.render_signature(composing.signature_format(s, emp), emp) if emp else ""
            )
            ctx.values = composing.template_values(
                s, actor, conversation_id=conversation_id, account_id=acc.id
            )
            ctx.canned = canned.list_canned(s, actor, team_id=conv.team_id if conv else None)
            # a crisis under way: its approved holding statements are offered first
            from app.crisis.statements import holding_statements

            ctx.canned = [
                canned.Canned(
                    -1 - i,
                    self.tr("Holding statement: {title}").format(title=title),
                    body,
                    "crisis",
                    None,
                )
                for i, (title, body) in enumerate(holding_statements(s, actor.workspace_id))
            ] + ctx.canned
            ctx.may_write = pub.may_write(s, actor, self.kind, acc.id, conv)
            if not ctx.may_write:
                refusal = reply_refusal(actor, conv) if conv is not None else None
                ctx.why_not = (
                    (refusal or self.tr("You can read this conversation but not reply to it."))
                    if self.kind == "reply"
                    else self.tr("You do not have the permission to post as @{handle}.").format(
                        handle=acc.handle
                    )
                )
            ctx.mentionables = mentions.mentionables(s, actor)
            ctx.rules = guardrails.rule_views(
                s, guardrails.applicable(s, actor.employee_id, conv.team_id if conv else None)
            )
            ctx.needs_approval = needs_approval(
                s, actor, self.kind, acc.id, conv.team_id if conv is not None else None
            )
            draft = pub.open_draft(s, actor, conversation_id=conversation_id, kind=self.kind)
            if draft is not None:
                ctx.draft_id = draft.id
                ctx.draft_text = draft.text
                ctx.draft_media = list(draft.media or [])
                ctx.draft_scheduled_at = draft.scheduled_at
                ctx.rejected_comment = draft.review_comment
            if conversation_id is not None:
                ctx.in_flight = queries.conversation_items(s, actor, conversation_id, limit=5)
        return ctx

    def _apply_context(self, ctx: ComposeContext, *, status: bool = True) -> None:
        """Fill the box from a load; ``status`` False when the status line has a newer word."""
        self.ctx = ctx
        self._restoring = True
        try:
            if self.kind == "post":
                self.account_combo.blockSignals(True)
                self.account_combo.clear()
                for aid, handle, network in ctx.accounts:
                    self.account_combo.addItem(f"@{handle} ({network})", aid)
                i = self.account_combo.findData(ctx.account_id)
                self.account_combo.setCurrentIndex(max(i, 0))
                self.account_combo.blockSignals(False)
            self.canned_combo.clear()
            self.canned_combo.addItem(self.tr("Insert canned reply…"), None)
            for c in ctx.canned:
                where = c.team if c.scope == "team" and c.team else c.scope
                self.canned_combo.addItem(f"{c.title} ({where})", c.id)
            self.canned_combo.addItem(self.tr("Manage canned replies…"), MANAGE)
            if ctx.draft_id is not None and self.draft_id is None:
                self.draft_id = ctx.draft_id
                self.editor.setPlainText(ctx.draft_text)
                self.media = list(ctx.draft_media)
                self._show_attachments()
                if ctx.draft_scheduled_at is not None:
                    self.schedule_box.setChecked(True)
                    self.schedule_edit.setDateTime(
                        QDateTime.fromSecsSinceEpoch(int(ctx.draft_scheduled_at.timestamp()))
                    )
                self.editor.moveCursor(self.editor.textCursor().MoveOperation.End)
        finally:
            self._restoring = False
        self._set_enabled(ctx.may_write)
        # the button says what will happen: straight out, or to a team lead first
        if ctx.needs_approval:
            self.submit_button.setText(self.tr("Submit for approval"))
            self.submit_button.setToolTip(
                self.tr("A team lead approves it before it is sent (Ctrl+Enter)")
            )
        else:
            self.submit_button.setText(
                self.tr("Send") if self.kind == "reply" else self.tr("Submit")
            )
            self.submit_button.setToolTip(self.tr("Ctrl+Enter"))
        if not ctx.may_write:
            self.message.setText(ctx.why_not)
        elif ctx.rejected_comment and ctx.rejected_comment.startswith("Held by"):
            self.message.setText(
                self.tr("{rejected_comment} — edit and submit again.").format(
                    rejected_comment=ctx.rejected_comment
                )
            )
        elif ctx.rejected_comment:
            self.message.setText(
                self.tr(
                    "Sent back by the approver: {rejected_comment} — edit and submit again."
                ).format(rejected_comment=ctx.rejected_comment)
            )
        elif ctx.account_status == "needs_reconnect":
            self.message.setText(
                self.tr(
                    "@{handle} needs reconnecting: you can write and submit, but nothing goes out until IT reconnects it."
                ).format(handle=ctx.handle)
            )
        else:
            self.message.setText("")
        if status:
            self._show_in_flight(ctx.in_flight)
        self._update_count()
        names = [(m.handle, m.completion) for m in ctx.mentionables]
        # on a network, a reply addresses the customer and the brand by their handles
        for handle, what in (
            (ctx.values.get("customer_handle", "").lstrip("@"), self.tr("the customer")),
            (ctx.handle, self.tr("the brand account")),
        ):
            if handle:
                names.insert(0, (handle.lower(), f"@{handle} — {what}"))
        self.mention_completer.set_names(names)

    def _account_chosen(self, _index: int) -> None:
        if self._restoring:
            return
        self._schedule_autosave()
        self.load()

    # ---------------------------------------------------------------------- live count
    def final_text(self) -> str:
        text = self.editor.toPlainText()
        return composing.with_signature(text, self.ctx.signature) if text.strip() else ""

    def problems(self) -> list[str]:
        """What stops this from being queued, checked here before anything is sent."""
        out = []
        c = count_text(
            self.ctx.network, self.final_text(), kind=self.kind, settings=self.ctx.settings
        )
        if (p := c.problem()) is not None:
            out.append(p)
        out.extend(self.guard_verdict().blocks)
        out.extend(check_media(self.ctx.network, self.media, self.kind))
        if self.schedule_box.isChecked() and self.scheduled_at() is not None:
            if self.scheduled_at() <= datetime.now(UTC):  # type: ignore[operator]
                out.append(self.tr("The scheduled time is in the past; choose a later time."))
        return out

    def guard_verdict(self) -> guardrails.Verdict:
        """The rules applied to the text as it stands (plain phrases: instant, UI-safe)."""
        return guardrails.evaluate(self.ctx.rules, self.final_text(), add_disclaimers=True)

    def _show_guardrails(self) -> None:
        notes = [g for g in (r.text for r in self.ctx.rules if r.kind == "guideline")]
        self.guidelines.setText(self.tr("Guidelines: ") + " · ".join(notes) if notes else "")
        self.guidelines.setVisible(bool(notes))
        v = self.guard_verdict()
        lines = [self.tr("Blocked: {rule}").format(rule=b) for b in v.blocks]
        lines += [self.tr("Warning: {rule}").format(rule=w) for w in v.warnings]
        lines += [
            self.tr("Will be added (required): {text}").format(text=d) for d in v.disclaimers_added
        ]
        self.guard_label.setText("\n".join(lines))
        themed(
            self.guard_label,
            "color: $(error); font-weight: bold;" if v.blocks else "color: $(warning);",
        )
        self.guard_label.setVisible(bool(lines))

    def _update_count(self) -> None:
        self._show_guardrails()
        # what will be sent: the required disclaimers are part of it, counted and previewed
        final = self.guard_verdict().text if self.ctx.rules else self.final_text()
        c = count_text(self.ctx.network, final, kind=self.kind, settings=self.ctx.settings)
        text = self.tr("{count} / {limit} {unit} on {network}").format(
            count=c.count, limit=c.limit, unit=c.unit, network=self.ctx.network
        )
        if self.ctx.signature:
            text += self.tr(" (signature “{signature}” included)").format(
                signature=self.ctx.signature
            )
        if c.count > c.limit:
            text += self.tr(" — {over} too many").format(over=c.count - c.limit)
            themed(self.count_label, "color: $(error); font-weight: bold;")
        else:
            themed(self.count_label, "")
        self.count_label.setText(text)
        lines = [final]
        lines += [
            self.tr("[image: {name} — alt: {alt}]").format(name=Path(m["path"]).name, alt=m["alt"])
            for m in self.media
        ]
        self.preview.setPlainText("\n".join(x for x in lines if x))
        bar = self.preview.verticalScrollBar()
        bar.setValue(bar.maximum())

    def _fit(self) -> None:
        """Size the reply box to its text; show the preview and attachments only when used."""
        doc_lines = int(self.editor.document().size().height()) if self.editor.toPlainText() else 0
        lines = min(max(doc_lines, MIN_LINES), MAX_LINES)
        fm = self.editor.fontMetrics()
        margins = self.editor.contentsMargins()
        doc_margin = int(self.editor.document().documentMargin())
        height = lines * fm.lineSpacing() + 2 * doc_margin + margins.top() + margins.bottom() + 2
        if self.editor.height() != height:
            self.editor.setFixedHeight(height)
        used = bool(self.editor.toPlainText().strip()) or bool(self.media)
        self.preview_label.setVisible(used)
        self.preview.setVisible(used)
        self.count_label.setVisible(used)
        self.attachments.setVisible(bool(self.media))
        self.remove_button.setVisible(bool(self.media))
        self.updateGeometry()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            watched is self.editor
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            if self.submit_button.isEnabled():
                self.submit()
            return True  # never a new line: Ctrl+Enter means send
        return super().eventFilter(watched, event)

    def _text_changed(self) -> None:
        self._fit()
        self._update_count()
        if not self._restoring:
            self._schedule_autosave()

    def _schedule_autosave(self) -> None:
        if not self._restoring:
            self.autosave.start()

    # ---------------------------------------------------------------------- templates
    def _insert_canned(self, index: int) -> None:
        cid = self.canned_combo.itemData(index)
        self.canned_combo.setCurrentIndex(0)
        if cid == MANAGE:
            self.manage_canned.emit()
            return
        row = next((c for c in self.ctx.canned if c.id == cid), None)
        if row is None:
            return
        self.editor.insertPlainText(composing.render_template(row.body, self.ctx.values))
        self.editor.setFocus()

    # ---------------------------------------------------------------------- attachments
    def _attach(self) -> None:
        picked = self.pick_image(self)
        if picked is None:
            return
        path, alt = picked
        if (p := image_upload_problem(self.ctx.network)) is not None:
            self.message.setText(p)
            return
        if len(self.media) >= (most := max_images(self.ctx.network, self.kind)):
            self.message.setText(
                self.tr(
                    "{network} takes {images} at most here; the image was not attached."
                ).format(network=self.ctx.network, images=Count.tr("%Ln image(s)", "", most))
            )
            return
        chk = check_image(self.ctx.network, path, alt)
        if chk.problem:
            self.message.setText(chk.problem + self.tr(" The image was not attached."))
            return
        self.media.append({"path": path, "alt": alt})
        self._show_attachments()
        self._update_count()
        self._schedule_autosave()
        self.message.setText("")

    def _remove_attachment(self) -> None:
        row = self.attachments.currentRow()
        if 0 <= row < len(self.media):
            del self.media[row]
            self._show_attachments()
            self._update_count()
            self._schedule_autosave()

    def _show_attachments(self) -> None:
        self.attachments.clear()
        for m in self.media:
            self.attachments.addItem(f"{Path(m['path']).name} — {m['alt']}")
        self._fit()

    # ---------------------------------------------------------------------- saving
    def scheduled_at(self) -> datetime | None:
        if not self.schedule_box.isChecked():
            return None
        secs = self.schedule_edit.dateTime().toSecsSinceEpoch()
        return datetime.fromtimestamp(secs, UTC)

    def _snapshot(self) -> dict | None:
        text = self.editor.toPlainText()
        if self.draft_id is None and not text.strip() and not self.media:
            return None
        if self.kind == "reply" and self.conversation_id is None:
            return None
        return {
            "draft_id": self.draft_id,
            "conversation_id": self.conversation_id,
            "account_id": self.ctx.account_id,
            "text": text,
            "media": list(self.media),
            "scheduled_at": self.scheduled_at(),
        }

    @asyncSlot()
    async def save_now(self) -> None:
        snapshot = self._snapshot()
        if snapshot is not None:
            await self._save(snapshot)

    async def _save(self, snap: dict) -> int | None:
        async with self._save_lock:
            # a draft created by an earlier save of the same composer and conversation
            if snap["draft_id"] is None and snap["conversation_id"] == self.conversation_id:
                snap["draft_id"] = self.draft_id
            try:
                item_id = await run_blocking(self._save_blocking, snap)
            except Exception as exc:  # noqa: BLE001 - shown; the text stays in the box
                self.message.setText(
                    self.tr("Not saved: {describe_error}").format(
                        describe_error=describe_error(exc)
                    )
                )
                return None
            if snap["conversation_id"] == self.conversation_id and (
                self.kind == "reply" or snap["account_id"] == self.ctx.account_id
            ):
                self.draft_id = item_id
            return item_id

    def _save_blocking(self, snap: dict) -> int:
        actor = self.console.actor
        with self.console.factory() as s, s.begin():
            if snap["draft_id"] is None:
                item = pub.create_draft(
                    s,
                    actor,
                    kind=self.kind,
                    account_id=snap["account_id"],
                    conversation_id=snap["conversation_id"],
                    text=snap["text"],
                    media=snap["media"],
                    scheduled_at=snap["scheduled_at"],
                    origin=self.console.origin,
                )
            else:
                item = pub.save_draft(
                    s,
                    actor,
                    snap["draft_id"],
                    text=snap["text"],
                    media=snap["media"],
                    scheduled_at=snap["scheduled_at"],
                    account_id=snap["account_id"],
                    origin=self.console.origin,
                )
            return item.id

    # ---------------------------------------------------------------------- submit
    @asyncSlot()
    async def submit(self) -> None:
        problems = self.problems()
        if problems:
            self.message.setText(
                " ".join(problems) + self.tr(" Nothing was queued; your text is kept.")
            )
            return
        unknown = mentions.unknown(self.editor.toPlainText(), self.mention_completer.known)
        if unknown and unknown != self._flagged:
            self._flagged = unknown
            self.message.setText(
                mentions.describe_unknown(unknown)
                + self.tr(" Correct it, or send again to send it as written.")
            )
            return
        self._flagged = []
        self.autosave.stop()
        self.submit_button.setEnabled(False)
        try:
            snap = self._snapshot()
            if snap is None:
                return
            item_id = await self._save(snap)
            if item_id is None:
                self.message.setText(
                    self.message.text().removeprefix(
                        self.tr("Not saved: {describe_error}").format(describe_error="")
                    )
                    + self.tr(" Nothing was queued; your text is kept.")
                )
                return
            try:
                row = await run_blocking(self._submit_blocking, item_id, snap["scheduled_at"])
            except Exception as exc:  # noqa: BLE001 - shown in words; the draft is kept
                self.message.setText(
                    self.tr("{describe_error} Nothing was queued; your text is kept.").format(
                        describe_error=describe_error(exc)
                    )
                )
                return
        finally:
            self.submit_button.setEnabled(self.ctx.may_write)
        self.last_item_id = item_id
        self._status_seq += 1  # newer than any status read still under way
        self._clear()
        self.message.setText(
            self.tr("Submitted for approval.")
            if row.status == "awaiting_approval"
            else self.tr("Queued to send.")
        )
        self._show_in_flight([row])
        self.submitted.emit(item_id, row.status)

    def _submit_blocking(self, item_id: int, when: datetime | None) -> OutboxRow:
        actor = self.console.actor
        with self.console.factory() as s, s.begin():
            pub.submit(s, actor, item_id, scheduled_at=when, origin=self.console.origin)
            row = queries.item_row(s, actor, item_id)
            assert row is not None
            return row

    # ---------------------------------------------------------------------- status
    def _show_in_flight(self, rows: list[OutboxRow]) -> None:
        if not rows:
            self.item_status.setText("")
            return
        r = rows[0]
        who = "Your" if r.author_id == self.console.actor.employee_id else f"{r.author}'s"
        text = f"{who} {r.kind}: {r.status_text}"
        self.item_status.setText(text)
        self.status_changed.emit(r.status)

    @asyncSlot()
    async def reload_canned(self) -> None:
        """Canned replies changed (here or on another workstation): refresh the picker."""
        if self.kind == "reply" and self.conversation_id is None:
            return
        cid = self.conversation_id
        actor = self.console.actor

        def read() -> list[Canned]:
            with self.console.session() as s:
                conv = s.get(Conversation, cid) if cid else None
                return canned.list_canned(s, actor, team_id=conv.team_id if conv else None)

        try:
            rows = await run_blocking(read)
        except Exception:  # noqa: BLE001 - the picker keeps what it had until the next change
            return
        self.ctx.canned = rows
        self.canned_combo.clear()
        self.canned_combo.addItem(self.tr("Insert canned reply…"), None)
        for c in rows:
            where = c.team if c.scope == "team" and c.team else c.scope
            self.canned_combo.addItem(f"{c.title} ({where})", c.id)
        self.canned_combo.addItem(self.tr("Manage canned replies…"), MANAGE)

    @asyncSlot()
    async def refresh_status(self) -> None:
        """Called when outbox items change: show where the latest reply or post stands."""
        cid, last = self.conversation_id, self.last_item_id
        if cid is None and last is None:
            return
        self._status_seq += 1
        seq = self._status_seq
        try:
            rows = await run_blocking(self._status_rows, cid, last)
        except Exception:  # noqa: BLE001 - a status line can wait for the next change
            return
        # reads answer in any order: one begun before a send (or before a later read) is older
        # than what the line shows, and would put "draft" back under a reply already queued
        if cid == self.conversation_id and seq == self._status_seq:
            self._show_in_flight(rows)

    def _status_rows(self, cid: int | None, last: int | None) -> list[OutboxRow]:
        with self.console.session() as s:
            if cid is not None:
                return queries.conversation_items(s, self.console.actor, cid, limit=1)
            row = queries.item_row(s, self.console.actor, last) if last else None
            return [row] if row else []


class NewPostDialog(QDialog):
    """ "New post": account picker, text with the network's count, preview, images, schedule."""

    def __init__(
        self,
        console: Console,
        parent: QWidget | None = None,
        *,
        pick_image: ImagePicker = pick_image_with_dialogs,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newPostDialog")
        self.setWindowTitle(self.tr("New post"))
        self.resize(560, 560)
        self.composer = ComposerWidget(console, "post", self, pick_image=pick_image)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        describe(close, self.tr("Closes this window; an unsent draft is kept"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.composer)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        # the cursor waits in the text, not in the account picker: Ctrl+Shift+N, type, Ctrl+Enter
        self.composer.editor.setFocus()
        self.composer.start()

    def closeEvent(self, event: object) -> None:  # noqa: ANN001
        self.composer._flush()
        super().closeEvent(event)  # type: ignore[arg-type]
