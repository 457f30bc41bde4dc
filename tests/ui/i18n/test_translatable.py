"""Translations: no user-visible literal reaches a widget untranslated, the catalogues are
compiled from their sources, the areas we promise are complete in German, French and Spanish,
and the running window speaks the chosen language (plurals and numbers included)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QPushButton

from tests.support.translatable import untranslated
from ui.i18n import build
from ui.i18n.counts import Count, english
from ui.i18n.language import CATALOGUES, LANGUAGES, install_language, resolve

UI = Path(__file__).resolve().parents[3] / "ui"
#: the contexts translated completely (main window, sign-in, inbox, composer): a new text in
#: them must come with its German, French and Spanish
COMPLETE = {
    "MainWindow", "SignInDialog", "PreferencesDialog", "ShortcutsDialog", "Notifier",
    "AvailabilityControl", "ui.app", "Count", "InboxModel", "InboxTable", "NewRowsButton",
    "FilterBar", "ActionBar", "NoteDialog", "ConversationPane", "CustomerPanelWidget",
    "LinkDialog", "NoteEditor", "HandoffDialog", "HandoffBar", "MergeDialog", "SplitDialog",
    "TakeNextButton", "ComposerWidget", "NewPostDialog", "EditDialog", "ui.inbox.inbox_texts",
    "ui.publishing.composer",
    # the rest of the main window's menu bar and status bar
    "Badge", "CentreInstall", "NotificationCentre", "AccountsController", "ui.accounts.accounts",
    "ui.publishing.publishing_ui", "ui.reports.menu", "ui.crisis.crisis_ui",
}  # fmt: skip


def test_every_text_shown_in_ui_is_translatable() -> None:
    found = [str(u) for p in sorted(UI.rglob("*.py")) for u in untranslated(p)]
    assert found == [], (
        "user-visible text that cannot be translated; wrap each literal "
        '(self.tr("…") in a QObject, QCoreApplication.translate("Context", "…") elsewhere; '
        'an f-string becomes self.tr("… {name} …").format(name=…)):\n' + "\n".join(found)
    )


@pytest.mark.parametrize(
    "source, expected",
    [
        ('w.setText("Send")', 1),
        ('QLabel(f"{n} new messages")', 1),
        ('b = QPushButton("OK" if ok else "Retry")', 2),
        ('self.setWindowTitle("Inbox — " + name)', 1),
        ('bridge.say("info", "Saved.")', 1),
        ('super().__init__("Take next", parent)', 1),
        ('w.setText(self.tr("Send"))', 0),
        ('w.setText(self.tr("{n} new").format(n=n))', 0),
        ('w.setText("—")', 0),  # no words
        ("w.setText(name)", 0),  # data, not a literal
    ],
)
def test_the_check_finds_what_it_must(tmp_path: Path, source: str, expected: int) -> None:
    f = tmp_path / "sample.py"
    f.write_text(source + "\n")
    hits = untranslated(f)
    assert len(hits) == expected
    if hits:  # the message names the file and line to wrap
        assert str(hits[0]).startswith(f"{f}:1: ")


def test_the_compiled_catalogues_are_up_to_date() -> None:
    assert build.stale() == [], "run: python -m ui.i18n.build (then commit resources/translations)"


def messages(lang: str) -> list[tuple[str, ET.Element]]:
    root = ET.parse(CATALOGUES / f"social_console_{lang}.ts").getroot()
    return [(c.findtext("name") or "", m) for c in root for m in c.findall("message")]


@pytest.mark.parametrize("lang", ["de", "fr", "es"])
def test_main_window_sign_in_inbox_and_composer_are_translated_completely(lang: str) -> None:
    missing = [
        f"{ctx}: {m.findtext('source')!r}"
        for ctx, m in messages(lang)
        if ctx in COMPLETE
        and m.get("type") != "vanished"
        and (m.find("translation").get("type") == "unfinished")  # type: ignore[union-attr]
    ]
    assert missing == [], f"{lang}: untranslated\n" + "\n".join(missing)


def test_english_carries_every_plural_form() -> None:
    counted = [m for _c, m in messages("en") if m.get("numerus") == "yes"]
    assert counted
    for m in counted:
        forms = [f.text for f in m.iter("numerusform")]
        assert len(forms) == 2 and all(forms), m.findtext("source")


@pytest.fixture
def language(qapp):
    yield install_language
    install_language("en")
    QLocale.setDefault(QLocale.c())


def test_counts_follow_each_languages_plural_rule_and_number_format(language) -> None:
    language("en")
    assert Count.tr("%Ln message(s)", "", 1) == "1 message"
    assert Count.tr("%Ln message(s)", "", 1240) == "1,240 messages"
    language("de")
    assert Count.tr("%Ln message(s)", "", 1) == "1 Nachricht"
    assert Count.tr("%Ln message(s)", "", 1240) == "1.240 Nachrichten"
    language("fr")
    assert Count.tr("%Ln message(s)", "", 0) == "0 message"  # French: zero is singular
    assert Count.tr("%Ln conversation(s)", "", 2) == "2 conversations"
    language("es")
    assert Count.tr("%Ln reply(s) not sent yet", "", 3) == "3 respuestas aún sin enviar"


def test_without_any_catalogue_counts_still_read_in_english(qapp) -> None:
    assert english("%Ln reply(s) not sent yet", 1) == "%Ln reply not sent yet"
    assert english("%Ln reply(s) not sent yet", 2) == "%Ln replies not sent yet"
    assert english("%Ln message(s)", 0) == "%Ln messages"
    assert english("%Ln day(s) with no posts", 7) == "%Ln days with no posts"  # not "daies"
    assert english("%Ln watch(es)", 1) == "%Ln watch"
    assert english("%Ln watch(es)", 2) == "%Ln watches"


def test_qt_own_buttons_come_translated(language) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    language("de")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"
    box.deleteLater()


def test_system_language_is_the_default(language, monkeypatch) -> None:
    from ui.i18n import language as lang_mod

    monkeypatch.setattr(lang_mod, "system_language", lambda: "fr")
    assert resolve("system") == "fr"
    assert resolve("de") == "de"
    assert set(LANGUAGES) == {"en", "de", "fr", "es"}


def test_the_main_window_and_sign_in_speak_german(qtbot, sqlite_url, language) -> None:
    from app.demo import DEMO_PASSWORD, demo_people, ensure_demo_workspace
    from app.session.console import Console
    from tests.support.every_window import _actor
    from tests.support.qt import running_qasync_loop
    from ui.main.main_window import MainWindow
    from ui.main.signin import SignInDialog
    from ui.widgets.tasks import MessageBridge

    language("de")
    console = Console.open(sqlite_url)
    with console.factory() as s, s.begin():
        ensure_demo_workspace(s)
    try:
        dialog = SignInDialog(lambda u, p: None, console.db_label, demo_people(), DEMO_PASSWORD)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Anmelden — Social Console"
        assert "Anmelden" in [b.text() for b in dialog.findChildren(QPushButton)]
        with running_qasync_loop(QCoreApplication.instance()):
            console.actor = _actor(console, "ines")
            win = MainWindow(console, MessageBridge())
            qtbot.addWidget(win)
            win.show()
            qtbot.waitUntil(lambda: not win.model.loading, timeout=15_000)
            menus = [a.text() for a in win.menuBar().actions()]
            assert menus[:2] == ["&Datei", "&Ansicht"]
            assert win.model.headerData(0, Qt.Orientation.Horizontal) == "Kunde"
            assert win.take_next.text() == "Nächste übernehmen  (T)"
            qtbot.waitUntil(lambda: "Unterhaltung" in win.count_label.text(), timeout=10_000)
            # longer German words must not widen the window past a laptop's 1366 pixels
            win.right_pane.setCurrentIndex(1)  # the conversation pane, its action bar shown
            assert win.minimumSizeHint().width() <= 1366
            win.close()
    finally:
        console.close()
