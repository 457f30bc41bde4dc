"""Rebuild the translation catalogues: ``python -m ui.i18n.build`` (``--check`` only compares).

1. ``pyside6-lupdate`` reads every ``ui/`` module and updates ``resources/translations/*.ts``
   (new texts arrive "unfinished"; translations of texts that stay are kept).
2. ``pyside6-lrelease`` compiles each ``.ts`` into the ``.qm`` the console loads.

Both tools ship with PySide6, so nothing is downloaded. The ``.qm`` files are committed beside
their ``.ts`` (the .deb, the bundle and a plain ``pip install`` then need no Qt tools), and
tests/ui/i18n/test_translatable.py fails when a ``.qm`` is not what its ``.ts`` compiles to.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from ui.i18n.language import CATALOGUES, LANGUAGES

ROOT = Path(__file__).resolve().parents[2]


def tool(name: str) -> str:
    """``pyside6-lupdate``/``pyside6-lrelease`` beside this Python (a venv), or on PATH."""
    here = Path(sys.executable).parent / f"pyside6-{name}"
    found = str(here) if here.exists() else shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} was not found: it ships with PySide6 (pip install .)")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))


def ts_file(lang: str) -> Path:
    return CATALOGUES / f"social_console_{lang}.ts"


def update() -> None:
    for lang in LANGUAGES:
        subprocess.run(
            [tool("lupdate"), "-locations", "none", *sources(), "-ts", str(ts_file(lang))],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )


def release(lang: str, out: Path) -> None:
    subprocess.run(
        [tool("lrelease"), "-silent", str(ts_file(lang)), "-qm", str(out)],
        check=True,
        capture_output=True,
    )


def stale() -> list[str]:
    """The languages whose committed ``.qm`` differs from what their ``.ts`` compiles to."""
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for lang in LANGUAGES:
            fresh = Path(tmp) / f"{lang}.qm"
            release(lang, fresh)
            committed = CATALOGUES / f"social_console_{lang}.qm"
            if not committed.exists() or committed.read_bytes() != fresh.read_bytes():
                out.append(lang)
    return out


def main(argv: list[str]) -> int:
    if "--check" in argv:
        bad = stale()
        if bad:
            print("out of date: " + ", ".join(bad) + " (run python -m ui.i18n.build)")
        return 1 if bad else 0
    update()
    for lang in LANGUAGES:
        release(lang, CATALOGUES / f"social_console_{lang}.qm")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
