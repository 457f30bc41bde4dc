"""One workstation's connection to the shared database, and who is signed in on it.

Passed explicitly to whatever needs it (no global session, no god object): the UI keeps one,
tests make several to play several workstations against one database.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.config import describe_url
from app.db.engine import make_engine, session_factory
from app.db.migrate import MigrationResult, upgrade
from app.identity.access import Actor


@dataclass
class Console:
    engine: Engine
    factory: sessionmaker[Session]
    db_label: str
    actor: Actor | None = None  # type: ignore[assignment]
    #: identifies this workstation's changes in the feed, so a view can skip its own echo
    origin: str = field(default_factory=lambda: uuid.uuid4().hex[:16])
    migration: MigrationResult | None = None

    @classmethod
    def open(cls, url: str, *, migrate: bool = True, **engine_kw: object) -> Console:
        engine = make_engine(url, **engine_kw)  # type: ignore[arg-type]
        migration = upgrade(engine) if migrate else None
        return cls(engine, session_factory(engine), describe_url(url), migration=migration)

    @contextmanager
    def session(self) -> Iterator[Session]:
        with self.factory() as s:
            yield s

    @property
    def backend(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()
