"""Crisis in the main window: the alert banner ("Open crisis room"), the crisis-mode banner,
the Crisis menu (declare, end, the room, watches, the demo surge), and the room window.

Kept out of main_window.py so that file only wires it in (a banner, a menu, a signal). State is
read again when the change feed says a crisis or the workspace changed, and once at start, so a
crisis declared while this workstation was offline shows as soon as it is back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenuBar,
    QMessageBox,
    QPushButton,
    QWidget,
)
from qasync import asyncSlot

from app.crisis import mode
from app.crisis.alerts import AlertView, recent_alerts
from app.crisis.detector import WARM_UP_MINUTES
from app.crisis.mode import CrisisView
from app.db.changes import Change
from app.identity.access import Permission
from app.session.console import Console
from ui.crisis.room import CrisisRoom
from ui.crisis.watch_list import WatchListDialog
from ui.theme.apply import themed
from ui.widgets.accessible import describe
from ui.widgets.tasks import MessageBridge, describe_error, run_blocking

#: an alert older than this no longer shows in the banner (it stays in the room)
ALERT_BANNER_FOR = timedelta(hours=2)


@dataclass(frozen=True)
class DeclareInput:
    name: str
    reason: str
    keywords: list[str]


class DeclareDialog(QDialog):
    def __init__(self, alert: AlertView | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Declare crisis"))
        self.name = QLineEdit()
        self.name.setObjectName("crisisName")
        self.name.setPlaceholderText(self.tr("e.g. Bolt charger overheating"))
        self.reason = QLineEdit()
        self.reason.setObjectName("crisisReason")
        self.reason.setPlaceholderText(self.tr("Why now: what you saw"))
        self.keywords = QLineEdit(", ".join(alert.top_terms) if alert else "")
        self.keywords.setObjectName("crisisKeywords")
        self.keywords.setPlaceholderText(
            self.tr("words that mark related conversations, comma-separated")
        )
        form = QFormLayout(self)
        if alert is not None:
            evidence = QLabel(alert.text)
            evidence.setTextFormat(Qt.TextFormat.PlainText)
            evidence.setWordWrap(True)
            form.addRow(self.tr("Alert"), evidence)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Keywords"), self.keywords)
        what = QLabel(
            self.tr(
                "In one step: publishing is paused (a pause already in place stays), every reply and post needs PR's approval, conversations matching the keywords go to PR as well, and approved holding statements are offered first to agents. Ending the crisis puts every setting back as it was."
            )
        )
        what.setWordWrap(True)
        form.addRow(what)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Declare crisis"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def value(self) -> DeclareInput:
        words = [w.strip() for w in self.keywords.text().split(",") if w.strip()]
        return DeclareInput(self.name.text(), self.reason.text(), words)


DeclarePrompt = Callable[[QWidget, AlertView | None], DeclareInput | None]
ReasonPrompt = Callable[[QWidget, str, str], str | None]


def ask_declare(parent: QWidget, alert: AlertView | None) -> DeclareInput | None:
    dlg = DeclareDialog(alert, parent)
    return dlg.value() if dlg.exec() == QDialog.DialogCode.Accepted else None


def ask_reason(parent: QWidget, title: str, question: str) -> str | None:
    if QMessageBox.question(parent, title, question) != QMessageBox.StandardButton.Yes:
        return None
    text, ok = QInputDialog.getText(
        parent,
        title,
        QCoreApplication.translate("ui.crisis.crisis_ui", "Reason (for the audit trail):"),
    )
    return text if ok else None


class CrisisUi:
    def __init__(
        self,
        window: QMainWindow,
        console: Console,
        bridge: MessageBridge,
        *,
        prompt_declare: DeclarePrompt = ask_declare,
        prompt_reason: ReasonPrompt = ask_reason,
    ) -> None:
        self.window = window
        self.console = console
        self.bridge = bridge
        self.prompt_declare = prompt_declare
        self.prompt_reason = prompt_reason
        actor = console.actor
        assert actor is not None
        self.may_control = actor.can(Permission.CRISIS_CONTROL)
        #: set by the app when the demo network runs here (the "raise a surge" menu item)
        self.demo_network: object | None = None
        self.crisis: CrisisView | None = None
        self.alert: AlertView | None = None
        self.dismissed_alert = 0
        self.room: CrisisRoom | None = None
        self.watch_list: WatchListDialog | None = None
        self.refreshes = 0

        # the banner: an alert (with "Open crisis room"), or crisis mode for everyone
        self.banner = QWidget()
        self.banner.setObjectName("crisisBanner")
        self.banner_label = QLabel("")
        self.banner_label.setObjectName("crisisBannerText")
        self.banner_label.setTextFormat(Qt.TextFormat.PlainText)
        self.banner_label.setWordWrap(True)
        self.open_button = QPushButton(
            QCoreApplication.translate("ui.crisis.crisis_ui", "Open crisis room")
        )
        self.open_button.setObjectName("openCrisisRoom")
        self.open_button.clicked.connect(self.open_room)
        self.open_button.setVisible(self.may_control)
        self.dismiss_button = QPushButton(
            QCoreApplication.translate("ui.crisis.crisis_ui", "Dismiss")
        )
        self.dismiss_button.setObjectName("dismissAlert")
        self.dismiss_button.clicked.connect(self.dismiss_alert)
        describe(
            self.open_button,
            QCoreApplication.translate(
                "ui.crisis.crisis_ui", "Opens the crisis room for this alert: timeline, statements"
            ),
        )
        describe(
            self.dismiss_button,
            QCoreApplication.translate(
                "ui.crisis.crisis_ui", "Hides this alert; the crisis room stays in the Crisis menu"
            ),
        )
        row = QHBoxLayout(self.banner)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.banner_label, 1)
        row.addWidget(self.open_button)
        row.addWidget(self.dismiss_button)
        self.banner.setVisible(False)
        self.refresh()

    # ------------------------------------------------------------------------------ menu
    def install_menu(self, menubar: QMenuBar) -> None:
        menu = menubar.addMenu(QCoreApplication.translate("ui.crisis.crisis_ui", "Cr&isis"))
        self.declare_action = QAction(
            QCoreApplication.translate("ui.crisis.crisis_ui", "&Declare crisis…"), self.window
        )
        self.declare_action.setObjectName("declareCrisisAction")
        self.declare_action.setEnabled(self.may_control)
        self.declare_action.triggered.connect(self.declare)
        self.end_action = QAction(
            QCoreApplication.translate("ui.crisis.crisis_ui", "&End crisis…"), self.window
        )
        self.end_action.setObjectName("endCrisisAction")
        self.end_action.setEnabled(self.may_control)
        self.end_action.triggered.connect(self.end)
        self.room_action = QAction(
            QCoreApplication.translate("ui.crisis.crisis_ui", "Open crisis &room"), self.window
        )
        self.room_action.setObjectName("crisisRoomAction")
        self.room_action.setShortcut(QKeySequence("Ctrl+Shift+K"))
        self.room_action.setEnabled(self.may_control)
        self.room_action.triggered.connect(self.open_room)
        self.watch_action = QAction(
            QCoreApplication.translate("ui.crisis.crisis_ui", "&Watches…"), self.window
        )
        self.watch_action.setObjectName("crisisWatchesAction")
        self.watch_action.setEnabled(self.may_control)
        self.watch_action.triggered.connect(self.open_watches)
        for a in (self.declare_action, self.end_action, self.room_action, self.watch_action):
            menu.addAction(a)
        menu.addSeparator()
        self.surge_action = QAction(
            QCoreApplication.translate("ui.crisis.crisis_ui", "Demo: raise a &surge"), self.window
        )
        self.surge_action.setObjectName("demoSurgeAction")
        self.surge_action.triggered.connect(self.raise_demo_surge)
        menu.addAction(self.surge_action)
        menu.aboutToShow.connect(
            lambda: self.surge_action.setVisible(self.demo_network is not None)
        )

    # ----------------------------------------------------------------------------- state
    def on_changes(self, batch: Sequence[Change]) -> None:
        if {ch.topic for ch in batch} & {"crisis", "workspace"}:
            self.refresh()
        if self.room is not None:
            self.room.on_changes(batch)
        if self.watch_list is not None and self.watch_list.isVisible():
            self.watch_list.on_changes(batch)

    def _state(self) -> tuple[CrisisView | None, AlertView | None]:
        actor = self.console.actor
        assert actor is not None
        with self.console.session() as s:
            since = datetime.now(UTC) - ALERT_BANNER_FOR
            alerts = recent_alerts(s, actor.workspace_id, since=since, limit=1)
            return mode.active_crisis(s, actor.workspace_id), alerts[0] if alerts else None

    @asyncSlot()
    async def refresh(self) -> None:
        try:
            self.crisis, self.alert = await run_blocking(self._state)
        except Exception:  # noqa: BLE001 - the banner catches up on the next change
            return
        self.refreshes += 1
        self.show_banner()

    def show_banner(self) -> None:
        c, a = self.crisis, self.alert
        if c is not None:
            self.banner_label.setText(c.banner())
            themed(
                self.banner,
                "#crisisBanner { background: $(alarm.bg); }"
                " QLabel { color: $(alarm.fg); font-weight: bold; }",
            )
            self.dismiss_button.setVisible(False)
            self.banner.setVisible(True)
        elif (
            a is not None
            and a.id != self.dismissed_alert
            and (self.may_control or a.kind == "positive")
        ):
            self.banner_label.setText(a.text)
            box = "calm" if a.kind == "positive" else "caution"
            themed(
                self.banner,
                f"#crisisBanner {{ background: $({box}.bg); }}"
                f" QLabel {{ color: $({box}.fg); font-weight: bold; }}",
            )
            self.dismiss_button.setVisible(True)
            self.banner.setVisible(True)
        else:
            self.banner.setVisible(False)

    def dismiss_alert(self) -> None:
        if self.alert is not None:
            self.dismissed_alert = self.alert.id
        self.show_banner()

    # ---------------------------------------------------------------------------- actions
    def open_room(self) -> None:
        if not self.may_control:
            self.bridge.say(
                "error",
                QCoreApplication.translate(
                    "ui.crisis.crisis_ui", "The crisis room is for those with crisis control (PR)."
                ),
            )
            return
        if self.room is None:
            self.room = CrisisRoom(self.console, self.bridge)
            self.room.end_requested.connect(self.end)
            self.room.declare_requested.connect(self.declare)
        self.room.show()
        if QGuiApplication.platformName() != "offscreen":  # it cannot raise windows
            self.room.raise_()
            self.room.activateWindow()

    @asyncSlot()
    async def declare(self) -> None:
        got = self.prompt_declare(self.window, self.alert)
        if got is None:
            return
        alert_id = self.alert.id if self.alert is not None else None

        def work() -> mode.Declared:
            with self.console.factory() as s, s.begin():
                return mode.declare(
                    s,
                    self.console.actor,
                    name=got.name,
                    reason=got.reason,
                    keywords=got.keywords,
                    alert_id=alert_id,
                    origin=self.console.origin,
                )

        try:
            done = await run_blocking(work)
        except Exception as exc:  # noqa: BLE001
            self.bridge.say(
                "error",
                QCoreApplication.translate(
                    "ui.crisis.crisis_ui", "No crisis was declared: {describe_error}"
                ).format(describe_error=describe_error(exc)),
            )
            return
        self.crisis = done.crisis
        self.show_banner()
        if done.joined:
            self.bridge.say(
                "info",
                QCoreApplication.translate(
                    "ui.crisis.crisis_ui",
                    "{declared_by} had just declared “{name}”: you are in it.",
                ).format(declared_by=done.crisis.declared_by, name=done.crisis.name),
            )
        else:
            self.bridge.say(
                "info",
                QCoreApplication.translate(
                    "ui.crisis.crisis_ui", "Crisis declared: {name}. Publishing is paused."
                ).format(name=done.crisis.name),
            )
        self.open_room()

    @asyncSlot()
    async def end(self) -> None:
        name = self.crisis.name if self.crisis else "the crisis"
        reason = self.prompt_reason(
            self.window,
            "End crisis",
            f"End {name}? Publishing, approvals and routing go back to how they were before it.",
        )
        if reason is None:
            return

        def work() -> CrisisView:
            with self.console.factory() as s, s.begin():
                return mode.end(s, self.console.actor, reason=reason, origin=self.console.origin)

        try:
            ended = await run_blocking(work)
        except Exception as exc:  # noqa: BLE001 - e.g. a colleague ended it already: said so
            self.bridge.say("error", describe_error(exc))
            self.refresh()
            return
        self.crisis = None
        self.show_banner()
        self.bridge.say(
            "info",
            QCoreApplication.translate(
                "ui.crisis.crisis_ui", "The crisis “{name}” has ended; every setting is restored."
            ).format(name=ended.name),
        )

    def open_watches(self) -> None:
        """Crisis → Watches…: the list to add, change, pause and delete watches."""
        if self.watch_list is None:
            self.watch_list = WatchListDialog(
                self.console,
                self.window,
                on_saved=lambda name: self.bridge.say(
                    "info",
                    QCoreApplication.translate(
                        "ui.crisis.crisis_ui", "Watch “{name}” saved; it counts from now on."
                    ).format(name=name),
                ),
            )
        else:
            self.watch_list.reload()
        self.watch_list.show()
        if QGuiApplication.platformName() != "offscreen":  # it cannot raise windows
            self.watch_list.raise_()
            self.watch_list.activateWindow()

    def new_watch(self) -> None:
        """The list of watches with a new watch's editor open over it."""
        self.open_watches()
        assert self.watch_list is not None
        self.watch_list.new_watch()

    def raise_demo_surge(self) -> None:
        net = self.demo_network
        if net is None:
            self.bridge.say(
                "error",
                QCoreApplication.translate(
                    "ui.crisis.crisis_ui", "The demo network is not running on this workstation."
                ),
            )
            return
        # with no history the detector first learns a few minutes of ordinary traffic
        wait = max(0.0, (WARM_UP_MINUTES + 0.5) * 60 - net.age)  # type: ignore[attr-defined]
        rate = net.surge(seconds=600, after=wait)  # type: ignore[attr-defined]
        when = (
            "now" if wait < 1 else f"in {wait:.0f} s (the detector first learns the usual traffic)"
        )
        self.bridge.say(
            "info",
            QCoreApplication.translate(
                "ui.crisis.crisis_ui",
                "Demo surge: {rate:.0f} extra messages a second for 10 minutes, {when}, mostly angry about a burning charger. An alert follows within a minute of its start.",
            ).format(rate=rate, when=when),
        )

    def shutdown(self) -> None:
        if self.room is not None:
            self.room.close()
