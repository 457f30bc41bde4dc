"""``social-console admin …``: IT's command line for people, teams, roles and the audit trail.

It runs without Qt, so it works over SSH and in provisioning scripts. It acts with the rights of
the database address it is given: the owner's (IT with owner rights: every change is allowed
and audited as "admin cli (OS user)"), or an IT admin's own login on PostgreSQL (the services
and the database both check manage_employees). Passwords are read from a prompt, from standard
input or from an environment variable — never from an argument, which ``ps`` would show.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:  # the parser is built on every start of the app: keep its imports light
    from sqlalchemy.orm import Session

    from app.identity.access import Actor

PERMISSIONS = (
    "read_team_inbox, read_all, reply, post_as_brand, approve, skip_approval_reply, "
    "skip_approval_post, manage_routing, manage_accounts, manage_employees, view_reports, "
    "crisis_control, pause_publishing, see_contact_details, manage_listening"
)

COMMANDS = (
    "add",
    "deactivate",
    "reactivate",
    "reset-password",
    "grant",
    "revoke",
    "add-team",
    "remove-team",
    "create-team",
    "create-role",
    "edit-role",
    "import-csv",
    "permissions",
    "employees",
    "roles",
    "matrix",
    "audit",
    "approval-policy",
    "set-approval",
    "owner-only",
    "capacity",
)


class CliError(Exception):
    """A sentence for standard error; exit status 1."""


def _password_options(p: argparse.ArgumentParser, *, optional: bool) -> None:
    g = p.add_mutually_exclusive_group()
    g.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from the first line of stdin",
    )
    g.add_argument(
        "--password-env", metavar="VAR", help="read the password from this environment variable"
    )
    if optional:
        g.add_argument(
            "--no-password",
            action="store_true",
            help="no password (PostgreSQL with LDAP/Kerberos sign-in, or set one later)",
        )


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    admin = sub.add_parser(
        "admin",
        help="IT: employees, teams, roles, permissions and the audit trail",
        description="Provision people and read the audit trail. Passwords come from a prompt, "
        "--password-stdin or --password-env, never from the command line.",
    )
    cmds = admin.add_subparsers(dest="admin_command", metavar="ACTION", required=True)
    p = cmds.add_parser("add", help="add an employee (and, on PostgreSQL, their database login)")
    p.add_argument("username")
    p.add_argument("--name", required=True, help="the name colleagues see")
    p.add_argument("--email")
    p.add_argument("--team", action="append", default=[], help="a team (repeatable)")
    p.add_argument("--role", action="append", default=[], help="a role, everywhere (repeatable)")
    _password_options(p, optional=True)
    for name, text in (
        ("deactivate", "sign the person out everywhere and block sign-in; history stays"),
        ("reactivate", "allow a deactivated person to sign in again"),
    ):
        cmds.add_parser(name, help=text).add_argument("username")
    p = cmds.add_parser("reset-password", help="set a new password (and lift a lock-out)")
    p.add_argument("username")
    _password_options(p, optional=False)
    for name, text in (("grant", "give a role"), ("revoke", "take a role away")):
        p = cmds.add_parser(name, help=f"{text}, everywhere or for one team / brand account")
        p.add_argument("username")
        p.add_argument("role")
        p.add_argument("--team", help="only for this team")
        p.add_argument("--account", help="only for this brand account (@handle)")
    for name, text in (
        ("add-team", "put a person in a team"),
        ("remove-team", "take out of a team"),
    ):
        p = cmds.add_parser(name, help=text)
        p.add_argument("username")
        p.add_argument("team")
    p = cmds.add_parser("create-team", help="a new team (queue)")
    p.add_argument("name")
    p.add_argument("--department", default="support")
    p = cmds.add_parser("create-role", help="a custom role: a name and its permissions")
    p.add_argument("name")
    p.add_argument("permission", nargs="*", help=PERMISSIONS)
    p.add_argument("--description", default="")
    p = cmds.add_parser("edit-role", help="change a custom role's permissions or name")
    p.add_argument("name")
    p.add_argument("--permissions", nargs="*", metavar="PERMISSION")
    p.add_argument("--rename", metavar="NEW_NAME")
    p = cmds.add_parser(
        "import-csv",
        help="add many people from a CSV (username, display_name, email, teams, roles, password);"
        " all or nothing",
    )
    p.add_argument("file", type=Path)
    cmds.add_parser(
        "permissions", help="what a person may do, where, through which role"
    ).add_argument("username")
    cmds.add_parser("employees", help="everyone, with teams and roles")
    cmds.add_parser("roles", help="the roles and their permissions")
    cmds.add_parser("matrix", help="who can do what (CSV)")
    cmds.add_parser(
        "approval-policy",
        help="who replies and posts without approval (per role, per team) and who may reply",
    )
    p = cmds.add_parser(
        "set-approval",
        help="per role: does its reply/post wait for approval; per team: does every one wait",
    )
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--role", help="a role (default roles included)")
    where.add_argument("--team", help="a team: every reply/post there needs approval, or not")
    p.add_argument("kind", choices=("reply", "post"))
    p.add_argument(
        "approval",
        choices=("required", "not-required"),
        help="for a team, not-required means: as the author's role says",
    )
    p = cmds.add_parser(
        "owner-only",
        help="only the colleague who holds a conversation may reply in it (on/off)",
    )
    p.add_argument("state", choices=("on", "off"))
    p = cmds.add_parser(
        "capacity",
        help="the most open conversations auto-assignment gives an agent; without arguments, "
        "everyone's",
    )
    p.add_argument("username", nargs="?")
    p.add_argument("capacity", nargs="?", type=int)
    p = cmds.add_parser(
        "learning", help="learning from the team's corrections: on, off, or its status"
    )
    p.add_argument("state", choices=["on", "off", "status"])
    p = cmds.add_parser("audit", help="the audit trail, newest first")
    p.add_argument("--csv", action="store_true", help="CSV on stdout")
    p.add_argument("--action", help="only this action (e.g. sign_in_failed)")
    p.add_argument("--person", help="only events by people whose name contains this")
    p.add_argument("--since", help="from this date (YYYY-MM-DD, UTC)")
    p.add_argument("--limit", type=int, default=200)
    p = cmds.add_parser(
        "one-conversation-per-customer",
        help="a customer's new message joins their open conversation on that account and "
        "channel (on, the default) or opens a new one per thread (off); no value: show it",
    )
    p.add_argument("state", nargs="?", choices=("on", "off"))
    p = cmds.add_parser(
        "guardrails",
        help="publishing guardrails per role and team: list, add or remove rules",
    )
    p.add_argument("action", choices=("list", "add", "remove"))
    p.add_argument(
        "kind",
        nargs="?",
        help="add: guideline | banned | disclaimer | links; remove: the rule's number",
    )
    p.add_argument("text", nargs="?", help="the phrase, guideline, disclaimer or domains")
    p.add_argument("--warn", action="store_true", help="warn instead of blocking")
    p.add_argument("--reason", default="", help="why: shown to the author")
    p.add_argument("--role", help="only for employees holding this role")
    p.add_argument("--team", help="only for this team's work")


def _guardrails(args: argparse.Namespace, s: Session, actor: Actor, out: TextIO) -> None:
    """``admin guardrails list|add|remove``: the same rules as the admin panel's tab."""
    from app.publishing import guardrails

    if args.action == "list":
        rules = guardrails.list_rules(s, actor)
        if not rules:
            print("No guardrail: everyone may write freely.", file=out)
        for r in rules:
            print(f"{r.id:>4}  {r.describe()}", file=out)
        return
    if args.action == "remove":
        if not (args.kind or "").isdigit():
            raise CliError("Name the rule to remove by its number (see: guardrails list).")
        try:
            guardrails.remove_rule(s, actor, int(args.kind))
        except guardrails.GuardrailError as exc:
            raise CliError(str(exc)) from None
        s.commit()
        print(f"Removed guardrail {args.kind}.", file=out)
        return
    if not args.kind or not args.text:
        raise CliError("Give the kind and the text, e.g.: guardrails add banned guarantee.")
    try:
        rule = guardrails.add_rule(
            s,
            actor,
            kind=args.kind,
            text=args.text,
            action="warn" if args.warn else "block",
            reason=args.reason,
            role=args.role,
            team=args.team,
        )
    except guardrails.GuardrailError as exc:
        raise CliError(f"Not added: {exc}") from None
    s.commit()
    print(f"Added guardrail {rule.id}: {rule.describe()}", file=out)


def read_password(
    args: argparse.Namespace,
    *,
    stdin: TextIO | None = None,
    prompt: Callable[[str], str] = getpass.getpass,
) -> str | None:
    """The password from the chosen source; None only for --no-password."""
    stdin = stdin or sys.stdin
    if getattr(args, "no_password", False):
        return None
    if args.password_stdin:
        line = stdin.readline().rstrip("\r\n")
        if not line:
            raise CliError("No password on standard input.")
        return line
    if args.password_env:
        value = os.environ.get(args.password_env, "")
        if not value:
            raise CliError(f"The environment variable {args.password_env} is empty or not set.")
        return value
    if not stdin.isatty():
        raise CliError(
            "Give the password with --password-stdin or --password-env VAR "
            "(there is no terminal to prompt on)."
        )
    first = prompt("New password: ")
    if prompt("Repeat it: ") != first:
        raise CliError("The two passwords differ; nothing was changed.")
    return first


def _actor(session: Session) -> Actor:
    from app.identity import provisioning as identity
    from app.identity.access import load_actor

    emp_id = identity.session_employee_id(session)
    if emp_id is not None:
        return load_actor(session, emp_id)
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name in some containers
        user = "unknown"
    return identity.system_actor(session, f"admin cli ({user})")


def _since(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.strptime(text, "%Y-%m-%d").replace(tzinfo=UTC)
    except ValueError:
        raise CliError(f"“{text}” is not a date like 2026-01-31.") from None


def _apply(args: argparse.Namespace, s: Session, actor: Actor, out: TextIO) -> None:
    from app.identity import directory
    from app.identity import provisioning as identity

    cmd = args.admin_command
    if cmd == "guardrails":
        _guardrails(args, s, actor, out)
        return
    if cmd == "add":
        pw = read_password(args)
        emp = identity.add_employee(
            s,
            actor,
            args.username,
            args.name,
            email=args.email,
            teams=args.team,
            roles=args.role,
            password=pw,
        )
        s.commit()
        print(f"Added {emp.username} ({emp.display_name}).", file=out)
    elif cmd == "deactivate":
        emp = identity.deactivate(s, actor, args.username)
        s.commit()
        print(f"Deactivated {emp.username}; they are signed out everywhere.", file=out)
    elif cmd == "reactivate":
        emp = identity.reactivate(s, actor, args.username)
        s.commit()
        print(f"Reactivated {emp.username}.", file=out)
    elif cmd == "reset-password":
        pw = read_password(args)
        assert pw is not None
        emp = identity.reset_password(s, actor, args.username, pw)
        s.commit()
        print(f"New password set for {emp.username}.", file=out)
    elif cmd in ("grant", "revoke"):
        fn = identity.grant_role if cmd == "grant" else identity.revoke_role
        fn(s, actor, args.username, args.role, team=args.team, account=args.account)
        s.commit()
        where = " and ".join(
            x
            for x in (
                f"team {args.team}" if args.team else "",
                f"account {args.account}" if args.account else "",
            )
            if x
        )
        verb = "Granted" if cmd == "grant" else "Revoked"
        prep = "to" if cmd == "grant" else "from"
        print(
            f"{verb} {args.role} {prep} {args.username}{' for ' + where if where else ''}.",
            file=out,
        )
    elif cmd == "add-team":
        identity.add_to_team(s, actor, args.username, args.team)
        s.commit()
        print(f"{args.username} is now in {args.team}.", file=out)
    elif cmd == "remove-team":
        identity.remove_from_team(s, actor, args.username, args.team)
        s.commit()
        print(f"{args.username} is no longer in {args.team}.", file=out)
    elif cmd == "create-team":
        t = identity.create_team(s, actor, args.name, args.department)
        s.commit()
        print(f"Created the team {t.name}.", file=out)
    elif cmd == "create-role":
        r = identity.create_role(s, actor, args.name, args.permission, args.description)
        s.commit()
        print(
            f"Created the role {r.name}: {', '.join(p.permission for p in r.permissions) or 'no permissions'}.",
            file=out,
        )
    elif cmd == "edit-role":
        r = identity.edit_role(
            s, actor, args.name, permissions=args.permissions, new_name=args.rename
        )
        s.commit()
        print(f"Changed the role {r.name}.", file=out)
    elif cmd == "import-csv":
        try:
            data = args.file.read_text(encoding="utf-8-sig")
        except OSError as exc:
            raise CliError(f"Cannot read {args.file}: {exc.strerror or exc}.") from None
        report = identity.import_csv(s, actor, data)
        s.commit()
        print(f"Imported {len(report.added)} employees: {', '.join(report.added)}.", file=out)
        for note in report.notes:
            print(f"  note: {note}", file=out)
    elif cmd == "permissions":
        lines = directory.effective_permissions(s, actor, args.username)
        if not lines:
            print(f"{args.username} may do nothing (no role, or deactivated).", file=out)
        for line in lines:
            print(f"{line.permission.value:22} {line.scope:32} via {line.role}", file=out)
    elif cmd == "employees":
        for e in directory.list_employees(s, actor):
            state = "active" if e.active else "deactivated"
            if e.locked:
                state += ", locked"
            print(
                f"{e.username:16} {e.display_name:24} {state:12} teams: {', '.join(e.teams) or '-'};"
                f" roles: {', '.join(e.roles) or '-'}",
                file=out,
            )
    elif cmd == "roles":
        for r in directory.list_roles(s, actor):
            kind = "default" if r.builtin else "custom"
            print(
                f"{r.name} ({kind}, {r.holders} people): {', '.join(r.permissions) or '-'}",
                file=out,
            )
    elif cmd == "matrix":
        import csv

        m = directory.who_can_do_what(s, actor)
        w = csv.writer(out, lineterminator="\n")
        w.writerow(["username", "name", *[p.value for p in m.permissions]])
        for user, name, cells in m.rows:
            w.writerow([user, name, *cells])
    elif cmd in ("approval-policy", "set-approval", "owner-only", "capacity"):
        try:
            _policy_command(args, s, actor, out)
        except ValueError as exc:
            raise CliError(str(exc)) from None
    elif cmd == "learning":
        _learning(args, s, actor, out)
    elif cmd == "one-conversation-per-customer":
        from app.inbox import open_per_customer

        if args.state is not None:
            open_per_customer.set_enabled(s, actor, args.state == "on")
            s.commit()
        on = open_per_customer.is_enabled(s, actor.workspace_id)
        print(
            "One open conversation per customer and channel: "
            + (
                "on (a new message joins the customer's open conversation)."
                if on
                else "off (every new thread opens a conversation)."
            ),
            file=out,
        )
    elif cmd == "audit":
        rows = directory.audit_events(
            s,
            actor,
            action=args.action,
            person=args.person,
            since=_since(args.since),
            limit=args.limit,
        )
        if args.csv:
            out.write(directory.audit_csv(rows))
        else:
            for r in rows:
                print(
                    f"{r.at:%Y-%m-%d %H:%M:%S} {r.actor:20} {r.action:22} {r.target:16} {r.detail}",
                    file=out,
                )


def _print_policy(s: Session, actor: Actor, out: TextIO) -> None:
    from app.identity import approval_policy

    policy = approval_policy.read_policy(s, actor)
    print("Approval per role:", file=out)
    for r in policy.roles:
        print(
            f"  {r.role:16} replies {r.describe('reply'):30} posts {r.describe('post')}",
            file=out,
        )
    required = [t for t in policy.teams if t.reply_required or t.post_required]
    print("Teams where every reply or post needs approval:", file=out)
    if not required:
        print("  none (each author's role decides)", file=out)
    for t in required:
        kinds = " and ".join(
            k for k, on in (("replies", t.reply_required), ("posts", t.post_required)) if on
        )
        print(f"  {t.team}: {kinds}", file=out)
    print(
        "Who may reply: "
        + (
            "only the colleague who holds the conversation (owner-only is on)"
            if policy.owner_only_reply
            else "anyone who can reply in the conversation's team (owner-only is off)"
        ),
        file=out,
    )


def _learning(args: argparse.Namespace, s: Session, actor: Actor, out: TextIO) -> None:
    from sqlalchemy import func, select

    from app.db.models import ClassificationLabel, LearnedModel
    from app.learning import switch

    if args.state in ("on", "off"):
        switch.set_enabled(s, actor, args.state == "on")
        s.commit()
    on = switch.enabled(s, actor.workspace_id)
    labels = s.scalar(
        select(func.count(ClassificationLabel.id)).where(
            ClassificationLabel.workspace_id == actor.workspace_id
        )
    )
    model = s.get(LearnedModel, actor.workspace_id)
    n = int(labels or 0)
    print(
        f"Learning from corrections is {'on' if on else 'off'}; "
        f"{n} correction{'' if n == 1 else 's'} kept; "
        + (
            f"model trained {model.trained_at:%Y-%m-%d %H:%M} UTC on {model.labels} "
            f"correction{'' if model.labels == 1 else 's'}."
            if model is not None
            else "no model in use."
        ),
        file=out,
    )


def _policy_command(args: argparse.Namespace, s: Session, actor: Actor, out: TextIO) -> None:
    from app.identity import approval_policy
    from app.identity import provisioning as identity
    from app.inbox import conversations
    from app.routing import autoassign

    cmd = args.admin_command
    if cmd == "approval-policy":
        _print_policy(s, actor, out)
    elif cmd == "set-approval":
        required = args.approval == "required"
        if args.role:
            r = approval_policy.set_role_approval(s, actor, args.role, args.kind, required=required)
            s.commit()
            print(f"The role {r.role}: {args.kind} {r.describe(args.kind)}.", file=out)
        else:
            t = approval_policy.set_team_approval(s, actor, args.team, args.kind, required=required)
            s.commit()
            state = (
                "every one needs approval"
                if required
                else "the author's role decides whether it needs approval"
            )
            print(f"In {t.team}, for each {args.kind}: {state}.", file=out)
    elif cmd == "owner-only":
        conversations.set_owner_only_reply(s, actor, args.state == "on")
        s.commit()
        print(
            "Only the colleague who holds a conversation may now reply in it."
            if args.state == "on"
            else "Anyone who can reply in a conversation's team may now reply in it.",
            file=out,
        )
    elif cmd == "capacity":
        if args.username is None:
            rows = autoassign.capacities(s, actor)
            if not rows:
                print("There is nobody whose capacity you may set.", file=out)
            for r in rows:
                print(
                    f"{r.username:16} {r.name:24} capacity {r.capacity:4}  open now {r.load:4}"
                    f"  teams: {r.teams or '-'}",
                    file=out,
                )
            return
        emp = identity._employee(s, actor, args.username)
        if args.capacity is None:
            print(f"{emp.username}: capacity {emp.capacity} open conversations.", file=out)
            return
        autoassign.set_capacity(s, actor, emp.id, args.capacity)
        s.commit()
        print(
            f"{emp.username} now gets at most {args.capacity} open "
            f"conversation{'s' if args.capacity != 1 else ''} from auto-assignment.",
            file=out,
        )


def run(
    args: argparse.Namespace, url: str, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    from app.config import describe_url
    from app.db.engine import DatabaseError, explain
    from app.db.migrate import HEAD_REVISION, check_not_newer
    from app.identity import provisioning as identity
    from app.identity.access import AccessDenied
    from app.session.console import Console

    out, err = out or sys.stdout, err or sys.stderr
    try:
        console = Console.open(url, migrate=False)
    except Exception as exc:  # noqa: BLE001 - one sentence, not a traceback
        print(f"social-console: {explain(exc, describe_url(url))}", file=err)
        return 2
    try:
        if check_not_newer(console.engine) != HEAD_REVISION:
            print(
                "social-console: the database is not at this version's schema; run "
                "“social-console migrate” first.",
                file=err,
            )
            return 2
        with console.session() as s:
            try:
                _apply(args, s, _actor(s), out)
            except identity.ImportRejected as exc:
                s.rollback()
                print(f"social-console: {exc}", file=err)
                for line in exc.errors:
                    print(f"  {line}", file=err)
                return 1
            except (identity.IdentityError, AccessDenied, CliError) as exc:
                s.rollback()
                print(f"social-console: {exc}", file=err)
                return 1
    except DatabaseError as exc:
        print(f"social-console: {exc}", file=err)
        return 2
    except Exception as exc:  # noqa: BLE001
        from sqlalchemy import exc as sa_exc

        if not isinstance(exc, sa_exc.SQLAlchemyError):
            raise
        print(f"social-console: {explain(exc, describe_url(url))}", file=err)
        return 2
    finally:
        console.close()
    return 0
