"""Classifier reasons and learning from the team's corrections.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-06

- ``message.classification``: the evidence behind a message's language, sentiment and intent
  (cue words, the trained model's top features, scores), written at ingest with the labels so
  the inbox can say why a message was routed without classifying it again.
- ``classification_label``: every correction an employee makes — intent or mood changed, a
  conversation re-routed to a team, a complaint tagged — one row each, the label the
  workspace's learned model trains on.
- ``learned_model``: one trained model per workspace (a few hundred kB, see
  app/classify/linear.py), written by the sync worker's background retraining.

PostgreSQL: an employee's login may add corrections in their own workspace under their own
name, about messages they can read, and read their workspace's; may change a conversation's
mood (its intent they already could); the learned model is the worker's (owner) alone.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import app.db.types

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

GROUP = "sc_employee"


def upgrade() -> None:
    op.add_column("message", sa.Column("classification", sa.JSON(), nullable=True))
    op.create_table(
        "classification_label",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "workspace_id",
            sa.Integer(),
            sa.ForeignKey("workspace.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column(
            "message_id",
            sa.Integer(),
            sa.ForeignKey("message.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("field", sa.String(20), nullable=False),
        sa.Column("value", sa.String(60), nullable=False),
        sa.Column("previous", sa.String(60), nullable=True),
        sa.Column(
            "employee_id",
            sa.Integer(),
            sa.ForeignKey("employee.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("created_at", app.db.types.UTCDateTime(timezone=True), nullable=False),
    )
    op.create_index(
        "ix_classification_label_workspace", "classification_label", ["workspace_id", "id"]
    )
    op.create_table(
        "learned_model",
        sa.Column(
            "workspace_id",
            sa.Integer(),
            sa.ForeignKey("workspace.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("model", sa.LargeBinary(), nullable=False),
        sa.Column("labels", sa.Integer(), nullable=False),
        sa.Column("last_label_id", sa.Integer(), nullable=False),
        sa.Column("trained_at", app.db.types.UTCDateTime(timezone=True), nullable=False),
    )
    if op.get_context().dialect.name != "postgresql":
        return
    mine = "(SELECT sc_workspace())"
    for stmt in (
        f"GRANT SELECT, INSERT ON classification_label TO {GROUP}",
        f"GRANT USAGE ON SEQUENCE classification_label_id_seq TO {GROUP}",
        "ALTER TABLE classification_label ENABLE ROW LEVEL SECURITY",
        f"CREATE POLICY classification_label_read ON classification_label FOR SELECT TO {GROUP} "
        f"USING (workspace_id = {mine})",
        f"CREATE POLICY classification_label_write ON classification_label FOR INSERT TO {GROUP} "
        f"WITH CHECK (workspace_id = {mine} AND employee_id = (SELECT sc_me()) "
        "AND EXISTS (SELECT 1 FROM message m WHERE m.id = message_id))",
        "ALTER TABLE learned_model ENABLE ROW LEVEL SECURITY",
        # a mood corrected by hand shows at once (intent is already theirs to change, 0003)
        f"GRANT UPDATE (sentiment) ON conversation TO {GROUP}",
    ):
        op.execute(stmt)


def downgrade() -> None:
    if op.get_context().dialect.name == "postgresql":
        op.execute(f"REVOKE UPDATE (sentiment) ON conversation FROM {GROUP}")
        op.execute("DROP POLICY IF EXISTS classification_label_write ON classification_label")
        op.execute("DROP POLICY IF EXISTS classification_label_read ON classification_label")
        op.execute(f"REVOKE ALL ON classification_label FROM {GROUP}")
    op.drop_table("learned_model")
    op.drop_index("ix_classification_label_workspace", table_name="classification_label")
    op.drop_table("classification_label")
    with op.batch_alter_table("message") as batch:
        batch.drop_column("classification")
