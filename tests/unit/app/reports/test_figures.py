"""The report's tables as figures and CSV: hostile labels stay inert text."""

from __future__ import annotations

import csv
import io
from datetime import date

from app.db.models import ConversationTag
from app.reports import rollups
from app.reports.figures import format_value, report_csv
from app.reports.metrics import Filters, Period, build_report
from app.reports.scope import ReportScope
from app.session.console import Console
from tests.support import report_desk
from tests.support.report_desk import NOW


def test_durations_read_as_people_say_them() -> None:
    assert format_value(None, "duration") == "—"
    assert format_value(45, "duration") == "45 s"
    assert format_value(50 * 60, "duration") == "50 min"
    assert format_value(9.5 * 3600, "duration") == "9 h 30 min"
    assert format_value(3600, "duration", short=True) == "1 h"
    assert format_value(5400, "duration", short=True) == "1.5 h"
    assert format_value(80.0, "percent") == "80.0 %"
    assert format_value(12345, "count") == "12 345"


def test_the_csv_holds_every_table_and_no_formula(sqlite_url) -> None:
    console = Console.open(sqlite_url)
    with console.factory() as s, s.begin():
        d = report_desk.build(s)
        s.add(ConversationTag(conversation_id=d.conv["C1"], tag='=hyperlink("http://x")'))
    with console.factory() as s, s.begin():
        rollups.catch_up(s)
    with console.session() as s:
        r = build_report(
            s,
            ReportScope(d.workspace, None),
            Period(date(2026, 3, 26), date(2026, 4, 1)),
            Filters(),
            now=NOW,
        )
    console.close()
    text = report_csv(r, "tag")
    rows = list(csv.reader(io.StringIO(text)))
    cells = [c for row in rows for c in row]
    assert not [c for c in cells if c.startswith("=")]
    assert '\'=hyperlink("http://x")' in cells
    titles = [row[0] for row in rows if len(row) == 1]
    for title in (
        "Messages in and out",
        "SLA met",
        "Teams",
        "Agents",
        "Topics (intents) over time",
    ):
        assert title in titles
    assert [
        "Team",
        "Conversations handled",
        "Replies",
        "Resolved",
        "Median first response",
        "Median resolution",
        "SLA met",
    ] in rows
