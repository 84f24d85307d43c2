"""Qt-free translation markers and the one Babel formatter shared by screens and reports."""
