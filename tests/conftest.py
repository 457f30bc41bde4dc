"""Shared fixtures: offscreen Qt, a throwaway PostgreSQL cluster, fresh databases per test.

Qt must be told to draw offscreen before any QApplication exists, or the whole pytest process
aborts with no summary on a machine without a display.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# never let a test touch the real keyring of the machine running it
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
# nor the machine-wide config.ini IT may have deployed on it (/etc/social-console/config.ini)
os.environ.setdefault("SOCIAL_CONSOLE_SYSTEM_CONFIG", os.devnull)

from tests.support.pgcluster import PgCluster, start_cluster  # noqa: E402


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    """One cluster per test session; PostgreSQL tests run, never skip, when it cannot start."""
    cluster = start_cluster()
    yield cluster
    cluster.stop()


@pytest.fixture
def pg_url(pg_cluster: PgCluster) -> Iterator[str]:
    """A fresh, empty database on the cluster, as a SQLAlchemy URL for the superuser."""
    name = pg_cluster.create_database()
    yield pg_cluster.url(name)
    pg_cluster.drop_database(name)


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'console.db'}"


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request: pytest.FixtureRequest, tmp_path) -> str:
    """Both backends: one code path, tested on each."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'console.db'}"
    return request.getfixturevalue("pg_url")


@pytest.fixture(scope="session")
def _demo_templates() -> dict[str, str]:
    """Per backend, a database migrated and holding the demo workspace, built once per session.

    Three hundred tests start from the demo workspace; migrating a fresh database and hashing
    the demo passwords took each of them 0.6 to 1.3 s, about four minutes of the suite. A
    PostgreSQL database is copied from the template (``CREATE DATABASE … TEMPLATE``, 20 ms), a
    SQLite file with SQLite's own backup. The tests that need an empty or a half-migrated
    database use ``db_url``/``pg_url`` and migrate themselves, as before.
    """
    return {}


def _build_demo(url: str) -> None:
    from app.demo import ensure_demo_workspace
    from app.session.console import Console

    console = Console.open(url)
    try:
        with console.factory() as s, s.begin():
            ensure_demo_workspace(s)
    finally:
        console.close()


def _fill_with_demo(
    url: str, request: pytest.FixtureRequest, templates: dict[str, str], tmp_path_factory
) -> None:
    """Make the (fresh, empty) database at ``url`` a copy of the demo template."""
    if url.startswith("sqlite:///"):
        import sqlite3
        from contextlib import closing

        source = templates.get("sqlite")
        if source is None:
            source = str(tmp_path_factory.mktemp("demo-template") / "console.db")
            _build_demo(f"sqlite:///{source}")
            templates["sqlite"] = source
        target = url.removeprefix("sqlite:///")
        with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
            src.backup(dst)
        return
    import psycopg
    from sqlalchemy.engine import make_url

    cluster: PgCluster = request.getfixturevalue("pg_cluster")
    template = templates.get("postgres")
    if template is None:
        template = cluster.create_database("demo_template")
        _build_demo(cluster.url(template))
        templates["postgres"] = template
    name = make_url(url).database
    with psycopg.connect(cluster.conninfo(), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')


@pytest.fixture
def demo_console(db_url: str, request: pytest.FixtureRequest, _demo_templates, tmp_path_factory):
    """A console on a migrated database holding the demo workspace (both backends)."""
    from app.session.console import Console

    _fill_with_demo(db_url, request, _demo_templates, tmp_path_factory)
    console = Console.open(db_url)
    yield console
    console.close()


@pytest.fixture
def demo_network():
    from accounts.demo import DemoNetwork
    from app.demo import DEMO_BRANDS

    return DemoNetwork(DEMO_BRANDS, rate=0, seed=11)


@pytest.fixture(autouse=True)
def _no_window_outlives_its_test() -> Iterator[None]:
    """Each test starts with no other test's window on screen.

    A dialog a test opened and never closed (a sign-in, the crisis watch list, an admin
    panel…) stayed visible for the rest of the process; when the next test's window closed a
    dialog of its own, Qt made that leftover the active window, and a window shortcut the test
    then pressed (T for Take next) went nowhere. In one process the order hid it; split over
    two, the order changes from run to run. Hidden, not closed: a close could ask a question.
    Before the test as well as after: a late callback of an earlier test (a timer, a reply
    from a worker thread) can show a window between two tests.
    """
    _hide_top_level_windows()
    yield
    _hide_top_level_windows()


def _hide_top_level_windows() -> None:
    import sys

    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        return
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.hide()


@pytest.fixture(autouse=True)
def _pointer_parked() -> None:
    """Each test starts with the mouse pointer away from where its windows will open.

    The pointer is the application's, not a test's: one test that moves it over the inbox list
    leaves it there, and the next test's list, opening under it, takes itself to be under a
    person's hand and holds or releases its rows on its own (the fan-out test failed only after
    the front desk's pointer test had run).
    """
    import sys

    if "PySide6.QtGui" not in sys.modules:
        return  # no Qt in this process yet: no pointer to park
    from PySide6.QtGui import QCursor, QGuiApplication

    if QGuiApplication.instance() is not None:
        QCursor.setPos(-10_000, -10_000)


def _controller_of_split_run(config: pytest.Config) -> bool:
    """Whether this process hands tests to worker processes (pytest-xdist's ``-n``)."""
    if hasattr(config, "workerinput"):
        return False
    try:
        workers = config.getoption("numprocesses")
    except ValueError:  # xdist not loaded (-p no:xdist)
        return False
    return workers not in (None, 0, "0")


def pytest_configure(config: pytest.Config) -> None:
    """A split run's workers share one folder for the long jobs (tests/support/early.py)."""
    if _controller_of_split_run(config):
        from tests.support import early

        early.share_for_workers()


def pytest_collection_finish(session: pytest.Session) -> None:
    """Start the long subprocess jobs the selected tests will need (tests/support/early.py).

    A test module offers them as ``early_jobs(item) -> {key: spec}``; the longest start first.
    """
    from tests.support import early

    specs: dict[str, dict] = {}
    for item in session.items:
        offer = getattr(getattr(item, "module", None), "early_jobs", None)
        if offer is not None:
            specs.update(offer(item))
    for key, spec in sorted(specs.items(), key=lambda kv: -kv[1].get("priority", 0)):
        args = {k: v for k, v in spec.items() if k != "priority"}
        early.start(key, **args)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    from tests.support import early
    from tests.support.qt import close_shared_loop

    close_shared_loop()
    early.shutdown()
    if _controller_of_split_run(session.config):
        import shutil

        # the workers are done: the jobs' outcomes and outputs they shared go too
        shutil.rmtree(os.environ.pop(early.SHARED_ENV, ""), ignore_errors=True)
