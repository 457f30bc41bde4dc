"""Finds user-visible text in ui/ that is not translatable: a string literal (or an f-string,
or a literal in a conditional or a concatenation) handed straight to a widget call that shows
it — setText, setWindowTitle, setToolTip, QLabel(...), QAction(...), addTab, QMessageBox.* …

Wrapped text is a call (``self.tr("…")``, ``QCoreApplication.translate("ctx", "…")``, then
perhaps ``.format(...)``): calls are not looked into. Text with no letter ("—", "…", " · ") is
not a sentence and passes. Used by tests/ui/i18n/test_translatable.py.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

#: method name → which positional arguments are shown (None: all of them)
METHODS: dict[str, tuple[int, ...] | None] = {
    **{
        m: (0,)
        for m in (
            "setText",
            "setWindowTitle",
            "setToolTip",
            "setPlaceholderText",
            "setStatusTip",
            "setWhatsThis",
            "setAccessibleName",
            "setAccessibleDescription",
            "setTitle",
            "setLabelText",
            "showMessage",
            "set_empty_text",
            "setSpecialValueText",
            "setInformativeText",
            "setDetailedText",
            "addMenu",
            "addItem",
            "addRow",
            "addButton",
            "setSuffix",
            "setPrefix",
            "setHorizontalHeaderLabels",
            "setHeaderLabels",
            "setVerticalHeaderLabels",
            "addItems",
        )
    },
    "addAction": None,
    #: the message bridge (ui/widgets/tasks.py): say(level, text) reaches the status bar
    "say": (1,),
    "addTab": (1,),
    "insertTab": (2,),
    "setTabText": (1,),
    "setTabToolTip": (1,),
    "setItemText": (1,),
    "setButtonText": (1,),
    "information": (1, 2),
    "warning": (1, 2),
    "critical": (1, 2),
    "question": (1, 2),
    "about": (1, 2),
    "getText": (1, 2),
    "getItem": (1, 2),
    "getInt": (1, 2),
    "getMultiLineText": (1, 2),
    "getSaveFileName": (1,),
    "getOpenFileName": (1,),
    "getExistingDirectory": (1,),
}
#: widget classes whose constructor shows its text arguments
CONSTRUCTORS = {
    "QLabel",
    "QPushButton",
    "QAction",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QDockWidget",
    "QMenu",
    "QCommandLinkButton",
    "QListWidgetItem",
    "QStandardItem",
    "QMessageBox",
}
#: keyword arguments that are shown
KEYWORDS = {"text", "title", "toolTip", "placeholderText", "windowTitle"}


@dataclass(frozen=True)
class Untranslated:
    path: Path
    line: int
    col: int
    end_line: int
    end_col: int
    call: str
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.call}({self.text!r}) — wrap it in self.tr(...)"


def has_words(s: str) -> bool:
    return any(ch.isalpha() for ch in s)


def shown_literals(node: ast.expr) -> Iterator[ast.expr]:
    """The literal text inside an argument (calls are translation or someone else's job)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        if has_words(node.value):
            yield node
    elif isinstance(node, ast.JoinedStr):
        if any(
            isinstance(v, ast.Constant) and isinstance(v.value, str) and has_words(v.value)
            for v in node.values
        ):
            yield node
    elif isinstance(node, ast.IfExp):
        yield from shown_literals(node.body)
        yield from shown_literals(node.orelse)
    elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        yield from shown_literals(node.left)
        yield from shown_literals(node.right)
    elif isinstance(node, ast.List | ast.Tuple):
        for e in node.elts:
            yield from shown_literals(e)
    elif isinstance(node, ast.BoolOp):
        for v in node.values:
            yield from shown_literals(v)


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def untranslated(path: Path, source: str | None = None) -> list[Untranslated]:
    source = path.read_text(encoding="utf-8") if source is None else source
    out = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        args: list[ast.expr] = []
        if name in CONSTRUCTORS:
            args = list(node.args)
        elif (
            name == "__init__"
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Call)
            and _name(node.func.value.func) == "super"
        ):
            args = list(node.args)  # super().__init__("Take next", parent) in a widget subclass
        elif name in METHODS and isinstance(node.func, ast.Attribute):
            which = METHODS[name]
            args = [a for i, a in enumerate(node.args) if which is None or i in which]
        args += [k.value for k in node.keywords if k.arg in KEYWORDS]
        for a in args:
            for lit in shown_literals(a):
                text = ast.get_source_segment(source, lit) or ""
                out.append(
                    Untranslated(
                        path,
                        lit.lineno,
                        lit.col_offset,
                        lit.end_lineno or lit.lineno,
                        lit.end_col_offset or 0,
                        name,
                        text[:70],
                    )
                )
    return sorted(out, key=lambda u: (u.line, u.col))
