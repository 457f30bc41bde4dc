"""Identity: employees as PostgreSQL login roles; grants and row-level security mirror access.py.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24

On both backends: two views, ``employee_private`` (e-mail and lock-out state, never the password
hash) and ``customer_contact`` (a customer's contact details), so that reading private columns
goes through one named place.

On PostgreSQL only: every employee is a login role in the group role ``sc_employee``. The group
gets table and column privileges, and row-level-security policies restrict every row to what
:mod:`app.identity.access` allows. Who is asking is ``session_user`` (the authenticated login, which
``SET ROLE`` cannot change), mapped to ``employee.username`` by SECURITY DEFINER helper functions
(``sc_*``) that read the grant tables as the owner, so policies stay short and never recurse.
The owner (who runs this migration, the sync workers and IT's command line) owns the tables and
so bypasses row-level security; employee logins never own anything and get no FORCE exemption.
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

GROUP = "sc_employee"

#: tables whose rows employees see only through a policy (change_event stays open: ids only)
RLS_TABLES = (
    "workspace",
    "team",
    "employee",
    "employee_team",
    "role",
    "role_permission",
    "role_grant",
    "brand_account",
    "customer",
    "conversation",
    "message",
    "assignment",
    "note",
    "conversation_tag",
    "outbox_item",
    "audit_event",
    "sync_rejection",
    "canned_reply",
    "routing_rule",
    "sla_policy",
    "presence",
    "saved_view",
    "notification",
)

EMPLOYEE_PUBLIC_COLUMNS = (
    "id, workspace_id, username, display_name, active, availability, capacity, "
    "last_seen_at, created_at"
)
CUSTOMER_PUBLIC_COLUMNS = (
    "id, workspace_id, network, remote_id, handle, display_name, followers, vip, first_seen_at"
)
CONVERSATION_WORK_COLUMNS = (
    "status, snoozed_until, priority, team_id, assignee_id, intent, updated_at, version, "
    "first_response_due, next_response_due, first_responded_at"
)


def visible(ws: str, team: str, account: str, assignee: str) -> str:
    """The one rule for "this employee may read this conversation" (mirrors access.read_scope).

    Written once and used by the conversation policy and by ``sc_sees_conversation``. The helper
    calls are wrapped in sub-selects so PostgreSQL evaluates them once per query, not per row.
    """
    return f"""(
        {ws} = (SELECT sc_workspace())
        AND (
            {assignee} = (SELECT sc_me_if_granted())
            OR EXISTS (
                SELECT 1 FROM sc_read_scopes() s
                WHERE (s.scope_team IS NULL OR s.scope_team = {team})
                  AND (s.scope_account IS NULL OR s.scope_account = {account})
            )
        )
    )"""


CONVERSATION_VISIBLE = visible(
    "conversation.workspace_id",
    "conversation.team_id",
    "conversation.brand_account_id",
    "conversation.assignee_id",
)


def _helpers(schema: str) -> list[str]:
    definer = f"STABLE SECURITY DEFINER SET search_path = {schema}, pg_temp"
    return [
        # -- who is asking ----------------------------------------------------------------
        f"""CREATE FUNCTION sc_me() RETURNS integer LANGUAGE sql {definer} AS $$
            SELECT id FROM employee WHERE username = session_user AND active
        $$""",
        f"""CREATE FUNCTION sc_workspace() RETURNS integer LANGUAGE sql {definer} AS $$
            SELECT workspace_id FROM employee WHERE username = session_user AND active
        $$""",
        f"""CREATE FUNCTION sc_is_employee() RETURNS boolean LANGUAGE sql {definer} AS $$
            SELECT EXISTS (
                SELECT 1 FROM pg_auth_members m
                JOIN pg_roles member ON member.oid = m.member
                JOIN pg_roles grp ON grp.oid = m.roleid
                WHERE member.rolname = session_user AND grp.rolname = '{GROUP}'
                  AND NOT member.rolsuper)
        $$""",
        f"""CREATE FUNCTION sc_my_grants()
            RETURNS TABLE (permission text, team_id integer, account_id integer)
            LANGUAGE sql {definer} AS $$
            SELECT p.permission, g.team_id, g.brand_account_id
            FROM employee e
            JOIN role_grant g ON g.employee_id = e.id
            JOIN role_permission p ON p.role_id = g.role_id
            WHERE e.username = session_user AND e.active
        $$""",
        f"""CREATE FUNCTION sc_my_teams() RETURNS integer[] LANGUAGE sql {definer} AS $$
            SELECT coalesce(array_agg(et.team_id), '{{}}')
            FROM employee_team et JOIN employee e ON e.id = et.employee_id
            WHERE e.username = session_user AND e.active
        $$""",
        # -- what they may do (Actor.can) ---------------------------------------------------
        f"""CREATE FUNCTION sc_can(perm text, team integer DEFAULT NULL,
                                   account integer DEFAULT NULL)
            RETURNS boolean LANGUAGE sql {definer} AS $$
            SELECT EXISTS (
                SELECT 1 FROM sc_my_grants() g
                WHERE g.permission = perm
                  AND (g.team_id IS NULL OR g.team_id = team)
                  AND (g.account_id IS NULL OR g.account_id = account))
        $$""",
        # a permission for one brand account, whatever team it is scoped to (posts have none)
        f"""CREATE FUNCTION sc_can_account(perm text, account integer)
            RETURNS boolean LANGUAGE sql {definer} AS $$
            SELECT EXISTS (
                SELECT 1 FROM sc_my_grants() g
                WHERE g.permission = perm AND (g.account_id IS NULL OR g.account_id = account))
        $$""",
        # -- what they may read (access.read_scope) -----------------------------------------
        # one row per (team, account) area readable; NULL means "any"
        f"""CREATE FUNCTION sc_read_scopes()
            RETURNS TABLE (scope_team integer, scope_account integer)
            LANGUAGE sql {definer} AS $$
            SELECT g.team_id, g.account_id FROM sc_my_grants() g
             WHERE g.permission = 'read_all'
            UNION
            SELECT g.team_id, g.account_id FROM sc_my_grants() g
             WHERE g.permission = 'read_team_inbox' AND g.team_id IS NOT NULL
            UNION
            SELECT t, g.account_id FROM sc_my_grants() g, unnest(sc_my_teams()) t
             WHERE g.permission = 'read_team_inbox' AND g.team_id IS NULL
        $$""",
        # conversations assigned to you are yours to read, if you hold any permission at all
        f"""CREATE FUNCTION sc_me_if_granted() RETURNS integer LANGUAGE sql {definer} AS $$
            SELECT sc_me() WHERE EXISTS (SELECT 1 FROM sc_my_grants())
        $$""",
        f"""CREATE FUNCTION sc_sees_conversation(ws integer, team integer, account integer,
                                                 assignee integer)
            RETURNS boolean LANGUAGE sql {definer} AS $$
            SELECT coalesce({visible("ws", "team", "account", "assignee")}, false)
        $$""",
        f"""CREATE FUNCTION sc_is_team_member(person integer, team integer)
            RETURNS boolean LANGUAGE sql {definer} AS $$
            SELECT EXISTS (
                SELECT 1 FROM employee_team et JOIN employee e ON e.id = et.employee_id
                WHERE et.employee_id = person AND et.team_id = team AND e.active
                  AND e.workspace_id = sc_workspace())
        $$""",
        f"""CREATE FUNCTION sc_conversation_workspace(conv integer)
            RETURNS integer LANGUAGE sql {definer} AS $$
            SELECT workspace_id FROM conversation WHERE id = conv
        $$""",
    ]


def _work_functions(schema: str) -> list[str]:
    """Work the policies alone cannot allow.

    PostgreSQL checks an UPDATE's new row against the reading policy too, so an agent cannot
    move a conversation out of their own scope with a plain UPDATE. A hand-off to another team
    goes through this function, which checks the same rights the conversation_work policy does.
    """
    definer = f"SECURITY DEFINER SET search_path = {schema}, pg_temp"
    return [
        f"""CREATE FUNCTION sc_hand_off(conv integer, to_team integer, note text DEFAULT NULL)
            RETURNS void LANGUAGE plpgsql {definer} AS $$
            DECLARE c record;
            BEGIN
                SELECT * INTO c FROM conversation WHERE id = conv FOR UPDATE;
                IF NOT FOUND
                   OR NOT sc_sees_conversation(c.workspace_id, c.team_id, c.brand_account_id,
                                               c.assignee_id)
                   OR NOT (sc_can('reply', c.team_id, c.brand_account_id)
                           OR sc_can('approve', c.team_id, c.brand_account_id)) THEN
                    RAISE EXCEPTION 'permission denied: the conversation is outside your scope'
                        USING ERRCODE = '42501';
                END IF;
                IF to_team IS NOT NULL AND NOT EXISTS (
                    SELECT 1 FROM team WHERE id = to_team AND workspace_id = c.workspace_id) THEN
                    RAISE EXCEPTION 'no such team' USING ERRCODE = '23503';
                END IF;
                UPDATE conversation
                   SET team_id = to_team, assignee_id = NULL, version = version + 1,
                       updated_at = now()
                 WHERE id = conv;
                INSERT INTO assignment (conversation_id, from_employee_id, to_team_id,
                                        by_employee_id, action, note, at)
                VALUES (conv, c.assignee_id, to_team, sc_me(), 'handoff', note, now());
            END $$""",
    ]


def _login_functions(schema: str) -> list[str]:
    """Provisioning login roles: only the owner, a superuser or an employee with manage_employees.

    Passwords arrive as SCRAM verifiers computed by the client (libpq's PQencryptPasswordConn),
    so a clear-text password never reaches the server, its statement log or this function.
    """
    definer = f"SECURITY DEFINER SET search_path = {schema}, pg_temp"
    guard = """
        IF NOT (session_user = current_user
                OR (SELECT rolsuper FROM pg_roles WHERE rolname = session_user)
                OR sc_can('manage_employees')) THEN
            RAISE EXCEPTION 'permission denied: managing employees needs manage_employees'
                USING ERRCODE = '42501';
        END IF;"""
    # a role we may touch: an ordinary login in the employee group, never an administrator
    # (an employee without a login, e.g. made before this migration, has nothing to change)
    employee_role = f"""
        SELECT * INTO r FROM pg_roles WHERE rolname = login;
        IF NOT FOUND THEN
            RETURN {{missing}};
        END IF;
        IF r.rolsuper OR r.rolcreaterole OR r.rolbypassrls
           OR pg_has_role(login, current_user, 'USAGE')
           OR NOT pg_has_role(login, '{GROUP}', 'MEMBER') THEN
            RAISE EXCEPTION 'the database role % is not an ordinary employee login', login
                USING ERRCODE = '42501';
        END IF;"""
    return [
        f"""CREATE FUNCTION sc_login_provision(login text, verifier text, can_login boolean)
            RETURNS void LANGUAGE plpgsql {definer} AS $$
            DECLARE r record;
            BEGIN
                {guard}
                IF verifier IS NOT NULL AND verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
                    RAISE EXCEPTION 'a password must be sent as a SCRAM verifier'
                        USING ERRCODE = '22023';
                END IF;
                SELECT * INTO r FROM pg_roles WHERE rolname = login;
                IF NOT FOUND THEN
                    EXECUTE format('CREATE ROLE %I %s IN ROLE {GROUP}', login,
                                   CASE WHEN can_login THEN 'LOGIN' ELSE 'NOLOGIN' END);
                ELSE
                    -- an existing role (e.g. synchronised from LDAP) is adopted, unless it is
                    -- an administrator or can act as the owner
                    IF r.rolsuper OR r.rolcreaterole OR r.rolbypassrls
                       OR pg_has_role(login, current_user, 'USAGE') THEN
                        RAISE EXCEPTION 'the database role % has administrator rights', login
                            USING ERRCODE = '42501';
                    END IF;
                    EXECUTE format('GRANT {GROUP} TO %I', login);
                    EXECUTE format('ALTER ROLE %I %s', login,
                                   CASE WHEN can_login THEN 'LOGIN' ELSE 'NOLOGIN' END);
                END IF;
                IF verifier IS NOT NULL THEN
                    EXECUTE format('ALTER ROLE %I PASSWORD %L', login, verifier);
                END IF;
            END $$""",
        f"""CREATE FUNCTION sc_login_password(login text, verifier text)
            RETURNS void LANGUAGE plpgsql {definer} AS $$
            DECLARE r record;
            BEGIN
                {guard}
                {employee_role.format(missing="")}
                IF verifier IS NULL OR verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
                    RAISE EXCEPTION 'a password must be sent as a SCRAM verifier'
                        USING ERRCODE = '22023';
                END IF;
                EXECUTE format('ALTER ROLE %I PASSWORD %L', login, verifier);
            END $$""",
        f"""CREATE FUNCTION sc_login_enable(login text, enabled boolean)
            RETURNS void LANGUAGE plpgsql {definer} AS $$
            DECLARE r record;
            BEGIN
                {guard}
                {employee_role.format(missing="")}
                EXECUTE format('ALTER ROLE %I %s', login,
                               CASE WHEN enabled THEN 'LOGIN' ELSE 'NOLOGIN' END);
            END $$""",
        f"""CREATE FUNCTION sc_login_end_sessions(login text)
            RETURNS integer LANGUAGE plpgsql {definer} AS $$
            DECLARE r record; n integer := 0; p integer;
            BEGIN
                {guard}
                {employee_role.format(missing="0")}
                FOR p IN SELECT pid FROM pg_stat_activity
                         WHERE usename = login AND pid <> pg_backend_pid() LOOP
                    IF pg_terminate_backend(p) THEN n := n + 1; END IF;
                END LOOP;
                RETURN n;
            END $$""",
    ]


def _triggers() -> list[str]:
    return [
        # the audit trail is append-only for everyone but the table's owner (who could drop the
        # trigger anyway); TRUNCATE too
        """CREATE FUNCTION sc_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF current_user <> (SELECT pg_get_userbyid(relowner) FROM pg_class
                                    WHERE oid = TG_RELID) THEN
                    RAISE EXCEPTION 'audit events cannot be changed or deleted'
                        USING ERRCODE = '42501';
                END IF;
                IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
                RETURN NEW;
            END $$""",
        """CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
            FOR EACH ROW EXECUTE FUNCTION sc_audit_append_only()""",
        """CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
            FOR EACH STATEMENT EXECUTE FUNCTION sc_audit_append_only()""",
        # an employee's event carries who wrote it, stamped by the server: no forged names
        """CREATE FUNCTION sc_audit_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF sc_is_employee() THEN
                    NEW.actor_id := sc_me();
                    NEW.actor_name := session_user;
                    NEW.workspace_id := sc_workspace();
                    NEW.at := now();
                END IF;
                RETURN NEW;
            END $$""",
        """CREATE TRIGGER audit_event_stamp BEFORE INSERT ON audit_event
            FOR EACH ROW EXECUTE FUNCTION sc_audit_stamp()""",
        # without manage_employees an employee changes only their availability and last seen
        """CREATE FUNCTION sc_employee_self_guard() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF sc_is_employee() AND NOT sc_can('manage_employees') AND (
                    NEW.display_name IS DISTINCT FROM OLD.display_name
                    OR NEW.email IS DISTINCT FROM OLD.email
                    OR NEW.active IS DISTINCT FROM OLD.active
                    OR NEW.capacity IS DISTINCT FROM OLD.capacity
                    OR NEW.failed_logins IS DISTINCT FROM OLD.failed_logins
                    OR NEW.locked_until IS DISTINCT FROM OLD.locked_until) THEN
                    RAISE EXCEPTION 'only IT can change this employee record'
                        USING ERRCODE = '42501';
                END IF;
                RETURN NEW;
            END $$""",
        """CREATE TRIGGER employee_self_guard BEFORE UPDATE ON employee
            FOR EACH ROW EXECUTE FUNCTION sc_employee_self_guard()""",
        # approval cannot be skipped by writing the status directly; sending is the publisher's
        """CREATE FUNCTION sc_outbox_guard() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE was text := CASE WHEN TG_OP = 'UPDATE' THEN OLD.status END;
            BEGIN
                IF NOT sc_is_employee() OR NEW.status IS NOT DISTINCT FROM was THEN
                    RETURN NEW;
                END IF;
                IF NEW.status IN ('sending', 'sent', 'failed') THEN
                    RAISE EXCEPTION 'only the publisher sets an item to %', NEW.status
                        USING ERRCODE = '42501';
                END IF;
                IF NEW.status IN ('approved', 'scheduled')
                   AND coalesce(was, '') NOT IN ('approved', 'scheduled')
                   AND NOT sc_can_account('approve', NEW.brand_account_id)
                   AND NOT (NEW.author_id = sc_me() AND sc_can_account(
                        CASE WHEN NEW.kind = 'post' THEN 'skip_approval_post'
                             ELSE 'skip_approval_reply' END, NEW.brand_account_id)) THEN
                    RAISE EXCEPTION 'this item needs approval first' USING ERRCODE = '42501';
                END IF;
                IF NEW.status = 'rejected'
                   AND NOT sc_can_account('approve', NEW.brand_account_id) THEN
                    RAISE EXCEPTION 'only an approver rejects an item' USING ERRCODE = '42501';
                END IF;
                RETURN NEW;
            END $$""",
        """CREATE TRIGGER outbox_item_guard BEFORE INSERT OR UPDATE ON outbox_item
            FOR EACH ROW EXECUTE FUNCTION sc_outbox_guard()""",
    ]


def _policy(name: str, table: str, command: str, using: str | None, check: str | None) -> str:
    sql = f"CREATE POLICY {name} ON {table} FOR {command} TO {GROUP}"
    if using is not None:
        sql += f" USING ({using})"
    if check is not None:
        sql += f" WITH CHECK ({check})"
    return sql


def _privileges_and_policies() -> list[str]:
    g = GROUP
    mine = "(SELECT sc_workspace())"
    manage = "sc_can('manage_employees')"
    conv_of = "EXISTS (SELECT 1 FROM conversation c WHERE c.id = {t}.conversation_id)"
    s: list[str] = []
    # -- workspace, teams, people, roles ----------------------------------------------------
    s += [
        f"GRANT SELECT ON workspace TO {g}",
        f"GRANT UPDATE (crisis_mode, publishing_paused, paused_reason, settings) ON workspace TO {g}",
        _policy("workspace_read", "workspace", "SELECT", f"id = {mine}", None),
        _policy(
            "workspace_control",
            "workspace",
            "UPDATE",
            f"id = {mine} AND (sc_can('crisis_control') OR sc_can('pause_publishing') "
            "OR sc_can('manage_routing'))",
            f"id = {mine}",
        ),
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON team TO {g}",
        _policy("team_read", "team", "SELECT", f"workspace_id = {mine}", None),
        _policy(
            "team_manage",
            "team",
            "ALL",
            f"workspace_id = {mine} AND {manage}",
            f"workspace_id = {mine} AND {manage}",
        ),
        # the directory: names for assignees and hand-offs; private columns are not granted
        f"GRANT SELECT ({EMPLOYEE_PUBLIC_COLUMNS}) ON employee TO {g}",
        f"GRANT INSERT ON employee TO {g}",
        f"GRANT UPDATE (display_name, email, active, availability, capacity, last_seen_at, "
        f"failed_logins, locked_until) ON employee TO {g}",
        _policy("employee_directory", "employee", "SELECT", f"workspace_id = {mine}", None),
        _policy(
            "employee_manage",
            "employee",
            "ALL",
            f"workspace_id = {mine} AND {manage}",
            f"workspace_id = {mine} AND {manage}",
        ),
        _policy("employee_self", "employee", "UPDATE", "id = (SELECT sc_me())", "id = sc_me()"),
        f"GRANT SELECT, INSERT, DELETE ON employee_team TO {g}",
        _policy(
            "employee_team_read",
            "employee_team",
            "SELECT",
            "EXISTS (SELECT 1 FROM team t WHERE t.id = employee_team.team_id)",
            None,
        ),
        _policy(
            "employee_team_manage",
            "employee_team",
            "ALL",
            f"{manage} AND EXISTS (SELECT 1 FROM team t WHERE t.id = employee_team.team_id)",
            f"{manage} AND EXISTS (SELECT 1 FROM team t WHERE t.id = employee_team.team_id "
            f"AND t.workspace_id = sc_workspace())",
        ),
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON role TO {g}",
        _policy("role_read", "role", "SELECT", f"workspace_id = {mine}", None),
        _policy(
            "role_manage",
            "role",
            "ALL",
            f"workspace_id = {mine} AND {manage}",
            f"workspace_id = {mine} AND {manage}",
        ),
        f"GRANT SELECT, INSERT, DELETE ON role_permission TO {g}",
        _policy(
            "role_permission_read",
            "role_permission",
            "SELECT",
            "EXISTS (SELECT 1 FROM role r WHERE r.id = role_permission.role_id)",
            None,
        ),
        _policy(
            "role_permission_manage",
            "role_permission",
            "ALL",
            f"{manage} AND EXISTS (SELECT 1 FROM role r WHERE r.id = role_permission.role_id)",
            f"{manage} AND EXISTS (SELECT 1 FROM role r WHERE r.id = role_permission.role_id)",
        ),
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON role_grant TO {g}",
        _policy("role_grant_read", "role_grant", "SELECT", "employee_id = (SELECT sc_me())", None),
        _policy(
            "role_grant_manage",
            "role_grant",
            "ALL",
            f"{manage} AND EXISTS (SELECT 1 FROM employee e WHERE e.id = role_grant.employee_id)",
            f"{manage} AND EXISTS (SELECT 1 FROM employee e WHERE e.id = role_grant.employee_id)",
        ),
    ]
    # -- brand accounts and customers ------------------------------------------------------
    s += [
        f"GRANT SELECT, INSERT, DELETE ON brand_account TO {g}",
        f"GRANT UPDATE (display_name, status, status_reason, settings, publishing_paused, "
        f"paused_reason) ON brand_account TO {g}",
        _policy("brand_account_read", "brand_account", "SELECT", f"workspace_id = {mine}", None),
        _policy(
            "brand_account_manage",
            "brand_account",
            "ALL",
            f"workspace_id = {mine} AND sc_can('manage_accounts', NULL, id)",
            f"workspace_id = {mine} AND sc_can('manage_accounts', NULL, id)",
        ),
        _policy(
            "brand_account_pause",
            "brand_account",
            "UPDATE",
            f"workspace_id = {mine} AND sc_can('pause_publishing', NULL, id)",
            f"workspace_id = {mine}",
        ),
        # contact details are not granted at all: they are read through customer_contact
        f"GRANT SELECT ({CUSTOMER_PUBLIC_COLUMNS}) ON customer TO {g}",
        f"GRANT UPDATE (vip) ON customer TO {g}",
        _policy(
            "customer_read",
            "customer",
            "SELECT",
            "EXISTS (SELECT 1 FROM conversation c WHERE c.customer_id = customer.id)",
            None,
        ),
        _policy(
            "customer_vip",
            "customer",
            "UPDATE",
            "EXISTS (SELECT 1 FROM conversation c WHERE c.customer_id = customer.id)",
            None,
        ),
    ]
    # -- the inbox ---------------------------------------------------------------------------
    work = (
        "(sc_can('reply', conversation.team_id, conversation.brand_account_id) "
        "OR sc_can('approve', conversation.team_id, conversation.brand_account_id))"
    )
    s += [
        f"GRANT SELECT ON conversation TO {g}",
        f"GRANT UPDATE ({CONVERSATION_WORK_COLUMNS}) ON conversation TO {g}",
        _policy("conversation_read", "conversation", "SELECT", CONVERSATION_VISIBLE, None),
        # work on what you can read and answer; hand to nobody, yourself, or a member of the
        # team it goes to; into a team of your own workspace
        _policy(
            "conversation_work",
            "conversation",
            "UPDATE",
            f"{CONVERSATION_VISIBLE} AND {work}",
            f"workspace_id = {mine}"
            " AND (conversation.team_id IS NULL"
            " OR EXISTS (SELECT 1 FROM team t WHERE t.id = conversation.team_id))"
            " AND (conversation.assignee_id IS NULL"
            " OR conversation.assignee_id = (SELECT sc_me())"
            " OR sc_is_team_member(conversation.assignee_id, conversation.team_id))",
        ),
        f"GRANT SELECT ON message TO {g}",
        _policy("message_read", "message", "SELECT", conv_of.format(t="message"), None),
        f"GRANT SELECT, INSERT ON assignment TO {g}",
        _policy(
            "assignment_read",
            "assignment",
            "SELECT",
            f"{conv_of.format(t='assignment')} OR by_employee_id = (SELECT sc_me())",
            None,
        ),
        _policy(
            "assignment_write",
            "assignment",
            "INSERT",
            None,
            f"by_employee_id = sc_me() AND sc_conversation_workspace(conversation_id) = {mine}",
        ),
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON note TO {g}",
        _policy("note_read", "note", "SELECT", conv_of.format(t="note"), None),
        _policy(
            "note_write",
            "note",
            "INSERT",
            None,
            f"author_id = sc_me() AND {conv_of.format(t='note')}",
        ),
        _policy("note_own_update", "note", "UPDATE", "author_id = (SELECT sc_me())", None),
        _policy("note_own_delete", "note", "DELETE", "author_id = (SELECT sc_me())", None),
        f"GRANT SELECT, INSERT, DELETE ON conversation_tag TO {g}",
        _policy(
            "conversation_tag_all",
            "conversation_tag",
            "ALL",
            conv_of.format(t="conversation_tag"),
            conv_of.format(t="conversation_tag"),
        ),
        f"GRANT SELECT, INSERT, UPDATE ON outbox_item TO {g}",
        _policy(
            "outbox_read",
            "outbox_item",
            "SELECT",
            "author_id = (SELECT sc_me())"
            f" OR (conversation_id IS NOT NULL AND {conv_of.format(t='outbox_item')})"
            " OR sc_can_account('approve', brand_account_id)"
            " OR sc_can_account('post_as_brand', brand_account_id)"
            " OR sc_can('crisis_control') OR sc_can('pause_publishing')",
            None,
        ),
        _policy(
            "outbox_write",
            "outbox_item",
            "INSERT",
            None,
            f"author_id = sc_me() AND workspace_id = {mine} AND ("
            " (kind = 'reply' AND EXISTS (SELECT 1 FROM conversation c"
            "   WHERE c.id = outbox_item.conversation_id"
            "     AND sc_can('reply', c.team_id, c.brand_account_id)))"
            " OR (kind = 'post' AND sc_can_account('post_as_brand', brand_account_id)))",
        ),
        _policy(
            "outbox_update",
            "outbox_item",
            "UPDATE",
            "author_id = (SELECT sc_me()) OR sc_can_account('approve', brand_account_id)"
            " OR sc_can('pause_publishing') OR sc_can('crisis_control')",
            f"workspace_id = {mine}",
        ),
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON presence TO {g}",
        _policy("presence_read", "presence", "SELECT", conv_of.format(t="presence"), None),
        _policy(
            "presence_own",
            "presence",
            "ALL",
            "employee_id = (SELECT sc_me())",
            f"employee_id = sc_me() AND {conv_of.format(t='presence')}",
        ),
    ]
    # -- the trail, the feed, settings -------------------------------------------------------
    s += [
        # INSERT only: no UPDATE, DELETE or TRUNCATE privilege, and the trigger refuses anyway
        f"GRANT SELECT, INSERT ON audit_event TO {g}",
        _policy(
            "audit_read",
            "audit_event",
            "SELECT",
            f"actor_id = (SELECT sc_me()) OR (workspace_id = {mine} AND {manage})",
            None,
        ),
        _policy("audit_append", "audit_event", "INSERT", None, "true"),
        # the change feed: ids only, every workstation listens to it
        f"GRANT SELECT, INSERT ON change_event TO {g}",
        f"GRANT SELECT ON alembic_version TO {g}",
        f"GRANT SELECT ON sync_rejection TO {g}",
        _policy(
            "sync_rejection_read",
            "sync_rejection",
            "SELECT",
            "sc_can('manage_accounts', NULL, brand_account_id)",
            None,
        ),
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON canned_reply TO {g}",
        _policy(
            "canned_reply_read",
            "canned_reply",
            "SELECT",
            f"workspace_id = {mine} AND ((team_id IS NULL AND owner_id IS NULL)"
            " OR team_id IN (SELECT unnest(sc_my_teams())) OR owner_id = (SELECT sc_me()))",
            None,
        ),
        _policy(
            "canned_reply_write",
            "canned_reply",
            "ALL",
            f"workspace_id = {mine} AND (owner_id = (SELECT sc_me())"
            " OR (owner_id IS NULL AND sc_can('manage_routing')))",
            f"workspace_id = {mine} AND (owner_id = sc_me()"
            " OR (owner_id IS NULL AND sc_can('manage_routing')))",
        ),
    ]
    for table in ("routing_rule", "sla_policy"):
        s += [
            f"GRANT SELECT, INSERT, UPDATE, DELETE ON {table} TO {g}",
            _policy(f"{table}_read", table, "SELECT", f"workspace_id = {mine}", None),
            _policy(
                f"{table}_manage",
                table,
                "ALL",
                f"workspace_id = {mine} AND sc_can('manage_routing')",
                f"workspace_id = {mine} AND sc_can('manage_routing')",
            ),
        ]
    s += [
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON saved_view TO {g}",
        _policy(
            "saved_view_own",
            "saved_view",
            "ALL",
            "employee_id = (SELECT sc_me())",
            "employee_id = sc_me()",
        ),
        f"GRANT SELECT, INSERT, DELETE ON notification TO {g}",
        f"GRANT UPDATE (read_at) ON notification TO {g}",
        _policy(
            "notification_own", "notification", "SELECT", "employee_id = (SELECT sc_me())", None
        ),
        _policy(
            "notification_read", "notification", "UPDATE", "employee_id = (SELECT sc_me())", None
        ),
        _policy(
            "notification_dismiss", "notification", "DELETE", "employee_id = (SELECT sc_me())", None
        ),
        # anyone may notify a colleague in their workspace (mentions, hand-offs)
        _policy(
            "notification_send",
            "notification",
            "INSERT",
            None,
            "EXISTS (SELECT 1 FROM employee e WHERE e.id = notification.employee_id)",
        ),
    ]
    return s


def _views_postgres() -> list[str]:
    g = GROUP
    return [
        # e-mail and lock-out state: your own, or everyone's for IT; never the password hash
        """CREATE VIEW employee_private WITH (security_barrier) AS
            SELECT id, email, failed_logins, locked_until, last_seen_at FROM employee
            WHERE NOT sc_is_employee() OR id = sc_me()
               OR (workspace_id = sc_workspace() AND sc_can('manage_employees'))""",
        f"GRANT SELECT ON employee_private TO {g}",
        # contact details: only with see_contact_details for a conversation you can read
        """CREATE VIEW customer_contact WITH (security_barrier) AS
            SELECT cu.id, cu.contact FROM customer cu
            WHERE NOT sc_is_employee() OR EXISTS (
                SELECT 1 FROM conversation c
                WHERE c.customer_id = cu.id
                  AND sc_sees_conversation(c.workspace_id, c.team_id, c.brand_account_id,
                                           c.assignee_id)
                  AND sc_can('see_contact_details', c.team_id, c.brand_account_id))""",
        f"GRANT SELECT ON customer_contact TO {g}",
    ]


HELPER_FUNCTIONS = (
    "sc_me()",
    "sc_workspace()",
    "sc_is_employee()",
    "sc_my_grants()",
    "sc_my_teams()",
    "sc_can(text, integer, integer)",
    "sc_can_account(text, integer)",
    "sc_read_scopes()",
    "sc_me_if_granted()",
    "sc_sees_conversation(integer, integer, integer, integer)",
    "sc_is_team_member(integer, integer)",
    "sc_conversation_workspace(integer)",
    "sc_hand_off(integer, integer, text)",
    "sc_login_provision(text, text, boolean)",
    "sc_login_password(text, text)",
    "sc_login_enable(text, boolean)",
    "sc_login_end_sessions(text)",
)


def _run(sql: str) -> None:
    """Function bodies go to the server verbatim (no bind-parameter parsing of % or :)."""
    cursor = op.get_bind().connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.execute(sql)  # no parameters: psycopg sends the text as it is
    finally:
        cursor.close()


def upgrade() -> None:
    bind = op.get_bind()
    if op.get_context().dialect.name != "postgresql":
        op.execute(
            "CREATE VIEW employee_private AS "
            "SELECT id, email, failed_logins, locked_until, last_seen_at FROM employee"
        )
        op.execute("CREATE VIEW customer_contact AS SELECT id, contact FROM customer")
        return
    schema = bind.exec_driver_sql("SELECT current_schema()").scalar()
    _run(
        f"""DO $$ BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{GROUP}') THEN
                CREATE ROLE {GROUP} NOLOGIN;
            END IF;
        END $$"""
    )
    # only employees (and the owner) connect to this database
    _run(
        f"""DO $$ BEGIN
            EXECUTE format('REVOKE CONNECT ON DATABASE %I FROM PUBLIC', current_database());
            EXECUTE format('GRANT CONNECT ON DATABASE %I TO {GROUP}', current_database());
        EXCEPTION WHEN insufficient_privilege THEN
            RAISE WARNING 'not the database owner: CONNECT left as it was';
        END $$"""
    )
    for sql in _helpers(schema) + _work_functions(schema) + _login_functions(schema):
        _run(sql)
    for fn in HELPER_FUNCTIONS:
        _run(f"REVOKE ALL ON FUNCTION {fn} FROM PUBLIC")
        _run(f"GRANT EXECUTE ON FUNCTION {fn} TO {GROUP}")
    for sql in _triggers():
        _run(sql)
    for table in RLS_TABLES:
        _run(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
    for sql in _privileges_and_policies():
        _run(sql)
    _run(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {GROUP}")
    for sql in _views_postgres():
        _run(sql)


def downgrade() -> None:
    op.execute("DROP VIEW IF EXISTS customer_contact")
    op.execute("DROP VIEW IF EXISTS employee_private")
    if op.get_context().dialect.name != "postgresql":
        return
    bind = op.get_bind()
    schema = bind.exec_driver_sql("SELECT current_schema()").scalar()
    policies = bind.exec_driver_sql(
        "SELECT policyname, tablename FROM pg_policies WHERE schemaname = current_schema()"
    ).all()
    for name, table in policies:
        _run(f"DROP POLICY {name} ON {table}")
    for table in RLS_TABLES:
        _run(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
    for trig, table in (
        ("audit_event_append_only", "audit_event"),
        ("audit_event_no_truncate", "audit_event"),
        ("audit_event_stamp", "audit_event"),
        ("employee_self_guard", "employee"),
        ("outbox_item_guard", "outbox_item"),
    ):
        _run(f"DROP TRIGGER IF EXISTS {trig} ON {table}")
    for fn in (
        "sc_audit_append_only()",
        "sc_audit_stamp()",
        "sc_employee_self_guard()",
        "sc_outbox_guard()",
        *reversed(HELPER_FUNCTIONS),
    ):
        _run(f"DROP FUNCTION IF EXISTS {fn}")
    _run(f"REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM {GROUP}")
    _run(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {schema} FROM {GROUP}")
    # the group role is cluster-wide and may serve other databases: it is left in place
