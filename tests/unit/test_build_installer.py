"""The installer build's helpers (build_installer.py), checked without building anything.

The full build (PyInstaller, ~1 min) is tests/build/test_bundle.py. Here: the version is one
and the same everywhere, the bundle's data list holds every catalog, font, migration and
translation, the NSIS script keeps its stable AppId and renders with the right version (and
compiles, where Debian's makensis is installed), the Linux archive has its menu entry.
"""

from __future__ import annotations

import configparser
import os
import re
import shutil
import struct
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import build_installer as bi  # noqa: E402 - the script at the repository root, once it is on the path

MAKENSIS = shutil.which("makensis")
needs_makensis = pytest.mark.skipif(MAKENSIS is None, reason="makensis (Debian: nsis) not installed")


def _dests(entries) -> set[str]:
    return {f"{dest}/{Path(src).name}" for src, dest in entries}


def _nsis_text() -> str:
    return bi.NSIS_SCRIPT.read_text(encoding="utf-8-sig")


# ---------------------------------------------------------------------------- files and versions
def test_every_file_the_build_uses_is_in_the_repository():
    for path in (
        bi.SPEC_FILE,
        bi.ENTRY_SCRIPT,
        bi.NSIS_SCRIPT,
        bi.DESKTOP_TEMPLATE,
        bi.DESKTOP_INSTALL_SCRIPT,
        bi.ICON_SVG,
        bi.ICON_PNG,
        bi.ICON_ICO,
    ):
        assert path.is_file(), path
    assert (ROOT / "resources" / "icons" / "LICENCE.md").is_file()
    assert os.access(bi.DESKTOP_INSTALL_SCRIPT, os.X_OK)


def test_the_windows_icon_holds_every_size_windows_asks_for():
    data = bi.ICON_ICO.read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = {(data[6 + 16 * i] or 256) for i in range(count)}
    assert {16, 24, 32, 48, 256} <= sizes


def test_the_version_is_the_same_in_the_package_and_pyproject():
    import desktop

    assert bi.app_version() == desktop.__version__ == bi.pyproject_version()
    assert bi.check_versions() == desktop.__version__


def test_a_version_mismatch_stops_the_build(tmp_path):
    (tmp_path / "desktop").mkdir()
    (tmp_path / "desktop" / "__init__.py").write_text('__version__ = "0.2.0"\n')
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\nversion = "0.1.9"\n')
    with pytest.raises(bi.BuildError, match="0.2.0.*0.1.9"):
        bi.check_versions(tmp_path)


@pytest.mark.parametrize(
    "version, expected",
    [("0.1.0", (0, 1, 0, 0)), ("1.2", (1, 2, 0, 0)), ("2.3.4.5", (2, 3, 4, 5)), ("1.4.0rc1", (1, 4, 0, 0))],
)
def test_windows_file_versions_have_four_numbers(version, expected):
    assert bi.windows_version_tuple(version) == expected


@pytest.mark.parametrize("bad", ["v1.0", "", "70000.0.0"])
def test_versions_windows_cannot_hold_are_refused(bad):
    with pytest.raises(bi.BuildError):
        bi.windows_version_tuple(bad)


def test_the_windows_version_resource_comes_from_the_app_version(tmp_path):
    version = bi.app_version()
    path = bi.write_windows_version_file(tmp_path / "version_info.txt")
    text = path.read_text(encoding="utf-8")
    assert f"filevers={bi.windows_version_tuple(version)}" in text
    assert f"StringStruct('ProductVersion', '{version}')" in text
    assert "Sổ Thi Đua" in text
    # PyInstaller eval()s this text with its version-resource classes in scope (their module
    # needs pefile, a Windows-only dependency): evaluate it the same way with stand-ins.
    names = (
        "VSVersionInfo",
        "FixedFileInfo",
        "StringFileInfo",
        "StringTable",
        "StringStruct",
        "VarFileInfo",
        "VarStruct",
    )
    scope = {n: (lambda *a, _n=n, **k: (_n, a, k)) for n in names}
    kind, _, fields = eval(text, scope)
    assert kind == "VSVersionInfo"
    ffi = fields["ffi"][2]
    assert ffi["filevers"] == ffi["prodvers"] == bi.windows_version_tuple(version)


def test_pyinstaller_is_in_the_build_extra():
    import tomllib

    extra = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"][
        "build"
    ]
    assert any(re.match(r"pyinstaller\b", req, re.IGNORECASE) for req in extra)


# ---------------------------------------------------------------------------- what goes in
def test_the_bundle_gets_catalogs_fonts_icons_migrations_and_translations():
    dests = _dests(bi.data_files())
    for catalog in (ROOT / "resources" / "catalogs").glob("*.json"):
        assert f"resources/catalogs/{catalog.name}" in dests
    fonts = list((ROOT / "resources" / "fonts").glob("*.ttf"))
    for font in fonts:
        assert f"resources/fonts/{font.name}" in dests
    if fonts:  # a font without its licence may not be shipped
        assert any(re.search(r"resources/fonts/.*(LICEN[CS]E|OFL)", d, re.IGNORECASE) for d in dests)
    assert "resources/icons/sothidua.png" in dests
    assert "resources/icons/LICENCE.md" in dests
    for name in ("env.py", "script.py.mako"):
        assert f"db/migrations/{name}" in dests
    for rev in (ROOT / "db" / "migrations" / "versions").glob("*.py"):
        assert f"db/migrations/versions/{rev.name}" in dests
    for qm in (ROOT / "translations").glob("*.qm"):
        assert f"translations/{qm.name}" in dests


def test_every_file_the_app_cannot_start_without_is_collected():
    bi.compile_translations()  # the .qm files are build products (not in git)
    dests = _dests(bi.data_files())
    missing = [r for r in bi.required_runtime_files() if r not in dests]
    assert missing == []
    assert "translations/sothidua_vi.qm" in dests and "translations/qt_vi.qm" in dests


def test_the_bundle_leaves_out_installer_sources_and_caches():
    dests = _dests(bi.data_files())
    assert not [d for d in dests if d.startswith("resources/installer")]
    assert not [d for d in dests if "__pycache__" in d or d.endswith(".pyc")]


def test_resources_added_later_by_other_areas_come_along(tmp_path):
    """Collected generically: a new template or schema needs no change to the build."""
    for rel in (
        "resources/templates/bien-ban.docx",
        "resources/schemas/goi-nop.schema.json",
        "resources/installer/sothidua.nsi",
        "translations/sothidua_vi.qm",
        "translations/vi/desktop.ui.main_window.ts",
        "db/migrations/env.py",
        "db/migrations/versions/0010_new_area.py",
        "db/migrations/versions/__pycache__/0010_new_area.cpython-311.pyc",
    ):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x")
    dests = _dests(bi.data_files(tmp_path))
    assert dests == {
        "resources/templates/bien-ban.docx",
        "resources/schemas/goi-nop.schema.json",
        "translations/sothidua_vi.qm",
        "db/migrations/env.py",
        "db/migrations/versions/0010_new_area.py",
    }


def test_what_the_migrations_import_becomes_hidden_imports():
    mods = bi.migration_imports()
    assert {"alembic", "alembic.op", "sqlalchemy"} <= set(mods)
    assert not [m for m in mods if m.startswith("sqlalchemy.sa")]  # aliases are not modules


@pytest.mark.parametrize(
    "dest, kept",
    [
        ("babel/locale-data/root.dat", True),
        ("babel/locale-data/vi.dat", True),
        ("babel/locale-data/vi_VN.dat", True),
        ("babel/locale-data/en.dat", True),
        ("babel/locale-data/en_GB.dat", True),
        ("babel/locale-data/fr.dat", False),
        ("babel/locale-data/zh_Hant_HK.dat", False),
        ("babel/global.dat", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/translations/qtbase_en.qm", True),
        ("PySide6/translations/qtbase_fr.qm", False),  # the Windows wheel's layout
        ("resources/catalogs/chi-doan-xhcn.v1.json", True),
        ("translations/qt_vi.qm", True),
    ],
)
def test_only_the_apps_two_locales_are_shipped(dest, kept):
    assert bi.keep_data(dest) is kept


@pytest.mark.parametrize(
    "entry, kept",
    [
        (("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", "x", "BINARY"), False),
        (("PySide6/Qt/lib/libQt6Quick.so.6", "x", "BINARY"), False),
        (("PySide6/Qt/lib/libQt6QmlModels.so.6", "x", "BINARY"), False),
        (("libQt6Qml.so.6", "PySide6/Qt/lib/libQt6Qml.so.6", "SYMLINK"), False),
        (("PySide6/Qt6Quick.dll", "x", "BINARY"), False),
        (("PySide6/Qt/lib/libQt6Widgets.so.6", "x", "BINARY"), True),
        (("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"), True),
        (("PySide6/Qt/plugins/platforms/libqxcb.so", "x", "BINARY"), True),
        (("PySide6/Qt/plugins/platforms/libqoffscreen.so", "x", "BINARY"), True),
        (("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", "x", "BINARY"), True),
    ],
)
def test_the_qml_stack_is_dropped_from_a_widgets_app(entry, kept):
    assert bi.keep_entry(entry, uses_qml=False) is kept
    assert bi.keep_entry(entry, uses_qml=True) is True


def test_a_qml_module_in_the_app_keeps_the_qml_stack():
    assert bi.uses_qml([("PySide6/QtQuick.abi3.so", "x", "EXTENSION")])
    assert bi.uses_qml([("PySide6\\QtQml.pyd", "x", "EXTENSION")])
    assert not bi.uses_qml(
        [("PySide6/QtWidgets.abi3.so", "x", "EXTENSION"), ("PySide6/Qt/lib/libQt6Qml.so.6", "x", "BINARY")]
    )


def test_unfinished_vietnamese_stops_the_build(monkeypatch):
    from desktop.i18n import tool

    monkeypatch.setattr(tool, "unfinished", lambda: [("desktop.ui.x.ts", "XPage", "Save the report")])
    with pytest.raises(bi.BuildError, match="1 Vietnamese translations are unfinished"):
        bi.check_translations()


def test_the_spec_is_one_folder_without_upx():
    spec = bi.SPEC_FILE.read_text(encoding="utf-8")
    assert "upx=False" in spec and "upx=True" not in spec
    assert "COLLECT(" in spec  # one folder: EXE(exclude_binaries=True) + COLLECT
    assert "exclude_binaries=True" in spec
    assert 'collect_submodules("desktop")' in spec  # commands and pages are discovered


# ---------------------------------------------------------------------------- Linux package
def test_the_desktop_entry_is_a_valid_menu_entry():
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str
    parser.read_string(bi.desktop_entry("/opt/SoThiDua-0.1.0/sothidua", "/opt/x/sothidua.png"))
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Sổ Thi Đua"
    assert entry["Exec"] == "/opt/SoThiDua-0.1.0/sothidua"
    assert entry["Icon"] == "/opt/x/sothidua.png"
    assert entry["Terminal"] == "false"
    assert "ệ" in entry["Comment[vi]"] or "ữ" in entry["Comment[vi]"] or "ạ" in entry["Comment[vi]"]


def _fake_bundle(dist: Path) -> Path:
    bundle = dist / bi.BUNDLE_NAME
    (bundle / "_internal").mkdir(parents=True)
    exe = bundle / bi.EXE_LINUX
    exe.write_text("#!/bin/sh\necho sothidua\n")
    exe.chmod(0o755)
    (bundle / "_internal" / "libpython3.11.so.1.0").write_bytes(b"\0")
    return bundle


def test_the_linux_archive_has_the_program_menu_entry_and_icon(tmp_path):
    bundle = _fake_bundle(tmp_path)
    archive = bi.package_linux(bundle, tmp_path, "0.1.0")
    assert archive.name == f"SoThiDua-0.1.0-linux-{bi.platform.machine()}.tar.gz"
    with tarfile.open(archive) as tar:
        members = {m.name: m for m in tar.getmembers()}
    top = "SoThiDua-0.1.0"
    for name in (
        "sothidua",
        "sothidua.desktop",
        "sothidua.png",
        "sothidua.svg",
        "install-desktop-entry.sh",
        "VERSION",
        "_internal/libpython3.11.so.1.0",
    ):
        assert f"{top}/{name}" in members, name
    assert members[f"{top}/sothidua"].mode & 0o111
    assert members[f"{top}/install-desktop-entry.sh"].mode & 0o111


def test_the_menu_entry_script_points_at_the_unpacked_folder_and_removes_cleanly(tmp_path):
    bundle = _fake_bundle(tmp_path / "dist")
    bi.package_linux(bundle, tmp_path / "dist", "0.1.0")
    xdg = tmp_path / "share"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "XDG_DATA_HOME": str(xdg)}
    done = subprocess.run(
        ["sh", str(bundle / "install-desktop-entry.sh")], env=env, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    entry = (xdg / "applications" / "sothidua.desktop").read_text(encoding="utf-8")
    assert f'Exec="{bundle}/sothidua"' in entry
    assert f"Icon={bundle}/sothidua.png" in entry
    assert (xdg / "icons" / "hicolor" / "256x256" / "apps" / "sothidua.png").is_file()
    done = subprocess.run(
        ["sh", str(bundle / "install-desktop-entry.sh"), "--remove"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0
    assert not (xdg / "applications" / "sothidua.desktop").exists()


# ---------------------------------------------------------------------------- Windows installer
def test_the_installer_keeps_its_stable_app_id():
    text = _nsis_text()
    m = re.search(r'^!define APP_ID "(\{[0-9A-F-]{36}\})"', text, re.MULTILINE)
    assert m, "APP_ID define missing"
    assert m.group(1) == bi.APP_GUID == "{05240C47-5A73-4962-BA8D-A342FF08119C}"
    assert 'InstallDirRegKey HKCU "${UNINST_KEY}" "InstallLocation"' in text
    assert re.search(r'!define UNINST_KEY ".*\\Uninstall\\\$\{APP_ID\}"', text)


def test_the_installer_is_per_user_bilingual_with_shortcuts():
    text = _nsis_text()
    assert "RequestExecutionLevel user" in text
    assert "Unicode true" in text
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\SoThiDua"' in text
    vi = text.index('!insertmacro MUI_LANGUAGE "Vietnamese"')
    en = text.index('!insertmacro MUI_LANGUAGE "English"')
    assert vi < en  # Vietnamese is the default
    assert "$SMPROGRAMS\\${APP_NAME}.lnk" in text and "$DESKTOP\\${APP_NAME}.lnk" in text
    assert f'!define EXE_GUI "{bi.EXE_WINDOWS_GUI}.exe"' in text
    assert f'!define EXE_CLI "{bi.EXE_WINDOWS_CLI}.exe"' in text
    # every message exists in both languages
    names = re.findall(r"^LangString (\w+) \$\{LANG_VIETNAMESE\}", text, re.MULTILINE)
    assert names
    for name in names:
        assert re.search(rf"^LangString {name} \$\{{LANG_ENGLISH\}}", text, re.MULTILINE), name


def test_user_data_lives_in_appdata_and_survives_uninstall_unless_asked():
    import desktop

    text = _nsis_text()
    # the folder platformdirs gives the app: user_data_dir("SoThiDua", roaming=True)
    assert bi.APP_DATA_FOLDER == desktop.APP_ID
    assert f'!define APP_DATA_FOLDER "{desktop.APP_ID}"' in text
    uninstall = text[text.index('Section "Uninstall"') :]
    delete = uninstall.index('RMDir /r "$APPDATA\\${APP_DATA_FOLDER}"')
    ask = uninstall.rfind("MessageBox", 0, delete)
    assert ask != -1 and "/SD IDNO" in uninstall[ask:delete] and "MB_DEFBUTTON2" in uninstall[ask:delete]
    # never a recursive delete of the install folder itself (it may hold the user's files)
    assert not re.search(r'RMDir /r "\$INSTDIR"\s*$', text, re.MULTILINE)


def test_the_installer_gets_the_app_version(tmp_path):
    version = bi.app_version()
    defines = bi.nsis_defines(version, tmp_path / "sothidua", tmp_path / "setup.exe")
    assert defines["APP_VERSION"] == version
    assert defines["APP_VERSION_WIN"] == ".".join(map(str, bi.windows_version_tuple(version)))
    cmd = bi.nsis_command("makensis", version, tmp_path / "sothidua", tmp_path / "setup.exe")
    assert f"-DAPP_VERSION={version}" in cmd and cmd[-1] == str(bi.NSIS_SCRIPT)
    assert bi.windows_installer_name(version) == f"SoThiDua-{version}-setup.exe"
    # the script itself hard-codes no version
    assert not re.search(r'!define APP_VERSION "\d', _nsis_text())


def _fake_windows_bundle(tmp_path: Path) -> Path:
    bundle = tmp_path / "sothidua"
    (bundle / "_internal" / "resources").mkdir(parents=True)
    (bundle / f"{bi.EXE_WINDOWS_GUI}.exe").write_bytes(b"MZ gui")
    (bundle / f"{bi.EXE_WINDOWS_CLI}.exe").write_bytes(b"MZ cli")
    (bundle / "_internal" / "resources" / "x.json").write_text("{}")
    return bundle


@needs_makensis
def test_the_nsis_script_renders_with_the_app_id_and_version(tmp_path):
    version = bi.app_version()
    text = bi.render_nsis(MAKENSIS, version, _fake_windows_bundle(tmp_path), tmp_path / "s.exe")
    assert f"Uninstall\\{bi.APP_GUID}" in text
    assert f'BrandingText "Sổ Thi Đua {version}"' in text
    assert f'VIProductVersion "{".".join(map(str, bi.windows_version_tuple(version)))}"' in text


@needs_makensis
def test_the_nsis_script_compiles_without_warnings(tmp_path):
    version = bi.app_version()
    out = bi.package_windows(_fake_windows_bundle(tmp_path), tmp_path, version, MAKENSIS)
    data = out.read_bytes()
    assert out.name == f"SoThiDua-{version}-setup.exe" and data[:2] == b"MZ"
    # the version resource (uncompressed in the PE file) carries the app version
    assert version.encode("utf-16-le") in data
    assert "Sổ Thi Đua".encode("utf-16-le") in data


@needs_makensis
def test_the_installer_refuses_windows_older_than_10_1809_in_vietnamese(tmp_path):
    """Qt 6 needs Windows 10 1809 (build 17763) or later, 64-bit: the installer checks first,
    says so in Vietnamese and exits with code 3 before writing anything (the Windows smoke test
    runs it on a Windows 7 Wine prefix and checks nothing was installed)."""
    source = _nsis_text()
    init = source[source.index("Function .onInit") :]
    init = init[: init.index("FunctionEnd")]
    assert "${AtLeastBuild} ${MIN_WINDOWS_BUILD}" in init and "${RunningX64}" in init
    assert "${AtLeastWin10}" in init and "SetErrorLevel 3" in init
    assert "!define MIN_WINDOWS_BUILD 17763" in source
    # the check comes before anything else the installer does
    assert init.index("AtLeastBuild") < init.index("ReadRegStr")
    text = bi.render_nsis(MAKENSIS, bi.app_version(), _fake_windows_bundle(tmp_path), tmp_path / "s.exe")
    vi = re.search(r'LangString MsgOldWindows \d+ "([^"]+)"', text) or re.search(
        r'LangString MsgOldWindows \$\{LANG_VIETNAMESE\} "([^"]+)"', text
    )
    assert vi, "the Vietnamese refusal message is missing"
    msg = vi.group(1)
    assert "Windows 10 phiên bản 1809 (bản dựng 17763)" in msg and "64-bit" in msg
    assert "Chưa có gì được cài đặt" in msg
