"""Crisis response: watches and alerts of the spike detector, declared crises, statements, and
multi-step approval of outbox items.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06

On PostgreSQL employees read what belongs to their workspace; the crisis tables are written by
those with ``crisis_control``; alerts and the watch's cooldown stamp are written by whichever
workstation's sync saw the spike. The outbox guard learns two things: a crisis turns off
skipping approval and, while a crisis is on, nothing becomes approved without a PR signature (a
modified client cannot post around PR); an item with an unsigned approval step cannot become
approved, and one whose steps are all signed may become approved by the one who signed the last.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import app.db.types

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

GROUP = "sc_employee"
#: the audit actions the crisis room's decision log shows (app/crisis/room.py DECISIONS)
DECISIONS = ", ".join(
    f"'{a}'"
    for a in (
        "crisis_declared",
        "crisis_ended",
        "publishing_paused",
        "publishing_resumed",
        "crisis_statement_drafted",
        "crisis_statement_approved",
        "outbox_step_approved",
        "outbox_approved",
        "outbox_rejected",
        "crisis_watch_saved",
    )
)
TS = app.db.types.UTCDateTime(timezone=True)


def _fk(table: str, ondelete: str) -> sa.ForeignKey:
    return sa.ForeignKey(f"{table}.id", ondelete=ondelete)


def upgrade() -> None:
    op.create_table(
        "crisis_watch",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("workspace_id", sa.Integer(), _fk("workspace", "CASCADE"), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("brand_account_id", sa.Integer(), _fk("brand_account", "CASCADE")),
        sa.Column("keyword", sa.String(200)),
        sa.Column("intent", sa.String(30)),
        sa.Column("sentiment", sa.String(10), nullable=False),
        sa.Column("window_minutes", sa.Integer(), nullable=False),
        sa.Column("sensitivity", sa.String(10), nullable=False),
        sa.Column("cooldown_minutes", sa.Integer(), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("last_alert_at", TS),
        sa.Column("created_at", TS, nullable=False),
    )
    op.create_table(
        "crisis_alert",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("workspace_id", sa.Integer(), _fk("workspace", "CASCADE"), nullable=False),
        sa.Column("watch_id", sa.Integer(), _fk("crisis_watch", "SET NULL")),
        sa.Column("at", TS, nullable=False),
        sa.Column("window_start", TS, nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("expected", sa.Float(), nullable=False),
        sa.Column("negative_share", sa.Float(), nullable=False),
        sa.Column("positive_share", sa.Float(), nullable=False),
        sa.Column("top_terms", sa.JSON(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
    )
    op.create_index("ix_crisis_alert_workspace", "crisis_alert", ["workspace_id", "at"])
    op.create_table(
        "crisis",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("workspace_id", sa.Integer(), _fk("workspace", "CASCADE"), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("keywords", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("alert_id", sa.Integer(), _fk("crisis_alert", "SET NULL")),
        sa.Column("declared_by", sa.Integer(), _fk("employee", "SET NULL")),
        sa.Column("declared_at", TS, nullable=False),
        sa.Column("ended_by", sa.Integer(), _fk("employee", "SET NULL")),
        sa.Column("ended_at", TS),
        sa.Column("end_reason", sa.Text()),
        sa.Column("prior", sa.JSON(), nullable=False),
        sa.Column("team_id", sa.Integer(), _fk("team", "SET NULL")),
    )
    op.create_index("ix_crisis_workspace", "crisis", ["workspace_id", "declared_at"])
    op.create_table(
        "crisis_statement",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("workspace_id", sa.Integer(), _fk("workspace", "CASCADE"), nullable=False),
        sa.Column("crisis_id", sa.Integer(), _fk("crisis", "SET NULL")),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("author_id", sa.Integer(), _fk("employee", "SET NULL")),
        sa.Column("outbox_item_ids", sa.JSON(), nullable=False),
        sa.Column("holding", sa.Boolean(), nullable=False),
        sa.Column("created_at", TS, nullable=False),
    )
    op.create_table(
        "outbox_approval_step",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("outbox_item_id", sa.Integer(), _fk("outbox_item", "CASCADE"), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(100), nullable=False),
        sa.Column("permission", sa.String(40), nullable=False),
        sa.Column("crisis", sa.Boolean(), nullable=False),
        sa.Column("author_may_sign", sa.Boolean(), nullable=False),
        sa.Column("approver_id", sa.Integer(), _fk("employee", "SET NULL")),
        sa.Column("approved_at", TS),
        sa.UniqueConstraint("outbox_item_id", "position"),
    )
    op.create_index(
        "ix_outbox_approval_step_outbox_item_id", "outbox_approval_step", ["outbox_item_id"]
    )
    # every workspace watches all its mentions until PR says otherwise (a sync running as an
    # employee login without crisis control could not create this watch itself)
    op.execute(
        "INSERT INTO crisis_watch (workspace_id, name, sentiment, window_minutes, sensitivity, "
        "cooldown_minutes, enabled, created_at) SELECT id, 'All mentions', 'any', 10, "
        "'balanced', 30, TRUE, CURRENT_TIMESTAMP FROM workspace"
    )
    if op.get_context().dialect.name == "postgresql":
        for stmt in _postgres():
            op.execute(stmt)


def _postgres() -> list[str]:
    g = GROUP
    mine = "(SELECT sc_workspace())"
    crisis = "sc_can('crisis_control')"
    item_visible = (
        "EXISTS (SELECT 1 FROM outbox_item o WHERE o.id = outbox_approval_step.outbox_item_id)"
    )
    s: list[str] = [
        f"GRANT USAGE, SELECT ON SEQUENCE {t}_id_seq TO {g}"
        for t in (
            "crisis_watch",
            "crisis_alert",
            "crisis",
            "crisis_statement",
            "outbox_approval_step",
        )
    ]
    for table in ("crisis_watch", "crisis_alert", "crisis", "crisis_statement"):
        s += [
            f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
            f"CREATE POLICY {table}_read ON {table} FOR SELECT TO {g} "
            f"USING (workspace_id = {mine})",
        ]
    s += [
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON crisis_watch TO {g}",
        f"CREATE POLICY crisis_watch_manage ON crisis_watch FOR ALL TO {g} "
        f"USING (workspace_id = {mine} AND {crisis}) WITH CHECK (workspace_id = {mine} AND {crisis})",
        # the cooldown stamp: written by whichever workstation's sync raised the alert
        f"CREATE POLICY crisis_watch_stamp ON crisis_watch FOR UPDATE TO {g} "
        f"USING (workspace_id = {mine}) WITH CHECK (workspace_id = {mine})",
        f"GRANT SELECT, INSERT ON crisis_alert TO {g}",
        f"CREATE POLICY crisis_alert_raise ON crisis_alert FOR INSERT TO {g} "
        f"WITH CHECK (workspace_id = {mine})",
        f"GRANT SELECT, INSERT, UPDATE ON crisis TO {g}",
        f"CREATE POLICY crisis_control ON crisis FOR ALL TO {g} "
        f"USING (workspace_id = {mine} AND {crisis}) WITH CHECK (workspace_id = {mine} AND {crisis})",
        f"GRANT SELECT, INSERT, UPDATE ON crisis_statement TO {g}",
        f"CREATE POLICY crisis_statement_write ON crisis_statement FOR ALL TO {g} "
        f"USING (workspace_id = {mine} AND {crisis}) WITH CHECK (workspace_id = {mine} AND {crisis})",
        f"GRANT SELECT, INSERT, DELETE ON outbox_approval_step TO {g}",
        f"GRANT UPDATE (approver_id, approved_at) ON outbox_approval_step TO {g}",
        "ALTER TABLE outbox_approval_step ENABLE ROW LEVEL SECURITY",
        f"CREATE POLICY outbox_approval_step_read ON outbox_approval_step FOR SELECT TO {g} "
        f"USING ({item_visible})",
        f"CREATE POLICY outbox_approval_step_plan ON outbox_approval_step FOR INSERT TO {g} "
        f"WITH CHECK ({item_visible})",
        f"CREATE POLICY outbox_approval_step_sign ON outbox_approval_step FOR UPDATE TO {g} "
        f"USING ({item_visible} AND sc_can(permission)) "
        "WITH CHECK (approver_id = sc_me())",
        # an unsigned plan may be replaced (its author) or dropped (PR, when a crisis ends)
        f"CREATE POLICY outbox_approval_step_drop ON outbox_approval_step FOR DELETE TO {g} "
        f"USING ({item_visible} AND approved_at IS NULL)",
        # what the guard asks, read past row-level security (the guard must see every step)
        """CREATE FUNCTION sc_approval_hold(item integer, ws integer) RETURNS text
            LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
            SELECT CASE
                WHEN EXISTS (SELECT 1 FROM outbox_approval_step st
                             WHERE st.outbox_item_id = item AND st.approved_at IS NULL)
                    THEN 'this item waits for an approval step'
                WHEN (SELECT w.crisis_mode FROM workspace w WHERE w.id = ws)
                     AND NOT EXISTS (SELECT 1 FROM outbox_approval_step st
                             WHERE st.outbox_item_id = item AND st.crisis
                               AND st.approved_at IS NOT NULL)
                    THEN 'in crisis mode PR approves every reply and post'
            END
        $$""",
        f"GRANT EXECUTE ON FUNCTION sc_approval_hold(integer, integer) TO {g}",
        GUARD.replace("{skip_extra}", SKIP_EXTRA)
        .replace("{steps_extra}", STEPS_EXTRA)
        .replace("{hold_check}", HOLD_CHECK),
        # the crisis room's decision log: PR reads the crisis-related part of the trail
        f"CREATE POLICY audit_crisis_read ON audit_event FOR SELECT TO {g} "
        f"USING (workspace_id = {mine} AND {crisis} AND action IN ({DECISIONS}))",
    ]
    return s


# 0003's guard, with the crisis rules marked by the two placeholders
GUARD = """CREATE OR REPLACE FUNCTION sc_outbox_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE was text := CASE WHEN TG_OP = 'UPDATE' THEN OLD.status END;
    BEGIN
        IF NOT sc_is_employee() OR NEW.status IS NOT DISTINCT FROM was THEN
            RETURN NEW;
        END IF;
        IF NEW.status IN ('sending', 'sent', 'failed') THEN
            RAISE EXCEPTION 'only the publisher sets an item to %', NEW.status
                USING ERRCODE = '42501';
        END IF;
        {hold_check}IF NEW.status IN ('approved', 'scheduled')
           AND coalesce(was, '') NOT IN ('approved', 'scheduled')
           AND NOT sc_can_account('approve', NEW.brand_account_id)
           AND NOT (NEW.author_id = sc_me() AND sc_can_account(
                CASE WHEN NEW.kind = 'post' THEN 'skip_approval_post'
                     ELSE 'skip_approval_reply' END, NEW.brand_account_id){skip_extra})
           {steps_extra} THEN
            RAISE EXCEPTION 'this item needs approval first' USING ERRCODE = '42501';
        END IF;
        IF NEW.status = 'rejected'
           AND NOT sc_can_account('approve', NEW.brand_account_id)
           AND NOT sc_can('crisis_control') THEN
            RAISE EXCEPTION 'only an approver rejects an item' USING ERRCODE = '42501';
        END IF;
        RETURN NEW;
    END $$"""
HOLD_CHECK = """IF NEW.status IN ('approved', 'scheduled')
           AND coalesce(was, '') NOT IN ('approved', 'scheduled')
           AND sc_approval_hold(NEW.id, NEW.workspace_id) IS NOT NULL THEN
            RAISE EXCEPTION '%', sc_approval_hold(NEW.id, NEW.workspace_id)
                USING ERRCODE = '42501';
        END IF;
        """
SKIP_EXTRA = """
                AND NOT (SELECT w.crisis_mode FROM workspace w WHERE w.id = NEW.workspace_id)"""
STEPS_EXTRA = """AND NOT (
                EXISTS (SELECT 1 FROM outbox_approval_step st
                        WHERE st.outbox_item_id = NEW.id AND st.approver_id = sc_me())
                AND NOT EXISTS (SELECT 1 FROM outbox_approval_step st
                        WHERE st.outbox_item_id = NEW.id AND st.approved_at IS NULL))"""


def downgrade() -> None:
    if op.get_context().dialect.name == "postgresql":
        op.execute(
            GUARD.replace("{skip_extra}", "")
            .replace("{steps_extra}", "")
            .replace("{hold_check}", "")
        )
        op.execute("DROP FUNCTION IF EXISTS sc_approval_hold(integer, integer)")
        # the one policy this migration put on a table it did not create
        op.execute("DROP POLICY IF EXISTS audit_crisis_read ON audit_event")
    op.drop_index("ix_outbox_approval_step_outbox_item_id", table_name="outbox_approval_step")
    op.drop_table("outbox_approval_step")
    op.drop_table("crisis_statement")
    op.drop_index("ix_crisis_workspace", table_name="crisis")
    op.drop_table("crisis")
    op.drop_index("ix_crisis_alert_workspace", table_name="crisis_alert")
    op.drop_table("crisis_alert")
    op.drop_table("crisis_watch")
