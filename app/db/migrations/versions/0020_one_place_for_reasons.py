"""One place for the classifier's reasons: ``message.classification``.

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-06

Ingest used to keep the winning intent's cue phrases twice: in ``message.refs`` under
``classifier_cues`` (read by the inbox's tooltip) and, with their weights and the mood's
evidence, in ``message.classification``. The inbox now reads the column only, so the copy in
``refs`` goes — ``refs`` is for what a reply to the network needs. Nothing that was there is
lost: a row whose column has no cues (a message stored before the column existed) gets them
from its ``refs`` in the column's format ("intent: 'phrase'"), and the downgrade puts them back.

Data only, no schema change; the same Python for both backends (the JSON is read and written
by the app's types, and the rows found with a text match both backends understand).
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None

KEY = "classifier_cues"
BATCH = 1000

_message = sa.table(
    "message",
    sa.column("id", sa.Integer),
    sa.column("intent", sa.String),
    sa.column("refs", sa.JSON),
    sa.column("classification", sa.JSON),
)


def _rows_with(needle: str) -> list[Any]:
    bind = op.get_bind()
    return list(
        bind.execute(
            sa.select(_message.c.id, _message.c.intent, _message.c.refs, _message.c.classification)
            .where(sa.cast(_message.c.refs, sa.Text).like(f"%{needle}%"))
            .order_by(_message.c.id)
        )
    )


def _write(rows: list[dict[str, Any]]) -> None:
    bind = op.get_bind()
    stmt = (
        _message.update()
        .where(_message.c.id == sa.bindparam("mid"))
        .values(refs=sa.bindparam("new_refs"), classification=sa.bindparam("new_cls"))
    )
    for i in range(0, len(rows), BATCH):
        bind.execute(stmt, rows[i : i + BATCH])


def upgrade() -> None:
    out = []
    for mid, intent, refs, cls in _rows_with(KEY):
        if not isinstance(refs, dict) or KEY not in refs:
            continue
        cues = [str(c) for c in refs.get(KEY) or [] if c]
        kept = {k: v for k, v in refs.items() if k != KEY}
        evidence = dict(cls) if isinstance(cls, dict) else {}
        if cues and not evidence.get("intent_cues"):
            # the column's format: "<intent> <weight>: <phrase>"; the weight was not kept
            name = evidence.get("intent") or intent or "other"
            evidence.setdefault("v", 1)
            evidence.setdefault("intent", name)
            evidence["intent_cues"] = [f"{name}: {c}" for c in cues]
        out.append({"mid": mid, "new_refs": kept, "new_cls": evidence or cls})
    _write(out)


def downgrade() -> None:
    bind = op.get_bind()
    out = []
    for mid, intent, refs, cls in bind.execute(
        sa.select(_message.c.id, _message.c.intent, _message.c.refs, _message.c.classification)
        .where(_message.c.classification.is_not(None))
        .order_by(_message.c.id)
    ):
        if not isinstance(cls, dict):
            continue
        name = cls.get("intent") or intent
        cues = []
        for cue in cls.get("intent_cues") or []:
            label, _, what = str(cue).partition(": ")
            if label.split(" ")[0] == name and what:
                cues.append(what)
        if cues:
            out.append({"mid": mid, "new_refs": {**(refs or {}), KEY: cues[:6]}, "new_cls": cls})
    _write(out)
