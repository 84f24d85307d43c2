"""Packaging hook: a wheel (``pip install .``) carries the app's resources and compiled translations.

In a checkout (and an editable install) they are read from ``resources/`` and ``translations/``
beside the ``desktop`` package. A built wheel has no such sibling folders, so ``build_py`` copies
what the running app reads into ``desktop/_data/`` inside the package, where ``desktop/paths.py``
looks first. Sources that only the tools need (``.ts`` files, the installer's files) stay out.
Everything else is declared in pyproject.toml.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
RESOURCE_FOLDERS = ("catalogs", "fonts", "help", "icons", "schemas")


class BuildWithData(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return
        target = Path(self.build_lib) / "desktop" / "_data"
        for name in RESOURCE_FOLDERS:
            src = HERE / "resources" / name
            if src.is_dir():
                shutil.copytree(src, target / "resources" / name, dirs_exist_ok=True)
        qm_target = target / "translations"
        qm_target.mkdir(parents=True, exist_ok=True)
        qms = sorted((HERE / "translations").glob("*.qm"))
        if not qms:
            raise SystemExit("translations/*.qm are missing: run `python -m desktop.i18n.tool release` first")
        for qm in qms:
            shutil.copy2(qm, qm_target / qm.name)


setup(cmdclass={"build_py": BuildWithData})
