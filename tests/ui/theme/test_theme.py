"""Themes: no colour named outside ui/theme, readable contrast in both schemes, a change that
reaches labels and charts at once, and each person's choice remembered unless IT locked it."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSize
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel

from app.reports.figures import Figure
from ui.theme import apply as theme_apply
from ui.theme.apply import apply_theme, fill, themed
from ui.theme.colours import DARK, LIGHT, NETWORKS, SCHEMES, contrast, current
from ui.widgets.settings import appearance, set_appearance

UI = Path(__file__).resolve().parents[3] / "ui"
HEX = re.compile(r"#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?(?:[0-9a-fA-F]{2})?\b")
NAMED = re.compile(r"\b(?:color|background)\s*:\s*(?!\$\()[a-z]+\b", re.IGNORECASE)


def named_colours(path: Path) -> list[str]:
    """Literal colours in one module: hex strings, CSS colour words, QColor("…")/QColor(r, g, b)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if HEX.search(node.value) or NAMED.search(node.value):
                found.append(f"{path}:{node.lineno}: {node.value[:60]!r}")
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "id", getattr(node.func, "attr", "")) == "QColor"
            and node.args
            and all(isinstance(a, ast.Constant) for a in node.args)
        ):
            found.append(f"{path}:{node.lineno}: QColor with a literal colour")
    return found


def test_no_colour_is_named_outside_the_theme() -> None:
    found = [
        hit
        for path in sorted(UI.rglob("*.py"))
        if "theme" not in path.relative_to(UI).parts
        for hit in named_colours(path)
    ]
    assert found == [], "name a role from ui/theme/colours.py instead:\n" + "\n".join(found)


def test_the_check_sees_a_hard_coded_colour(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text('w.setStyleSheet("color: #b00020")\nc = QColor("white")\nx = "color: red"\n')
    assert len(named_colours(bad)) == 3


#: text roles drawn on the window or a list, and (fg, bg) pairs drawn on their own box
TEXT_ROLES = ("error", "warning", "muted", "secondary", "info", "good", "bad", "due-soon", "link")
BOXES = (
    [
        (f"{box}.fg", f"{box}.bg")
        for box in ("warning", "banner", "alarm", "calm", "caution", "pinned", "search", "pill")
    ]
    + [
        (f"chip.{k}.fg", f"chip.{k}.bg")
        for k in ("urgent", "high", "negative", "positive", "intent", "status", "team", "account")
    ]
    + [
        (f"status.{k}.fg", f"status.{k}.bg")
        for k in ("awaiting", "scheduled", "sending", "sent", "failed", "other")
    ]
    + [("network.avatar.fg", f"network.{n}") for n in (*NETWORKS, "other")]
    + [
        ("chip.network.fg", "chip.network.bg"),
        ("text", "row.breach.bg"),
        ("error", "row.breach.bg"),
    ]
)


@pytest.mark.parametrize("name", ["light", "dark"])
def test_every_text_colour_meets_wcag_aa_contrast(name: str) -> None:
    s = SCHEMES[name]
    low = [
        f"{role} on {bg}: {contrast(s.hex(role), s.hex(bg)):.2f}"
        for role in (*TEXT_ROLES, "text", "window.text", "placeholder")
        for bg in ("window", "base", "base.alt")
        if contrast(s.hex(role), s.hex(bg)) < 4.5
    ]
    low += [
        f"{fg} on {bg}: {contrast(s.hex(fg), s.hex(bg)):.2f}"
        for fg, bg in BOXES
        if contrast(s.hex(fg), s.hex(bg)) < 4.5
    ]
    low += [
        f"chart {fg}: {contrast(s.hex(fg), s.hex('chart.bg')):.2f}"
        for fg in ("chart.text", "chart.muted", "chart.secondary")
        if contrast(s.hex(fg), s.hex("chart.bg")) < 4.5
    ]
    assert low == [], f"{name} scheme below 4.5:1 — " + "; ".join(low)


@pytest.mark.parametrize("name", ["light", "dark"])
def test_network_colours_and_calendar_marks_stand_out_from_the_page(name: str) -> None:
    """Stripes, hatching and the drop frame are not text: WCAG's 3:1 for graphics applies."""
    s = SCHEMES[name]
    marks = [f"network.{n}" for n in (*NETWORKS, "other")] + ["highlight"]
    low = [
        f"{role}: {contrast(s.hex(role), s.hex('base')):.2f}"
        for role in marks
        if contrast(s.hex(role), s.hex("base")) < 3
    ]
    assert low == [], f"{name} scheme below 3:1 on the page — " + "; ".join(low)


def test_both_schemes_name_the_same_roles() -> None:
    assert set(LIGHT.roles) == set(DARK.roles)


@pytest.fixture
def restore_palette(qapp):
    before = QPalette(QApplication.palette())
    yield
    theme_apply.notifier().choice = "system"
    QApplication.setPalette(before)


def test_a_themed_label_and_a_chart_follow_a_change_at_once(qtbot, restore_palette) -> None:
    from ui.reports.charts import ChartWidget

    label = QLabel("Could not send")
    qtbot.addWidget(label)
    themed(label, "color: $(error);")
    apply_theme("light")
    assert label.styleSheet() == f"color: {LIGHT.hex('error')};"
    spec = Figure("t", "Replies", "bar", ["Mon", "Tue"], [("Replies", [3.0, 5.0])])
    chart = ChartWidget(spec)
    qtbot.addWidget(chart)
    chart.resize(300, 200)
    chart.show()
    qtbot.waitExposed(chart)
    assert chart.grab().toImage().pixelColor(2, 2).name() == LIGHT.hex("chart.bg")

    apply_theme("dark")
    assert current() is DARK
    assert QApplication.palette().color(QPalette.ColorRole.Window).name() == DARK.hex("window")
    assert label.styleSheet() == f"color: {DARK.hex('error')};"
    assert chart.grab().toImage().pixelColor(2, 2).name() == DARK.hex("chart.bg")
    # what is saved to a file stays light: it is printed and pasted into slides
    assert chart.image(QSize(200, 100)).pixelColor(2, 2).name() == LIGHT.hex("chart.bg")


def test_follow_the_system_takes_the_desktops_turn(qapp, restore_palette, monkeypatch) -> None:
    apply_theme("system")  # offscreen: the desktop says nothing, so light
    assert current() is LIGHT
    monkeypatch.setattr(theme_apply, "system_scheme", lambda: DARK)
    theme_apply.notifier().follow_system()  # what colorSchemeChanged calls
    assert current() is DARK
    apply_theme("light")  # a fixed choice no longer follows
    theme_apply.notifier().follow_system()
    assert current() is LIGHT


def test_the_crisis_timeline_draws_in_the_scheme(qtbot, restore_palette) -> None:
    from ui.crisis.timeline import TimelineChart

    apply_theme("dark")
    t = TimelineChart()
    qtbot.addWidget(t)
    t.resize(300, 150)
    img = t.grab().toImage()
    light = sorted(img.pixelColor(x, y).lightness() for x in range(0, 300, 7) for y in (2, 80))
    assert light[len(light) // 2] < 128  # mostly dark: the base of the dark palette


def test_fill_replaces_roles_and_leaves_css_braces() -> None:
    css = fill("#b { background: $(alarm.bg); } QLabel { color: $(alarm.fg); }", DARK)
    assert css == f"#b {{ background: {DARK.hex('alarm.bg')}; }} QLabel {{ color: #ffffff; }}"


def test_each_person_keeps_their_theme_unless_it_is_locked(
    qtbot, tmp_path, monkeypatch, restore_palette
) -> None:
    monkeypatch.setenv("SOCIAL_CONSOLE_HOME", str(tmp_path / "home"))
    assert appearance("theme", "ines") == ("system", False)
    set_appearance("theme", "ines", "dark")
    assert appearance("theme", "ines") == ("dark", False)
    set_appearance("theme", "tom", "light")
    assert appearance("theme", "ines") == ("dark", False)
    assert appearance("theme") == ("light", False)  # before sign-in: the last person's

    system = tmp_path / "system.ini"
    system.write_text("[appearance]\ntheme = light\n[locked]\nappearance.theme = yes\n")
    monkeypatch.setenv("SOCIAL_CONSOLE_SYSTEM_CONFIG", str(system))
    assert appearance("theme", "ines") == ("light", True)

    from ui.main.preferences import PreferencesDialog

    dialog = PreferencesDialog("ines")
    qtbot.addWidget(dialog)
    assert not dialog.theme.isEnabled()
    assert "set by IT" in dialog.note.text()


def test_the_dialog_previews_saves_and_cancels(
    qtbot, tmp_path, monkeypatch, restore_palette
) -> None:
    from ui.main.preferences import PreferencesDialog

    monkeypatch.setenv("SOCIAL_CONSOLE_HOME", str(tmp_path / "home"))
    apply_theme("light")
    dialog = PreferencesDialog("ines")
    qtbot.addWidget(dialog)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    assert current() is DARK  # shown at once
    dialog.reject()
    assert current() is LIGHT  # cancel puts it back
    assert appearance("theme", "ines") == ("system", False)

    dialog = PreferencesDialog("ines")
    qtbot.addWidget(dialog)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    assert "next sign-in" in dialog.note.text()
    dialog.accept()
    assert appearance("theme", "ines") == ("dark", False)
    assert appearance("language", "ines") == ("de", False)


def test_the_calendar_draws_its_chips_in_the_scheme(qtbot, restore_palette) -> None:
    """A waiting Mastodon post: amber chip and Mastodon stripe, in the dark and light shades."""
    from datetime import date, datetime, time

    from app.publishing.calendar import CalendarEntry
    from ui.publishing.calendar_grid import MONTH, CalendarGrid

    when = datetime.combine(date.today(), time(10)).astimezone()
    entry = CalendarEntry(
        1, 1, "acme", "mastodon", "awaiting_approval", "Awaiting approval", "Spring sale",
        when, None, None, "mia", None, local=when, label="10:00 @acme · Spring sale",
    )  # fmt: skip
    grid = CalendarGrid()
    qtbot.addWidget(grid)
    grid.resize(900, 700)
    grid.set_view(MONTH, date.today())
    grid.set_entries([entry])
    chip = next(c for c in grid.chips if c.entry is not None)
    stripe = chip.rect.topLeft() + QPoint(1, chip.rect.height() // 2)
    inside = chip.rect.topRight() + QPoint(-2, 1)
    for scheme in (DARK, LIGHT):
        apply_theme(scheme.name)
        img = grid.grab().toImage()
        assert img.pixelColor(stripe).name() == scheme.hex("network.mastodon")
        assert img.pixelColor(inside).name() == scheme.hex("status.awaiting.bg")
