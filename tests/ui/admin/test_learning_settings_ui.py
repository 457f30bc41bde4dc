"""The admin panel's Learning tab: IT switches learning from corrections off and on; the
model is dropped and routing stops asking it; an agent is refused and the switch goes back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from app.db.models import AuditEvent, LearnedModel
from app.learning import corrections, switch
from app.learning.model import retrain_due
from app.routing.engine import RoutingEngine
from tests.integration.routing.helpers import account_ids, ingest, item
from tests.support.inbox import actor
from tests.support.qt import running_qasync_loop
from ui.admin.admin import AdminPanel

WAIT = 15_000


def _one_correction(console) -> None:
    result = ingest(
        console,
        account_ids(console)[0],
        [item("Could your team fit the lamps in our 12 offices?")],
        RoutingEngine(auto_assign=False),
    )
    with console.factory() as s, s.begin():
        corrections.correct(
            s, actor(console, "lena"), result.conversation_ids[0], intent="purchase_intent"
        )
        retrain_due(s, force=True)


def test_it_switches_learning_off_and_on(qtbot, qapp, demo_console) -> None:
    _one_correction(demo_console)
    demo_console.actor = actor(demo_console, "ines")
    with running_qasync_loop(qapp):
        panel = AdminPanel(demo_console)
        qtbot.addWidget(panel)
        panel.show()
        tab = panel.learning_settings
        assert panel.tabs.tabText(panel.tabs.indexOf(tab)) == "Learning"
        qtbot.waitUntil(lambda: tab.done >= 1, timeout=WAIT)
        assert tab.enabled.isChecked() and tab.enabled.isEnabled()
        assert tab.state.text().startswith("1 correction kept. Model trained on 1 label at ")
        qtbot.mouseClick(tab.enabled, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: tab.done >= 2, timeout=WAIT)
        assert tab.status.text() == (
            "Saved: routing uses the shipped classifiers only; the model was dropped."
        )
        assert tab.state.text() == "Learning is off. 1 correction kept."
        with demo_console.session() as s:
            assert not switch.enabled(s, demo_console.actor.workspace_id)
            assert s.scalars(select(LearnedModel)).all() == []
            audited = s.scalars(
                select(AuditEvent).where(AuditEvent.action == "learning_switched")
            ).all()
            assert len(audited) == 1 and audited[0].actor_id == demo_console.actor.employee_id
        qtbot.mouseClick(tab.enabled, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: tab.done >= 3, timeout=WAIT)
        assert tab.status.text() == "Saved: routing learns from the team's corrections."
        assert "No model trained yet" in tab.state.text()
        with demo_console.session() as s:
            assert switch.enabled(s, demo_console.actor.workspace_id)


def test_an_agent_is_refused_and_the_switch_goes_back(qtbot, qapp, demo_console) -> None:
    from ui.admin.learning_settings import LearningSettingsTab

    demo_console.actor = actor(demo_console, "alice")
    with running_qasync_loop(qapp):
        tab = LearningSettingsTab(demo_console)
        qtbot.addWidget(tab)
        tab.show()
        qtbot.waitUntil(lambda: tab.done >= 1, timeout=WAIT)
        assert (
            tab.state.text() == "0 corrections kept. No model trained yet: the sync worker "
            "trains one after a correction."
        )
        qtbot.mouseClick(tab.enabled, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: tab.done >= 2, timeout=WAIT)
        assert "needs IT or routing rights" in tab.status.text()
        assert tab.enabled.isChecked()
        with demo_console.session() as s:
            assert switch.enabled(s, demo_console.actor.workspace_id)
