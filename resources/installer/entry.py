"""PyInstaller's entry script for Sổ Thi Đua (the same as ``python -m desktop``).

No arguments opens the GUI; subcommands do headless work (``sothidua --version``).
"""

import multiprocessing
import sys

from desktop.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # harmless unless a worker process is ever started
    sys.exit(main())
