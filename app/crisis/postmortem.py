"""The post-mortem: after a crisis, one HTML report and two CSV files for the record.

The HTML is self-contained (an inline SVG chart, no script, no remote resource) so it opens
anywhere and prints to PDF from any browser; every piece of customer or employee text in it is
escaped. The CSVs are the timeline per minute and the related conversations.
"""

from __future__ import annotations

import csv
import html
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy.orm import Session

from app.crisis import room, statements
from app.crisis.mode import CrisisView, latest_crisis
from app.crisis.mode import view as crisis_view
from app.db.models import Crisis


@dataclass(frozen=True)
class Export:
    html: Path
    timeline_csv: Path
    conversations_csv: Path


def _safe_csv(value: object) -> str:
    """A cell a spreadsheet will not run as a formula (customer text can start with "=")."""
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def export(
    session: Session, workspace_id: int, folder: Path, crisis_id: int | None = None
) -> Export:
    c = session.get(Crisis, crisis_id) if crisis_id else None
    cv: CrisisView | None = (
        crisis_view(session, c) if c is not None else latest_crisis(session, workspace_id)
    )
    if cv is None:
        raise ValueError("There is no crisis to report on yet.")
    start = cv.declared_at - timedelta(hours=2)
    end = (cv.ended_at or datetime.now(UTC)) + timedelta(minutes=30)
    tl = room.timeline(session, workspace_id, start)
    minutes = sorted(m for m in tl.minutes if m <= end)
    marks = room.markers(session, workspace_id, start)
    decisions = room.decision_log(session, workspace_id, start)
    convs = room.related(session, cv, limit=5000)
    stmts = statements.list_statements(session, workspace_id, cv.id)
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"crisis-{cv.id}-{cv.declared_at:%Y%m%d-%H%M}"
    tl_path = folder / f"{stem}-timeline.csv"
    with tl_path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["minute_utc", "messages", "negative", "positive", "negative_share"])
        for m in minutes:
            n, neg, pos = tl.minutes[m]
            w.writerow([m.isoformat(), n, neg, pos, f"{neg / n:.3f}" if n else ""])
    conv_path = folder / f"{stem}-conversations.csv"
    with conv_path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(
            [
                "conversation_id",
                "phrase",
                "customer",
                "team",
                "assignee",
                "status",
                "last_message_utc",
                "snippet",
            ]
        )
        for r in convs:
            w.writerow(
                [r.conversation_id, _safe_csv(r.phrase), _safe_csv(r.customer), _safe_csv(r.team),
                 _safe_csv(r.assignee), r.status, r.last_message_at.isoformat(), _safe_csv(r.snippet)]
            )  # fmt: skip
    html_path = folder / f"{stem}.html"
    html_path.write_text(_html(cv, tl, minutes, marks, decisions, convs, stmts), encoding="utf-8")
    return Export(html_path, tl_path, conv_path)


def _svg(tl: room.Timeline, minutes: list[datetime], marks: list[room.Marker]) -> str:
    if not minutes:
        return "<p>No messages in this period.</p>"
    width, height, pad = 900, 220, 30
    peak = max(tl.minutes[m][0] for m in minutes) or 1
    t0, t1 = minutes[0], minutes[-1]
    span = max((t1 - t0).total_seconds(), 60)

    def x(t: datetime) -> float:
        return pad + (t - t0).total_seconds() / span * (width - 2 * pad)

    def y(v: float) -> float:
        return height - pad - v / peak * (height - 2 * pad)

    total = " ".join(f"{x(m):.1f},{y(tl.minutes[m][0]):.1f}" for m in minutes)
    neg = " ".join(f"{x(m):.1f},{y(tl.minutes[m][1]):.1f}" for m in minutes)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" '
        'aria-label="Messages per minute">',
        f'<polyline fill="none" stroke="#2563eb" stroke-width="1.5" points="{total}"/>',
        f'<polyline fill="none" stroke="#dc2626" stroke-width="1.5" points="{neg}"/>',
    ]
    for mk in marks:
        if t0 <= mk.at <= t1 + timedelta(minutes=1):
            colour = "#f59e0b" if mk.kind == "alert" else "#6b7280"
            parts.append(
                f'<line x1="{x(mk.at):.1f}" x2="{x(mk.at):.1f}" y1="{pad}" y2="{height - pad}" '
                f'stroke="{colour}" stroke-dasharray="3,3"><title>{html.escape(mk.text)}</title></line>'
            )
    parts.append(
        f'<text x="{pad}" y="{pad - 8}" font-size="12">peak {peak:,} messages/min — '
        "blue: all, red: negative, dashed: alerts (amber) and decisions (grey)</text></svg>"
    )
    return "".join(parts)


def _html(cv, tl, minutes, marks, decisions, convs, stmts) -> str:  # noqa: ANN001
    e = html.escape
    total = sum(tl.minutes[m][0] for m in minutes)
    neg = sum(tl.minutes[m][1] for m in minutes)
    ended = (
        f"{cv.ended_at:%Y-%m-%d %H:%M} UTC by {e(cv.ended_by or '')}"
        if cv.ended_at
        else "still under way"
    )
    rows = "".join(
        f"<tr><td>{d.at:%Y-%m-%d %H:%M:%S}</td><td>{e(d.who)}</td><td>{e(d.what)}</td><td>{e(d.detail)}</td></tr>"
        for d in decisions
    )
    groups = "".join(
        f"<h3>{e(phrase)} — {len(items)} conversation{'s' if len(items) != 1 else ''}</h3><ul>"
        + "".join(
            f"<li>{e(r.customer)} ({e(r.team)}, {e(r.assignee)}): {e(r.snippet)}</li>"
            for r in items[:50]
        )
        + "</ul>"
        for phrase, items in room.grouped(convs)
    )
    st = "".join(
        f"<li><b>{e(s.title)}</b> — {e(s.status)}<br>{e(s.body)}<br><small>{e('; '.join(s.states))}</small></li>"
        for s in stmts
    )
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Post-mortem: {e(cv.name)}</title>
<style>body{{font-family:sans-serif;max-width:960px;margin:2em auto;color:#111}}
table{{border-collapse:collapse;width:100%}}td,th{{border:1px solid #ddd;padding:4px;text-align:left;vertical-align:top}}</style>
</head><body>
<h1>Post-mortem: {e(cv.name)}</h1>
<p>Declared {cv.declared_at:%Y-%m-%d %H:%M} UTC by {e(cv.declared_by)}: {e(cv.reason)}<br>Ended: {ended}<br>
Keywords: {e(", ".join(cv.keywords) or "none")}</p>
<p>{total:,} messages in the period, {neg:,} negative ({(neg / total * 100) if total else 0:.0f} %).</p>
<h2>Timeline</h2>{_svg(tl, minutes, marks)}
<h2>Decisions</h2><table><tr><th>When (UTC)</th><th>Who</th><th>What</th><th>Detail</th></tr>{rows}</table>
<h2>Statements</h2><ul>{st or "<li>None</li>"}</ul>
<h2>Related conversations</h2>{groups or "<p>None</p>"}
</body></html>
"""
