"""Translation markers for layers that must not import Qt.

``QT_TRANSLATE_NOOP(context, text)`` returns ``text`` unchanged; pyside6-lupdate recognises the
call and puts the string in the .ts files, and the UI translates it at display time with
``QCoreApplication.translate(context, text)`` (see desktop/ui/i18n.py).
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


N_ = QT_TRANSLATE_NOOP
