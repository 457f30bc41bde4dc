"""A conversation's complaint file as a PDF, drawn from the JSON document of
app/reports/conversation_export.py. Everything a customer or an employee wrote is escaped:
it prints as the plain text it is."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from ui.theme.colours import LIGHT


def _e(value: Any) -> str:
    return html.escape("—" if value in (None, "") else str(value)).replace("\n", "<br>")


def _table(header: list[str], rows: list[list[Any]]) -> str:
    head = "".join(f"<th align='left'>{_e(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in r) + "</tr>" for r in rows)
    return (
        "<table border='1' cellspacing='0' cellpadding='3' width='100%'>"
        f"<tr bgcolor='{LIGHT.hex('chart.band')}'>{head}</tr>{body}</table>"
    )


def document_html(doc: dict[str, Any]) -> str:
    c = doc["conversation"]
    parts = [
        f"<h2>Conversation {c['id']} with {_e(c['customer'])} ({_e(c['customer_name'])})</h2>",
        f"<p>{_e(c['network'])} · {_e(c['brand_account'])} · {_e(c['kind'])} · status "
        f"{_e(c['status'])} · team {_e(c['team'])} · assignee {_e(c['assignee'])} · intent "
        f"{_e(c['intent'])} · tags {_e(', '.join(c['tags']) or None)}</p>",
        f"<p><small>Exported {_e(doc['exported_at'])} by {_e(doc['exported_by'])}.</small></p>",
        "<h3>Thread</h3>",
        _table(
            ["When (UTC)", "From", "Message", "Approved by"],
            [[m["at"], m["author"], m["text"], m["approved_by"]] for m in doc["messages"]],
        ),
        "<h3>Replies: authors and approvers</h3>",
        _table(
            ["Created", "Status", "Author", "Approver", "Approved", "Sent", "Text"],
            [
                [
                    r["created_at"],
                    r["status"],
                    r["author"],
                    r["approver"],
                    r["approved_at"],
                    r["sent_at"],
                    r["text"],
                ]
                for r in doc["replies"]
            ],
        ),
        "<h3>Assignments and hand-offs</h3>",
        _table(
            ["When", "Action", "From", "To", "Team", "By", "Note"],
            [
                [a["at"], a["action"], a["from"], a["to"], a["to_team"], a["by"], a["note"]]
                for a in doc["assignments"]
            ],
        ),
        "<h3>Notes</h3>",
        _table(
            ["When", "Author", "Pinned", "Note"],
            [
                [n["at"], n["author"], "yes" if n["pinned"] else "no", n["text"]]
                for n in doc["notes"]
            ],
        ),
        "<h3>Timings</h3>",
        _table(
            ["Wait", "Customer wrote", "Answered", "Business time", "By", "Due", "In time"],
            [
                [
                    w["which"],
                    w["customer_wrote_at"],
                    w["answered_at"],
                    _duration(w["business_seconds"]),
                    w["answered_by"],
                    w["due_at"],
                    {True: "yes", False: "no", None: "—"}[w["in_time"]],
                ]
                for w in doc["timings"]["waits"]
            ],
        ),
        "<br>",
        _table(
            ["Opened", "Resolved", "Business time", "Resolved by"],
            [
                [
                    r["opened_at"],
                    r["resolved_at"],
                    _duration(r["business_seconds"]),
                    r["resolved_by"],
                ]
                for r in doc["timings"]["resolutions"]
            ],
        ),
    ]
    return "<html><body style='font-size:9pt'>" + "".join(parts) + "</body></html>"


def _duration(seconds: int | None) -> str:
    from app.reports.timing import describe_seconds

    return describe_seconds(seconds)


def write_conversation_pdf(path: Path, doc: dict[str, Any]) -> None:
    writer = QPdfWriter(str(path))
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
        )
    )
    writer.setTitle(
        QCoreApplication.translate("ui.reports.conversation_pdf", "Conversation {doc}").format(
            doc=doc["conversation"]["id"]
        )
    )
    text = QTextDocument()
    text.setHtml(document_html(doc))
    text.print_(writer)
    if not path.exists() or path.stat().st_size == 0:
        raise OSError(f"could not write {path}")
