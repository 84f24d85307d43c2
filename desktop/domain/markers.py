"""Translation markers for layers that must not import Qt (the domain's vocabulary included).

``QT_TRANSLATE_NOOP(context, text)`` returns ``text`` unchanged; pyside6-lupdate recognises the
call and puts the string in the .ts files. The screens translate it at display time with
``QCoreApplication.translate(context, text)`` (desktop/ui/i18n.py); services, reports and the
command line with ``texts(language)(context, text)`` (desktop/i18n/catalogue.py): both read the
same compiled catalogue. desktop/i18n/markers.py offers the same markers to the upper layers.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


N_ = QT_TRANSLATE_NOOP
