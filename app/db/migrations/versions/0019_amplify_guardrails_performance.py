"""Marketing: amplifying praise, guardrails for the staff who post, post performance.

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-06

Both backends:

- ``guardrail_rule``: guidelines, banned phrases, required disclaimers and link rules, per role
  and team (app/publishing/guardrails.py);
- ``post_metric``: one reading of a sent post's public counts (likes, reposts, replies, and
  impressions where the network gives them), written by the sync worker;
- ``experiment``: two outbox items compared as an A/B test.

Amplifying adds two outbox kinds, ``boost`` (a repost/reblog/retweet of the customer's post)
and ``quote`` (a post quoting it); the column already holds any short kind.

PostgreSQL: employees read their workspace's guardrails (the composer shows them) and those
with ``manage_routing`` write them; metrics are read by whoever may read the item they belong
to (the outbox policy decides) and written only by the worker (the owner); an experiment is
made by someone who may post from the first variant's account. Employees may suggest amplify
items (awaiting approval) in conversations where they may reply, or where they may post as
the brand.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import app.db.types

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None

GROUP = "sc_employee"


def _fk(table: str, column: str, target: str, ondelete: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column],
        [f"{target}.id"],
        name=op.f(f"fk_{table}_{column}_{target}"),
        ondelete=ondelete,
    )


def _postgres() -> list[str]:
    g = GROUP
    mine = "(SELECT sc_workspace())"
    return [
        "ALTER TABLE guardrail_rule ENABLE ROW LEVEL SECURITY",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON guardrail_rule TO {g}",
        f"GRANT USAGE, SELECT ON SEQUENCE guardrail_rule_id_seq TO {g}",
        f"CREATE POLICY guardrail_read ON guardrail_rule FOR SELECT TO {g} "
        f"USING (workspace_id = {mine})",
        f"CREATE POLICY guardrail_manage ON guardrail_rule FOR ALL TO {g} "
        f"USING (workspace_id = {mine} AND sc_can('manage_routing')) "
        f"WITH CHECK (workspace_id = {mine} AND sc_can('manage_routing'))",
        "ALTER TABLE post_metric ENABLE ROW LEVEL SECURITY",
        f"GRANT SELECT ON post_metric TO {g}",
        f"CREATE POLICY post_metric_read ON post_metric FOR SELECT TO {g} "
        f"USING (workspace_id = {mine} AND EXISTS "
        "(SELECT 1 FROM outbox_item o WHERE o.id = post_metric.outbox_item_id))",
        "ALTER TABLE experiment ENABLE ROW LEVEL SECURITY",
        f"GRANT SELECT, INSERT, DELETE ON experiment TO {g}",
        f"GRANT USAGE, SELECT ON SEQUENCE experiment_id_seq TO {g}",
        f"CREATE POLICY experiment_read ON experiment FOR SELECT TO {g} "
        f"USING (workspace_id = {mine})",
        f"CREATE POLICY experiment_write ON experiment FOR INSERT TO {g} "
        f"WITH CHECK (workspace_id = {mine} AND created_by_id = (SELECT sc_me()) AND "
        "EXISTS (SELECT 1 FROM outbox_item o WHERE o.id = experiment.item_a_id "
        "AND sc_can_account('post_as_brand', o.brand_account_id)))",
        f"CREATE POLICY experiment_remove ON experiment FOR DELETE TO {g} "
        "USING (created_by_id = (SELECT sc_me()))",
        f"CREATE POLICY outbox_write_amplify ON outbox_item FOR INSERT TO {g} "
        f"WITH CHECK (author_id = sc_me() AND workspace_id = {mine} "
        "AND kind IN ('boost', 'quote') AND status IN ('draft', 'awaiting_approval') "
        "AND EXISTS (SELECT 1 FROM conversation c WHERE c.id = outbox_item.conversation_id "
        "AND c.brand_account_id = outbox_item.brand_account_id "
        "AND (sc_can('reply', c.team_id, c.brand_account_id) "
        "OR sc_can_account('post_as_brand', c.brand_account_id))))",
    ]


def upgrade() -> None:
    op.create_table(
        "guardrail_rule",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("role_id", sa.Integer(), nullable=True),
        sa.Column("team_id", sa.Integer(), nullable=True),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", app.db.types.UTCDateTime(timezone=True), nullable=False),
        _fk("guardrail_rule", "workspace_id", "workspace", "CASCADE"),
        _fk("guardrail_rule", "role_id", "role", "CASCADE"),
        _fk("guardrail_rule", "team_id", "team", "CASCADE"),
        _fk("guardrail_rule", "created_by_id", "employee", "SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_guardrail_rule")),
    )
    op.create_index("ix_guardrail_rule_workspace", "guardrail_rule", ["workspace_id", "kind"])
    op.create_table(
        "post_metric",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("outbox_item_id", sa.Integer(), nullable=False),
        sa.Column("fetched_at", app.db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("likes", sa.Integer(), nullable=False),
        sa.Column("reposts", sa.Integer(), nullable=False),
        sa.Column("replies", sa.Integer(), nullable=False),
        sa.Column("quotes", sa.Integer(), nullable=True),
        sa.Column("impressions", sa.Integer(), nullable=True),
        _fk("post_metric", "workspace_id", "workspace", "CASCADE"),
        _fk("post_metric", "outbox_item_id", "outbox_item", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_post_metric")),
    )
    op.create_index("ix_post_metric_item", "post_metric", ["outbox_item_id", "fetched_at"])
    op.create_table(
        "experiment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("item_a_id", sa.Integer(), nullable=False),
        sa.Column("item_b_id", sa.Integer(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", app.db.types.UTCDateTime(timezone=True), nullable=False),
        _fk("experiment", "workspace_id", "workspace", "CASCADE"),
        _fk("experiment", "item_a_id", "outbox_item", "CASCADE"),
        _fk("experiment", "item_b_id", "outbox_item", "CASCADE"),
        _fk("experiment", "created_by_id", "employee", "SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_experiment")),
    )
    if op.get_context().dialect.name != "postgresql":
        return
    for sql in _postgres():
        op.execute(sql)


def downgrade() -> None:
    if op.get_context().dialect.name == "postgresql":
        op.execute("DROP POLICY IF EXISTS outbox_write_amplify ON outbox_item")
    op.drop_table("experiment")
    op.drop_index("ix_post_metric_item", table_name="post_metric")
    op.drop_table("post_metric")
    op.drop_index("ix_guardrail_rule_workspace", table_name="guardrail_rule")
    op.drop_table("guardrail_rule")
