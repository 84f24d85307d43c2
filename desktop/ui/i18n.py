"""Installing translations and switching language live (no restart).

Source strings are English; translations/sothidua_vi.qm carries Vietnamese (the default) and
Qt's own standard buttons ("OK", "Cancel") come from translations/vi/qt.ts because Qt ships no
qtbase_vi.qm (docs/architecture.md, traps). Switching installs or removes the translators; Qt then sends
every widget a LanguageChange event and each one re-translates itself.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from desktop.domain.bilingual import is_english
from desktop.i18n.formatting import Formatter
from desktop.paths import translations_dir

LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}
DEFAULT_LANGUAGE = "vi"


def translate(context: str, text: str) -> str:
    """Translate a string marked with QT_TRANSLATE_NOOP in a Qt-free layer."""
    return QCoreApplication.translate(context, text)


_LANGUAGE_PROPERTY = "sothidua_language"


def ui_language() -> str:
    """The language the screens show ("vi" or "en"): what the Translator last installed, kept on
    the QApplication like the translators themselves; Vietnamese before any is installed. Hand
    it to Qt-free code that writes text (``lang=``) or formats values."""
    app = QCoreApplication.instance()
    language = app.property(_LANGUAGE_PROPERTY) if app is not None else None
    return language if language in LANGUAGES else DEFAULT_LANGUAGE


def ui_formatter() -> Formatter:
    """Dates, numbers and percentages in the language the screens show."""
    return Formatter(ui_language())


class Translator:
    def __init__(self, app: QCoreApplication):
        self.app = app
        self.language = "en"
        # Translators are global to the QApplication: keep the list on it, so that a second
        # Translator (tests build several environments) replaces rather than stacks them.
        if not hasattr(app, "_sothidua_translators"):
            app._sothidua_translators = []
        self._installed: list[QTranslator] = app._sothidua_translators

    def set_language(self, language: str) -> bool:
        """Install the language's translators; returns False if the .qm file is missing."""
        language = language if language in LANGUAGES else DEFAULT_LANGUAGE
        for t in self._installed:
            self.app.removeTranslator(t)
        self._installed.clear()
        ok = True
        if not is_english(language):
            for name in (f"sothidua_{language}", f"qt_{language}"):
                # Load from bytes kept alive on the translator: Qt memory-maps a .qm file it
                # loads by name, and rewriting that file while the app runs (a rebuild of the
                # translations) would crash the process.
                path = translations_dir() / f"{name}.qm"
                try:
                    data = path.read_bytes()
                except OSError:
                    ok = False
                    continue
                t = QTranslator(self.app)
                if t.load(data):
                    t._data = data
                    self.app.installTranslator(t)
                    self._installed.append(t)
                else:
                    ok = False
        self.language = language
        QLocale.setDefault(QLocale(QLocale.English if is_english(language) else QLocale.Vietnamese))
        self.app.setProperty(_LANGUAGE_PROPERTY, language)
        return ok
