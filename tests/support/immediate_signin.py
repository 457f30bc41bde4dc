"""Runs the real app (demo, SQLite, offscreen) and submits the sign-in the moment it can.

Used by tests/ui/main/test_signin_ui.py in a subprocess: the app owns its own event loop, which
cannot share a pytest process with the tests' loop. The submit is made as early as a person
could make it — as soon as the dialog appears, and again whenever the event loop is asked to
stop before anyone signed in (the old start-up stopped its loop right after showing the dialog,
and a sign-in submitted then ran with no loop: "Something went wrong (RuntimeError)").
Prints SIGNED-IN <name> or ERROR <text>; exits with the app's code.
"""

from __future__ import annotations

import asyncio
import os
import sys

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

from qasync import QEventLoop  # noqa: E402

import ui.app as uiapp  # noqa: E402
from ui.main.signin import SignInDialog  # noqa: E402

state: dict[str, object] = {"dialog": None, "signed_in": False}


def _submit() -> None:
    dialog = state["dialog"]
    if isinstance(dialog, SignInDialog) and not state["signed_in"]:
        dialog.username.setText("alice")
        dialog.password.setText("demo")
        dialog.try_sign_in()


_show = SignInDialog.show


def _show_and_submit(self: SignInDialog) -> None:
    _show(self)
    state["dialog"] = self
    original = self.error.setText

    def watch(text: str) -> None:
        if "went wrong" in text:
            print(f"ERROR {text}", flush=True)
            app = state.get("app")
            if isinstance(app, uiapp.ConsoleApp):
                app.finish(3)
        original(text)

    self.error.setText = watch  # type: ignore[method-assign]
    asyncio.get_event_loop().call_soon(_submit)


_stop = QEventLoop.stop


def _stop_and_submit(self: QEventLoop) -> None:
    _submit()
    _stop(self)


_open = uiapp.ConsoleApp.open_main_window


def _open_then_finish(self: uiapp.ConsoleApp, actor, **kw) -> None:  # noqa: ANN001
    _open(self, actor, **kw)
    state["signed_in"] = True
    print(f"SIGNED-IN {actor.username}", flush=True)
    self.finish(0)


_init = uiapp.ConsoleApp.__init__


def _init_and_keep(self: uiapp.ConsoleApp, *a, **kw) -> None:  # noqa: ANN002, ANN003
    _init(self, *a, **kw)
    state["app"] = self


SignInDialog.show = _show_and_submit  # type: ignore[method-assign]
QEventLoop.stop = _stop_and_submit  # type: ignore[method-assign]
uiapp.ConsoleApp.open_main_window = _open_then_finish  # type: ignore[method-assign]
uiapp.ConsoleApp.__init__ = _init_and_keep  # type: ignore[method-assign]

if __name__ == "__main__":
    sys.exit(uiapp.run_gui(uiapp.GuiOptions(db_url=sys.argv[1], demo=True)))
