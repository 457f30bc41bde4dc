"""Provisioning on both backends: people, roles, the last IT admin, bad input, CSV import."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import func, select

from app.db.models import AuditEvent, ChangeEvent, Employee
from app.identity import directory, provisioning
from app.identity.access import AccessDenied, Permission, load_actor
from app.identity.auth import SignInError, authenticate


def _it(console):
    with console.session() as s:
        return load_actor(s, s.scalar(select(Employee.id).where(Employee.username == "ines")))


def _name(prefix: str) -> str:
    # login roles are cluster-wide on PostgreSQL: unique names keep test databases apart
    return f"{prefix}{uuid.uuid4().hex[:6]}"


def test_add_grant_and_sign_in(demo_console) -> None:
    ines, who = _it(demo_console), _name("dana")
    with demo_console.factory() as s, s.begin():
        provisioning.add_employee(
            s,
            ines,
            who,
            "Dana Fox",
            email="dana@acme.example",
            teams=["Sales"],
            roles=["sales"],
            password="dana-password",
        )
        provisioning.grant_role(s, ines, who, "pr", account="acme_help")
    with demo_console.session() as s:
        lines = directory.effective_permissions(s, ines, who)
        scopes = {(line.permission, line.scope) for line in lines}
        assert (Permission.READ_ALL, "account @acme_help") in scopes
        assert (Permission.READ_TEAM_INBOX, "own teams: Sales") in scopes
        actions = s.scalars(select(AuditEvent.action).order_by(AuditEvent.id)).all()
        assert actions[-2:] == ["employee_added", "role_granted"]
        topics = s.scalars(select(ChangeEvent.topic)).all()
        assert topics.count("employee") == 2
        row = next(e for e in directory.list_employees(s, ines) if e.username == who)
        assert row.email == "dana@acme.example" and row.teams == ("Sales",)
    if demo_console.backend == "sqlite":
        with demo_console.session() as s:
            assert authenticate(s, who, "dana-password").username == who
    else:
        from app.session.signin import sign_in_postgres

        url = demo_console.engine.url.render_as_string(hide_password=False)
        sign_in_postgres(url, who, "dana-password", delay=0).close()


BAD_REQUESTS = [
    (lambda s, a: provisioning.add_employee(s, a, "alice", "Alice Two"), "is taken"),
    (lambda s, a: provisioning.add_employee(s, a, "Bad Name!", "X"), "not a valid user name"),
    (
        lambda s, a: provisioning.add_employee(s, a, "zed", "Zed", teams=["Nope"]),
        "no team named “Nope”",
    ),
    (
        lambda s, a: provisioning.add_employee(s, a, "zed", "Zed", roles=["wizard"]),
        "no role named “wizard”",
    ),
    (lambda s, a: provisioning.add_employee(s, a, "zed", "Zed", password="short"), "at least 8"),
    (lambda s, a: provisioning.deactivate(s, a, "ghost"), "no employee named “ghost”"),
    (lambda s, a: provisioning.grant_role(s, a, "alice", "agent"), "already has the role agent"),
    (lambda s, a: provisioning.revoke_role(s, a, "alice", "pr"), "does not have the role pr"),
    (
        lambda s, a: provisioning.grant_role(s, a, "alice", "pr", account="@nowhere"),
        "no brand account",
    ),
    (lambda s, a: provisioning.create_role(s, a, "agent", []), "already a role"),
    (lambda s, a: provisioning.create_role(s, a, "x", ["fly"]), "no permission named “fly”"),
    (lambda s, a: provisioning.edit_role(s, a, "agent", permissions=[]), "cannot be changed"),
    (
        lambda s, a: provisioning.add_to_team(s, a, "alice", "Customer Service"),
        "already in the team",
    ),
]


def test_bad_requests_are_one_sentence(demo_console) -> None:
    ines = _it(demo_console)
    for call, words in BAD_REQUESTS:
        with demo_console.factory() as s:
            with pytest.raises(provisioning.IdentityError) as err:
                call(s, ines)
            s.rollback()
        text = str(err.value)
        assert words in text and text.endswith(".") and "\n" not in text, words


def test_only_it_may_provision(demo_console) -> None:
    with demo_console.session() as s:
        alice = load_actor(s, s.scalar(select(Employee.id).where(Employee.username == "alice")))
        with pytest.raises(AccessDenied):
            provisioning.add_employee(s, alice, "mallory", "Mallory")
        with pytest.raises(AccessDenied):
            provisioning.grant_role(s, alice, "alice", "it admin")
        with pytest.raises(AccessDenied):
            directory.audit_events(s, alice)


def test_the_last_it_admin_stays(demo_console) -> None:
    ines = _it(demo_console)
    attempts = [
        lambda s: provisioning.deactivate(s, ines, "ines"),
        lambda s: provisioning.revoke_role(s, ines, "ines", "it admin"),
    ]
    for attempt in attempts:
        with demo_console.factory() as s:
            with pytest.raises(provisioning.LastAdminError, match="last active IT admin"):
                attempt(s)
            s.rollback()
    # a custom admin role losing manage_employees is the same thing
    with demo_console.factory() as s, s.begin():
        provisioning.create_role(s, ines, "helpdesk", ["manage_employees"])
        provisioning.grant_role(s, ines, "bob", "helpdesk")
        provisioning.revoke_role(s, ines, "ines", "it admin")  # bob is admin now: allowed
    bob = _it_named(demo_console, "bob")
    with demo_console.factory() as s:
        with pytest.raises(provisioning.LastAdminError):
            provisioning.edit_role(s, bob, "helpdesk", permissions=["view_reports"])
        s.rollback()
    with demo_console.factory() as s:
        with pytest.raises(provisioning.LastAdminError):
            provisioning.deactivate(s, bob, "bob")
        s.rollback()
    with demo_console.session() as s:
        assert provisioning.active_admin_ids(s, bob.workspace_id) == {bob.employee_id}


def _it_named(console, name: str):
    with console.session() as s:
        return load_actor(s, s.scalar(select(Employee.id).where(Employee.username == name)))


def test_deactivate_and_reactivate(demo_console) -> None:
    ines = _it(demo_console)
    with demo_console.factory() as s, s.begin():
        provisioning.deactivate(s, ines, "sam")
    with demo_console.session() as s:
        with pytest.raises(AccessDenied):
            load_actor(s, s.scalar(select(Employee.id).where(Employee.username == "sam")))
        if demo_console.backend == "sqlite":
            with pytest.raises(SignInError, match="deactivated"):
                authenticate(s, "sam", "demo")
        assert directory.effective_permissions(s, ines, "sam") == []
    with demo_console.factory() as s, s.begin():
        provisioning.reactivate(s, ines, "sam")
    with demo_console.session() as s:
        assert load_actor(s, s.scalar(select(Employee.id).where(Employee.username == "sam")))


CSV_BAD = """username,display_name,email,teams,roles,password
{a},Ann One,ann@acme.example,Sales,sales,ann-password
alice,Alice Again,,,,
{b},,not-an-email,Nowhere,wizard,short
{a},Ann Twice,,,,
Bad Name,Bad,,,,
{c},Carl,,Sales;Product,sales;product,carl-password
"""


def test_csv_with_bad_rows_applies_nothing_and_names_every_bad_row(demo_console) -> None:
    ines = _it(demo_console)
    a, b, c = _name("ann"), _name("bea"), _name("carl")
    with demo_console.session() as s:
        before = s.scalar(select(func.count(Employee.id)))
    with demo_console.factory() as s:
        with pytest.raises(provisioning.ImportRejected) as err:
            provisioning.import_csv(s, ines, CSV_BAD.format(a=a, b=b, c=c))
        s.rollback()
    errors = err.value.errors
    joined = "\n".join(errors)
    assert "Line 3 (alice): the user name “alice” is taken." in errors
    assert f"Line 4 ({b}): the display name is empty." in errors
    assert f"Line 4 ({b}): “not-an-email” is not an e-mail address." in errors
    assert f"Line 4 ({b}): there is no team named “Nowhere”." in errors
    assert f"Line 4 ({b}): there is no role named “wizard”." in errors
    assert f"Line 4 ({b}): the password is shorter than 8 characters." in errors
    assert f"Line 5 ({a}): the user name “{a}” is also on line 2." in errors
    assert "Line 6 (Bad Name)" in joined
    assert "Line 2" not in joined and "Line 7" not in joined  # good rows are not blamed
    assert "ann-password" not in joined and "short" not in joined.replace("shorter", "")
    with demo_console.session() as s:
        assert s.scalar(select(func.count(Employee.id))) == before


def test_csv_all_good_is_applied_in_one_go(demo_console) -> None:
    ines = _it(demo_console)
    a, c = _name("ann"), _name("carl")
    data = (
        "username,display_name,teams,roles,password\n"
        f"{a},Ann One,Sales,sales,ann-password\n"
        f"{c},Carl,Sales;Product,sales;product,carl-password\n"
    )
    with demo_console.factory() as s, s.begin():
        report = provisioning.import_csv(s, ines, data)
    assert report.added == [a, c]
    with demo_console.session() as s:
        carl = next(e for e in directory.list_employees(s, ines) if e.username == c)
        assert carl.teams == ("Product", "Sales") and set(carl.roles) == {"product", "sales"}


def test_who_can_do_what_and_the_audit_viewer(demo_console) -> None:
    ines = _it(demo_console)
    with demo_console.session() as s, pytest.raises(SignInError):
        authenticate(s, "alice", "wrong")
    with demo_console.session() as s:
        m = directory.who_can_do_what(s, ines)
        col = m.permissions.index(Permission.MANAGE_EMPLOYEES)
        assert {u for u, _n, cells in m.rows if cells[col]} == {"ines"}
        read = m.permissions.index(Permission.READ_TEAM_INBOX)
        alice = next(cells for u, _n, cells in m.rows if u == "alice")
        assert alice[read] == "own teams: Customer Service"
        rows = directory.audit_events(s, ines, action="workspace_created")
        assert len(rows) == 1
        text = directory.audit_csv(rows)
        assert text.splitlines()[0] == "id,at,actor,action,target,detail"
        assert "workspace_created" in text


def test_csv_export_defuses_formulas() -> None:
    from datetime import UTC, datetime

    row = directory.AuditRow(1, datetime.now(UTC), "x", "a", "", "=cmd|' /C calc'!A0")
    assert ",'=cmd" in directory.audit_csv([row])
