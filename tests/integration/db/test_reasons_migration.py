"""Migration 0020: the classifier's cues kept in ``message.refs`` move into
``message.classification`` (the one place for reasons), on both backends, and nothing is lost."""

from __future__ import annotations

from alembic import command
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.classify.reasons import intent_cues
from app.db.engine import make_engine
from app.db.migrate import HEAD_REVISION, alembic_config, upgrade
from app.db.models import BrandAccount, Message
from app.demo import ensure_demo_workspace
from app.sync.enrich import classify_item
from app.sync.ingest import ingest_items
from tests.integration.routing.helpers import item

OLD_CUES = ["'want a refund'", "'refund'"]


def test_old_cues_move_into_the_classification_column(db_url: str) -> None:
    engine = make_engine(db_url)
    command.upgrade(alembic_config(engine), "0016")
    with Session(engine) as s, s.begin():
        ensure_demo_workspace(s)
        acc = s.scalar(select(BrandAccount).order_by(BrandAccount.id))
        done = ingest_items(
            s,
            acc,
            [item("I want a refund, it broke"), item("Lovely lamp, thanks!")],
            enrich=classify_item,
        )
        old, both = done.new_message_ids
        # as the front desk's ingest stored them: cues in refs, and (old rows) no evidence
        s.execute(
            update(Message)
            .where(Message.id == old)
            .values(
                refs={"cid": "bafy", "classifier_cues": OLD_CUES},
                classification=None,
                intent="complaint",
            )
        )
        evidence = s.get(Message, both).classification
        s.execute(
            update(Message).where(Message.id == both).values(refs={"classifier_cues": ["'lovely'"]})
        )
    assert upgrade(engine).after == HEAD_REVISION  # 0020 and whatever came after it
    with Session(engine) as s:
        first = s.get(Message, old)
        assert first.refs == {"cid": "bafy"}  # what a reply needs stays
        assert first.classification["intent"] == "complaint"
        assert intent_cues(first.classification) == tuple(OLD_CUES)
        second = s.get(Message, both)
        assert second.refs == {}
        assert second.classification == evidence  # its own evidence was already there
    # and back: the downgrade restores the refs copy from the column
    command.downgrade(alembic_config(engine), "0016")
    with Session(engine) as s:
        assert s.get(Message, old).refs == {"cid": "bafy", "classifier_cues": OLD_CUES}
    engine.dispose()
