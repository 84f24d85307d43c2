"""The translation markers (defined in the domain, the lowest layer, so that every layer marks its
strings the same way): ``QT_TRANSLATE_NOOP(context, text)`` returns ``text`` unchanged and
pyside6-lupdate puts it in the .ts files."""

from desktop.domain.markers import QT_TRANSLATE_NOOP, N_

__all__ = ["QT_TRANSLATE_NOOP", "N_"]
