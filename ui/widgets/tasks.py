"""The one way ui/ runs work off the UI thread, and the bridge that tells the person about it.

Handlers are ``@asyncSlot`` coroutines that ``await run_blocking(fn, ...)``: the database query
or network call runs in a worker thread while the Qt event loop keeps painting. A failure is
turned into one sentence by :func:`describe_error` and shown through :class:`MessageBridge`,
which holds messages until a window is listening, so nothing said early is lost.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from accounts.base import ConnectorError
from app.db.engine import DatabaseError, explain
from app.identity.access import AccessDenied

log = logging.getLogger(__name__)
T = TypeVar("T")


async def run_blocking(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    return await asyncio.to_thread(fn, *args, **kwargs)


def describe_error(error: BaseException) -> str:
    from sqlalchemy import exc as sa_exc

    from app.identity.auth import SignInError
    from app.identity.provisioning import IdentityError

    if isinstance(
        error,
        AccessDenied | ConnectorError | DatabaseError | ValueError | SignInError | IdentityError,
    ):
        return str(error)
    if isinstance(error, sa_exc.SQLAlchemyError):
        return explain(error)
    return f"Something went wrong ({type(error).__name__}); what you entered was kept."


class MessageBridge(QObject):
    """Messages from anywhere (threads included) to whatever shows them to the person."""

    message = Signal(str, str)  # level ("info", "warning", "error"), text

    def __init__(self) -> None:
        super().__init__()
        self._held: list[tuple[str, str]] = []
        self._listening = False

    def say(self, level: str, text: str) -> None:
        if level == "error":
            log.warning("shown to the user: %s", text)
        if not self._listening:
            self._held.append((level, text))
            return
        self.message.emit(level, text)

    def listen(self, slot: Callable[[str, str], None]) -> None:
        self.message.connect(slot)
        self._listening = True
        held, self._held = self._held, []
        for level, text in held:
            self.message.emit(level, text)
