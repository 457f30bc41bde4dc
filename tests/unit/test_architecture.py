"""The house rules that keep the core headless."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import QObject, Signal

ROOT = Path(__file__).resolve().parents[2]


def test_core_imports_without_qt_widgets() -> None:
    """Import every module of app/ and accounts/ in a fresh interpreter: no Qt GUI may load."""
    code = r"""
import importlib, pkgutil, sys
for pkg in ("app", "accounts"):
    mod = importlib.import_module(pkg)
    for info in pkgutil.walk_packages(mod.__path__, pkg + "."):
        if ".migrations." in info.name:
            continue
        importlib.import_module(info.name)
bad = sorted(m for m in sys.modules if m.startswith(("PySide6.QtWidgets", "PySide6.QtGui")))
print("BAD", bad)
sys.exit(1 if bad else 0)
"""
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_pyside_version_is_below_the_crashing_release() -> None:
    major, minor, *_ = (int(x) for x in PySide6.__version__.split(".")[:2])
    assert (major, minor) < (6, 12), "PySide6 6.12.0 aborts the interpreter; see STACK.md"


class _Emitter(QObject):
    fired = Signal()


def test_signal_disconnect_does_not_leak_true(qapp) -> None:
    """The 6.12.0 bug: each SignalInstance.disconnect() dropped a reference to True."""
    e = _Emitter()

    def slot() -> None:
        pass

    before = sys.getrefcount(True)
    for _ in range(3000):
        e.fired.connect(slot)
        e.fired.disconnect(slot)
    assert abs(sys.getrefcount(True) - before) < 50


def _imported_modules(path: Path) -> set[str]:
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"))
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            out.add(node.module)
    return out


def test_imports_point_down() -> None:
    """ui → app → accounts: the core never imports the UI, connectors never import the core."""
    bad = []
    for pkg, forbidden in (("accounts", ("app", "ui")), ("app", ("ui",))):
        for path in (ROOT / pkg).rglob("*.py"):
            for mod in _imported_modules(path):
                if mod.split(".")[0] in forbidden:
                    bad.append(f"{path.relative_to(ROOT)} imports {mod}")
    assert bad == []
