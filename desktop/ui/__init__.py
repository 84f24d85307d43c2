"""Qt only: main window, pages, dialogs, table models, task runner, progress."""
