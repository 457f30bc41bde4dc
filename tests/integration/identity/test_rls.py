"""Row-level security on a real PostgreSQL: employees connected directly, with raw SQL.

Each test connects as an employee's own login role (the way psql would) and proves what the
database lets them do — and that it matches what the services allow.
"""

from __future__ import annotations

import psycopg
import pytest
from psycopg import errors

from app.identity import provisioning as identity
from app.identity.access import AccessDenied, load_actor
from app.inbox import views as inbox
from tests.integration.identity.conftest import PASSWORD, World

pytestmark = pytest.mark.postgres

EXPECTED = {
    "agent": {"support", "support_eu", "assigned"},  # team queue + assigned to them
    "agent2": {"support", "support_eu"},
    "lead": {"support", "support_eu"},
    "sales": {"sales", "sales_eu", "assigned"},
    "pr": {"support", "sales", "sales_eu", "assigned", "orphan", "support_eu"},  # read_all
    "eu": {"sales_eu", "support_eu"},  # read_all scoped to one brand account
    "admin": set(),  # IT manages people, reads no inbox
    "nobody": set(),  # in a team, but no role
}


def _names(w: World, ids: set[int]) -> set[str]:
    back = {v: k for k, v in w.conv.items()}
    return {back[i] for i in ids}


def _one(conn: psycopg.Connection, sql: str, *params: object) -> object:
    row = conn.execute(sql, params).fetchone()
    return row[0] if row else None


@pytest.mark.parametrize("who", sorted(EXPECTED))
def test_each_employee_reads_exactly_their_scope(world: World, who: str) -> None:
    with world.connect(who) as conn:
        convs = {r[0] for r in conn.execute("SELECT id FROM conversation")}
        msgs = {r[0] for r in conn.execute("SELECT conversation_id FROM message")}
        notes = {r[0] for r in conn.execute("SELECT conversation_id FROM note")}
        customers = {r[0] for r in conn.execute("SELECT id FROM customer")}
    assert _names(world, convs) == EXPECTED[who]
    assert _names(world, msgs) == EXPECTED[who]
    assert _names(world, notes) == EXPECTED[who]
    assert customers == {world.customers[k] for k in EXPECTED[who]}


@pytest.mark.parametrize("who", sorted(EXPECTED))
def test_database_scope_mirrors_the_services(world: World, who: str) -> None:
    """The same person through the app's scoped query on the owner's connection."""
    with world.console.session() as s:
        actor = load_actor(s, world.ids[who])
        ids, _ = inbox.page_ids(s, actor, inbox.InboxFilter(), 1000)
    assert _names(world, set(ids)) == EXPECTED[who]


def test_the_app_connected_as_an_employee_gets_the_same_rows(world: World) -> None:
    """The services on the employee's own connection: RLS and the service filter agree."""
    from app.session.signin import sign_in_postgres

    console = sign_in_postgres(world.url(), world.login("agent"), PASSWORD)
    try:
        with console.session() as s:
            ids, _ = inbox.page_ids(s, console.actor, inbox.InboxFilter(), 1000)
            rows = inbox.rows_for(s, console.actor, ids)
            view = inbox.thread(s, console.actor, world.conv["support"])
        assert _names(world, set(ids)) == EXPECTED["agent"]
        assert set(rows) == set(ids) and view.messages
    finally:
        console.close()


# -- assignments ------------------------------------------------------------------------------
def test_agent_cannot_change_assignments_outside_their_scope(world: World) -> None:
    with world.connect("agent") as conn:
        # another team's conversation: invisible, so the update touches nothing
        cur = conn.execute(
            "UPDATE conversation SET assignee_id = %s WHERE id = %s",
            (world.ids["agent"], world.conv["sales"]),
        )
        assert cur.rowcount == 0
        cur = conn.execute(
            "UPDATE conversation SET team_id = NULL WHERE id = %s", (world.conv["orphan"],)
        )
        assert cur.rowcount == 0
        # their own queue, but handed to someone outside the team: refused
        with pytest.raises(errors.InsufficientPrivilege, match="row-level security"):
            conn.execute(
                "UPDATE conversation SET assignee_id = %s WHERE id = %s",
                (world.ids["sales"], world.conv["support"]),
            )
        # columns that are not the agent's to change
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute(
                "UPDATE conversation SET brand_account_id = brand_account_id WHERE id = %s",
                (world.conv["support"],),
            )
        # writing history in someone else's name
        with pytest.raises(errors.InsufficientPrivilege, match="row-level security"):
            conn.execute(
                "INSERT INTO assignment (conversation_id, by_employee_id, action, at) "
                "VALUES (%s, %s, 'assign', now())",
                (world.conv["support"], world.ids["lead"]),
            )
    with world.console.session() as s:
        from app.db.models import Conversation

        assert s.get(Conversation, world.conv["sales"]).assignee_id is None


def test_agent_claims_hands_to_a_teammate_and_hands_off_to_a_team(world: World) -> None:
    with world.connect("agent") as conn:
        cid = world.conv["support_eu"]
        assert (
            conn.execute(
                "UPDATE conversation SET assignee_id = %s WHERE id = %s AND assignee_id IS NULL",
                (world.ids["agent"], cid),
            ).rowcount
            == 1
        )
        conn.execute(
            "INSERT INTO assignment (conversation_id, by_employee_id, to_employee_id, action, at)"
            " VALUES (%s, %s, %s, 'claim', now())",
            (cid, world.ids["agent"], world.ids["agent"]),
        )
        # to a teammate
        assert (
            conn.execute(
                "UPDATE conversation SET assignee_id = %s WHERE id = %s", (world.ids["agent2"], cid)
            ).rowcount
            == 1
        )
    with world.connect("agent2") as conn:
        sales_team = _one(conn, "SELECT id FROM team WHERE name = 'Sales'")
        # a plain UPDATE cannot move it out of their own scope (PostgreSQL checks the new row
        # against the reading policy); the guarded hand-off function can
        with pytest.raises(errors.InsufficientPrivilege, match="row-level security"):
            conn.execute(
                "UPDATE conversation SET team_id = %s, assignee_id = NULL WHERE id = %s",
                (sales_team, cid),
            )
        conn.execute("SELECT sc_hand_off(%s, %s, 'for sales')", (cid, sales_team))
        assert _one(conn, "SELECT count(*) FROM conversation WHERE id = %s", cid) == 0
        # and not for a conversation they cannot see
        with pytest.raises(errors.InsufficientPrivilege, match="outside your scope"):
            conn.execute("SELECT sc_hand_off(%s, %s)", (world.conv["sales"], sales_team))
    # put it back for the other tests
    with world.connect("sales") as conn:
        support = _one(conn, "SELECT id FROM team WHERE name = 'Support'")
        conn.execute("SELECT sc_hand_off(%s, %s)", (cid, support))


# -- people and private data -------------------------------------------------------------------
def test_no_one_reads_password_hashes_or_private_columns(world: World) -> None:
    with world.connect("agent") as conn:
        for col in ("password_hash", "email", "failed_logins", "locked_until"):
            with pytest.raises(errors.InsufficientPrivilege):
                conn.execute(f"SELECT {col} FROM employee")
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("SELECT * FROM employee")
        names = {r[0] for r in conn.execute("SELECT username FROM employee")}
        assert world.login("sales") in names  # the directory is shared: names for hand-offs
        mine = conn.execute("SELECT id, email FROM employee_private").fetchall()
        assert mine == [(world.ids["agent"], "agent@example.com")]
        # others' grants are not theirs to read
        grants = {r[0] for r in conn.execute("SELECT employee_id FROM role_grant")}
        assert grants == {world.ids["agent"]}
    with world.connect("admin") as conn:
        emails = dict(conn.execute("SELECT id, email FROM employee_private").fetchall())
        assert emails[world.ids["sales"]] == "sales@example.com"
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("SELECT password_hash FROM employee")


def test_agent_cannot_raise_their_own_rights(world: World) -> None:
    with world.connect("agent") as conn:
        admin_role = _one(conn, "SELECT id FROM role WHERE name = 'it admin'")
        with pytest.raises(errors.InsufficientPrivilege, match="row-level security"):
            conn.execute(
                "INSERT INTO role_grant (employee_id, role_id) VALUES (%s, %s)",
                (world.ids["agent"], admin_role),
            )
        agent_role = _one(conn, "SELECT id FROM role WHERE name = 'agent'")
        with pytest.raises(errors.InsufficientPrivilege, match="row-level security"):
            conn.execute(
                "INSERT INTO role_permission (role_id, permission) VALUES (%s, 'read_all')",
                (agent_role,),
            )
        support = _one(conn, "SELECT id FROM team WHERE name = 'Sales'")
        with pytest.raises(errors.InsufficientPrivilege, match="row-level security"):
            conn.execute(
                "INSERT INTO employee_team (employee_id, team_id) VALUES (%s, %s)",
                (world.ids["agent"], support),
            )
        # own record: availability yes, anything IT decides no
        conn.execute(
            "UPDATE employee SET availability = 'busy' WHERE id = %s", (world.ids["agent"],)
        )
        with pytest.raises(errors.InsufficientPrivilege, match="only IT"):
            conn.execute("UPDATE employee SET capacity = 99 WHERE id = %s", (world.ids["agent"],))
        assert (
            conn.execute(
                "UPDATE employee SET active = false WHERE id = %s", (world.ids["lead"],)
            ).rowcount
            == 0
        )
        with pytest.raises(errors.InsufficientPrivilege, match="managing employees"):
            conn.execute("SELECT sc_login_provision('intruder', NULL, true)")
        with pytest.raises(errors.InsufficientPrivilege, match="managing employees"):
            conn.execute("SELECT sc_login_end_sessions(%s)", (world.login("lead"),))
        # SET ROLE to the group changes nothing: identity is the login itself
        conn.execute("SET ROLE sc_employee")
        assert (
            _names(world, {r[0] for r in conn.execute("SELECT id FROM conversation")})
            == (EXPECTED["agent"])
        )


def test_contact_details_only_with_the_permission(world: World) -> None:
    with world.connect("agent") as conn:
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("SELECT contact FROM customer")
        assert conn.execute("SELECT * FROM customer_contact").fetchall() == []
    with world.connect("lead") as conn:  # team lead: see_contact_details, support queue only
        rows = dict(conn.execute("SELECT id, contact::text FROM customer_contact").fetchall())
        assert set(rows) == {world.customers["support"], world.customers["support_eu"]}
        assert "+1-555" in rows[world.customers["support"]]


# -- the audit trail ---------------------------------------------------------------------------
def test_audit_events_are_append_only_and_stamped(world: World) -> None:
    with world.connect("agent") as conn:
        # a forged name is replaced by the server with who really wrote it
        row = conn.execute(
            "INSERT INTO audit_event (actor_id, actor_name, action, detail, at) "
            "VALUES (%s, 'ceo', 'reply_sent', '{}', now() - interval '9 days') "
            "RETURNING actor_id, actor_name, at > now() - interval '1 minute'",
            (world.ids["lead"],),
        ).fetchone()
        assert row == (world.ids["agent"], world.login("agent"), True)
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("UPDATE audit_event SET action = 'nothing'")
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("DELETE FROM audit_event")
        with pytest.raises(errors.InsufficientPrivilege):
            conn.execute("TRUNCATE audit_event")
        # they read their own events only
        actors = {r[0] for r in conn.execute("SELECT DISTINCT actor_id FROM audit_event")}
        assert actors == {world.ids["agent"]}
    with world.connect("admin") as conn:
        assert _one(conn, "SELECT count(DISTINCT action) FROM audit_event") >= 2


def test_audit_trigger_stops_even_a_role_granted_update(world: World) -> None:
    """Privileges given by mistake are not enough: only the table's owner changes the trail."""
    role = f"auditor_{world.sfx}"
    with psycopg.connect(world.cluster.conninfo(world.dbname), autocommit=True) as su:
        su.execute(f"CREATE ROLE {role} LOGIN PASSWORD 'auditor-pw' BYPASSRLS")
        su.execute(f"GRANT CONNECT ON DATABASE {world.dbname} TO {role}")
        su.execute(f"GRANT SELECT, UPDATE, DELETE, TRUNCATE ON audit_event TO {role}")
    with psycopg.connect(
        world.cluster.conninfo(world.dbname, user=role, password="auditor-pw"), autocommit=True
    ) as conn:
        for sql in (
            "UPDATE audit_event SET action = 'x'",
            "DELETE FROM audit_event",
            "TRUNCATE audit_event",
        ):
            with pytest.raises(errors.InsufficientPrivilege, match="cannot be changed"):
                conn.execute(sql)


# -- the change feed, the outbox ---------------------------------------------------------------
def test_change_feed_stays_readable(world: World) -> None:
    with world.connect("sales") as conn:
        assert _one(conn, "SELECT count(*) FROM change_event") >= 1
        conn.execute("INSERT INTO change_event (at, topic, ids) VALUES (now(), 'note', '[1]')")


def test_approval_cannot_be_skipped_by_writing_the_status(world: World) -> None:
    # sales is a limited role: its replies wait for approval (agents reply directly)
    with world.connect("sales") as conn:
        acc = _one(
            conn, "SELECT brand_account_id FROM conversation WHERE id = %s", world.conv["sales"]
        )
        ws = _one(conn, "SELECT id FROM workspace")
        insert = (
            "INSERT INTO outbox_item (workspace_id, brand_account_id, conversation_id, kind, text,"
            " media, status, author_id, idempotency_key, attempts, created_at, updated_at)"
            " VALUES (%s, %s, %s, 'reply', 'hi', '[]', %s, %s, %s, 0, now(), now()) RETURNING id"
        )
        with pytest.raises(errors.InsufficientPrivilege, match="needs approval"):
            conn.execute(
                insert, (ws, acc, world.conv["sales"], "approved", world.ids["sales"], "k1")
            )
        item = _one(
            conn,
            insert,
            ws,
            acc,
            world.conv["sales"],
            "awaiting_approval",
            world.ids["sales"],
            "k2",
        )
        with pytest.raises(errors.InsufficientPrivilege, match="needs approval"):
            conn.execute("UPDATE outbox_item SET status = 'approved' WHERE id = %s", (item,))
        with pytest.raises(errors.InsufficientPrivilege, match="publisher"):
            conn.execute("UPDATE outbox_item SET status = 'sent' WHERE id = %s", (item,))
        # a reply into another team's conversation is refused outright
        with pytest.raises(errors.InsufficientPrivilege, match="row-level security"):
            conn.execute(
                insert, (ws, acc, world.conv["support"], "draft", world.ids["sales"], "k3")
            )
    with world.connect("lead") as conn:  # the team lead approves
        assert (
            conn.execute(
                "UPDATE outbox_item SET status = 'approved', approver_id = %s WHERE id = %s",
                (world.ids["lead"], item),
            ).rowcount
            == 1
        )


# -- provisioning from the app, as the IT admin's own login ------------------------------------
def test_it_admin_provisions_a_login_through_their_own_connection(world: World) -> None:
    from app.session.signin import sign_in_postgres

    console = sign_in_postgres(world.url(), world.login("admin"), PASSWORD)
    newbie = f"newbie_{world.sfx}"
    try:
        with console.factory() as s, s.begin():
            identity.add_employee(
                s,
                console.actor,
                newbie,
                "New Person",
                teams=["Sales"],
                roles=["sales"],
                password="first-day-pw",
            )
    finally:
        console.close()
    with psycopg.connect(
        world.cluster.conninfo(world.dbname, user=newbie, password="first-day-pw")
    ) as conn:
        assert (
            _names(world, {r[0] for r in conn.execute("SELECT id FROM conversation")})
            == (EXPECTED["sales"])
        )
    # an agent signed in as themselves cannot do the same
    agent = sign_in_postgres(world.url(), world.login("agent"), PASSWORD)
    try:
        with agent.factory() as s, pytest.raises(AccessDenied):
            identity.add_employee(s, agent.actor, f"x_{world.sfx}", "X", password="whatever-pw")
    finally:
        agent.close()


def test_password_never_reaches_the_server_in_clear(world: World) -> None:
    with psycopg.connect(world.cluster.conninfo(world.dbname), autocommit=True) as su:
        stored = _one(su, "SELECT rolpassword FROM pg_authid WHERE rolname = %s", world.login("pr"))
    assert str(stored).startswith("SCRAM-SHA-256$") and PASSWORD not in str(stored)


def test_adopting_an_administrator_role_is_refused(world: World) -> None:
    boss = f"boss_{world.sfx}"
    with psycopg.connect(world.cluster.conninfo(world.dbname), autocommit=True) as su:
        su.execute(f"CREATE ROLE {boss} LOGIN CREATEROLE")
    with world.console.factory() as s:
        it = identity.system_actor(s)
        with pytest.raises(identity.IdentityError, match="administrator rights"):
            identity.add_employee(s, it, boss, "Boss")
        s.rollback()
