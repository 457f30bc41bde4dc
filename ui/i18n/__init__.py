"""The console's language: Qt's translators for our catalogues and Qt's own dialogs."""
