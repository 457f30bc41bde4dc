"""The Reports menu of the main window: the reports window, and a conversation's file."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox
from qasync import asyncSlot

from app.db.replica import ReadSource
from app.identity.access import Permission
from app.reports.conversation_export import audit_export, conversation_file, to_json
from app.session.console import Console
from ui.reports.conversation_pdf import write_conversation_pdf
from ui.widgets.tasks import describe_error, run_blocking


class ReportsMenu:
    def __init__(
        self,
        window: QMainWindow,
        console: Console,
        open_conversation: Callable[[int], None],
        current: Callable[[], int | None],
    ) -> None:
        self.window = window
        self.console = console
        self.open_conversation = open_conversation
        self.current = current
        self.reports = None
        self.menu: QMenu = window.menuBar().addMenu(
            QCoreApplication.translate("ui.reports.menu", "&Reports")
        )
        self.open_action = QAction(
            QCoreApplication.translate("ui.reports.menu", "&Reports…"), window
        )
        self.open_action.setObjectName("reportsAction")
        self.open_action.triggered.connect(self.open)
        self.menu.addAction(self.open_action)
        self.export_action = QAction(
            QCoreApplication.translate("ui.reports.menu", "Export this &conversation (PDF, JSON)…"),
            window,
        )
        self.export_action.setObjectName("exportConversationAction")
        self.export_action.triggered.connect(self.ask_export)
        self.menu.addAction(self.export_action)
        self.menu.menuAction().setVisible(console.actor.can_somewhere(Permission.VIEW_REPORTS))

    def open(self) -> None:
        from ui.reports.window import ReportsWindow

        if self.reports is None:
            self.reports = ReportsWindow(
                self.console, self.window, open_conversation=self._open_from_reports
            )
        self.reports.show()
        self.reports.activateWindow()

    def _open_from_reports(self, cid: int) -> None:
        self.open_conversation(cid)
        self.window.activateWindow()

    def ask_export(self) -> None:
        cid = self.current()
        if cid is None:
            QMessageBox.information(
                self.window,
                QCoreApplication.translate("ui.reports.menu", "Export a conversation"),
                QCoreApplication.translate(
                    "ui.reports.menu", "Open a conversation in the inbox first."
                ),
            )
            return
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            QCoreApplication.translate("ui.reports.menu", "Export the conversation"),
            f"conversation-{cid}.pdf",
            "PDF (*.pdf);;JSON (*.json)",
        )
        if path:
            self.export(cid, Path(path))

    @asyncSlot()
    async def export(self, cid: int, path: Path) -> str:
        try:
            doc, source = await run_blocking(self._document, cid)
            if path.suffix.lower() == ".json":
                path.write_text(to_json(doc), encoding="utf-8")
            else:
                write_conversation_pdf(path, doc)
                path.with_suffix(".json").write_text(to_json(doc), encoding="utf-8")
        except Exception as exc:  # noqa: BLE001 - in words
            text = f"Could not export conversation {cid}: {describe_error(exc)}"
        else:
            where = f" {source.describe()}." if source.replica or source.reason else ""
            text = f"Exported conversation {cid} to {path}.{where}"
        self.window.statusBar().showMessage(text, 10_000)
        return text

    def _document(self, cid: int) -> tuple[dict, ReadSource]:
        """On a worker thread: read from the replica when one is configured (the primary when
        it cannot be reached), record the export in the audit trail on the primary."""
        with self.console.read_session() as (s, source):
            doc = conversation_file(s, self.console.actor, cid)
        json.dumps(doc)  # fails here, not half-way through a file
        with self.console.factory() as s, s.begin():
            audit_export(s, self.console.actor, cid)
        return doc, source


def install_reports_menu(
    window: QMainWindow,
    console: Console,
    open_conversation: Callable[[int], None],
    current: Callable[[], int | None],
) -> ReportsMenu:
    return ReportsMenu(window, console, open_conversation, current)
