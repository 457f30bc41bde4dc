"""One post, several accounts: the composer for a set (app/publishing/post_sets.py).

The marketer ticks the accounts, writes one text, and may give any network its own variant
(X's 280 weighted characters, Bluesky's 300 graphemes…), each counted its network's way as they
type. A preview per account shows the post as that network would: display name and handle,
the text with links as links, the image as a thumbnail. Submitting queues one post per account
as one set, for one approval (optionally team lead, then legal); nothing is queued if any
variant has a problem, and the text stays in the box.

Everything the dialog needs from the database is loaded once off the UI thread; the counts are
computed locally (the same functions the outbox checks with). Further checks at submission
(e.g. guardrails) join :attr:`MultiPostDialog.checks`, the same tuple the service runs.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot
from sqlalchemy import select

from app.db.models import BrandAccount, Employee
from app.db.types import utcnow
from app.identity.access import Permission
from app.publishing import calendar as pub_calendar
from app.publishing import post_sets
from app.publishing.composing import render_signature, signature_format, with_signature
from app.publishing.post_sets import Composition, SubmitCheck, Variant
from app.publishing.text_limits import check_media, count_text
from app.session.console import Console
from ui.i18n.counts import Count
from ui.publishing.composer import ImagePicker, pick_image_with_dialogs
from ui.theme.apply import themed
from ui.theme.colours import network_role
from ui.widgets.accessible import describe, describe_tab_bar
from ui.widgets.screen_fit import fit_to_screen
from ui.widgets.tasks import describe_error, run_blocking

NETWORK_NAMES = {
    "mastodon": "Mastodon",
    "bluesky": "Bluesky",
    "x": "X",
    "meta": "Meta",
    "linkedin": "LinkedIn",
    "demo": "Demo network",
}
_URL = re.compile(r"https?://[^\s<>\"]+", re.IGNORECASE)
#: how long a link is shown in a preview before "…" (Mastodon and X cut links for display)
LINK_SHOWN = 30


@dataclass(frozen=True)
class AccountInfo:
    id: int
    handle: str
    network: str
    display_name: str
    settings: dict = field(default_factory=dict)
    status: str = "connected"

    @property
    def label(self) -> str:
        return f"@{self.handle} ({NETWORK_NAMES.get(self.network, self.network)})"


@dataclass(frozen=True)
class MultiContext:
    accounts: tuple[AccountInfo, ...] = ()
    signature: str = ""
    campaigns: tuple[str, ...] = ()


def load_context(console: Console) -> MultiContext:
    actor = console.actor
    with console.session() as s:
        accounts = tuple(
            AccountInfo(
                a.id,
                a.handle,
                a.network,
                a.display_name or a.handle,
                dict(a.settings or {}),
                a.status,
            )  # fmt: skip
            for a in s.scalars(
                select(BrandAccount)
                .where(BrandAccount.workspace_id == actor.workspace_id)
                .order_by(BrandAccount.network, BrandAccount.handle)
            )
            if actor.can(Permission.POST_AS_BRAND, account_id=a.id)
        )
        me = s.get(Employee, actor.employee_id)
        signature = render_signature(signature_format(s, me), me) if me else ""
        return MultiContext(accounts, signature, tuple(pub_calendar.campaigns(s, actor)))


def shown_link(url: str) -> str:
    """A link as a network displays it: without its scheme, long ones cut with "…"."""
    bare = re.sub(r"^https?://(www\.)?", "", url, flags=re.IGNORECASE)
    return bare if len(bare) <= LINK_SHOWN else bare[: LINK_SHOWN - 1] + "…"


def preview_html(text: str) -> str:
    """The post's text as rich text that shows exactly its characters, links as links.

    Every character is escaped; only the links we found become anchors, so nothing the author
    (or a pasted text) wrote can turn into markup.
    """
    out: list[str] = []
    pos = 0
    for m in _URL.finditer(text):
        out.append(html.escape(text[pos : m.start()], quote=False))
        url = m.group(0)
        out.append(
            f'<a href="{html.escape(url, quote=True)}">'
            f"{html.escape(shown_link(url), quote=False)}</a>"
        )
        pos = m.end()
    out.append(html.escape(text[pos:], quote=False))
    return "<span style='white-space:pre-wrap'>" + "".join(out) + "</span>"


class PreviewCard(QFrame):
    """One account's post as its network would show it."""

    def __init__(self, account: AccountInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.account = account
        self.setObjectName("postPreview")
        # the network's brand colour (a theme role), or a neutral one
        brand = network_role(account.network)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        themed(
            self,
            "QFrame#postPreview { background: $(base); border: 1px solid $(line);"
            f" border-left: 4px solid $({brand}); border-radius: 6px; }}",
        )
        avatar = QLabel((account.display_name or account.handle or "?")[:1].upper())
        avatar.setTextFormat(Qt.TextFormat.PlainText)
        avatar.setFixedSize(36, 36)
        avatar.setAlignment(Qt.AlignmentFlag.AlignCenter)
        themed(
            avatar,
            f"background: $({brand}); color: $(network.avatar.fg); border-radius: 18px;"
            " font-weight: bold;",
        )
        self.name = QLabel(account.display_name)
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        themed(self.name, "font-weight: bold; color: $(text); border: none;")
        self.handle = QLabel(f"@{account.handle} · {NETWORK_NAMES.get(account.network, '')}")
        self.handle.setTextFormat(Qt.TextFormat.PlainText)
        themed(self.handle, "color: $(muted); border: none;")
        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(self.name)
        names.addWidget(self.handle)
        top = QHBoxLayout()
        top.addWidget(avatar)
        top.addLayout(names, 1)
        self.body = QLabel("")
        self.body.setObjectName("previewBody")
        self.body.setTextFormat(Qt.TextFormat.RichText)  # escaped by preview_html
        self.body.setWordWrap(True)
        self.body.setOpenExternalLinks(False)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        themed(self.body, "color: $(text); border: none;")
        self.images = QHBoxLayout()
        self.count = QLabel("")
        self.count.setObjectName("previewCount")
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        themed(self.count, "color: $(muted); border: none;")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.body)
        layout.addLayout(self.images)
        layout.addWidget(self.count)
        self._shown_images: list[str] = []

    def show_post(self, text: str, media: Sequence[dict[str, str]], count: str, ok: bool) -> None:
        self.body.setText(preview_html(text) if text.strip() else "")
        self.count.setText(count)
        themed(self.count, f"color: $({'muted' if ok else 'error'}); border: none;")
        paths = [m["path"] for m in media]
        if paths == self._shown_images:
            return
        self._shown_images = paths
        while self.images.count():
            w = self.images.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        for m in media:
            thumb = QLabel()
            thumb.setObjectName("previewImage")
            pix = QPixmap(m["path"])
            if pix.isNull():
                thumb.setText(self.tr("[{name} cannot be shown]").format(name=Path(m["path"]).name))
                thumb.setTextFormat(Qt.TextFormat.PlainText)
            else:
                thumb.setPixmap(
                    pix.scaled(
                        160,
                        120,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )
            thumb.setAccessibleName(self.tr("Image: {m}").format(m=m["alt"]))
            self.images.addWidget(thumb)
        self.images.addStretch(1)


class NetworkTab(QWidget):
    """A network's variant of the text and the previews of its chosen accounts."""

    def __init__(self, network: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.network = network
        self.variant = QPlainTextEdit()
        self.variant.setObjectName(f"variant_{network}")
        self.variant.setAccessibleName(
            self.tr("Text for {get} only").format(get=NETWORK_NAMES.get(network, network))
        )
        self.variant.setPlaceholderText(
            self.tr("Leave empty to send the main text; or write {get}'s own version here.").format(
                get=NETWORK_NAMES.get(network, network)
            )
        )
        self.variant.setMaximumHeight(90)
        self.cards: dict[int, PreviewCard] = {}
        self.cards_box = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Text for {get} only:").format(get=NETWORK_NAMES.get(network, network)))
        )
        layout.addWidget(self.variant)
        layout.addWidget(QLabel(self.tr("Preview:")))
        layout.addLayout(self.cards_box)
        layout.addStretch(1)


class MultiPostDialog(QDialog):
    """ "New post": several accounts, a variant per network, previews, one approval."""

    #: the set was queued: (set key, how many posts)
    submitted = Signal(str, int)

    def __init__(
        self,
        console: Console,
        parent: QWidget | None = None,
        *,
        when: datetime | None = None,
        pick_image: ImagePicker = pick_image_with_dialogs,
        checks: Sequence[SubmitCheck] = post_sets.DEFAULT_CHECKS,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("multiPostDialog")
        self.setWindowTitle(self.tr("New post"))
        self.console = console
        self.pick_image = pick_image
        #: the checks the service runs at submission (guardrails add theirs here)
        self.checks: tuple[SubmitCheck, ...] = tuple(checks)
        self.ctx = MultiContext()
        self.media: list[dict[str, str]] = []
        self.tabs_by_network: dict[str, NetworkTab] = {}

        self.account_list = QListWidget()
        self.account_list.setAccessibleName(self.tr("Accounts to post from"))
        self.account_list.setObjectName("postAccounts")
        self.account_list.setMaximumHeight(90)
        self.account_list.itemChanged.connect(lambda _i: self._refresh())
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("Post text"))
        self.editor.setObjectName("postText")
        self.editor.setPlaceholderText(
            self.tr("What should the brand say? (sent to every account ticked)")
        )
        self.editor.textChanged.connect(self._refresh)
        self.attach_button = QPushButton(self.tr("Attach image…"))
        self.attach_button.clicked.connect(self._attach)
        self.remove_image_button = QPushButton(self.tr("Remove images"))
        self.remove_image_button.clicked.connect(self._remove_images)
        self.attachments = QLabel(self.tr("No images attached."))
        self.attachments.setTextFormat(Qt.TextFormat.PlainText)
        self.campaign = QLineEdit()
        self.campaign.setAccessibleName(self.tr("Campaign"))
        self.campaign.setObjectName("postCampaign")
        self.campaign.setPlaceholderText(
            self.tr("e.g. Spring sale (optional; filters the calendar)")
        )
        self.when = QDateTimeEdit()
        self.when.setAccessibleName(self.tr("Scheduled time"))
        self.when.setObjectName("postWhen")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("ddd d MMM yyyy HH:mm")
        self.when_box = QCheckBox(self.tr("Schedule for"))
        self.when_box.setObjectName("postScheduleBox")
        self.when_box.toggled.connect(self.when.setEnabled)
        self.two_step = QCheckBox(self.tr("Two-step approval: team lead, then legal"))
        self.two_step.setObjectName("twoStepBox")
        self.problems_label = QLabel("")
        self.problems_label.setObjectName("postProblems")
        self.problems_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problems_label.setWordWrap(True)
        themed(self.problems_label, "color: $(error);")
        self.message = QLabel("")
        self.message.setObjectName("postMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.submit_button = QPushButton(self.tr("Send for approval"))
        self.submit_button.setObjectName("postSubmit")
        self.submit_button.setDefault(True)
        self.submit_button.clicked.connect(self.submit)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Variants and previews"))
        self.tabs.setObjectName("variantTabs")
        self.no_tabs = QLabel(
            self.tr("Tick one or more accounts to see how the post will look on each.")
        )
        self.no_tabs.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Post from:"), self.account_list)
        form.addRow(self.tr("Text:"), self.editor)
        images = QHBoxLayout()
        images.addWidget(self.attach_button)
        images.addWidget(self.remove_image_button)
        images.addWidget(self.attachments, 1)
        form.addRow(self.tr("Images:"), images)
        form.addRow(self.tr("Campaign:"), self.campaign)
        when_row = QHBoxLayout()
        when_row.addWidget(self.when_box)
        when_row.addWidget(self.when, 1)
        form.addRow(self.tr("When:"), when_row)
        form.addRow("", self.two_step)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(form)
        left_layout.addWidget(self.problems_label)
        left_layout.addStretch(1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.no_tabs)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.tabs)
        describe(
            scroll,
            self.tr("How the post will look on each ticked account; scroll to see all"),
            self.tr("Previews"),
        )
        describe_tab_bar(
            self.tabs,
            self.tr("One page per network: its own text and a preview; Ctrl+Tab switches"),
        )
        describe(self.account_list, self.tr("Tick each brand account the post goes out from"))
        describe(
            self.editor,
            self.tr("What the brand says on every ticked account, unless a page says otherwise"),
        )
        describe(self.attach_button, self.tr("Adds images from this computer"))
        describe(self.remove_image_button, self.tr("Takes every image off this post"))
        describe(self.when_box, self.tr("Ticked: the post waits until the time beside it"))
        describe(self.when, self.tr("When the post goes out; the arrow keys change it"))
        describe(
            self.two_step, self.tr("Ticked: a team lead approves, then legal, before it goes out")
        )
        describe(self.submit_button, self.tr("Queues one post per ticked account for approval"))
        describe(close, self.tr("Closes this window; nothing is sent"))
        right_layout.addWidget(scroll, 1)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.submit_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        fit_to_screen(self, 1100, 700)
        self.set_time(when)
        self._refresh()
        self.load()

    # ------------------------------------------------------------------------ context
    def set_time(self, when: datetime | None) -> None:
        """Schedule for ``when`` (a calendar slot), or leave it unscheduled."""
        default = when or (utcnow() + timedelta(hours=1)).replace(minute=0, second=0)
        self.when.setDateTime(QDateTime.fromSecsSinceEpoch(int(default.timestamp())))
        self.when_box.setChecked(when is not None)
        self.when.setEnabled(when is not None)

    @asyncSlot()
    async def load(self) -> None:
        try:
            self.ctx = await run_blocking(load_context, self.console)
        except Exception as exc:  # noqa: BLE001 - shown in words; the dialog stays usable
            self.message.setText(describe_error(exc))
            return
        self.account_list.blockSignals(True)
        self.account_list.clear()
        for acc in self.ctx.accounts:
            item = QListWidgetItem(acc.label)
            item.setData(Qt.ItemDataRole.UserRole, acc.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.account_list.addItem(item)
        self.account_list.blockSignals(False)
        if not self.ctx.accounts:
            self.message.setText(
                self.tr("You may not post from any brand account; ask IT for access.")
            )
        self.campaign.setCompleter(QCompleter(list(self.ctx.campaigns), self))
        self._refresh()

    def choose_accounts(self, account_ids: Sequence[int]) -> None:
        for i in range(self.account_list.count()):
            item = self.account_list.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in account_ids
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def chosen(self) -> list[AccountInfo]:
        ids = {
            self.account_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.account_list.count())
            if self.account_list.item(i).checkState() == Qt.CheckState.Checked
        }
        return [a for a in self.ctx.accounts if a.id in ids]

    # ------------------------------------------------------------------------ variants
    def text_for(self, network: str) -> str:
        tab = self.tabs_by_network.get(network)
        own = tab.variant.toPlainText() if tab is not None else ""
        return own if own.strip() else self.editor.toPlainText()

    def _sync_tabs(self, accounts: Sequence[AccountInfo]) -> None:
        networks = sorted({a.network for a in accounts})
        for net in list(self.tabs_by_network):
            if net not in networks:
                tab = self.tabs_by_network.pop(net)
                self.tabs.removeTab(self.tabs.indexOf(tab))
                tab.deleteLater()
        for net in networks:
            if net not in self.tabs_by_network:
                tab = NetworkTab(net)
                tab.variant.textChanged.connect(self._refresh)
                self.tabs_by_network[net] = tab
                self.tabs.addTab(tab, NETWORK_NAMES.get(net, net))
        for net, tab in self.tabs_by_network.items():
            wanted = {a.id for a in accounts if a.network == net}
            for aid in list(tab.cards):
                if aid not in wanted:
                    tab.cards.pop(aid).deleteLater()
            for a in accounts:
                if a.network == net and a.id not in tab.cards:
                    card = PreviewCard(a)
                    tab.cards[a.id] = card
                    tab.cards_box.addWidget(card)
        self.no_tabs.setVisible(not networks)
        self.tabs.setVisible(bool(networks))

    def _refresh(self) -> None:
        """Counts, previews and problems as the person types (no database on the way)."""
        accounts = self.chosen()
        self._sync_tabs(accounts)
        found: list[str] = []
        empty = False
        for a in accounts:
            text = self.text_for(a.network)
            final = with_signature(text, self.ctx.signature) if text.strip() else text.strip()
            c = count_text(a.network, final, kind="post", settings=a.settings)
            problems = [c.problem()] if c.problem() and c.count else []
            empty = empty or c.count == 0
            problems += check_media(a.network, self.media)
            found += [f"@{a.handle} ({a.network}): {p}" for p in problems]
            tab = self.tabs_by_network[a.network]
            tab.cards[a.id].show_post(final, self.media, f"{c.count} / {c.limit} {c.unit}",
                                      not problems)  # fmt: skip
            # a network whose variant has a problem says so on its tab
            bad = any(p.startswith(f"@{b.handle} ") for b in accounts if b.network == a.network
                      for p in found)  # fmt: skip
            name = NETWORK_NAMES.get(a.network, a.network)
            self.tabs.setTabText(self.tabs.indexOf(tab), name + (" ⚠" if bad else ""))
        n = len(accounts)
        self.submit_button.setText(
            self.tr("Send {posts} for approval").format(posts=Count.tr("%Ln post(s)", "", n))
            if n
            else self.tr("Send for approval")
        )
        self.problems_label.setText("\n".join(found))
        self.submit_button.setEnabled(bool(accounts) and not found and not empty)

    # ------------------------------------------------------------------------ images
    def _attach(self) -> None:
        picked = self.pick_image(self)
        if picked is None:
            return
        path, alt = picked
        self.media.append({"path": path, "alt": alt})
        self._show_images()

    def _remove_images(self) -> None:
        self.media.clear()
        self._show_images()

    def _show_images(self) -> None:
        self.attachments.setText(
            ", ".join(Path(m["path"]).name for m in self.media) or self.tr("No images attached.")
        )
        self._refresh()

    # ------------------------------------------------------------------------ submit
    def composition(self) -> Composition:
        when = None
        if self.when_box.isChecked():
            when = datetime.fromtimestamp(self.when.dateTime().toSecsSinceEpoch(), UTC)
        return Composition(
            tuple(
                Variant(a.id, self.text_for(a.network), tuple(self.media)) for a in self.chosen()
            ),
            scheduled_at=when,
            campaign=self.campaign.text(),
            two_step=self.two_step.isChecked(),
        )

    def _compose_blocking(self, comp: Composition) -> post_sets.SetResult:
        with self.console.factory() as s, s.begin():
            return post_sets.compose(
                s, self.console.actor, comp, checks=self.checks, origin=self.console.origin
            )

    @asyncSlot()
    async def submit(self) -> None:
        comp = self.composition()
        self.submit_button.setEnabled(False)
        self.message.setText(self.tr("Sending…"))
        try:
            result = await run_blocking(self._compose_blocking, comp)
        except Exception as exc:  # noqa: BLE001 - in words; the text stays in the box
            self.message.setText(describe_error(exc) + self.tr(" Your text is kept."))
            self._refresh()
            return
        n = len(result.item_ids)
        if result.awaiting:
            said = (
                self.tr("{posts} sent for approval as one set (team lead, then legal).")
                if comp.two_step
                else self.tr("{posts} sent for approval as one set.")
            ).format(posts=Count.tr("%Ln post(s)", "", n))
        else:
            said = (
                self.tr("{posts} queued for the scheduled time.")
                if comp.scheduled_at
                else self.tr("{posts} queued.")
            ).format(posts=Count.tr("%Ln post(s)", "", n))
        self.message.setText(said)
        self.editor.clear()
        for tab in self.tabs_by_network.values():
            tab.variant.clear()
        self.media.clear()
        self._show_images()
        self.submitted.emit(result.key, n)
