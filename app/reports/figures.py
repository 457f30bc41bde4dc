"""A report as figures: what each chart shows and the same numbers as a table.

Kept free of Qt so the CSV export (and any headless use) reads the very tables the window
shows beside its charts; ui/reports/charts.py draws them.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from app.reports.metrics import DIMENSION_TITLES, Report
from app.reports.timing import BUCKET_LABELS

OUT_COLOURS = ["#0072B2", "#E69F00"]
MOOD_COLOURS = ["#009E73", "#BDBDBD", "#D55E00"]


@dataclass
class Figure:
    """What a chart shows: categories along x, one value list per series."""

    key: str
    title: str
    kind: str  # line | bar | stacked | distribution
    categories: list[str]
    series: list[tuple[str, list[float | None]]]
    #: how values read: count | duration (seconds) | percent | score
    unit: str = "count"
    #: how the figure was computed, in a sentence (shown under the title and in exports)
    note: str = ""
    category_title: str = "Day"
    colours: list[str] = field(default_factory=list)
    #: still being read (the dashboard's first view paints before the per-day medians)
    pending: bool = False

    @property
    def empty(self) -> bool:
        return not self.categories or all(
            v in (None, 0) for _n, values in self.series for v in values
        )

    def table(self) -> tuple[list[str], list[list[str]]]:
        """Header and rows as text, the way the table view and the CSV show them."""
        header = [self.category_title] + [name for name, _ in self.series]
        rows = []
        for i, cat in enumerate(self.categories):
            rows.append([cat] + [format_value(values[i], self.unit) for _n, values in self.series])
        return header, rows


def format_value(value: float | None, unit: str, *, short: bool = False) -> str:
    if value is None:
        return "—"
    if unit == "duration":
        s = int(round(value))
        if s < 60:
            return f"{s} s"
        if s < 3600:
            return f"{s // 60} min"
        if s < 86400:
            if short:
                return f"{s / 3600:.1f}".rstrip("0").rstrip(".") + " h"
            return f"{s // 3600} h {s % 3600 // 60:02d} min"
        return f"{s / 86400:.1f}".rstrip("0").rstrip(".") + " d"
    if unit == "percent":
        return f"{value:.0f} %" if short else f"{value:.1f} %"
    if unit == "score":
        return f"{value:+.2f}"
    if abs(value) >= 1000:
        return f"{int(round(value)):,}".replace(",", " ")
    return f"{value:g}"


def day_label(day: str) -> str:
    return f"{date.fromisoformat(day):%d %b}"


def _top(series: dict[str, dict[str, int]], limit: int = 7) -> list[tuple[str, list[float | None]]]:
    """The biggest series by total; the rest summed as "other" so a stack stays readable."""
    ranked = sorted(series.items(), key=lambda kv: -sum(kv[1].values()))
    out: list[tuple[str, list[float | None]]] = [
        (name, [float(v) for v in days.values()]) for name, days in ranked[:limit]
    ]
    if len(ranked) > limit:
        rest = ranked[limit:]
        days = list(rest[0][1])
        out.append(("other", [float(sum(s[1][d] for s in rest)) for d in days]))
    return out


def figures(report: Report, breakdown: str = "network") -> list[Figure]:
    """Every chart of the dashboard, in the order the window shows them."""
    days = report.days
    cats = [day_label(d) for d in days]
    tz = report.timezone
    out = [
        Figure(
            "volume",
            "Messages in and out",
            "line",
            cats,
            [
                ("In (customers)", [float(report.volume_in[d]) for d in days]),
                ("Out (brand replies)", [float(report.volume_out[d]) for d in days]),
            ],
            note=f"Messages per day ({tz} days); out counts replies the brand sent.",
            colours=OUT_COLOURS,
        ),
        Figure(
            f"by_{breakdown}",
            f"Messages in by {DIMENSION_TITLES[breakdown].lower()}",
            "stacked",
            cats,
            _top(report.breakdown.get(breakdown, {})),
            note="Customer messages per day, stacked; a message counts under each tag of its "
            "conversation."
            if breakdown == "tag"
            else "Customer messages per day, stacked.",
        ),
        Figure(
            f"totals_{breakdown}",
            f"Volume by {DIMENSION_TITLES[breakdown].lower()}",
            "bar",
            list(report.breakdown_totals.get(breakdown, {})),
            [
                ("In", [float(v[0]) for v in report.breakdown_totals.get(breakdown, {}).values()]),
                ("Out", [float(v[1]) for v in report.breakdown_totals.get(breakdown, {}).values()]),
            ],
            note="Messages over the whole period.",
            category_title=DIMENSION_TITLES[breakdown],
            colours=OUT_COLOURS,
        ),
        Figure(
            "response_distribution",
            "Response times: how long customers waited",
            "bar",
            list(BUCKET_LABELS),
            [
                ("First response", [float(v) for v in report.first.buckets]),
                ("Next response", [float(v) for v in report.next.buckets]),
                ("Resolution", [float(v) for v in report.resolution.buckets]),
            ],
            note="Waits that started in the period, counted in business hours where the SLA "
            "policy has them; resolutions that ended in the period.",
            category_title="Waited",
        ),
        Figure(
            "first_response_trend",
            "Median first response and resolution time per day",
            "line",
            cats,
            [
                ("First response", [report.first_median_by_day[d] for d in days]),
                ("Resolution", [report.resolution_median_by_day[d] for d in days]),
            ],
            unit="duration",
            note="Median of the day's waits (by the day the customer wrote) and resolutions.",
            pending=not report.complete,
        ),
        Figure(
            "sla",
            "SLA met",
            "line",
            cats,
            [
                (
                    "% met",
                    [100.0 * m / t if t else None for m, t in (report.sla_by_day[d] for d in days)],
                )
            ],
            unit="percent",
            note="Replies sent by the SLA policy's due time, of the waits under a policy; a "
            "wait still unanswered counts as missed once it is due.",
            colours=["#009E73"],
        ),
        Figure(
            "backlog",
            "Backlog: conversations open at the end of each day",
            "line",
            cats,
            [("Open", [float(report.backlog[d]) for d in days])],
            note="Conversations waiting to be resolved at local midnight.",
            colours=["#D55E00"],
        ),
        Figure(
            "sentiment",
            "Sentiment of customer messages",
            "stacked",
            cats,
            [
                ("Positive", [float(report.sentiment_by_day[d][1]) for d in days]),
                ("Neutral", [float(report.sentiment_by_day[d][2]) for d in days]),
                ("Negative", [float(report.sentiment_by_day[d][3]) for d in days]),
            ],
            note="Inbound messages by the offline classifier's label (positive ≥ 0.5, "
            "negative ≤ −0.05).",
            colours=MOOD_COLOURS,
        ),
        Figure(
            "topics",
            "Topics (intents) over time",
            "stacked",
            cats,
            _top(report.topics_by_day),
            note="Customer messages per day by the intent of their conversation.",
        ),
    ]
    return out


def team_table(report: Report) -> tuple[list[str], list[list[str]]]:
    header = [
        "Team",
        "Conversations handled",
        "Replies",
        "Resolved",
        "Median first response",
        "Median resolution",
        "SLA met",
    ]
    rows = [
        [
            t.team,
            str(t.handled),
            str(t.replied),
            str(t.resolved),
            format_value(t.median_first, "duration"),
            format_value(t.median_resolution, "duration"),
            _sla(t.sla_met, t.sla_total),
        ]
        for t in report.teams
    ]
    return header, rows


def agent_table(report: Report) -> tuple[list[str], list[list[str]]]:
    header = [
        "Agent",
        "Conversations handled",
        "Replies",
        "Resolved",
        "Median response",
        "Median resolution",
        "SLA met",
    ]
    rows = [
        [
            a.agent,
            str(a.handled),
            str(a.replied),
            str(a.resolved),
            format_value(a.median_response, "duration"),
            format_value(a.median_resolution, "duration"),
            _sla(a.sla_met, a.sla_total),
        ]
        for a in report.agents
    ]
    return header, rows


def _sla(met: int, total: int) -> str:
    if not total:
        return "—"
    return f"{100.0 * met / total:.1f} % ({met} of {total})"


def _cell(value: str) -> str:
    """Spreadsheets run a cell that starts with = + - @ as a formula: a label never should."""
    return "'" + value if value[:1] in ("=", "+", "-", "@") and not _number(value) else value


def _number(value: str) -> bool:
    try:
        float(value.replace(" ", "").replace("%", ""))
    except ValueError:
        return False
    return True


def report_csv(report: Report, breakdown: str = "network", extra: Sequence[Figure] = ()) -> str:
    """The whole report as one CSV: a titled block per table, a blank line between."""
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["Report", report.period.label()])
    w.writerow(["Scope", report.scope])
    w.writerow(["Filters", report.filters])
    w.writerow(["Time zone", report.timezone])
    if report.read_from:
        w.writerow(["Read", report.read_from])
    blocks: list[tuple[str, str, list[str], list[list[str]]]] = []
    for f in [*figures(report, breakdown), *extra]:
        header, rows = f.table()
        blocks.append((f.title, f.note, header, rows))
    blocks.append(("Teams", "By each conversation's current team.", *team_table(report)))
    blocks.append(
        ("Agents", "Replies by their author; resolutions by who resolved.", *agent_table(report))
    )
    for title, note, header, rows in blocks:
        w.writerow([])
        w.writerow([_cell(title)])
        if note:
            w.writerow([_cell(note)])
        w.writerow([_cell(h) for h in header])
        for r in rows:
            w.writerow([_cell(c) for c in r])
    return buf.getvalue()
