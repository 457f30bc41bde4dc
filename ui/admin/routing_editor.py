"""The routing editor, for those with the manage-routing permission.

Ordered rules on the left (checked = enabled; move up and down to reorder), the selected rule's
conditions and actions on the right as rows of "what" and "value", a dry run over the last N
days of stored messages below, and import/export of the rules as JSON files. Nothing is saved
that the service refuses: its reason is shown under the rule, in words. A second tab sets how
each team shares its work out (auto-assignment).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot
from sqlalchemy import select

from app.db.models import Team
from app.routing import autoassign, store
from app.routing import dry_run as routing_dry_run
from app.routing.dry_run import DryRunResult, DryRunRow
from app.routing.spec import (
    ACTION_TYPES,
    CONDITION_TYPES,
    MATCH_MODES,
    TRIGGERS,
    RuleError,
    RuleSpec,
)
from app.session.console import Console
from ui.theme.apply import themed
from ui.widgets.accessible import describe, describe_tab_bar
from ui.widgets.screen_fit import fit_to_screen
from ui.widgets.tasks import describe_error, run_blocking

Index = QModelIndex | QPersistentModelIndex

CONDITION_HINTS = {
    "keywords": "refund, money back, Rückerstattung",
    "regex": r"order\s*#?\d{5}",
    "intent": "complaint, question",
    "sentiment": "below -0.5   or   above 0.5",
    "language": "en, fr",
    "network": "mastodon, x",
    "account": "@acme_help",
    "kind": "dm, mention, comment",
    "followers": "10000",
    "vip": "(empty: customers marked VIP) or @handle, @other",
    "business_hours": "inside   or   outside",
    "history": "3",
}
ACTION_HINTS = {
    "route": "team name, or department: sales",
    "assign": "user name, or auto",
    "priority": "low, normal, high, urgent",
    "tag": "vip, press",
    "notify": "@username, team: PR, or department: pr",
    "suggest_reply": "title of a canned reply",
    "stop": "",
}


def _split(text: str) -> list[str]:
    return [p.strip() for p in text.split(",") if p.strip()]


def condition_from_row(kind: str, value: str, negate: bool) -> dict[str, Any]:
    """One editor row → the rule document's condition (the service validates meaning)."""
    value = value.strip()
    cond: dict[str, Any] = {"type": kind}
    if kind == "keywords":
        cond["any"] = _split(value)
    elif kind == "regex":
        cond["pattern"] = value
    elif kind in ("intent", "language", "network", "account", "kind"):
        cond["in"] = _split(value)
    elif kind == "sentiment":
        words = value.replace("<", " below ").replace(">", " above ").split()
        for i, w in enumerate(words):
            if w.lower() in ("below", "above") and i + 1 < len(words):
                try:
                    cond[w.lower()] = float(words[i + 1].replace("−", "-"))
                except ValueError as exc:
                    raise RuleError(f"Sentiment: {words[i + 1]!r} is not a number.") from exc
        if len(cond) == 1:
            raise RuleError("Sentiment: write “below -0.5”, “above 0.5” or both.")
    elif kind in ("followers", "history"):
        try:
            cond["at_least"] = int(value)
        except ValueError as exc:
            raise RuleError(f"{CONDITION_TYPES[kind].capitalize()}: give a whole number.") from exc
    elif kind == "vip":
        if value:
            cond["handles"] = _split(value)
    elif kind == "business_hours":
        if value.lower() not in ("inside", "outside"):
            raise RuleError("Business hours: write “inside” or “outside”.")
        cond["inside"] = value.lower() == "inside"
    if negate:
        cond["negate"] = True
    return cond


def condition_to_row(cond: dict[str, Any]) -> tuple[str, str, bool]:
    kind = str(cond.get("type", "keywords"))
    if kind == "keywords":
        value = ", ".join(cond.get("any") or [])
    elif kind == "regex":
        value = str(cond.get("pattern", ""))
    elif kind in ("intent", "language", "network", "account", "kind"):
        value = ", ".join(str(v) for v in cond.get("in") or [])
    elif kind == "sentiment":
        parts = []
        if cond.get("above") is not None:
            parts.append(f"above {cond['above']:g}")
        if cond.get("below") is not None:
            parts.append(f"below {cond['below']:g}")
        value = " ".join(parts)
    elif kind in ("followers", "history"):
        value = str(cond.get("at_least", ""))
    elif kind == "vip":
        value = ", ".join(cond.get("handles") or [])
    elif kind == "business_hours":
        value = "inside" if cond.get("inside", True) else "outside"
    else:
        value = ""
    return kind, value, bool(cond.get("negate"))


def _prefixed(value: str, *prefixes: str) -> tuple[str | None, str]:
    low = value.lower()
    for p in prefixes:
        if low.startswith(p + ":"):
            return p, value[len(p) + 1 :].strip()
    return None, value


def action_from_row(kind: str, value: str) -> dict[str, Any]:
    value = value.strip()
    act: dict[str, Any] = {"type": kind}
    if kind == "route":
        which, rest = _prefixed(value, "department", "team")
        act["department" if which == "department" else "team"] = rest
    elif kind == "assign":
        if value.lower() == "auto":
            act["auto"] = True
        else:
            act["employee"] = value.lstrip("@")
    elif kind == "priority":
        act["value"] = value.lower()
    elif kind == "tag":
        act["tags"] = _split(value)
    elif kind == "notify":
        which, rest = _prefixed(value, "department", "team")
        if which:
            act[which] = rest
        else:
            act["employee"] = value.lstrip("@")
    elif kind == "suggest_reply":
        act["canned_reply"] = value
    return act


def action_to_row(act: dict[str, Any]) -> tuple[str, str]:
    kind = str(act.get("type", "route"))
    if kind in ("route", "notify"):
        if act.get("department"):
            return kind, f"department: {act['department']}"
        if act.get("team"):
            return kind, str(act["team"]) if kind == "route" else f"team: {act['team']}"
        return kind, f"@{act.get('employee', '')}"
    if kind == "assign":
        return kind, "auto" if act.get("auto") else str(act.get("employee", ""))
    if kind == "priority":
        return kind, str(act.get("value", ""))
    if kind == "tag":
        return kind, ", ".join(act.get("tags") or [])
    if kind == "suggest_reply":
        return kind, str(act.get("canned_reply", ""))
    return kind, ""


class DryRunModel(QAbstractTableModel):
    COLUMNS = ("Conversation", "Customer", "Message", "Rules", "Would do")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[DryRunRow] = []

    def set_rows(self, rows: list[DryRunRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.COLUMNS[section]
        return None

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        r = self.rows[index.row()]
        return (
            f"#{r.conversation_id}",
            f"@{r.customer}",
            " ".join(r.text.split()),
            ", ".join(r.rules),
            r.summary,
        )[index.column()]


class RowTable(QTableWidget):
    """Rows of (optional "not") + a type picked from a list + a value typed in."""

    def __init__(self, types: dict[str, str], hints: dict[str, str], negatable: bool) -> None:
        self.negatable = negatable
        super().__init__(0, 3 if negatable else 2)
        self.types = types
        self.hints = hints
        headers = (["Not"] if negatable else []) + ["What", "Value"]
        self.setHorizontalHeaderLabels(headers)
        self.verticalHeader().setVisible(False)
        hh = self.horizontalHeader()
        hh.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        if negatable:
            self.setColumnWidth(0, 40)
        self.setColumnWidth(len(headers) - 2, 260)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

    def add_row(self, kind: str | None = None, value: str = "", negate: bool = False) -> int:
        row = self.rowCount()
        self.insertRow(row)
        col = 0
        if self.negatable:
            box = QCheckBox()
            box.setChecked(negate)
            box.setToolTip(self.tr("Match when this condition is NOT met"))
            self.setCellWidget(row, 0, box)
            col = 1
        combo = QComboBox()
        for key, title in self.types.items():
            combo.addItem(title, key)
        edit = QLineEdit(value)
        combo.currentIndexChanged.connect(
            lambda _i, c=combo, e=edit: e.setPlaceholderText(self.hints.get(c.currentData(), ""))
        )
        if kind is not None:
            combo.setCurrentIndex(max(0, combo.findData(kind)))
        edit.setPlaceholderText(self.hints.get(combo.currentData(), ""))
        self.setCellWidget(row, col, combo)
        self.setCellWidget(row, col + 1, edit)
        return row

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.selectedIndexes()}, reverse=True)
        if not rows and self.rowCount():
            rows = [self.rowCount() - 1]
        for r in rows:
            self.removeRow(r)

    def values(self) -> list[tuple[str, str, bool]]:
        out = []
        col = 1 if self.negatable else 0
        for r in range(self.rowCount()):
            combo = self.cellWidget(r, col)
            edit = self.cellWidget(r, col + 1)
            neg = self.cellWidget(r, 0).isChecked() if self.negatable else False
            out.append((combo.currentData(), edit.text(), neg))
        return out

    def clear_rows(self) -> None:
        self.setRowCount(0)


class RoutingEditor(QDialog):
    def __init__(self, console: Console, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.console = console
        self.rules: list[RuleSpec] = []
        self.current: RuleSpec | None = None
        self.setObjectName("routingEditor")
        self.setWindowTitle(self.tr("Routing rules"))
        fit_to_screen(self, 1180, 760)  # inside a 1366×768 laptop screen too
        tabs = QTabWidget()
        tabs.setObjectName("routingTabs")
        tabs.setAccessibleName(self.tr("Routing"))
        describe_tab_bar(tabs, self.tr("Rules, and how each team shares conversations out"))
        tabs.addTab(self._rules_tab(), self.tr("Rules"))
        tabs.addTab(self._teams_tab(), self.tr("Teams"))
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        self.reload()

    # -- layout -------------------------------------------------------------------------------
    def _rules_tab(self) -> QWidget:
        self.rule_list = QListWidget()
        self.rule_list.setObjectName("ruleList")
        self.rule_list.setAccessibleName(self.tr("Rules"))
        self.rule_list.setAccessibleDescription(self.tr("Run in this order; a checked rule is on"))
        self.rule_list.currentRowChanged.connect(self._selected)
        self.rule_list.itemChanged.connect(self._toggled)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.up_button = QPushButton(self.tr("Up"))
        self.down_button = QPushButton(self.tr("Down"))
        for name, b in (
            ("addRule", self.add_button),
            ("deleteRule", self.delete_button),
            ("moveUp", self.up_button),
            ("moveDown", self.down_button),
        ):
            b.setObjectName(name)
            buttons.addWidget(b)
        files = QHBoxLayout()
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setObjectName("importRules")
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("exportRules")
        self.defaults_button = QPushButton(self.tr("Add the default rules"))
        self.defaults_button.setObjectName("defaultRules")
        for b in (self.import_button, self.export_button, self.defaults_button):
            files.addWidget(b)
        describe(self.add_button, self.tr("Adds a new rule at the end of the list"))
        describe(self.delete_button, self.tr("Deletes the picked rule"))
        describe(self.up_button, self.tr("Moves the picked rule one place earlier"))
        describe(self.down_button, self.tr("Moves the picked rule one place later"))
        describe(self.import_button, self.tr("Reads rules from a JSON file"))
        describe(self.export_button, self.tr("Saves every rule to a JSON file"))
        describe(self.defaults_button, self.tr("Adds the console's starting rules beside yours"))
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(QLabel(self.tr("Rules run in this order; a checked rule is on.")))
        lv.addWidget(self.rule_list)
        lv.addLayout(buttons)
        lv.addLayout(files)

        self.name = QLineEdit()
        self.name.setObjectName("ruleName")
        self.name.setAccessibleName(self.tr("Rule name"))
        self.enabled = QCheckBox(self.tr("On"))
        self.enabled.setObjectName("ruleEnabled")
        self.trigger = QComboBox()
        self.trigger.setObjectName("ruleTrigger")
        for key, title in TRIGGERS.items():
            self.trigger.addItem(title, key)
        self.match = QComboBox()
        self.match.setObjectName("ruleMatch")
        for key, title in MATCH_MODES.items():
            self.match.addItem(title, key)
        self.conditions = RowTable(CONDITION_TYPES, CONDITION_HINTS, negatable=True)
        self.conditions.setObjectName("conditions")
        self.conditions.setAccessibleName(self.tr("Conditions"))
        self.actions = RowTable(ACTION_TYPES, ACTION_HINTS, negatable=False)
        self.actions.setObjectName("actions")
        self.actions.setAccessibleName(self.tr("Actions"))
        self.disabled_reason = QLabel("")
        self.disabled_reason.setObjectName("disabledReason")
        self.disabled_reason.setWordWrap(True)
        self.disabled_reason.setTextFormat(Qt.TextFormat.PlainText)
        self.validation = QLabel("")
        self.validation.setObjectName("validationMessage")
        self.validation.setWordWrap(True)
        self.validation.setTextFormat(Qt.TextFormat.PlainText)
        themed(self.validation, "color: $(error);")
        self.save_button = QPushButton(self.tr("Save rule"))
        self.save_button.setObjectName("saveRule")
        add_cond = QPushButton(self.tr("Add condition"))
        add_cond.setObjectName("addCondition")
        del_cond = QPushButton(self.tr("Remove condition"))
        add_act = QPushButton(self.tr("Add action"))
        add_act.setObjectName("addAction")
        del_act = QPushButton(self.tr("Remove action"))
        add_cond.clicked.connect(lambda: self.conditions.add_row())
        del_cond.clicked.connect(self.conditions.remove_selected)
        add_act.clicked.connect(lambda: self.actions.add_row())
        del_act.clicked.connect(self.actions.remove_selected)
        describe(self.name, self.tr("A short name that says what the rule is for"))
        describe(self.enabled, self.tr("Ticked: the rule runs"), self.tr("Rule is on"))
        describe(
            self.trigger, self.tr("When the rule runs: on new conversations or on every message")
        )
        describe(
            self.match, self.tr("Whether all conditions must hold, any one of them, or none at all")
        )
        describe(self.conditions, self.tr("What a conversation must show; one condition per row"))
        describe(self.actions, self.tr("What the rule does, in this order; one action per row"))
        describe(add_cond, self.tr("Adds an empty condition row"))
        describe(del_cond, self.tr("Deletes the picked condition row"))
        describe(add_act, self.tr("Adds an empty action row"))
        describe(del_act, self.tr("Deletes the picked action row"))
        describe(self.save_button, self.tr("Checks the rule and keeps it"))

        form = QFormLayout()
        name_row = QHBoxLayout()
        name_row.addWidget(self.name, 1)
        name_row.addWidget(self.enabled)
        form.addRow(self.tr("Name"), name_row)
        form.addRow(self.tr("Runs on"), self.trigger)
        form.addRow(self.tr("Matches when"), self.match)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addLayout(form)
        rv.addWidget(QLabel(self.tr("Conditions")))
        rv.addWidget(self.conditions, 1)
        cb = QHBoxLayout()
        cb.addWidget(add_cond)
        cb.addWidget(del_cond)
        cb.addStretch(1)
        rv.addLayout(cb)
        rv.addWidget(QLabel(self.tr("Actions (in order)")))
        rv.addWidget(self.actions, 1)
        ab = QHBoxLayout()
        ab.addWidget(add_act)
        ab.addWidget(del_act)
        ab.addStretch(1)
        ab.addWidget(self.save_button)
        rv.addLayout(ab)
        rv.addWidget(self.disabled_reason)
        rv.addWidget(self.validation)

        # dry run
        self.days = QSpinBox()
        self.days.setObjectName("dryRunDays")
        self.days.setAccessibleName(self.tr("Dry run over the last days"))
        self.days.setRange(1, 365)
        self.days.setValue(7)
        self.days.setSuffix(self.tr(" days"))
        self.dry_rule_button = QPushButton(self.tr("Dry run this rule"))
        self.dry_rule_button.setObjectName("dryRunRule")
        self.dry_all_button = QPushButton(self.tr("Dry run all rules"))
        self.dry_all_button.setObjectName("dryRunAll")
        self.dry_status = QLabel(
            self.tr("A dry run shows what rules would have done; it changes nothing.")
        )
        self.dry_status.setObjectName("dryRunStatus")
        self.dry_status.setWordWrap(True)
        self.dry_model = DryRunModel(self)
        self.dry_table = QTableView()
        self.dry_table.setTabKeyNavigation(False)  # Tab leaves; arrows move inside
        self.dry_table.setObjectName("dryRunTable")
        self.dry_table.setAccessibleName(self.tr("Dry run results"))
        describe(self.days, self.tr("How many days of past conversations the dry run reads"))
        describe(
            self.dry_rule_button,
            self.tr("Shows what the picked rule would have done; changes nothing"),
        )
        describe(
            self.dry_all_button, self.tr("Shows what all rules would have done; changes nothing")
        )
        describe(self.dry_table, self.tr("One row per conversation the rules would have touched"))
        self.dry_table.setModel(self.dry_model)
        self.dry_table.verticalHeader().setVisible(False)
        self.dry_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.dry_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for col, width in enumerate((90, 130, 300, 200, 260)):
            self.dry_table.setColumnWidth(col, width)
        dry_top = QHBoxLayout()
        dry_top.addWidget(QLabel(self.tr("Dry run over the last")))
        dry_top.addWidget(self.days)
        dry_top.addWidget(self.dry_rule_button)
        dry_top.addWidget(self.dry_all_button)
        dry_top.addStretch(1)
        bottom = QWidget()
        bv = QVBoxLayout(bottom)
        bv.setContentsMargins(0, 0, 0, 0)
        bv.addLayout(dry_top)
        bv.addWidget(self.dry_status)
        bv.addWidget(self.dry_table)

        top = QSplitter()
        top.addWidget(left)
        top.addWidget(right)
        top.setSizes([380, 780])
        outer = QSplitter(Qt.Orientation.Vertical)
        outer.addWidget(top)
        outer.addWidget(bottom)
        outer.setSizes([480, 260])

        self.add_button.clicked.connect(self.new_rule)
        self.delete_button.clicked.connect(self.delete_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.save_button.clicked.connect(self.save)
        self.import_button.clicked.connect(self._ask_import)
        self.export_button.clicked.connect(self._ask_export)
        self.defaults_button.clicked.connect(self.add_defaults)
        self.dry_rule_button.clicked.connect(lambda: self.dry_run(only_current=True))
        self.dry_all_button.clicked.connect(lambda: self.dry_run(only_current=False))
        return outer

    def _teams_tab(self) -> QWidget:
        w = QWidget()
        v = QVBoxLayout(w)
        v.addWidget(
            QLabel(
                self.tr(
                    "How each team shares new conversations out: only to agents who are signed in and available, up to their capacity of open conversations."
                )
            )
        )
        self.team_table = QTableWidget(0, 3)
        self.team_table.setObjectName("teamTable")
        self.team_table.setAccessibleName(self.tr("Teams and auto-assignment"))
        describe(
            self.team_table,
            self.tr("One row per team; pick how it shares new conversations out"),
        )
        self.team_table.setHorizontalHeaderLabels(
            [self.tr("Team"), self.tr("Department"), self.tr("Auto-assignment")]
        )
        self.team_table.verticalHeader().setVisible(False)
        self.team_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.team_table.setColumnWidth(2, 180)
        self.team_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        v.addWidget(self.team_table)
        self.team_status = QLabel("")
        self.team_status.setObjectName("teamStatus")
        v.addWidget(self.team_status)
        return w

    # -- loading ------------------------------------------------------------------------------
    @asyncSlot()
    async def reload(self, select_id: int | None = None) -> None:
        try:
            rules, teams = await run_blocking(self._load)
        except Exception as exc:  # noqa: BLE001 - shown in words
            self.validation.setText(describe_error(exc))
            return
        self.rules = rules
        keep = select_id if select_id is not None else (self.current.id if self.current else None)
        self.rule_list.blockSignals(True)
        self.rule_list.clear()
        for n, r in enumerate(rules, 1):
            item = QListWidgetItem(f"{n}. {r.name}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if r.enabled else Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            if r.disabled_reason:
                item.setToolTip(r.disabled_reason)
            self.rule_list.addItem(item)
        self.rule_list.blockSignals(False)
        row = next((i for i, r in enumerate(rules) if r.id == keep), 0 if rules else -1)
        self.rule_list.setCurrentRow(row)
        self._selected(row)
        self._fill_teams(teams)

    def _load(self) -> tuple[list[RuleSpec], list[tuple[int, str, str, str]]]:
        with self.console.session() as s:
            rules = store.list_rules(s, self.console.actor)
            teams = [
                (t.id, t.name, t.department, t.auto_assign)
                for t in s.scalars(
                    select(Team)
                    .where(Team.workspace_id == self.console.actor.workspace_id)
                    .order_by(Team.name)
                )
            ]
        return rules, teams

    def _fill_teams(self, teams: list[tuple[int, str, str, str]]) -> None:
        self.team_table.setRowCount(0)
        for tid, name, dept, mode in teams:
            row = self.team_table.rowCount()
            self.team_table.insertRow(row)
            self.team_table.setItem(row, 0, QTableWidgetItem(name))
            self.team_table.setItem(row, 1, QTableWidgetItem(dept))
            combo = QComboBox()
            for m in autoassign.AssignMode:
                combo.addItem(m.title, m.value)
            combo.setCurrentIndex(max(0, combo.findData(mode or "off")))
            combo.currentIndexChanged.connect(
                lambda _i, t=tid, c=combo: self.set_team_mode(t, c.currentData())
            )
            self.team_table.setCellWidget(row, 2, combo)

    @asyncSlot()
    async def set_team_mode(self, team_id: int, mode: str) -> None:
        def work() -> None:
            with self.console.factory() as s, s.begin():
                autoassign.set_team_mode(s, self.console.actor, team_id, mode)

        try:
            await run_blocking(work)
        except Exception as exc:  # noqa: BLE001
            self.team_status.setText(describe_error(exc))
            return
        self.team_status.setText(self.tr("Saved."))

    def _selected(self, row: int) -> None:
        self.validation.setText("")
        if not 0 <= row < len(self.rules):
            self.current = None
            self._show(RuleSpec("", {"trigger": "new", "match": "all", "items": []}, {}))
            return
        self.current = self.rules[row]
        self._show(self.current)

    def _show(self, spec: RuleSpec) -> None:
        self.name.setText(spec.name)
        self.enabled.setChecked(spec.enabled)
        cond = spec.conditions or {}
        self.trigger.setCurrentIndex(max(0, self.trigger.findData(cond.get("trigger", "new"))))
        items = cond.get("items") or []
        mode = cond.get("match", "all" if items else "always")
        self.match.setCurrentIndex(max(0, self.match.findData(mode)))
        self.conditions.clear_rows()
        for c in items:
            if isinstance(c, dict):
                kind, value, neg = condition_to_row(c)
                self.conditions.add_row(kind, value, neg)
        self.actions.clear_rows()
        for a in (spec.actions or {}).get("items") or []:
            if isinstance(a, dict):
                kind, value = action_to_row(a)
                self.actions.add_row(kind, value)
        self.disabled_reason.setText(
            spec.disabled_reason if spec.disabled_reason and not spec.enabled else ""
        )

    # -- editing ------------------------------------------------------------------------------
    def form_spec(self) -> RuleSpec:
        """The rule as the form shows it (raises RuleError for what cannot even be read)."""
        name = self.name.text().strip()
        if not name:
            raise RuleError("Give the rule a name.")
        conds = [condition_from_row(k, v, n) for k, v, n in self.conditions.values()]
        acts = [action_from_row(k, v) for k, v, _n in self.actions.values()]
        mode = self.match.currentData()
        conditions: dict[str, Any] = {"trigger": self.trigger.currentData(), "match": mode}
        if mode != "always" or conds:
            conditions["items"] = conds
        return RuleSpec(
            name,
            conditions,
            {"items": acts},
            enabled=self.enabled.isChecked(),
            id=self.current.id if self.current else None,
        )

    def new_rule(self) -> None:
        self.rule_list.blockSignals(True)
        self.rule_list.clearSelection()
        self.rule_list.setCurrentRow(-1)
        self.rule_list.blockSignals(False)
        self.current = None
        self._show(RuleSpec("New rule", {"trigger": "new", "match": "all", "items": []}, {}))
        self.conditions.add_row("intent")
        self.actions.add_row("route")
        self.name.setFocus()
        self.name.selectAll()

    @asyncSlot()
    async def save(self) -> None:
        try:
            spec = self.form_spec()
        except RuleError as exc:
            self.validation.setText(str(exc))
            return

        def work() -> RuleSpec:
            with self.console.factory() as s, s.begin():
                return store.save_rule(s, self.console.actor, spec)

        try:
            saved = await run_blocking(work)
        except Exception as exc:  # noqa: BLE001 - the service's reason, in words
            self.validation.setText(describe_error(exc))
            return
        self.validation.setText("")
        self.reload(saved.id)

    def _toggled(self, item: QListWidgetItem) -> None:
        # read the item now: a reload may replace it before the task runs
        self.set_rule_enabled(
            item.data(Qt.ItemDataRole.UserRole), item.checkState() == Qt.CheckState.Checked
        )

    @asyncSlot()
    async def set_rule_enabled(self, rule_id: int, on: bool) -> None:
        def work() -> None:
            with self.console.factory() as s, s.begin():
                store.set_enabled(s, self.console.actor, rule_id, on)

        try:
            await run_blocking(work)
        except Exception as exc:  # noqa: BLE001
            self.validation.setText(describe_error(exc))
        self.reload(rule_id)

    @asyncSlot()
    async def delete_current(self) -> None:
        if self.current is None or self.current.id is None:
            return
        rule_id = self.current.id
        if (
            QMessageBox.question(
                self,
                self.tr("Delete rule"),
                self.tr("Delete the rule “{name}”?").format(name=self.current.name),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return

        def work() -> None:
            with self.console.factory() as s, s.begin():
                store.delete_rule(s, self.console.actor, rule_id)

        try:
            await run_blocking(work)
        except Exception as exc:  # noqa: BLE001
            self.validation.setText(describe_error(exc))
        self.current = None
        self.reload()

    @asyncSlot()
    async def move_current(self, step: int) -> None:
        row = self.rule_list.currentRow()
        if self.current is None or self.current.id is None or not 0 <= row + step < len(self.rules):
            return
        rule_id = self.current.id

        def work() -> None:
            with self.console.factory() as s, s.begin():
                store.move_rule(s, self.console.actor, rule_id, row + step)

        try:
            await run_blocking(work)
        except Exception as exc:  # noqa: BLE001
            self.validation.setText(describe_error(exc))
        self.reload(rule_id)

    # -- files --------------------------------------------------------------------------------
    def _ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import routing rules"), "", "JSON (*.json)"
        )
        if not path:
            return
        replace = (
            QMessageBox.question(
                self,
                self.tr("Import routing rules"),
                self.tr("Replace the current rules with the file's? (No adds them at the end.)"),
            )
            == QMessageBox.StandardButton.Yes
        )
        self.import_file(Path(path), replace=replace)

    @asyncSlot()
    async def import_file(self, path: Path, replace: bool = False) -> None:
        def work() -> int:
            text = path.read_text(encoding="utf-8")
            with self.console.factory() as s, s.begin():
                return len(store.import_rules(s, self.console.actor, text, replace=replace))

        try:
            n = await run_blocking(work)
        except OSError as exc:
            self.validation.setText(
                self.tr("Could not read {name}: {value}.").format(
                    name=path.name, value=exc.strerror or exc
                )
            )
            return
        except Exception as exc:  # noqa: BLE001
            self.validation.setText(describe_error(exc))
            return
        self.validation.setText("")
        self.dry_status.setText(
            self.tr("Imported {n} rules from {name}.").format(n=n, name=path.name)
        )
        self.reload()

    def _ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export routing rules"), "routing-rules.json", "JSON (*.json)"
        )
        if path:
            self.export_file(Path(path))

    @asyncSlot()
    async def export_file(self, path: Path) -> None:
        def work() -> int:
            with self.console.session() as s:
                doc = store.export_rules(s, self.console.actor)
            path.write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")
            return len(doc["rules"])

        try:
            n = await run_blocking(work)
        except OSError as exc:
            self.validation.setText(
                self.tr("Could not write {name}: {value}.").format(
                    name=path.name, value=exc.strerror or exc
                )
            )
            return
        except Exception as exc:  # noqa: BLE001
            self.validation.setText(describe_error(exc))
            return
        self.dry_status.setText(self.tr("Exported {n} rules to {path}.").format(n=n, path=path))

    def add_defaults(self) -> None:
        doc = store.export_document(store.default_rules())
        self.import_file_doc(doc)

    @asyncSlot()
    async def import_file_doc(self, doc: dict[str, Any]) -> None:
        def work() -> int:
            with self.console.factory() as s, s.begin():
                return len(store.import_rules(s, self.console.actor, doc))

        try:
            n = await run_blocking(work)
        except Exception as exc:  # noqa: BLE001
            self.validation.setText(describe_error(exc))
            return
        self.dry_status.setText(
            self.tr("Added {n} default rules at the end of the list.").format(n=n)
        )
        self.reload()

    # -- dry run ------------------------------------------------------------------------------
    @asyncSlot()
    async def dry_run(self, only_current: bool = True) -> None:
        try:
            specs = [self.form_spec()] if only_current else None
        except RuleError as exc:
            self.validation.setText(str(exc))
            return
        days = self.days.value()
        self.dry_status.setText(self.tr("Running…"))

        def work() -> DryRunResult:
            with self.console.session() as s:
                return routing_dry_run.dry_run(s, self.console.actor, specs, days=days)

        try:
            result = await run_blocking(work)
        except Exception as exc:  # noqa: BLE001
            self.validation.setText(describe_error(exc))
            self.dry_status.setText(self.tr("The dry run did not run: see the reason above."))
            return
        self.validation.setText("")
        self.dry_model.set_rows(result.rows)
        what = "This rule" if only_current else "The rules"
        more = " (only the newest were read)" if result.truncated else ""
        errors = f" {len(result.errors)} errors: {result.errors[0]}" if result.errors else ""
        self.dry_status.setText(
            self.tr(
                "{what} would act on {rows} of {conversations} conversations ({messages} messages in the last {days} days{more}). Nothing was changed."
            ).format(
                what=what,
                rows=len(result.rows),
                conversations=result.conversations,
                messages=result.messages,
                days=days,
                more=more,
            )
            + errors
        )
