"""Correcting the classifier from the conversation pane, as an agent does it.

The pane shows the conversation's mood and intent with the stored reasons on hover (plain
text); "Correct…" → Intent → Purchase intent stores the agent's word off the UI thread: the
conversation changes, a label is kept for the team's model, and the pane says so in words. A
colleague who may only read the conversation gets no working button.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtGui import QTextDocument
from sqlalchemy import select

from accounts.base import InboundItem, ItemKind, RemoteAuthor
from app.db.models import BrandAccount, ClassificationLabel, Conversation
from app.sync.enrich import classify_item
from app.sync.ingest import ingest_items
from tests.support.inbox import actor
from tests.support.qt import running_qasync_loop
from ui.main.main_window import MainWindow
from ui.widgets.tasks import MessageBridge

WAIT = 15_000
ASKED = "Could your team fit the <b>lamps</b> in our 12 offices?"


def _ingest(console, text: str) -> int:
    with console.factory() as s, s.begin():
        acc = s.scalar(select(BrandAccount).order_by(BrandAccount.id))
        done = ingest_items(
            s,
            acc,
            [
                InboundItem(
                    "lead-1",
                    ItemKind.MENTION,
                    RemoteAuthor("u-lead", "lead", "Lead"),
                    text,
                    datetime.now(UTC),
                    "t-lead-1",
                )
            ],
            enrich=classify_item,
            default_team_id=acc.settings["default_team_id"],
        )
        return done.conversation_ids[0]


def _open(qtbot, w: MainWindow, cid: int) -> None:
    qtbot.waitUntil(lambda: w.model.row_of(cid) is not None, timeout=WAIT)
    w.table.selectRow(w.model.row_of(cid))
    bar = w.conversation.labels
    qtbot.waitUntil(
        lambda: bar.labels is not None and bar.conversation_id == cid and bar.loads > 0,
        timeout=WAIT,
    )


def _plain(tip: str) -> str:
    doc = QTextDocument()
    doc.setHtml(tip)
    return doc.toPlainText()


def test_an_agent_corrects_the_intent_from_the_conversation_pane(
    qtbot, qapp, demo_console, tmp_path
) -> None:
    cid = _ingest(demo_console, ASKED)
    demo_console.actor = actor(demo_console, "alice")
    with running_qasync_loop(qapp):
        w = MainWindow(demo_console, MessageBridge(), pending_dir=tmp_path / "pending")
        qtbot.addWidget(w)
        w.resize(1366, 768)
        w.show()
        _open(qtbot, w, cid)
        bar = w.conversation.labels
        assert bar.summary.text() == "Mood: neutral · Intent: question"
        why = _plain(bar.summary.toolTip())
        assert why.startswith("Why:") and "Intent question:" in why
        qtbot.waitUntil(bar.button.isEnabled, timeout=WAIT)
        assert bar.choices[("intent", "question")].isChecked()
        # the menu offers every intent and mood
        assert [a.text() for a in bar.mood_menu.actions()] == ["Positive", "Neutral", "Negative"]
        assert "Purchase intent" in [a.text() for a in bar.intent_menu.actions()]

        bar.choices[("intent", "purchase_intent")].trigger()
        qtbot.waitUntil(lambda: bar.corrections == 1, timeout=WAIT)
        assert (
            bar.notice.text() == "Intent set to purchase intent; the team's model learns from it."
        )
        qtbot.waitUntil(
            lambda: bar.summary.text() == "Mood: neutral · Intent: purchase intent", timeout=WAIT
        )
        assert bar.choices[("intent", "purchase_intent")].isChecked()
        with demo_console.session() as s:
            assert s.get(Conversation, cid).intent == "purchase_intent"
            label = s.scalars(select(ClassificationLabel)).one()
        assert (label.field, label.value, label.previous) == (
            "intent",
            "purchase_intent",
            "question",
        )
        assert label.employee_id == demo_console.actor.employee_id

        # the mood too; the same word again stores nothing and says so
        bar.choices[("mood", "positive")].trigger()
        qtbot.waitUntil(lambda: bar.corrections == 2, timeout=WAIT)
        qtbot.waitUntil(lambda: bar.summary.text().startswith("Mood: positive"), timeout=WAIT)
        bar.choices[("mood", "positive")].trigger()
        qtbot.waitUntil(lambda: bar.corrections == 3, timeout=WAIT)
        assert bar.notice.text() == "Nothing to correct: it already says so."
        with demo_console.session() as s:
            assert len(s.scalars(select(ClassificationLabel)).all()) == 2
        w.close()


def test_a_refused_correction_is_said_in_words(qtbot, qapp, demo_console) -> None:
    from ui.inbox.correction import CorrectionBar

    cid = _ingest(demo_console, ASKED)
    # sam (Sales) cannot see Customer Service's conversation
    demo_console.actor = actor(demo_console, "sam")
    with running_qasync_loop(qapp):
        bar = CorrectionBar(demo_console)
        qtbot.addWidget(bar)
        bar.set_conversation(cid)
        qtbot.waitUntil(lambda: bar.loads == 1, timeout=WAIT)
        # nothing of it is shown: not the labels, nor the reasons (they quote the customer)
        assert bar.summary.text() == "Mood and intent unavailable" and bar.labels is None
        assert "outside your scope" in _plain(bar.summary.toolTip())
        bar.correct(intent="praise")
        qtbot.waitUntil(lambda: bar.corrections == 1, timeout=WAIT)
        assert bar.notice.text().startswith("Not corrected: ")
        assert "outside your scope" in bar.notice.text()
        with demo_console.session() as s:
            assert s.scalars(select(ClassificationLabel)).all() == []
            assert s.get(Conversation, cid).intent == "question"
    bar.set_conversation(None)
    assert not bar.button.isEnabled() and bar.summary.text() == ""
