"""Every colour the console draws with, by what it means, in a light and a dark scheme.

Widgets never name a colour: they name a role ("error", "chip.urgent.bg") and take its value
from the scheme in force, so a theme change (or the system turning dark at sunset) reaches every
label, delegate and chart. Print output (PDF, exported images for slides) asks for ``LIGHT``
explicitly: paper is white whatever the screen shows. Each text role is checked for WCAG AA
contrast against its background by tests/ui/theme/test_theme.py, in both schemes.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtGui import QColor, QGuiApplication, QPalette


@dataclass(frozen=True)
class Scheme:
    """One set of role → colour; ``name`` is "light" or "dark"."""

    name: str
    roles: Mapping[str, str]

    def hex(self, role: str) -> str:
        return self.roles[role]

    def qcolor(self, role: str) -> QColor:
        return QColor(self.roles[role])


#: roles shared by both schemes' chart series: Okabe–Ito, distinguishable with the common
#: colour-vision deficiencies; the dark scheme swaps its black for white
SERIES_LIGHT = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#D55E00",
    "#CC79A7",
    "#56B4E9",
    "#F0E442",
    "#000000",
)
SERIES_DARK = (
    "#56B4E9",
    "#E69F00",
    "#009E73",
    "#D55E00",
    "#CC79A7",
    "#0072B2",
    "#F0E442",
    "#F5F5F5",
)

LIGHT = Scheme(
    "light",
    {
        # the window itself (QPalette is built from these)
        "window": "#efefef",
        "window.text": "#1f2328",
        "base": "#ffffff",
        "base.alt": "#f6f7f9",
        "text": "#1f2328",
        "button": "#e9eaec",
        "highlight": "#2563eb",
        "highlight.text": "#ffffff",
        "link": "#1d4ed8",
        "placeholder": "#5f6670",
        "disabled.text": "#8a9099",
        # text on the window or a list
        "error": "#b91c1c",
        "warning": "#92400e",
        "muted": "#4b5563",
        "secondary": "#374151",
        "info": "#1d4ed8",
        "good": "#137333",
        "bad": "#b3261e",
        "due-soon": "#a04a06",
        # boxes: text on its own background
        "warning.fg": "#92400e",
        "warning.bg": "#fef3c7",
        "banner.fg": "#7f1d1d",
        "banner.bg": "#fee2e2",
        "banner.border": "#fca5a5",
        "alarm.fg": "#ffffff",
        "alarm.bg": "#b00020",
        "calm.fg": "#ffffff",
        "calm.bg": "#065f46",
        "caution.fg": "#ffffff",
        "caution.bg": "#92400e",
        "pinned.fg": "#3b2f00",
        "pinned.bg": "#fff4ce",
        "pinned.border": "#e0c25c",
        "search.fg": "#1f2328",
        "search.bg": "#fef9c3",
        "search.border": "#ca8a04",
        "pill.fg": "#1e3a8a",
        "pill.bg": "#dbeafe",
        "pill.border": "#93c5fd",
        "avatar.fg": "#ffffff",
        "row.breach.bg": "#fee2e2",
        # chips in the inbox list
        "chip.urgent.bg": "#fee2e2",
        "chip.urgent.fg": "#991b1b",
        "chip.high.bg": "#ffedd5",
        "chip.high.fg": "#9a3412",
        "chip.negative.bg": "#fde2e2",
        "chip.negative.fg": "#9f1239",
        "chip.positive.bg": "#dcfce7",
        "chip.positive.fg": "#166534",
        "chip.intent.bg": "#e0e7ff",
        "chip.intent.fg": "#3730a3",
        "chip.status.bg": "#f3f4f6",
        "chip.status.fg": "#374151",
        "chip.team.bg": "#ecfeff",
        "chip.team.fg": "#155e75",
        "chip.account.bg": "#f5f5f4",
        "chip.account.fg": "#44403c",
        "chip.network.bg": "#f5f5f4",
        "chip.network.fg": "#57534e",
        # charts (reports, the crisis timeline)
        "chart.bg": "#ffffff",
        "chart.text": "#202124",
        "chart.muted": "#5f6368",
        "chart.secondary": "#3c4043",
        "chart.grid": "#e0e0e0",
        "chart.axis": "#9aa0a6",
        "chart.band": "#eef1f5",
        "timeline.total": "#2563eb",
        "timeline.negative": "#dc2626",
        "timeline.alert": "#d97706",
        "timeline.decision": "#4b5563",
        # lines and the publishing calendar
        "line": "#cbd5e1",
        "line.faint": "#e2e8f0",
        "calendar.today": "#eff6ff",
        "calendar.gap": "#fde68a",
        # a post by its state (calendar chips): waiting, queued, sending, sent, failed, other
        "status.awaiting.fg": "#92400e",
        "status.awaiting.bg": "#fef3c7",
        "status.scheduled.fg": "#1e3a8a",
        "status.scheduled.bg": "#dbeafe",
        "status.sending.fg": "#3730a3",
        "status.sending.bg": "#e0e7ff",
        "status.sent.fg": "#14532d",
        "status.sent.bg": "#dcfce7",
        "status.failed.fg": "#7f1d1d",
        "status.failed.bg": "#fee2e2",
        "status.other.fg": "#0f172a",
        "status.other.bg": "#f1f5f9",
        # each network's brand colour (calendar stripes, preview cards, avatars behind
        # network.avatar.fg); Bluesky's blue is a shade darker so a white initial stays readable
        "network.mastodon": "#563acc",
        "network.bluesky": "#0868d9",
        "network.x": "#0f1419",
        "network.meta": "#0866ff",
        "network.linkedin": "#0a66c2",
        "network.demo": "#0f766e",
        "network.other": "#334155",
        "network.avatar.fg": "#ffffff",
    },
)

DARK = Scheme(
    "dark",
    {
        "window": "#202328",
        "window.text": "#e6e7e9",
        "base": "#16181c",
        "base.alt": "#1d2025",
        "text": "#e6e7e9",
        "button": "#2c3036",
        "highlight": "#3b82f6",
        "highlight.text": "#ffffff",
        "link": "#93c5fd",
        "placeholder": "#9ca3af",
        "disabled.text": "#7d848c",
        "error": "#fca5a5",
        "warning": "#fcd34d",
        "muted": "#a8afb8",
        "secondary": "#d1d5db",
        "info": "#93c5fd",
        "good": "#86efac",
        "bad": "#fca5a5",
        "due-soon": "#fbbf24",
        "warning.fg": "#fde68a",
        "warning.bg": "#451a03",
        "banner.fg": "#fecaca",
        "banner.bg": "#450a0a",
        "banner.border": "#991b1b",
        "alarm.fg": "#ffffff",
        "alarm.bg": "#991b1b",
        "calm.fg": "#ffffff",
        "calm.bg": "#065f46",
        "caution.fg": "#ffffff",
        "caution.bg": "#92400e",
        "pinned.fg": "#fde68a",
        "pinned.bg": "#3b2f00",
        "pinned.border": "#a16207",
        "search.fg": "#fef9c3",
        "search.bg": "#422006",
        "search.border": "#ca8a04",
        "pill.fg": "#dbeafe",
        "pill.bg": "#1e3a8a",
        "pill.border": "#3b82f6",
        "avatar.fg": "#ffffff",
        "row.breach.bg": "#3f1d1d",
        "chip.urgent.bg": "#450a0a",
        "chip.urgent.fg": "#fecaca",
        "chip.high.bg": "#431407",
        "chip.high.fg": "#fed7aa",
        "chip.negative.bg": "#4c0519",
        "chip.negative.fg": "#fecdd3",
        "chip.positive.bg": "#052e16",
        "chip.positive.fg": "#bbf7d0",
        "chip.intent.bg": "#1e1b4b",
        "chip.intent.fg": "#c7d2fe",
        "chip.status.bg": "#1f2937",
        "chip.status.fg": "#e5e7eb",
        "chip.team.bg": "#083344",
        "chip.team.fg": "#a5f3fc",
        "chip.account.bg": "#292524",
        "chip.account.fg": "#e7e5e4",
        "chip.network.bg": "#292524",
        "chip.network.fg": "#d6d3d1",
        "chart.bg": "#16181c",
        "chart.text": "#e8eaed",
        "chart.muted": "#a8afb8",
        "chart.secondary": "#c4c9cf",
        "chart.grid": "#33373d",
        "chart.axis": "#6b7280",
        "chart.band": "#23272e",
        "timeline.total": "#60a5fa",
        "timeline.negative": "#f87171",
        "timeline.alert": "#fbbf24",
        "timeline.decision": "#a8afb8",
        "line": "#3a3f46",
        "line.faint": "#2a2e34",
        "calendar.today": "#1e2a3d",
        "calendar.gap": "#78350f",
        "status.awaiting.fg": "#fde68a",
        "status.awaiting.bg": "#451a03",
        "status.scheduled.fg": "#dbeafe",
        "status.scheduled.bg": "#1e3a8a",
        "status.sending.fg": "#c7d2fe",
        "status.sending.bg": "#1e1b4b",
        "status.sent.fg": "#bbf7d0",
        "status.sent.bg": "#052e16",
        "status.failed.fg": "#fecaca",
        "status.failed.bg": "#450a0a",
        "status.other.fg": "#e5e7eb",
        "status.other.bg": "#1f2937",
        # the networks' lighter shades, as their own dark modes use them (X turns white)
        "network.mastodon": "#8c8dff",
        "network.bluesky": "#1185fe",
        "network.x": "#e7e9ea",
        "network.meta": "#4599ff",
        "network.linkedin": "#70b5f9",
        "network.demo": "#2dd4bf",
        "network.other": "#94a3b8",
        "network.avatar.fg": "#16181c",
    },
)

SCHEMES = {"light": LIGHT, "dark": DARK}


def series(scheme: Scheme, i: int) -> QColor:
    """The i-th data series' colour in this scheme."""
    pool = SERIES_DARK if scheme.name == "dark" else SERIES_LIGHT
    return QColor(pool[i % len(pool)])


def current() -> Scheme:
    """The scheme of the palette in force: read from the palette, so no second state can drift."""
    app = QGuiApplication.instance()
    if app is None:
        return LIGHT
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return DARK if window.lightness() < 128 else LIGHT


#: the networks with a brand colour of their own (role "network.NAME"; others: "network.other")
NETWORKS = ("mastodon", "bluesky", "x", "meta", "linkedin", "demo")


def network_role(network: str) -> str:
    """The role of a network's brand colour; an unknown network gets the neutral one."""
    return f"network.{network}" if network in NETWORKS else "network.other"


def colour(role: str) -> QColor:
    """A role's colour in the scheme in force (read at paint time, so it follows a change)."""
    return current().qcolor(role)


def contrast(fg: str, bg: str) -> float:
    """WCAG 2 contrast ratio between two colours (1 … 21)."""

    def lum(c: str) -> float:
        q = QColor(c)
        out = []
        for v in (q.redF(), q.greenF(), q.blueF()):
            out.append(v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4)
        return 0.2126 * out[0] + 0.7152 * out[1] + 0.0722 * out[2]

    a, b = sorted((lum(fg), lum(bg)), reverse=True)
    return (a + 0.05) / (b + 0.05)
