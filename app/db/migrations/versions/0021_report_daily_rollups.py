"""Reports: daily rollups for the dashboard's first view, and the catch-up's gap list.

- ``report_day``: messages per local day, direction and dimensions (report_volume summed over
  conversations); ``report_day_time``: waits and resolutions per local day and dimensions, with
  their distribution buckets and SLA counts. The dashboard paints its first view from these
  (a few hundred rows for a month) instead of grouping a row per conversation and day.
- ``report_day_tag``: the same per tag, for the "by tag" breakdown;
- indexes that let the database rank the period's waits and resolutions for the medians
  without reading the tables;
- ``report_state.gaps``: change-feed ids below the catch-up's mark that were not committed yet
  when it read past them (a transaction that took a lower id can commit after a higher one);
  the catch-up reads them again until they appear or can no longer appear.

The new tables are filled by the next catch-up: the workspace's report state is cleared, which
makes it rebuild every rollup once (what a new reporting time zone does too).

On PostgreSQL employees read the daily rollups under the same rule as the per-conversation
ones (``sc_sees_report`` of the row's team).

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None

GROUP = "sc_employee"
DAILY = ("report_day", "report_day_time", "report_day_tag")


def _dims() -> list[sa.Column]:
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.String(length=10), nullable=False),
    ]


def _groups() -> list[sa.Column]:
    return [
        sa.Column("team_id", sa.Integer(), nullable=True),
        sa.Column("brand_account_id", sa.Integer(), nullable=False),
        sa.Column("network", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("intent", sa.String(length=30), nullable=True),
    ]


def upgrade() -> None:
    op.add_column(
        "report_state",
        sa.Column("gaps", sa.JSON(), nullable=False, server_default=sa.text("'[]'")),
    )
    op.create_table(
        "report_day",
        *_dims(),
        sa.Column("direction", sa.String(length=3), nullable=False),
        *_groups(),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.Column("sentiment_sum", sa.Float(), nullable=False),
        sa.Column("sentiment_n", sa.Integer(), nullable=False),
        sa.Column("positive", sa.Integer(), nullable=False),
        sa.Column("negative", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_day")),
    )
    op.create_index("ix_report_day_day", "report_day", ["workspace_id", "day"], unique=False)
    op.create_table(
        "report_day_time",
        *_dims(),
        sa.Column("metric", sa.String(length=10), nullable=False),
        *_groups(),
        *(sa.Column(c, sa.Integer(), nullable=False) for c in ("n", "b0", "b1", "b2", "b3", "b4")),
        sa.Column("sla_total", sa.Integer(), nullable=False),
        sa.Column("sla_met", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_day_time")),
    )
    op.create_index(
        "ix_report_day_time_day", "report_day_time", ["workspace_id", "day"], unique=False
    )
    op.create_table(
        "report_day_tag",
        *_dims(),
        sa.Column("direction", sa.String(length=3), nullable=False),
        sa.Column("tag", sa.String(length=60), nullable=False),
        *_groups(),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_day_tag")),
    )
    op.create_index(
        "ix_report_day_tag_day", "report_day_tag", ["workspace_id", "day"], unique=False
    )
    # the first view's medians and past-due waits, read from indexes
    op.create_index(
        "ix_report_response_timed",
        "report_response",
        ["workspace_id", "which", "day", "seconds"],
        unique=False,
    )
    op.create_index(
        "ix_report_response_waiting",
        "report_response",
        ["workspace_id", "day", "due_at"],
        unique=False,
        sqlite_where=sa.text("answered_at IS NULL"),
        postgresql_where=sa.text("answered_at IS NULL"),
    )
    op.create_index(
        "ix_report_resolution_timed",
        "report_resolution",
        ["workspace_id", "day", "seconds"],
        unique=False,
    )
    # the next catch-up rebuilds every rollup, the daily ones included
    op.execute("DELETE FROM report_state")
    if op.get_context().dialect.name == "postgresql":
        for table in DAILY:
            op.execute(f"GRANT SELECT ON {table} TO {GROUP}")
            op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
            op.execute(
                f"CREATE POLICY {table}_read ON {table} FOR SELECT TO {GROUP} "
                f"USING (workspace_id = (SELECT sc_workspace()) AND sc_sees_report(team_id))"
            )


def downgrade() -> None:
    op.drop_index("ix_report_resolution_timed", table_name="report_resolution")
    op.drop_index("ix_report_response_waiting", table_name="report_response")
    op.drop_index("ix_report_response_timed", table_name="report_response")
    op.drop_index("ix_report_day_tag_day", table_name="report_day_tag")
    op.drop_table("report_day_tag")
    op.drop_index("ix_report_day_time_day", table_name="report_day_time")
    op.drop_table("report_day_time")
    op.drop_index("ix_report_day_day", table_name="report_day")
    op.drop_table("report_day")
    with op.batch_alter_table("report_state") as batch:
        batch.drop_column("gaps")
