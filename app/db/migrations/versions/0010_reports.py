"""Reports: the rollups the dashboards read, lead outcomes marked by sales, the export's runs.

The rollups (report_*) are written by the sync thread's catch-up, which runs as the database
owner; employees only read them, and on PostgreSQL row-level security shows each one the teams
their view-reports grant covers (``sc_sees_report``, mirrored by app/reports/scope.py): a grant
scoped to a team shows that team; an unscoped one shows the teams the employee belongs to, or
every team to someone who may read everything or manages employees.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.db.types import UTCDateTime

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

GROUP = "sc_employee"
ROLLUPS = ("report_conversation", "report_response", "report_resolution", "report_volume")


def _postgres_upgrade() -> None:
    schema = op.get_bind().exec_driver_sql("SELECT current_schema()").scalar()
    definer = f"STABLE SECURITY DEFINER SET search_path = {schema}, pg_temp"
    op.execute(
        f"""CREATE FUNCTION sc_sees_report(team integer) RETURNS boolean LANGUAGE sql {definer} AS $$
            SELECT EXISTS (
                SELECT 1 FROM sc_my_grants() g
                WHERE g.permission = 'view_reports' AND g.account_id IS NULL
                  AND (g.team_id = team
                       OR (g.team_id IS NULL AND (
                           team = ANY (sc_my_teams())
                           OR EXISTS (SELECT 1 FROM sc_my_grants() w
                                      WHERE w.permission IN ('read_all', 'manage_employees')
                                        AND w.team_id IS NULL AND w.account_id IS NULL)))))
        $$"""
    )
    for table in ROLLUPS:
        op.execute(f"GRANT SELECT ON {table} TO {GROUP}")
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        op.execute(
            f"CREATE POLICY {table}_read ON {table} FOR SELECT TO {GROUP} "
            f"USING (workspace_id = (SELECT sc_workspace()) AND sc_sees_report(team_id))"
        )
    op.execute(f"GRANT SELECT ON report_state TO {GROUP}")
    op.execute("ALTER TABLE report_state ENABLE ROW LEVEL SECURITY")
    op.execute(
        f"CREATE POLICY report_state_read ON report_state FOR SELECT TO {GROUP} "
        "USING (workspace_id = (SELECT sc_workspace()))"
    )
    # sales marks the leads it can see; reading follows the conversation's own policy
    op.execute(f"GRANT SELECT, INSERT, UPDATE ON lead_outcome TO {GROUP}")
    op.execute("ALTER TABLE lead_outcome ENABLE ROW LEVEL SECURITY")
    seen = "EXISTS (SELECT 1 FROM conversation c WHERE c.id = lead_outcome.conversation_id)"
    op.execute(
        f"CREATE POLICY lead_outcome_read ON lead_outcome FOR SELECT TO {GROUP} "
        f"USING (workspace_id = (SELECT sc_workspace()) AND ({seen} OR sc_can('view_reports')))"
    )
    for command in ("INSERT", "UPDATE"):
        using = "" if command == "INSERT" else f"USING ({seen}) "
        op.execute(
            f"CREATE POLICY lead_outcome_{command.lower()} ON lead_outcome FOR {command} "
            f"TO {GROUP} {using}WITH CHECK (workspace_id = (SELECT sc_workspace()) AND {seen} "
            "AND marked_by = (SELECT sc_me()))"
        )


def upgrade() -> None:
    op.create_table(
        "export_run",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("folder", sa.String(length=1000), nullable=False),
        sa.Column("started_at", UTCDateTime(timezone=True), nullable=False),
        sa.Column("finished_at", UTCDateTime(timezone=True), nullable=True),
        sa.Column("marks", sa.JSON(), nullable=False),
        sa.Column("rows", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_export_run")),
    )
    op.create_table(
        "report_state",
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("change_id", sa.Integer(), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("updated_at", UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspace.id"],
            name=op.f("fk_report_state_workspace_id_workspace"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("workspace_id", name=op.f("pk_report_state")),
    )
    op.create_table(
        "lead_outcome",
        sa.Column("conversation_id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(length=10), nullable=False),
        sa.Column("value", sa.Float(), nullable=True),
        sa.Column("marked_by", sa.Integer(), nullable=True),
        sa.Column("marked_at", UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["conversation_id"],
            ["conversation.id"],
            name=op.f("fk_lead_outcome_conversation_id_conversation"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["marked_by"],
            ["employee.id"],
            name=op.f("fk_lead_outcome_marked_by_employee"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspace.id"],
            name=op.f("fk_lead_outcome_workspace_id_workspace"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("conversation_id", name=op.f("pk_lead_outcome")),
    )
    op.create_table(
        "report_conversation",
        sa.Column("conversation_id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=True),
        sa.Column("brand_account_id", sa.Integer(), nullable=False),
        sa.Column("network", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("intent", sa.String(length=30), nullable=True),
        sa.Column("assignee_id", sa.Integer(), nullable=True),
        sa.Column("opened_at", UTCDateTime(timezone=True), nullable=False),
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.Column("handoffs", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["conversation_id"],
            ["conversation.id"],
            name=op.f("fk_report_conversation_conversation_id_conversation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("conversation_id", name=op.f("pk_report_conversation")),
    )
    op.create_index(
        "ix_report_conversation_day", "report_conversation", ["workspace_id", "day"], unique=False
    )
    op.create_table(
        "report_resolution",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("conversation_id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=True),
        sa.Column("brand_account_id", sa.Integer(), nullable=False),
        sa.Column("network", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("intent", sa.String(length=30), nullable=True),
        sa.Column("opened_at", UTCDateTime(timezone=True), nullable=False),
        sa.Column("opened_day", sa.String(length=10), nullable=False),
        sa.Column("resolved_at", UTCDateTime(timezone=True), nullable=True),
        sa.Column("day", sa.String(length=10), nullable=True),
        sa.Column("seconds", sa.Integer(), nullable=True),
        sa.Column("resolved_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["conversation_id"],
            ["conversation.id"],
            name=op.f("fk_report_resolution_conversation_id_conversation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_resolution")),
    )
    op.create_index(
        "ix_report_resolution_conversation", "report_resolution", ["conversation_id"], unique=False
    )
    op.create_index(
        "ix_report_resolution_opened",
        "report_resolution",
        ["workspace_id", "opened_day"],
        unique=False,
    )
    op.create_index(
        "ix_report_resolution_day", "report_resolution", ["workspace_id", "day"], unique=False
    )
    op.create_table(
        "report_response",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("conversation_id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=True),
        sa.Column("brand_account_id", sa.Integer(), nullable=False),
        sa.Column("network", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("intent", sa.String(length=30), nullable=True),
        sa.Column("which", sa.String(length=5), nullable=False),
        sa.Column("asked_at", UTCDateTime(timezone=True), nullable=False),
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.Column("answered_at", UTCDateTime(timezone=True), nullable=True),
        sa.Column("seconds", sa.Integer(), nullable=True),
        sa.Column("employee_id", sa.Integer(), nullable=True),
        sa.Column("due_at", UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["conversation_id"],
            ["conversation.id"],
            name=op.f("fk_report_response_conversation_id_conversation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_response")),
    )
    op.create_index(
        "ix_report_response_conversation", "report_response", ["conversation_id"], unique=False
    )
    op.create_index(
        "ix_report_response_day", "report_response", ["workspace_id", "day"], unique=False
    )
    op.create_table(
        "report_volume",
        sa.Column("conversation_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.String(length=10), nullable=False),
        sa.Column("direction", sa.String(length=3), nullable=False),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=True),
        sa.Column("brand_account_id", sa.Integer(), nullable=False),
        sa.Column("network", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("intent", sa.String(length=30), nullable=True),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.Column("sentiment_sum", sa.Float(), nullable=False),
        sa.Column("sentiment_n", sa.Integer(), nullable=False),
        sa.Column("positive", sa.Integer(), nullable=False),
        sa.Column("negative", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["conversation_id"],
            ["conversation.id"],
            name=op.f("fk_report_volume_conversation_id_conversation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "conversation_id", "day", "direction", name=op.f("pk_report_volume")
        ),
    )
    op.create_index("ix_report_volume_day", "report_volume", ["workspace_id", "day"], unique=False)
    # ### end Alembic commands ###
    if op.get_context().dialect.name == "postgresql":
        _postgres_upgrade()


def downgrade() -> None:
    if op.get_context().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS sc_sees_report(integer) CASCADE")

    op.drop_index("ix_report_volume_day", table_name="report_volume")
    op.drop_table("report_volume")
    op.drop_index("ix_report_response_day", table_name="report_response")
    op.drop_index("ix_report_response_conversation", table_name="report_response")
    op.drop_table("report_response")
    op.drop_index("ix_report_resolution_day", table_name="report_resolution")
    op.drop_index("ix_report_resolution_opened", table_name="report_resolution")
    op.drop_index("ix_report_resolution_conversation", table_name="report_resolution")
    op.drop_table("report_resolution")
    op.drop_index("ix_report_conversation_day", table_name="report_conversation")
    op.drop_table("report_conversation")
    op.drop_table("lead_outcome")
    op.drop_table("report_state")
    op.drop_table("export_run")
    # ### end Alembic commands ###
