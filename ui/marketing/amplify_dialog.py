"""The "Amplify…" dialog: repost (boost) or quote a customer's praise, for approval.

The customer's words are shown as plain text (they may hold anything); the choice and the
quote text go to app.publishing.amplify in a worker thread, and the answer — queued for
approval, or why not — is said in the dialog in words.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot

from app.publishing import amplify
from app.session.console import Console
from ui.theme.apply import themed
from ui.widgets.tasks import describe_error, run_blocking


class AmplifyDialog(QDialog):
    """Loads the offer for one conversation, then drafts a boost or a quote."""

    #: the outbox item id once it is queued for approval
    queued = Signal(int)

    def __init__(self, console: Console, conversation_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.console = console
        self.conversation_id = conversation_id
        self.offer: amplify.AmplifyOffer | None = None
        self.loaded = False
        self.setWindowTitle(self.tr("Amplify the customer's praise"))
        self.setObjectName("amplifyDialog")
        self.who = QLabel(self.tr("Loading the customer's post…"))
        self.who.setObjectName("amplifyWho")
        self.who.setTextFormat(Qt.TextFormat.PlainText)
        self.who.setWordWrap(True)
        self.praise = QPlainTextEdit()
        self.praise.setObjectName("amplifyPraise")
        self.praise.setAccessibleName(self.tr("The customer's post"))
        self.praise.setReadOnly(True)
        self.praise.setMaximumHeight(110)
        self.boost = QRadioButton(self.tr("Boost"))
        self.boost.setObjectName("amplifyBoost")
        self.quote = QRadioButton(self.tr("Quote post, with the brand's words above it"))
        self.quote.setObjectName("amplifyQuote")
        self.boost.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.boost)
        group.addButton(self.quote)
        self.text = QPlainTextEdit()
        self.text.setObjectName("amplifyText")
        self.text.setAccessibleName(self.tr("What the brand says above the quoted post"))
        self.text.setPlaceholderText(self.tr("What the brand says above the quoted post"))
        self.text.setMaximumHeight(90)
        self.text.setEnabled(False)
        self.quote.toggled.connect(self.text.setEnabled)
        self.note = QLabel(
            self.tr(
                "Amplifying always waits for an approver: the brand's voice is marketing's call."
            )
        )
        self.note.setWordWrap(True)
        themed(self.note, "color: $(muted);")
        self.message = QLabel("")
        self.message.setObjectName("amplifyMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.send = QPushButton(self.tr("Send for approval"))
        self.send.setObjectName("amplifySend")
        self.send.setEnabled(False)
        self.send.setDefault(True)
        self.send.clicked.connect(self.submit)
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.send)
        layout = QVBoxLayout(self)
        layout.addWidget(self.who)
        layout.addWidget(self.praise)
        layout.addWidget(self.boost)
        layout.addWidget(self.quote)
        layout.addWidget(self.text)
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(520, 420)
        self.load()

    def _offer(self) -> amplify.AmplifyOffer:
        actor = self.console.actor
        assert actor is not None
        with self.console.session() as s:
            return amplify.offer(s, actor, self.conversation_id)

    @asyncSlot()
    async def load(self) -> None:
        try:
            o = await run_blocking(self._offer)
        except Exception as exc:  # noqa: BLE001 - said in words
            self.who.setText(self.tr("The customer's post cannot be shown."))
            self.message.setText(describe_error(exc))
            self.loaded = True
            return
        self.offer = o
        self.who.setText(
            self.tr("@{customer} wrote to @{account} on {network}").format(
                customer=o.customer, account=o.account, network=o.network
            )
            + ("" if o.is_praise else self.tr(" (not marked as praise)"))
            + ":"
        )
        self.praise.setPlainText(o.text)
        self.boost.setText(
            self.tr("{boost_word} it as @{account}").format(
                boost_word=o.boost_word, account=o.account
            )
        )
        self.send.setEnabled(o.refusal is None)
        self.message.setText(o.refusal or "")
        self.loaded = True

    def _draft(self, mode: str, text: str) -> int:
        actor = self.console.actor
        assert actor is not None
        with self.console.factory() as s, s.begin():
            return amplify.draft(
                s, actor, self.conversation_id, mode, text, origin=self.console.origin
            ).id

    @asyncSlot()
    async def submit(self) -> None:
        mode = "quote" if self.quote.isChecked() else "boost"
        self.send.setEnabled(False)
        try:
            item_id = await run_blocking(self._draft, mode, self.text.toPlainText())
        except Exception as exc:  # noqa: BLE001 - said in words; the text stays
            self.message.setText(describe_error(exc))
            self.send.setEnabled(True)
            return
        what = "boost" if mode == "boost" else "quote post"
        self.message.setText(
            self.tr("Your {what} is waiting for approval (item {item_id}).").format(
                what=what, item_id=item_id
            )
        )
        self.queued.emit(item_id)
