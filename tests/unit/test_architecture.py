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


def test_rooms_keep_their_layers() -> None:
    """The contracts in pyproject.toml: ui → app → accounts, and the rooms inside app/ and ui/.

    A lower room importing a higher one (publishing importing sync, a connector importing the
    core, the inbox importing the main window) breaks a contract, lazy imports included.
    """
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            "from importlinter.cli import lint_imports_command; lint_imports_command()",
            "--no-cache",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
    assert "0 broken" in proc.stdout


def _import_graph() -> dict[str, set[str]]:
    import grimp

    graph = grimp.build_graph("app", "accounts", "ui", cache_dir=None)
    return {
        m: set(graph.find_modules_directly_imported_by(m))
        for m in graph.modules
        if ".migrations." not in m
    }


def _circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    out: list[list[str]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in graph:
                    continue
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                comp = []
                while True:
                    m = stack.pop()
                    on_stack.discard(m)
                    comp.append(m)
                    if m == node:
                        break
                if len(comp) > 1:
                    out.append(sorted(comp))
    return out


def test_no_import_circles() -> None:
    """No two modules reach each other through imports, lazy ones included.

    A package's ``__init__`` is left out: importing a submodule runs it, which is not a use of it.
    """
    graph = _import_graph()
    inits = {m for m in graph if (ROOT / m.replace(".", "/") / "__init__.py").exists()}
    graph = {m: deps - inits for m, deps in graph.items() if m not in inits}
    assert _circles(graph) == []


def test_the_circle_check_finds_a_circle() -> None:
    """The check itself: a made-up graph with a circle of three is reported."""
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _circles(graph) == [["a", "b", "c"]]


def test_imports_point_down_in_the_contracts() -> None:
    """The layer contract names the three layers in the order DESIGN.md draws them."""
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = {c["id"]: c for c in config["tool"]["importlinter"]["contracts"]}
    assert contracts["layers"]["layers"] == ["ui", "app", "accounts"]
