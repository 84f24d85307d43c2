"""Errors that carry a Vietnamese message a user can act on."""


class DomainError(ValueError):
    """A rule of the domain was broken; ``str(err)`` is a Vietnamese message for the user."""

    def __init__(self, message: str, *, field: str | None = None):
        super().__init__(message)
        self.message = message
        self.field = field
