"""The admin panel's "Guardrails" tab: guidelines, banned phrases, required disclaimers and
link rules for the staff who post, per role and team (app/publishing/guardrails.py).

A rule that cannot be applied safely — an invalid or catastrophic pattern, a link rule with no
domain — is refused with the reason under the form, and what was typed stays.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot
from sqlalchemy import select

from app.db.models import Role, Team
from app.publishing import guardrails
from app.session.console import Console
from ui.i18n.counts import Count
from ui.widgets.accessible import describe
from ui.widgets.tasks import describe_error, run_blocking

HELP = (
    "Rules for those who post or reply as the brand. A banned phrase is matched as whole "
    "words, in any case; write re:PATTERN for a regular expression (refused when it could make "
    "checking a post slow). A disclaimer is added to every post automatically; a link rule "
    "lists the domains links may point to. Each is checked when the author submits and again "
    "just before sending: an item that breaks a rule set later is held and sent back."
)
EVERYONE = "(everyone)"


class GuardrailsTab(QWidget):
    def __init__(self, console: Console, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.console = console
        #: finished loads and saves (tests wait on it)
        self.done = 0
        self.rules: list[guardrails.RuleView] = []
        intro = QLabel(HELP)
        intro.setWordWrap(True)
        self.count = QLabel(self.tr("Loading…"))
        self.count.setObjectName("guardrailCount")
        self.list = QListWidget()
        self.list.setObjectName("guardrailList")
        self.list.setAccessibleName(self.tr("Guardrail rules"))
        self.kind = QComboBox()
        self.kind.setObjectName("guardrailKind")
        for k in guardrails.KINDS:
            self.kind.addItem(guardrails.KIND_WORDS[k], k)
        self.text = QLineEdit()
        self.text.setObjectName("guardrailText")
        self.text.setPlaceholderText(
            self.tr("e.g. guarantee   ·   Ad: paid partnership   ·   acme.example")
        )
        self.action = QComboBox()
        self.action.setObjectName("guardrailAction")
        self.action.addItem(self.tr("Block"), "block")
        self.action.addItem(self.tr("Warn only"), "warn")
        self.reason = QLineEdit()
        self.reason.setObjectName("guardrailReason")
        self.reason.setPlaceholderText(
            self.tr("Why — shown to the author, e.g. “legal: we never promise”")
        )
        self.role = QComboBox()
        self.role.setObjectName("guardrailRole")
        self.team = QComboBox()
        self.team.setObjectName("guardrailTeam")
        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Text"), self.text)
        form.addRow(self.tr("When broken"), self.action)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Team"), self.team)
        self.add_button = QPushButton(self.tr("Add rule"))
        self.add_button.setObjectName("addGuardrail")
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("Remove selected"))
        self.remove_button.setObjectName("removeGuardrail")
        self.remove_button.clicked.connect(self.remove)
        describe(self.list, self.tr("The rules every reply and post is checked against"))
        describe(self.kind, self.tr("What the rule looks for: a word, a required line, a link"))
        describe(self.action, self.tr("Block stops the message; Warn only lets it go with a note"))
        describe(self.role, self.tr("The role the rule applies to, or everyone"))
        describe(self.team, self.tr("The team the rule applies to, or everyone"))
        describe(self.add_button, self.tr("Adds the rule written in the fields above"))
        describe(self.remove_button, self.tr("Deletes the rule picked in the list"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.status = QLabel("")
        self.status.setObjectName("guardrailStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.count)
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.load()

    def _read(self) -> tuple[list[guardrails.RuleView], list[str], list[str]]:
        actor = self.console.actor
        assert actor is not None
        with self.console.session() as s:
            roles = list(
                s.scalars(
                    select(Role.name)
                    .where(Role.workspace_id == actor.workspace_id)
                    .order_by(Role.name)
                )
            )
            teams = list(
                s.scalars(
                    select(Team.name)
                    .where(Team.workspace_id == actor.workspace_id)
                    .order_by(Team.name)
                )
            )
            return guardrails.list_rules(s, actor), roles, teams

    @asyncSlot()
    async def load(self) -> None:
        try:
            rules, roles, teams = await run_blocking(self._read)
        except Exception as exc:  # noqa: BLE001 - shown in words
            self.status.setText(describe_error(exc))
            self.done += 1
            return
        self.rules = rules
        self.list.clear()
        for r in rules:
            item = QListWidgetItem(r.describe())
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            self.list.addItem(item)
        if not rules:
            self.list.addItem(
                QListWidgetItem(self.tr("No guardrail yet: everyone may write freely."))
            )
        self.count.setText(Count.tr("%Ln rule(s)", "", len(rules)))
        for combo, names in ((self.role, roles), (self.team, teams)):
            keep = combo.currentText()
            combo.clear()
            combo.addItem(EVERYONE, None)
            for n in names:
                combo.addItem(n, n)
            combo.setCurrentIndex(max(0, combo.findText(keep)))
        self.done += 1

    def _add(self, values: dict) -> guardrails.RuleView:
        actor = self.console.actor
        assert actor is not None
        with self.console.factory() as s, s.begin():
            return guardrails.add_rule(s, actor, origin=self.console.origin, **values)

    @asyncSlot()
    async def add(self) -> None:
        values = {
            "kind": self.kind.currentData(),
            "text": self.text.text(),
            "action": self.action.currentData(),
            "reason": self.reason.text(),
            "role": self.role.currentData(),
            "team": self.team.currentData(),
        }
        try:
            rule = await run_blocking(self._add, values)
        except Exception as exc:  # noqa: BLE001 - refused in words; the form keeps its text
            self.status.setText(
                self.tr("Not added: {describe_error}").format(describe_error=describe_error(exc))
            )
            self.done += 1
            return
        self.status.setText(self.tr("Added: {describe}").format(describe=rule.describe()))
        self.text.clear()
        self.reason.clear()
        self.load()

    def _remove(self, rule_id: int) -> None:
        actor = self.console.actor
        assert actor is not None
        with self.console.factory() as s, s.begin():
            guardrails.remove_rule(s, actor, rule_id, origin=self.console.origin)

    @asyncSlot()
    async def remove(self) -> None:
        item = self.list.currentItem()
        rule_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if rule_id is None:
            self.status.setText(self.tr("Select a rule to remove."))
            return
        try:
            await run_blocking(self._remove, int(rule_id))
        except Exception as exc:  # noqa: BLE001
            self.status.setText(describe_error(exc))
            return
        self.status.setText(self.tr("Rule removed."))
        self.load()
