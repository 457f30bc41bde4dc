"""Corrections on an employee's own PostgreSQL login: row-level security holds them to their
own name, their own workspace and the messages they may read; the learned model is not theirs."""

from __future__ import annotations

import psycopg
import pytest
from psycopg import errors
from sqlalchemy import select

from app.db.models import ClassificationLabel, Conversation, Message
from app.learning import corrections
from tests.integration.identity.conftest import PASSWORD, World

pytestmark = pytest.mark.postgres


def _message(world: World, key: str) -> int:
    with world.console.session() as s:
        return s.scalar(select(Message.id).where(Message.conversation_id == world.conv[key]))


def test_an_agent_corrects_on_their_own_login(world: World) -> None:
    from app.session.signin import sign_in_postgres

    console = sign_in_postgres(world.url(), world.login("agent"), PASSWORD)
    try:
        with console.factory() as s, s.begin():
            stored = corrections.correct(
                s, console.actor, world.conv["support"], intent="complaint", mood="negative"
            )
        assert stored == 2
    finally:
        console.close()
    with world.console.session() as s:
        labels = s.scalars(select(ClassificationLabel)).all()
        conv = s.get(Conversation, world.conv["support"])
    assert {(lab.field, lab.value, lab.employee_id) for lab in labels} == {
        ("intent", "complaint", world.ids["agent"]),
        ("sentiment", "negative", world.ids["agent"]),
    }
    assert conv.intent == "complaint" and conv.sentiment < 0


def test_labels_only_in_ones_own_name_and_scope(world: World) -> None:
    insert = (
        "INSERT INTO classification_label (workspace_id, message_id, field, value, employee_id,"
        " created_at) VALUES ((SELECT sc_workspace()), %s, 'intent', 'complaint', %s, now())"
    )
    with world.connect("agent") as conn:
        conn.execute(insert, (_message(world, "support"), world.ids["agent"]))
        with pytest.raises(errors.InsufficientPrivilege, match="row-level security"):
            conn.execute(insert, (_message(world, "support"), world.ids["agent2"]))
        with pytest.raises(errors.InsufficientPrivilege, match="row-level security"):
            conn.execute(insert, (_message(world, "sales"), world.ids["agent"]))  # unseen
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("SELECT count(*) FROM learned_model")
        with pytest.raises(psycopg.Error):
            conn.execute("DELETE FROM classification_label")
